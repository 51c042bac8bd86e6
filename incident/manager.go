package incident

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
)

// Store is what the incident manager needs from persistence. Every method
// that changes more than one thing does it in one transaction, so a crash
// never leaves an alert grouped without its timeline entry or vice versa.
type Store interface {
	// UngroupedAlerts returns stored alerts not yet in an incident, oldest first.
	UngroupedAlerts(ctx context.Context) ([]alert.Alert, error)
	// FindOpenIncident returns the open incident of this monitor and
	// attacker whose last alert is at or after since, or nil.
	FindOpenIncident(ctx context.Context, monitor string, attacker common.Address, since time.Time) (*Incident, error)
	// GroupAlert saves inc (inserting it when created), marks the alert as
	// belonging to it and appends the entries, sealing each.
	GroupAlert(ctx context.Context, inc *Incident, created bool, fingerprint string, entries []Entry) error
	// UpdateIncident saves inc and appends the entries, sealing each.
	UpdateIncident(ctx context.Context, inc *Incident, entries []Entry) error
	// AppendEntries appends entries to an incident's timeline.
	AppendEntries(ctx context.Context, incidentID string, entries []Entry) error
	Incident(ctx context.Context, id string) (*Incident, error)
	Incidents(ctx context.Context) ([]Incident, error)
	IncidentAlerts(ctx context.Context, id string) ([]alert.Alert, error)
	Timeline(ctx context.Context, id string) ([]Entry, error)
}

// Manager groups alerts into incidents and changes their state.
type Manager struct {
	store  Store
	window time.Duration
	now    func() time.Time
	logger *slog.Logger
	// mu serialises every read-modify-write of an incident (grouping an
	// alert, a transition, an escalation): the store saves whole incident
	// records, so two writers interleaving would lose one's change (an
	// alert counted by grouping, overwritten by a transition read before).
	mu sync.Mutex
}

// NewManager builds a manager; window is the grouping window.
func NewManager(store Store, window time.Duration, logger *slog.Logger) *Manager {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Manager{store: store, window: window, now: time.Now, logger: logger}
}

// Store exposes the underlying store for readers (API, reports).
func (m *Manager) Store() Store { return m.store }

// Process groups every stored alert that has no incident yet and returns
// the incidents that were opened or changed. It is idempotent: an alert is
// grouped once, in the same transaction that records it on the timeline, so
// calling Process again after a crash finishes the job without repeating it.
func (m *Manager) Process(ctx context.Context) ([]*Incident, error) {
	alerts, err := m.store.UngroupedAlerts(ctx)
	if err != nil {
		return nil, fmt.Errorf("load ungrouped alerts: %w", err)
	}
	changed := map[string]*Incident{}
	var order []string
	for _, a := range alerts {
		m.mu.Lock()
		inc, err := m.group(ctx, a)
		m.mu.Unlock()
		if err != nil {
			return nil, err
		}
		if _, seen := changed[inc.ID]; !seen {
			order = append(order, inc.ID)
		}
		changed[inc.ID] = inc
	}
	out := make([]*Incident, 0, len(order))
	for _, id := range order {
		out = append(out, changed[id])
	}
	return out, nil
}

func (m *Manager) group(ctx context.Context, a alert.Alert) (*Incident, error) {
	inc, err := m.store.FindOpenIncident(ctx, a.Monitor, a.From, a.BlockTime.Add(-m.window))
	if err != nil {
		return nil, fmt.Errorf("find incident for alert %s: %w", a.Fingerprint, err)
	}
	now := m.now().UTC()
	created := inc == nil
	assessed := AssessAlert(&a)
	var entries []Entry
	if created {
		inc = &Incident{
			ID:             incidentID(a),
			Monitor:        a.Monitor,
			Chain:          a.Chain,
			Attacker:       a.From,
			Title:          a.Title,
			Severity:       a.Severity,
			Status:         StatusDetected,
			OpenedAt:       now,
			FirstBlock:     a.BlockNumber,
			FirstAlertTime: a.BlockTime,
			SEV:            assessed.Level,
			DerivedSEV:     assessed.Level,
			SEVReason:      assessed.Reason,
		}
		entries = append(entries, NewEntry(now, EntryOpened, "warden", fmt.Sprintf("Incident opened on %s for sender %s: %s (%s: %s)", a.Monitor, a.From.Hex(), a.Title, assessed.Level, assessed.Reason),
			map[string]any{"severity": a.Severity.String(), "sev": assessed.Level.String(), "sev_reason": assessed.Reason}))
	}
	entries = append(entries, NewEntry(now, EntryAlert, "detector:"+a.Detector,
		fmt.Sprintf("[%s] %s (block %d, tx %s)", a.Severity, a.Title, a.BlockNumber, a.TxHash.Hex()),
		map[string]any{"fingerprint": a.Fingerprint, "detector": a.Detector, "block": a.BlockNumber, "tx": a.TxHash.Hex(), "confidence": a.Confidence, "seen_at": a.SeenAt, "stored_at": a.StoredAt}))
	if !created {
		if e, ok := raiseSeverity(inc, a, assessed, now); ok {
			entries = append(entries, e)
		}
	}
	inc.ValueAtRiskUSD = max(inc.ValueAtRiskUSD, assessed.ValueAtRiskUSD)
	inc.AlertCount++
	inc.UpdatedAt = now
	inc.LastBlock = max(inc.LastBlock, a.BlockNumber)
	if a.BlockTime.After(inc.LastAlertTime) {
		inc.LastAlertTime = a.BlockTime
	}
	if !slices.Contains(inc.Detectors, a.Detector) {
		inc.Detectors = append(inc.Detectors, a.Detector)
	}
	if err := m.store.GroupAlert(ctx, inc, created, a.Fingerprint, entries); err != nil {
		return nil, fmt.Errorf("group alert %s into incident %s: %w", a.Fingerprint, inc.ID, err)
	}
	if created {
		m.logger.Info("incident opened", "incident", inc.ID, "monitor", inc.Monitor, "attacker", inc.Attacker, "severity", inc.Severity)
	}
	return inc, nil
}

// raiseSeverity applies a joining alert's severity and SEV level to inc,
// only ever upwards, and returns the one entry recording what changed. An
// overridden level stays: the entry says what the alerts now call for, so
// the commander can decide again.
func raiseSeverity(inc *Incident, a alert.Alert, assessed Assessment, now time.Time) (Entry, bool) {
	var parts []string
	data := map[string]any{}
	if a.Severity > inc.Severity {
		parts = append(parts, fmt.Sprintf("Severity raised from %s to %s", inc.Severity, a.Severity))
		data["severity_from"], data["severity_to"] = inc.Severity.String(), a.Severity.String()
		inc.Severity = a.Severity
		inc.Title = a.Title
	}
	if assessed.Level.Worse(inc.DerivedSEV) {
		data["derived_from"], data["derived_to"], data["sev_reason"] = inc.DerivedSEV.String(), assessed.Level.String(), assessed.Reason
		inc.DerivedSEV, inc.SEVReason = assessed.Level, assessed.Reason
		switch o := inc.SEVOverride; {
		case o == nil:
			parts = append(parts, fmt.Sprintf("%s -> %s: %s", levelName(inc.SEV), assessed.Level, assessed.Reason))
			data["sev_from"], data["sev_to"] = inc.SEV.String(), assessed.Level.String()
			inc.SEV = assessed.Level
		case o.Level != assessed.Level:
			parts = append(parts, fmt.Sprintf("the alerts now call for %s (%s); %s stays as set by %s (%s)", assessed.Level, assessed.Reason, o.Level, o.By, o.Reason))
			data["sev_kept"] = o.Level.String()
		}
	}
	if len(parts) == 0 {
		return Entry{}, false
	}
	return NewEntry(now, EntrySeverity, "warden", strings.Join(parts, "; "), data), true
}

func levelName(l Level) string {
	if l == LevelUnset {
		return "no level"
	}
	return l.String()
}

// incidentID is derived from the first alert, so that reprocessing after a
// crash in the middle of grouping cannot open a second incident under
// another name.
func incidentID(a alert.Alert) string {
	sum := sha256.Sum256([]byte(a.Monitor + "/" + a.From.Hex() + "/" + a.Fingerprint))
	return "inc-" + hex.EncodeToString(sum[:6])
}

// Transition moves an incident through its lifecycle and records who did it
// and why. A move the lifecycle does not allow is refused with a
// *TransitionError naming the current state and the allowed next ones;
// moving to the current state changes nothing.
func (m *Manager) Transition(ctx context.Context, id string, to Status, actor, reason string) (*Incident, error) {
	if strings.TrimSpace(actor) == "" {
		return nil, fmt.Errorf("%w: incident %s: a transition to %s needs an actor", ErrInvalidInput, id, to)
	}
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		if inc.Status == to {
			return nil, nil
		}
		return transition(inc, to, actor, reason, now)
	})
}

// transition applies a move to inc and returns its timeline entry.
func transition(inc *Incident, to Status, actor, reason string, now time.Time) ([]Entry, error) {
	from := inc.Status
	if !CanTransition(from, to) {
		return nil, &TransitionError{ID: inc.ID, From: from, To: to}
	}
	msg := fmt.Sprintf("Status %s -> %s", from, to)
	if reason != "" {
		msg += ": " + reason
	}
	inc.Status = to
	switch {
	case to == StatusAcknowledged && inc.AcknowledgedBy == "":
		inc.AcknowledgedBy, inc.AcknowledgedAt = actor, now
	case to == StatusResolved:
		inc.ResolvedAt = now
	case to == StatusClosed:
		inc.ClosedAt = now
	case from == StatusResolved:
		inc.Reopened++
		inc.ResolvedAt = time.Time{}
		msg = fmt.Sprintf("Reopened (%s -> %s)", from, to)
		if reason != "" {
			msg += ": " + reason
		}
	}
	return []Entry{NewEntry(now, EntryTransition, actor, msg, map[string]string{"from": string(from), "to": string(to), "reason": reason})}, nil
}

// Acknowledge records that actor has taken the incident on, which stops
// paging. A detected incident moves to acknowledged; one already past it
// (a playbook contained it before anyone answered) keeps its state and
// records who acknowledged. A second person is told who was first.
func (m *Manager) Acknowledge(ctx context.Context, id, actor, reason string) (*Incident, error) {
	if strings.TrimSpace(actor) == "" {
		return nil, fmt.Errorf("%w: incident %s: an acknowledgement needs an actor", ErrInvalidInput, id)
	}
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		switch {
		case inc.AcknowledgedBy == actor:
			return nil, nil
		case inc.AcknowledgedBy != "":
			return nil, fmt.Errorf("%w: incident %s was already acknowledged by %s at %s", ErrInvalidTransition, id, inc.AcknowledgedBy, inc.AcknowledgedAt.Format(time.RFC3339))
		case inc.Status == StatusDetected:
			return transition(inc, StatusAcknowledged, actor, reason, now)
		case !inc.Status.Open():
			return nil, fmt.Errorf("%w: incident %s is %s: there is nothing to acknowledge (reopen it first)", ErrInvalidTransition, id, inc.Status)
		}
		inc.AcknowledgedBy, inc.AcknowledgedAt = actor, now
		msg := fmt.Sprintf("Acknowledged by %s (status stays %s)", actor, inc.Status)
		if reason != "" {
			msg += ": " + reason
		}
		return []Entry{NewEntry(now, EntryAck, actor, msg, map[string]string{"status": string(inc.Status), "reason": reason})}, nil
	})
}

// Resolve marks the incident resolved: the attack is over and its effects
// handled. It needs a reason, which the postmortem starts from.
func (m *Manager) Resolve(ctx context.Context, id, actor, reason string) (*Incident, error) {
	return m.judged(ctx, id, StatusResolved, actor, reason, "resolving")
}

// Close ends the incident for good; a closed incident cannot be reopened.
func (m *Manager) Close(ctx context.Context, id, actor, reason string) (*Incident, error) {
	return m.judged(ctx, id, StatusClosed, actor, reason, "closing")
}

// Reopen moves a resolved incident back to investigating (the attacker
// came back, or the fix did not hold).
func (m *Manager) Reopen(ctx context.Context, id, actor, reason string) (*Incident, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, fmt.Errorf("%w: incident %s: reopening needs a reason", ErrInvalidInput, id)
	}
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		if inc.Status != StatusResolved {
			return nil, fmt.Errorf("%w: incident %s is %s: only a resolved incident can be reopened", ErrInvalidTransition, id, inc.Status)
		}
		return transition(inc, StatusInvestigating, actor, reason, now)
	})
}

func (m *Manager) judged(ctx context.Context, id string, to Status, actor, reason, doing string) (*Incident, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, fmt.Errorf("%w: incident %s: %s needs a reason", ErrInvalidInput, id, doing)
	}
	return m.Transition(ctx, id, to, actor, reason)
}

// SetSEV overrides the incident's level; the override is sticky (alerts
// joining later do not change it). LevelUnset clears the override and
// returns to the level the alerts call for.
func (m *Manager) SetSEV(ctx context.Context, id string, level Level, actor, reason string) (*Incident, error) {
	switch {
	case strings.TrimSpace(actor) == "":
		return nil, fmt.Errorf("%w: incident %s: a level change needs an actor", ErrInvalidInput, id)
	case strings.TrimSpace(reason) == "":
		return nil, fmt.Errorf("%w: incident %s: a level change needs a reason", ErrInvalidInput, id)
	case level < LevelUnset || level > SEV4:
		return nil, fmt.Errorf("%w: incident %s: level %d is not SEV1..SEV4", ErrInvalidInput, id, int(level))
	}
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		if inc.Status == StatusClosed {
			return nil, fmt.Errorf("%w: incident %s is closed: its level can no longer change", ErrInvalidTransition, id)
		}
		from := inc.SEV
		data := map[string]string{"from": from.String(), "reason": reason}
		var msg string
		if level == LevelUnset {
			if inc.SEVOverride == nil {
				return nil, nil
			}
			inc.SEVOverride, inc.SEV = nil, inc.DerivedSEV
			msg = fmt.Sprintf("Level override cleared: %s -> %s as the alerts call for (%s): %s", levelName(from), levelName(inc.SEV), inc.SEVReason, reason)
			data["to"], data["override"] = inc.SEV.String(), "cleared"
		} else {
			if inc.SEVOverride != nil && inc.SEVOverride.Level == level {
				return nil, nil
			}
			inc.SEVOverride = &Override{Level: level, By: actor, Reason: reason, At: now}
			inc.SEV = level
			msg = fmt.Sprintf("Level set %s -> %s by %s: %s", levelName(from), level, actor, reason)
			data["to"], data["override"] = level.String(), "set"
		}
		return []Entry{NewEntry(now, EntrySeverity, actor, msg, data)}, nil
	})
}

// Note appends a person's note to the timeline.
func (m *Manager) Note(ctx context.Context, id, actor, text string) (*Incident, error) {
	text = strings.TrimSpace(text)
	switch {
	case strings.TrimSpace(actor) == "":
		return nil, fmt.Errorf("%w: incident %s: a note needs an author", ErrInvalidInput, id)
	case text == "":
		return nil, fmt.Errorf("%w: incident %s: the note is empty", ErrInvalidInput, id)
	case len(text) > MaxNoteLength:
		return nil, fmt.Errorf("%w: incident %s: the note is %d bytes, longer than %d", ErrInvalidInput, id, len(text), MaxNoteLength)
	}
	return m.Update(ctx, id, func(_ *Incident, now time.Time) ([]Entry, error) {
		return []Entry{NewEntry(now, EntryNote, actor, text, nil)}, nil
	})
}

// MaxNoteLength bounds a note: the timeline is for what happened, longer
// analyses belong in the postmortem.
const MaxNoteLength = 8 << 10

// Verify checks an incident's stored timeline (see Verify).
func (m *Manager) Verify(ctx context.Context, id string) (*Verification, error) {
	return Verify(ctx, m.store, id)
}

// Update reads an incident, lets change modify it and name the timeline
// entries that record the change, and saves both, serialised with grouping
// and other updates so no concurrent change is lost. A change that returns
// no entries leaves the incident as it was.
func (m *Manager) Update(ctx context.Context, id string, change func(inc *Incident, now time.Time) ([]Entry, error)) (*Incident, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	inc, err := m.store.Incident(ctx, id)
	if err != nil {
		return nil, err
	}
	now := m.now().UTC()
	entries, err := change(inc, now)
	if err != nil || len(entries) == 0 {
		return inc, err
	}
	inc.UpdatedAt = now
	if err := m.store.UpdateIncident(ctx, inc, entries); err != nil {
		return nil, fmt.Errorf("incident %s: save update: %w", id, err)
	}
	return inc, nil
}

// Record appends one entry to an incident's timeline.
func (m *Manager) Record(ctx context.Context, id string, e Entry) error {
	if e.At.IsZero() {
		e.At = m.now().UTC()
	}
	return m.store.AppendEntries(ctx, id, []Entry{e})
}

// Retract records on each affected incident that some of its alerts were
// retracted because their blocks were dropped by a reorg. The incident is
// left open: whether the attack was real is for people to judge, and an
// attacker's transaction usually lands again in the new branch.
func (m *Manager) Retract(ctx context.Context, alerts []alert.Alert) error {
	byIncident := map[string][]alert.Alert{}
	var order []string
	for _, a := range alerts {
		if a.IncidentID == "" {
			continue
		}
		if _, ok := byIncident[a.IncidentID]; !ok {
			order = append(order, a.IncidentID)
		}
		byIncident[a.IncidentID] = append(byIncident[a.IncidentID], a)
	}
	now := m.now().UTC()
	for _, id := range order {
		inc, err := m.store.Incident(ctx, id)
		if err != nil {
			return err
		}
		var entries []Entry
		for _, a := range byIncident[id] {
			entries = append(entries, NewEntry(now, EntryRetraction, "warden",
				fmt.Sprintf("Alert retracted: block %d (%s) was dropped by a chain reorganisation: %s", a.BlockNumber, a.BlockHash.Hex(), a.Title),
				map[string]any{"fingerprint": a.Fingerprint, "block": a.BlockNumber, "block_hash": a.BlockHash.Hex(), "tx": a.TxHash.Hex()}))
		}
		inc.Retracted += len(byIncident[id])
		inc.UpdatedAt = now
		if inc.Retracted >= inc.AlertCount {
			entries = append(entries, NewEntry(now, EntryNote, "warden", "Every alert of this incident has been retracted by reorgs; check whether the transactions landed again before closing it.", nil))
		}
		if err := m.store.UpdateIncident(ctx, inc, entries); err != nil {
			return fmt.Errorf("incident %s: record retraction: %w", id, err)
		}
		m.logger.Warn("alerts retracted by reorg", "incident", id, "count", len(byIncident[id]))
	}
	return nil
}
