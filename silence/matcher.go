package silence

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Op is how a matcher compares a label's value.
type Op string

// The four operators of Alertmanager's matcher syntax. Regular expressions
// are anchored at both ends: severity=~"high|critical" does not match
// "highest".
const (
	OpEqual     Op = "="
	OpNotEqual  Op = "!="
	OpRegexp    Op = "=~"
	OpNotRegexp Op = "!~"
)

// Matcher tests one label. A label an alert does not have counts as the
// empty string, as in Alertmanager: foo!="x" matches an alert without foo.
type Matcher struct {
	Name  string
	Op    Op
	Value string
	re    *regexp.Regexp
}

// NewMatcher checks the label name and compiles a regular expression.
// Addresses compared with = or != are lower-cased, because the labels hold
// addresses in lower case (see the route package) and people paste them
// checksummed.
func NewMatcher(name string, op Op, value string) (Matcher, error) {
	if !validLabelName(name) {
		return Matcher{}, fmt.Errorf("label name %q: want letters, digits and underscores, not starting with a digit", name)
	}
	m := Matcher{Name: name, Op: op, Value: value}
	switch op {
	case OpEqual, OpNotEqual:
		if common.IsHexAddress(value) && strings.HasPrefix(value, "0x") {
			m.Value = strings.ToLower(value)
		}
	case OpRegexp, OpNotRegexp:
		re, err := regexp.Compile("^(?:" + value + ")$")
		if err != nil {
			return Matcher{}, fmt.Errorf("%s%s: bad regular expression: %w", name, op, err)
		}
		m.re = re
	default:
		return Matcher{}, fmt.Errorf("operator %q: want =, !=, =~ or !~", op)
	}
	return m, nil
}

// ParseMatcher reads one matcher in Alertmanager's syntax: name, operator,
// value, the value optionally in double quotes (severity=~"high|critical",
// monitor=pool, attacker!="0xabc…").
func ParseMatcher(s string) (Matcher, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, "=!")
	if i <= 0 {
		return Matcher{}, fmt.Errorf("matcher %q: want name, an operator (=, !=, =~, !~) and a value, e.g. severity=~\"high|critical\"", s)
	}
	name := strings.TrimSpace(s[:i])
	rest := s[i:]
	var op Op
	for _, candidate := range []Op{OpRegexp, OpNotRegexp, OpNotEqual, OpEqual} {
		if strings.HasPrefix(rest, string(candidate)) {
			op = candidate
			break
		}
	}
	if op == "" {
		return Matcher{}, fmt.Errorf("matcher %q: unknown operator (want =, !=, =~ or !~)", s)
	}
	value := strings.TrimSpace(rest[len(op):])
	if strings.HasPrefix(value, `"`) {
		v, err := strconv.Unquote(value)
		if err != nil {
			return Matcher{}, fmt.Errorf("matcher %q: the quoted value is not closed or has a bad escape", s)
		}
		value = v
	}
	m, err := NewMatcher(name, op, value)
	if err != nil {
		return Matcher{}, fmt.Errorf("matcher %q: %w", s, err)
	}
	return m, nil
}

// MustParse is ParseMatcher for matchers written in code; it panics on a
// bad one.
func MustParse(s string) Matcher {
	m, err := ParseMatcher(s)
	if err != nil {
		panic(err)
	}
	return m
}

// ParseMatchers parses every matcher and reports all bad ones at once.
func ParseMatchers(ss []string) (Matchers, error) {
	out := make(Matchers, 0, len(ss))
	var errs []error
	for _, s := range ss {
		m, err := ParseMatcher(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, m)
	}
	return out, errors.Join(errs...)
}

func validLabelName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// ValidLabelName reports whether s may be used as a label name (in
// group_by and equal lists as well as in matchers).
func ValidLabelName(s string) bool { return validLabelName(s) }

// Matches reports whether the label set passes the matcher.
func (m Matcher) Matches(labels map[string]string) bool {
	v := labels[m.Name]
	switch m.Op {
	case OpEqual:
		return v == m.Value
	case OpNotEqual:
		return v != m.Value
	case OpRegexp:
		return m.re != nil && m.re.MatchString(v)
	case OpNotRegexp:
		return m.re != nil && !m.re.MatchString(v)
	}
	return false
}

// String writes the matcher back in the syntax ParseMatcher reads.
func (m Matcher) String() string {
	return m.Name + string(m.Op) + strconv.Quote(m.Value)
}

// MarshalJSON stores a matcher as its text, the same form people type.
func (m Matcher) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

// UnmarshalJSON parses the text form (and compiles the expression).
func (m *Matcher) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("matcher: want a string like severity=\"high\": %w", err)
	}
	parsed, err := ParseMatcher(s)
	if err != nil {
		return err
	}
	*m = parsed
	return nil
}

// Matchers match when every one of them does.
type Matchers []Matcher

// Matches reports whether the label set passes every matcher; no matchers
// match everything.
func (ms Matchers) Matches(labels map[string]string) bool {
	for _, m := range ms {
		if !m.Matches(labels) {
			return false
		}
	}
	return true
}

// String lists the matchers in braces: {monitor="pool", severity=~"high"}.
func (ms Matchers) String() string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
