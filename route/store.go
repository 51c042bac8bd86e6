package route

import (
	"context"
	"strconv"
	"time"

	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
)

// Store is what the router remembers across restarts: per aggregation
// group, which alerts it has dealt with (notified, silenced, inhibited) and
// the notifications it produced; per incident, which receivers heard about
// it. store/sqlite implements it.
type Store interface {
	// RouteGroupState returns what is remembered of a group; a group never
	// seen has the zero state.
	RouteGroupState(ctx context.Context, key string) (GroupState, error)
	// SaveRouteFlush records, in one transaction, a flush (nil when every
	// alert was muted and nothing is sent), the outcome for each alert and
	// the receiver on each incident the flush names. The flush is stored
	// unsent: it is sent after this returns and marked sent after that, so
	// a crash in between re-sends the same message (same Key) at start.
	SaveRouteFlush(ctx context.Context, f *Flush, handled []Handled) error
	// MarkRouteFlushSent records that the Sender accepted the flush.
	MarkRouteFlushSent(ctx context.Context, groupKey string, seq int) error
	// UnsentRouteFlushes returns the flushes saved but not marked sent.
	UnsentRouteFlushes(ctx context.Context) ([]Flush, error)
	// RouteReceivers returns the receivers notified about an incident.
	RouteReceivers(ctx context.Context, incidentID string) ([]string, error)
	// OpenIncidents returns the incidents neither resolved nor closed: the
	// resync reads these (and the ones it tracks), not the whole history.
	OpenIncidents(ctx context.Context) ([]incident.Incident, error)
}

// GroupState is what the store remembers of a group.
type GroupState struct {
	// Seq is the last flush's sequence number (0: none yet).
	Seq int
	// LastFlushAt is when the last message of the group was made.
	LastFlushAt time.Time
	// Handled maps alert fingerprints to their Outcome.
	Handled map[string]Outcome
}

// Outcome is what the router did with one alert in one group.
type Outcome string

const (
	OutcomeNotified  Outcome = "notified"
	OutcomeSilenced  Outcome = "silenced"
	OutcomeInhibited Outcome = "inhibited"
	// OutcomeRetracted: the alert's block was dropped by a reorg before
	// its group was flushed.
	OutcomeRetracted Outcome = "retracted"
)

// Handled is one alert's outcome in one group; Detail names the silence or
// inhibition rule.
type Handled struct {
	GroupKey    string  `json:"group_key"`
	Fingerprint string  `json:"fingerprint"`
	IncidentID  string  `json:"incident_id"`
	Outcome     Outcome `json:"outcome"`
	Detail      string  `json:"detail,omitempty"`
}

// Flush is one notification of a group to its receiver: enough to rebuild
// the same Message after a crash.
type Flush struct {
	GroupKey string       `json:"group_key"`
	Seq      int          `json:"seq"`
	Receiver string       `json:"receiver"`
	Event    notify.Event `json:"event"`
	// IncidentID is the incident the message is about (the most severe of
	// the alerts' incidents); Incidents are all of them.
	IncidentID   string    `json:"incident_id"`
	Incidents    []string  `json:"incidents"`
	Fingerprints []string  `json:"fingerprints"`
	Note         string    `json:"note,omitempty"`
	At           time.Time `json:"at"`
}

// Key is the Message key: group, receiver and sequence, so the dispatcher
// delivers a re-sent flush once.
func (f *Flush) Key() string {
	return f.GroupKey + "/" + f.Receiver + "/" + strconv.Itoa(f.Seq)
}
