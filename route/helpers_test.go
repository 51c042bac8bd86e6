package route_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/inhibit"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/store/sqlite"
)

// recorder is a notify.Sender that keeps what it is given; fail makes it
// refuse, as a dispatcher whose store is down would.
type recorder struct {
	mu   sync.Mutex
	msgs []notify.Message
	fail bool
}

func (r *recorder) Send(_ context.Context, m notify.Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail {
		return errors.New("delivery log unavailable")
	}
	r.msgs = append(r.msgs, m)
	return nil
}

// take returns the messages received since the last call.
func (r *recorder) take() []notify.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.msgs
	r.msgs = nil
	return out
}

// clock is set by the test; Tick is called by the test, so After is never
// used.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) After(time.Duration) <-chan time.Time { return nil }

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

type env struct {
	t      *testing.T
	ctx    context.Context
	path   string
	st     *sqlite.Store
	mgr    *incident.Manager
	sender *recorder
	clock  *clock
	router *route.Router
	tree   *config.Route
	rules  []inhibit.Rule
	block  uint64
}

func parseRoute(t *testing.T, src string) *config.Route {
	t.Helper()
	var r config.Route
	if err := yaml.Unmarshal([]byte(src), &r); err != nil {
		t.Fatalf("route yaml: %v", err)
	}
	return &r
}

func newEnv(t *testing.T, routeYAML string, rules ...config.InhibitRule) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), path: filepath.Join(t.TempDir(), "w.db"), sender: &recorder{}, clock: &clock{now: t0}, tree: parseRoute(t, routeYAML)}
	var err error
	if e.rules, err = inhibit.FromConfig(rules); err != nil {
		t.Fatal(err)
	}
	e.open()
	return e
}

// open (re)opens the store and builds a fresh router over it, as a
// restarted daemon would.
func (e *env) open() {
	e.t.Helper()
	if e.st != nil {
		e.st.Close()
	}
	st, err := sqlite.Open(e.ctx, e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { st.Close() })
	e.st = st
	e.mgr = incident.NewManager(st, time.Hour, nil)
	e.router, err = route.New(e.tree, e.rules, st, st, e.sender, e.mgr, route.Options{Clock: e.clock, Resync: time.Hour})
	if err != nil {
		e.t.Fatal(err)
	}
}

var (
	attackerA = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	attackerB = common.HexToAddress("0x00000000000000000000000000000000000000B0")
)

// fire stores an alert, groups it into an incident and hands the changed
// incidents to the router, as the pipeline does after every block.
func (e *env) fire(fp, monitor string, from common.Address, kind string, sev alert.Severity) *incident.Incident {
	e.t.Helper()
	e.block++
	a := alert.Alert{Fingerprint: fp, Detector: kind, Monitor: monitor, Chain: "dev", BlockNumber: e.block, BlockTime: e.clock.Now(),
		TxHash: common.BytesToHash([]byte(fp)), From: from, Severity: sev, Confidence: 0.9, Title: kind + " on " + monitor, Status: alert.StatusProvisional}
	if _, err := e.st.SaveAlerts(e.ctx, []alert.Alert{a}); err != nil {
		e.t.Fatal(err)
	}
	changed, err := e.mgr.Process(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.router.Process(e.ctx, changed); err != nil {
		e.t.Fatal(err)
	}
	if len(changed) != 1 {
		e.t.Fatalf("alert %s changed %d incidents", fp, len(changed))
	}
	return changed[0]
}

// at moves the clock to t0+d and runs the router's timers.
func (e *env) at(d time.Duration) time.Time {
	e.t.Helper()
	e.clock.set(t0.Add(d))
	next, err := e.router.Tick(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return next
}

func (e *env) transition(id string, to incident.Status) *incident.Incident {
	e.t.Helper()
	inc, err := e.mgr.Transition(e.ctx, id, to, "alice", "test")
	if err != nil {
		e.t.Fatal(err)
	}
	return inc
}

func fps(m notify.Message) []string {
	var out []string
	for _, a := range m.Alerts {
		out = append(out, a.Fingerprint)
	}
	slices.Sort(out)
	return out
}

func (e *env) timeline(id string) string {
	e.t.Helper()
	entries, err := e.st.Timeline(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := incident.VerifyTimeline(entries); err != nil {
		e.t.Fatalf("timeline of %s: %v", id, err)
	}
	var b strings.Builder
	for _, en := range entries {
		b.WriteString(en.Kind + ": " + en.Message + "\n")
	}
	return b.String()
}

func byReceiver(msgs []notify.Message) map[string][]notify.Message {
	out := map[string][]notify.Message{}
	for _, m := range msgs {
		out[m.Receiver] = append(out[m.Receiver], m)
	}
	return out
}
