package respond_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/warden-dev/warden/respond/action/safeaction"
	"github.com/warden-dev/warden/safe"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/pause"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// env is a real chain with the demo protocol deployed, a fresh store and
// incident manager, and two accounts of the test's own: pauser holds
// PAUSER_ROLE on the pool, stranger holds nothing. The chain and the
// protocol are shared by the package's tests (deploying takes most of a
// test's time); every test starts with the pool unpaused.
type env struct {
	chain    *devchain.Chain
	client   *ethclient.Client
	proto    *demoprotocol.Protocol
	store    *sqlite.Store
	inc      *incident.Manager
	admin    devchain.Account
	pauser   devchain.Account
	stranger devchain.Account
	// broadcast counts transactions handed to the node through the
	// responder's transaction managers.
	broadcast *countingClient
}

var shared struct {
	once   sync.Once
	chain  *devchain.Chain
	client *ethclient.Client
	proto  *demoprotocol.Protocol
	err    error
	next   atomic.Int32 // next unused account
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.chain != nil {
		shared.client.Close()
		shared.chain.Close()
	}
	os.Exit(code)
}

func setup(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	shared.once.Do(func() {
		if shared.chain, shared.err = devchain.Start(ctx, devchain.Config{Accounts: 64}); shared.err != nil {
			return
		}
		if shared.client, shared.err = ethclient.DialContext(ctx, shared.chain.HTTPURL()); shared.err != nil {
			return
		}
		shared.proto, shared.err = demoprotocol.Deploy(ctx, shared.client, shared.chain.Accounts()[0].Key, demoprotocol.DefaultParams())
		shared.next.Store(1)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	accts := shared.chain.Accounts()
	i := int(shared.next.Add(2))
	if i > len(accts) {
		t.Fatal("the shared chain ran out of accounts; raise Accounts")
	}
	e := &env{chain: shared.chain, client: shared.client, proto: shared.proto, admin: accts[0], pauser: accts[i-2], stranger: accts[i-1],
		broadcast: &countingClient{Client: shared.client}}
	if err := e.proto.GrantPauser(ctx, e.client, e.admin.Key, e.pauser.Address); err != nil {
		t.Fatal(err)
	}
	if paused, err := e.proto.Paused(ctx, e.client); err != nil {
		t.Fatal(err)
	} else if paused {
		if err := e.proto.Unpause(ctx, e.client, e.admin.Key); err != nil {
			t.Fatal(err)
		}
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.store, e.inc = st, incident.NewManager(st, time.Hour, nil)
	return e
}

// openIncident stores an alert and groups it into an incident.
func (e *env) openIncident(t *testing.T, fp string, sev alert.Severity, confidence float64, attacker common.Address) *incident.Incident {
	t.Helper()
	ctx := context.Background()
	a := alert.Alert{Fingerprint: fp, Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockNumber: 1, BlockTime: time.Now(),
		TxHash: common.HexToHash("0x01"), From: attacker, Severity: sev, Confidence: confidence, Title: "attack " + fp, Status: alert.StatusProvisional,
		Labels: map[string]string{"kind": "flash_loan", "contract": e.proto.LendingPool.Hex()}}
	if _, err := e.store.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	changed, err := e.inc.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	return changed[0]
}

func (e *env) critical(t *testing.T, fp string) *incident.Incident {
	return e.openIncident(t, fp, alert.SeverityCritical, 0.9, common.HexToAddress("0xbad"))
}

// countingClient counts broadcasts and can fail the first ones, as a crash
// between storing a signed transaction and sending it would leave things.
type countingClient struct {
	*ethclient.Client
	failures atomic.Int32
	sent     atomic.Int32
}

func (f *countingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.failures.Add(-1) >= 0 {
		return errors.New("connection reset (simulated)")
	}
	f.sent.Add(1)
	return f.Client.SendTransaction(ctx, tx)
}

// The config every test builds its playbooks from, through the registry,
// as the daemon does.
const configTemplate = `
chains: [{name: dev, chain_id: 1337, endpoints: [{url: "http://127.0.0.1:8545"}]}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors: [{kind: flash_loan}]
    playbooks: [%s]
users:
  - {name: alice, roles: [approver], token: env:T_ALICE}
  - {name: bob, roles: [approver, responder], token: env:T_BOB}
  - {name: carol, roles: [approver], token: env:T_CAROL}
  - {name: mallory, roles: [viewer], token: env:T_MALLORY}
signers:
  - {name: pauser, key: env:K_PAUSER}
  - {name: stranger, key: env:K_STRANGER}
playbooks:
%s`

var (
	alice   = respond.User{Name: "alice", Roles: []string{"approver"}}
	bob     = respond.User{Name: "bob", Roles: []string{"approver", "responder"}}
	carol   = respond.User{Name: "carol", Roles: []string{"approver"}}
	mallory = respond.User{Name: "mallory", Roles: []string{"viewer"}}
)

// extra holds test step kinds a test adds to the registry.
type extra struct {
	factories []respond.ActionFactory
	opts      respond.Options
}

// responder builds the playbooks of a YAML snippet for monitor "pool" and
// a responder over the env's store; a second call is a restart.
func (e *env) responder(t *testing.T, playbooksYAML string, x extra) *respond.Responder {
	t.Helper()
	var names []string
	var pbs []map[string]any
	if err := yaml.Unmarshal([]byte(playbooksYAML), &pbs); err != nil {
		t.Fatal(err)
	}
	for _, pb := range pbs {
		names = append(names, pb["name"].(string))
	}
	indented := "  " + strings.ReplaceAll(strings.TrimSpace(playbooksYAML), "\n", "\n  ")
	cfg, err := config.Parse([]byte(fmt.Sprintf(configTemplate, e.proto.LendingPool.Hex(), strings.Join(names, ", "), indented)))
	if err != nil {
		t.Fatal(err)
	}
	reg := respond.NewRegistry(append([]respond.ActionFactory{pauseFactory()}, x.factories...)...)
	if err := cfg.Validate(&config.Plugins{Detectors: map[string]config.ParamsCheck{"flash_loan": func(*config.Monitor, *yaml.Node) error { return nil }}, Actions: reg.ConfigChecks()}); err != nil {
		t.Fatalf("config: %v", err)
	}
	senders := map[string]respond.Sender{
		"pauser":   txmgr.New("dev", e.chain.ChainID(), e.broadcast, signer.NewKey(e.pauser.Key), e.store, nil),
		"stranger": txmgr.New("dev", e.chain.ChainID(), e.broadcast, signer.NewKey(e.stranger.Key), e.store, nil),
	}
	built, err := reg.MonitorPlaybooks(cfg, respond.BuildEnv{Chain: "dev", ChainID: e.chain.ChainID(), Monitor: &cfg.Monitors[0], Caller: e.client,
		Sender: func(name string) (respond.Sender, error) {
			s, ok := senders[name]
			if !ok {
				return nil, fmt.Errorf("no signer %q", name)
			}
			return s, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	return respond.New(map[string][]respond.Playbook{"pool": built}, e.store, e.inc, x.opts)
}

// pauseFactory builds the pause action from {contract, signer}.
func pauseFactory() respond.ActionFactory {
	type params struct {
		Contract string `yaml:"contract"`
		Signer   string `yaml:"signer"`
	}
	return respond.ActionFactory{Kind: "pause",
		Check: func(n *yaml.Node, _ respond.CheckEnv) error { var p params; return config.DecodeStrict(n, &p) },
		New: func(n *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			var p params
			if err := config.DecodeStrict(n, &p); err != nil {
				return nil, err
			}
			addr, _, ok := env.Target(p.Contract)
			if !ok {
				return nil, fmt.Errorf("contract %q not found", p.Contract)
			}
			s, err := env.Sender(p.Signer)
			if err != nil {
				return nil, err
			}
			return &pause.Action{Chain: env.Chain, Target: addr, Name: p.Contract, Caller: env.Caller, Sender: s}, nil
		}}
}

const autoPause = `
- name: pause
  trigger: {min_severity: critical, detectors: [flash_loan], contracts: [LendingPool], chains: [dev]}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`

func (e *env) nonce(t *testing.T, a devchain.Account) uint64 {
	t.Helper()
	n, err := e.client.NonceAt(context.Background(), a.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) paused(t *testing.T) bool {
	t.Helper()
	p, err := e.proto.Paused(context.Background(), e.client)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (e *env) timeline(t *testing.T, id string) []incident.Entry {
	t.Helper()
	tl, err := e.store.Timeline(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatal(err)
	}
	return tl
}

// entry returns the first timeline entry of kind containing all of subs.
func (e *env) entry(t *testing.T, id, kind string, subs ...string) *incident.Entry {
	t.Helper()
	for _, en := range e.timeline(t, id) {
		if kind != "" && en.Kind != kind {
			continue
		}
		ok := true
		for _, s := range subs {
			ok = ok && strings.Contains(en.Message, s)
		}
		if ok {
			return &en
		}
	}
	return nil
}

func (e *env) mustEntry(t *testing.T, id, kind string, subs ...string) {
	t.Helper()
	if e.entry(t, id, kind, subs...) == nil {
		var b strings.Builder
		for _, en := range e.timeline(t, id) {
			fmt.Fprintf(&b, "  [%s] %s: %s\n", en.Kind, en.Actor, en.Message)
		}
		t.Fatalf("no %q timeline entry containing %q; timeline:\n%s", kind, subs, b.String())
	}
}

func (e *env) step(t *testing.T, inc *incident.Incident, pb string, i int) *respond.StepRecord {
	t.Helper()
	rec, err := e.store.Step(context.Background(), respond.StepKey(inc.ID, pb, i))
	if err != nil {
		t.Fatal(err)
	}
	if rec == nil {
		return &respond.StepRecord{}
	}
	return rec
}

func (e *env) status(t *testing.T, inc *incident.Incident) *incident.Incident {
	t.Helper()
	got, err := e.store.Incident(context.Background(), inc.ID)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func (e *env) onlyRequest(t *testing.T, r *respond.Responder) respond.ActionRequest {
	t.Helper()
	qs, err := r.ActionRequests(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 {
		t.Fatalf("%d open action requests, want 1: %+v", len(qs), qs)
	}
	return qs[0]
}

func TestAutoPauseEndToEnd(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "a1")
	r := e.responder(t, autoPause, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) {
		t.Fatal("pool not paused")
	}
	if got := e.status(t, inc); got.Status != incident.StatusContained {
		t.Fatalf("status %s, want contained", got.Status)
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "planned and simulated", "pause()")
	e.mustEntry(t, inc.ID, incident.EntryAction, "broadcast")
	e.mustEntry(t, inc.ID, incident.EntryAction, "paused() is true")
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepDone || s.TxHash == (common.Hash{}) {
		t.Fatalf("step %+v", s)
	}
	tl := e.timeline(t, inc.ID)

	// A second run sends and writes nothing.
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if n := e.nonce(t, e.pauser); n != 1 || e.broadcast.sent.Load() != 1 {
		t.Fatalf("pauser nonce %d, %d broadcasts; want 1 and 1", n, e.broadcast.sent.Load())
	}
	if tl2 := e.timeline(t, inc.ID); len(tl2) != len(tl) {
		t.Fatalf("second run added %d timeline entries", len(tl2)-len(tl))
	}
}

func TestTriggerNotMatchedDoesNothing(t *testing.T) {
	e := setup(t)
	inc := e.openIncident(t, "low", alert.SeverityHigh, 0.9, common.HexToAddress("0xbad"))
	r := e.responder(t, autoPause, extra{})
	if err := r.Handle(context.Background(), inc); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("a high alert triggered a critical-only playbook")
	}
}

func TestResumeAfterFailedBroadcastSendsTheSameTransaction(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "a2")
	e.broadcast.failures.Store(1)
	r := e.responder(t, autoPause, extra{})
	if err := r.Handle(ctx, inc); err == nil {
		t.Fatal("first run should fail at broadcast")
	}
	key := respond.StepKey(inc.ID, "pause", 0)
	rec, err := e.store.Tx(ctx, key)
	if err != nil || rec == nil {
		t.Fatalf("stored tx after failed broadcast: %+v %v", rec, err)
	}
	r2 := e.responder(t, autoPause, extra{}) // restart over the same store
	if err := r2.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepDone {
		t.Fatalf("step %+v, want done", s)
	}
	if n := e.nonce(t, e.pauser); n != 1 {
		t.Fatalf("pauser sent %d transactions, want 1", n)
	}
}

func TestRevertIsNotSentAndTheReasonIsOnTheTimeline(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "a3")
	r := e.responder(t, `
- name: pause
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: stranger}
`, extra{})
	err := r.Handle(ctx, inc)
	if err == nil || !strings.Contains(err.Error(), "lacks the pauser role") {
		t.Fatalf("err = %v, want the decoded reason", err)
	}
	if n := e.nonce(t, e.stranger); n != 0 {
		t.Fatal("a transaction was sent despite the failed simulation")
	}
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepFailed {
		t.Fatalf("step %+v, want failed", s)
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "failed; nothing was sent", "lacks the pauser role")
}

func TestAlreadyPausedIsNoop(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	if err := e.proto.Pause(ctx, e.client, e.admin.Key); err != nil {
		t.Fatal(err)
	}
	inc := e.critical(t, "a4")
	r := e.responder(t, autoPause, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if n := e.nonce(t, e.pauser); n != 0 {
		t.Fatal("sent a pause to a paused contract")
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "nothing to do", "already paused")
}

func TestLowConfidenceWaitsForApproval(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.openIncident(t, "c1", alert.SeverityCritical, 0.5, common.HexToAddress("0xbad"))
	r := e.responder(t, `
- name: pause
  mode: auto
  min_confidence: 0.8
  approvals: {required: 1, role: approver}
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("paused below the confidence threshold")
	}
	q := e.onlyRequest(t, r)
	if q.State != respond.RequestPending || !strings.Contains(q.Reason, "0.50 is below") || len(q.Plans) != 1 || !strings.Contains(q.Plans[0].Description, "pause()") {
		t.Fatalf("request %+v", q)
	}
	e.mustEntry(t, inc.ID, respond.EntryApproval, q.ID, "waits for 1 approval(s)", "pause()")
	got, err := r.Approve(ctx, q.ID, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) || got.State != respond.RequestApproved || len(got.Steps) != 1 || got.Steps[0].State != respond.StepDone {
		t.Fatalf("after approval: paused=%v request %+v", e.paused(t), got)
	}
}

const twoOfThree = `
- name: pause
  mode: approval
  approvals: {required: 2, role: approver}
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`

func TestTwoOfThreeApprovals(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "q1")
	r := e.responder(t, twoOfThree, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	q := e.onlyRequest(t, r)
	if _, err := r.Approve(ctx, q.ID, alice, nil); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("one approval of two was enough")
	}
	if _, err := r.Approve(ctx, q.ID, alice, nil); !errors.Is(err, respond.ErrConflict) {
		t.Fatalf("alice approving twice: %v, want conflict", err)
	}
	if _, err := r.Approve(ctx, q.ID, mallory, nil); !errors.Is(err, respond.ErrForbidden) || !strings.Contains(err.Error(), "approver") {
		t.Fatalf("approval without the role: %v, want forbidden", err)
	}
	e.mustEntry(t, inc.ID, respond.EntryApproval, "mallory REFUSED", "approver role")
	if e.paused(t) {
		t.Fatal("the refused approval counted")
	}
	// Handling the incident again meanwhile changes nothing.
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	got, err := r.Approve(ctx, q.ID, bob, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) || e.nonce(t, e.pauser) != 1 {
		t.Fatal("two approvals did not pause the pool once")
	}
	if got.State != respond.RequestApproved || got.Approvals() != 2 {
		t.Fatalf("request %+v", got)
	}
	if s := e.status(t, inc); s.Status != incident.StatusContained {
		t.Fatalf("status %s", s.Status)
	}
	e.mustEntry(t, inc.ID, respond.EntryApproval, "approved by bob (2 of 2)", "alice, bob")
	if _, err := r.Approve(ctx, q.ID, carol, nil); !errors.Is(err, respond.ErrConflict) {
		t.Fatalf("approving a done request: %v", err)
	}
}

func TestRejectCancels(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "r1")
	r := e.responder(t, twoOfThree, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	q := e.onlyRequest(t, r)
	if _, err := r.Approve(ctx, q.ID, alice, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Reject(ctx, q.ID, bob, ""); !errors.Is(err, respond.ErrBadInput) {
		t.Fatalf("reject without a reason: %v", err)
	}
	if _, err := r.Reject(ctx, q.ID, mallory, "no"); !errors.Is(err, respond.ErrForbidden) {
		t.Fatalf("reject without the role: %v", err)
	}
	got, err := r.Reject(ctx, q.ID, bob, "false positive: it is our own rebalancer")
	if err != nil {
		t.Fatal(err)
	}
	if got.State != respond.RequestRejected {
		t.Fatalf("state %s", got.State)
	}
	if _, err := r.Approve(ctx, q.ID, carol, nil); !errors.Is(err, respond.ErrConflict) {
		t.Fatalf("approving a rejected request: %v", err)
	}
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("a rejected action ran")
	}
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepRejected {
		t.Fatalf("step %+v", s)
	}
	e.mustEntry(t, inc.ID, respond.EntryApproval, "REJECTED by bob", "own rebalancer")
}

func TestDryRunSendsNothing(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "d1")
	r := e.responder(t, `
- name: pause
  dry_run: true
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 || e.broadcast.sent.Load() != 0 {
		t.Fatal("a dry run sent something")
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "Dry run", "NOT sent", "pause()", "simulation: eth_call from "+e.pauser.Address.Hex()+" succeeded", "it would be sent")
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepPlanned {
		t.Fatalf("step %+v", s)
	}
	n := len(e.timeline(t, inc.ID))
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if len(e.timeline(t, inc.ID)) != n {
		t.Fatal("a dry run planned the same step twice")
	}
}

func TestKillSwitchBlocksSending(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "k1")
	r := e.responder(t, autoPause, extra{})
	if _, err := r.SetKillSwitch(ctx, true, alice); !errors.Is(err, respond.ErrForbidden) {
		t.Fatalf("kill switch by a user without the responder role: %v", err)
	}
	if ks, err := r.SetKillSwitch(ctx, true, bob); err != nil || !ks.On {
		t.Fatalf("kill switch on: %+v %v", ks, err)
	}
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("sent with the kill switch on")
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "NOT sent: the kill switch is on")
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepBlocked {
		t.Fatalf("step %+v", s)
	}
	// The switch is stored: a restarted responder still sees it on, and
	// does not record the block again.
	n := len(e.timeline(t, inc.ID))
	var resumed atomic.Int32
	r = e.responder(t, autoPause, extra{opts: respond.Options{Resume: func() { resumed.Add(1) }}})
	if ks, _ := r.KillSwitch(ctx); !ks.On || ks.By != "bob" {
		t.Fatalf("after restart: %+v", ks)
	}
	if err := r.Handle(ctx, inc); err != nil || len(e.timeline(t, inc.ID)) != n || e.paused(t) {
		t.Fatalf("second run with the switch on: err=%v entries %d -> %d", err, n, len(e.timeline(t, inc.ID)))
	}
	if _, err := r.SetKillSwitch(ctx, false, bob); err != nil {
		t.Fatal(err)
	}
	// Lifting the switch asks the daemon to run held-back steps now.
	if resumed.Load() != 1 {
		t.Fatalf("Resume called %d times after the switch was lifted, want 1", resumed.Load())
	}
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) {
		t.Fatal("not paused once the switch was off")
	}

	// Set in the config, the switch cannot be lifted through the API.
	cr := e.responder(t, autoPause, extra{opts: respond.Options{KillSwitch: true}})
	if _, err := cr.SetKillSwitch(ctx, false, bob); !errors.Is(err, respond.ErrConflict) {
		t.Fatalf("lifting the config's kill switch: %v", err)
	}
	if ks, _ := cr.KillSwitch(ctx); !ks.On || ks.Source != "config" {
		t.Fatalf("config kill switch: %+v", ks)
	}
}

func TestAllowlistRefuses(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "l1")
	r := e.responder(t, `
- name: pause
  allowlist: {contracts: [LendingPool], functions: ["unpause()"]}
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{})
	err := r.Handle(ctx, inc)
	if err == nil || !strings.Contains(err.Error(), "allowlist") {
		t.Fatalf("err = %v", err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 0 {
		t.Fatal("the allowlist did not stop the pause")
	}
	e.mustEntry(t, inc.ID, incident.EntryAction, "REFUSED by the allowlist", "0x8456cb59", "unpause()")
	if s := e.step(t, inc, "pause", 0); s.State != respond.StepRefused {
		t.Fatalf("step %+v", s)
	}
	// The same allowlist with pause() in it lets it through.
	inc2 := e.openIncident(t, "l2", alert.SeverityCritical, 1, common.HexToAddress("0xbad2"))
	r2 := e.responder(t, `
- name: pause2
  allowlist: {contracts: [LendingPool], functions: ["pause()"]}
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{})
	if err := r2.Handle(ctx, inc2); err != nil || !e.paused(t) {
		t.Fatalf("allowed pause: err=%v paused=%v", err, e.paused(t))
	}
}

func TestRateLimitRefuses(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	pb := `
- name: pause
  max_actions_per_hour: 1
  trigger: {min_severity: critical}
  steps:
    - {kind: pause, contract: LendingPool, signer: pauser}
`
	r := e.responder(t, pb, extra{})
	first := e.openIncident(t, "rl1", alert.SeverityCritical, 1, common.HexToAddress("0xa1"))
	if err := r.Handle(ctx, first); err != nil || !e.paused(t) {
		t.Fatalf("first: %v", err)
	}
	if err := e.proto.Unpause(ctx, e.client, e.admin.Key); err != nil {
		t.Fatal(err)
	}
	// The count is in the store: a restart does not reset it.
	r = e.responder(t, pb, extra{})
	second := e.openIncident(t, "rl2", alert.SeverityCritical, 1, common.HexToAddress("0xa2"))
	err := r.Handle(ctx, second)
	if err == nil || !strings.Contains(err.Error(), "rate limit") {
		t.Fatalf("err = %v", err)
	}
	if e.paused(t) || e.nonce(t, e.pauser) != 1 {
		t.Fatal("the rate limit let a second pause through")
	}
	e.mustEntry(t, second.ID, incident.EntryAction, "REFUSED by the rate limit", "max_actions_per_hour 1")
}

// probe is a test step kind that sends a real transaction (data to the
// pool, gas fixed so a reverting call is mined anyway) and then verifies
// that the pool is paused.
func probeFactory() respond.ActionFactory {
	type params struct {
		Data   string `yaml:"data"`
		Signer string `yaml:"signer"`
	}
	return respond.ActionFactory{Kind: "probe",
		Check: func(n *yaml.Node, _ respond.CheckEnv) error { var p params; return config.DecodeStrict(n, &p) },
		New: func(n *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			var p params
			if err := config.DecodeStrict(n, &p); err != nil {
				return nil, err
			}
			s, err := env.Sender(p.Signer)
			if err != nil {
				return nil, err
			}
			pool, _, _ := env.Target("LendingPool")
			return &probe{data: common.FromHex(p.Data), pool: pool, sender: s, caller: env.Caller}, nil
		}}
}

type probe struct {
	data   []byte
	pool   common.Address
	sender respond.Sender
	caller respond.Caller
}

func (p *probe) Plan(_ context.Context, _ *respond.Input, key string) (*respond.Plan, error) {
	return &respond.Plan{Key: key, Description: fmt.Sprintf("call 0x%x on the pool", p.data), To: p.pool, Data: p.data, From: p.sender.Signer(), Gas: 200_000}, nil
}

func (p *probe) Execute(ctx context.Context, plan *respond.Plan, _ respond.Approval, onBroadcast func(txmgr.Record)) (*respond.Result, error) {
	res, err := p.sender.Send(ctx, txmgr.Request{Key: plan.Key, To: plan.To, Data: plan.Data, Gas: plan.Gas}, onBroadcast)
	if err != nil {
		return nil, err
	}
	out := &respond.Result{TxHash: res.Receipt.TxHash, Block: res.Receipt.BlockNumber.Uint64()}
	if res.Receipt.Status != 1 {
		return out, fmt.Errorf("transaction %s reverted", res.Receipt.TxHash.Hex())
	}
	paused, err := pause.Paused(ctx, p.caller, p.pool, res.Receipt.BlockNumber)
	if err != nil {
		return out, err
	}
	out.Verified, out.Detail = paused, fmt.Sprintf("paused() is %v", paused)
	return out, nil
}

type escalations struct {
	mu      sync.Mutex
	reasons []string
}

func (s *escalations) Escalate(_ context.Context, inc *incident.Incident, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reasons = append(s.reasons, inc.ID+": "+reason)
	return nil
}

func TestVerificationFailureEscalates(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.openIncident(t, "v1", alert.SeverityHigh, 1, common.HexToAddress("0xbad"))
	esc := &escalations{}
	// paused() is a view: the transaction succeeds and changes nothing,
	// so the verification that the pool is paused fails.
	r := e.responder(t, `
- name: probe
  trigger: {min_severity: high}
  steps:
    - {kind: probe, data: "0x5c975abb", signer: pauser}
`, extra{factories: []respond.ActionFactory{probeFactory()}, opts: respond.Options{Escalator: esc}})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.nonce(t, e.pauser) != 1 {
		t.Fatal("the probe was not sent")
	}
	if s := e.step(t, inc, "probe", 0); s.State != respond.StepUnproven {
		t.Fatalf("step %+v", s)
	}
	e.mustEntry(t, inc.ID, respond.EntryEscalation, "did not take effect", "NOT verified", "paused() is false")
	e.mustEntry(t, inc.ID, incident.EntrySeverity, "raised from high to critical")
	if got := e.status(t, inc); got.Severity != alert.SeverityCritical || got.Status == incident.StatusContained {
		t.Fatalf("incident %+v", got)
	}
	if len(esc.reasons) != 1 || !strings.HasPrefix(esc.reasons[0], inc.ID) {
		t.Fatalf("escalator got %q", esc.reasons)
	}
}

func TestSentButRevertedEscalatesOnce(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "v2")
	esc := &escalations{}
	// pause() from an account without the role, with the gas fixed so it
	// is mined and reverts on chain.
	r := e.responder(t, `
- name: probe
  trigger: {min_severity: critical}
  steps:
    - {kind: probe, data: "0x8456cb59", signer: stranger}
`, extra{factories: []respond.ActionFactory{probeFactory()}, opts: respond.Options{Escalator: esc}})
	if err := r.Handle(ctx, inc); err == nil || !strings.Contains(err.Error(), "reverted") {
		t.Fatalf("err = %v", err)
	}
	if s := e.step(t, inc, "probe", 0); s.State != respond.StepEscalated {
		t.Fatalf("step %+v", s)
	}
	e.mustEntry(t, inc.ID, respond.EntryEscalation, "sent transaction", "reverted")
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if e.nonce(t, e.stranger) != 1 || len(esc.reasons) != 1 {
		t.Fatalf("second run: nonce %d, escalations %d; want 1 and 1", e.nonce(t, e.stranger), len(esc.reasons))
	}
}

func TestRestartWithPendingApproval(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "s1")
	r1 := e.responder(t, twoOfThree, extra{})
	if err := r1.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	q := e.onlyRequest(t, r1)
	if _, err := r1.Approve(ctx, q.ID, alice, nil); err != nil {
		t.Fatal(err)
	}
	// Restart: the request and alice's approval come back from the store,
	// and the daemon's start-up pass over open incidents asks nobody twice.
	r2 := e.responder(t, twoOfThree, extra{})
	if err := r2.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if q2 := e.onlyRequest(t, r2); q2.ID != q.ID || q2.Approvals() != 1 {
		t.Fatalf("after restart: %+v", q2)
	}
	if _, err := r2.Approve(ctx, q.ID, bob, nil); err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) {
		t.Fatal("the approval after restart did not run the step")
	}
	for _, r := range []*respond.Responder{r2, r1} {
		if err := r.Handle(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.nonce(t, e.pauser); n != 1 || e.broadcast.sent.Load() != 1 {
		t.Fatalf("nonce %d, broadcasts %d; want exactly one pause", n, e.broadcast.sent.Load())
	}
	if qs, _ := r2.ActionRequests(ctx, true); len(qs) != 0 {
		t.Fatalf("requests still open: %+v", qs)
	}
}

func TestApprovalStepGatesLaterSteps(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "g1")
	rec := &recorder{}
	r := e.responder(t, `
- name: gated
  trigger: {min_severity: critical}
  steps:
    - {kind: record, label: first}
    - {kind: approval, message: "pause the pool?", required: 1, role: approver}
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{factories: []respond.ActionFactory{rec.factory()}})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if got := rec.labels(); len(got) != 1 || got[0] != "first" || e.paused(t) {
		t.Fatalf("ran %v, paused=%v; want only the first step", got, e.paused(t))
	}
	q := e.onlyRequest(t, r)
	if q.Step != 1 || q.Reason != "pause the pool?" || len(q.Plans) != 1 || q.Plans[0].Step != 2 {
		t.Fatalf("request %+v", q)
	}
	if _, err := r.Approve(ctx, q.ID, carol, nil); err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) || len(rec.labels()) != 1 {
		t.Fatalf("after approval: paused=%v ran %v", e.paused(t), rec.labels())
	}
	if s := e.step(t, inc, "gated", 1); s.State != respond.StepDone || !strings.Contains(s.Detail, "carol") {
		t.Fatalf("gate step %+v", s)
	}
}

// recorder is a test step kind that records that it ran and can wait for
// a barrier (to prove steps run concurrently) or for signatures.
type recorder struct {
	mu  sync.Mutex
	ran []string
	// barrier, when set, makes every step wait until all parties arrive.
	barrier *barrier
	seen    []respond.Approval
}

type barrier struct {
	n       int
	arrived atomic.Int32
	all     chan struct{}
}

func (r *recorder) labels() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.ran...)
}

func (r *recorder) factory() respond.ActionFactory {
	type params struct {
		Label      string   `yaml:"label"`
		Signatures []string `yaml:"signatures"` // addresses whose signatures it waits for
	}
	return respond.ActionFactory{Kind: "record",
		Check: func(n *yaml.Node, _ respond.CheckEnv) error { var p params; return config.DecodeStrict(n, &p) },
		New: func(n *yaml.Node, _ respond.BuildEnv) (respond.Action, error) {
			var p params
			if err := config.DecodeStrict(n, &p); err != nil {
				return nil, err
			}
			a := &recordAction{r: r, label: p.Label}
			for _, s := range p.Signatures {
				a.signers = append(a.signers, common.HexToAddress(s))
			}
			return a, nil
		}}
}

type recordAction struct {
	r       *recorder
	label   string
	signers []common.Address
}

// digest is what signers sign for a record step.
func digest(key string) common.Hash { return crypto.Keccak256Hash([]byte("warden test " + key)) }

func (a *recordAction) Plan(_ context.Context, _ *respond.Input, key string) (*respond.Plan, error) {
	return &respond.Plan{Key: key, Description: "record " + a.label}, nil
}

func (a *recordAction) Execute(_ context.Context, p *respond.Plan, ok respond.Approval, _ func(txmgr.Record)) (*respond.Result, error) {
	a.r.mu.Lock()
	a.r.seen = append(a.r.seen, ok)
	a.r.mu.Unlock()
	if len(a.signers) > 0 {
		valid := map[common.Address]bool{}
		for _, s := range ok.Signatures {
			pub, err := crypto.SigToPub(digest(p.Key).Bytes(), s.Data)
			if err == nil && crypto.PubkeyToAddress(*pub) == s.Signer {
				valid[s.Signer] = true
			}
		}
		var missing []string
		for _, s := range a.signers {
			if !valid[s] {
				missing = append(missing, s.Hex())
			}
		}
		if len(missing) > 0 {
			return nil, &respond.AwaitingError{Reason: fmt.Sprintf("%d of %d signatures; missing %s", len(a.signers)-len(missing), len(a.signers), strings.Join(missing, ", "))}
		}
	}
	if b := a.r.barrier; b != nil {
		b.arrived.Add(1)
		if int(b.arrived.Load()) == b.n {
			close(b.all)
		}
		select {
		case <-b.all:
		case <-time.After(5 * time.Second):
			return nil, errors.New("barrier: the other parallel steps never started")
		}
	}
	a.r.mu.Lock()
	a.r.ran = append(a.r.ran, a.label)
	a.r.mu.Unlock()
	return &respond.Result{Verified: true, Detail: "recorded"}, nil
}

func TestParallelStepsRunConcurrently(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "p1")
	rec := &recorder{barrier: &barrier{n: 2, all: make(chan struct{})}}
	r := e.responder(t, `
- name: par
  trigger: {min_severity: critical}
  steps:
    - {kind: record, label: a, parallel: true}
    - {kind: record, label: b, parallel: true}
    - {kind: pause, contract: LendingPool, signer: pauser}
`, extra{factories: []respond.ActionFactory{rec.factory()}})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if got := rec.labels(); len(got) != 2 || !e.paused(t) {
		t.Fatalf("ran %v, paused=%v", got, e.paused(t))
	}
}

func TestSignaturesArriveWithApprovals(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.critical(t, "sig1")
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	a1, a2 := crypto.PubkeyToAddress(k1.PublicKey), crypto.PubkeyToAddress(k2.PublicKey)
	rec := &recorder{}
	r := e.responder(t, fmt.Sprintf(`
- name: cosign
  trigger: {min_severity: critical}
  steps:
    - {kind: record, label: signed, signatures: ["%s", "%s"]}
`, a1.Hex(), a2.Hex()), extra{factories: []respond.ActionFactory{rec.factory()}})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	q := e.onlyRequest(t, r)
	if q.Waiting == "" || !strings.Contains(q.Waiting, "0 of 2") {
		t.Fatalf("request %+v", q)
	}
	if s := e.step(t, inc, "cosign", 0); s.State != respond.StepAwaiting {
		t.Fatalf("step %+v", s)
	}
	key := respond.StepKey(inc.ID, "cosign", 0)
	sig := func(k *ecdsa.PrivateKey) *respond.Signature {
		s, err := crypto.Sign(digest(key).Bytes(), k)
		if err != nil {
			t.Fatal(err)
		}
		return &respond.Signature{Signer: crypto.PubkeyToAddress(k.PublicKey), Data: s}
	}
	if _, err := r.Approve(ctx, q.ID, alice, sig(k1)); err != nil {
		t.Fatal(err)
	}
	if got, _ := r.ActionRequest(ctx, q.ID); !strings.Contains(got.Waiting, "1 of 2") || len(rec.labels()) != 0 {
		t.Fatalf("after one signature: %+v ran %v", got, rec.labels())
	}
	if _, err := r.Approve(ctx, q.ID, bob, &respond.Signature{Signer: a2, Data: make([]byte, 10)}); !errors.Is(err, respond.ErrBadInput) {
		t.Fatalf("short signature: %v", err)
	}
	got, err := r.Approve(ctx, q.ID, bob, sig(k2))
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.labels()) != 1 || got.Waiting != "" || got.Steps[0].State != respond.StepDone {
		t.Fatalf("after two signatures: ran %v, request %+v", rec.labels(), got)
	}
	last := rec.seen[len(rec.seen)-1]
	if last.Mode != respond.ApprovalHuman || len(last.Signatures) != 2 || last.Signatures[1].By != "bob" || strings.Join(last.By, ",") != "alice,bob" {
		t.Fatalf("approval handed to the action: %+v", last)
	}
}

// TestTwoIncidentsAtOnceOnOneSigner: two protocols, one pauser key, two
// incidents handled at the same moment. Both pauses must be mined with
// distinct nonces; neither may wait for, or collide with, the other.
func TestTwoIncidentsAtOnceOnOneSigner(t *testing.T) {
	e := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	second, err := demoprotocol.Deploy(ctx, e.client, e.admin.Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := second.GrantPauser(ctx, e.client, e.admin.Key, e.pauser.Address); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse([]byte(fmt.Sprintf(`
chains: [{name: dev, chain_id: 1337, endpoints: [{url: "http://127.0.0.1:8545"}]}]
monitors:
  - {name: pool, chain: dev, contracts: [{name: LendingPool, address: "%s"}], detectors: [{kind: flash_loan}], playbooks: [pause]}
  - {name: pool2, chain: dev, contracts: [{name: LendingPool, address: "%s"}], detectors: [{kind: flash_loan}], playbooks: [pause]}
signers:
  - {name: pauser, key: env:K_PAUSER}
playbooks:
  - name: pause
    trigger: {min_severity: critical}
    steps:
      - {kind: pause, contract: LendingPool, signer: pauser}
`, e.proto.LendingPool.Hex(), second.LendingPool.Hex())))
	if err != nil {
		t.Fatal(err)
	}
	reg := respond.NewRegistry(pauseFactory())
	if err := cfg.Validate(&config.Plugins{Detectors: map[string]config.ParamsCheck{"flash_loan": func(*config.Monitor, *yaml.Node) error { return nil }}, Actions: reg.ConfigChecks()}); err != nil {
		t.Fatalf("config: %v", err)
	}
	// One transaction manager per (chain, signer), shared by both monitors,
	// exactly as the daemon builds it.
	tm := txmgr.New("dev", e.chain.ChainID(), e.broadcast, signer.NewKey(e.pauser.Key), e.store, nil)
	books := map[string][]respond.Playbook{}
	for i := range cfg.Monitors {
		m := &cfg.Monitors[i]
		built, err := reg.MonitorPlaybooks(cfg, respond.BuildEnv{Chain: "dev", ChainID: e.chain.ChainID(), Monitor: m, Caller: e.client,
			Sender: func(string) (respond.Sender, error) { return tm, nil }})
		if err != nil {
			t.Fatal(err)
		}
		books[m.Name] = built
	}
	r := respond.New(books, e.store, e.inc, respond.Options{})

	var incs []*incident.Incident
	for i, mon := range []string{"pool", "pool2"} {
		a := alert.Alert{Fingerprint: "both-" + mon, Detector: "flash_loan", Monitor: mon, Chain: "dev", BlockNumber: 1, BlockTime: time.Now(),
			TxHash: common.BigToHash(big.NewInt(int64(100 + i))), From: common.BigToAddress(big.NewInt(int64(0xbad0 + i))),
			Severity: alert.SeverityCritical, Confidence: 0.9, Title: "attack on " + mon, Status: alert.StatusProvisional}
		if _, err := e.store.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
			t.Fatal(err)
		}
	}
	changed, err := e.inc.Process(ctx)
	if err != nil || len(changed) != 2 {
		t.Fatalf("process: %d incidents, %v", len(changed), err)
	}
	incs = changed
	errs := make(chan error, 2)
	for _, inc := range incs {
		go func() { errs <- r.Handle(ctx, inc) }()
	}
	for range incs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	nonces := map[uint64]bool{}
	for _, inc := range incs {
		s := e.step(t, inc, "pause", 0)
		if s.State != respond.StepDone {
			t.Fatalf("incident %s (%s): step %+v", inc.ID, inc.Monitor, s)
		}
		tx, _, err := e.client.TransactionByHash(ctx, s.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		nonces[tx.Nonce()] = true
		if got := e.status(t, inc); got.Status != incident.StatusContained {
			t.Errorf("incident %s: status %s, want contained", inc.Monitor, got.Status)
		}
	}
	if len(nonces) != 2 || e.nonce(t, e.pauser) != 2 {
		t.Fatalf("nonces used %v, account nonce %d: want two distinct nonces and exactly two transactions", nonces, e.nonce(t, e.pauser))
	}
	for _, p := range []*demoprotocol.Protocol{e.proto, second} {
		if paused, err := p.Paused(ctx, e.client); err != nil || !paused {
			t.Fatalf("pool %s paused=%v err=%v", p.LendingPool, paused, err)
		}
	}
}

// TestSafePlaybookTwoOfThree runs the whole Safe path through the engine:
// a 2-of-3 Safe holds PAUSER_ROLE; the playbook's safe step plans the Safe
// transaction and waits; owners' signatures arrive with two approvals
// (one raw, one eth_sign style); the second one executes execTransaction,
// paused() is verified and the incident is contained.
func TestSafePlaybookTwoOfThree(t *testing.T) {
	e := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dep, err := safe.Deploy(ctx, e.client, e.admin.Key)
	if err != nil {
		t.Fatal(err)
	}
	owners := make([]*signer.Key, 3)
	var addrs []common.Address
	for i := range owners {
		k, _ := crypto.GenerateKey()
		owners[i] = signer.NewKey(k)
		addrs = append(addrs, owners[i].Address())
	}
	safeAddr, err := dep.Create(ctx, e.client, e.admin.Key, addrs, 2, big.NewInt(time.Now().UnixNano()))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.proto.GrantPauser(ctx, e.client, e.admin.Key, safeAddr); err != nil {
		t.Fatal(err)
	}
	inc := e.critical(t, "safe1")
	r := e.responder(t, fmt.Sprintf(`
- name: multisig
  trigger: {min_severity: critical}
  steps:
    - {kind: safe, safe: "%s", contract: LendingPool, function: pause(), signer: pauser}
`, safeAddr.Hex()), extra{factories: []respond.ActionFactory{safeaction.Factory()}})
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	q := e.onlyRequest(t, r)
	m := regexp.MustCompile(`safeTxHash (0x[0-9a-fA-F]{64})`).FindStringSubmatch(q.Waiting)
	if m == nil || !strings.Contains(q.Waiting, "0 of 2") {
		t.Fatalf("request should wait for 2 Safe signatures and name the hash: %+v", q)
	}
	hash := common.HexToHash(m[1])
	sign := func(k *signer.Key, ethSign bool) *respond.Signature {
		d := hash
		if ethSign {
			d = common.BytesToHash(accounts.TextHash(hash.Bytes()))
		}
		s, err := k.SignDigest(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if ethSign {
			s.Sig[64] += 4 // Safe's marker for an eth_sign signature
		}
		return &respond.Signature{Signer: k.Address(), Data: s.Sig}
	}
	if _, err := r.Approve(ctx, q.ID, alice, sign(owners[0], false)); err != nil {
		t.Fatal(err)
	}
	if e.paused(t) {
		t.Fatal("paused with one of two signatures")
	}
	got, err := r.Approve(ctx, q.ID, bob, sign(owners[2], true))
	if err != nil {
		t.Fatal(err)
	}
	if !e.paused(t) {
		t.Fatalf("not paused after two owner signatures: %+v", got)
	}
	if s := e.step(t, inc, "multisig", 0); s.State != respond.StepDone {
		t.Fatalf("step %+v", s)
	}
	if st := e.status(t, inc); st.Status != incident.StatusContained {
		t.Fatalf("incident %s, want contained", st.Status)
	}
	e.mustEntry(t, inc.ID, "", "paused() is true")
}
