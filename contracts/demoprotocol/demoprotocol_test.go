package demoprotocol_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
)

type env struct {
	ctx    context.Context
	chain  *devchain.Chain
	client *ethclient.Client
	p      *demoprotocol.Protocol
	admin  devchain.Account
	accs   []devchain.Account // accounts other than admin
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, demoprotocol.Params{})
}

// newEnvWith deploys the protocol with prm on a fresh instant-mining chain.
func newEnvWith(t *testing.T, prm demoprotocol.Params) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	chain, err := devchain.Start(ctx, devchain.Config{BlockPeriod: 0, Accounts: 10})
	if err != nil {
		t.Fatalf("start devchain: %v", err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	client, err := ethclient.DialContext(ctx, chain.HTTPURL())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(client.Close)
	accs := chain.Accounts()
	start := time.Now()
	p, err := demoprotocol.Deploy(ctx, client, accs[0].Key, prm)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	t.Logf("deployed in %s", time.Since(start).Round(time.Millisecond))
	return &env{ctx: ctx, chain: chain, client: client, p: p, admin: accs[0], accs: accs[1:]}
}

func eth(n int64) *big.Int { return demoprotocol.Ether(n) }

func fmtEth(v *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18)).Float64()
	return big.NewFloat(f).Text('f', 4)
}

func (e *env) stable(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	v, err := e.p.StableBalance(e.ctx, e.client, who)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) weth(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	v, err := e.p.WETHBalance(e.ctx, e.client, who)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) liquidity(t *testing.T) *big.Int {
	t.Helper()
	v, err := e.p.Liquidity(e.ctx, e.client)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) position(t *testing.T, who common.Address) demoprotocol.Position {
	t.Helper()
	pos, err := e.p.PositionOf(e.ctx, e.client, who)
	if err != nil {
		t.Fatal(err)
	}
	return pos
}

func (e *env) reserves(t *testing.T, pair common.Address) (*big.Int, *big.Int) {
	t.Helper()
	s, w, err := e.p.Reserves(e.ctx, e.client, pair)
	if err != nil {
		t.Fatal(err)
	}
	return s, w
}

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

// wantRevert checks err is a *TxError for a mined, reverted transaction whose
// decoded reason contains reason.
func wantRevert(t *testing.T, err error, reason string) *demoprotocol.TxError {
	t.Helper()
	var te *demoprotocol.TxError
	if !errors.As(err, &te) {
		t.Fatalf("want a *TxError reverting with %q, got %v", reason, err)
	}
	if !errors.Is(err, demoprotocol.ErrReverted) || te.Receipt == nil || te.Receipt.Status != types.ReceiptStatusFailed {
		t.Fatalf("want a mined, reverted transaction, got %v", err)
	}
	if !strings.Contains(te.Reason, reason) {
		t.Fatalf("revert reason %q does not contain %q (error: %v)", te.Reason, reason, err)
	}
	return te
}

func TestDeploy(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p := e.p
	prm := demoprotocol.DefaultParams()

	for name, a := range map[string]common.Address{
		"Stable": p.Stable, "WETH": p.WETH, "FactoryA": p.FactoryA, "FactoryB": p.FactoryB,
		"OraclePair": p.OraclePair, "FlashPair": p.FlashPair, "Router": p.Router, "LendingPool": p.LendingPool,
		"Guardian": p.Guardian, "Breaker": p.Breaker,
	} {
		code, err := e.client.CodeAt(e.ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 {
			t.Errorf("%s (%s) has no code", name, a.Hex())
		}
	}
	if p.OraclePair == p.FlashPair || p.FactoryA == p.FactoryB {
		t.Fatalf("oracle and flash pairs must come from different factories: %+v", p)
	}
	if p.ChainID.Cmp(e.chain.ChainID()) != 0 {
		t.Errorf("chain ID %s, want %s", p.ChainID, e.chain.ChainID())
	}

	s, w := e.reserves(t, p.OraclePair)
	wantEq(t, "oracle dUSD reserve", s, prm.OracleStable)
	wantEq(t, "oracle WETH reserve", w, prm.OracleWETH)
	s, w = e.reserves(t, p.FlashPair)
	wantEq(t, "flash dUSD reserve", s, prm.FlashStable)
	wantEq(t, "flash WETH reserve", w, prm.FlashWETH)

	wantEq(t, "pool liquidity", e.liquidity(t), prm.PoolLiquidity)
	price, err := p.CollateralPrice(e.ctx, e.client)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "collateral price", price, eth(2000))
	wantEq(t, "admin supplied", e.position(t, e.admin.Address).Supplied, prm.PoolLiquidity)
	wantEq(t, "admin dUSD left", e.stable(t, e.admin.Address), new(big.Int))

	paused, err := p.Paused(e.ctx, e.client)
	if err != nil || paused {
		t.Fatalf("paused = %v, %v; want false", paused, err)
	}
	for _, role := range []common.Hash{demoprotocol.DefaultAdminRole, demoprotocol.PauserRole} {
		ok, err := p.HasRole(e.ctx, e.client, role, e.admin.Address)
		if err != nil || !ok {
			t.Errorf("admin hasRole(%s) = %v, %v", role.Hex(), ok, err)
		}
	}
	if ok, _ := p.HasRole(e.ctx, e.client, demoprotocol.PauserRole, e.accs[0].Address); ok {
		t.Errorf("non-admin has PAUSER_ROLE")
	}
	checkResponseWiring(t, e)

	// Fund mints dUSD and hands over wrapped ETH.
	u := e.accs[0]
	if err := p.Fund(e.ctx, e.client, e.admin.Key, u.Address, eth(1234), eth(7)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "funded dUSD", e.stable(t, u.Address), eth(1234))
	wantEq(t, "funded WETH", e.weth(t, u.Address), eth(7))
}

func TestUserFlows(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	lender, borrower, trader := e.accs[0], e.accs[1], e.accs[2]
	for _, a := range []devchain.Account{lender, borrower, trader} {
		if err := p.Fund(ctx, c, e.admin.Key, a.Address, eth(50_000), eth(50)); err != nil {
			t.Fatal(err)
		}
	}

	// Lender supplies and withdraws.
	liq0 := e.liquidity(t)
	if err := p.Supply(ctx, c, lender.Key, eth(20_000)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "liquidity after supply", e.liquidity(t), new(big.Int).Add(liq0, eth(20_000)))
	if err := p.Withdraw(ctx, c, lender.Key, eth(5_000)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "lender supplied", e.position(t, lender.Address).Supplied, eth(15_000))
	wantRevert(t, p.Withdraw(ctx, c, lender.Key, eth(15_001)), "InsufficientSupplied")

	// Borrower: 10 WETH at 2000 with 75% LTV may borrow 15,000 dUSD.
	if err := p.DepositCollateral(ctx, c, borrower.Key, eth(10)); err != nil {
		t.Fatal(err)
	}
	pos := e.position(t, borrower.Address)
	wantEq(t, "collateral", pos.Collateral, eth(10))
	wantEq(t, "borrow limit", pos.BorrowLimit, eth(15_000))
	bal0 := e.stable(t, borrower.Address)
	if err := p.Borrow(ctx, c, borrower.Key, eth(12_000)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "borrower dUSD after borrow", e.stable(t, borrower.Address), new(big.Int).Add(bal0, eth(12_000)))

	// An honest user cannot borrow past the fair-price limit...
	te := wantRevert(t, p.Borrow(ctx, c, borrower.Key, eth(3_001)), "BorrowLimitExceeded")
	t.Logf("over-limit borrow: %v", te)
	// ...nor withdraw collateral that backs the debt, nor exceed the per-tx cap.
	wantRevert(t, p.WithdrawCollateral(ctx, c, borrower.Key, eth(3)), "BorrowLimitExceeded")
	wantRevert(t, p.Borrow(ctx, c, borrower.Key, eth(100_001)), "BorrowCapExceeded")
	if err := p.Borrow(ctx, c, borrower.Key, eth(3_000)); err != nil {
		t.Fatalf("borrow up to the limit: %v", err)
	}

	if err := p.Repay(ctx, c, borrower.Key, eth(5_000)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "debt after repay", e.position(t, borrower.Address).Debt, eth(10_000))
	if err := p.WithdrawCollateral(ctx, c, borrower.Key, eth(2)); err != nil {
		t.Fatal(err)
	}
	// Repay caps at the debt.
	if err := p.Repay(ctx, c, borrower.Key, eth(1_000_000)); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "debt after full repay", e.position(t, borrower.Address).Debt, new(big.Int))
	wantRevert(t, p.Repay(ctx, c, borrower.Key, eth(1)), "NoDebt")

	// Trader swaps both ways through the router on the oracle pair.
	s0, w0 := e.reserves(t, p.OraclePair)
	weth0 := e.weth(t, trader.Address)
	if err := p.SwapExactStableForWETH(ctx, c, trader.Key, eth(2_000)); err != nil {
		t.Fatal(err)
	}
	s1, w1 := e.reserves(t, p.OraclePair)
	wantEq(t, "oracle dUSD reserve after buy", s1, new(big.Int).Add(s0, eth(2_000)))
	gotWETH := new(big.Int).Sub(e.weth(t, trader.Address), weth0)
	wantEq(t, "WETH bought", gotWETH, new(big.Int).Sub(w0, w1))
	// 2000 dUSD at ~2000 dUSD/WETH, less the fee and price impact: a bit under 1 WETH.
	if gotWETH.Cmp(new(big.Int).Div(eth(95), big.NewInt(100))) < 0 || gotWETH.Cmp(eth(1)) >= 0 {
		t.Errorf("bought %s WETH for 2000 dUSD", fmtEth(gotWETH))
	}
	stable0 := e.stable(t, trader.Address)
	if err := p.SwapExactWETHForStable(ctx, c, trader.Key, gotWETH); err != nil {
		t.Fatal(err)
	}
	back := new(big.Int).Sub(e.stable(t, trader.Address), stable0)
	if back.Cmp(eth(1_980)) < 0 || back.Cmp(eth(2_000)) >= 0 {
		t.Errorf("round trip returned %s dUSD of 2000", fmtEth(back))
	}
}

// Many users' transactions sent without waiting land together.
func TestTxVariantsInOneBurst(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	users := e.accs[:6]
	for _, u := range users {
		if err := p.Fund(ctx, c, e.admin.Key, u.Address, eth(10_000), eth(20)); err != nil {
			t.Fatal(err)
		}
		if err := p.ApproveAll(ctx, c, u.Key); err != nil {
			t.Fatal(err)
		}
	}
	liq0 := e.liquidity(t)
	var txs []*types.Transaction
	for i, u := range users {
		// Each user sends five dependent transactions back to back.
		send := []func() (*types.Transaction, error){
			func() (*types.Transaction, error) { return p.SupplyTx(ctx, c, u.Key, eth(1_000)) },
			func() (*types.Transaction, error) { return p.DepositCollateralTx(ctx, c, u.Key, eth(5)) },
			func() (*types.Transaction, error) { return p.BorrowTx(ctx, c, u.Key, eth(3_000)) },
		}
		if i%2 == 0 {
			send = append(send, func() (*types.Transaction, error) { return p.SwapExactStableForWETHTx(ctx, c, u.Key, eth(100)) })
		} else {
			send = append(send, func() (*types.Transaction, error) { return p.SwapExactWETHForStableTx(ctx, c, u.Key, eth(1)) })
		}
		send = append(send, func() (*types.Transaction, error) { return p.RepayTx(ctx, c, u.Key, eth(1_000)) })
		for _, f := range send {
			tx, err := f()
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
		}
	}
	blocks := map[uint64]bool{}
	var maxGas = map[string]uint64{}
	for i, tx := range txs {
		r, err := demoprotocol.Wait(ctx, c, "burst tx", tx)
		if err != nil {
			t.Fatal(err)
		}
		blocks[r.BlockNumber.Uint64()] = true
		kind := []string{"supply", "deposit", "borrow", "swap", "repay"}[i%5]
		maxGas[kind] = max(maxGas[kind], r.GasUsed)
	}
	t.Logf("%d txs in %d blocks; max gas used: %v", len(txs), len(blocks), maxGas)
	// +6k supplied, -18k borrowed, +6k repaid.
	wantEq(t, "liquidity", e.liquidity(t), new(big.Int).Add(liq0, eth(6_000-18_000+6_000)))
	for _, u := range users {
		wantEq(t, "debt", e.position(t, u.Address).Debt, eth(2_000))
	}
}

// Without the circuit breaker nothing but the pool's liquidity limits the
// attack: ten drain it.
func TestAttackDrainsPool(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, demoprotocol.Params{NoBreaker: true})
	if e.p.Breaker != (common.Address{}) {
		t.Fatalf("NoBreaker deployed a breaker at %s", e.p.Breaker.Hex())
	}
	p, ctx, c := e.p, e.ctx, e.client
	att := e.accs[5]
	plan := demoprotocol.DefaultAttack()

	// Enough collateral to drain the whole pool, and one attack more.
	rounds := new(big.Int).Div(demoprotocol.DefaultParams().PoolLiquidity, plan.Borrow).Int64()
	funding := new(big.Int).Mul(plan.Collateral, big.NewInt(rounds+1))
	contract, err := demoprotocol.DeployAttacker(ctx, c, att.Key, p, funding)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "attacker contract WETH", e.weth(t, contract), funding)

	// The default flash amount covers the computed minimum.
	planned, plannedProfit, err := p.PlanAttack(ctx, c, contract, plan.Collateral, plan.Borrow)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("planned flash %s dUSD (incl. 2%% headroom), expected profit %s dUSD", fmtEth(planned.Flash), fmtEth(plannedProfit))
	if planned.Flash.Cmp(plan.Flash) > 0 {
		t.Fatalf("DefaultAttack flash %s < planned %s", plan.Flash, planned.Flash)
	}

	// An honest borrow with the same collateral and amount fails at the fair price.
	honest := e.accs[6]
	if err := p.Fund(ctx, c, e.admin.Key, honest.Address, nil, plan.Collateral); err != nil {
		t.Fatal(err)
	}
	if err := p.DepositCollateral(ctx, c, honest.Key, plan.Collateral); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, p.Borrow(ctx, c, honest.Key, plan.Borrow), "BorrowLimitExceeded")

	oracleS0, oracleW0 := e.reserves(t, p.OraclePair)
	total := new(big.Int)
	for i := int64(0); i < rounds; i++ {
		liq0 := e.liquidity(t)
		bal0 := e.stable(t, att.Address)
		expected, err := p.ExpectedProfit(ctx, c, plan)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := p.AttackTx(ctx, c, att.Key, contract, plan.Flash, plan.Collateral, plan.Borrow)
		if err != nil {
			t.Fatal(err)
		}
		r, err := demoprotocol.WaitMined(ctx, c, tx)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("attack %d reverted: %s", i, demoprotocol.RevertReason(ctx, c, tx, r))
		}
		res, err := demoprotocol.ParseAttack(r)
		if err != nil {
			t.Fatal(err)
		}
		profit := new(big.Int).Sub(e.stable(t, att.Address), bal0)
		wantEq(t, "profit (event vs balance)", res.Profit, profit)
		wantEq(t, "pool drained by", new(big.Int).Sub(liq0, e.liquidity(t)), plan.Borrow)
		if profit.Cmp(eth(90_000)) < 0 {
			t.Errorf("attack %d profit %s dUSD, want > 90,000", i, fmtEth(profit))
		}
		if profit.Cmp(expected) != 0 {
			t.Errorf("profit %s differs from PlanAttack's expectation %s", profit, expected)
		}
		total.Add(total, profit)
		t.Logf("attack %d: gas used %d (limit %d), profit %s dUSD (net of 10 WETH collateral at 2000: %s)",
			i, r.GasUsed, tx.Gas(), fmtEth(profit), fmtEth(new(big.Int).Sub(profit, eth(20_000))))
	}
	t.Logf("%d attacks: pool drained to %s dUSD, attacker gained %s dUSD", rounds, fmtEth(e.liquidity(t)), fmtEth(total))
	wantEq(t, "attacker debt", e.position(t, contract).Debt, new(big.Int).Mul(plan.Borrow, big.NewInt(rounds)))
	wantEq(t, "liquidity after draining", e.liquidity(t), new(big.Int))

	// Once the pool is empty the next attack reverts on the pool's liquidity check.
	tx, err := p.AttackTx(ctx, c, att.Key, contract, plan.Flash, plan.Collateral, plan.Borrow)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demoprotocol.Wait(ctx, c, "attack on an empty pool", tx); err == nil || !strings.Contains(err.Error(), "InsufficientLiquidity") {
		t.Errorf("attack on an empty pool: %v, want InsufficientLiquidity revert", err)
	}

	// The oracle price is back to (slightly above) fair after each attack.
	s, w := e.reserves(t, p.OraclePair)
	t.Logf("oracle reserves before %s/%s, after %s/%s", fmtEth(oracleS0), fmtEth(oracleW0), fmtEth(s), fmtEth(w))
	if w.Cmp(oracleW0) < 0 || s.Cmp(new(big.Int).Add(oracleS0, eth(10_000))) > 0 {
		t.Errorf("oracle pair not restored: %s dUSD / %s WETH", fmtEth(s), fmtEth(w))
	}
}

func TestPauseStopsAttack(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	responder, borrower, att, outsider := e.accs[0], e.accs[1], e.accs[2], e.accs[3]
	plan := demoprotocol.DefaultAttack()

	contract, err := demoprotocol.DeployAttacker(ctx, c, att.Key, p, plan.Collateral)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Fund(ctx, c, e.admin.Key, borrower.Address, eth(1_000), eth(10)); err != nil {
		t.Fatal(err)
	}
	if err := p.DepositCollateral(ctx, c, borrower.Key, eth(10)); err != nil {
		t.Fatal(err)
	}
	if err := p.Borrow(ctx, c, borrower.Key, eth(5_000)); err != nil {
		t.Fatal(err)
	}

	// Only PAUSER_ROLE holders may pause.
	te := wantRevert(t, p.Pause(ctx, c, outsider.Key), "AccessControlUnauthorizedAccount")
	t.Logf("pause by outsider: %v", te)
	if err := p.GrantPauser(ctx, c, e.admin.Key, responder.Address); err != nil {
		t.Fatal(err)
	}
	if err := p.Pause(ctx, c, responder.Key); err != nil {
		t.Fatal(err)
	}
	if paused, err := p.Paused(ctx, c); err != nil || !paused {
		t.Fatalf("paused = %v, %v", paused, err)
	}

	liq0 := e.liquidity(t)
	tx, err := p.AttackTx(ctx, c, att.Key, contract, plan.Flash, plan.Collateral, plan.Borrow)
	if err != nil {
		t.Fatalf("attack tx must be sent even though it will revert: %v", err)
	}
	r, err := demoprotocol.WaitMined(ctx, c, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusFailed {
		t.Fatalf("attack on a paused pool succeeded")
	}
	reason := demoprotocol.RevertReason(ctx, c, tx, r)
	if reason != "EnforcedPause()" {
		t.Errorf("attack revert reason %q, want EnforcedPause()", reason)
	}
	wantEq(t, "liquidity after blocked attack", e.liquidity(t), liq0)
	wantEq(t, "attacker dUSD", e.stable(t, att.Address), new(big.Int))

	// While paused: borrowing is blocked, repaying works.
	wantRevert(t, p.Borrow(ctx, c, borrower.Key, eth(1)), "EnforcedPause")
	if err := p.Repay(ctx, c, borrower.Key, eth(2_000)); err != nil {
		t.Fatalf("repay while paused: %v", err)
	}
	wantEq(t, "debt after repay", e.position(t, borrower.Address).Debt, eth(3_000))

	// A pauser cannot unpause; the admin can, and the pool works again.
	wantRevert(t, p.Unpause(ctx, c, responder.Key), "AccessControlUnauthorizedAccount")
	if err := p.Unpause(ctx, c, e.admin.Key); err != nil {
		t.Fatal(err)
	}
	if err := p.Borrow(ctx, c, borrower.Key, eth(1)); err != nil {
		t.Fatalf("borrow after unpause: %v", err)
	}
}

func TestDecodeRevert(t *testing.T) {
	cases := map[string]string{
		"d93c0665": "EnforcedPause()",
		"08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020" +
			"000000000000000000000000000000000000000000000000000000000000000a" +
			"626f72726f772063617000000000000000000000000000000000000000000000": `borrow cap`,
		"4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011": "Panic(",
		"deadbeef": "unknown error 0xdeadbeef",
		"":         "no revert data",
	}
	for in, want := range cases {
		got := demoprotocol.DecodeRevert(common.FromHex(in))
		if !strings.Contains(got, want) {
			t.Errorf("DecodeRevert(%s) = %q, want %q", in, got, want)
		}
	}
}
