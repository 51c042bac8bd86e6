package config

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	// Rotations hand off at a local time in an IANA zone; embedding the
	// zone database keeps that working on hosts (distroless images) that
	// ship without /usr/share/zoneinfo.
	_ "time/tzdata"
)

// RoleAdmin is the configured role that may do anything on any incident
// (close it without being its commander, reassign its roles).
const RoleAdmin = "admin"

// Contact channels: where a person can be reached. A notification receiver
// of the same kind addresses the person by this handle.
const (
	ChannelSlack     = "slack"     // Slack member ID (U…/W…), mentioned in the receiver's channel
	ChannelDiscord   = "discord"   // Discord user ID (a snowflake)
	ChannelTelegram  = "telegram"  // Telegram chat ID of the person's chat with the bot
	ChannelEmail     = "email"     // e-mail address
	ChannelPagerDuty = "pagerduty" // PagerDuty user ID (P…)
	ChannelOpsgenie  = "opsgenie"  // Opsgenie username (usually the e-mail address)
	ChannelPhone     = "phone"     // E.164 number (+4930…), for SMS/voice receivers
)

var (
	slackMemberID = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	discordUserID = regexp.MustCompile(`^[0-9]{15,21}$`)
	telegramChat  = regexp.MustCompile(`^-?[0-9]{1,20}$`)
	e164Phone     = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)
	plainHandle   = regexp.MustCompile(`^[^\s]+$`)
)

// contactChecks validates a handle per channel; a typo here is a page that
// never arrives, so the forms are checked as far as they can be offline.
var contactChecks = map[string]func(string) error{
	ChannelSlack:    matchOrExplain(slackMemberID, "a Slack member ID such as U024BE7LH (profile → ⋮ → Copy member ID), not a display name"),
	ChannelDiscord:  matchOrExplain(discordUserID, "a Discord user ID (15-21 digits; Developer Mode → Copy User ID)"),
	ChannelTelegram: matchOrExplain(telegramChat, "a numeric Telegram chat ID (the bot can only message chats that started it)"),
	ChannelEmail: func(v string) error {
		a, err := mail.ParseAddress(v)
		if err != nil || a.Address != v {
			return fmt.Errorf("%q is not a bare e-mail address", v)
		}
		return nil
	},
	ChannelPagerDuty: matchOrExplain(plainHandle, "a PagerDuty user ID without spaces"),
	ChannelOpsgenie:  matchOrExplain(plainHandle, "an Opsgenie username without spaces"),
	ChannelPhone:     matchOrExplain(e164Phone, "an E.164 phone number such as +493012345678"),
}

func matchOrExplain(re *regexp.Regexp, want string) func(string) error {
	return func(v string) error {
		if !re.MatchString(v) {
			return fmt.Errorf("%q is not %s", v, want)
		}
		return nil
	}
}

// Contacts maps a channel (slack, email, telegram, ...) to the person's
// handle on it.
type Contacts map[string]string

// Contact returns the user's handle on channel.
func (u *User) Contact(channel string) (string, bool) {
	h, ok := u.Contacts[channel]
	return h, ok && h != ""
}

// Team is a group of people that owns monitors and is paged through an
// escalation policy.
type Team struct {
	Name string `yaml:"name"`
	// Members are user names.
	Members []string `yaml:"members"`
	// EscalationPolicy pages this team's incidents (optional).
	EscalationPolicy string `yaml:"escalation_policy"`
	// Monitors the team owns: their incidents follow the team's escalation
	// policy. A team with a policy and no monitors is the fallback for
	// monitors no team claims.
	Monitors []string `yaml:"monitors"`
}

// Rotation kinds.
const (
	RotationDaily  = "daily"
	RotationWeekly = "weekly"
)

// Schedule is an on-call schedule: rotation layers (a later layer wins
// where it has someone) and overrides (which win over every layer).
type Schedule struct {
	Name string `yaml:"name"`
	// TimeZone is an IANA zone (Europe/Berlin): handoffs happen at the
	// same wall-clock time all year, across daylight saving changes.
	TimeZone  string          `yaml:"time_zone"`
	Layers    []RotationLayer `yaml:"layers"`
	Overrides []Override      `yaml:"overrides"`
}

// RotationLayer is one rotation: the participants take turns, one shift
// each, in order, starting with the first at the first handoff on or after
// Start.
type RotationLayer struct {
	Name string `yaml:"name"`
	// Rotation is daily or weekly.
	Rotation string `yaml:"rotation"`
	// Handoff is the local time of day shifts change, "09:00".
	Handoff string `yaml:"handoff"`
	// HandoffDay is the weekday weekly shifts change (default monday).
	HandoffDay string `yaml:"handoff_day"`
	// Start is the local date (2026-01-05) the rotation begins; nobody is
	// on call in this layer before its first handoff.
	Start        string   `yaml:"start"`
	Participants []string `yaml:"participants"`
}

// Override puts Person on call from Start to End instead of whoever the
// rotation says (a swap, a sick day). Times are RFC 3339 or "2006-01-02
// 15:04" in the schedule's time zone.
type Override struct {
	Person string `yaml:"person"`
	Start  string `yaml:"start"`
	End    string `yaml:"end"`
	Reason string `yaml:"reason"`
}

// EscalationPolicy pages level after level until someone acknowledges.
type EscalationPolicy struct {
	Name   string            `yaml:"name"`
	Levels []EscalationLevel `yaml:"levels"`
	// Repeat is how many more times the levels are walked from the first
	// after the last one timed out (0 = once).
	Repeat int `yaml:"repeat"`
}

// EscalationLevel names who is paged together and how long they have to
// acknowledge before the next level is paged.
type EscalationLevel struct {
	// Schedules page whoever is on call in them at that moment.
	Schedules []string `yaml:"schedules"`
	People    []string `yaml:"people"`
	// Teams page every member.
	Teams   []string      `yaml:"teams"`
	Timeout time.Duration `yaml:"timeout"`
}

// Location loads the schedule's time zone.
func (s *Schedule) Location() (*time.Location, error) {
	if s.TimeZone == "" {
		return nil, fmt.Errorf("time_zone is required (an IANA zone such as Europe/Berlin)")
	}
	loc, err := time.LoadLocation(s.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("time_zone %q is not an IANA time zone: %w", s.TimeZone, err)
	}
	return loc, nil
}

// HandoffClock parses Handoff ("09:00") into hour and minute.
func (l *RotationLayer) HandoffClock() (hour, minute int, err error) {
	hh, mm, ok := strings.Cut(l.Handoff, ":")
	if ok && len(hh) == 2 && len(mm) == 2 {
		h, herr := strconv.Atoi(hh)
		m, merr := strconv.Atoi(mm)
		if herr == nil && merr == nil && h >= 0 && h < 24 && m >= 0 && m < 60 {
			return h, m, nil
		}
	}
	return 0, 0, fmt.Errorf("handoff %q is not a time of day HH:MM (24-hour, e.g. 09:00)", l.Handoff)
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// HandoffWeekday is the weekday weekly shifts change (Monday by default).
func (l *RotationLayer) HandoffWeekday() (time.Weekday, error) {
	if l.HandoffDay == "" {
		return time.Monday, nil
	}
	day := strings.ToLower(l.HandoffDay)
	for name, wd := range weekdays {
		// "mon" and "monday" both work.
		if len(day) >= 3 && strings.HasPrefix(name, day) {
			return wd, nil
		}
	}
	return 0, fmt.Errorf("handoff_day %q is not a weekday (monday ... sunday)", l.HandoffDay)
}

// StartDate parses Start as a calendar date (year, month, day).
func (l *RotationLayer) StartDate() (time.Time, error) {
	d, err := time.Parse(time.DateOnly, l.Start)
	if err != nil {
		return time.Time{}, fmt.Errorf("start %q is not a date YYYY-MM-DD", l.Start)
	}
	return d, nil
}

// Window parses the override's start and end, reading times without an
// offset in loc.
func (o *Override) Window(loc *time.Location) (start, end time.Time, err error) {
	if start, err = parseInstant(o.Start, loc); err != nil {
		return start, end, fmt.Errorf("start: %w", err)
	}
	if end, err = parseInstant(o.End, loc); err != nil {
		return start, end, fmt.Errorf("end: %w", err)
	}
	if !end.After(start) {
		return start, end, fmt.Errorf("end %s is not after start %s", o.End, o.Start)
	}
	return start, end, nil
}

func parseInstant(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04", s, loc); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither RFC 3339 (2026-03-28T18:00:00+01:00) nor \"2006-01-02 15:04\" in the schedule's time zone", s)
}

// Team returns the team with the given name.
func (c *Config) Team(name string) (*Team, bool) {
	for i := range c.Teams {
		if c.Teams[i].Name == name {
			return &c.Teams[i], true
		}
	}
	return nil, false
}

// Schedule returns the on-call schedule with the given name.
func (c *Config) Schedule(name string) (*Schedule, bool) {
	for i := range c.Schedules {
		if c.Schedules[i].Name == name {
			return &c.Schedules[i], true
		}
	}
	return nil, false
}

// EscalationPolicy returns the escalation policy with the given name.
func (c *Config) EscalationPolicy(name string) (*EscalationPolicy, bool) {
	for i := range c.EscalationPolicies {
		if c.EscalationPolicies[i].Name == name {
			return &c.EscalationPolicies[i], true
		}
	}
	return nil, false
}

// EscalationPolicyFor names the policy that pages a monitor's incidents:
// that of the team owning the monitor, otherwise that of the first team
// with a policy and no monitors (the fallback). ok is false when nobody is
// to be paged.
func (c *Config) EscalationPolicyFor(monitor string) (policy string, ok bool) {
	for _, t := range c.Teams {
		if t.EscalationPolicy != "" && slices.Contains(t.Monitors, monitor) {
			return t.EscalationPolicy, true
		}
	}
	for _, t := range c.Teams {
		if t.EscalationPolicy != "" && len(t.Monitors) == 0 {
			return t.EscalationPolicy, true
		}
	}
	return "", false
}

// validatePeople checks contacts, teams, on-call schedules and escalation
// policies, and every name they use.
func (c *Config) validatePeople() []error {
	var p problems
	users := map[string]bool{}
	for i, u := range c.Users {
		users[u.Name] = true
		for _, ch := range sortedContactChannels(u.Contacts) {
			path := fmt.Sprintf("users[%d].contacts.%s", i, ch)
			check, known := contactChecks[ch]
			switch {
			case !known:
				p.add(path, "%q is not a contact channel (known: %s)", ch, sortedKeys(contactChecks))
			case strings.TrimSpace(u.Contacts[ch]) == "":
				p.add(path, "is empty")
			default:
				if err := check(u.Contacts[ch]); err != nil {
					p.add(path, "%v", err)
				}
			}
		}
	}
	checkUser := func(path, name string) {
		if !users[name] {
			p.add(path, "%q is not a user (define people under users:)", name)
		}
	}

	policies := map[string]bool{}
	for _, ep := range c.EscalationPolicies {
		policies[ep.Name] = true
	}
	monitors := map[string]bool{}
	for _, m := range c.Monitors {
		monitors[m.Name] = true
	}

	teams := map[string]bool{}
	owner := map[string]string{}
	for i, t := range c.Teams {
		path := fmt.Sprintf("teams[%d]", i)
		switch {
		case t.Name == "":
			p.add(path+".name", "is required")
		case teams[t.Name]:
			p.add(path+".name", "%q is defined twice", t.Name)
		}
		teams[t.Name] = true
		if len(t.Members) == 0 {
			p.add(path+".members", "at least one member is required")
		}
		for j, m := range t.Members {
			checkUser(fmt.Sprintf("%s.members[%d]", path, j), m)
		}
		if t.EscalationPolicy != "" && !policies[t.EscalationPolicy] {
			p.add(path+".escalation_policy", "%q is not defined in escalation_policies", t.EscalationPolicy)
		}
		for j, m := range t.Monitors {
			mpath := fmt.Sprintf("%s.monitors[%d]", path, j)
			switch {
			case !monitors[m]:
				p.add(mpath, "%q is not defined in monitors", m)
			case owner[m] != "" && owner[m] != t.Name:
				p.add(mpath, "%q is already owned by team %q; a monitor's incidents follow one team's policy", m, owner[m])
			}
			owner[m] = t.Name
		}
	}

	schedules := map[string]bool{}
	for i := range c.Schedules {
		s := &c.Schedules[i]
		path := fmt.Sprintf("oncall[%d]", i)
		switch {
		case s.Name == "":
			p.add(path+".name", "is required")
		case schedules[s.Name]:
			p.add(path+".name", "%q is defined twice", s.Name)
		}
		schedules[s.Name] = true
		loc, err := s.Location()
		if err != nil {
			p.add(path+".time_zone", "%v", err)
			loc = time.UTC
		}
		if len(s.Layers) == 0 {
			p.add(path+".layers", "at least one rotation layer is required")
		}
		for j := range s.Layers {
			l := &s.Layers[j]
			lpath := fmt.Sprintf("%s.layers[%d]", path, j)
			switch l.Rotation {
			case RotationDaily:
				if l.HandoffDay != "" {
					p.add(lpath+".handoff_day", "only applies to weekly rotations")
				}
			case RotationWeekly:
				if _, err := l.HandoffWeekday(); err != nil {
					p.add(lpath+".handoff_day", "%v", err)
				}
			default:
				p.add(lpath+".rotation", "%q is not a rotation (want %s or %s)", l.Rotation, RotationDaily, RotationWeekly)
			}
			if _, _, err := l.HandoffClock(); err != nil {
				p.add(lpath+".handoff", "%v", err)
			}
			if _, err := l.StartDate(); err != nil {
				p.add(lpath+".start", "%v", err)
			}
			if len(l.Participants) == 0 {
				p.add(lpath+".participants", "at least one participant is required")
			}
			for k, who := range l.Participants {
				checkUser(fmt.Sprintf("%s.participants[%d]", lpath, k), who)
			}
		}
		for j := range s.Overrides {
			o := &s.Overrides[j]
			opath := fmt.Sprintf("%s.overrides[%d]", path, j)
			checkUser(opath+".person", o.Person)
			if _, _, err := o.Window(loc); err != nil {
				p.add(opath, "%v", err)
			}
		}
	}

	names := map[string]bool{}
	for i, ep := range c.EscalationPolicies {
		path := fmt.Sprintf("escalation_policies[%d]", i)
		switch {
		case ep.Name == "":
			p.add(path+".name", "is required")
		case names[ep.Name]:
			p.add(path+".name", "%q is defined twice", ep.Name)
		}
		names[ep.Name] = true
		if len(ep.Levels) == 0 {
			p.add(path+".levels", "at least one level is required")
		}
		if ep.Repeat < 0 {
			p.add(path+".repeat", "must not be negative (0 = walk the levels once)")
		}
		for j, lv := range ep.Levels {
			lpath := fmt.Sprintf("%s.levels[%d]", path, j)
			if len(lv.Schedules)+len(lv.People)+len(lv.Teams) == 0 {
				p.add(lpath, "pages nobody: list schedules, people or teams")
			}
			for k, s := range lv.Schedules {
				if !schedules[s] {
					p.add(fmt.Sprintf("%s.schedules[%d]", lpath, k), "%q is not defined in oncall", s)
				}
			}
			for k, who := range lv.People {
				checkUser(fmt.Sprintf("%s.people[%d]", lpath, k), who)
			}
			for k, t := range lv.Teams {
				if !teams[t] {
					p.add(fmt.Sprintf("%s.teams[%d]", lpath, k), "%q is not defined in teams", t)
				}
			}
			if lv.Timeout <= 0 {
				p.add(lpath+".timeout", "must be positive: it is how long this level has to acknowledge before the next is paged")
			}
		}
	}
	return p
}

func sortedContactChannels(c Contacts) []string {
	out := make([]string, 0, len(c))
	for ch := range c {
		out = append(out, ch)
	}
	slices.Sort(out)
	return out
}
