package route_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"testing/synctest"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/store/sqlite"
)

// TestRunDrivesTimers runs the router's own loop on the wall clock inside
// a synctest bubble: the group_wait timer fires by itself, Process wakes
// the loop, and a status change made without calling Process (as the
// responder's verified containment is) is found by the periodic re-read.
func TestRunDrivesTimers(t *testing.T) {
	dir := t.TempDir()
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st, err := sqlite.Open(ctx, filepath.Join(dir, "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		mgr := incident.NewManager(st, time.Hour, nil)
		sender := &recorder{}
		r, err := route.New(parseRoute(t, "receiver: security\ngroup_wait: 30s\n"), nil, st, st, sender, mgr, route.Options{Resync: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- r.Run(ctx) }()

		e := &env{t: t, ctx: ctx, st: st, mgr: mgr, sender: sender, clock: &clock{now: time.Now()}, router: r}
		inc := e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityHigh)
		time.Sleep(10 * time.Second)
		e.fire("a2", "pool", attackerA, "large_outflow", alert.SeverityHigh)
		time.Sleep(19 * time.Second)
		synctest.Wait()
		if got := sender.take(); len(got) != 0 {
			t.Fatalf("sent before group_wait: %d", len(got))
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		got := sender.take()
		if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a1", "a2"}) {
			t.Fatalf("after group_wait: %+v", got)
		}

		if _, err := mgr.Transition(ctx, inc.ID, incident.StatusAcknowledged, "alice", ""); err != nil {
			t.Fatal(err)
		}
		time.Sleep(6 * time.Second)
		synctest.Wait()
		got = sender.take()
		if len(got) != 1 || got[0].Incident.ID != inc.ID || got[0].Event != "acknowledge" {
			t.Fatalf("acknowledge through the re-read: %+v", got)
		}
		cancel()
		if err := <-done; err != context.Canceled {
			t.Fatalf("Run returned %v", err)
		}
	})
}
