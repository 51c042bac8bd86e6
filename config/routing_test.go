package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
)

const routing = `
route:
  receiver: security-slack
  group_by: [chain, protocol, attacker]
  group_wait: 10s
  group_interval: 1m
  repeat_interval: 4h
  routes:
    - receiver: pagerduty
      matchers: ['severity=~"high|critical"']
      group_wait: 0s
      continue: true
    - receiver: vault-team
      matchers: [monitor=vault, 'contract="0x5FbDB2315678afecb367f032d93F642f64180aa3"']
      routes:
        - receiver: vault-oncall
          matchers: ['kind="correlated_attack"']
inhibit_rules:
  - source_matchers: ['kind="contained"']
    target_matchers: ['kind=~"large_outflow|correlated_attack"']
    equal: [monitor]
`

func TestRoutingConfig(t *testing.T) {
	cfg, err := config.Parse([]byte(valid + routing))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err != nil {
		t.Fatalf("valid routing rejected: %v", err)
	}
	r := cfg.Route
	if r == nil || *r.GroupWait != 10*time.Second || *r.RepeatInterval != 4*time.Hour || len(r.Routes) != 2 || *r.Routes[0].GroupWait != 0 || !r.Routes[0].Continue {
		t.Fatalf("route decoded as %+v", r)
	}
	if got := strings.Join(r.ReceiverNames(), ","); got != "security-slack,pagerduty,vault-team,vault-oncall" {
		t.Fatalf("receivers %s", got)
	}
	if len(cfg.InhibitRules) != 1 || cfg.InhibitRules[0].Equal[0] != "monitor" {
		t.Fatalf("inhibit rules %+v", cfg.InhibitRules)
	}

	// No route section at all is valid: nothing is routed.
	cfg, err = config.Parse([]byte(valid))
	if err != nil || cfg.Validate(plugins()) != nil || cfg.Route != nil {
		t.Fatalf("config without routing: %v", err)
	}
}

func TestRoutingConfigMistakes(t *testing.T) {
	bad := strings.NewReplacer(
		"  receiver: security-slack\n", "  matchers: [monitor=pool]\n  continue: true\n",
		"group_by: [chain, protocol, attacker]", "group_by: [chain, chain, bad-name]",
		"group_interval: 1m", "group_interval: 0s",
		"repeat_interval: 4h", "repeat_interval: -1h",
		`'severity=~"high|critical"'`, `'severity=~"(high"'`,
		"matchers: ['kind=\"correlated_attack\"']", "matchers: ['kind']",
		"source_matchers: ['kind=\"contained\"']", "source_matchers: []",
		"equal: [monitor]", "equal: [\"mon itor\"]",
	).Replace(routing)
	cfg, err := config.Parse([]byte(valid + bad))
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate(plugins())
	if err == nil {
		t.Fatal("bad routing accepted")
	}
	for _, want := range []string{
		"route.receiver: is required on the root route",
		"route.matchers: the root route takes every alert",
		"route.continue: has no meaning on the root route",
		`route.group_by[1]: "chain" is listed twice`,
		`route.group_by[2]: "bad-name" is not a label name`,
		"route.group_interval: must be positive",
		"route.repeat_interval: must not be negative",
		"route.routes[0].matchers[0]: matcher",
		"bad regular expression",
		"route.routes[1].routes[0].matchers[0]: matcher \"kind\"",
		"inhibit_rules[0].source_matchers: at least one matcher is required",
		`inhibit_rules[0].equal[0]: "mon itor" is not a label name`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}

	// A catch-all child before its siblings hides them.
	shadow := "\nroute:\n  receiver: a\n  routes:\n    - receiver: b\n    - receiver: c\n      matchers: [monitor=pool]\n"
	cfg, err = config.Parse([]byte(valid + shadow))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err == nil || !strings.Contains(err.Error(), "route.routes[0].matchers: a child route without matchers takes every alert") {
		t.Fatalf("shadowing child: %v", err)
	}
	// Durations are strict: a bare number is not a duration.
	if _, err := config.Parse([]byte(valid + "\nroute:\n  receiver: a\n  group_wait: 10\n")); err == nil {
		t.Fatal("group_wait: 10 accepted")
	}
}
