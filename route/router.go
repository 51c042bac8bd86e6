// Package route decides who is notified about incidents, and when: an
// Alertmanager-style routing tree over alert labels keyed on chain entities
// (chain, monitor/protocol, contract, attacker, kind, severity, ...),
// aggregation groups with group_wait, group_interval and repeat_interval,
// silences (package silence) and inhibition rules (package inhibit). It
// hands notify.Messages to a notify.Sender and never delivers anything
// itself.
//
// Muted alerts are not dropped: they stay stored and on their incident's
// timeline, and the router adds an entry saying which silence or rule held
// the notification back. What was notified is stored per group, and every
// message is stored before it is sent with a key of group, receiver and
// sequence, so a restart neither re-notifies what was sent nor loses what
// was about to be.
package route

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/inhibit"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/silence"
)

// EntryNotification is the timeline entry kind the router writes: who was
// notified, and which notifications were held back and why.
const EntryNotification = "notification"

// actor is the router's name on the timeline.
const actor = "router"

// Clock is the router's time source; tests inject one to drive group_wait
// and group_interval without waiting.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// SystemClock is the wall clock.
func SystemClock() Clock { return systemClock{} }

// Options are the router's optional settings.
type Options struct {
	// Clock defaults to the wall clock.
	Clock  Clock
	Logger *slog.Logger
	// Resync is how often Run re-reads the incidents from the store, which
	// is how status changes made elsewhere (the responder's verified
	// containment, an acknowledgement through the API) reach the router
	// when nobody calls Process with them. Default 5s.
	Resync time.Duration
}

// DefaultResync is Options.Resync's default.
const DefaultResync = 5 * time.Second

// Router routes incidents' alerts to receivers. Process and Run may be
// called from different goroutines.
type Router struct {
	tree      *node
	rules     []inhibit.Rule
	silences  silence.Store
	state     Store
	sender    notify.Sender
	incidents *incident.Manager
	clock     Clock
	logger    *slog.Logger
	resync    time.Duration
	wake      chan struct{}

	// mu guards everything below. The router's work is small and mostly
	// store writes, so one lock keeps the bookkeeping simple.
	mu         sync.Mutex
	restored   bool
	lastResync time.Time
	tracked    map[string]*tracked // open incidents by ID
	groups     map[string]*group
	unsent     []Flush // saved but not yet accepted by the sender
}

// tracked is an open incident and its alerts as the router last saw them.
type tracked struct {
	inc    incident.Incident
	alerts map[string]alert.Alert
	labels map[string]map[string]string
	order  []string // fingerprints in the order they arrived
}

// group is an aggregation group: the alerts of one route sharing the
// values of its group_by labels.
type group struct {
	key    string
	node   *node
	values map[string]string
	state  GroupState
	// pending are alerts not yet flushed, oldest first.
	pending      []pendingAlert
	pendingSince time.Time
	// incidents are those with alerts in the group, for reminders and for
	// forgetting the group once they are all over.
	incidents map[string]bool
}

type pendingAlert struct {
	fingerprint, incidentID string
}

// New builds a router over the configured tree. rules come from
// inhibit.FromConfig; silences and state are usually the same sqlite
// store.
func New(cfg *config.Route, rules []inhibit.Rule, silences silence.Store, state Store, sender notify.Sender, incidents *incident.Manager, opts Options) (*Router, error) {
	tree, err := buildTree(cfg)
	if err != nil {
		return nil, err
	}
	switch {
	case silences == nil:
		return nil, errors.New("route: no silence store")
	case state == nil:
		return nil, errors.New("route: no state store")
	case sender == nil:
		return nil, errors.New("route: no sender")
	case incidents == nil:
		return nil, errors.New("route: no incident manager")
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock()
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Resync == 0 {
		opts.Resync = DefaultResync
	}
	return &Router{
		tree: tree, rules: rules, silences: silences, state: state, sender: sender, incidents: incidents,
		clock: opts.Clock, logger: opts.Logger, resync: opts.Resync, wake: make(chan struct{}, 1),
		tracked: map[string]*tracked{}, groups: map[string]*group{},
	}, nil
}

// Process takes incidents that were opened or changed (new alerts, a new
// status) and routes their new alerts into groups; status changes become
// acknowledge, resolve or update messages to the receivers already
// notified about the incident. Notifications themselves go out from Run
// (or Tick) when their group's timer is due.
func (r *Router) Process(ctx context.Context, changed []*incident.Incident) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.restore(ctx); err != nil {
		return err
	}
	var errs []error
	for _, inc := range changed {
		if inc == nil {
			continue
		}
		if err := r.observe(ctx, *inc, true); err != nil {
			errs = append(errs, err)
		}
	}
	select {
	case r.wake <- struct{}{}:
	default:
	}
	return errors.Join(errs...)
}

// Run drives the group timers until ctx ends and returns ctx's error.
func (r *Router) Run(ctx context.Context) error {
	for {
		next, err := r.Tick(ctx)
		if err != nil {
			r.logger.Error("routing notifications", "err", err)
		}
		wait := r.resync
		if !next.IsZero() {
			wait = max(next.Sub(r.clock.Now()), 0)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-r.wake:
		case <-r.clock.After(wait):
		}
	}
}

// Tick does what is due now: re-reads incidents when the resync interval
// has passed, re-sends flushes the sender refused, flushes groups whose
// group_wait or group_interval is over and reminds about unacknowledged
// ones. It returns when something is next due.
func (r *Router) Tick(ctx context.Context) (time.Time, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.restore(ctx); err != nil {
		return time.Time{}, err
	}
	now := r.clock.Now()
	var errs []error
	if now.Sub(r.lastResync) >= r.resync {
		if err := r.resyncIncidents(ctx); err != nil {
			errs = append(errs, err)
		}
		r.lastResync = now
	}
	next := r.lastResync.Add(r.resync)
	if err := r.sendUnsent(ctx); err != nil {
		errs = append(errs, err)
	}
	m := &muting{r: r, now: now}
	for _, key := range slices.Sorted(maps.Keys(r.groups)) {
		g := r.groups[key]
		var due time.Time
		switch {
		case len(g.pending) > 0:
			due = g.flushAt()
			if !now.Before(due) {
				if err := r.flush(ctx, g, m, now); err != nil {
					errs = append(errs, err)
				}
				due = time.Time{}
			}
		case r.firing(g):
			due = g.state.LastFlushAt.Add(g.node.repeatInterval)
			if !now.Before(due) {
				if err := r.remind(ctx, g, m, now); err != nil {
					errs = append(errs, err)
				}
				due = now.Add(g.node.repeatInterval)
			}
		case r.over(g):
			delete(r.groups, key) // its state stays in the store
		}
		if !due.IsZero() && due.Before(next) {
			next = due
		}
	}
	return next, errors.Join(errs...)
}

// flushAt is when the pending alerts go out: group_wait after the first
// of them arrived, and never sooner than group_interval after the group's
// previous message.
func (g *group) flushAt() time.Time {
	due := g.pendingSince.Add(g.node.groupWait)
	if !g.state.LastFlushAt.IsZero() {
		if next := g.state.LastFlushAt.Add(g.node.groupInterval); next.After(due) {
			due = next
		}
	}
	return due
}

// restore loads the open incidents and the flushes left unsent when the
// router first runs, so alerts notified before a restart stay notified and
// alerts that arrived meanwhile are routed.
func (r *Router) restore(ctx context.Context) error {
	if r.restored {
		return nil
	}
	unsent, err := r.state.UnsentRouteFlushes(ctx)
	if err != nil {
		return fmt.Errorf("route: load unsent notifications: %w", err)
	}
	incs, err := r.state.OpenIncidents(ctx)
	if err != nil {
		return fmt.Errorf("route: load incidents: %w", err)
	}
	for _, inc := range incs {
		if err := r.observe(ctx, inc, false); err != nil {
			return err
		}
	}
	r.unsent = append(r.unsent, unsent...)
	r.lastResync = r.clock.Now()
	r.restored = true
	return nil
}

// resyncIncidents re-reads the open incidents, and the tracked ones that
// are open no longer (their resolve is announced), and observes those that
// changed. Closed history is never read: it only grows.
func (r *Router) resyncIncidents(ctx context.Context) error {
	incs, err := r.state.OpenIncidents(ctx)
	if err != nil {
		return fmt.Errorf("route: reload incidents: %w", err)
	}
	open := make(map[string]bool, len(incs))
	for _, inc := range incs {
		open[inc.ID] = true
	}
	for _, id := range slices.Sorted(maps.Keys(r.tracked)) {
		if open[id] {
			continue
		}
		inc, err := r.incidents.Store().Incident(ctx, id)
		if err != nil {
			return fmt.Errorf("route: reload incident %s: %w", id, err)
		}
		incs = append(incs, *inc)
	}
	var errs []error
	for _, inc := range incs {
		t := r.tracked[inc.ID]
		if t == nil && !inc.Status.Open() {
			continue
		}
		if t != nil && t.inc.Status == inc.Status && t.inc.UpdatedAt.Equal(inc.UpdatedAt) && t.inc.AlertCount == inc.AlertCount {
			continue
		}
		if err := r.observe(ctx, inc, true); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// observe brings the router's view of one incident up to date: a status
// change is announced (when announce is set), new alerts are routed.
func (r *Router) observe(ctx context.Context, inc incident.Incident, announce bool) error {
	t := r.tracked[inc.ID]
	if t == nil {
		if !inc.Status.Open() {
			return nil
		}
		t = &tracked{alerts: map[string]alert.Alert{}, labels: map[string]map[string]string{}}
		r.tracked[inc.ID] = t
	}
	var errs []error
	if announce && t.inc.ID != "" && t.inc.Status != inc.Status {
		if err := r.announceStatus(ctx, t.inc.Status, inc); err != nil {
			errs = append(errs, err)
		}
	}
	t.inc = inc
	alerts, err := r.incidents.Store().IncidentAlerts(ctx, inc.ID)
	if err != nil {
		return errors.Join(append(errs, fmt.Errorf("route: load alerts of incident %s: %w", inc.ID, err))...)
	}
	now := r.clock.Now()
	for _, a := range alerts {
		_, known := t.alerts[a.Fingerprint]
		t.alerts[a.Fingerprint] = a
		t.labels[a.Fingerprint] = AlertLabels(&a)
		if known {
			continue
		}
		t.order = append(t.order, a.Fingerprint)
		if err := r.route(ctx, t, a.Fingerprint, now); err != nil {
			errs = append(errs, err)
		}
	}
	if !inc.Status.Open() {
		delete(r.tracked, inc.ID)
	}
	return errors.Join(errs...)
}

// route puts a new alert into the groups of the routes it matches, unless
// a group already dealt with it (before a restart).
func (r *Router) route(ctx context.Context, t *tracked, fp string, now time.Time) error {
	a := t.alerts[fp]
	if a.Status == alert.StatusRetracted {
		return nil
	}
	labels := t.labels[fp]
	for _, n := range r.tree.match(labels) {
		key, values := n.groupKey(labels)
		g, err := r.group(ctx, n, key, values)
		if err != nil {
			return err
		}
		g.incidents[t.inc.ID] = true
		if _, done := g.state.Handled[fp]; done || slices.ContainsFunc(g.pending, func(p pendingAlert) bool { return p.fingerprint == fp }) {
			continue
		}
		if len(g.pending) == 0 {
			g.pendingSince = now
		}
		g.pending = append(g.pending, pendingAlert{fingerprint: fp, incidentID: t.inc.ID})
	}
	return nil
}

func (r *Router) group(ctx context.Context, n *node, key string, values map[string]string) (*group, error) {
	if g, ok := r.groups[key]; ok {
		return g, nil
	}
	st, err := r.state.RouteGroupState(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("route: load group %s: %w", key, err)
	}
	if st.Handled == nil {
		st.Handled = map[string]Outcome{}
	}
	g := &group{key: key, node: n, values: values, state: st, incidents: map[string]bool{}}
	r.groups[key] = g
	return g, nil
}

// muting answers "is this alert muted now?" for one tick, loading the
// active silences and the inhibition sources once.
type muting struct {
	r        *Router
	now      time.Time
	loaded   bool
	silences []silence.Silence
	sources  []inhibit.Labeled
}

func (m *muting) load(ctx context.Context) error {
	if m.loaded {
		return nil
	}
	s, err := m.r.silences.ActiveSilences(ctx, m.now)
	if err != nil {
		return fmt.Errorf("route: load silences: %w", err)
	}
	m.silences, m.sources, m.loaded = s, m.r.inhibitionSources(), true
	return nil
}

// check returns the outcome for an alert with these labels and the
// timeline wording of why it was muted.
func (m *muting) check(ctx context.Context, fp string, labels map[string]string) (Outcome, string, string, error) {
	if err := m.load(ctx); err != nil {
		return "", "", "", err
	}
	if s := silence.Find(m.silences, labels, m.now); s != nil {
		return OutcomeSilenced, s.ID, fmt.Sprintf("silence %s %s (by %s until %s: %s)", s.ID, s.Matchers, s.CreatedBy, s.EndsAt.UTC().Format(time.RFC3339), s.Comment), nil
	}
	if res, ok := inhibit.Check(m.r.rules, inhibit.Labeled{ID: fp, Labels: labels}, m.sources); ok {
		why := fmt.Sprintf("alert %s (%s)", res.Source.ID, res.Source.Labels[LabelKind])
		if res.Source.Labels[LabelKind] == KindContained {
			why = fmt.Sprintf("incident %s is contained on %s", res.Source.Labels[LabelIncident], res.Source.Labels[LabelMonitor])
		}
		return OutcomeInhibited, fmt.Sprintf("rule %d", res.Rule), fmt.Sprintf("%s because %s", m.r.rules[res.Rule].Describe(res.Rule), why), nil
	}
	return OutcomeNotified, "", "", nil
}

// inhibitionSources are the alerts of open incidents (retracted ones
// excepted) and one kind="contained" source per contained incident.
func (r *Router) inhibitionSources() []inhibit.Labeled {
	var out []inhibit.Labeled
	for _, id := range slices.Sorted(maps.Keys(r.tracked)) {
		t := r.tracked[id]
		for _, fp := range t.order {
			if t.alerts[fp].Status != alert.StatusRetracted {
				out = append(out, inhibit.Labeled{ID: fp, Labels: t.labels[fp]})
			}
		}
		if t.inc.Status == incident.StatusContained {
			out = append(out, inhibit.Labeled{ID: "contained/" + id, Labels: ContainedLabels(&t.inc)})
		}
	}
	return out
}

// flush decides each pending alert's outcome, records muted ones on their
// incidents' timelines, stores the outcome and the message, and sends it.
func (r *Router) flush(ctx context.Context, g *group, m *muting, now time.Time) error {
	var (
		send    []alert.Alert
		handled []Handled
		entries = map[string][]incident.Entry{}
		incs    []string
	)
	for _, p := range g.pending {
		t := r.tracked[p.incidentID]
		if t == nil {
			continue // resolved or closed before its group was due: nobody needs paging
		}
		a := t.alerts[p.fingerprint]
		h := Handled{GroupKey: g.key, Fingerprint: p.fingerprint, IncidentID: p.incidentID}
		if a.Status == alert.StatusRetracted {
			h.Outcome = OutcomeRetracted
		} else {
			outcome, detail, why, err := m.check(ctx, p.fingerprint, t.labels[p.fingerprint])
			if err != nil {
				return err
			}
			h.Outcome, h.Detail = outcome, detail
			switch outcome {
			case OutcomeNotified:
				send = append(send, a)
				if !slices.Contains(incs, p.incidentID) {
					incs = append(incs, p.incidentID)
				}
			case OutcomeSilenced:
				entries[p.incidentID] = append(entries[p.incidentID], incident.NewEntry(now, EntryNotification, actor,
					fmt.Sprintf("Notification to %s suppressed by %s: %s", g.node.receiver, why, a.Title),
					map[string]any{"fingerprint": a.Fingerprint, "receiver": g.node.receiver, "group": g.key, "silence": detail}))
			case OutcomeInhibited:
				entries[p.incidentID] = append(entries[p.incidentID], incident.NewEntry(now, EntryNotification, actor,
					fmt.Sprintf("Notification to %s muted by %s: %s", g.node.receiver, why, a.Title),
					map[string]any{"fingerprint": a.Fingerprint, "receiver": g.node.receiver, "group": g.key, "inhibit": detail}))
			}
		}
		handled = append(handled, h)
	}
	// Timeline first: a crash before the outcome is stored repeats an
	// entry rather than losing one.
	for _, id := range slices.Sorted(maps.Keys(entries)) {
		for _, e := range entries[id] {
			if err := r.incidents.Record(ctx, id, e); err != nil {
				return fmt.Errorf("route: record muted notification on incident %s: %w", id, err)
			}
		}
	}
	var f *Flush
	if len(send) > 0 {
		lead, err := r.leadIncident(ctx, incs)
		if err != nil {
			return err
		}
		note := fmt.Sprintf("%d new alert(s) in group %s", len(send), describeGroup(g.node.groupBy, g.values))
		if len(incs) > 1 {
			note += "; incidents " + strings.Join(incs, ", ")
		}
		f = &Flush{GroupKey: g.key, Seq: g.state.Seq + 1, Receiver: g.node.receiver, Event: notify.EventTrigger,
			IncidentID: lead, Incidents: incs, Fingerprints: fingerprints(send), Note: note, At: now.UTC()}
	}
	if err := r.state.SaveRouteFlush(ctx, f, handled); err != nil {
		return fmt.Errorf("route: save flush of group %s: %w", g.key, err)
	}
	for _, h := range handled {
		g.state.Handled[h.Fingerprint] = h.Outcome
	}
	g.pending = nil
	if f == nil {
		return nil
	}
	g.state.Seq, g.state.LastFlushAt = f.Seq, now
	return r.send(ctx, *f, send)
}

// firing reports whether a group has an incident nobody has taken yet
// (still detected) that it notified about: repeat_interval reminds those.
func (r *Router) firing(g *group) bool {
	if g.node.repeatInterval <= 0 || g.state.LastFlushAt.IsZero() {
		return false
	}
	for id := range g.incidents {
		if t := r.tracked[id]; t != nil && t.inc.Status == incident.StatusDetected {
			return true
		}
	}
	return false
}

// over reports whether a group has nothing left to do: every incident in
// it is resolved or closed.
func (r *Router) over(g *group) bool {
	for id := range g.incidents {
		if r.tracked[id] != nil {
			return false
		}
	}
	return true
}

// remind re-notifies the alerts of the group's unacknowledged incidents,
// leaving out those muted meanwhile.
func (r *Router) remind(ctx context.Context, g *group, m *muting, now time.Time) error {
	var send []alert.Alert
	var incs []string
	for _, id := range slices.Sorted(maps.Keys(g.incidents)) {
		t := r.tracked[id]
		if t == nil || t.inc.Status != incident.StatusDetected {
			continue
		}
		for _, fp := range t.order {
			if g.state.Handled[fp] != OutcomeNotified {
				continue
			}
			outcome, _, _, err := m.check(ctx, fp, t.labels[fp])
			if err != nil {
				return err
			}
			if outcome == OutcomeNotified && t.alerts[fp].Status != alert.StatusRetracted {
				send = append(send, t.alerts[fp])
				if !slices.Contains(incs, id) {
					incs = append(incs, id)
				}
			}
		}
	}
	if len(send) == 0 {
		g.state.LastFlushAt = now // nothing to remind of now; look again after another interval
		return nil
	}
	lead, err := r.leadIncident(ctx, incs)
	if err != nil {
		return err
	}
	f := Flush{GroupKey: g.key, Seq: g.state.Seq + 1, Receiver: g.node.receiver, Event: notify.EventTrigger,
		IncidentID: lead, Incidents: incs, Fingerprints: fingerprints(send), At: now.UTC(),
		Note: fmt.Sprintf("Reminder: not acknowledged %s after the last notification (group %s)", g.node.repeatInterval, describeGroup(g.node.groupBy, g.values))}
	if err := r.state.SaveRouteFlush(ctx, &f, nil); err != nil {
		return fmt.Errorf("route: save reminder of group %s: %w", g.key, err)
	}
	g.state.Seq, g.state.LastFlushAt = f.Seq, now
	return r.send(ctx, f, send)
}

// send hands a stored flush to the sender, marks it sent and says so on
// the incidents' timelines. A refused flush is kept and tried again on
// the next tick, under the same key.
func (r *Router) send(ctx context.Context, f Flush, alerts []alert.Alert) error {
	lead, err := r.incident(ctx, f.IncidentID)
	if err != nil {
		r.unsent = append(r.unsent, f)
		return err
	}
	msg := notify.Message{Key: f.Key(), Receiver: f.Receiver, Event: f.Event, Incident: *lead, Alerts: alerts,
		Actions: r.actions(ctx, lead.ID), Note: f.Note, At: f.At}
	if err := r.sender.Send(ctx, msg); err != nil {
		r.unsent = append(r.unsent, f)
		return fmt.Errorf("route: send %s: %w", msg.Key, err)
	}
	if err := r.state.MarkRouteFlushSent(ctx, f.GroupKey, f.Seq); err != nil {
		// Sent again at the next start under the same key: the
		// dispatcher delivers it once.
		r.logger.Error("mark notification sent", "key", msg.Key, "err", err)
	}
	r.logger.Info("notification sent", "key", msg.Key, "receiver", f.Receiver, "incident", f.IncidentID, "alerts", len(alerts))
	for _, id := range f.Incidents {
		n := 0
		for _, a := range alerts {
			if a.IncidentID == id {
				n++
			}
		}
		e := incident.NewEntry(r.clock.Now(), EntryNotification, actor, fmt.Sprintf("Notified %s (%s, %d alert(s)): %s", f.Receiver, f.Event, n, f.Note),
			map[string]any{"receiver": f.Receiver, "key": msg.Key, "event": f.Event, "alerts": n})
		if err := r.incidents.Record(ctx, id, e); err != nil {
			r.logger.Error("record notification on timeline", "incident", id, "err", err)
		}
	}
	return nil
}

// sendUnsent re-sends flushes stored but not accepted (a crash, or the
// sender refusing), rebuilding them from the stored alerts.
func (r *Router) sendUnsent(ctx context.Context) error {
	if len(r.unsent) == 0 {
		return nil
	}
	pending := r.unsent
	r.unsent = nil
	var errs []error
	for _, f := range pending {
		alerts, err := r.flushAlerts(ctx, f)
		if err != nil {
			r.unsent = append(r.unsent, f)
			errs = append(errs, err)
			continue
		}
		if err := r.send(ctx, f, alerts); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (r *Router) flushAlerts(ctx context.Context, f Flush) ([]alert.Alert, error) {
	want := map[string]bool{}
	for _, fp := range f.Fingerprints {
		want[fp] = true
	}
	var out []alert.Alert
	for _, id := range f.Incidents {
		alerts, err := r.incidents.Store().IncidentAlerts(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("route: load alerts of incident %s: %w", id, err)
		}
		for _, a := range alerts {
			if want[a.Fingerprint] {
				out = append(out, a)
			}
		}
	}
	return out, nil
}

// announceStatus tells every receiver that was notified about an incident
// that its status changed: acknowledged, resolved (or closed without the
// router seeing it resolved) or anything else as an update (contained,
// investigating).
func (r *Router) announceStatus(ctx context.Context, from incident.Status, inc incident.Incident) error {
	var ev notify.Event
	switch inc.Status {
	case incident.StatusAcknowledged:
		ev = notify.EventAcknowledge
	case incident.StatusResolved:
		ev = notify.EventResolve
	case incident.StatusClosed:
		if from == incident.StatusResolved {
			return nil
		}
		ev = notify.EventResolve
	default:
		ev = notify.EventUpdate
	}
	receivers, err := r.state.RouteReceivers(ctx, inc.ID)
	if err != nil {
		return fmt.Errorf("route: receivers of incident %s: %w", inc.ID, err)
	}
	if len(receivers) == 0 {
		return nil
	}
	actions := r.actions(ctx, inc.ID)
	var errs []error
	var told []string
	for _, rcv := range receivers {
		// The key names the change (the incident's update time), so the
		// same change seen twice is delivered once.
		msg := notify.Message{Key: fmt.Sprintf("%s/%s/%s/%d", inc.ID, rcv, ev, inc.UpdatedAt.UnixNano()), Receiver: rcv, Event: ev,
			Incident: inc, Actions: actions, Note: fmt.Sprintf("Status %s -> %s", from, inc.Status), At: inc.UpdatedAt}
		if err := r.sender.Send(ctx, msg); err != nil {
			errs = append(errs, fmt.Errorf("route: send %s: %w", msg.Key, err))
			continue
		}
		told = append(told, rcv)
	}
	if len(told) > 0 {
		e := incident.NewEntry(r.clock.Now(), EntryNotification, actor, fmt.Sprintf("Told %s: status %s", strings.Join(told, ", "), inc.Status),
			map[string]any{"receivers": told, "event": ev})
		if err := r.incidents.Record(ctx, inc.ID, e); err != nil {
			errs = append(errs, fmt.Errorf("route: record status notification on incident %s: %w", inc.ID, err))
		}
	}
	return errors.Join(errs...)
}

// leadIncident picks the incident a message is about: the most severe,
// then the first opened.
func (r *Router) leadIncident(ctx context.Context, ids []string) (string, error) {
	var best *incident.Incident
	for _, id := range ids {
		inc, err := r.incident(ctx, id)
		if err != nil {
			return "", err
		}
		if best == nil || inc.Severity > best.Severity ||
			(inc.Severity == best.Severity && cmp.Or(inc.OpenedAt.Compare(best.OpenedAt), strings.Compare(inc.ID, best.ID)) < 0) {
			best = inc
		}
	}
	if best == nil {
		return "", errors.New("route: a flush without incidents")
	}
	return best.ID, nil
}

func (r *Router) incident(ctx context.Context, id string) (*incident.Incident, error) {
	if t := r.tracked[id]; t != nil {
		inc := t.inc
		return &inc, nil
	}
	inc, err := r.incidents.Store().Incident(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("route: load incident %s: %w", id, err)
	}
	return inc, nil
}

// actions lists what the responder already did, from the timeline, for
// the message body. A timeline that cannot be read leaves it empty: the
// notification matters more.
func (r *Router) actions(ctx context.Context, id string) []string {
	entries, err := r.incidents.Store().Timeline(ctx, id)
	if err != nil {
		r.logger.Warn("read timeline for notification", "incident", id, "err", err)
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.Kind == incident.EntryAction {
			out = append(out, e.Message)
		}
	}
	return out
}

func fingerprints(alerts []alert.Alert) []string {
	out := make([]string, len(alerts))
	for i, a := range alerts {
		out[i] = a.Fingerprint
	}
	return out
}
