package respond_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/pause"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

type env struct {
	chain  *devchain.Chain
	client *ethclient.Client
	proto  *demoprotocol.Protocol
	store  *sqlite.Store
	inc    *incident.Manager
	pauser devchain.Account
}

func setup(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 3})
	p, err := demoprotocol.Deploy(ctx, client, c.Accounts()[0].Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	pauser := c.Accounts()[1]
	if err := p.GrantPauser(ctx, client, c.Accounts()[0].Key, pauser.Address); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &env{chain: c, client: client, proto: p, store: st, inc: incident.NewManager(st, time.Hour, nil), pauser: pauser}
}

// openIncident stores a critical alert and groups it.
func (e *env) openIncident(t *testing.T, fp string) *incident.Incident {
	t.Helper()
	ctx := context.Background()
	a := alert.Alert{Fingerprint: fp, Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockNumber: 1, BlockTime: time.Now(),
		TxHash: common.HexToHash("0x01"), From: common.HexToAddress("0xbad"), Severity: alert.SeverityCritical, Title: "attack", Status: alert.StatusProvisional}
	if _, err := e.store.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	changed, err := e.inc.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	return changed[0]
}

// flakyClient fails the first n broadcasts, as a crash between storing a
// signed transaction and sending it would leave things.
type flakyClient struct {
	*ethclient.Client
	failures atomic.Int32
	sent     atomic.Int32
}

func (f *flakyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.failures.Add(-1) >= 0 {
		return errors.New("connection reset (simulated)")
	}
	f.sent.Add(1)
	return f.Client.SendTransaction(ctx, tx)
}

func (e *env) responder(client txmgr.Client, signerKey *devchain.Account) *respond.Responder {
	tm := txmgr.New("dev", e.chain.ChainID(), client, signer.NewKey(signerKey.Key), e.store, nil)
	act := &pause.Action{Chain: "dev", Target: e.proto.LendingPool, Name: "LendingPool", Caller: e.client, Sender: tm}
	pbs := map[string][]respond.Playbook{"pool": {{Name: "pause", MinSeverity: alert.SeverityCritical, Steps: []respond.Step{{Kind: "pause", Target: "LendingPool", Action: act}}}}}
	return respond.New(pbs, e.store, e.inc, nil)
}

func TestPauseOnceThenNothing(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.openIncident(t, "a1")
	client := &flakyClient{Client: e.client}
	r := e.responder(client, &e.pauser)
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	paused, err := e.proto.Paused(ctx, e.client)
	if err != nil || !paused {
		t.Fatalf("paused=%v err=%v", paused, err)
	}
	got, _ := e.store.Incident(ctx, inc.ID)
	if got.Status != incident.StatusContained {
		t.Fatalf("status %s, want contained", got.Status)
	}
	nonce, _ := e.client.NonceAt(ctx, e.pauser.Address, nil)
	tl, _ := e.store.Timeline(ctx, inc.ID)

	// The second run for the same incident sends nothing and writes nothing.
	if err := r.Handle(ctx, got); err != nil {
		t.Fatal(err)
	}
	if n, _ := e.client.NonceAt(ctx, e.pauser.Address, nil); n != nonce || nonce != 1 {
		t.Fatalf("pauser nonce %d after second run, %d after first (want 1 and unchanged)", n, nonce)
	}
	if client.sent.Load() != 1 {
		t.Fatalf("%d transactions broadcast, want 1", client.sent.Load())
	}
	tl2, _ := e.store.Timeline(ctx, inc.ID)
	if len(tl2) != len(tl) {
		t.Fatalf("second run added %d timeline entries", len(tl2)-len(tl))
	}
	if err := incident.VerifyTimeline(tl2); err != nil {
		t.Fatal(err)
	}
}

func TestResumeAfterFailedBroadcastSendsTheSameTransaction(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.openIncident(t, "a2")
	client := &flakyClient{Client: e.client}
	client.failures.Store(1)
	r := e.responder(client, &e.pauser)
	if err := r.Handle(ctx, inc); err == nil {
		t.Fatal("first run should fail at broadcast")
	}
	key := respond.StepKey(inc.ID, "pause", 0)
	rec, err := e.store.Tx(ctx, key)
	if err != nil || rec == nil || rec.State != txmgr.StateSigned {
		t.Fatalf("stored tx after failed broadcast: %+v %v", rec, err)
	}
	// "Restart": a fresh responder over the same store.
	r2 := e.responder(client, &e.pauser)
	if err := r2.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	step, _ := e.store.Step(ctx, key)
	if step.State != respond.StepDone || step.TxHash != rec.Hash {
		t.Fatalf("step %+v, want done with the stored tx %s", step, rec.Hash)
	}
	if n, _ := e.client.NonceAt(ctx, e.pauser.Address, nil); n != 1 {
		t.Fatalf("pauser sent %d transactions, want 1", n)
	}
}

func TestSignerWithoutRoleFailsInSimulation(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	inc := e.openIncident(t, "a3")
	stranger := e.chain.Accounts()[2]
	r := e.responder(e.client, &stranger)
	err := r.Handle(ctx, inc)
	if err == nil {
		t.Fatal("a signer without PAUSER_ROLE paused the pool")
	}
	if want := "lacks the pauser role"; !contains(err.Error(), want) {
		t.Fatalf("error %q does not say %q", err, want)
	}
	if n, _ := e.client.NonceAt(ctx, stranger.Address, nil); n != 0 {
		t.Fatalf("a transaction was sent despite the failed simulation")
	}
	step, _ := e.store.Step(ctx, respond.StepKey(inc.ID, "pause", 0))
	if step == nil || step.State != respond.StepFailed {
		t.Fatalf("step %+v, want failed", step)
	}
}

func TestAlreadyPausedIsNoop(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	if err := e.proto.Pause(ctx, e.client, e.chain.Accounts()[0].Key); err != nil {
		t.Fatal(err)
	}
	inc := e.openIncident(t, "a4")
	r := e.responder(e.client, &e.pauser)
	if err := r.Handle(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if n, _ := e.client.NonceAt(ctx, e.pauser.Address, nil); n != 0 {
		t.Fatal("sent a pause to a paused contract")
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
