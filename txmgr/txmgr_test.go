package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// env is a real dev chain, a real store and the signer under test.
type env struct {
	chain  *devchain.Chain
	client *ethclient.Client
	store  *sqlite.Store
	dbPath string
	key    *ecdsa.PrivateKey
	from   common.Address
	to     common.Address
}

// hour is a block period long enough that blocks only come from Commit.
const hour = time.Hour

func setup(t *testing.T, cfg devchain.Config) *env {
	t.Helper()
	if cfg.Accounts == 0 {
		cfg.Accounts = 3
	}
	c, client := devchaintest.Start(t, cfg)
	dbPath := filepath.Join(t.TempDir(), "warden.db")
	st, err := sqlite.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	acc := c.Accounts()[1]
	return &env{chain: c, client: client, store: st, dbPath: dbPath, key: acc.Key, from: acc.Address, to: c.Accounts()[2].Address}
}

func (e *env) manager() *txmgr.Manager {
	m := txmgr.New("dev", e.chain.ChainID(), e.client, signer.NewKey(e.key), e.store, nil)
	m.PollInterval = 10 * time.Millisecond
	return m
}

// transfer is a request whose effect is plain: 1 wei to e.to.
func (e *env) transfer(key string) txmgr.Request {
	return txmgr.Request{Key: key, To: e.to, Value: big.NewInt(1), Gas: 21_000}
}

func (e *env) nonce(t *testing.T) uint64 {
	t.Helper()
	n, err := e.client.NonceAt(context.Background(), e.from, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) pendingNonce(t *testing.T) uint64 {
	t.Helper()
	n, err := e.client.PendingNonceAt(context.Background(), e.from)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (e *env) record(t *testing.T, key string) *txmgr.Record {
	t.Helper()
	r, err := e.store.Tx(context.Background(), key)
	if err != nil || r == nil {
		t.Fatalf("record %s: %+v %v", key, r, err)
	}
	return r
}

// foreign sends a transaction with the signer's key that Warden did not
// make: another wallet using the same account.
func (e *env) foreign(t *testing.T, nonce uint64, tip, feeCap *big.Int) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &e.from, Value: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("foreign tx: %v", err)
	}
	return tx
}

// mined reports whether hash has a receipt.
func (e *env) mined(t *testing.T, hash common.Hash) bool {
	t.Helper()
	_, err := e.client.TransactionReceipt(context.Background(), hash)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		t.Fatal(err)
	}
	return err == nil
}

// events collects a send's events.
type events struct {
	mu  sync.Mutex
	all []txmgr.Event
}

func (ev *events) hook(e txmgr.Event) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	ev.all = append(ev.all, e)
}

func (ev *events) of(kind txmgr.EventKind) []txmgr.Event {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var out []txmgr.Event
	for _, e := range ev.all {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// await waits until an event of kind satisfying ok has been seen.
func (ev *events) await(t *testing.T, kind txmgr.EventKind, ok func(txmgr.Event) bool) txmgr.Event {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		for _, e := range ev.of(kind) {
			if ok == nil || ok(e) {
				return e
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no %s event; saw %s", kind, ev)
	return txmgr.Event{}
}

func (ev *events) String() string {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var b strings.Builder
	for _, e := range ev.all {
		fmt.Fprintf(&b, "\n  %s: %s", e.Kind, e.Message)
	}
	return b.String()
}

type outcome struct {
	res *txmgr.Result
	err error
}

// sendAsync runs Send in the background for tests that drive the chain.
func sendAsync(ctx context.Context, m *txmgr.Manager, req txmgr.Request) <-chan outcome {
	ch := make(chan outcome, 1)
	go func() {
		res, err := m.Send(ctx, req, nil)
		ch <- outcome{res, err}
	}()
	return ch
}

func receive(t *testing.T, ch <-chan outcome) *txmgr.Result {
	t.Helper()
	select {
	case o := <-ch:
		if o.err != nil {
			t.Fatal(o.err)
		}
		return o.res
	case <-time.After(20 * time.Second):
		t.Fatal("send did not finish")
		return nil
	}
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func atLeast110Percent(prev, next *big.Int) bool {
	return new(big.Int).Mul(next, big.NewInt(100)).Cmp(new(big.Int).Mul(prev, big.NewInt(110))) >= 0
}

func TestConcurrentSendsOnOneSignerNeverCollide(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	m := e.manager()
	ctx := testCtx(t)
	const n = 20
	results := make([]*txmgr.Result, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			results[i], errs[i] = m.Send(ctx, e.transfer(fmt.Sprintf("incident-%d/pause", i)), nil)
		})
	}
	wg.Wait()
	seen := map[uint64]string{}
	for i, res := range results {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		nonce := res.Attempt.Nonce
		if other, dup := seen[nonce]; dup {
			t.Fatalf("nonce %d used by %s and %s", nonce, other, res.Record.Key)
		}
		seen[nonce] = res.Record.Key
		if res.Receipt.Status != types.ReceiptStatusSuccessful || res.Receipt.TxHash != res.Record.Hash || res.Record.State != txmgr.StateMined {
			t.Fatalf("send %d: receipt %+v record %+v", i, res.Receipt, res.Record)
		}
		// A collision would heal (the loser sees its nonce taken and
		// re-signs), so look for its traces: a refusal or a second nonce.
		for _, a := range res.Record.Attempts {
			if a.Refused != "" || a.Nonce != nonce || res.Record.NonceTaken != 0 {
				t.Fatalf("send %d collided: attempt %s nonce %d refused %q, nonce taken %d times", i, a.Hash, a.Nonce, a.Refused, res.Record.NonceTaken)
			}
		}
	}
	for nonce := range uint64(n) {
		if _, ok := seen[nonce]; !ok {
			t.Fatalf("nonce %d unused: a gap (nonces %v)", nonce, seen)
		}
	}
	if got := e.nonce(t); got != n {
		t.Fatalf("account nonce %d after %d sends", got, n)
	}
}

func TestReplacedEveryBlockWithBumpUntilMined(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{BlockPeriod: 500 * time.Millisecond})
	m := e.manager()
	// The first attempt offers half the base fee: the node keeps it but no
	// block can include it.
	// Tips of a quarter of the base fee keep the 10% steps visible (the
	// dev chain suggests 1 wei, where any +1 is a large step).
	txmgr.SetFirstPrice(m, func(tip, feeCap *big.Int) (*big.Int, *big.Int) {
		low := new(big.Int).Div(new(big.Int).Sub(feeCap, tip), big.NewInt(4))
		return new(big.Int).Div(low, big.NewInt(2)), low
	})
	var ev events
	req := e.transfer("inc/replace")
	req.OnEvent = ev.hook
	res, err := m.Send(testCtx(t), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	atts := res.Record.Attempts
	if len(atts) < 2 {
		t.Fatalf("%d attempt(s); the first could not be mined, so it must have been replaced", len(atts))
	}
	if res.Record.Mined < 2 || res.Attempt.Hash != atts[res.Record.Mined-1].Hash || res.Receipt.TxHash != res.Attempt.Hash {
		t.Fatalf("mined attempt %d of %d (%s), want a replacement", res.Record.Mined, len(atts), res.Attempt.Hash)
	}
	for i := 1; i < len(atts); i++ {
		prev, next := atts[i-1], atts[i]
		if next.Nonce != prev.Nonce {
			t.Fatalf("attempt %d nonce %d, attempt %d nonce %d", i, prev.Nonce, i+1, next.Nonce)
		}
		if !atLeast110Percent(prev.TipCap, next.TipCap) || !atLeast110Percent(prev.FeeCap, next.FeeCap) {
			t.Fatalf("attempt %d (tip %s fee %s) is not a 10%% bump over %d (tip %s fee %s)", i+1, next.TipCap, next.FeeCap, i, prev.TipCap, prev.FeeCap)
		}
		if next.SignedBlock <= prev.SignedBlock {
			t.Fatalf("attempt %d signed at block %d, attempt %d at %d: not one per block", i, prev.SignedBlock, i+1, next.SignedBlock)
		}
		if next.BroadcastAt.IsZero() {
			t.Fatalf("attempt %d never broadcast", i+1)
		}
	}
	if e.mined(t, atts[0].Hash) {
		t.Fatal("the underpriced first attempt was mined")
	}
	if got := e.nonce(t); got != 1 {
		t.Fatalf("account nonce %d, want 1 (one transaction)", got)
	}
	replaced := ev.of(txmgr.EventReplaced)
	if len(replaced) == 0 || !strings.Contains(replaced[0].Message, "attempt 2") || !strings.Contains(replaced[0].Message, "+") {
		t.Fatalf("replacement events %+v for %d attempts", replaced, len(atts))
	}
}

func TestFeeCapReachedKeepsRebroadcastingTheLastAttempt(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{BlockPeriod: 300 * time.Millisecond})
	m := e.manager()
	// Empty blocks lower the base fee by 12.5% each: a cap at 60% of today's
	// base fee is enough four blocks from now, and no replacement fits under it.
	m.MaxFeeCap = new(big.Int).Div(new(big.Int).Mul(e.head(t).BaseFee, big.NewInt(6)), big.NewInt(10))
	var ev events
	req := e.transfer("inc/cap")
	req.OnEvent = ev.hook
	res, err := m.Send(testCtx(t), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Record.Attempts) != 1 || res.Attempt.FeeCap.Cmp(m.MaxFeeCap) != 0 {
		t.Fatalf("%d attempts, mined fee cap %s (cap %s); want the one capped attempt", len(res.Record.Attempts), res.Attempt.FeeCap, m.MaxFeeCap)
	}
	if !res.Record.CapReached || !e.record(t, "inc/cap").CapReached {
		t.Fatal("cap not recorded")
	}
	capEvents := ev.of(txmgr.EventCapReached)
	if len(capEvents) == 0 || !strings.Contains(capEvents[len(capEvents)-1].Message, "re-broadcasting") {
		t.Fatalf("cap events %v", ev.String())
	}
	if res.Receipt.BlockNumber.Uint64() <= res.Attempt.SignedBlock+1 {
		t.Fatalf("mined in block %d, signed at %d: it should have waited for the base fee to fall", res.Receipt.BlockNumber, res.Attempt.SignedBlock)
	}
}

func TestEmergencyTipFloor(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	m := e.manager()
	ctx := testCtx(t)
	calm, err := m.Send(ctx, e.transfer("inc/calm"), nil)
	if err != nil {
		t.Fatal(err)
	}
	req := e.transfer("inc/emergency")
	req.Emergency = true
	urgent, err := m.Send(ctx, req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if urgent.Attempt.TipCap.Cmp(txmgr.DefaultEmergencyTip) < 0 || calm.Attempt.TipCap.Cmp(txmgr.DefaultEmergencyTip) >= 0 {
		t.Fatalf("tips: emergency %s, ordinary %s; floor %s", urgent.Attempt.TipCap, calm.Attempt.TipCap, txmgr.DefaultEmergencyTip)
	}
	if urgent.Attempt.FeeCap.Cmp(urgent.Attempt.TipCap) < 0 {
		t.Fatalf("fee cap %s below tip %s", urgent.Attempt.FeeCap, urgent.Attempt.TipCap)
	}
}

func TestUnderpricedRefusalIsBumpedAndRetried(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	m := e.manager()
	// A zero tip is under the node's minimum (1 wei): refused outright.
	txmgr.SetFirstPrice(m, func(_, feeCap *big.Int) (*big.Int, *big.Int) { return new(big.Int), feeCap })
	var ev events
	req := e.transfer("inc/underpriced")
	req.OnEvent = ev.hook
	res, err := m.Send(testCtx(t), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	atts := res.Record.Attempts
	if len(atts) != 2 || res.Record.Mined != 2 {
		t.Fatalf("attempts %+v mined %d; want the refused one and its bump", atts, res.Record.Mined)
	}
	if !strings.Contains(atts[0].Refused, "underpriced") || !atts[0].BroadcastAt.IsZero() {
		t.Fatalf("first attempt: refused %q, broadcast %v", atts[0].Refused, atts[0].BroadcastAt)
	}
	refused := ev.of(txmgr.EventRefused)
	if len(refused) != 1 || !errors.Is(refused[0].Err, txmgr.ErrUnderpriced) || refused[0].Attempt != 1 {
		t.Fatalf("refusal events %v", ev.String())
	}
	if e.nonce(t) != 1 {
		t.Fatal("want exactly one transaction")
	}
}

// crashAt makes a manager stop dead at stage, as a crash would.
var errCrash = errors.New("simulated crash")

func crashAt(m *txmgr.Manager, stage string) {
	txmgr.SetCrashAt(m, func(s string) error {
		if s == stage {
			return errCrash
		}
		return nil
	})
}

func TestSameNonceHeldByAnotherTransaction(t *testing.T) {
	t.Parallel()
	// A crash leaves our attempt stored but unsent; meanwhile another
	// wallet with the same key puts a pricier transaction with that nonce
	// in the pool. The resumed send must outbid it, or say why it cannot.
	for _, c := range []struct {
		name     string
		overbid  int64 // the stranger's price, in quarters of ours
		wantFail bool
	}{
		{"outbid within the retries", 5, false},
		{"too expensive to outbid", 12, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := setup(t, devchain.Config{BlockPeriod: hour})
			ctx := testCtx(t)
			key := "inc/contested"
			req := e.transfer(key)
			req.Emergency = true // gwei-sized tips, so quarters are exact enough
			m1 := e.manager()
			m1.EmergencyTip = big.NewInt(params.GWei)
			crashAt(m1, "stored")
			if _, err := m1.Send(ctx, req, nil); !errors.Is(err, errCrash) {
				t.Fatalf("first run: %v", err)
			}
			ours := e.record(t, key).Attempts[0]
			quarter := func(v *big.Int) *big.Int {
				return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(c.overbid)), big.NewInt(4))
			}
			stranger := e.foreign(t, ours.Nonce, quarter(ours.TipCap), quarter(ours.FeeCap))

			m2 := e.manager()
			m2.EmergencyTip = big.NewInt(params.GWei)
			var ev events
			req.OnEvent = ev.hook
			done := sendAsync(ctx, m2, req)
			if c.wantFail {
				o := <-done
				if !errors.Is(o.err, txmgr.ErrUnderpriced) || !strings.Contains(o.err.Error(), "priced higher") {
					t.Fatalf("want ErrUnderpriced naming the cause, got %v", o.err)
				}
				rec := e.record(t, key)
				if rec.State != txmgr.StateFailed || len(rec.Attempts) != 1+m2.UnderpricedRetries {
					t.Fatalf("record state %s with %d attempts", rec.State, len(rec.Attempts))
				}
				for i, a := range rec.Attempts {
					if a.Refused == "" || !a.BroadcastAt.IsZero() {
						t.Fatalf("attempt %d: refused %q broadcast %v", i+1, a.Refused, a.BroadcastAt)
					}
				}
				return
			}
			ev.await(t, txmgr.EventBroadcast, nil)
			e.chain.Commit()
			res := receive(t, done)
			if !res.Resumed || res.Attempt.Nonce != ours.Nonce || len(res.Record.Attempts) < 2 {
				t.Fatalf("result %+v", res.Record)
			}
			if e.mined(t, stranger.Hash()) || e.nonce(t) != 1 {
				t.Fatal("the stranger's transaction was mined, not ours")
			}
			if n := len(ev.of(txmgr.EventRefused)); n != len(res.Record.Attempts)-1 {
				t.Fatalf("%d refusals for %d attempts: %s", n, len(res.Record.Attempts), ev.String())
			}
		})
	}
}

func TestNonceTakenByAnotherTransactionIsResignedOnce(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{BlockPeriod: hour})
	ctx := testCtx(t)
	m := e.manager()
	var ev events
	req := e.transfer("inc/taken")
	req.OnEvent = ev.hook
	done := sendAsync(ctx, m, req)
	first := ev.await(t, txmgr.EventBroadcast, nil)
	ours := e.record(t, "inc/taken").Attempts[0]
	// Another wallet with the same key replaces ours in the pool and is mined.
	triple := func(v *big.Int) *big.Int { return new(big.Int).Mul(v, big.NewInt(3)) }
	stranger := e.foreign(t, first.Nonce, triple(ours.TipCap), triple(ours.FeeCap))
	e.chain.Commit()
	if !e.mined(t, stranger.Hash()) {
		t.Fatal("the stranger's transaction was not mined")
	}
	ev.await(t, txmgr.EventBroadcast, func(x txmgr.Event) bool { return x.Nonce == first.Nonce+1 })
	e.chain.Commit()
	res := receive(t, done)

	if res.Attempt.Nonce != first.Nonce+1 || res.Record.NonceTaken != 1 || res.Record.Nonce != first.Nonce+1 {
		t.Fatalf("mined nonce %d, record nonce %d, taken %d", res.Attempt.Nonce, res.Record.Nonce, res.Record.NonceTaken)
	}
	taken := ev.of(txmgr.EventNonceTaken)
	if len(taken) != 1 || !strings.Contains(taken[0].Message, stranger.Hash().Hex()) {
		t.Fatalf("nonce-taken events: %s", ev.String())
	}
	minedOurs := 0
	for _, a := range res.Record.Attempts {
		if e.mined(t, a.Hash) {
			minedOurs++
		}
	}
	if minedOurs != 1 || e.nonce(t) != first.Nonce+2 {
		t.Fatalf("%d of our attempts mined, account nonce %d", minedOurs, e.nonce(t))
	}
}

func TestInsufficientFundsIsClearAndLeavesNoGap(t *testing.T) {
	t.Parallel()
	poorKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	poor := crypto.PubkeyToAddress(poorKey.PublicKey)
	e := setup(t, devchain.Config{Alloc: types.GenesisAlloc{poor: {Balance: big.NewInt(1_000_000_000_000)}}})
	e.key, e.from = poorKey, poor
	ctx := testCtx(t)
	m := e.manager()
	var ev events
	req := e.transfer("inc/poor")
	req.OnEvent = ev.hook
	_, err = m.Send(ctx, req, nil)
	if !errors.Is(err, txmgr.ErrInsufficientFunds) {
		t.Fatalf("want ErrInsufficientFunds, got %v", err)
	}
	var refused *txmgr.RefusedError
	if !errors.As(err, &refused) || !strings.Contains(err.Error(), poor.Hex()) || !strings.Contains(err.Error(), "0.000001 ETH") || !strings.Contains(err.Error(), "needs up to") {
		t.Fatalf("message should name the signer, its balance and the cost: %v", err)
	}
	rec := e.record(t, "inc/poor")
	if rec.State != txmgr.StateFailed || !rec.BroadcastAt.IsZero() || rec.Attempts[0].Refused == "" {
		t.Fatalf("record %+v: want failed, never broadcast", rec)
	}
	if len(ev.of(txmgr.EventRefused)) != 1 {
		t.Fatalf("events: %s", ev.String())
	}

	// Funded, another key gets the nonce the refusal handed back, and the
	// refused key starts over with the next one.
	funder := e.chain.Accounts()[0]
	fund, err := types.SignNewTx(funder.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei), Gas: 21_000, To: &poor, Value: big.NewInt(params.Ether)})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, fund); err != nil {
		t.Fatal(err)
	}
	if _, err := bindWait(ctx, e.client, fund.Hash()); err != nil {
		t.Fatal(err)
	}
	other, err := m.Send(ctx, e.transfer("inc/other"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if other.Attempt.Nonce != rec.Attempts[0].Nonce {
		t.Fatalf("next send used nonce %d, want the handed-back %d", other.Attempt.Nonce, rec.Attempts[0].Nonce)
	}
	again, err := m.Send(ctx, e.transfer("inc/poor"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Resumed || len(again.Record.Attempts) != 2 || again.Record.Mined != 2 || again.Attempt.Nonce != other.Attempt.Nonce+1 {
		t.Fatalf("retried key: %+v", again.Record)
	}
	if e.nonce(t) != 2 {
		t.Fatalf("account nonce %d, want 2", e.nonce(t))
	}
}

func bindWait(ctx context.Context, c *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestDroppedTransactionIsRebroadcast(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{BlockPeriod: hour})
	ctx := testCtx(t)
	m := e.manager()
	m.ReplaceEvery = 1000 // re-broadcast, not replace
	var ev events
	req := e.transfer("inc/dropped")
	req.OnEvent = ev.hook
	done := sendAsync(ctx, m, req)
	ev.await(t, txmgr.EventBroadcast, nil)
	e.chain.Rollback() // the node forgets every pending transaction
	if e.pendingNonce(t) != 0 {
		t.Fatal("still pending after rollback")
	}
	e.chain.Commit() // an empty block: the manager looks again
	ev.await(t, txmgr.EventDropped, nil)
	e.chain.Commit()
	res := receive(t, done)
	if len(res.Record.Attempts) != 1 || res.Record.Mined != 1 || e.nonce(t) != 1 {
		t.Fatalf("attempts %d mined %d nonce %d", len(res.Record.Attempts), res.Record.Mined, e.nonce(t))
	}
}

func TestReorgedReceiptIsNoticedAndWaitingContinues(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{BlockPeriod: hour})
	ctx := testCtx(t)
	m := e.manager()
	m.ReplaceEvery = 1000
	var ev events
	req := e.transfer("inc/reorg")
	req.OnEvent = ev.hook
	req.Confirmations = 3
	done := sendAsync(ctx, m, req)
	ev.await(t, txmgr.EventBroadcast, nil)
	parent := e.head(t)
	e.chain.Commit()
	mined := ev.await(t, txmgr.EventMined, nil)

	// A competing branch without the transaction becomes canonical.
	if err := e.chain.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return e.pendingNonce(t) == 1 }) // back in the pool
	e.chain.Rollback()
	e.chain.Commit()
	e.chain.Rollback()
	e.chain.Commit()
	if e.mined(t, mined.Hash) {
		t.Fatal("the test's reorg left the transaction mined")
	}
	ev.await(t, txmgr.EventReorged, nil)
	select {
	case o := <-done:
		t.Fatalf("send returned during the reorg: %+v %v", o.res, o.err)
	default:
	}
	for range 3 {
		e.chain.Commit()
	}
	res := receive(t, done)
	if res.Attempt.Hash != mined.Hash || res.Confirmations < 3 || !res.Confirmed || res.Receipt.BlockNumber.Uint64() <= parent.Number.Uint64()+2 {
		t.Fatalf("result: hash %s (was %s), %d confirmations, block %d", res.Attempt.Hash, mined.Hash, res.Confirmations, res.Receipt.BlockNumber)
	}
	if e.nonce(t) != 1 {
		t.Fatal("want one transaction")
	}
}

func waitUntil(t *testing.T, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatal("condition not reached")
}

func TestResumeAfterSimulatedCrash(t *testing.T) {
	t.Parallel()
	t.Run("between signing and broadcast", func(t *testing.T) {
		t.Parallel()
		e := setup(t, devchain.Config{})
		ctx := testCtx(t)
		m1 := e.manager()
		crashAt(m1, "stored")
		if _, err := m1.Send(ctx, e.transfer("inc/crash1"), nil); !errors.Is(err, errCrash) {
			t.Fatalf("first run: %v", err)
		}
		stored := e.record(t, "inc/crash1")
		if stored.State != txmgr.StateSigned || e.pendingNonce(t) != 0 {
			t.Fatalf("state %s, pending nonce %d: want signed and nothing sent", stored.State, e.pendingNonce(t))
		}
		res, err := e.manager().Send(ctx, e.transfer("inc/crash1"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Resumed || res.Record.Hash != stored.Hash || len(res.Record.Attempts) != 1 || e.nonce(t) != 1 {
			t.Fatalf("resumed %v hash %s (stored %s) attempts %d nonce %d", res.Resumed, res.Record.Hash, stored.Hash, len(res.Record.Attempts), e.nonce(t))
		}
	})
	t.Run("between broadcast and receipt", func(t *testing.T) {
		t.Parallel()
		e := setup(t, devchain.Config{BlockPeriod: hour})
		ctx := testCtx(t)
		m1 := e.manager()
		crashAt(m1, "broadcast")
		if _, err := m1.Send(ctx, e.transfer("inc/crash2"), nil); !errors.Is(err, errCrash) {
			t.Fatalf("first run: %v", err)
		}
		stored := e.record(t, "inc/crash2")
		if stored.State != txmgr.StateBroadcast || e.pendingNonce(t) != 1 || e.nonce(t) != 0 {
			t.Fatalf("state %s: want broadcast, in the pool, not mined", stored.State)
		}
		var ev events
		req := e.transfer("inc/crash2")
		req.OnEvent = ev.hook
		done := sendAsync(ctx, e.manager(), req)
		ev.await(t, txmgr.EventResumed, nil)
		e.chain.Commit()
		res := receive(t, done)
		if !res.Resumed || res.Record.Hash != stored.Hash || len(res.Record.Attempts) != 1 || e.nonce(t) != 1 {
			t.Fatalf("resumed %v hash %s (stored %s) attempts %d nonce %d", res.Resumed, res.Record.Hash, stored.Hash, len(res.Record.Attempts), e.nonce(t))
		}
	})
	t.Run("signed, then another transaction took the nonce", func(t *testing.T) {
		t.Parallel()
		e := setup(t, devchain.Config{})
		ctx := testCtx(t)
		m1 := e.manager()
		crashAt(m1, "stored")
		if _, err := m1.Send(ctx, e.transfer("inc/crash3"), nil); !errors.Is(err, errCrash) {
			t.Fatalf("first run: %v", err)
		}
		stored := e.record(t, "inc/crash3")
		stranger := e.foreign(t, stored.Nonce, big.NewInt(params.GWei), big.NewInt(10*params.GWei))
		if _, err := bindWait(ctx, e.client, stranger.Hash()); err != nil {
			t.Fatal(err)
		}
		var ev events
		req := e.transfer("inc/crash3")
		req.OnEvent = ev.hook
		res, err := e.manager().Send(ctx, req, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Attempt.Nonce != stored.Nonce+1 || res.Record.NonceTaken != 1 || e.mined(t, stored.Hash) || e.nonce(t) != 2 {
			t.Fatalf("mined nonce %d taken %d; stored attempt mined %v; account nonce %d", res.Attempt.Nonce, res.Record.NonceTaken, e.mined(t, stored.Hash), e.nonce(t))
		}
		if taken := ev.of(txmgr.EventNonceTaken); len(taken) != 1 || !strings.Contains(taken[0].Message, stranger.Hash().Hex()) {
			t.Fatalf("events: %s", ev.String())
		}
	})
}

func TestSecondSendOfAMinedKeySendsNothing(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	ctx := testCtx(t)
	m := e.manager()
	first, err := m.Send(ctx, e.transfer("inc/once"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var broadcasts int
	second, err := e.manager().Send(ctx, e.transfer("inc/once"), func(txmgr.Record) { broadcasts++ })
	if err != nil {
		t.Fatal(err)
	}
	if !second.Resumed || second.Record.Hash != first.Record.Hash || second.Receipt.BlockHash != first.Receipt.BlockHash || e.nonce(t) != 1 || broadcasts != 0 {
		t.Fatalf("second send: resumed %v hash %s vs %s, nonce %d, %d broadcast callbacks", second.Resumed, second.Record.Hash, first.Record.Hash, e.nonce(t), broadcasts)
	}
}

func TestRequestValidation(t *testing.T) {
	t.Parallel()
	m := txmgr.New("dev", big.NewInt(1337), nil, signer.NewKey(mustKey(t)), nil, nil)
	if _, err := m.Send(context.Background(), txmgr.Request{To: common.Address{1}}, nil); err == nil || !strings.Contains(err.Error(), "idempotency key") {
		t.Fatalf("no key: %v", err)
	}
	if _, err := m.Send(context.Background(), txmgr.Request{Key: "k"}, nil); err == nil || !strings.Contains(err.Error(), "recipient") {
		t.Fatalf("no recipient: %v", err)
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestStoredTransactionOfAnotherKeyKeepsItsNonce(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	ctx := testCtx(t)
	m1 := e.manager()
	crashAt(m1, "stored")
	if _, err := m1.Send(ctx, e.transfer("inc-a/pause"), nil); !errors.Is(err, errCrash) {
		t.Fatalf("first run: %v", err)
	}
	orphan := e.record(t, "inc-a/pause")

	// After the restart another key is sent first. The stored transaction
	// keeps its nonce (and is broadcast), the new key gets the next one.
	m2 := e.manager()
	b, err := m2.Send(ctx, e.transfer("inc-b/pause"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Attempt.Nonce != orphan.Nonce+1 {
		t.Fatalf("new key got nonce %d; the stored one holds %d", b.Attempt.Nonce, orphan.Nonce)
	}
	waitUntil(t, func() bool { return e.nonce(t) == 2 })
	if !e.mined(t, orphan.Hash) {
		t.Fatal("the stored transaction was not re-broadcast")
	}
	a, err := m2.Send(ctx, e.transfer("inc-a/pause"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Resumed || a.Record.Hash != orphan.Hash || len(a.Record.Attempts) != 1 || e.nonce(t) != 2 {
		t.Fatalf("resumed key: hash %s (stored %s), %d attempts, account nonce %d", a.Record.Hash, orphan.Hash, len(a.Record.Attempts), e.nonce(t))
	}
}

func TestResumesARecordStoredBeforeAttemptsExisted(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	ctx := testCtx(t)
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei), Gas: 21_000, To: &e.to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// The shape of a record written by the first txmgr: one transaction.
	old := &txmgr.Record{Key: "inc/legacy", Chain: "dev", From: e.from, To: e.to, Nonce: 0, Hash: tx.Hash(), Raw: raw, State: txmgr.StateSigned, SignedAt: time.Now()}
	if err := e.store.SaveTx(ctx, old); err != nil {
		t.Fatal(err)
	}
	res, err := e.manager().Send(ctx, e.transfer("inc/legacy"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Resumed || res.Receipt.TxHash != tx.Hash() || len(res.Record.Attempts) != 1 || res.Attempt.FeeCap.Cmp(tx.GasFeeCap()) != 0 || e.nonce(t) != 1 {
		t.Fatalf("legacy record: mined %s (stored %s), %d attempts", res.Receipt.TxHash, tx.Hash(), len(res.Record.Attempts))
	}
}

// TestEventsFromTheContext: a caller that cannot set Request.OnEvent (an
// action the responder runs) still hears the send's events through the
// context, and a Request's own OnEvent wins.
func TestEventsFromTheContext(t *testing.T) {
	t.Parallel()
	e := setup(t, devchain.Config{})
	var mu sync.Mutex
	var fromCtx, fromReq []txmgr.EventKind
	ctx := txmgr.WithEvents(testCtx(t), func(ev txmgr.Event) {
		mu.Lock()
		defer mu.Unlock()
		fromCtx = append(fromCtx, ev.Kind)
	})
	if _, err := e.manager().Send(ctx, e.transfer("ctx/events"), nil); err != nil {
		t.Fatal(err)
	}
	req := e.transfer("req/events")
	req.OnEvent = func(ev txmgr.Event) {
		mu.Lock()
		defer mu.Unlock()
		fromReq = append(fromReq, ev.Kind)
	}
	n := len(fromCtx)
	if _, err := e.manager().Send(ctx, req, nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(fromCtx, txmgr.EventBroadcast) || !slices.Contains(fromCtx, txmgr.EventMined) {
		t.Errorf("context sink heard %v, want broadcast and mined", fromCtx)
	}
	if len(fromCtx) != n || !slices.Contains(fromReq, txmgr.EventMined) {
		t.Errorf("request's OnEvent should win: context heard %v more, request heard %v", fromCtx[n:], fromReq)
	}
}
