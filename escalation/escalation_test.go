package escalation_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/escalation"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/store/sqlite"
)

const peopleYAML = `
chains: [{name: dev, chain_id: 1337, endpoints: [{url: "http://127.0.0.1:8545"}]}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}]
    detectors: [{kind: large_outflow}]
users:
  - {name: alice, roles: [responder], token: env:T_ALICE, contacts: {slack: UALICE01, email: alice@example.org}}
  - {name: bob, roles: [responder], token: env:T_BOB, contacts: {slack: UBOB0001, phone: "+493012345678"}}
  - {name: carol, roles: [admin], token: env:T_CAROL, contacts: {email: carol@example.org, pagerduty: PCAROL1}}
  - {name: dave, roles: [responder], token: env:T_DAVE, contacts: {telegram: "4242"}}
teams:
  - {name: leads, members: [carol, dave]}
  - {name: security, members: [alice, bob], escalation_policy: security, monitors: [pool]}
oncall:
  - name: primary
    time_zone: Europe/Berlin
    layers: [{rotation: weekly, handoff: "09:00", start: 2026-03-16, participants: [alice, bob]}]
escalation_policies:
  - name: security
    repeat: 1
    levels:
      - {schedules: [primary], timeout: 5m}
      - {people: [carol], teams: [leads], timeout: 10m}
`

// Pages go to Slack, e-mail and PagerDuty receivers; nobody is paged over
// Telegram or by phone (no receiver), so dave cannot be reached.
var receivers = map[string]string{config.ChannelSlack: "slack-oncall", config.ChannelEmail: "mail", config.ChannelPagerDuty: "pd"}

// t0 is in alice's week of the primary rotation.
var t0 = time.Date(2026, 3, 18, 10, 0, 0, 0, time.UTC)

func loadConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(peopleYAML))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(nil); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// sender records every message it is handed, as notify's dispatcher would
// store them; fail makes the next Send for a receiver fail once.
type sender struct {
	mu   sync.Mutex
	msgs []notify.Message
	fail map[string]bool
}

func (s *sender) Send(_ context.Context, m notify.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail[m.Receiver] {
		delete(s.fail, m.Receiver)
		return errors.New("delivery log unavailable")
	}
	s.msgs = append(s.msgs, m)
	return nil
}

func (s *sender) sent() []notify.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.msgs)
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// openIncident stores an alert and groups it: a new incident in status
// detected, on monitor pool.
func openIncident(t *testing.T, st *sqlite.Store) (*incident.Manager, string) {
	t.Helper()
	ctx := context.Background()
	a := alert.Alert{Fingerprint: "fp1", Detector: "large_outflow", Monitor: "pool", Chain: "dev", BlockNumber: 10, BlockTime: t0,
		TxHash: common.HexToHash("0x01"), From: common.HexToAddress("0xbad"), Severity: alert.SeverityCritical, Title: "drain", Status: alert.StatusProvisional}
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	m := incident.NewManager(st, time.Hour, nil)
	changed, err := m.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	return m, changed[0].ID
}

func newEngine(t *testing.T, cfg *config.Config, st escalation.Store, s notify.Sender, c *clock) *escalation.Engine {
	t.Helper()
	e, err := escalation.New(cfg, escalation.Options{Store: st, Sender: s, Receivers: receivers, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func tickAt(t *testing.T, e *escalation.Engine, c *clock, at time.Time) {
	t.Helper()
	c.set(at)
	if err := e.Tick(context.Background()); err != nil {
		t.Fatalf("tick at %s: %v", at, err)
	}
}

// summary is "receiver→handles" per message, sorted, for comparisons.
func summary(msgs []notify.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Receiver+"→"+strings.Join(m.To, ","))
	}
	slices.Sort(out)
	return out
}

func expectSent(t *testing.T, got []notify.Message, event notify.Event, want ...string) {
	t.Helper()
	if s := summary(got); !slices.Equal(s, want) {
		t.Fatalf("sent %v, want %v", s, want)
	}
	for _, m := range got {
		if m.Event != event {
			t.Fatalf("message %s is a %s, want %s", m.Key, m.Event, event)
		}
	}
}

func pages(t *testing.T, st *sqlite.Store, id string) []string {
	t.Helper()
	tl, err := st.Timeline(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatalf("timeline broken: %v", err)
	}
	var out []string
	for _, e := range tl {
		if e.Kind == escalation.EntryPage {
			out = append(out, e.Message)
		}
	}
	return out
}

// The acceptance point: level 1 is paged at once; without an
// acknowledgement within its 5 minutes, level 2 is paged; after the last
// level the policy repeats once, then gives up.
func TestLevelTwoPagedWhenLevelOneDoesNotAcknowledge(t *testing.T) {
	cfg := loadConfig(t)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	defer st.Close()
	_, id := openIncident(t, st)
	s, c := &sender{}, &clock{}
	e := newEngine(t, cfg, st, s, c)

	tickAt(t, e, c, t0)
	expectSent(t, s.sent(), notify.EventTrigger, "mail→alice@example.org", "slack-oncall→UALICE01")
	if m := s.sent()[0]; m.Incident.ID != id || !strings.HasPrefix(m.Key, id+"/page/0/1/") || !strings.Contains(m.Note, "level 1 of escalation policy security") {
		t.Fatalf("level 1 message: %+v", m)
	}

	tickAt(t, e, c, t0.Add(5*time.Minute-time.Second))
	if n := len(s.sent()); n != 2 {
		t.Fatalf("%d messages before level 1's timeout, want 2", n)
	}

	tickAt(t, e, c, t0.Add(5*time.Minute))
	level2 := s.sent()[2:]
	expectSent(t, level2, notify.EventEscalate, "mail→carol@example.org", "pd→PCAROL1")
	for _, m := range level2 {
		if !strings.Contains(m.Note, "level 1 did not acknowledge within 5m") {
			t.Fatalf("level 2 note %q does not say why", m.Note)
		}
	}

	// Level 2's 10 minutes pass: the policy starts over (repeat 1 of 1).
	tickAt(t, e, c, t0.Add(15*time.Minute))
	expectSent(t, s.sent()[4:], notify.EventEscalate, "mail→alice@example.org", "slack-oncall→UALICE01")
	tickAt(t, e, c, t0.Add(20*time.Minute))
	expectSent(t, s.sent()[6:], notify.EventEscalate, "mail→carol@example.org", "pd→PCAROL1")
	tickAt(t, e, c, t0.Add(30*time.Minute))
	tickAt(t, e, c, t0.Add(3*time.Hour))
	if n := len(s.sent()); n != 8 {
		t.Fatalf("%d messages after the policy was exhausted, want 8", n)
	}
	keys := map[string]bool{}
	for _, m := range s.sent() {
		if keys[m.Key] {
			t.Fatalf("key %s used twice: the delivery log would drop a page", m.Key)
		}
		keys[m.Key] = true
	}

	want := []string{
		"Paged level 1: alice (slack, email)",
		"Paged level 2: carol (email, pagerduty), dave (no contact on a paging channel) — level 1 did not acknowledge within 5m",
		"Paged level 1 again (repeat 1 of 1): alice (slack, email) — level 2 did not acknowledge within 10m",
		"Paged level 2 again (repeat 1 of 1): carol (email, pagerduty), dave (no contact on a paging channel) — level 1 did not acknowledge within 5m",
		"Escalation policy security exhausted: nobody acknowledged after 2 round(s) of 2 level(s); level 2 did not acknowledge within 10m",
	}
	if got := pages(t, st, id); !slices.Equal(got, want) {
		t.Fatalf("timeline pages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An acknowledgement stops paging: level 2 is never paged.
func TestAcknowledgementStopsEscalation(t *testing.T) {
	ctx := context.Background()
	cfg := loadConfig(t)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	defer st.Close()
	m, id := openIncident(t, st)
	s, c := &sender{}, &clock{}
	e := newEngine(t, cfg, st, s, c)

	tickAt(t, e, c, t0)
	if _, err := m.Transition(ctx, id, incident.StatusAcknowledged, "alice", "looking"); err != nil {
		t.Fatal(err)
	}
	tickAt(t, e, c, t0.Add(time.Minute))
	tickAt(t, e, c, t0.Add(6*time.Minute))
	tickAt(t, e, c, t0.Add(time.Hour))
	if n := len(s.sent()); n != 2 {
		t.Fatalf("%d messages, want level 1's 2 only: %v", n, summary(s.sent()))
	}
	got := pages(t, st, id)
	if len(got) != 2 || !strings.HasPrefix(got[1], "Paging stopped at level 1: ") || !strings.Contains(got[1], "alice") {
		t.Fatalf("timeline pages: %q", got)
	}
	if p, err := st.Escalation(ctx, id); err != nil || p.Stopped != escalation.StoppedAcknowledged {
		t.Fatalf("progress %+v %v", p, err)
	}
}

// A restart in the middle of level 1's wait neither pages level 1 again nor
// forgets its deadline.
func TestRestartResumesWithSameDeadline(t *testing.T) {
	ctx := context.Background()
	cfg := loadConfig(t)
	path := filepath.Join(t.TempDir(), "w.db")
	st := openStore(t, path)
	_, id := openIncident(t, st)
	s, c := &sender{}, &clock{}
	tickAt(t, newEngine(t, cfg, st, s, c), c, t0)
	tickAt(t, newEngine(t, cfg, st, s, c), c, t0.Add(2*time.Minute))
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = openStore(t, path)
	defer st.Close()
	e := newEngine(t, cfg, st, s, c)
	tickAt(t, e, c, t0.Add(3*time.Minute))
	if n := len(s.sent()); n != 2 {
		t.Fatalf("%d messages after the restart, want level 1's 2: %v", n, summary(s.sent()))
	}
	p, err := st.Escalation(ctx, id)
	if err != nil || p == nil || p.Level != 0 || !p.Deadline.Equal(t0.Add(5*time.Minute)) {
		t.Fatalf("progress after restart: %+v %v, want level 1 with deadline %s", p, err, t0.Add(5*time.Minute))
	}
	tickAt(t, e, c, t0.Add(5*time.Minute))
	expectSent(t, s.sent()[2:], notify.EventEscalate, "mail→carol@example.org", "pd→PCAROL1")
	if got := pages(t, st, id); len(got) != 2 {
		t.Fatalf("timeline pages after restart: %q", got)
	}
}

// A send that fails saves nothing: the next tick pages the same level
// under the same keys (the delivery log drops the ones already taken), and
// the timeline records the page once.
func TestFailedSendRetriesSameKeys(t *testing.T) {
	cfg := loadConfig(t)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	defer st.Close()
	_, id := openIncident(t, st)
	s, c := &sender{fail: map[string]bool{"slack-oncall": true}}, &clock{}
	e := newEngine(t, cfg, st, s, c)
	c.set(t0)
	if err := e.Tick(context.Background()); err == nil || !strings.Contains(err.Error(), "page level 1 through slack-oncall") {
		t.Fatalf("failed send: %v", err)
	}
	tickAt(t, e, c, t0.Add(10*time.Second))
	keys := map[string]int{}
	for _, m := range s.sent() {
		keys[m.Key]++
	}
	if len(keys) != 2 {
		t.Fatalf("keys %v, want the two level-1 keys", keys)
	}
	if got := pages(t, st, id); len(got) != 1 {
		t.Fatalf("timeline pages: %q", got)
	}
}

// The engine's own loop with the real clock, in a synctest bubble: level 2
// is paged five minutes after level 1 without anyone calling Tick.
func TestRunPagesOnTime(t *testing.T) {
	cfg := loadConfig(t)
	// The bubble's clock starts in 2000, before the rotation: page alice
	// by name at level 1.
	cfg.EscalationPolicies[0].Levels[0] = config.EscalationLevel{People: []string{"alice"}, Timeout: 5 * time.Minute}
	dir := t.TempDir()
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, filepath.Join(dir, "w.db"))
		defer st.Close()
		_, _ = openIncident(t, st)
		s := &sender{}
		e, err := escalation.New(cfg, escalation.Options{Store: st, Sender: s, Receivers: receivers})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- e.Run(ctx, 15*time.Second) }()
		defer func() {
			cancel()
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Errorf("Run returned %v", err)
			}
		}()

		time.Sleep(time.Second)
		synctest.Wait()
		if n := len(s.sent()); n == 0 {
			t.Fatal("level 1 not paged at once")
		}
		level1 := len(s.sent())
		time.Sleep(4 * time.Minute)
		synctest.Wait()
		if n := len(s.sent()); n != level1 {
			t.Fatalf("%d messages before the timeout, want %d", n, level1)
		}
		time.Sleep(75 * time.Second) // past 5m, at the next 15s tick
		synctest.Wait()
		if got := s.sent()[level1:]; len(got) == 0 || got[0].Event != notify.EventEscalate {
			t.Fatalf("level 2 not paged after the timeout: %v", summary(got))
		}
	})
}

// TestBelowMinSeverityPagesNobody: a medium incident reaches channels
// through the routing tree but wakes nobody; MinSeverity lowers the bar.
func TestBelowMinSeverityPagesNobody(t *testing.T) {
	ctx := context.Background()
	cfg := loadConfig(t)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	defer st.Close()
	a := alert.Alert{Fingerprint: "fp-medium", Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockNumber: 10, BlockTime: t0,
		TxHash: common.HexToHash("0x02"), From: common.HexToAddress("0xbad"), Severity: alert.SeverityMedium, Title: "flash loan", Status: alert.StatusProvisional}
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	if _, err := incident.NewManager(st, time.Hour, nil).Process(ctx); err != nil {
		t.Fatal(err)
	}
	s, c := &sender{}, &clock{}
	tickAt(t, newEngine(t, cfg, st, s, c), c, t0)
	if n := len(s.sent()); n != 0 {
		t.Fatalf("a medium incident paged: %v", summary(s.sent()))
	}
	e, err := escalation.New(cfg, escalation.Options{Store: st, Sender: s, Receivers: receivers, Now: c.now, MinSeverity: alert.SeverityMedium})
	if err != nil {
		t.Fatal(err)
	}
	tickAt(t, e, c, t0)
	if len(s.sent()) == 0 {
		t.Fatal("MinSeverity medium did not page a medium incident")
	}
}
