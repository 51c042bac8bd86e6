package config

import (
	"fmt"
	"slices"
	"time"

	"github.com/warden-dev/warden/silence"
)

// Route is a node of the notification routing tree (Alertmanager's model):
// an alert goes down the tree to the first child whose matchers it passes
// (and on to later siblings when that child says continue), and is
// notified to the deepest matching routes' receivers. Alerts that share
// the values of GroupBy's labels on one route form an aggregation group and
// are notified together. Unset fields are inherited from the parent; the
// root's defaults are below.
type Route struct {
	// Receiver names a configured receiver; required on the root.
	Receiver string `yaml:"receiver"`
	// GroupBy lists the labels that split alerts into groups (chain,
	// monitor/protocol, contract, attacker, kind, severity, incident or any
	// alert label). Default on the root: chain, monitor, attacker, which is
	// one group per incident.
	GroupBy []string `yaml:"group_by"`
	// GroupWait is how long a new group collects alerts before its first
	// notification (default 10s; 0 sends at once).
	GroupWait *time.Duration `yaml:"group_wait"`
	// GroupInterval is the least time between two notifications of a
	// group about new alerts (default 1m).
	GroupInterval *time.Duration `yaml:"group_interval"`
	// RepeatInterval re-notifies a group whose incidents nobody has
	// acknowledged yet (default 4h; 0 never repeats).
	RepeatInterval *time.Duration `yaml:"repeat_interval"`
	// Matchers select the alerts this route takes, in Alertmanager's
	// syntax: severity=~"high|critical", monitor="pool". Not on the root,
	// which takes everything.
	Matchers []string `yaml:"matchers"`
	// Continue lets an alert that matched this route go on to the next
	// siblings too.
	Continue bool    `yaml:"continue"`
	Routes   []Route `yaml:"routes"`
}

// Routing defaults for the root route.
const (
	DefaultGroupWait      = 10 * time.Second
	DefaultGroupInterval  = time.Minute
	DefaultRepeatInterval = 4 * time.Hour
)

// DefaultGroupBy is the root's group_by when none is set: one group per
// chain, protocol and attacker, which is what an incident is.
var DefaultGroupBy = []string{"chain", "monitor", "attacker"}

// ReceiverNames lists every receiver the tree names, once each, so the
// receivers' configuration can check they exist.
func (r *Route) ReceiverNames() []string {
	var out []string
	var walk func(*Route)
	walk = func(n *Route) {
		if n.Receiver != "" && !slices.Contains(out, n.Receiver) {
			out = append(out, n.Receiver)
		}
		for i := range n.Routes {
			walk(&n.Routes[i])
		}
	}
	walk(r)
	return out
}

// InhibitRule mutes notifications of target alerts while a source alert
// with the same values of the Equal labels exists. A protocol whose
// incident is contained (pause verified on chain) counts as a source alert
// with kind="contained" (see docs/routing.md).
type InhibitRule struct {
	SourceMatchers []string `yaml:"source_matchers"`
	TargetMatchers []string `yaml:"target_matchers"`
	Equal          []string `yaml:"equal"`
}

// validateRouting checks the route tree and the inhibition rules.
func (c *Config) validateRouting() []error {
	var p problems
	if c.Route != nil {
		if c.Route.Receiver == "" {
			p.add("route.receiver", "is required on the root route (it takes every alert no child route takes)")
		}
		if len(c.Route.Matchers) > 0 {
			p.add("route.matchers", "the root route takes every alert; put matchers on child routes")
		}
		if c.Route.Continue {
			p.add("route.continue", "has no meaning on the root route")
		}
		c.Route.validate(&p, "route")
	}
	for i, r := range c.InhibitRules {
		path := fmt.Sprintf("inhibit_rules[%d]", i)
		checkMatchers(&p, path+".source_matchers", r.SourceMatchers, true)
		checkMatchers(&p, path+".target_matchers", r.TargetMatchers, true)
		checkLabelList(&p, path+".equal", r.Equal)
	}
	return p
}

func (r *Route) validate(p *problems, path string) {
	checkMatchers(p, path+".matchers", r.Matchers, false)
	checkLabelList(p, path+".group_by", r.GroupBy)
	if r.GroupWait != nil && *r.GroupWait < 0 {
		p.add(path+".group_wait", "must not be negative")
	}
	if r.GroupInterval != nil && *r.GroupInterval <= 0 {
		p.add(path+".group_interval", "must be positive")
	}
	if r.RepeatInterval != nil && *r.RepeatInterval < 0 {
		p.add(path+".repeat_interval", "must not be negative (0 never repeats)")
	}
	for i := range r.Routes {
		child := &r.Routes[i]
		cpath := fmt.Sprintf("%s.routes[%d]", path, i)
		if len(child.Matchers) == 0 && i < len(r.Routes)-1 && !child.Continue {
			p.add(cpath+".matchers", "a child route without matchers takes every alert, so routes[%d..] after it never match; add matchers or continue: true", i+1)
		}
		child.validate(p, cpath)
	}
}

func checkMatchers(p *problems, path string, ms []string, required bool) {
	if required && len(ms) == 0 {
		p.add(path, "at least one matcher is required (e.g. kind=\"contained\")")
	}
	for i, s := range ms {
		if _, err := silence.ParseMatcher(s); err != nil {
			p.add(fmt.Sprintf("%s[%d]", path, i), "%v", err)
		}
	}
}

func checkLabelList(p *problems, path string, names []string) {
	seen := map[string]bool{}
	for i, n := range names {
		switch {
		case !silence.ValidLabelName(n):
			p.add(fmt.Sprintf("%s[%d]", path, i), "%q is not a label name (letters, digits, underscores)", n)
		case seen[n]:
			p.add(fmt.Sprintf("%s[%d]", path, i), "%q is listed twice", n)
		}
		seen[n] = true
	}
}
