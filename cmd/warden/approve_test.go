package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/app"
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

// TestApproveRejectCLI drives a 2-of-3 pause through the CLI against a
// real API server over a responder on the embedded chain.
func TestApproveRejectCLI(t *testing.T) {
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2})
	admin, pauser := c.Accounts()[0], c.Accounts()[1]
	proto, err := demoprotocol.Deploy(ctx, client, admin.Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := proto.GrantPauser(ctx, client, admin.Key, pauser.Address); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mgr := incident.NewManager(st, time.Hour, nil)
	tm := txmgr.New("dev", c.ChainID(), client, signer.NewKey(pauser.Key), st, nil)
	pbs := map[string][]respond.Playbook{"pool": {{Name: "pause", Mode: respond.ModeApproval, Approvals: respond.Policy{Required: 2, Role: "approver"},
		Trigger: respond.Trigger{MinSeverity: alert.SeverityCritical},
		Steps:   []respond.Step{{Kind: "pause", Target: "LendingPool", Action: &pause.Action{Chain: "dev", Target: proto.LendingPool, Name: "LendingPool", Caller: client, Sender: tm}}}}}}
	r := respond.New(pbs, st, mgr, respond.Options{})
	open := func(fp string, attacker common.Address) *incident.Incident {
		a := alert.Alert{Fingerprint: fp, Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockTime: time.Now(), From: attacker,
			Severity: alert.SeverityCritical, Confidence: 1, Title: "attack", Status: alert.StatusProvisional}
		if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
			t.Fatal(err)
		}
		incs, err := mgr.Process(ctx)
		if err != nil || len(incs) != 1 {
			t.Fatalf("process: %v %v", incs, err)
		}
		if err := r.Handle(ctx, incs[0]); err != nil {
			t.Fatal(err)
		}
		return incs[0]
	}
	inc := open("c1", common.HexToAddress("0xbad"))

	tokens := map[string]string{"T_ALICE": "alice-token-0123456789", "T_BOB": "bob-token-0123456789ab", "T_MALLORY": "mallory-token-01234567"}
	for k, v := range tokens {
		t.Setenv(k, v)
	}
	users, err := api.NewUsers([]api.Credential{
		{Token: tokens["T_ALICE"], User: respond.User{Name: "alice", Roles: []string{"approver"}}},
		{Token: tokens["T_BOB"], User: respond.User{Name: "bob", Roles: []string{"approver", "responder"}}},
		{Token: tokens["T_MALLORY"], User: respond.User{Name: "mallory", Roles: []string{"viewer"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Response: r, Users: users}).Handler())
	defer srv.Close()

	t.Setenv("WARDEN_TOKEN", "")
	if _, _, err := runCLI("actions", "--api", srv.URL); err == nil || !strings.Contains(err.Error(), "no API token") {
		t.Fatalf("no token: %v", err)
	}
	out, _, err := runCLI("actions", "--api", srv.URL, "--token", "env:T_ALICE")
	if err != nil {
		t.Fatal(err)
	}
	id := respond.RequestID(respond.StepKey(inc.ID, "pause", 0))
	for _, want := range []string{id, "pending", "0 of 2 (approver)", inc.ID, "pause() on LendingPool", "simulation:"} {
		if !strings.Contains(out, want) {
			t.Fatalf("actions output lacks %q:\n%s", want, out)
		}
	}

	t.Setenv("WARDEN_TOKEN", tokens["T_ALICE"])
	if out, _, err = runCLI("approve", id, "--api", srv.URL); err != nil || !strings.Contains(out, "1 of 2") {
		t.Fatalf("alice approves: %v\n%s", err, out)
	}
	_, _, err = runCLI("approve", id, "--api", srv.URL, "--token", "env:T_MALLORY")
	if err == nil || !strings.Contains(err.Error(), "403") || !strings.Contains(err.Error(), "does not hold the approver role") {
		t.Fatalf("mallory approves: %v", err)
	}
	if _, _, err = runCLI("approve", id, "--api", srv.URL, "--signature", "0x12"); err == nil || !strings.Contains(err.Error(), "go together") {
		t.Fatalf("signature without signer: %v", err)
	}
	if paused, _ := proto.Paused(ctx, client); paused {
		t.Fatal("paused before the second approval")
	}
	out, _, err = runCLI("approve", id, "--api", srv.URL, "--token", "env:T_BOB")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "approved (2 of 2") || !strings.Contains(out, "step 0 (pause): done, tx 0x") {
		t.Fatalf("bob approves:\n%s", out)
	}
	if paused, _ := proto.Paused(ctx, client); !paused {
		t.Fatal("not paused after two approvals")
	}

	// A second incident's action, rejected.
	if err := proto.Unpause(ctx, client, admin.Key); err != nil {
		t.Fatal(err)
	}
	inc2 := open("c2", common.HexToAddress("0xbad2"))
	id2 := respond.RequestID(respond.StepKey(inc2.ID, "pause", 0))
	if _, _, err := runCLI("reject", id2, "--api", srv.URL); err == nil || !strings.Contains(err.Error(), "--reason is required") {
		t.Fatalf("reject without reason: %v", err)
	}
	out, _, err = runCLI("reject", id2, "--api", srv.URL, "--token", "env:T_BOB", "--reason", "drill")
	if err != nil || !strings.Contains(out, "rejected") || !strings.Contains(out, "step 0 (pause): rejected") {
		t.Fatalf("reject: %v\n%s", err, out)
	}
	if out, _, err = runCLI("actions", "--api", srv.URL); err != nil || !strings.Contains(out, "No action waits") {
		t.Fatalf("actions after all decided: %v\n%s", err, out)
	}
	if out, _, err = runCLI("actions", "--api", srv.URL, "--all"); err != nil || !strings.Contains(out, id) || !strings.Contains(out, id2) {
		t.Fatalf("actions --all: %v\n%s", err, out)
	}
	if n, _ := client.NonceAt(ctx, pauser.Address, nil); n != 1 {
		t.Fatalf("pauser sent %d transactions, want 1", n)
	}

	// Kill switch.
	if _, _, err := runCLI("kill-switch", "on", "--api", srv.URL); err == nil || !strings.Contains(err.Error(), "responder role") {
		t.Fatalf("kill switch by alice: %v", err)
	}
	if out, _, err = runCLI("kill-switch", "on", "--api", srv.URL, "--token", "env:T_BOB"); err != nil || !strings.Contains(out, "ON: nothing is sent") || !strings.Contains(out, "bob") {
		t.Fatalf("kill switch on: %v\n%s", err, out)
	}
	if out, _, err = runCLI("kill-switch", "status", "--api", srv.URL); err != nil || !strings.Contains(out, "ON") {
		t.Fatalf("kill switch status: %v\n%s", err, out)
	}
	if _, _, err = runCLI("kill-switch", "maybe", "--api", srv.URL); err == nil {
		t.Fatal("kill-switch maybe accepted")
	}
	if out, _, err = runCLI("kill-switch", "off", "--api", srv.URL, "--token", "env:T_BOB"); err != nil || !strings.Contains(out, "OFF") {
		t.Fatalf("kill switch off: %v\n%s", err, out)
	}
}

type noStatus struct{}

func (noStatus) Status(context.Context) api.Status { return api.Status{} }

// TestDaemonApprovalEndToEnd runs the daemon on the embedded chain with a
// 2-of-2 approval playbook and the API; a real attack opens the incident
// and the CLI approves the pause.
func TestDaemonApprovalEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 3})
	admin, pauser, attacker := c.Accounts()[0], c.Accounts()[1], c.Accounts()[2]
	proto, err := demoprotocol.Deploy(ctx, client, admin.Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := proto.GrantPauser(ctx, client, admin.Key, pauser.Address); err != nil {
		t.Fatal(err)
	}
	plan := demoprotocol.DefaultAttack()
	attackContract, err := demoprotocol.DeployAttacker(ctx, client, attacker.Key, proto, plan.Collateral)
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "pauser.key")
	if err := os.WriteFile(keyFile, []byte(hexutil.Encode(crypto.FromECDSA(pauser.Key))), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("T_ALICE", "alice-token-0123456789")
	t.Setenv("T_BOB", "bob-token-0123456789ab")
	addr := freeAddr(t)
	cfgPath := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(cfgPath, []byte(fmt.Sprintf(`store: {path: %s}
server: {listen: "%s"}
chains: [{name: dev, chain_id: 1337, endpoints: [{url: %s}], start_block: "%d", poll_interval: 100ms}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors:
      - {kind: large_outflow, severity: high, params: {share: 0.05, critical_share: 0.25}}
      - {kind: flash_loan, severity: critical}
    playbooks: [pause]
users:
  - {name: alice, roles: [approver], token: env:T_ALICE}
  - {name: bob, roles: [approver, responder], token: env:T_BOB}
playbooks:
  - name: pause
    mode: approval
    approvals: {required: 2, role: approver}
    allowlist: {contracts: [LendingPool], functions: ["pause()"]}
    trigger: {min_severity: critical}
    steps: [{kind: pause, contract: LendingPool, signer: pauser}]
signers: [{name: pauser, key: "file:%s"}]
`, filepath.Join(dir, "w.db"), addr, c.WSURL(), head+1, proto.LendingPool.Hex(), keyFile)), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := app.LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	defer func() {
		stop()
		<-done
	}()

	tx, err := proto.AttackTx(ctx, client, attacker.Key, attackContract, plan.Flash, plan.Collateral, plan.Borrow)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := demoprotocol.WaitMined(ctx, client, tx); err != nil || r.Status != 1 {
		t.Fatalf("attack: %v %v", r, err)
	}
	t.Setenv("WARDEN_TOKEN", "alice-token-0123456789")
	var id string
	for id == "" {
		qs, err := (&api.Client{BaseURL: "http://" + addr, Token: "alice-token-0123456789"}).Actions(ctx, true)
		if err == nil && len(qs) > 0 {
			id = qs[0].ID
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no action request for the attack: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
	}
	out, _, err := runCLI("actions", "--config", cfgPath)
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "pause() on LendingPool") {
		t.Fatalf("actions: %v\n%s", err, out)
	}
	if _, _, err := runCLI("approve", id, "--config", cfgPath); err != nil {
		t.Fatal(err)
	}
	if paused, _ := proto.Paused(ctx, client); paused {
		t.Fatal("paused after one approval of two")
	}
	out, _, err = runCLI("approve", id, "--config", cfgPath, "--token", "env:T_BOB")
	if err != nil || !strings.Contains(out, "done, tx") {
		t.Fatalf("second approval: %v\n%s", err, out)
	}
	if paused, _ := proto.Paused(ctx, client); !paused {
		t.Fatal("not paused after two approvals")
	}
}
