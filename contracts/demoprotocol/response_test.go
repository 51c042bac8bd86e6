package demoprotocol_test

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/guardian"
)

// headTime returns the latest block's timestamp.
func (e *env) headTime(t *testing.T) uint64 {
	t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// blockTime returns the timestamp of the block a receipt is in.
func (e *env) blockTime(t *testing.T, r *types.Receipt) uint64 {
	t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// advanceTo mines empty blocks until the head's timestamp is at least ts.
// Each block is at least one second after its parent, so this moves chain
// time without waiting for the wall clock.
func (e *env) advanceTo(t *testing.T, ts uint64) {
	t.Helper()
	for e.headTime(t) < ts {
		e.chain.Commit()
	}
}

// withdraw sends a withdrawal and returns its (successful) receipt.
func (e *env) withdraw(t *testing.T, who devchain.Account, amount *big.Int) *types.Receipt {
	t.Helper()
	tx, err := e.p.WithdrawTx(e.ctx, e.client, who.Key, amount)
	if err != nil {
		t.Fatal(err)
	}
	r, err := demoprotocol.Wait(e.ctx, e.client, "withdraw", tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (e *env) breaker(t *testing.T, token common.Address) guardian.BreakerState {
	t.Helper()
	st, err := e.p.BreakerState(e.ctx, e.client, token)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// checkResponseWiring checks what Deploy set up for incident response
// (called by TestDeploy, on its fresh deployment).
func checkResponseWiring(t *testing.T, e *env) {
	t.Helper()
	p, ctx, c := e.p, e.ctx, e.client
	st, err := p.GuardianState(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	want := []guardian.Target{{Address: p.LendingPool}, {Address: p.Stable}}
	if !slices.Equal(st.Targets, want) {
		t.Fatalf("guardian targets %+v, want the pool and dUSD, unpaused", st.Targets)
	}
	for _, check := range []struct {
		what     string
		contract common.Address
		role     common.Hash
		account  common.Address
		want     bool
	}{
		{"Guardian pauses the pool", p.LendingPool, demoprotocol.PauserRole, p.Guardian, true},
		{"Guardian pauses dUSD", p.Stable, demoprotocol.PauserRole, p.Guardian, true},
		{"admin administers the Guardian", p.Guardian, demoprotocol.DefaultAdminRole, e.admin.Address, true},
		{"nobody is a guardian yet", p.Guardian, demoprotocol.GuardianRole, e.admin.Address, false},
		{"Guardian trips the breaker", p.Breaker, guardian.GuardianRole, p.Guardian, true},
		{"pool reports to the breaker", p.Breaker, guardian.ProtectedRole, p.LendingPool, true},
		{"outsider does not", p.Breaker, guardian.ProtectedRole, e.accs[0].Address, false},
	} {
		got, err := guardian.HasRole(ctx, c, check.contract, check.role, check.account, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got != check.want {
			t.Errorf("%s: hasRole = %v, want %v", check.what, got, check.want)
		}
	}
	bs := e.breaker(t, p.Stable)
	prm := demoprotocol.DefaultParams()
	if !bs.Limit.Active || bs.Limit.Vault != p.LendingPool || bs.Limit.ShareBps != 4000 || bs.Limit.Window != time.Hour ||
		bs.Limit.Mode != guardian.ModeDelay || bs.Limit.BaseAllowance.Cmp(prm.BreakerBaseStable) != 0 || bs.Cooldown != time.Hour || bs.Tripped {
		t.Errorf("dUSD breaker state %+v", bs)
	}
	// Nothing left yet: the next outflow snapshots the pool's 1,000,000 dUSD.
	wantEq(t, "dUSD limit", bs.CurrentLimit, eth(400_000))
	wantEq(t, "dUSD available", bs.Available, eth(400_000))
	wantEq(t, "dUSD window outflow", bs.WindowOutflow, new(big.Int))
	// No WETH in the pool: the base allowance applies.
	wantEq(t, "WETH limit", e.breaker(t, p.WETH).CurrentLimit, eth(100))
}

// One transaction from a GUARDIAN_ROLE key pauses the pool and dUSD; the
// attack and every dUSD movement stop; only the admins can undo it.
func TestGuardianPausesWholeProtocol(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	responder, outsider, att := e.accs[0], e.accs[1], e.accs[2]
	plan := demoprotocol.DefaultAttack()
	contract, err := demoprotocol.DeployAttacker(ctx, c, att.Key, p, plan.Collateral)
	if err != nil {
		t.Fatal(err)
	}

	_, err = p.PauseAll(ctx, c, outsider.Key)
	te := wantRevert(t, err, "AccessControlUnauthorizedAccount(account: "+outsider.Address.Hex())
	if !strings.Contains(te.Reason, "neededRole: GUARDIAN_ROLE") {
		t.Errorf("refusal %q does not name GUARDIAN_ROLE", te.Reason)
	}
	if err := p.GrantGuardian(ctx, c, e.admin.Key, responder.Address); err != nil {
		t.Fatal(err)
	}

	tx, err := p.PauseAllTx(ctx, c, responder.Key)
	if err != nil {
		t.Fatal(err)
	}
	r, err := demoprotocol.Wait(ctx, c, "pauseAll", tx)
	if err != nil {
		t.Fatal(err)
	}
	out, err := guardian.ParsePauseAll(r, p.Guardian)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pauseAll: gas used %d (limit %d), outcome %+v", r.GasUsed, tx.Gas(), out)
	if !slices.Equal(out.Paused, []common.Address{p.LendingPool, p.Stable}) || len(out.Failed) != 0 || out.AlreadyPaused != 0 {
		t.Fatalf("pauseAll outcome %+v, want the pool and dUSD paused", out)
	}
	// Both in that one transaction's block, verified by reading at it.
	st, err := guardian.ReadState(ctx, c, p.Guardian, r.BlockNumber)
	if err != nil || !st.AllPaused() {
		t.Fatalf("state at the pause block: %+v, %v", st, err)
	}
	before, err := guardian.ReadState(ctx, c, p.Guardian, new(big.Int).Sub(r.BlockNumber, common.Big1))
	if err != nil || len(before.Running()) != 2 {
		t.Fatalf("state before the pause block: %+v, %v", before, err)
	}
	for what, read := range map[string]func() (bool, error){
		"pool paused":  func() (bool, error) { return p.Paused(ctx, c) },
		"dUSD paused":  func() (bool, error) { return p.StablePaused(ctx, c) },
		"all paused":   func() (bool, error) { return p.AllPaused(ctx, c) },
		"Pausable API": func() (bool, error) { return readPaused(e, p.Guardian) },
	} {
		if v, err := read(); err != nil || !v {
			t.Errorf("%s = %v, %v", what, v, err)
		}
	}

	atx, err := p.AttackTx(ctx, c, att.Key, contract, plan.Flash, plan.Collateral, plan.Borrow)
	if err != nil {
		t.Fatal(err)
	}
	liq := e.liquidity(t)
	// It fails at its first step now: the flash pair cannot send paused dUSD.
	_, err = demoprotocol.Wait(ctx, c, "attack while paused", atx)
	wantRevert(t, err, "UniswapV2: TRANSFER_FAILED")
	wantEq(t, "liquidity after the blocked attack", e.liquidity(t), liq)
	// dUSD itself is frozen: not even the owner can mint.
	wantRevert(t, p.Fund(ctx, c, e.admin.Key, outsider.Address, eth(1), nil), "EnforcedPause")

	// A second pauseAll changes nothing and says so.
	again, err := p.PauseAll(ctx, c, responder.Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Paused) != 0 || len(again.Failed) != 0 || again.AlreadyPaused != 2 {
		t.Errorf("second pauseAll %+v, want 2 already paused", again)
	}

	// The guardian cannot unpause; the admin can, and the protocol runs again.
	wantRevert(t, p.Unpause(ctx, c, responder.Key), "AccessControlUnauthorizedAccount")
	if err := p.UnpauseAll(ctx, c, e.admin.Key); err != nil {
		t.Fatal(err)
	}
	if all, err := p.AllPaused(ctx, c); err != nil || all {
		t.Fatalf("after UnpauseAll: allPaused = %v, %v", all, err)
	}
	if err := p.Fund(ctx, c, e.admin.Key, outsider.Address, eth(1), nil); err != nil {
		t.Fatalf("mint after unpause: %v", err)
	}
}

// readPaused calls paused() on a contract by its bare selector, as Warden's
// pause action does: the Guardian answers it like any Pausable.
func readPaused(e *env, contract common.Address) (bool, error) {
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &contract, Data: crypto.Keccak256([]byte("paused()"))[:4]}, nil)
	if err != nil {
		return false, err
	}
	return len(out) == 32 && out[31] == 1, nil
}

// A target the Guardian cannot pause is reported and skipped; the others
// are paused in the same transaction, and the preflight predicted it.
func TestPauseAllCarriesOnPastFailingTarget(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	responder := e.accs[0]
	if err := p.GrantGuardian(ctx, c, e.admin.Key, responder.Address); err != nil {
		t.Fatal(err)
	}
	if err := p.RevokeGuardianPauser(ctx, c, e.admin.Key, p.LendingPool); err != nil {
		t.Fatal(err)
	}

	pre, err := guardian.CheckPauseAll(ctx, c, p.Guardian, responder.Address)
	if err != nil {
		t.Fatal(err)
	}
	wantReason := "AccessControlUnauthorizedAccount(account: " + p.Guardian.Hex() + ", neededRole: PAUSER_ROLE)"
	if pre.Ready() || !pre.SignerIsGuardian || len(pre.Targets) != 2 || pre.Targets[0].Reason != wantReason || pre.Targets[1].Reason != "" {
		t.Fatalf("preflight %+v, want the pool refused with %s", pre, wantReason)
	}

	out, err := p.PauseAll(ctx, c, responder.Key)
	if err != nil {
		t.Fatalf("pauseAll must succeed with one target failing: %v", err)
	}
	if !slices.Equal(out.Paused, []common.Address{p.Stable}) || len(out.Failed) != 1 ||
		out.Failed[0].Target != p.LendingPool || out.Failed[0].Reason != wantReason {
		t.Fatalf("pauseAll outcome %+v, want dUSD paused and the pool failed with %s", out, wantReason)
	}
	st, err := p.GuardianState(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if st.AllPaused() || !slices.Equal(st.Running(), []common.Address{p.LendingPool}) {
		t.Errorf("state %+v, want only the pool running", st)
	}
	if paused, err := p.Paused(ctx, c); err != nil || paused {
		t.Errorf("pool paused = %v, %v", paused, err)
	}

	// Pausing that one target alone reverts, carrying the target's reason.
	wantRevert(t, p.PauseTarget(ctx, c, responder.Key, p.LendingPool), "TargetPauseFailed(target: "+p.LendingPool.Hex()+", reason: AccessControlUnauthorizedAccount")
	// ...and an address that is not a target is refused outright.
	wantRevert(t, p.PauseTarget(ctx, c, responder.Key, p.WETH), "UnknownTarget(target: "+p.WETH.Hex()+")")
}

// The default breaker (40% of the pool per hour) lets four default attacks
// through (100,000 dUSD each; they can be detected), and holds back the
// fifth, which then cannot repay its flash swap and reverts.
func TestBreakerCapsAttack(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	p, ctx, c := e.p, e.ctx, e.client
	att := e.accs[0]
	plan := demoprotocol.DefaultAttack()
	const passing = 4
	contract, err := demoprotocol.DeployAttacker(ctx, c, att.Key, p, new(big.Int).Mul(plan.Collateral, big.NewInt(passing+1)))
	if err != nil {
		t.Fatal(err)
	}
	liq0 := e.liquidity(t)
	outcomes, err := p.AttackSeries(ctx, c, att.Key, contract, passing+1)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range outcomes {
		t.Logf("attack %d: success %v, gas used %d, %s", i, o.Success, o.Receipt.GasUsed, demoprotocol.RevertReason(ctx, c, o.Tx, o.Receipt))
		if want := i < passing; o.Success != want {
			t.Errorf("attack %d: success %v, want %v", i, o.Success, want)
		}
	}
	// The last borrow was held by the breaker, so the attacker contract
	// lacked the dUSD to repay the flash swap.
	last := outcomes[passing]
	if reason := demoprotocol.RevertReason(ctx, c, last.Tx, last.Receipt); !strings.Contains(reason, "ERC20InsufficientBalance(sender: "+contract.Hex()) {
		t.Errorf("held-back attack reverted with %q, want the attacker short of dUSD", reason)
	}
	taken := new(big.Int).Mul(plan.Borrow, big.NewInt(passing))
	wantEq(t, "pool loss", new(big.Int).Sub(liq0, e.liquidity(t)), taken)
	bs := e.breaker(t, p.Stable)
	wantEq(t, "window outflow", bs.WindowOutflow, taken)
	wantEq(t, "limit (40% of the snapshot)", bs.CurrentLimit, new(big.Int).Div(new(big.Int).Mul(liq0, big.NewInt(4)), big.NewInt(10)))
	wantEq(t, "available", bs.Available, new(big.Int).Sub(bs.CurrentLimit, taken))
	wantEq(t, "locked (the delayed borrow reverted with the attack)", bs.Locked, new(big.Int))
}

// Over the limit, a withdrawal is held by the breaker and claimable after
// the cooldown; a trip (guardian only) freezes claims and delays even small
// outflows; the admin can revoke a claim; reset restores normal flow.
func TestBreakerDelaysOutflows(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, demoprotocol.Params{BreakerCooldown: 30 * time.Second})
	p, ctx, c := e.p, e.ctx, e.client
	responder, outsider := e.accs[0], e.accs[1]
	lender := e.admin // supplied the pool's 1,000,000 dUSD

	r := e.withdraw(t, lender, eth(450_000)) // over 40% of 1,000,000
	claims, err := p.DelayedOutflows(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1 || claims[0].Recipient != lender.Address || claims[0].Source != p.LendingPool ||
		claims[0].Token != p.Stable || claims[0].Amount.Cmp(eth(450_000)) != 0 {
		t.Fatalf("delayed claims %+v", claims)
	}
	delayed := claims[0]
	if want := e.blockTime(t, r) + 30; uint64(delayed.ReleaseAt.Unix()) != want {
		t.Errorf("claim releases at %d, want block time + 30 s = %d", delayed.ReleaseAt.Unix(), want)
	}
	t.Logf("delayed withdrawal: gas used %d (limit %d), claim %+v", r.GasUsed, demoprotocol.GasWithdraw, delayed)
	wantEq(t, "lender's dUSD (nothing paid yet)", e.stable(t, lender.Address), new(big.Int))
	wantEq(t, "held by the breaker", e.stable(t, p.Breaker), eth(450_000))
	wantEq(t, "lender supplied", e.position(t, lender.Address).Supplied, eth(550_000))
	wantEq(t, "locked", e.breaker(t, p.Stable).Locked, eth(450_000))
	wantRevert(t, p.Claim(ctx, c, outsider.Key, delayed.ID), "ClaimNotReady")

	// Under the limit an outflow is paid at once and counted.
	e.withdraw(t, lender, eth(100_000))
	wantEq(t, "lender's dUSD", e.stable(t, lender.Address), eth(100_000))
	wantEq(t, "window outflow", e.breaker(t, p.Stable).WindowOutflow, eth(100_000))

	// Only GUARDIAN_ROLE trips, through the Guardian or directly.
	wantRevert(t, p.TripBreaker(ctx, c, outsider.Key), "AccessControlUnauthorizedAccount(account: "+outsider.Address.Hex())
	if err := p.GrantGuardian(ctx, c, e.admin.Key, responder.Address); err != nil {
		t.Fatal(err)
	}
	if err := p.TripBreaker(ctx, c, responder.Key); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, p.TripBreaker(ctx, c, responder.Key), "AlreadyTripped()")
	if bs := e.breaker(t, p.Stable); !bs.Tripped || bs.Available.Sign() != 0 {
		t.Errorf("tripped breaker state %+v", bs)
	}

	// Tripped: claims are frozen even when due, and a small withdrawal is held.
	e.advanceTo(t, uint64(delayed.ReleaseAt.Unix()))
	wantRevert(t, p.Claim(ctx, c, outsider.Key, delayed.ID), "BreakerTripped()")
	r = e.withdraw(t, lender, eth(1_000))
	small, err := p.DelayedOutflows(r)
	if err != nil || len(small) != 1 || small[0].Amount.Cmp(eth(1_000)) != 0 {
		t.Fatalf("small withdrawal while tripped: claims %+v, %v", small, err)
	}
	// The admin sends a suspect claim back to the pool.
	liq := e.liquidity(t)
	wantRevert(t, p.RevokeClaim(ctx, c, outsider.Key, small[0].ID), "AccessControlUnauthorizedAccount")
	if err := p.RevokeClaim(ctx, c, e.admin.Key, small[0].ID); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "liquidity after revoke", e.liquidity(t), new(big.Int).Add(liq, eth(1_000)))
	wantRevert(t, p.Claim(ctx, c, outsider.Key, small[0].ID), "ClaimAlreadySettled")

	if err := p.ResetBreaker(ctx, c, responder.Key); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, p.ResetBreaker(ctx, c, responder.Key), "NotTripped()")
	// Anyone may settle a due claim; the tokens go to the recipient.
	if err := p.Claim(ctx, c, outsider.Key, delayed.ID); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "lender's dUSD after the claim", e.stable(t, lender.Address), eth(550_000))
	wantEq(t, "locked after the claim", e.breaker(t, p.Stable).Locked, new(big.Int))
	if cl, err := guardian.ReadClaim(ctx, c, p.Breaker, delayed.ID, nil); err != nil || !cl.Settled || cl.Amount.Cmp(eth(450_000)) != 0 {
		t.Errorf("claim after settling: %+v, %v", cl, err)
	}
	wantRevert(t, p.Claim(ctx, c, outsider.Key, delayed.ID), "ClaimAlreadySettled")
}

// In revert mode with an absolute cap, capacity comes back bucket by bucket
// as outflows age out of the sliding window, not all at once.
func TestBreakerSlidingWindowRevertMode(t *testing.T) {
	t.Parallel()
	const window, bucket = 60, 5 // seconds: 12 buckets of 5 s
	e := newEnvWith(t, demoprotocol.Params{
		BreakerMode: guardian.ModeRevert, BreakerWindow: window * time.Second,
		BreakerShareBps: 1, BreakerBaseStable: eth(100_000), // 0.01% of the pool < 100,000: an absolute cap
	})
	p, ctx, c := e.p, e.ctx, e.client
	lender, responder := e.admin, e.accs[0]
	available := func() *big.Int { return e.breaker(t, p.Stable).Available }

	r0 := e.withdraw(t, lender, eth(60_000))
	t0 := e.blockTime(t, r0)
	e.advanceTo(t, t0+window/2)
	r1 := e.withdraw(t, lender, eth(30_000))
	t1 := e.blockTime(t, r1)
	wantEq(t, "available after 90,000 out", available(), eth(10_000))
	_, err := demoprotocol.Wait(ctx, c, "withdraw over the cap", mustTx(t)(e.p.WithdrawTx(ctx, c, lender.Key, eth(20_000))))
	wantRevert(t, err, "RateLimitExceeded(token: "+p.Stable.Hex()+", amount: 20000000000000000000000, available: 10000000000000000000000)")

	// The first withdrawal's bucket leaves the window 12 buckets after its
	// own; the second's is still in.
	agedOut := func(ts uint64) uint64 { return (ts/bucket + 12) * bucket }
	if agedOut(t0) >= agedOut(t1) {
		t.Fatalf("test timing: buckets of %d and %d age out together", t0, t1)
	}
	e.advanceTo(t, agedOut(t0))
	if now := e.headTime(t); now+3 >= agedOut(t1) {
		t.Fatalf("test timing: overshot to %d, the second bucket aged out too", now)
	}
	wantEq(t, "available once the first bucket aged out", available(), eth(70_000))
	_, err = demoprotocol.Wait(ctx, c, "withdraw over the refilled cap", mustTx(t)(e.p.WithdrawTx(ctx, c, lender.Key, eth(75_000))))
	wantRevert(t, err, "RateLimitExceeded")
	e.withdraw(t, lender, eth(70_000))
	wantEq(t, "available at the cap again", available(), new(big.Int))

	// Tripped in revert mode, every outflow is refused, however small.
	if err := p.GrantGuardian(ctx, c, e.admin.Key, responder.Address); err != nil {
		t.Fatal(err)
	}
	if err := p.TripBreaker(ctx, c, responder.Key); err != nil {
		t.Fatal(err)
	}
	_, err = demoprotocol.Wait(ctx, c, "withdraw while tripped", mustTx(t)(e.p.WithdrawTx(ctx, c, lender.Key, eth(1))))
	wantRevert(t, err, "BreakerTripped()")
}

func mustTx(t *testing.T) func(*types.Transaction, error) *types.Transaction {
	return func(tx *types.Transaction, err error) *types.Transaction {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
}
