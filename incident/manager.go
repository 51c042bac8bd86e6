package incident

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"slices"
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
		}
		entries = append(entries, NewEntry(now, EntryOpened, "warden", fmt.Sprintf("Incident opened on %s for sender %s: %s", a.Monitor, a.From.Hex(), a.Title), map[string]any{"severity": a.Severity.String()}))
	}
	entries = append(entries, NewEntry(now, EntryAlert, "detector:"+a.Detector,
		fmt.Sprintf("[%s] %s (block %d, tx %s)", a.Severity, a.Title, a.BlockNumber, a.TxHash.Hex()),
		map[string]any{"fingerprint": a.Fingerprint, "detector": a.Detector, "block": a.BlockNumber, "tx": a.TxHash.Hex(), "confidence": a.Confidence, "seen_at": a.SeenAt, "stored_at": a.StoredAt}))
	if !created && a.Severity > inc.Severity {
		entries = append(entries, NewEntry(now, EntrySeverity, "warden", fmt.Sprintf("Severity raised from %s to %s", inc.Severity, a.Severity), nil))
		inc.Severity = a.Severity
		inc.Title = a.Title
	}
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

// incidentID is derived from the first alert, so that reprocessing after a
// crash in the middle of grouping cannot open a second incident under
// another name.
func incidentID(a alert.Alert) string {
	sum := sha256.Sum256([]byte(a.Monitor + "/" + a.From.Hex() + "/" + a.Fingerprint))
	return "inc-" + hex.EncodeToString(sum[:6])
}

// Transition moves an incident through its lifecycle and records who did it.
func (m *Manager) Transition(ctx context.Context, id string, to Status, actor, reason string) (*Incident, error) {
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		if inc.Status == to {
			return nil, nil
		}
		if !CanTransition(inc.Status, to) {
			return nil, fmt.Errorf("incident %s: cannot go from %s to %s", id, inc.Status, to)
		}
		msg := fmt.Sprintf("Status %s -> %s", inc.Status, to)
		if reason != "" {
			msg += ": " + reason
		}
		entry := NewEntry(now, EntryTransition, actor, msg, map[string]string{"from": string(inc.Status), "to": string(to)})
		inc.Status = to
		return []Entry{entry}, nil
	})
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
