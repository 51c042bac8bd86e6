package incident_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/store/sqlite"
)

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func mkAlert(fp, monitor string, from common.Address, block uint64, at time.Time, sev alert.Severity) alert.Alert {
	return alert.Alert{Fingerprint: fp, Detector: "large_outflow", Monitor: monitor, Chain: "dev", BlockNumber: block, BlockTime: at,
		TxHash: common.HexToHash(fp), From: from, Severity: sev, Title: "t " + fp, Status: alert.StatusProvisional}
}

func TestGrouping(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	attacker := common.HexToAddress("0xbad")
	other := common.HexToAddress("0xfee")
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	alerts := []alert.Alert{
		mkAlert("a1", "pool", attacker, 10, t0, alert.SeverityHigh),
		mkAlert("a2", "pool", attacker, 11, t0.Add(12*time.Second), alert.SeverityCritical), // same incident, raises severity
		mkAlert("a3", "pool", other, 11, t0.Add(12*time.Second), alert.SeverityHigh),        // other sender: other incident
		mkAlert("a4", "vault", attacker, 12, t0.Add(24*time.Second), alert.SeverityHigh),    // other monitor
		mkAlert("a5", "pool", attacker, 500, t0.Add(2*time.Hour), alert.SeverityLow),        // outside the window
	}
	if _, err := st.SaveAlerts(ctx, alerts); err != nil {
		t.Fatal(err)
	}
	changed, err := m.Process(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 4 {
		t.Fatalf("%d incidents changed, want 4", len(changed))
	}
	first := changed[0]
	if first.AlertCount != 2 || first.Severity != alert.SeverityCritical || first.Status != incident.StatusDetected {
		t.Fatalf("first incident: %+v", first)
	}
	// Idempotent: nothing left to group.
	if again, err := m.Process(ctx); err != nil || len(again) != 0 {
		t.Fatalf("second Process: %v %v", again, err)
	}
	// Saving the same alerts again stores nothing new.
	if ins, err := st.SaveAlerts(ctx, alerts); err != nil || len(ins) != 0 {
		t.Fatalf("duplicate alerts stored: %d %v", len(ins), err)
	}
	tl, err := st.Timeline(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	// opened, alert, alert, severity raised
	if len(tl) != 4 {
		t.Fatalf("timeline has %d entries: %+v", len(tl), tl)
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatal(err)
	}
}

func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	if _, err := st.SaveAlerts(ctx, []alert.Alert{mkAlert("x", "pool", common.HexToAddress("0x1"), 1, time.Now(), alert.SeverityCritical)}); err != nil {
		t.Fatal(err)
	}
	changed, err := m.Process(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := changed[0].ID
	steps := []struct {
		to Status
		ok bool
	}{
		{incident.StatusClosed, false},
		{incident.StatusContained, true},
		{incident.StatusDetected, false},
		{incident.StatusResolved, true},
		{incident.StatusClosed, true},
		{incident.StatusInvestigating, false},
	}
	for _, s := range steps {
		_, err := m.Transition(ctx, id, s.to, "alice", "")
		if (err == nil) != s.ok {
			t.Fatalf("transition to %s: err=%v, want ok=%v", s.to, err, s.ok)
		}
	}
	tl, _ := st.Timeline(ctx, id)
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatal(err)
	}
}

type Status = incident.Status

func TestTimelineTamperEvident(t *testing.T) {
	var entries []incident.Entry
	var prev *incident.Entry
	for i := 0; i < 4; i++ {
		e := incident.NewEntry(time.Unix(int64(i), 0), incident.EntryNote, "bob", "note", map[string]int{"i": i})
		e.IncidentID = "inc"
		e.Seal(prev)
		entries = append(entries, e)
		prev = &entries[len(entries)-1]
	}
	if err := incident.VerifyTimeline(entries); err != nil {
		t.Fatal(err)
	}
	edited := append([]incident.Entry(nil), entries...)
	edited[1].Message = "nothing happened"
	if err := incident.VerifyTimeline(edited); err == nil {
		t.Fatal("edited entry not detected")
	}
	removed := append(append([]incident.Entry(nil), entries[:1]...), entries[2:]...)
	if err := incident.VerifyTimeline(removed); err == nil {
		t.Fatal("removed entry not detected")
	}
}

// TestTransitionsDoNotLoseGroupedAlerts: a responder moves an incident
// through its lifecycle while the pipeline keeps grouping new alerts into
// it. Every alert must be counted; a transition must not write back an
// incident it read before an alert joined.
func TestTransitionsDoNotLoseGroupedAlerts(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	attacker := common.HexToAddress("0xbad")
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := st.SaveAlerts(ctx, []alert.Alert{mkAlert("0x01", "pool", attacker, 1, t0, alert.SeverityHigh)}); err != nil {
		t.Fatal(err)
	}
	changed, err := m.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	id := changed[0].ID
	const n = 60
	done := make(chan error, 1)
	go func() {
		for i := 2; i <= n; i++ {
			a := mkAlert(common.BigToHash(big.NewInt(int64(1000+i))).Hex(), "pool", attacker, uint64(i), t0.Add(time.Duration(i)*time.Second), alert.SeverityHigh)
			if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
				done <- err
				return
			}
			if _, err := m.Process(ctx); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	moves := []incident.Status{incident.StatusContained, incident.StatusInvestigating}
	for i := 0; ; i++ {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			inc, err := st.Incident(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if inc.AlertCount != n {
				t.Fatalf("incident counts %d alerts, want %d: a transition overwrote grouping", inc.AlertCount, n)
			}
			return
		default:
		}
		if _, err := m.Transition(ctx, id, moves[i%2], "test", ""); err != nil {
			t.Fatal(err)
		}
	}
}
