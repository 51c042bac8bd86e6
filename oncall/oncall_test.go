package oncall_test

import (
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/oncall"
)

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func fromYAML(t *testing.T, s config.Schedule) *oncall.Schedule {
	t.Helper()
	sch, err := oncall.FromConfig(&s)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func utc(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

func expectOn(t *testing.T, s *oncall.Schedule, at time.Time, person string) oncall.Shift {
	t.Helper()
	sh, ok := s.WhoIsOn(at)
	if !ok {
		t.Fatalf("%s: nobody on call, want %s", at, person)
	}
	if sh.Person != person {
		t.Fatalf("%s: %s on call, want %s", at, sh.Person, person)
	}
	return sh
}

// A weekly rotation handing off Mondays 09:00 Europe/Berlin keeps the
// local time across both daylight saving changes of 2026 (29 March and
// 25 October): those weeks last 167 and 169 hours.
func TestWeeklyHandoffAcrossDST(t *testing.T) {
	berlin := mustLoc(t, "Europe/Berlin")
	s := fromYAML(t, config.Schedule{Name: "primary", TimeZone: "Europe/Berlin", Layers: []config.RotationLayer{{
		Rotation: "weekly", Handoff: "09:00", HandoffDay: "monday", Start: "2026-03-11", // a Wednesday: first handoff Monday 16 March
		Participants: []string{"alice", "bob", "carol"},
	}}})

	if _, ok := s.WhoIsOn(utc(2026, 3, 16, 7, 59)); ok {
		t.Fatal("someone on call before the first handoff")
	}
	expectOn(t, s, utc(2026, 3, 16, 8, 0), "alice") // 09:00 CET
	bob := expectOn(t, s, utc(2026, 3, 29, 12, 0), "bob")
	// Bob's week spans the spring change: 09:00 CET (08:00Z) to 09:00 CEST (07:00Z).
	if !bob.Start.Equal(utc(2026, 3, 23, 8, 0)) || !bob.End.Equal(utc(2026, 3, 30, 7, 0)) {
		t.Fatalf("bob's shift %s .. %s, want 2026-03-23T08:00Z .. 2026-03-30T07:00Z", bob.Start, bob.End)
	}
	if got := bob.End.Sub(bob.Start); got != 167*time.Hour {
		t.Fatalf("spring week lasts %s, want 167h", got)
	}
	if local := bob.End.In(berlin); local.Hour() != 9 || local.Minute() != 0 || local.Weekday() != time.Monday {
		t.Fatalf("handoff at %s local, want Monday 09:00", local)
	}
	expectOn(t, s, utc(2026, 3, 30, 6, 59), "bob")
	expectOn(t, s, utc(2026, 3, 30, 7, 0), "carol")

	// 19 Oct is 31 weeks after 16 Mar (31 mod 3 = 1: bob): bob's week
	// spans the autumn change and lasts 169 hours.
	autumn := expectOn(t, s, utc(2026, 10, 25, 12, 0), "bob")
	if got := autumn.End.Sub(autumn.Start); got != 169*time.Hour {
		t.Fatalf("autumn week lasts %s, want 169h (%s .. %s)", got, autumn.Start, autumn.End)
	}
	if !autumn.Start.Equal(utc(2026, 10, 19, 7, 0)) || !autumn.End.Equal(utc(2026, 10, 26, 8, 0)) {
		t.Fatalf("autumn week %s .. %s, want 2026-10-19T07:00Z (09:00 CEST) .. 2026-10-26T08:00Z (09:00 CET)", autumn.Start, autumn.End)
	}
	next, ok := s.Next(utc(2026, 10, 25, 12, 0))
	if !ok || next.Person != "carol" || !next.Start.Equal(autumn.End) || !next.End.Equal(utc(2026, 11, 2, 8, 0)) {
		t.Fatalf("next after bob: %+v, %v", next, ok)
	}
}

// A daily rotation in New York cycles through its participants, handing
// off at 18:00 local before and after the US spring change (8 March 2026).
func TestDailyRotation(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	s := fromYAML(t, config.Schedule{Name: "ops", TimeZone: "America/New_York", Layers: []config.RotationLayer{{
		Rotation: "daily", Handoff: "18:00", Start: "2026-03-01", Participants: []string{"ann", "ben", "cat", "dan"},
	}}})
	people := []string{"ann", "ben", "cat", "dan"}
	for day := 0; day < 20; day++ {
		at := time.Date(2026, 3, 1+day, 18, 0, 0, 0, ny)
		want := people[day%4]
		sh := expectOn(t, s, at, want)
		if !sh.Start.Equal(at) {
			t.Fatalf("day %d: shift starts %s, want %s", day, sh.Start, at)
		}
		if end := time.Date(2026, 3, 2+day, 18, 0, 0, 0, ny); !sh.End.Equal(end) {
			t.Fatalf("day %d: shift ends %s, want %s", day, sh.End, end)
		}
		// The minute before the handoff still belongs to the previous person.
		if day > 0 {
			expectOn(t, s, at.Add(-time.Minute), people[(day+3)%4])
		}
	}
	// Across the change the shift is 23 hours long, not 24.
	sh := expectOn(t, s, time.Date(2026, 3, 8, 12, 0, 0, 0, ny), people[6%4])
	if got := sh.End.Sub(sh.Start); got != 23*time.Hour {
		t.Fatalf("shift across spring-forward lasts %s, want 23h", got)
	}
}

// An override wins inside its window only; Next sees it coming and sees
// the rotation resume after it.
func TestOverrideWinsInItsWindow(t *testing.T) {
	s := fromYAML(t, config.Schedule{Name: "primary", TimeZone: "Europe/Berlin",
		Layers: []config.RotationLayer{{Rotation: "weekly", Handoff: "09:00", Start: "2026-03-16", Participants: []string{"alice", "bob"}}},
		Overrides: []config.Override{
			{Person: "dave", Start: "2026-03-25 12:00", End: "2026-03-26 12:00", Reason: "bob at the dentist"},
			// A later override on top of the first wins where they overlap.
			{Person: "erin", Start: "2026-03-26T10:00:00+01:00", End: "2026-03-26T11:00:00+01:00"},
		}})
	before := expectOn(t, s, utc(2026, 3, 25, 10, 0), "bob")
	if !before.End.Equal(utc(2026, 3, 25, 11, 0)) { // 12:00 CET
		t.Fatalf("bob's shift should end when the override starts, ends %s", before.End)
	}
	next, ok := s.Next(utc(2026, 3, 25, 10, 0))
	if !ok || next.Person != "dave" || !next.Override || next.Reason != "bob at the dentist" {
		t.Fatalf("next: %+v %v, want dave's override", next, ok)
	}
	dave := expectOn(t, s, utc(2026, 3, 25, 11, 0), "dave")
	if !dave.Start.Equal(utc(2026, 3, 25, 11, 0)) || !dave.End.Equal(utc(2026, 3, 26, 9, 0)) {
		t.Fatalf("dave %s .. %s, want until erin's override", dave.Start, dave.End)
	}
	expectOn(t, s, utc(2026, 3, 26, 9, 30), "erin")
	expectOn(t, s, utc(2026, 3, 26, 10, 30), "dave")
	after := expectOn(t, s, utc(2026, 3, 26, 11, 0), "bob")
	if after.Override || !after.End.Equal(utc(2026, 3, 30, 7, 0)) {
		t.Fatalf("after the override: %+v", after)
	}
	if next, ok := s.Next(utc(2026, 3, 26, 10, 30)); !ok || next.Person != "bob" || !next.Start.Equal(utc(2026, 3, 26, 11, 0)) {
		t.Fatalf("next after dave: %+v", next)
	}
}

// A later layer wins where it has someone; before it starts, the first
// layer applies.
func TestLaterLayerWins(t *testing.T) {
	s := fromYAML(t, config.Schedule{Name: "x", TimeZone: "UTC", Layers: []config.RotationLayer{
		{Rotation: "weekly", Handoff: "00:00", Start: "2026-01-05", Participants: []string{"alice"}},
		{Rotation: "daily", Handoff: "08:00", Start: "2026-02-01", Participants: []string{"zoe", "yan"}},
	}})
	a := expectOn(t, s, utc(2026, 1, 20, 0, 0), "alice")
	if !a.End.Equal(utc(2026, 2, 1, 8, 0)) {
		t.Fatalf("alice's stretch ends %s, want when the second layer starts", a.End)
	}
	if !a.Start.Equal(utc(2026, 1, 5, 0, 0)) {
		t.Fatalf("alice's consecutive weekly shifts should merge from the first handoff, start %s", a.Start)
	}
	expectOn(t, s, utc(2026, 2, 1, 8, 0), "zoe")
	expectOn(t, s, utc(2026, 2, 2, 8, 0), "yan")
}

func TestNobodyYetAndNeverChanging(t *testing.T) {
	s := fromYAML(t, config.Schedule{Name: "x", TimeZone: "Asia/Tokyo", Layers: []config.RotationLayer{
		{Rotation: "daily", Handoff: "09:00", Start: "2026-06-01", Participants: []string{"solo"}},
	}})
	if _, ok := s.WhoIsOn(utc(2026, 5, 1, 0, 0)); ok {
		t.Fatal("on call before the rotation starts")
	}
	next, ok := s.Next(utc(2026, 5, 1, 0, 0))
	if !ok || next.Person != "solo" || !next.Start.Equal(utc(2026, 6, 1, 0, 0)) { // 09:00 JST
		t.Fatalf("first shift: %+v %v", next, ok)
	}
	sh := expectOn(t, s, utc(2026, 7, 1, 0, 0), "solo")
	if !sh.End.IsZero() {
		t.Fatalf("a one-person rotation never hands off, End %s", sh.End)
	}
	if _, ok := s.Next(utc(2026, 7, 1, 0, 0)); ok {
		t.Fatal("Next of a one-person rotation should be nobody")
	}
}

func TestFromConfigRejectsBadInput(t *testing.T) {
	for name, c := range map[string]config.Schedule{
		"zone":     {Name: "a", TimeZone: "Mars/Olympus", Layers: []config.RotationLayer{{Rotation: "daily", Handoff: "09:00", Start: "2026-01-01", Participants: []string{"x"}}}},
		"rotation": {Name: "a", TimeZone: "UTC", Layers: []config.RotationLayer{{Rotation: "hourly", Handoff: "09:00", Start: "2026-01-01", Participants: []string{"x"}}}},
		"handoff":  {Name: "a", TimeZone: "UTC", Layers: []config.RotationLayer{{Rotation: "daily", Handoff: "9am", Start: "2026-01-01", Participants: []string{"x"}}}},
		"override": {Name: "a", TimeZone: "UTC", Layers: []config.RotationLayer{{Rotation: "daily", Handoff: "09:00", Start: "2026-01-01", Participants: []string{"x"}}},
			Overrides: []config.Override{{Person: "y", Start: "2026-01-02 10:00", End: "2026-01-02 09:00"}}},
	} {
		if _, err := oncall.FromConfig(&c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
