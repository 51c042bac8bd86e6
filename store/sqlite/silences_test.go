package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/silence"
	"github.com/warden-dev/warden/store/sqlite"
)

func TestSilences(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	svc := silence.NewService(st, func() time.Time { return now })
	active, err := svc.Add(ctx, silence.Silence{Matchers: silence.Matchers{silence.MustParse(`monitor="pool"`), silence.MustParse(`severity=~"low|medium"`)},
		EndsAt: now.Add(time.Hour), CreatedBy: "alice", Comment: "noisy"})
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Second)
	pending, err := svc.Add(ctx, silence.Silence{Matchers: silence.Matchers{silence.MustParse(`monitor="vault"`)},
		StartsAt: now.Add(time.Hour), EndsAt: now.Add(2 * time.Hour), CreatedBy: "bob", Comment: "upgrade"})
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Second)
	gone, err := svc.Add(ctx, silence.Silence{Matchers: silence.Matchers{silence.MustParse(`attacker="0xabc"`)}, EndsAt: now.Add(time.Hour), CreatedBy: "carol", Comment: "false positive"})
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Second)
	if _, err := svc.Expire(ctx, gone.ID, "carol"); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = sqlite.Open(ctx, path) // durable
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	all, err := st.Silences(ctx)
	if err != nil || len(all) != 3 || all[0].ID != gone.ID || all[1].ID != pending.ID || all[2].ID != active.ID {
		t.Fatalf("silences newest first: %+v %v", all, err)
	}
	got, err := st.Silence(ctx, active.ID)
	if err != nil || got.CreatedBy != "alice" || got.Comment != "noisy" || !got.EndsAt.Equal(active.EndsAt) ||
		!got.Matchers.Matches(map[string]string{"monitor": "pool", "severity": "medium"}) || got.Matchers.Matches(map[string]string{"monitor": "pool", "severity": "high"}) {
		t.Fatalf("stored silence: %+v %v", got, err)
	}
	if g, _ := st.Silence(ctx, gone.ID); g.ExpiredBy != "carol" || g.State(now) != silence.StateExpired {
		t.Fatalf("expired silence: %+v", g)
	}
	if _, err := st.Silence(ctx, "sil-missing"); !errors.Is(err, silence.ErrNotFound) {
		t.Fatalf("unknown silence: %v", err)
	}
	for _, c := range []struct {
		at   time.Time
		want []string
	}{
		{now, []string{active.ID}},
		{now.Add(90 * time.Minute), []string{pending.ID}},
		{now.Add(3 * time.Hour), nil},
	} {
		act, err := st.ActiveSilences(ctx, c.at)
		if err != nil || len(act) != len(c.want) || (len(act) == 1 && act[0].ID != c.want[0]) {
			t.Errorf("active at %s: %+v %v, want %v", c.at, act, err, c.want)
		}
	}
}

func TestRouteState(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if gs, err := st.RouteGroupState(ctx, "g-1"); err != nil || gs.Seq != 0 || !gs.LastFlushAt.IsZero() || len(gs.Handled) != 0 {
		t.Fatalf("unknown group: %+v %v", gs, err)
	}
	at := time.Date(2026, 3, 1, 12, 0, 10, 0, time.UTC)
	f := &route.Flush{GroupKey: "g-1", Seq: 1, Receiver: "slack", Event: notify.EventTrigger, IncidentID: "inc-a", Incidents: []string{"inc-a", "inc-b"},
		Fingerprints: []string{"a1", "b1"}, Note: "2 new alert(s)", At: at}
	handled := []route.Handled{
		{GroupKey: "g-1", Fingerprint: "a1", IncidentID: "inc-a", Outcome: route.OutcomeNotified},
		{GroupKey: "g-1", Fingerprint: "b1", IncidentID: "inc-b", Outcome: route.OutcomeNotified},
		{GroupKey: "g-1", Fingerprint: "c1", IncidentID: "inc-c", Outcome: route.OutcomeSilenced, Detail: "sil-1"},
	}
	if err := st.SaveRouteFlush(ctx, f, handled); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveRouteFlush(ctx, f, nil); err == nil {
		t.Fatal("the same flush stored twice")
	}
	// Only muted alerts: no flush, outcomes still kept.
	if err := st.SaveRouteFlush(ctx, nil, []route.Handled{{GroupKey: "g-2", Fingerprint: "d1", IncidentID: "inc-d", Outcome: route.OutcomeInhibited, Detail: "rule 0"}}); err != nil {
		t.Fatal(err)
	}
	unsent, err := st.UnsentRouteFlushes(ctx)
	if err != nil || len(unsent) != 1 || unsent[0].Key() != "g-1/slack/1" || len(unsent[0].Fingerprints) != 2 || !unsent[0].At.Equal(at) {
		t.Fatalf("unsent: %+v %v", unsent, err)
	}
	if err := st.MarkRouteFlushSent(ctx, "g-1", 1); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkRouteFlushSent(ctx, "g-1", 7); err == nil {
		t.Fatal("marked a flush that does not exist")
	}
	st.Close()

	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if unsent, _ := st.UnsentRouteFlushes(ctx); len(unsent) != 0 {
		t.Fatalf("sent flush still unsent: %+v", unsent)
	}
	gs, err := st.RouteGroupState(ctx, "g-1")
	if err != nil || gs.Seq != 1 || !gs.LastFlushAt.Equal(at) || gs.Handled["a1"] != route.OutcomeNotified || gs.Handled["c1"] != route.OutcomeSilenced || len(gs.Handled) != 3 {
		t.Fatalf("group state: %+v %v", gs, err)
	}
	if gs, _ := st.RouteGroupState(ctx, "g-2"); gs.Seq != 0 || gs.Handled["d1"] != route.OutcomeInhibited {
		t.Fatalf("muted-only group: %+v", gs)
	}
	for id, want := range map[string]int{"inc-a": 1, "inc-b": 1, "inc-c": 0} {
		if rs, err := st.RouteReceivers(ctx, id); err != nil || len(rs) != want || (want == 1 && rs[0] != "slack") {
			t.Errorf("receivers of %s: %v %v", id, rs, err)
		}
	}
}
