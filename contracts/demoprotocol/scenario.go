package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TrafficResult counts the ordinary transactions Traffic sent.
type TrafficResult struct {
	Txs    []*types.Receipt
	Failed int
}

// Traffic sends one ordinary action per user per round and waits for each
// round to be mined: collateral deposits in the first round, then a
// deterministic mix of supplies, borrows, repayments and router swaps both
// ways. Users must be funded and have called ApproveAll. It is what a
// healthy protocol's chain looks like to a detector: many users, small
// amounts, no flash loans.
func (p *Protocol) Traffic(ctx context.Context, client *ethclient.Client, users []*ecdsa.PrivateKey, rounds int) (TrafficResult, error) {
	var res TrafficResult
	debt := make([]bool, len(users))
	for k := 0; k < rounds; k++ {
		txs := make([]*types.Transaction, 0, len(users))
		for u, key := range users {
			var tx *types.Transaction
			var err error
			switch {
			case k == 0:
				tx, err = p.DepositCollateralTx(ctx, client, key, Ether(2))
			case (u+k)%5 == 0:
				tx, err = p.SupplyTx(ctx, client, key, Ether(1_000))
			case (u+k)%5 == 1:
				tx, err = p.BorrowTx(ctx, client, key, Ether(300))
				debt[u] = true
			case (u+k)%5 == 2:
				tx, err = p.SwapExactStableForWETHTx(ctx, client, key, Ether(200))
			case (u+k)%5 == 3 && debt[u]:
				tx, err = p.RepayTx(ctx, client, key, Ether(100))
			case (u+k)%5 == 3:
				tx, err = p.BorrowTx(ctx, client, key, Ether(250))
				debt[u] = true
			default:
				tx, err = p.SwapExactWETHForStableTx(ctx, client, key, big.NewInt(1e17))
			}
			if err != nil {
				return res, fmt.Errorf("demoprotocol: traffic round %d user %d: %w", k, u, err)
			}
			txs = append(txs, tx)
		}
		for _, tx := range txs {
			r, err := WaitMined(ctx, client, tx)
			if err != nil {
				return res, fmt.Errorf("demoprotocol: traffic round %d: %w", k, err)
			}
			res.Txs = append(res.Txs, r)
			if r.Status != types.ReceiptStatusSuccessful {
				res.Failed++
			}
		}
	}
	return res, nil
}

// AttackOutcome is one attacker transaction of AttackSeries.
type AttackOutcome struct {
	Tx          *types.Transaction
	Receipt     *types.Receipt
	Success     bool
	Borrowed    *big.Int // nil when the attack reverted
	PausedAfter bool     // the pool was paused once this transaction was mined
}

// AttackSeries sends attack transactions one after another, each as soon as
// the previous one is mined, the way a real attacker racing a response (and
// a per-transaction borrow cap) does. Each attempt is planned against the
// current reserves; reverted attempts are reported, not treated as errors.
func (p *Protocol) AttackSeries(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, contract common.Address, attempts int) ([]AttackOutcome, error) {
	def := DefaultAttack()
	out := make([]AttackOutcome, 0, attempts)
	for i := 0; i < attempts; i++ {
		plan, _, err := p.PlanAttack(ctx, client, contract, def.Collateral, def.Borrow)
		if err != nil {
			plan = def
		}
		tx, err := p.AttackTx(ctx, client, key, contract, plan.Flash, plan.Collateral, plan.Borrow)
		if err != nil {
			return out, fmt.Errorf("demoprotocol: attack %d: %w", i+1, err)
		}
		r, err := WaitMined(ctx, client, tx)
		if err != nil {
			return out, fmt.Errorf("demoprotocol: attack %d: %w", i+1, err)
		}
		o := AttackOutcome{Tx: tx, Receipt: r, Success: r.Status == types.ReceiptStatusSuccessful}
		if o.Success {
			if res, err := ParseAttack(r); err == nil {
				o.Borrowed = res.Borrowed
			}
		}
		if o.PausedAfter, err = p.Paused(ctx, client); err != nil {
			return out, err
		}
		out = append(out, o)
	}
	return out, nil
}

// FundUsers gives each user stable and WETH (see Fund) and approves the
// pool and router for both tokens (see ApproveAll), so the user can send
// any ...Tx action.
func (p *Protocol) FundUsers(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, users []*ecdsa.PrivateKey, stable, weth *big.Int) error {
	for _, u := range users {
		if err := p.Fund(ctx, client, admin, addressOf(u), stable, weth); err != nil {
			return err
		}
		if err := p.ApproveAll(ctx, client, u); err != nil {
			return err
		}
	}
	return nil
}
