package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
)

const people = `
chains: [{name: dev, chain_id: 1337, endpoints: [{url: ws://127.0.0.1:8546}]}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}]
    detectors: [{kind: large_outflow, params: {share: 0.05}}]
  - name: vault
    chain: dev
    contracts: [{name: Vault, address: "0x5FbDB2315678afecb367f032d93F642f64180aa4"}]
    detectors: [{kind: large_outflow, params: {share: 0.05}}]
users:
  - name: alice
    roles: [responder]
    token: env:T_ALICE
    contacts: {slack: U024BE7LH, email: alice@example.org, telegram: "123456789", phone: "+493012345678"}
  - name: bob
    roles: [responder, approver]
    token: env:T_BOB
    contacts: {slack: W0123ABCD, pagerduty: PABC123}
  - name: carol
    roles: [admin]
    token: env:T_CAROL
    contacts: {email: carol@example.org, opsgenie: carol@example.org, discord: "80351110224678912"}
teams:
  - name: security
    members: [alice, bob]
    escalation_policy: security
    monitors: [pool]
  - name: everyone
    members: [alice, bob, carol]
    escalation_policy: fallback
oncall:
  - name: primary
    time_zone: Europe/Berlin
    layers:
      - name: weekly
        rotation: weekly
        handoff: "09:00"
        handoff_day: mon
        start: 2026-03-16
        participants: [alice, bob]
    overrides:
      - {person: carol, start: "2026-03-25 12:00", end: "2026-03-26T12:00:00+01:00", reason: swap}
escalation_policies:
  - name: security
    repeat: 2
    levels:
      - {schedules: [primary], timeout: 5m}
      - {people: [carol], teams: [security], timeout: 10m}
  - name: fallback
    levels:
      - {teams: [everyone], timeout: 15m}
`

func TestPeopleConfig(t *testing.T) {
	cfg, err := config.Parse([]byte(people))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err != nil {
		t.Fatalf("valid people config rejected: %v", err)
	}
	alice, _ := cfg.User("alice")
	if h, ok := alice.Contact(config.ChannelSlack); !ok || h != "U024BE7LH" {
		t.Fatalf("alice's slack handle %q %v", h, ok)
	}
	if _, ok := alice.Contact(config.ChannelDiscord); ok {
		t.Fatal("alice has no discord handle")
	}
	ep, ok := cfg.EscalationPolicy("security")
	if !ok || ep.Repeat != 2 || len(ep.Levels) != 2 || ep.Levels[0].Timeout != 5*time.Minute || ep.Levels[1].Teams[0] != "security" {
		t.Fatalf("security policy: %+v", ep)
	}
	s, ok := cfg.Schedule("primary")
	if !ok || s.Layers[0].Rotation != config.RotationWeekly {
		t.Fatalf("schedule: %+v", s)
	}
	if wd, err := s.Layers[0].HandoffWeekday(); err != nil || wd != time.Monday {
		t.Fatalf("handoff day %v %v", wd, err)
	}
	loc, _ := s.Location()
	start, end, err := s.Overrides[0].Window(loc)
	if err != nil || !start.Equal(time.Date(2026, 3, 25, 11, 0, 0, 0, time.UTC)) || end.Sub(start) != 24*time.Hour {
		t.Fatalf("override window %s .. %s: %v", start, end, err)
	}
	for monitor, want := range map[string]string{"pool": "security", "vault": "fallback"} {
		if got, ok := cfg.EscalationPolicyFor(monitor); !ok || got != want {
			t.Errorf("policy for %s: %q, want %q", monitor, got, want)
		}
	}
}

// Every mistake is reported with its path, in one run.
func TestPeopleConfigMistakes(t *testing.T) {
	bad := strings.NewReplacer(
		"slack: U024BE7LH", "slack: alice",
		"email: alice@example.org", "email: Alice <alice@example.org>",
		"phone: \"+493012345678\"", "phone: \"030 1234\", fax: \"1\"",
		"members: [alice, bob]\n", "members: [alice, mallory]\n",
		"escalation_policy: fallback", "escalation_policy: nope",
		"time_zone: Europe/Berlin", "time_zone: Europe/Atlantis",
		"handoff: \"09:00\"", "handoff: \"9:00\"",
		"handoff_day: mon", "handoff_day: funday",
		"start: 2026-03-16", "start: 16.03.2026",
		"end: \"2026-03-26T12:00:00+01:00\"", "end: \"2026-03-24 12:00\"",
		"{schedules: [primary], timeout: 5m}", "{schedules: [secondary], timeout: 0s}",
		"{teams: [everyone], timeout: 15m}", "{timeout: 15m}",
		"repeat: 2", "repeat: -1",
	).Replace(people)
	// A third team claiming a monitor the first already owns.
	bad = strings.Replace(bad, "\noncall:", "\n  - name: other\n    members: [carol]\n    monitors: [pool, ghost]\noncall:", 1)
	cfg, err := config.Parse([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate(plugins())
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{
		`users[0].contacts.slack: "alice" is not a Slack member ID`,
		`users[0].contacts.email: "Alice <alice@example.org>" is not a bare e-mail address`,
		`users[0].contacts.phone: "030 1234" is not an E.164 phone number`,
		`users[0].contacts.fax: "fax" is not a contact channel`,
		`teams[0].members[1]: "mallory" is not a user`,
		`teams[1].escalation_policy: "nope" is not defined`,
		`teams[2].monitors[0]: "pool" is already owned by team "security"`,
		`teams[2].monitors[1]: "ghost" is not defined in monitors`,
		`oncall[0].time_zone: time_zone "Europe/Atlantis" is not an IANA time zone`,
		`oncall[0].layers[0].handoff: handoff "9:00" is not a time of day`,
		`oncall[0].layers[0].handoff_day: handoff_day "funday" is not a weekday`,
		`oncall[0].layers[0].start: start "16.03.2026" is not a date`,
		`oncall[0].overrides[0]: end 2026-03-24 12:00 is not after start`,
		`escalation_policies[0].repeat: must not be negative`,
		`escalation_policies[0].levels[0].schedules[0]: "secondary" is not defined in oncall`,
		`escalation_policies[0].levels[0].timeout: must be positive`,
		`escalation_policies[1].levels[0]: pages nobody`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing problem %q in:\n%s", want, msg)
		}
	}
}
