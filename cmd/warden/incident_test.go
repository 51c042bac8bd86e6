package main

import (
	"context"
	"database/sql"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/store/sqlite"
)

// TestIncidentCLI works an incident from detection to reopening through
// the CLI against a real API server over a real store, then tampers with
// the store file and checks that verify fails (over the API and offline)
// naming the entry.
func TestIncidentCLI(t *testing.T) {
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mgr := incident.NewManager(st, time.Hour, nil)
	a := alert.Alert{Fingerprint: "cli1", Detector: "large_outflow", Monitor: "pool", Chain: "dev", BlockNumber: 7, BlockTime: time.Date(2026, 4, 1, 9, 30, 0, 0, time.UTC),
		TxHash: common.HexToHash("0x77"), From: common.HexToAddress("0xbad"), Severity: alert.SeverityCritical, Confidence: 0.9,
		Title: "Large outflow from LendingPool: 60.0% of its balance left in one transaction", Status: alert.StatusProvisional,
		Evidence: []alert.Evidence{{Name: "contract", Value: "LendingPool (0x00000000000000000000000000000000000000aA)"}, {Name: "net_outflow", Value: "600"}, {Name: "share_of_balance", Value: "60.00% (threshold 5.00%)"}}}
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	incs, err := mgr.Process(ctx)
	if err != nil || len(incs) != 1 {
		t.Fatalf("process: %v %v", incs, err)
	}
	id := incs[0].ID

	tokens := map[string]string{"T_ALICE": "alice-token-0123456789", "T_BOB": "bob-token-0123456789ab", "T_MALLORY": "mallory-token-01234567"}
	for k, v := range tokens {
		t.Setenv(k, v)
	}
	users, err := api.NewUsers([]api.Credential{
		{Token: tokens["T_ALICE"], User: respond.User{Name: "alice", Roles: []string{"responder"}}},
		{Token: tokens["T_BOB"], User: respond.User{Name: "bob", Roles: []string{"responder"}}},
		{Token: tokens["T_MALLORY"], User: respond.User{Name: "mallory", Roles: []string{"viewer"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Users: users, Incidents: &api.IncidentService{Manager: mgr, Reports: st}}).Handler())
	defer srv.Close()
	t.Setenv("WARDEN_TOKEN", tokens["T_ALICE"])
	run := func(args ...string) (string, error) {
		t.Helper()
		out, _, err := runCLI(append(append([]string{"incident"}, args...), "--api", srv.URL)...)
		return out, err
	}
	mustRun := func(wants []string, args ...string) string {
		t.Helper()
		out, err := run(args...)
		if err != nil {
			t.Fatalf("warden incident %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Fatalf("warden incident %s: output lacks %q:\n%s", strings.Join(args, " "), w, out)
			}
		}
		return out
	}
	mustFail := func(want string, args ...string) string {
		t.Helper()
		out, err := run(args...)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("warden incident %s: err %v, want %q\n%s", strings.Join(args, " "), err, want, out)
		}
		return out
	}

	mustRun([]string{"INCIDENT", id, "SEV1", "detected", "critical", "pool", "2026-", "Large outflow"}, "list")
	mustRun([]string{"No incidents."}, "list", "--status", "resolved")
	mustRun([]string{id + ": Large outflow", "SEV1 (60% of a monitored contract's balance", "next: acknowledged, contained, investigating, resolved",
		"Alerts (1):", "[critical] Large outflow", "Timeline (UTC):", "Incident opened on pool", "Timeline verified: 2 entries"}, "show", id)
	mustFail("404", "show", "inc-nope")

	mustFail("403", "ack", id, "--token", "env:T_MALLORY")
	mustRun([]string{id + " acknowledged: now acknowledged, SEV1, acknowledged by alice"}, "ack", id, "--reason", "on it")
	mustFail("409", "ack", id, "--token", "env:T_BOB")

	mustRun([]string{id + " commander: alice"}, "assign", id, "alice")
	mustRun([]string{id + " scribe: bob"}, "assign", id, "bob", "--role", "scribe")
	mustFail("403", "severity", id, "SEV3", "--reason", "not the commander", "--token", "env:T_BOB")
	mustFail(`unknown SEV level "SEV5"`, "severity", id, "SEV5", "--reason", "x")
	mustFail("--reason is required", "severity", id, "SEV2")
	mustRun([]string{"now acknowledged, SEV2 (set by alice)"}, "severity", id, "SEV2", "--reason", "contained quickly")
	mustRun([]string{"Noted on " + id}, "note", id, "called", "the", "bridge", "operator")

	mustFail("--reason is required", "resolve", id)
	mustRun([]string{"resolved: now resolved"}, "resolve", id, "--reason", "paused and patched")
	mustRun([]string{"reopened: now investigating"}, "reopen", id, "--reason", "attacker is back")
	mustFail("cannot move to closed (allowed next: contained, resolved)", "close", id, "--reason", "tired")

	mustRun([]string{"# [INTERNAL] Status update", "## Next update", "alice: called the bridge operator"}, "status-update", id)
	pub := mustRun([]string{"# Status update: incident affecting pool", "## What we are doing"}, "status-update", id, "--public")
	if strings.Contains(pub, "alice") || strings.Contains(pub, "bridge operator") {
		t.Fatalf("public update names people or quotes notes:\n%s", pub)
	}
	mustRun([]string{"# Postmortem: ", "## Summary", "## Impact", "## Timeline", "| 2026-", "## Root cause", "**large_outflow**", "## Actions taken", "## Follow-ups", "- [ ] "}, "postmortem", id)
	mustRun([]string{"Timeline of " + id + " is intact", "ends at the head the store recorded", "Head hash: "}, "verify", id)

	// Swap two entries in the file, as someone rewriting history would.
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`UPDATE timeline SET seq = -1 WHERE incident_id = ? AND seq = 3`,
		`UPDATE timeline SET seq = 3 WHERE incident_id = ? AND seq = 4`,
		`UPDATE timeline SET seq = 4 WHERE incident_id = ? AND seq = -1`,
	} {
		if _, err := db.Exec(q, id); err != nil {
			t.Fatal(err)
		}
	}
	out := mustFail("failed verification at entry 3", "verify", id)
	if !strings.Contains(out, "BROKEN at entry 3: out of order") {
		t.Fatalf("verify output:\n%s", out)
	}
	// Offline, on the file, with no daemon and no token.
	t.Setenv("WARDEN_TOKEN", "")
	out, _, err = runCLI("incident", "verify", id, "--store", dbPath)
	if err == nil || !strings.Contains(out, "BROKEN at entry 3") {
		t.Fatalf("offline verify: %v\n%s", err, out)
	}
	out, _, err = runCLI("incident", "postmortem", id, "--store", dbPath)
	if err != nil || !strings.Contains(out, "**BROKEN**: entry 3: out of order") || !strings.Contains(out, "Investigate who altered the incident timeline") {
		t.Fatalf("offline postmortem: %v\n%s", err, out)
	}
	if _, _, err = runCLI("incident", "verify", id, "--store", filepath.Join(t.TempDir(), "missing.db")); err == nil || !strings.Contains(err.Error(), "--store") {
		t.Fatalf("missing store file: %v", err)
	}
}
