package incident_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

// openIncident stores one alert and groups it, returning the new incident.
func groupNew(t *testing.T, m *incident.Manager, st interface {
	SaveAlerts(context.Context, []alert.Alert) ([]alert.Alert, error)
}, a alert.Alert) *incident.Incident {
	t.Helper()
	ctx := context.Background()
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	changed, err := m.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	return changed[0]
}

// TestTransitionTable moves an incident from every state to every state
// and checks each move against the lifecycle written out here (not read
// from the package), including the refusal's wording.
func TestTransitionTable(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	all := []incident.Status{incident.StatusDetected, incident.StatusAcknowledged, incident.StatusContained, incident.StatusInvestigating, incident.StatusResolved, incident.StatusClosed}
	allowed := map[incident.Status]string{
		incident.StatusDetected:      "acknowledged, contained, investigating, resolved",
		incident.StatusAcknowledged:  "contained, investigating, resolved",
		incident.StatusContained:     "investigating, resolved",
		incident.StatusInvestigating: "contained, resolved",
		incident.StatusResolved:      "investigating, closed",
		incident.StatusClosed:        "",
	}
	paths := map[incident.Status][]incident.Status{
		incident.StatusDetected:      nil,
		incident.StatusAcknowledged:  {incident.StatusAcknowledged},
		incident.StatusContained:     {incident.StatusContained},
		incident.StatusInvestigating: {incident.StatusInvestigating},
		incident.StatusResolved:      {incident.StatusResolved},
		incident.StatusClosed:        {incident.StatusResolved, incident.StatusClosed},
	}
	n := 0
	for _, from := range all {
		for _, to := range all {
			n++
			t.Run(fmt.Sprintf("%s_to_%s", from, to), func(t *testing.T) {
				inc := groupNew(t, m, st, mkAlert(fmt.Sprintf("tt%d", n), "pool", common.BigToAddress(big.NewInt(int64(1000+n))), uint64(n), time.Now(), alert.SeverityHigh))
				for _, s := range paths[from] {
					if _, err := m.Transition(ctx, inc.ID, s, "setup", "getting there"); err != nil {
						t.Fatal(err)
					}
				}
				before, _ := st.Timeline(ctx, inc.ID)
				got, err := m.Transition(ctx, inc.ID, to, "alice", "because")
				after, _ := st.Timeline(ctx, inc.ID)
				want := strings.Contains(allowed[from], string(to)) && to != from
				switch {
				case from == to:
					if err != nil || len(after) != len(before) {
						t.Fatalf("staying in %s: err %v, %d new entries", from, err, len(after)-len(before))
					}
				case want:
					if err != nil {
						t.Fatalf("refused: %v", err)
					}
					if got.Status != to || len(after) != len(before)+1 {
						t.Fatalf("status %s, %d new entries", got.Status, len(after)-len(before))
					}
					last := after[len(after)-1]
					var data map[string]string
					_ = json.Unmarshal(last.Data, &data)
					if last.Kind != incident.EntryTransition || last.Actor != "alice" || data["from"] != string(from) || data["to"] != string(to) || data["reason"] != "because" || !strings.Contains(last.Message, "because") {
						t.Fatalf("entry %+v (data %s)", last, last.Data)
					}
				default:
					if !errors.Is(err, incident.ErrInvalidTransition) {
						t.Fatalf("allowed or wrong error: %v", err)
					}
					wantText := fmt.Sprintf("incident %s is %s: it cannot move to %s (allowed next: %s)", inc.ID, from, to, allowed[from])
					if from == incident.StatusClosed {
						wantText = fmt.Sprintf("incident %s is closed, which is final: it cannot move to %s", inc.ID, to)
					}
					if !strings.Contains(err.Error(), wantText) {
						t.Fatalf("error %q\nwant  %q", err, wantText)
					}
					if len(after) != len(before) {
						t.Fatal("a refused move left an entry")
					}
				}
				if err := incident.VerifyTimeline(after); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}

func TestAcknowledgeResolveReopenClose(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	inc := groupNew(t, m, st, mkAlert("ack1", "pool", common.HexToAddress("0xa1"), 1, time.Now(), alert.SeverityCritical))
	if _, err := m.Acknowledge(ctx, inc.ID, "", ""); !errors.Is(err, incident.ErrInvalidInput) {
		t.Fatalf("ack without actor: %v", err)
	}
	got, err := m.Acknowledge(ctx, inc.ID, "alice", "on it")
	if err != nil || got.Status != incident.StatusAcknowledged || got.AcknowledgedBy != "alice" || got.AcknowledgedAt.IsZero() {
		t.Fatalf("ack: %+v %v", got, err)
	}
	if _, err := m.Acknowledge(ctx, inc.ID, "alice", ""); err != nil {
		t.Fatalf("same person again: %v", err)
	}
	if _, err := m.Acknowledge(ctx, inc.ID, "bob", ""); !errors.Is(err, incident.ErrInvalidTransition) || !strings.Contains(err.Error(), "already acknowledged by alice") {
		t.Fatalf("second person: %v", err)
	}
	if _, err := m.Resolve(ctx, inc.ID, "alice", " "); !errors.Is(err, incident.ErrInvalidInput) || !strings.Contains(err.Error(), "needs a reason") {
		t.Fatalf("resolve without reason: %v", err)
	}
	if _, err := m.Reopen(ctx, inc.ID, "alice", "again"); !errors.Is(err, incident.ErrInvalidTransition) || !strings.Contains(err.Error(), "only a resolved incident can be reopened") {
		t.Fatalf("reopen of an open incident: %v", err)
	}
	if got, err = m.Resolve(ctx, inc.ID, "alice", "paused, funds safe"); err != nil || got.ResolvedAt.IsZero() {
		t.Fatalf("resolve: %+v %v", got, err)
	}
	if got, err = m.Reopen(ctx, inc.ID, "bob", "attacker is back"); err != nil || got.Status != incident.StatusInvestigating || got.Reopened != 1 || !got.ResolvedAt.IsZero() {
		t.Fatalf("reopen: %+v %v", got, err)
	}
	// Reopened means open: a new alert of the same attacker joins it.
	a := mkAlert("ack2", "pool", common.HexToAddress("0xa1"), 2, time.Now(), alert.SeverityHigh)
	if again := groupNew(t, m, st, a); again.ID != inc.ID {
		t.Fatalf("alert after reopen opened %s, want it in %s", again.ID, inc.ID)
	}
	if _, err := m.Resolve(ctx, inc.ID, "bob", "fixed"); err != nil {
		t.Fatal(err)
	}
	if got, err = m.Close(ctx, inc.ID, "carol", "postmortem done"); err != nil || got.Status != incident.StatusClosed || got.ClosedAt.IsZero() {
		t.Fatalf("close: %+v %v", got, err)
	}
	if _, err := m.Reopen(ctx, inc.ID, "bob", "one more"); !errors.Is(err, incident.ErrInvalidTransition) {
		t.Fatalf("reopen closed: %v", err)
	}
	if _, err := m.Acknowledge(ctx, inc.ID, "dave", ""); err == nil {
		t.Fatal("acknowledged a closed incident")
	}
	tl, _ := st.Timeline(ctx, inc.ID)
	var msgs []string
	for _, e := range tl {
		if e.Kind == incident.EntryTransition {
			msgs = append(msgs, e.Actor+": "+e.Message)
		}
	}
	want := []string{
		"alice: Status detected -> acknowledged: on it",
		"alice: Status acknowledged -> resolved: paused, funds safe",
		"bob: Reopened (resolved -> investigating): attacker is back",
		"bob: Status investigating -> resolved: fixed",
		"carol: Status resolved -> closed: postmortem done",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Fatalf("transitions on the timeline:\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatal(err)
	}
}

// TestAcknowledgeContained: a playbook contained the incident before anyone
// answered the page; acknowledging records who took it on without moving
// the incident back.
func TestAcknowledgeContained(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	inc := groupNew(t, m, st, mkAlert("c1", "pool", common.HexToAddress("0xc1"), 1, time.Now(), alert.SeverityCritical))
	if _, err := m.Transition(ctx, inc.ID, incident.StatusContained, "playbook:pause", "paused"); err != nil {
		t.Fatal(err)
	}
	got, err := m.Acknowledge(ctx, inc.ID, "alice", "")
	if err != nil || got.Status != incident.StatusContained || got.AcknowledgedBy != "alice" {
		t.Fatalf("ack of contained: %+v %v", got, err)
	}
	tl, _ := st.Timeline(ctx, inc.ID)
	if last := tl[len(tl)-1]; last.Kind != incident.EntryAck || last.Actor != "alice" || !strings.Contains(last.Message, "status stays contained") {
		t.Fatalf("last entry %+v", last)
	}
}

func TestNote(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	inc := groupNew(t, m, st, mkAlert("n1", "pool", common.HexToAddress("0xd1"), 1, time.Now(), alert.SeverityHigh))
	if _, err := m.Note(ctx, inc.ID, "alice", "  "); !errors.Is(err, incident.ErrInvalidInput) {
		t.Fatalf("empty note: %v", err)
	}
	if _, err := m.Note(ctx, "inc-nope", "alice", "x"); !errors.Is(err, incident.ErrNotFound) {
		t.Fatalf("note on unknown incident: %v", err)
	}
	if _, err := m.Note(ctx, inc.ID, "alice", "called the exchange"); err != nil {
		t.Fatal(err)
	}
	tl, _ := st.Timeline(ctx, inc.ID)
	if last := tl[len(tl)-1]; last.Kind != incident.EntryNote || last.Actor != "alice" || last.Message != "called the exchange" {
		t.Fatalf("note entry %+v", last)
	}
}
