package report_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/report"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/store/sqlite"
)

// dbPath is the last fixture's database file.
var dbPath string

// fixture stores a drained lending pool's incident: a large outflow and a
// flash loan, a pause that worked, an acknowledgement, a commander and a
// note. Block times are in UTC+5 so the drafts must convert them.
func fixture(t *testing.T) (*sqlite.Store, *incident.Manager, string) {
	t.Helper()
	ctx := context.Background()
	dbPath = filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	m := incident.NewManager(st, time.Hour, nil)
	plus5 := time.FixedZone("PLUS5", 5*3600)
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, plus5)
	attacker := common.HexToAddress("0xbad0000000000000000000000000000000000bad")
	alerts := []alert.Alert{
		{Fingerprint: "f1", Detector: "large_outflow", Monitor: "lending", Chain: "mainnet", BlockNumber: 100, BlockTime: at, TxHash: common.HexToHash("0x01"), From: attacker,
			Severity: alert.SeverityCritical, Confidence: 0.9, Title: "Large outflow from LendingPool: 62.0% of its USDC balance left in one transaction", Status: alert.StatusProvisional,
			Labels:   map[string]string{incident.LabelValueAtRiskUSD: "1250000", "contract": "0x00000000000000000000000000000000000000aa"},
			Evidence: []alert.Evidence{{Name: "contract", Value: "LendingPool (0x00000000000000000000000000000000000000aA)"}, {Name: "token", Value: "USDC"}, {Name: "net_outflow", Value: "1,250,000"}, {Name: "share_of_balance", Value: "62.00% (threshold 5.00%)"}}},
		{Fingerprint: "f2", Detector: "flash_loan", Monitor: "lending", Chain: "mainnet", BlockNumber: 100, BlockTime: at, TxHash: common.HexToHash("0x01"), From: attacker,
			Severity: alert.SeverityHigh, Confidence: 0.8, Title: "Flash loan around a call to LendingPool", Status: alert.StatusProvisional},
	}
	if _, err := st.SaveAlerts(ctx, alerts); err != nil {
		t.Fatal(err)
	}
	incs, err := m.Process(ctx)
	if err != nil || len(incs) != 1 {
		t.Fatalf("process: %v %v", incs, err)
	}
	id := incs[0].ID
	if err := st.SaveStep(ctx, &respond.StepRecord{Key: id + "/pause/0", IncidentID: id, Playbook: "pause-all", Step: 0, Kind: "pause", State: respond.StepDone,
		TxHash: common.HexToHash("0xfeed"), Block: 101, UpdatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Transition(ctx, id, incident.StatusContained, "playbook:pause-all", "containment verified on chain"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Acknowledge(ctx, id, "alice", "on it"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.AssignRole(ctx, id, incident.Actor{Name: "alice", Roles: []string{"admin"}}, incident.RoleCommander, "alice"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Note(ctx, id, "bob", "secret: Binance hot wallet contact is carol"); err != nil {
		t.Fatal(err)
	}
	return st, m, id
}

func TestStatusUpdates(t *testing.T) {
	ctx := context.Background()
	st, _, id := fixture(t)
	r, err := report.Load(ctx, st, id)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 7, 10, 30, 0, time.UTC)
	var internal strings.Builder
	if err := report.StatusUpdate(&internal, r, report.Internal, now); err != nil {
		t.Fatal(err)
	}
	in := internal.String()
	for _, want := range []string{
		"# [INTERNAL] Status update: Large outflow from LendingPool",
		"## What happened", "## Impact", "## What is being done", "## Next update",
		"SEV1", "contained",
		"First alert at 2026-03-01 07:00:00 UTC (block 100", // 12:00 at UTC+5
		"0xBAd0000000000000000000000000000000000Bad",
		"Value at risk: $1,250,000",
		"LendingPool (0x00000000000000000000000000000000000000aA)",
		"Out of LendingPool (0x00000000000000000000000000000000000000aA): 1,250,000 of USDC",
		"Acknowledged by alice at",
		"commander: alice",
		"Playbook `pause-all` step 0 `pause`: done",
		"bob: secret: Binance hot wallet contact is carol",
		"By 2026-03-01 07:40:00 UTC (in 30m0s, as SEV1 requires)",
	} {
		if !strings.Contains(in, want) {
			t.Fatalf("internal update lacks %q:\n%s", want, in)
		}
	}
	var public strings.Builder
	if err := report.StatusUpdate(&public, r, report.Public, now); err != nil {
		t.Fatal(err)
	}
	pub := public.String()
	for _, want := range []string{
		"# Status update: incident affecting lending", "DRAFT",
		"## What happened", "## Impact", "## What we are doing", "## Next update",
		"At 2026-03-01 07:00:00 UTC our monitoring detected suspicious activity",
		"the affected contracts have been paused",
		"Affected contracts: LendingPool",
		"The incident is contained.",
		"by 2026-03-01 07:40:00 UTC",
	} {
		if !strings.Contains(pub, want) {
			t.Fatalf("public update lacks %q:\n%s", want, pub)
		}
	}
	for _, secret := range []string{"alice", "bob", "carol", "Binance", "1,250,000", "SEV1", "playbook", "+05"} {
		if strings.Contains(pub, secret) {
			t.Fatalf("public update gives away %q:\n%s", secret, pub)
		}
	}
	if err := report.StatusUpdate(&public, r, "press", now); err == nil {
		t.Fatal("unknown audience accepted")
	}
	if _, err := report.ParseAudience("press"); err == nil || !strings.Contains(err.Error(), "want internal or public") {
		t.Fatalf("ParseAudience: %v", err)
	}
}

func TestPostmortem(t *testing.T) {
	ctx := context.Background()
	st, m, id := fixture(t)
	if _, err := m.Resolve(ctx, id, "alice", "funds safe behind the pause"); err != nil {
		t.Fatal(err)
	}
	r, err := report.Load(ctx, st, id)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := report.Postmortem(&b, r, time.Now()); err != nil {
		t.Fatal(err)
	}
	pm := b.String()
	var last int
	for _, section := range []string{"# Postmortem: ", "## Summary", "## Impact", "## Timeline", "## Root cause", "## Actions taken", "## Follow-ups"} {
		i := strings.Index(pm, section)
		if i < last {
			t.Fatalf("section %q missing or out of order:\n%s", section, pm)
		}
		last = i
	}
	for _, want := range []string{
		"| Level | SEV1 (",
		"| First alert | 2026-03-01 07:00:00 UTC (block 100) |",
		"| Timeline | verified: ",
		"Warden detected large outflow from LendingPool",
		"It was contained at ",
		"- Value at risk: $1,250,000",
		"**large_outflow**:", "**flash_loan**: Price or accounting manipulation funded by a flash loan",
		"Playbook `pause-all` step 0 `pause`: done, tx `0x",
		"alice: Status contained -> resolved: funds safe behind the pause",
		"- [ ] Fix the root cause",
		"- [ ] Decide and document the conditions to unpause",
	} {
		if !strings.Contains(pm, want) {
			t.Fatalf("postmortem lacks %q:\n%s", want, pm)
		}
	}
	// Every timeline entry is in the table, at its UTC time.
	for _, e := range r.Timeline {
		row := "| " + e.At.UTC().Format("2006-01-02 15:04:05") + " | " + e.Actor + " |"
		if !strings.Contains(pm, row) {
			t.Fatalf("postmortem timeline lacks entry %d (%q):\n%s", e.Seq, row, pm)
		}
	}
	if strings.Contains(pm, "+0500") || strings.Contains(pm, "PLUS5") {
		t.Fatalf("postmortem shows a local time:\n%s", pm)
	}
}

// TestLoadDetectsRemovedTail: the report's integrity check uses the head
// the store recorded, so deleting the last entries shows too.
func TestLoadDetectsRemovedTail(t *testing.T) {
	ctx := context.Background()
	st, _, id := fixture(t)
	r, err := report.Load(ctx, st, id)
	if err != nil || !r.TimelineIntact || r.TimelineHead == "" {
		t.Fatalf("untouched: %+v %v", r, err)
	}
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DELETE FROM timeline WHERE incident_id = ? AND seq = (SELECT MAX(seq) FROM timeline WHERE incident_id = ?)`, id, id); err != nil {
		t.Fatal(err)
	}
	r, err = report.Load(ctx, st, id)
	if err != nil || r.TimelineIntact || !strings.Contains(r.TimelineError, "removed") {
		t.Fatalf("after removing the last entry: intact=%v %q %v", r.TimelineIntact, r.TimelineError, err)
	}
}
