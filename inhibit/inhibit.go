// Package inhibit mutes notifications of alerts made redundant by others,
// as Alertmanager's inhibition rules do: a target alert is muted while a
// source alert exists whose labels named in Equal have the same values.
//
// Sources are whatever the caller says is still going on. The router passes
// the alerts of open incidents and, for each incident whose containment was
// verified on chain (status contained), a synthetic source labelled
// kind="contained" with the incident's chain, monitor, protocol, attacker
// and incident ID; a rule
//
//	source_matchers: [kind="contained"]
//	target_matchers: [kind=~"large_outflow|correlated_attack"]
//	equal: [monitor]
//
// therefore stops further drain alerts of a paused protocol from paging
// anyone, while they still reach the incident's timeline.
package inhibit

import (
	"errors"
	"fmt"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/silence"
)

// Rule mutes targets while a matching source with equal labels exists.
type Rule struct {
	SourceMatchers silence.Matchers
	TargetMatchers silence.Matchers
	// Equal names labels whose values must be the same on source and
	// target (a label both lack counts as equal, as in Alertmanager).
	Equal []string
}

// FromConfig parses the configured rules; it reports every bad matcher.
func FromConfig(rules []config.InhibitRule) ([]Rule, error) {
	out := make([]Rule, 0, len(rules))
	var errs []error
	for i, r := range rules {
		src, err := silence.ParseMatchers(r.SourceMatchers)
		if err != nil {
			errs = append(errs, fmt.Errorf("inhibit_rules[%d].source_matchers: %w", i, err))
		}
		dst, err := silence.ParseMatchers(r.TargetMatchers)
		if err != nil {
			errs = append(errs, fmt.Errorf("inhibit_rules[%d].target_matchers: %w", i, err))
		}
		out = append(out, Rule{SourceMatchers: src, TargetMatchers: dst, Equal: r.Equal})
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// Labeled is an alert (or a synthetic source) as inhibition sees it: an
// identity and its labels.
type Labeled struct {
	// ID keeps an alert from inhibiting itself when it matches both sides
	// of a rule.
	ID     string
	Labels map[string]string
}

// Result says which rule muted a target and because of which source.
type Result struct {
	Rule   int // index into the rules
	Source Labeled
}

// Check returns the first rule and source that mute target, if any.
func Check(rules []Rule, target Labeled, sources []Labeled) (Result, bool) {
	for i, r := range rules {
		if !r.TargetMatchers.Matches(target.Labels) {
			continue
		}
		for _, s := range sources {
			if s.ID == target.ID || !r.SourceMatchers.Matches(s.Labels) || !equal(r.Equal, s.Labels, target.Labels) {
				continue
			}
			return Result{Rule: i, Source: s}, true
		}
	}
	return Result{}, false
}

func equal(names []string, a, b map[string]string) bool {
	for _, n := range names {
		if a[n] != b[n] {
			return false
		}
	}
	return true
}

// Describe names a rule for timeline entries and logs: its position and
// matchers.
func (r Rule) Describe(i int) string {
	s := fmt.Sprintf("inhibit rule %d (source %s, target %s", i, r.SourceMatchers, r.TargetMatchers)
	if len(r.Equal) > 0 {
		s += fmt.Sprintf(", equal %v", r.Equal)
	}
	return s + ")"
}
