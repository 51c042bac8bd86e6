// Package oncall computes who is on call: rotation layers hand off daily or
// weekly at a wall-clock time in an IANA time zone, later layers win where
// they have someone, and overrides win over every layer. Everything here is
// a pure function of the schedule and an instant, so it is as easy to test
// as it is to reason about.
//
// Handoffs are computed on the calendar, never by adding 24h or 168h: a
// weekly 09:00 Europe/Berlin handoff stays at 09:00 local when daylight
// saving starts or ends (that week is 167 or 169 hours long).
package oncall

import (
	"errors"
	"fmt"
	"time"

	"github.com/warden-dev/warden/config"
)

// Rotation is how often a layer hands off.
type Rotation int

const (
	Daily Rotation = iota + 1
	Weekly
)

func (r Rotation) String() string {
	switch r {
	case Daily:
		return config.RotationDaily
	case Weekly:
		return config.RotationWeekly
	}
	return fmt.Sprintf("rotation(%d)", int(r))
}

// days is the rotation's shift length in calendar days.
func (r Rotation) days() int {
	if r == Weekly {
		return 7
	}
	return 1
}

// Layer is one rotation: Participants take turns in order, one shift each,
// the first from the first handoff on or after Start.
type Layer struct {
	Name     string
	Rotation Rotation
	// Hour and Minute are the local handoff time.
	Hour, Minute int
	// Weekday is when weekly shifts change; ignored for daily rotations.
	Weekday time.Weekday
	// Start is the calendar date the rotation begins; only its year, month
	// and day are used.
	Start        time.Time
	Participants []string
}

// Override puts Person on call in [Start, End), whatever the layers say.
type Override struct {
	Person     string
	Start, End time.Time
	Reason     string
}

// Schedule is a set of layers and overrides in one time zone.
type Schedule struct {
	Name     string
	Location *time.Location
	Layers   []Layer
	// Overrides: when two overlap, the later one in the list wins.
	Overrides []Override
}

// Shift is a stretch of time one person is on call. Start or End is zero
// when the person does not change within a year of the instant asked about
// (a one-person rotation).
type Shift struct {
	Person     string
	Start, End time.Time
	// Layer names the layer that put Person on call at the instant asked
	// about; empty for an override.
	Layer string
	// Override is set when an override put Person on call.
	Override bool
	// Reason is the override's reason, if any.
	Reason string
}

// horizon bounds the search for the edges of a shift: a rotation of one
// person never changes, and the answer should still come at once.
const horizon = 366 * 24 * time.Hour

// FromConfig builds a schedule from its configuration (already validated;
// errors here name the problem anyway).
func FromConfig(c *config.Schedule) (*Schedule, error) {
	loc, err := c.Location()
	if err != nil {
		return nil, fmt.Errorf("schedule %q: %w", c.Name, err)
	}
	s := &Schedule{Name: c.Name, Location: loc}
	for i := range c.Layers {
		cl := &c.Layers[i]
		l := Layer{Name: cl.Name, Participants: cl.Participants}
		if l.Name == "" {
			l.Name = fmt.Sprintf("layer %d", i+1)
		}
		switch cl.Rotation {
		case config.RotationDaily:
			l.Rotation = Daily
		case config.RotationWeekly:
			l.Rotation = Weekly
			if l.Weekday, err = cl.HandoffWeekday(); err != nil {
				return nil, fmt.Errorf("schedule %q layer %q: %w", c.Name, l.Name, err)
			}
		default:
			return nil, fmt.Errorf("schedule %q layer %q: rotation %q is neither daily nor weekly", c.Name, l.Name, cl.Rotation)
		}
		if l.Hour, l.Minute, err = cl.HandoffClock(); err != nil {
			return nil, fmt.Errorf("schedule %q layer %q: %w", c.Name, l.Name, err)
		}
		if l.Start, err = cl.StartDate(); err != nil {
			return nil, fmt.Errorf("schedule %q layer %q: %w", c.Name, l.Name, err)
		}
		if len(l.Participants) == 0 {
			return nil, fmt.Errorf("schedule %q layer %q: no participants", c.Name, l.Name)
		}
		s.Layers = append(s.Layers, l)
	}
	for i := range c.Overrides {
		o := &c.Overrides[i]
		start, end, err := o.Window(loc)
		if err != nil {
			return nil, fmt.Errorf("schedule %q override %d (%s): %w", c.Name, i, o.Person, err)
		}
		s.Overrides = append(s.Overrides, Override{Person: o.Person, Start: start, End: end, Reason: o.Reason})
	}
	if len(s.Layers) == 0 && len(s.Overrides) == 0 {
		return nil, errors.New("schedule " + c.Name + ": no layers")
	}
	return s, nil
}

// civil is a calendar date as midnight UTC, so that adding days is exact.
func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func dayNumber(d time.Time) int64 { return d.Unix() / 86400 }

// handoff is the instant of the layer's handoff on calendar date d.
func (l *Layer) handoff(d time.Time, loc *time.Location) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), l.Hour, l.Minute, 0, 0, loc)
}

// firstShiftDate is the date of the layer's first handoff.
func (l *Layer) firstShiftDate() time.Time {
	d := civil(l.Start.Year(), l.Start.Month(), l.Start.Day())
	if l.Rotation == Weekly {
		d = d.AddDate(0, 0, (int(l.Weekday)-int(d.Weekday())+7)%7)
	}
	return d
}

// at returns who the layer puts on call at t and the shift's bounds. When
// t is before the rotation starts, ok is false and end is the first
// handoff.
func (l *Layer) at(t time.Time, loc *time.Location) (person string, start, end time.Time, ok bool) {
	local := t.In(loc)
	d := civil(local.Year(), local.Month(), local.Day())
	if l.Rotation == Weekly {
		d = d.AddDate(0, 0, -((int(d.Weekday()) - int(l.Weekday) + 7) % 7))
	}
	if l.handoff(d, loc).After(t) {
		d = d.AddDate(0, 0, -l.Rotation.days())
	}
	first := l.firstShiftDate()
	if d.Before(first) {
		return "", time.Time{}, l.handoff(first, loc), false
	}
	index := (dayNumber(d) - dayNumber(first)) / int64(l.Rotation.days())
	person = l.Participants[index%int64(len(l.Participants))]
	return person, l.handoff(d, loc), l.handoff(d.AddDate(0, 0, l.Rotation.days()), loc), true
}

// resolve is who is on call at t and why.
func (s *Schedule) resolve(t time.Time) (Shift, bool) {
	for i := len(s.Overrides) - 1; i >= 0; i-- {
		o := &s.Overrides[i]
		if !t.Before(o.Start) && t.Before(o.End) {
			return Shift{Person: o.Person, Override: true, Reason: o.Reason}, true
		}
	}
	for i := len(s.Layers) - 1; i >= 0; i-- {
		if p, _, _, ok := s.Layers[i].at(t, s.Location); ok {
			return Shift{Person: p, Layer: s.Layers[i].Name}, true
		}
	}
	return Shift{}, false
}

// nextChange is the first instant after t at which some layer hands off or
// some override starts or ends.
func (s *Schedule) nextChange(t time.Time) (time.Time, bool) {
	var best time.Time
	consider := func(c time.Time) {
		if c.After(t) && (best.IsZero() || c.Before(best)) {
			best = c
		}
	}
	for i := range s.Layers {
		_, _, end, _ := s.Layers[i].at(t, s.Location)
		consider(end)
	}
	for _, o := range s.Overrides {
		consider(o.Start)
		consider(o.End)
	}
	return best, !best.IsZero()
}

// lastChange is the latest instant at or before t at which some layer
// handed off or some override started or ended.
func (s *Schedule) lastChange(t time.Time) (time.Time, bool) {
	var best time.Time
	consider := func(c time.Time) {
		if !c.IsZero() && !c.After(t) && c.After(best) {
			best = c
		}
	}
	for i := range s.Layers {
		if _, start, _, ok := s.Layers[i].at(t, s.Location); ok {
			consider(start)
		}
	}
	for _, o := range s.Overrides {
		consider(o.Start)
		consider(o.End)
	}
	return best, !best.IsZero()
}

// WhoIsOn returns the shift of whoever is on call at t, with Start and End
// the instants the on-call person changes (consecutive shifts of the same
// person are one shift). ok is false when nobody is on call at t.
func (s *Schedule) WhoIsOn(t time.Time) (Shift, bool) {
	cur, ok := s.resolve(t)
	if !ok {
		return Shift{}, false
	}
	for c := t; ; {
		next, ok := s.nextChange(c)
		if !ok || next.Sub(t) > horizon {
			break
		}
		if who, ok := s.resolve(next); !ok || who.Person != cur.Person {
			cur.End = next
			break
		}
		c = next
	}
	for c := t; ; {
		prev, ok := s.lastChange(c)
		if !ok || t.Sub(prev) > horizon {
			break
		}
		if who, ok := s.resolve(prev.Add(-time.Nanosecond)); !ok || who.Person != cur.Person {
			cur.Start = prev
			break
		}
		c = prev.Add(-time.Nanosecond)
	}
	return cur, true
}

// Next returns the shift that follows the one on at t: whoever is on call
// after the current person hands off (or, when nobody is on call at t, the
// first person who will be). ok is false when nobody will be within a year.
func (s *Schedule) Next(t time.Time) (Shift, bool) {
	from := t
	if cur, ok := s.WhoIsOn(t); ok {
		if cur.End.IsZero() {
			return Shift{}, false
		}
		from = cur.End
		if next, ok := s.WhoIsOn(from); ok {
			return next, true
		}
	}
	for c := from; ; {
		next, ok := s.nextChange(c)
		if !ok || next.Sub(t) > horizon {
			return Shift{}, false
		}
		if sh, ok := s.WhoIsOn(next); ok {
			return sh, true
		}
		c = next
	}
}
