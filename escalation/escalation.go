// Package escalation pages people about incidents nobody has taken on. An
// escalation policy is a list of levels, each naming schedules (whoever is
// on call then), people and teams, and how long they have to acknowledge:
// level 1 is paged as soon as an incident is open and unacknowledged,
// level 2 when level 1's timeout passes without an acknowledgement, and so
// on; after the last level the policy starts over Repeat more times.
// Paging stops as soon as the incident is acknowledged or moves on
// (contained, resolved, ...).
//
// Progress is durable: each incident's level and deadline are stored, in
// the same transaction as the timeline entry that records the page, so a
// restart neither pages a level twice nor forgets when the next one is
// due. Pages go through notify.Sender under a key per incident, round,
// level and receiver, which the delivery log delivers at most once: a
// crash between sending and saving re-sends the same keys harmlessly.
package escalation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/oncall"
)

// EntryPage is the timeline kind of pages and of the end of paging.
const EntryPage = "page"

// Why paging ended (State.Stopped).
const (
	StoppedAcknowledged = "acknowledged"
	StoppedExhausted    = "exhausted"
	StoppedNoPolicy     = "no_policy"
)

// State is one incident's escalation progress.
type State struct {
	IncidentID string `json:"incident_id"`
	Policy     string `json:"policy"`
	// Round counts walks through the levels: 0 is the first, 1..Repeat
	// the repeats.
	Round int `json:"round"`
	// Level is the index of the level paged last.
	Level   int       `json:"level"`
	PagedAt time.Time `json:"paged_at"`
	// Deadline is when the next level is paged unless the incident has
	// been acknowledged by then.
	Deadline time.Time `json:"deadline"`
	// Stopped says why paging ended (StoppedAcknowledged, ...); empty
	// while it goes on.
	Stopped   string    `json:"stopped,omitempty"`
	StoppedAt time.Time `json:"stopped_at,omitzero"`
}

// Store is what the engine needs from persistence; store/sqlite
// implements it.
type Store interface {
	// UnacknowledgedIncidents returns the incidents in status detected.
	UnacknowledgedIncidents(ctx context.Context) ([]incident.Incident, error)
	Incident(ctx context.Context, id string) (*incident.Incident, error)
	// OpenEscalations returns the progress of every escalation that has
	// not stopped.
	OpenEscalations(ctx context.Context) ([]State, error)
	// Escalation returns an incident's progress, nil when it was never
	// paged.
	Escalation(ctx context.Context, incidentID string) (*State, error)
	// SaveEscalation stores st and appends entries to the incident's
	// timeline (sealing each) in one transaction.
	SaveEscalation(ctx context.Context, st *State, entries []incident.Entry) error
}

// Options configure an Engine.
type Options struct {
	Store  Store
	Sender notify.Sender
	// Receivers maps a contact channel (config.ChannelSlack, ...) to the
	// name of the notification receiver that pages people on it. A
	// person's handles on channels without a receiver are not used.
	Receivers map[string]string
	// PolicyFor picks the escalation policy of an incident; ok false
	// pages nobody. Default: the policy of the team owning the incident's
	// monitor (config.Config.EscalationPolicyFor).
	PolicyFor func(inc *incident.Incident) (policy string, ok bool)
	// MinSeverity is the least severe incident that pages anyone (default
	// high): lower ones reach the routing tree's channels only.
	MinSeverity alert.Severity
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
}

// Engine pages and escalates.
type Engine struct {
	store     Store
	sender    notify.Sender
	receivers map[string]string
	policyFor func(inc *incident.Incident) (string, bool)
	minSev    alert.Severity
	now       func() time.Time
	logger    *slog.Logger

	people    map[string]*config.User
	teams     map[string]*config.Team
	schedules map[string]*oncall.Schedule
	policies  map[string]*config.EscalationPolicy
}

// New builds an engine over a validated configuration.
func New(cfg *config.Config, opts Options) (*Engine, error) {
	if opts.Store == nil || opts.Sender == nil {
		return nil, errors.New("escalation: a store and a sender are required")
	}
	e := &Engine{
		store: opts.Store, sender: opts.Sender, receivers: opts.Receivers, policyFor: opts.PolicyFor, minSev: opts.MinSeverity, now: opts.Now, logger: opts.Logger,
		people: map[string]*config.User{}, teams: map[string]*config.Team{}, schedules: map[string]*oncall.Schedule{}, policies: map[string]*config.EscalationPolicy{},
	}
	if e.now == nil {
		e.now = time.Now
	}
	if e.logger == nil {
		e.logger = slog.New(slog.DiscardHandler)
	}
	if e.minSev == alert.SeverityUnknown {
		e.minSev = alert.SeverityHigh
	}
	if e.policyFor == nil {
		e.policyFor = func(inc *incident.Incident) (string, bool) { return cfg.EscalationPolicyFor(inc.Monitor) }
	}
	for i := range cfg.Users {
		e.people[cfg.Users[i].Name] = &cfg.Users[i]
	}
	for i := range cfg.Teams {
		e.teams[cfg.Teams[i].Name] = &cfg.Teams[i]
	}
	for i := range cfg.Schedules {
		s, err := oncall.FromConfig(&cfg.Schedules[i])
		if err != nil {
			return nil, fmt.Errorf("escalation: %w", err)
		}
		e.schedules[s.Name] = s
	}
	for i := range cfg.EscalationPolicies {
		p := &cfg.EscalationPolicies[i]
		if len(p.Levels) == 0 {
			return nil, fmt.Errorf("escalation: policy %q has no levels", p.Name)
		}
		for j, lv := range p.Levels {
			if lv.Timeout <= 0 {
				return nil, fmt.Errorf("escalation: policy %q level %d: timeout must be positive", p.Name, j+1)
			}
		}
		e.policies[p.Name] = p
	}
	return e, nil
}

// Run calls Tick every interval until ctx ends. A failed tick is logged
// and the next one tries again.
func (e *Engine) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := e.Tick(ctx); err != nil && ctx.Err() == nil {
			e.logger.Error("escalation tick failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Tick pages every unacknowledged incident whose next level is due and
// stops paging for incidents that were acknowledged. Errors of one
// incident do not keep the others from being paged; they are joined.
func (e *Engine) Tick(ctx context.Context) error {
	open, err := e.store.OpenEscalations(ctx)
	if err != nil {
		return fmt.Errorf("escalation: load progress: %w", err)
	}
	running := make(map[string]*State, len(open))
	for i := range open {
		running[open[i].IncidentID] = &open[i]
	}
	incs, err := e.store.UnacknowledgedIncidents(ctx)
	if err != nil {
		return fmt.Errorf("escalation: load unacknowledged incidents: %w", err)
	}
	var errs []error
	for i := range incs {
		inc := &incs[i]
		st, ok := running[inc.ID]
		delete(running, inc.ID)
		if !ok {
			if st, err = e.store.Escalation(ctx, inc.ID); err != nil {
				errs = append(errs, fmt.Errorf("escalation: incident %s: load progress: %w", inc.ID, err))
				continue
			}
			if st != nil && st.Stopped != "" {
				continue // exhausted: everyone was paged already
			}
		}
		if err := e.advance(ctx, inc, st); err != nil {
			errs = append(errs, fmt.Errorf("escalation: incident %s: %w", inc.ID, err))
		}
	}
	// What is left runs for incidents no longer waiting for anyone.
	for _, st := range running {
		if err := e.stop(ctx, st); err != nil {
			errs = append(errs, fmt.Errorf("escalation: incident %s: %w", st.IncidentID, err))
		}
	}
	return errors.Join(errs...)
}

// advance pages the incident's first level when it was never paged, or
// its next level when the current one's deadline has passed.
func (e *Engine) advance(ctx context.Context, inc *incident.Incident, st *State) error {
	now := e.now().UTC()
	if st == nil {
		if inc.Severity < e.minSev {
			return nil
		}
		name, ok := e.policyFor(inc)
		if !ok {
			return nil
		}
		policy, ok := e.policies[name]
		if !ok {
			return fmt.Errorf("escalation policy %q is not configured", name)
		}
		return e.page(ctx, inc, &State{IncidentID: inc.ID, Policy: name}, policy, 0, 0, "")
	}
	if now.Before(st.Deadline) {
		return nil
	}
	policy, ok := e.policies[st.Policy]
	if !ok {
		st.Stopped, st.StoppedAt = StoppedNoPolicy, now
		msg := fmt.Sprintf("Paging stopped: escalation policy %q is no longer configured", st.Policy)
		return e.store.SaveEscalation(ctx, st, []incident.Entry{incident.NewEntry(now, EntryPage, "warden", msg, map[string]any{"policy": st.Policy, "stopped": st.Stopped})})
	}
	why := ""
	if st.Level < len(policy.Levels) {
		why = fmt.Sprintf("level %d did not acknowledge within %s", st.Level+1, formatDuration(policy.Levels[st.Level].Timeout))
	}
	round, level := st.Round, st.Level+1
	if level >= len(policy.Levels) {
		if round >= policy.Repeat {
			st.Stopped, st.StoppedAt = StoppedExhausted, now
			msg := fmt.Sprintf("Escalation policy %s exhausted: nobody acknowledged after %d round(s) of %d level(s); %s", policy.Name, round+1, len(policy.Levels), why)
			e.logger.Warn("escalation exhausted", "incident", inc.ID, "policy", policy.Name)
			return e.store.SaveEscalation(ctx, st, []incident.Entry{incident.NewEntry(now, EntryPage, "warden", msg,
				map[string]any{"policy": policy.Name, "rounds": round + 1, "stopped": st.Stopped})})
		}
		round, level = round+1, 0
	}
	return e.page(ctx, inc, st, policy, round, level, why)
}

// reach is one paged person and the channels that reached them.
type reach struct {
	person   string
	channels []string
	via      string // how they were chosen: "on call in primary", "team security"
}

// page sends level's pages, then records them and the new deadline.
func (e *Engine) page(ctx context.Context, inc *incident.Incident, st *State, policy *config.EscalationPolicy, round, level int, why string) error {
	now := e.now().UTC()
	lv := policy.Levels[level]
	people, nobody := e.resolve(lv, now)

	// Group handles per receiver: one message each, addressing everyone
	// this level pages on that receiver's channel.
	to := map[string][]string{}
	var receivers []string
	for i := range people {
		u := e.people[people[i].person]
		if u == nil {
			continue
		}
		for _, ch := range sortedChannels(u.Contacts) {
			recv, ok := e.receivers[ch]
			handle, has := u.Contact(ch)
			if !ok || !has {
				continue
			}
			if _, seen := to[recv]; !seen {
				receivers = append(receivers, recv)
			}
			if !slices.Contains(to[recv], handle) {
				to[recv] = append(to[recv], handle)
			}
			people[i].channels = append(people[i].channels, ch)
		}
	}
	event, note := notify.EventTrigger, fmt.Sprintf("Paging level %d of escalation policy %s", level+1, policy.Name)
	if round > 0 || level > 0 {
		event = notify.EventEscalate
	}
	if round > 0 {
		note += fmt.Sprintf(" (repeat %d of %d)", round, policy.Repeat)
	}
	if why != "" {
		note += ": " + why
	}
	var keys []string
	for _, recv := range receivers {
		key := fmt.Sprintf("%s/page/%d/%d/%s", inc.ID, round, level+1, recv)
		m := notify.Message{Key: key, Receiver: recv, Event: event, Incident: *inc, To: to[recv], Note: note, At: now}
		if err := e.sender.Send(ctx, m); err != nil {
			// Nothing is saved: the next tick pages this level again
			// under the same keys, which delivers the missing ones only.
			return fmt.Errorf("page level %d through %s: %w", level+1, recv, err)
		}
		keys = append(keys, key)
	}

	st.Round, st.Level, st.PagedAt, st.Deadline = round, level, now, now.Add(lv.Timeout)
	msg, data := describePage(policy, round, level, people, nobody, why)
	data["keys"] = keys
	data["deadline"] = st.Deadline
	if err := e.store.SaveEscalation(ctx, st, []incident.Entry{incident.NewEntry(now, EntryPage, "warden", msg, data)}); err != nil {
		return fmt.Errorf("record page of level %d: %w", level+1, err)
	}
	e.logger.Info("paged", "incident", inc.ID, "policy", policy.Name, "level", level+1, "round", round, "receivers", receivers)
	return nil
}

// resolve lists the people a level pages at now, each once, in the order
// schedules, people, teams; nobody lists schedules with nobody on call.
func (e *Engine) resolve(lv config.EscalationLevel, now time.Time) (people []reach, nobody []string) {
	seen := map[string]bool{}
	add := func(person, via string) {
		if !seen[person] {
			seen[person] = true
			people = append(people, reach{person: person, via: via})
		}
	}
	for _, name := range lv.Schedules {
		s, ok := e.schedules[name]
		if !ok {
			nobody = append(nobody, name+" (not configured)")
			continue
		}
		if sh, ok := s.WhoIsOn(now); ok {
			add(sh.Person, "on call in "+name)
		} else {
			nobody = append(nobody, name)
		}
	}
	for _, p := range lv.People {
		add(p, "")
	}
	for _, name := range lv.Teams {
		if t, ok := e.teams[name]; ok {
			for _, m := range t.Members {
				add(m, "team "+name)
			}
		}
	}
	return people, nobody
}

// describePage is the timeline line of a page:
// "Paged level 2: alice (slack, email) — level 1 did not acknowledge within 5m".
func describePage(policy *config.EscalationPolicy, round, level int, people []reach, nobody []string, why string) (string, map[string]any) {
	var parts []string
	reached := map[string][]string{}
	via := map[string]string{}
	var unreachable []string
	for _, r := range people {
		if r.via != "" {
			via[r.person] = r.via
		}
		if len(r.channels) == 0 {
			parts = append(parts, r.person+" (no contact on a paging channel)")
			unreachable = append(unreachable, r.person)
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", r.person, strings.Join(r.channels, ", ")))
		reached[r.person] = r.channels
	}
	for _, s := range nobody {
		parts = append(parts, "nobody on call in "+s)
	}
	if len(parts) == 0 {
		parts = append(parts, "nobody")
	}
	msg := fmt.Sprintf("Paged level %d", level+1)
	if round > 0 {
		msg += fmt.Sprintf(" again (repeat %d of %d)", round, policy.Repeat)
	}
	msg += ": " + strings.Join(parts, ", ")
	if why != "" {
		msg += " — " + why
	}
	data := map[string]any{"policy": policy.Name, "round": round, "level": level + 1, "paged": reached}
	if len(via) > 0 {
		data["via"] = via
	}
	if len(unreachable) > 0 {
		data["unreachable"] = unreachable
	}
	if len(nobody) > 0 {
		data["empty_schedules"] = nobody
	}
	return msg, data
}

// stop ends paging for an incident that no longer waits for anyone.
func (e *Engine) stop(ctx context.Context, st *State) error {
	inc, err := e.store.Incident(ctx, st.IncidentID)
	if err != nil {
		return fmt.Errorf("load incident: %w", err)
	}
	if inc.Status == incident.StatusDetected {
		return nil // became unacknowledged between the two reads; the next tick pages it
	}
	now := e.now().UTC()
	st.Stopped, st.StoppedAt = StoppedAcknowledged, now
	how := "the incident is " + string(inc.Status)
	if inc.AcknowledgedBy != "" {
		how = "acknowledged by " + inc.AcknowledgedBy
	}
	msg := fmt.Sprintf("Paging stopped at level %d: %s", st.Level+1, how)
	e.logger.Info("paging stopped", "incident", inc.ID, "level", st.Level+1, "status", inc.Status)
	return e.store.SaveEscalation(ctx, st, []incident.Entry{incident.NewEntry(now, EntryPage, "warden", msg,
		map[string]any{"policy": st.Policy, "level": st.Level + 1, "round": st.Round, "stopped": st.Stopped, "status": string(inc.Status)})})
}

func sortedChannels(c config.Contacts) []string {
	out := make([]string, 0, len(c))
	for ch := range c {
		out = append(out, ch)
	}
	// Stable, readable order: the fixed channel order below, then others.
	order := []string{config.ChannelSlack, config.ChannelEmail, config.ChannelTelegram, config.ChannelDiscord, config.ChannelPagerDuty, config.ChannelOpsgenie, config.ChannelPhone}
	slices.SortFunc(out, func(a, b string) int {
		ia, ib := slices.Index(order, a), slices.Index(order, b)
		if ia < 0 {
			ia = len(order)
		}
		if ib < 0 {
			ib = len(order)
		}
		if ia != ib {
			return ia - ib
		}
		return strings.Compare(a, b)
	})
	return out
}

// formatDuration writes 5m rather than 5m0s.
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
