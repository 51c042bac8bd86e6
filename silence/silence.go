// Package silence mutes notifications for a while: a silence is a set of
// matchers over alert labels (chain, monitor, contract, attacker, kind,
// severity, ...), a time range, who created it and why. An alert that an
// active silence matches is still stored and still on its incident's
// timeline; only the notification is held back (the route package records
// that on the timeline). Matchers use Alertmanager's syntax.
package silence

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Silence mutes notifications of matching alerts between StartsAt and
// EndsAt.
type Silence struct {
	ID        string    `json:"id"`
	Matchers  Matchers  `json:"matchers"`
	StartsAt  time.Time `json:"starts_at"`
	EndsAt    time.Time `json:"ends_at"`
	CreatedBy string    `json:"created_by"`
	Comment   string    `json:"comment"`
	// UpdatedAt is when the silence was created or last expired.
	UpdatedAt time.Time `json:"updated_at"`
	// ExpiredBy is who ended the silence early, if anyone did.
	ExpiredBy string `json:"expired_by,omitempty"`
}

// State is where a silence is in its time range.
type State string

const (
	StatePending State = "pending" // starts in the future
	StateActive  State = "active"
	StateExpired State = "expired"
)

// State tells whether the silence is pending, active or expired at now.
func (s *Silence) State(now time.Time) State {
	switch {
	case now.Before(s.StartsAt):
		return StatePending
	case now.Before(s.EndsAt):
		return StateActive
	default:
		return StateExpired
	}
}

// Mutes reports whether the silence is active at now and matches labels.
func (s *Silence) Mutes(labels map[string]string, now time.Time) bool {
	return s.State(now) == StateActive && s.Matchers.Matches(labels)
}

// Find returns the first of silences that mutes labels at now, or nil.
func Find(silences []Silence, labels map[string]string, now time.Time) *Silence {
	for i := range silences {
		if silences[i].Mutes(labels, now) {
			return &silences[i]
		}
	}
	return nil
}

// Store keeps silences durably.
type Store interface {
	// SaveSilence inserts the silence or replaces the one with its ID.
	SaveSilence(ctx context.Context, s *Silence) error
	// Silence returns one silence; an unknown ID is an error wrapping
	// ErrNotFound.
	Silence(ctx context.Context, id string) (*Silence, error)
	// Silences returns every silence, newest first.
	Silences(ctx context.Context) ([]Silence, error)
	// ActiveSilences returns the silences active at now.
	ActiveSilences(ctx context.Context, now time.Time) ([]Silence, error)
}

// Errors the API maps to statuses.
var (
	ErrNotFound = errors.New("not found")
	ErrBadInput = errors.New("bad input")
	ErrExpired  = errors.New("already expired")
)

// Service is what people do with silences (through the API): add, list,
// expire. The router reads the same store.
type Service struct {
	store Store
	now   func() time.Time
}

// NewService builds the service; now defaults to time.Now.
func NewService(store Store, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{store: store, now: now}
}

// Add validates and stores a new silence and returns it with its ID. A
// zero or past StartsAt means now. The matchers must not match every
// alert: at least one must fail on an alert that lacks its label, or one
// silence could hush Warden entirely.
func (s *Service) Add(ctx context.Context, in Silence) (*Silence, error) {
	now := s.now().UTC()
	if len(in.Matchers) == 0 {
		return nil, fmt.Errorf("%w: a silence needs at least one matcher (e.g. monitor=\"pool\")", ErrBadInput)
	}
	if !slices.ContainsFunc(in.Matchers, func(m Matcher) bool { return !m.Matches(map[string]string{}) }) {
		return nil, fmt.Errorf("%w: matchers %s match every alert; add one that names something (monitor, attacker, incident, ...)", ErrBadInput, in.Matchers)
	}
	if strings.TrimSpace(in.CreatedBy) == "" {
		return nil, fmt.Errorf("%w: a silence needs its creator", ErrBadInput)
	}
	if strings.TrimSpace(in.Comment) == "" {
		return nil, fmt.Errorf("%w: a silence needs a comment saying why", ErrBadInput)
	}
	if in.StartsAt.IsZero() {
		in.StartsAt = now
	}
	in.StartsAt, in.EndsAt = in.StartsAt.UTC(), in.EndsAt.UTC()
	if !in.EndsAt.After(in.StartsAt) {
		return nil, fmt.Errorf("%w: ends_at %s is not after starts_at %s", ErrBadInput, in.EndsAt.Format(time.RFC3339), in.StartsAt.Format(time.RFC3339))
	}
	if !in.EndsAt.After(now) {
		return nil, fmt.Errorf("%w: ends_at %s is in the past", ErrBadInput, in.EndsAt.Format(time.RFC3339))
	}
	id, err := newID()
	if err != nil {
		return nil, err
	}
	in.ID, in.UpdatedAt, in.ExpiredBy = id, now, ""
	if err := s.store.SaveSilence(ctx, &in); err != nil {
		return nil, fmt.Errorf("save silence: %w", err)
	}
	return &in, nil
}

// Expire ends a silence now; by is who did it. A pending silence is
// expired before it ever starts.
func (s *Service) Expire(ctx context.Context, id, by string) (*Silence, error) {
	sil, err := s.store.Silence(ctx, id)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC()
	if sil.State(now) == StateExpired {
		return sil, fmt.Errorf("%w: silence %s ended at %s", ErrExpired, id, sil.EndsAt.Format(time.RFC3339))
	}
	if sil.StartsAt.After(now) {
		sil.StartsAt = now
	}
	sil.EndsAt, sil.UpdatedAt, sil.ExpiredBy = now, now, by
	if err := s.store.SaveSilence(ctx, sil); err != nil {
		return nil, fmt.Errorf("expire silence %s: %w", id, err)
	}
	return sil, nil
}

// Get returns one silence.
func (s *Service) Get(ctx context.Context, id string) (*Silence, error) {
	return s.store.Silence(ctx, id)
}

// List returns every silence, newest first.
func (s *Service) List(ctx context.Context) ([]Silence, error) {
	return s.store.Silences(ctx)
}

// Now is the service's clock, so callers show states as it sees them.
func (s *Service) Now() time.Time { return s.now() }

func newID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("silence id: %w", err)
	}
	return "sil-" + hex.EncodeToString(b[:]), nil
}
