// Package incident turns alerts into incidents: it groups the alerts of one
// monitored protocol and one suspected attacker into a single incident,
// drives the incident's lifecycle, and keeps a hash-chained timeline of
// everything that happened to it, so that an edited or deleted entry is
// visible afterwards.
package incident

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
)

// Status is a step of the incident lifecycle.
type Status string

const (
	StatusDetected      Status = "detected"
	StatusAcknowledged  Status = "acknowledged"
	StatusContained     Status = "contained"
	StatusInvestigating Status = "investigating"
	StatusResolved      Status = "resolved"
	StatusClosed        Status = "closed"
)

// transitions lists the allowed moves. Resolved may reopen into
// investigating (the attacker came back); closed is final.
var transitions = map[Status][]Status{
	StatusDetected:      {StatusAcknowledged, StatusContained, StatusInvestigating, StatusResolved},
	StatusAcknowledged:  {StatusContained, StatusInvestigating, StatusResolved},
	StatusContained:     {StatusInvestigating, StatusResolved},
	StatusInvestigating: {StatusContained, StatusResolved},
	StatusResolved:      {StatusInvestigating, StatusClosed},
}

// CanTransition reports whether from -> to is a legal lifecycle move.
func CanTransition(from, to Status) bool {
	return slices.Contains(transitions[from], to)
}

// Next lists the states an incident in s may move to (none once closed).
func (s Status) Next() []Status { return slices.Clone(transitions[s]) }

// ParseStatus accepts a lifecycle state's name.
func ParseStatus(s string) (Status, error) {
	st := Status(strings.ToLower(strings.TrimSpace(s)))
	if _, ok := transitions[st]; ok || st == StatusClosed {
		return st, nil
	}
	return "", fmt.Errorf("unknown incident status %q (want detected, acknowledged, contained, investigating, resolved or closed)", s)
}

// Errors callers (the API) map to answers.
var (
	// ErrNotFound: no incident has this ID.
	ErrNotFound = errors.New("incident not found")
	// ErrInvalidTransition: the lifecycle does not allow the move now.
	ErrInvalidTransition = errors.New("invalid transition")
	// ErrInvalidInput: the request itself is incomplete (no reason, no actor).
	ErrInvalidInput = errors.New("invalid input")
)

// TransitionError is a refused lifecycle move; its message names the
// current state and the moves that are allowed from it.
type TransitionError struct {
	ID       string
	From, To Status
}

func (e *TransitionError) Error() string {
	next := transitions[e.From]
	if len(next) == 0 {
		return fmt.Sprintf("incident %s is %s, which is final: it cannot move to %s (open a new incident instead)", e.ID, e.From, e.To)
	}
	names := make([]string, len(next))
	for i, n := range next {
		names[i] = string(n)
	}
	return fmt.Sprintf("incident %s is %s: it cannot move to %s (allowed next: %s)", e.ID, e.From, e.To, strings.Join(names, ", "))
}

func (e *TransitionError) Unwrap() error { return ErrInvalidTransition }

// Open reports whether new alerts may still join an incident in this state.
func (s Status) Open() bool { return s != StatusResolved && s != StatusClosed }

// Incident is one attack (or suspected attack) on one monitored protocol.
type Incident struct {
	ID       string         `json:"id"`
	Monitor  string         `json:"monitor"`
	Chain    string         `json:"chain"`
	Attacker common.Address `json:"attacker"`
	Title    string         `json:"title"`
	Severity alert.Severity `json:"severity"`
	Status   Status         `json:"status"`
	// OpenedAt is wall-clock time; FirstAlertTime and LastAlertTime are
	// block timestamps, which is what the grouping window measures so that
	// a replay groups exactly as the live run did.
	OpenedAt       time.Time `json:"opened_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	FirstBlock     uint64    `json:"first_block"`
	LastBlock      uint64    `json:"last_block"`
	FirstAlertTime time.Time `json:"first_alert_time"`
	LastAlertTime  time.Time `json:"last_alert_time"`
	AlertCount     int       `json:"alert_count"`
	Retracted      int       `json:"retracted_alerts,omitempty"`
	Detectors      []string  `json:"detectors"`

	// Roles are the people in each incident role (commander, responder,
	// ...; see roles.go), changed only through AssignRole and HandoverRole
	// so every change is on the timeline.
	Roles map[string][]string `json:"roles,omitempty"`

	// SEV is the level in force: the override's when someone set one,
	// else DerivedSEV. DerivedSEV is what the alerts call for (sev.go); it
	// only ever rises automatically, and SEVReason names the alert that
	// set it.
	SEV         Level     `json:"sev,omitempty"`
	DerivedSEV  Level     `json:"derived_sev,omitempty"`
	SEVReason   string    `json:"sev_reason,omitempty"`
	SEVOverride *Override `json:"sev_override,omitempty"`
	// ValueAtRiskUSD is the largest value_at_risk_usd label among the
	// alerts (0: no detector could price what it saw).
	ValueAtRiskUSD float64 `json:"value_at_risk_usd,omitempty"`
	// AcknowledgedBy is the first person who took the incident on; paging
	// stops once it is set or the incident moved past detected.
	AcknowledgedBy string    `json:"acknowledged_by,omitempty"`
	AcknowledgedAt time.Time `json:"acknowledged_at,omitzero"`
	ResolvedAt     time.Time `json:"resolved_at,omitzero"`
	ClosedAt       time.Time `json:"closed_at,omitzero"`
	Reopened       int       `json:"reopened,omitempty"`
}

// Entry kinds on the timeline.
const (
	EntryOpened     = "opened"
	EntryAlert      = "alert"
	EntrySeverity   = "severity"
	EntryTransition = "transition"
	EntryAction     = "action"
	EntryNote       = "note"
	EntryRetraction = "retraction"
	EntryAck        = "acknowledged"
)

// Entry is one line of an incident's timeline. Hash covers the previous
// entry's hash and this entry's content, so the timeline is a hash chain.
type Entry struct {
	IncidentID string          `json:"incident_id"`
	Seq        int             `json:"seq"`
	At         time.Time       `json:"at"`
	Kind       string          `json:"kind"`
	Actor      string          `json:"actor"`
	Message    string          `json:"message"`
	Data       json.RawMessage `json:"data,omitempty"`
	PrevHash   string          `json:"prev_hash"`
	Hash       string          `json:"hash"`
}

// NewEntry builds an unsealed entry; data is marshalled to JSON.
func NewEntry(at time.Time, kind, actor, message string, data any) Entry {
	e := Entry{At: at.UTC(), Kind: kind, Actor: actor, Message: message}
	if data != nil {
		b, err := json.Marshal(data)
		if err != nil {
			b, _ = json.Marshal(map[string]string{"marshal_error": err.Error()})
		}
		e.Data = b
	}
	return e
}

// Seal links the entry to its predecessor and computes its hash. Stores call
// it inside the transaction that appends the entry.
func (e *Entry) Seal(prev *Entry) {
	e.Seq, e.PrevHash = 1, ""
	if prev != nil {
		e.Seq, e.PrevHash = prev.Seq+1, prev.Hash
	}
	e.Hash = e.computeHash()
}

func (e *Entry) computeHash() string {
	h := sha256.New()
	for _, part := range []string{e.PrevHash, e.IncidentID, strconv.Itoa(e.Seq), e.At.UTC().Format(time.RFC3339Nano), e.Kind, e.Actor, e.Message, string(e.Data)} {
		h.Write([]byte(strconv.Itoa(len(part))))
		h.Write([]byte{':'})
		h.Write([]byte(part))
	}
	return hex.EncodeToString(h.Sum(nil))
}
