package safeaction_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/safeaction"
	"github.com/warden-dev/warden/safe"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/txmgr"
)

// env: the demo protocol and a 2-of-3 Safe on the embedded chain.
// Account 0 deploys, 1-3 own the Safe, 4 submits execTransaction (holds
// no role and owns nothing), 5 is an outsider.
type env struct {
	chain     *devchain.Chain
	client    *ethclient.Client
	proto     *demoprotocol.Protocol
	safe      common.Address
	owners    []*signer.Key
	outsider  *signer.Key
	submitter devchain.Account
	txs       *memTxStore
}

func setup(t *testing.T, grant bool) *env {
	t.Helper()
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 6})
	acc := c.Accounts()
	p, err := demoprotocol.Deploy(ctx, client, acc[0].Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	dep, err := safe.Deploy(ctx, client, acc[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{chain: c, client: client, proto: p, outsider: signer.NewKey(acc[5].Key), submitter: acc[4], txs: newMemTxStore()}
	var owners []common.Address
	for _, a := range acc[1:4] {
		e.owners = append(e.owners, signer.NewKey(a.Key))
		owners = append(owners, a.Address)
	}
	if e.safe, err = dep.Create(ctx, client, acc[0].Key, owners, 2, big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	if grant {
		if err := p.GrantPauser(ctx, client, acc[0].Key, e.safe); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// action builds the pause-through-the-Safe step, as a fresh process would.
func (e *env) action(t *testing.T, pins safeaction.Pins, local ...signer.DigestSigner) *safeaction.Action {
	t.Helper()
	tm := txmgr.New("dev", e.chain.ChainID(), e.client, signer.NewKey(e.submitter.Key), e.txs, nil)
	a, err := safeaction.New(safeaction.Config{
		Chain: "dev", ChainID: e.chain.ChainID(), Safe: e.safe,
		Call:   safeaction.PauseCall(e.proto.LendingPool, "LendingPool"),
		Owners: local, Node: e.client, Sender: tm, Pins: pins,
		Verify: safeaction.PausedCheck(e.client, e.proto.LendingPool), Contains: true, Emergency: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (e *env) paused(t *testing.T) bool {
	t.Helper()
	p, err := e.proto.Paused(context.Background(), e.client)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (e *env) submitterNonce(t *testing.T) uint64 {
	t.Helper()
	n, err := e.client.NonceAt(context.Background(), e.submitter.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) safeState(t *testing.T) safe.State {
	t.Helper()
	st, err := safe.NewReader(e.client, e.safe).State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// safeTxHash is the hash the step must publish: pause() at nonce.
func (e *env) safeTxHash(nonce uint64) common.Hash {
	call := safeaction.PauseCall(e.proto.LendingPool, "")
	return safe.Hash(e.chain.ChainID(), e.safe, safe.Tx{To: call.To, Data: call.Data, Nonce: nonce})
}

// approval is a signature as it arrives with a human approval.
func approval(t *testing.T, k *signer.Key, h common.Hash, by string) respond.Signature {
	t.Helper()
	ds, err := k.SignDigest(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	return respond.Signature{Signer: k.Address(), Data: ds.Sig, By: by}
}

// ethSignApproval signs h the way a wallet's eth_sign does (prefixed
// message) and encodes it for the Safe (v + 4).
func ethSignApproval(t *testing.T, k *signer.Key, h common.Hash, by string) respond.Signature {
	t.Helper()
	prefixed := crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n32"), h[:])
	ds, err := k.SignDigest(context.Background(), prefixed)
	if err != nil {
		t.Fatal(err)
	}
	ds.EthSign = true
	sig, err := safe.FromDigestSignature(ds)
	if err != nil {
		t.Fatal(err)
	}
	return respond.Signature{Signer: k.Address(), Data: sig, By: by}
}

// wantAwaiting(t)(a.Execute(...)) fails unless Execute waits, and returns
// what it waits for.
func wantAwaiting(t *testing.T) func(*respond.Result, error) string {
	return func(res *respond.Result, err error) string {
		t.Helper()
		var aw *respond.AwaitingError
		if !errors.As(err, &aw) {
			t.Fatalf("Execute = %+v, %v; want AwaitingError", res, err)
		}
		return aw.Reason
	}
}

func TestTwoOfThreePausesEndToEnd(t *testing.T) {
	e := setup(t, true)
	ctx := context.Background()
	pins := safeaction.NewMemoryPins()
	const key = "inc-1/pause-via-safe/0"
	a := e.action(t, pins, e.owners[0])
	want := e.safeTxHash(0)

	plan, err := a.Plan(ctx, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Noop || !strings.Contains(plan.Description, want.Hex()) || !strings.Contains(plan.Reason, want.Hex()) {
		t.Fatalf("plan does not publish safeTxHash %s: %+v", want.Hex(), plan)
	}
	if plan.To != e.safe || len(plan.Calls) != 1 || plan.Calls[0].To != e.proto.LendingPool {
		t.Fatalf("plan targets %s with calls %+v; want the Safe carrying a call to the pool", plan.To.Hex(), plan.Calls)
	}

	// One local owner signature: waiting, and the message says for what and whom.
	reason := wantAwaiting(t)(a.Execute(ctx, plan, respond.Approval{Mode: respond.ApprovalAutomatic}, nil))
	for _, s := range []string{"1 of 2 Safe signatures", want.Hex(), e.owners[1].Address().Hex(), e.owners[2].Address().Hex()} {
		if !strings.Contains(reason, s) {
			t.Errorf("awaiting reason %q lacks %q", reason, s)
		}
	}
	if strings.Contains(reason[strings.Index(reason, "not signed"):], e.owners[0].Address().Hex()) {
		t.Errorf("awaiting reason lists the owner who signed as missing: %q", reason)
	}

	// A non-owner's signature is refused with a reason and does not count.
	bad := respond.Approval{Mode: respond.ApprovalHuman, By: []string{"mallory"}, Signatures: []respond.Signature{approval(t, e.outsider, want, "mallory")}}
	reason = wantAwaiting(t)(a.Execute(ctx, plan, bad, nil))
	if !strings.Contains(reason, "1 of 2") || !strings.Contains(reason, e.outsider.Address().Hex()+" is not an owner") || !strings.Contains(reason, "mallory") {
		t.Fatalf("non-owner signature: %q", reason)
	}
	if e.submitterNonce(t) != 0 || e.paused(t) {
		t.Fatal("something was sent below the threshold")
	}

	// A restarted process plans the same Safe transaction.
	again, err := e.action(t, pins, e.owners[0]).Plan(ctx, nil, key)
	if err != nil || again.Description != plan.Description {
		t.Fatalf("re-plan: %v\n%s\nwant\n%s", err, again.Description, plan.Description)
	}

	// The second owner's signature arrives with an approval: executed.
	ok := respond.Approval{Mode: respond.ApprovalHuman, By: []string{"bob", "mallory"}, Signatures: []respond.Signature{
		approval(t, e.outsider, want, "mallory"), approval(t, e.owners[1], want, "bob")}}
	var broadcasts int
	res, err := a.Execute(ctx, plan, ok, func(txmgr.Record) { broadcasts++ })
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || !res.Contained || res.TxHash == (common.Hash{}) || broadcasts != 1 {
		t.Fatalf("result %+v, %d broadcasts", res, broadcasts)
	}
	if !e.paused(t) {
		t.Fatal("pool not paused")
	}
	ex, err := safe.FindExecution(ctx, e.client, e.safe, want, 0)
	if err != nil || ex == nil || !ex.Success || ex.TxHash != res.TxHash {
		t.Fatalf("ExecutionSuccess for %s: %+v, %v (result tx %s)", want.Hex(), ex, err, res.TxHash.Hex())
	}
	if st := e.safeState(t); st.Nonce != 1 {
		t.Fatalf("Safe nonce %d, want 1", st.Nonce)
	}

	// Re-runs, with the pins kept and with them lost, send nothing.
	for name, pins := range map[string]safeaction.Pins{"pins kept": pins, "pins lost": safeaction.NewMemoryPins()} {
		b := e.action(t, pins, e.owners[0])
		p2, err := b.Plan(ctx, nil, key)
		if err != nil || !p2.Noop {
			t.Fatalf("%s: plan after success %+v, %v; want noop", name, p2, err)
		}
		res2, err := b.Execute(ctx, p2, ok, nil)
		if err != nil || !res2.Verified {
			t.Fatalf("%s: execute after success %+v, %v", name, res2, err)
		}
		if name == "pins kept" && (res2.TxHash != res.TxHash || !strings.Contains(p2.Reason, "already executed")) {
			t.Fatalf("%s: re-run did not recognise its execution: %+v / %q", name, res2, p2.Reason)
		}
	}
	if n := e.submitterNonce(t); n != 1 {
		t.Fatalf("submitter sent %d transactions, want 1", n)
	}
}

// TestEthSignAndRawApprovals builds the step from playbook params (so no
// local owner key); two approvals bring the signatures, one eth_sign style
// (v 31/32), one a raw secp256k1 signature (v 0/1).
func TestEthSignAndRawApprovals(t *testing.T) {
	e := setup(t, true)
	ctx := context.Background()
	var n yaml.Node
	params := fmt.Sprintf("{safe: %q, contract: LendingPool, function: pause(), signer: responder}", e.safe.Hex())
	if err := yaml.Unmarshal([]byte(params), &n); err != nil {
		t.Fatal(err)
	}
	mon := &config.Monitor{Name: "pool", Contracts: []config.Contract{{Name: "LendingPool", Address: e.proto.LendingPool.Hex()}}}
	f := safeaction.Factory()
	if err := f.Check(n.Content[0], respond.CheckEnv{Monitor: mon}); err != nil {
		t.Fatal(err)
	}
	tm := txmgr.New("dev", e.chain.ChainID(), e.client, signer.NewKey(e.submitter.Key), e.txs, nil)
	a, err := f.New(n.Content[0], respond.BuildEnv{Chain: "dev", ChainID: e.chain.ChainID(), Monitor: mon, Caller: e.client,
		Sender: func(name string) (respond.Sender, error) {
			if name != "responder" {
				return nil, fmt.Errorf("no signer %q", name)
			}
			return tm, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := a.Plan(ctx, nil, "inc-2/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	h := e.safeTxHash(0)
	first := respond.Approval{Mode: respond.ApprovalHuman, Signatures: []respond.Signature{ethSignApproval(t, e.owners[2], h, "carol")}}
	if reason := wantAwaiting(t)(a.Execute(ctx, plan, first, nil)); !strings.Contains(reason, "1 of 2") {
		t.Fatalf("eth_sign signature not counted: %q", reason)
	}
	raw := approval(t, e.owners[0], h, "alice")
	raw.Data[64] -= 27
	both := respond.Approval{Mode: respond.ApprovalHuman, Signatures: append(first.Signatures, raw)}
	res, err := a.Execute(ctx, plan, both, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || !res.Contained || !e.paused(t) {
		t.Fatalf("result %+v, paused %v", res, e.paused(t))
	}
}

func TestParamsNameWhatIsWrong(t *testing.T) {
	f := safeaction.Factory()
	for params, want := range map[string]string{
		"{contract: X, function: pause(), signer: s}":                                   "safe: required",
		"{safe: '0x01', function: pause(), signer: s}":                                  "contract: required",
		"{safe: '0x01', contract: X, function: pause()}":                                "signer: required",
		"{safe: '0x01', contract: X, signer: s}":                                        "exactly one",
		"{safe: '0x01', contract: X, function: pause(), data: '0x8456cb59', signer: s}": "exactly one",
		"{safe: '0x01', contract: X, function: 'pause(uint256)', signer: s}":            "without arguments",
		"{safe: '0x01', contract: X, data: '0x12', signer: s}":                          "4-byte selector",
		"{safe: '0x01', contract: X, function: pause(), signer: s, to: y}":              "field to not found",
	} {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(params), &n); err != nil {
			t.Fatal(err)
		}
		err := f.Check(n.Content[0], respond.CheckEnv{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want it to say %q", params, err, want)
		}
	}
	// With the monitor known, names must resolve.
	var n yaml.Node
	_ = yaml.Unmarshal([]byte("{safe: Treasury, contract: LendingPool, function: pause(), signer: s}"), &n)
	mon := &config.Monitor{Name: "pool", Contracts: []config.Contract{{Name: "LendingPool", Address: "0x0000000000000000000000000000000000000001"}}}
	if err := f.Check(n.Content[0], respond.CheckEnv{Monitor: mon}); err == nil || !strings.Contains(err.Error(), `"Treasury"`) {
		t.Errorf("unknown Safe name: %v", err)
	}
}

// TestNonceTakenByAnotherSafeTransaction: owners execute something else at
// the pinned nonce; the step rebuilds at the next nonce, says so, and
// signatures over the old hash no longer count.
func TestNonceTakenByAnotherSafeTransaction(t *testing.T) {
	e := setup(t, true)
	ctx := context.Background()
	const key = "inc-3/pb/0"
	a := e.action(t, safeaction.NewMemoryPins(), e.owners[0])
	if _, err := a.Plan(ctx, nil, key); err != nil {
		t.Fatal(err)
	}
	old := e.safeTxHash(0)

	// Another Safe transaction (a no-op call to the outsider) takes nonce 0.
	other := safe.Tx{To: e.outsider.Address(), Nonce: 0}
	oh := safe.Hash(e.chain.ChainID(), e.safe, other)
	var sigs []safe.Signature
	for _, k := range e.owners[1:] {
		ds, _ := k.SignDigest(ctx, oh)
		sigs = append(sigs, safe.Signature{Owner: k.Address(), Sig: ds.Sig})
	}
	packed, err := safe.Pack(sigs, 2)
	if err != nil {
		t.Fatal(err)
	}
	tm := txmgr.New("dev", e.chain.ChainID(), e.client, e.outsider, e.txs, nil)
	if r, err := tm.Send(ctx, txmgr.Request{Key: "other", To: e.safe, Data: safe.ExecData(other, packed)}, nil); err != nil || r.Receipt.Status != 1 {
		t.Fatalf("other Safe transaction: %v", err)
	}

	plan, err := a.Plan(ctx, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	fresh := e.safeTxHash(1)
	if !strings.Contains(plan.Description, fresh.Hex()) || !strings.Contains(plan.Reason, "used by another transaction") {
		t.Fatalf("plan after the nonce moved: %+v", plan)
	}
	stale := respond.Approval{Signatures: []respond.Signature{approval(t, e.owners[1], old, "bob")}}
	reason := wantAwaiting(t)(a.Execute(ctx, plan, stale, nil))
	if !strings.Contains(reason, "1 of 2") || !strings.Contains(reason, "not to the claimed signer") {
		t.Fatalf("stale signature: %q", reason)
	}
	ok := respond.Approval{Signatures: []respond.Signature{approval(t, e.owners[1], fresh, "bob")}}
	if res, err := a.Execute(ctx, plan, ok, nil); err != nil || !res.Verified {
		t.Fatalf("execute at nonce 1: %+v, %v", res, err)
	}
}

func TestSafeWithoutRoleFailsInPlan(t *testing.T) {
	e := setup(t, false)
	_, err := e.action(t, nil, e.owners[0]).Plan(context.Background(), nil, "inc-4/pb/0")
	if err == nil || !strings.Contains(err.Error(), "AccessControlUnauthorizedAccount") {
		t.Fatalf("plan for a Safe without PAUSER_ROLE: %v", err)
	}
}

func TestConfigNamesWhatIsMissing(t *testing.T) {
	_, err := safeaction.New(safeaction.Config{})
	if err == nil {
		t.Fatal("empty config accepted")
	}
	for _, s := range []string{"chain ID", "Safe address", "call target", "node", "sender"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not name %s", err, s)
		}
	}
}

// memTxStore keeps the transaction manager's records in memory.
type memTxStore struct {
	mu   sync.Mutex
	recs map[string]txmgr.Record
}

func newMemTxStore() *memTxStore { return &memTxStore{recs: map[string]txmgr.Record{}} }

func (m *memTxStore) Tx(_ context.Context, key string) (*txmgr.Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.recs[key]; ok {
		return &r, nil
	}
	return nil, nil
}

func (m *memTxStore) SaveTx(_ context.Context, r *txmgr.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.recs[r.Key] = *r
	return nil
}

func (m *memTxStore) OpenTxs(_ context.Context, chain string, from common.Address) ([]txmgr.Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []txmgr.Record
	for _, r := range m.recs {
		if r.Chain == chain && r.From == from && (r.State == txmgr.StateSigned || r.State == txmgr.StateBroadcast) {
			out = append(out, r)
		}
	}
	return out, nil
}
