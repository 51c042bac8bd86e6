package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// maxUint256 is the "infinite" ERC20 allowance and the router deadline used here.
var maxUint256 = new(big.Int).Set(math.MaxBig256)

// ApproveAll approves the lending pool and the router to spend all of the
// user's dUSD and WETH (maximum allowance, 4 transactions sent back to back,
// then waited for). After it, the ...Tx user actions need no approvals.
func (p *Protocol) ApproveAll(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey) error {
	b, err := newBatch(ctx, client, user, p.ChainID)
	if err != nil {
		return err
	}
	for _, a := range []struct {
		step           string
		token, spender common.Address
	}{
		{"approve lending pool for dUSD", p.Stable, p.LendingPool},
		{"approve lending pool for WETH", p.WETH, p.LendingPool},
		{"approve router for dUSD", p.Stable, p.Router},
		{"approve router for WETH", p.WETH, p.Router},
	} {
		if _, err := b.call(a.step, a.token, erc20ABI.PackApprove(a.spender, maxUint256), nil, GasApprove); err != nil {
			return err
		}
	}
	_, err = b.wait()
	return err
}

// ensureAllowance approves spender for the maximum when the user's current
// allowance is below need, and waits for the approval.
func (p *Protocol) ensureAllowance(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, token, spender common.Address, need *big.Int, step string) error {
	owner := addressOf(user)
	have, err := bind.Call(erc20ABI.Instance(client, token), callOpts(ctx), erc20ABI.PackAllowance(owner, spender), erc20ABI.UnpackAllowance)
	if err != nil {
		return readErr("allowance of "+owner.Hex(), err)
	}
	if have.Cmp(need) >= 0 {
		return nil
	}
	return p.oneAndWait(ctx, client, user, step, token, erc20ABI.PackApprove(spender, maxUint256), nil, GasApprove)
}

// SupplyTx sends LendingPool.supply(amount) (needs a dUSD allowance, see ApproveAll).
func (p *Protocol) SupplyTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "supply", p.LendingPool, lendingPoolABI.PackSupply(amount), nil, GasSupply)
}

// WithdrawTx sends LendingPool.withdraw(amount).
func (p *Protocol) WithdrawTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "withdraw", p.LendingPool, lendingPoolABI.PackWithdraw(amount), nil, GasWithdraw)
}

// DepositCollateralTx sends LendingPool.depositCollateral(amount) (needs a WETH allowance).
func (p *Protocol) DepositCollateralTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "deposit collateral", p.LendingPool, lendingPoolABI.PackDepositCollateral(amount), nil, GasDepositCollateral)
}

// WithdrawCollateralTx sends LendingPool.withdrawCollateral(amount).
func (p *Protocol) WithdrawCollateralTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "withdraw collateral", p.LendingPool, lendingPoolABI.PackWithdrawCollateral(amount), nil, GasWithdrawCollateral)
}

// BorrowTx sends LendingPool.borrow(amount).
func (p *Protocol) BorrowTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "borrow", p.LendingPool, lendingPoolABI.PackBorrow(amount), nil, GasBorrow)
}

// RepayTx sends LendingPool.repay(amount) (needs a dUSD allowance).
func (p *Protocol) RepayTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) (*types.Transaction, error) {
	return p.one(ctx, client, user, "repay", p.LendingPool, lendingPoolABI.PackRepay(amount), nil, GasRepay)
}

// SwapExactStableForWETHTx swaps exactly amountIn dUSD for WETH through the
// router (oracle pair; no slippage limit; needs a dUSD allowance for the router).
func (p *Protocol) SwapExactStableForWETHTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amountIn *big.Int) (*types.Transaction, error) {
	data := routerABI.PackSwapExactTokensForTokens(amountIn, common.Big0, []common.Address{p.Stable, p.WETH}, addressOf(user), maxUint256)
	return p.one(ctx, client, user, "swap dUSD for WETH", p.Router, data, nil, GasSwap)
}

// SwapExactWETHForStableTx swaps exactly amountIn WETH for dUSD through the
// router (needs a WETH allowance for the router).
func (p *Protocol) SwapExactWETHForStableTx(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amountIn *big.Int) (*types.Transaction, error) {
	data := routerABI.PackSwapExactTokensForTokens(amountIn, common.Big0, []common.Address{p.WETH, p.Stable}, addressOf(user), maxUint256)
	return p.one(ctx, client, user, "swap WETH for dUSD", p.Router, data, nil, GasSwap)
}

// sendAndWait runs send and waits for its receipt.
func sendAndWait(ctx context.Context, client *ethclient.Client, step string, tx *types.Transaction, err error) error {
	if err != nil {
		return err
	}
	_, err = waitSuccess(ctx, client, step, tx)
	return err
}

// Supply approves the pool for dUSD if needed, supplies amount and waits.
func (p *Protocol) Supply(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	if err := p.ensureAllowance(ctx, client, user, p.Stable, p.LendingPool, amount, "approve lending pool for dUSD"); err != nil {
		return err
	}
	tx, err := p.SupplyTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "supply", tx, err)
}

// Withdraw withdraws amount of the user's supplied dUSD and waits.
func (p *Protocol) Withdraw(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	tx, err := p.WithdrawTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "withdraw", tx, err)
}

// DepositCollateral approves the pool for WETH if needed, deposits amount and waits.
func (p *Protocol) DepositCollateral(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	if err := p.ensureAllowance(ctx, client, user, p.WETH, p.LendingPool, amount, "approve lending pool for WETH"); err != nil {
		return err
	}
	tx, err := p.DepositCollateralTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "deposit collateral", tx, err)
}

// WithdrawCollateral withdraws amount of collateral and waits.
func (p *Protocol) WithdrawCollateral(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	tx, err := p.WithdrawCollateralTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "withdraw collateral", tx, err)
}

// Borrow borrows amount of dUSD and waits.
func (p *Protocol) Borrow(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	tx, err := p.BorrowTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "borrow", tx, err)
}

// Repay approves the pool for dUSD if needed, repays up to amount and waits.
func (p *Protocol) Repay(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amount *big.Int) error {
	if err := p.ensureAllowance(ctx, client, user, p.Stable, p.LendingPool, amount, "approve lending pool for dUSD"); err != nil {
		return err
	}
	tx, err := p.RepayTx(ctx, client, user, amount)
	return sendAndWait(ctx, client, "repay", tx, err)
}

// SwapExactStableForWETH approves the router for dUSD if needed, swaps
// amountIn dUSD for WETH on the oracle pair and waits.
func (p *Protocol) SwapExactStableForWETH(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amountIn *big.Int) error {
	if err := p.ensureAllowance(ctx, client, user, p.Stable, p.Router, amountIn, "approve router for dUSD"); err != nil {
		return err
	}
	tx, err := p.SwapExactStableForWETHTx(ctx, client, user, amountIn)
	return sendAndWait(ctx, client, "swap dUSD for WETH", tx, err)
}

// SwapExactWETHForStable approves the router for WETH if needed, swaps
// amountIn WETH for dUSD on the oracle pair and waits.
func (p *Protocol) SwapExactWETHForStable(ctx context.Context, client *ethclient.Client, user *ecdsa.PrivateKey, amountIn *big.Int) error {
	if err := p.ensureAllowance(ctx, client, user, p.WETH, p.Router, amountIn, "approve router for WETH"); err != nil {
		return err
	}
	tx, err := p.SwapExactWETHForStableTx(ctx, client, user, amountIn)
	return sendAndWait(ctx, client, "swap WETH for dUSD", tx, err)
}
