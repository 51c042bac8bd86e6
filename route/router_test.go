package route_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/silence"
)

const simpleTree = `
receiver: security
group_wait: 10s
group_interval: 1m
repeat_interval: 0s
`

// TestGroupWaitCollectsAlerts: three alerts of one incident within
// group_wait go out as one message, and not before group_wait is over.
func TestGroupWaitCollectsAlerts(t *testing.T) {
	e := newEnv(t, simpleTree)
	inc := e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	e.clock.set(t0.Add(3 * time.Second))
	e.fire("a2", "pool", attackerA, "flash_loan", alert.SeverityCritical)
	e.clock.set(t0.Add(6 * time.Second))
	e.fire("a3", "pool", attackerA, "large_outflow", alert.SeverityHigh)

	if next := e.at(9 * time.Second); !next.Equal(t0.Add(10 * time.Second)) {
		t.Fatalf("next due %s, want group_wait after the first alert (%s)", next, t0.Add(10*time.Second))
	}
	if got := e.sender.take(); len(got) != 0 {
		t.Fatalf("%d message(s) before group_wait", len(got))
	}
	e.at(10 * time.Second)
	got := e.sender.take()
	if len(got) != 1 {
		t.Fatalf("%d messages after group_wait, want 1", len(got))
	}
	m := got[0]
	if m.Receiver != "security" || m.Event != notify.EventTrigger || m.Incident.ID != inc.ID || !slices.Equal(fps(m), []string{"a1", "a2", "a3"}) {
		t.Fatalf("message: receiver %s event %s incident %s alerts %v", m.Receiver, m.Event, m.Incident.ID, fps(m))
	}
	if !strings.HasSuffix(m.Key, "/security/1") || !strings.HasPrefix(m.Key, "g-") {
		t.Fatalf("key %q, want g-…/security/1", m.Key)
	}
	if !strings.Contains(m.Note, "3 new alert(s)") || !strings.Contains(m.Note, `monitor="pool"`) {
		t.Fatalf("note %q", m.Note)
	}
	if tl := e.timeline(inc.ID); !strings.Contains(tl, "notification: Notified security (trigger, 3 alert(s))") {
		t.Fatalf("timeline lacks the notification:\n%s", tl)
	}
	// Nothing more to send.
	e.at(time.Hour)
	if got := e.sender.take(); len(got) != 0 {
		t.Fatalf("sent again: %v", got[0].Key)
	}
}

// TestGroupIntervalSpacing: once a group has notified, new alerts wait
// until group_interval after that message; after a quiet spell they wait
// group_wait only.
func TestGroupIntervalSpacing(t *testing.T) {
	e := newEnv(t, simpleTree)
	e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	e.at(10 * time.Second)
	if got := e.sender.take(); len(got) != 1 {
		t.Fatalf("first flush: %d messages", len(got))
	}
	e.clock.set(t0.Add(15 * time.Second))
	e.fire("a2", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	if next := e.at(30 * time.Second); !next.Equal(t0.Add(70 * time.Second)) {
		t.Fatalf("next due %s, want group_interval after the first message (%s)", next, t0.Add(70*time.Second))
	}
	e.at(69 * time.Second)
	if got := e.sender.take(); len(got) != 0 {
		t.Fatal("second message before group_interval")
	}
	e.clock.set(t0.Add(65 * time.Second))
	e.fire("a3", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	e.at(70 * time.Second)
	got := e.sender.take()
	if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a2", "a3"}) || !strings.HasSuffix(got[0].Key, "/2") {
		t.Fatalf("second flush: %+v", got)
	}
	// Long after: a new alert waits group_wait, not a whole interval.
	e.clock.set(t0.Add(time.Hour))
	e.fire("a4", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	if next := e.at(time.Hour + time.Second); !next.Equal(t0.Add(time.Hour + 10*time.Second)) {
		t.Fatalf("next due %s after a quiet hour", next)
	}
	e.at(time.Hour + 10*time.Second)
	if got := e.sender.take(); len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a4"}) || !strings.HasSuffix(got[0].Key, "/3") {
		t.Fatalf("third flush: %+v", got)
	}
}

// TestGroupByAndChildRoutes: group_by splits groups; the first matching
// child takes an alert unless it continues; alerts no child takes go to
// the root's receiver.
func TestGroupByAndChildRoutes(t *testing.T) {
	e := newEnv(t, `
receiver: default
group_by: [chain, monitor]
group_wait: 5s
repeat_interval: 0s
routes:
  - receiver: pager
    matchers: ['severity="critical"']
    continue: true
  - receiver: vault-team
    matchers: ['protocol="vault"']
  - receiver: never
    matchers: ['severity=~"critical|high"']
`)
	poolA := e.fire("p1", "pool", attackerA, "large_outflow", alert.SeverityCritical) // pager, then "never" (continue)
	poolB := e.fire("p2", "pool", attackerB, "large_outflow", alert.SeverityCritical) // same pager group: chain+monitor
	e.fire("v1", "vault", attackerA, "large_outflow", alert.SeverityCritical)         // pager and vault-team
	e.fire("v2", "vault", attackerA, "oracle", alert.SeverityLow)                     // vault-team only
	e.fire("x1", "dex", attackerA, "oracle", alert.SeverityLow)                       // no child: default
	e.at(5 * time.Second)
	got := byReceiver(e.sender.take())

	if len(got["pager"]) != 2 {
		t.Fatalf("pager got %d messages, want one per monitor", len(got["pager"]))
	}
	for _, m := range got["pager"] {
		switch m.Incident.Monitor {
		case "pool":
			if !slices.Equal(fps(m), []string{"p1", "p2"}) || !strings.Contains(m.Note, poolA.ID) || !strings.Contains(m.Note, poolB.ID) {
				t.Fatalf("pager pool message: %v %q", fps(m), m.Note)
			}
		case "vault":
			if !slices.Equal(fps(m), []string{"v1"}) {
				t.Fatalf("pager vault message: %v", fps(m))
			}
		}
	}
	if len(got["vault-team"]) != 1 || !slices.Equal(fps(got["vault-team"][0]), []string{"v1", "v2"}) {
		t.Fatalf("vault-team: %+v", got["vault-team"])
	}
	// p1 and p2 continued past pager; "never" is after vault-team, which
	// the vault alerts matched without continue.
	if len(got["never"]) != 1 || !slices.Equal(fps(got["never"][0]), []string{"p1", "p2"}) {
		t.Fatalf("never: %+v", got["never"])
	}
	if len(got["default"]) != 1 || !slices.Equal(fps(got["default"][0]), []string{"x1"}) {
		t.Fatalf("default: %+v", got["default"])
	}
	keys := map[string]bool{}
	for _, ms := range got {
		for _, m := range ms {
			if keys[m.Key] {
				t.Fatalf("key %s used twice", m.Key)
			}
			keys[m.Key] = true
		}
	}
}

// TestSilenceMutesUntilExpired: an active silence keeps alerts from being
// notified (they stay stored and on the timeline, which says why); a
// pending silence mutes nothing; once expired, new alerts notify again.
func TestSilenceMutesUntilExpired(t *testing.T) {
	e := newEnv(t, simpleTree)
	svc := silence.NewService(e.st, e.clock.Now)
	sil, err := svc.Add(e.ctx, silence.Silence{Matchers: silence.Matchers{silence.MustParse(`monitor="pool"`), silence.MustParse(`attacker="` + attackerA.Hex() + `"`)},
		EndsAt: t0.Add(time.Hour), CreatedBy: "alice", Comment: "drill on pool"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Add(e.ctx, silence.Silence{Matchers: silence.Matchers{silence.MustParse(`monitor="vault"`)},
		StartsAt: t0.Add(time.Hour), EndsAt: t0.Add(2 * time.Hour), CreatedBy: "alice", Comment: "later"}); err != nil {
		t.Fatal(err)
	}
	inc := e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityCritical)
	e.fire("b1", "pool", attackerB, "large_outflow", alert.SeverityCritical)  // other attacker: not silenced
	e.fire("v1", "vault", attackerA, "large_outflow", alert.SeverityCritical) // pending silence: not silenced
	e.at(10 * time.Second)
	got := e.sender.take()
	var notified []string
	for _, m := range got {
		notified = append(notified, fps(m)...)
	}
	slices.Sort(notified)
	if !slices.Equal(notified, []string{"b1", "v1"}) {
		t.Fatalf("notified %v, want b1 and v1 (a1 silenced)", notified)
	}
	tl := e.timeline(inc.ID)
	if !strings.Contains(tl, "notification: Notification to security suppressed by silence "+sil.ID) || !strings.Contains(tl, "alert: [critical]") {
		t.Fatalf("timeline of the silenced incident:\n%s", tl)
	}
	if alerts, _ := e.st.IncidentAlerts(e.ctx, inc.ID); len(alerts) != 1 {
		t.Fatalf("silenced alert not stored: %d", len(alerts))
	}

	e.clock.set(t0.Add(20 * time.Second))
	expired, err := svc.Expire(e.ctx, sil.ID, "bob")
	if err != nil || expired.State(e.clock.Now()) != silence.StateExpired || expired.ExpiredBy != "bob" {
		t.Fatalf("expire: %+v %v", expired, err)
	}
	if _, err := svc.Expire(e.ctx, sil.ID, "bob"); err == nil {
		t.Fatal("expired twice")
	}
	e.fire("a2", "pool", attackerA, "large_outflow", alert.SeverityCritical)
	e.at(30 * time.Second)
	got = e.sender.take()
	if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a2"}) || got[0].Incident.ID != inc.ID {
		t.Fatalf("after expiry: %+v", got)
	}
}

// TestContainedIncidentInhibitsDrainAlerts: once an incident is contained
// (pause verified), further drain alerts of that protocol are muted by the
// rule and recorded on the timeline; another protocol's, and other kinds
// on the same protocol, still notify.
func TestContainedIncidentInhibitsDrainAlerts(t *testing.T) {
	e := newEnv(t, simpleTree, config.InhibitRule{
		SourceMatchers: []string{`kind="contained"`},
		TargetMatchers: []string{`kind=~"large_outflow|correlated_attack"`},
		Equal:          []string{"monitor"},
	})
	inc := e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityCritical)
	e.at(10 * time.Second)
	if got := e.sender.take(); len(got) != 1 {
		t.Fatalf("first alert: %d messages", len(got))
	}

	e.clock.set(t0.Add(20 * time.Second))
	contained := e.transition(inc.ID, incident.StatusContained)
	if err := e.router.Process(e.ctx, []*incident.Incident{contained}); err != nil {
		t.Fatal(err)
	}
	got := e.sender.take()
	if len(got) != 1 || got[0].Event != notify.EventUpdate || got[0].Receiver != "security" || !strings.Contains(got[0].Note, "detected -> contained") {
		t.Fatalf("containment update: %+v", got)
	}

	e.fire("a2", "pool", attackerA, "large_outflow", alert.SeverityCritical)          // same incident: muted
	other := e.fire("b1", "pool", attackerB, "correlated_attack", alert.SeverityHigh) // new incident, same protocol: muted
	e.fire("a3", "pool", attackerA, "oracle_manipulation", alert.SeverityHigh)        // not a drain kind: notified
	e.fire("v1", "vault", attackerA, "large_outflow", alert.SeverityCritical)         // other protocol: notified
	e.at(2 * time.Minute)
	var notified []string
	for _, m := range e.sender.take() {
		notified = append(notified, fps(m)...)
	}
	slices.Sort(notified)
	if !slices.Equal(notified, []string{"a3", "v1"}) {
		t.Fatalf("notified %v, want a3 and v1", notified)
	}
	for _, id := range []string{inc.ID, other.ID} {
		tl := e.timeline(id)
		if !strings.Contains(tl, "muted by inhibit rule 0") || !strings.Contains(tl, "incident "+inc.ID+" is contained on pool") {
			t.Fatalf("timeline of %s lacks the inhibition:\n%s", id, tl)
		}
	}
	if alerts, _ := e.st.IncidentAlerts(e.ctx, other.ID); len(alerts) != 1 {
		t.Fatal("muted alert not stored")
	}

	// Back to investigating (the pause did not hold): drain alerts page again.
	e.clock.set(t0.Add(3 * time.Minute))
	inv := e.transition(inc.ID, incident.StatusInvestigating)
	if err := e.router.Process(e.ctx, []*incident.Incident{inv}); err != nil {
		t.Fatal(err)
	}
	e.sender.take()
	e.fire("a4", "pool", attackerA, "large_outflow", alert.SeverityCritical)
	e.at(5 * time.Minute)
	got = e.sender.take()
	if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a4"}) {
		t.Fatalf("after containment ended: %+v", got)
	}
}

// TestStatusEventsReachNotifiedReceivers: acknowledge and resolve go to
// the receivers that heard about the incident, found by the periodic
// re-read even when nobody calls Process; reminders stop once someone
// acknowledged.
func TestStatusEventsReachNotifiedReceivers(t *testing.T) {
	e := newEnv(t, `
receiver: security
group_wait: 0s
repeat_interval: 1h
routes:
  - receiver: pager
    matchers: ['severity="critical"']
    continue: true
  - receiver: security
    matchers: ['monitor=~".+"']
`)
	inc := e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityCritical)
	quiet := e.fire("q1", "vault", attackerA, "oracle", alert.SeverityLow)
	e.at(time.Second)
	if got := byReceiver(e.sender.take()); len(got["pager"]) != 1 || len(got["security"]) != 2 {
		t.Fatalf("first flush: %v", got)
	}
	// repeat_interval: reminded while nobody acknowledged.
	e.at(time.Hour + time.Second)
	rem := e.sender.take()
	if len(rem) != 3 || !strings.HasPrefix(rem[0].Note, "Reminder") || rem[0].Event != notify.EventTrigger {
		t.Fatalf("reminders: %+v", rem)
	}

	e.clock.set(t0.Add(90 * time.Minute))
	e.transition(inc.ID, incident.StatusAcknowledged)
	e.at(2*time.Hour + 2*time.Second) // resync (1h) picks the change up
	got := e.sender.take()
	var acks []string
	for _, m := range got {
		if m.Event == notify.EventAcknowledge {
			if m.Incident.ID != inc.ID || !strings.HasPrefix(m.Key, inc.ID+"/") {
				t.Fatalf("ack message: %+v", m)
			}
			acks = append(acks, m.Receiver)
		}
	}
	slices.Sort(acks)
	if !slices.Equal(acks, []string{"pager", "security"}) {
		t.Fatalf("acknowledge went to %v, want pager and security", acks)
	}
	// The unacknowledged quiet incident is still reminded, the acknowledged one is not.
	for _, m := range got {
		if m.Event == notify.EventTrigger && m.Incident.ID != quiet.ID {
			t.Fatalf("reminder about the acknowledged incident: %+v", m)
		}
	}

	e.clock.set(t0.Add(150 * time.Minute))
	resolved := e.transition(inc.ID, incident.StatusResolved)
	if err := e.router.Process(e.ctx, []*incident.Incident{resolved}); err != nil {
		t.Fatal(err)
	}
	// Seen again by the re-read: the same change is not announced twice.
	e.at(4 * time.Hour)
	var resolves []string
	for _, m := range e.sender.take() {
		if m.Event == notify.EventResolve {
			resolves = append(resolves, m.Receiver)
		}
	}
	slices.Sort(resolves)
	if !slices.Equal(resolves, []string{"pager", "security"}) {
		t.Fatalf("resolve went to %v", resolves)
	}
	if tl := e.timeline(inc.ID); !strings.Contains(tl, "Told pager, security: status acknowledged") || !strings.Contains(tl, "Told pager, security: status resolved") {
		t.Fatalf("timeline:\n%s", tl)
	}
}

// TestRestartDoesNotResend: after a restart, alerts already notified stay
// notified, a message stored but refused by the sender is sent again with
// its original key, and an alert that arrived but was never flushed goes
// out.
func TestRestartDoesNotResend(t *testing.T) {
	e := newEnv(t, simpleTree)
	e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	e.fire("v1", "vault", attackerA, "large_outflow", alert.SeverityHigh)
	e.at(10 * time.Second)
	first := e.sender.take()
	if len(first) != 2 {
		t.Fatalf("first flush: %d", len(first))
	}
	// The vault group's next message is stored, then refused.
	e.clock.set(t0.Add(20 * time.Second))
	e.fire("v2", "vault", attackerA, "large_outflow", alert.SeverityHigh)
	e.sender.fail = true
	e.clock.set(t0.Add(70 * time.Second))
	if _, err := e.router.Tick(e.ctx); err == nil || !strings.Contains(err.Error(), "delivery log unavailable") {
		t.Fatalf("tick with a refusing sender: %v", err)
	}
	// An alert the router takes in but never flushes before the "crash".
	e.clock.set(t0.Add(75 * time.Second))
	pool := e.fire("a2", "pool", attackerA, "large_outflow", alert.SeverityHigh)

	e.sender.fail = false
	e.open() // restart: new store handle, new router, nothing in memory
	e.at(80 * time.Second)
	got := e.sender.take()
	if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"v2"}) || !strings.HasSuffix(got[0].Key, "/2") {
		t.Fatalf("after restart, want the refused vault message again: %+v", got)
	}
	var vaultKey string
	for _, m := range first {
		if m.Incident.Monitor == "vault" {
			vaultKey = m.Key
		}
	}
	if strings.TrimSuffix(got[0].Key, "/2") != strings.TrimSuffix(vaultKey, "/1") {
		t.Fatalf("resent key %s is not the vault group's (%s)", got[0].Key, vaultKey)
	}
	// a2 was pending at the crash: group_wait from the restart, within
	// group_interval of the pool group's stored first message.
	e.at(10 * time.Minute)
	got = e.sender.take()
	if len(got) != 1 || !slices.Equal(fps(got[0]), []string{"a2"}) || got[0].Incident.ID != pool.ID || !strings.HasSuffix(got[0].Key, "/2") {
		t.Fatalf("pending alert after restart: %+v", got)
	}
	// A second restart sends nothing at all.
	e.open()
	e.at(time.Hour)
	if got := e.sender.take(); len(got) != 0 {
		t.Fatalf("second restart re-sent %d message(s): %v", len(got), got[0].Key)
	}
}

// TestRetractedAlertNotNotified: an alert retracted by a reorg before its
// group is due is not notified.
func TestRetractedAlertNotNotified(t *testing.T) {
	e := newEnv(t, simpleTree)
	e.fire("a1", "pool", attackerA, "large_outflow", alert.SeverityHigh)
	retracted, err := e.st.RetractAlerts(e.ctx, "dev", 1)
	if err != nil || len(retracted) != 1 {
		t.Fatalf("retract: %v %v", retracted, err)
	}
	if err := e.mgr.Retract(e.ctx, retracted); err != nil {
		t.Fatal(err)
	}
	e.at(2 * time.Hour) // the re-read sees the incident changed
	if got := e.sender.take(); len(got) != 0 {
		t.Fatalf("retracted alert notified: %+v", got)
	}
}
