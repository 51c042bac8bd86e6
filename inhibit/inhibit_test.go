package inhibit_test

import (
	"strings"
	"testing"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/inhibit"
)

func TestCheck(t *testing.T) {
	rules, err := inhibit.FromConfig([]config.InhibitRule{
		{SourceMatchers: []string{`kind="contained"`}, TargetMatchers: []string{`kind=~"large_outflow|correlated_attack"`}, Equal: []string{"chain", "monitor"}},
		{SourceMatchers: []string{`severity="critical"`}, TargetMatchers: []string{`severity=~"low|medium|critical"`}, Equal: []string{"attacker"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	contained := inhibit.Labeled{ID: "contained/inc-1", Labels: map[string]string{"kind": "contained", "chain": "dev", "monitor": "pool"}}
	critical := inhibit.Labeled{ID: "c1", Labels: map[string]string{"severity": "critical", "attacker": "0xa", "kind": "flash_loan"}}
	sources := []inhibit.Labeled{contained, critical}

	for _, c := range []struct {
		name   string
		target map[string]string
		rule   int // -1: not muted
	}{
		{"drain on the contained protocol", map[string]string{"kind": "large_outflow", "chain": "dev", "monitor": "pool"}, 0},
		{"drain on another protocol", map[string]string{"kind": "large_outflow", "chain": "dev", "monitor": "vault"}, -1},
		{"same protocol on another chain", map[string]string{"kind": "large_outflow", "chain": "main", "monitor": "pool"}, -1},
		{"another kind on the contained protocol", map[string]string{"kind": "oracle", "chain": "dev", "monitor": "pool"}, -1},
		{"low alert of a critical attacker", map[string]string{"severity": "low", "attacker": "0xa"}, 1},
		{"low alert of another attacker", map[string]string{"severity": "low", "attacker": "0xb"}, -1},
	} {
		res, muted := inhibit.Check(rules, inhibit.Labeled{ID: "t", Labels: c.target}, sources)
		if muted != (c.rule >= 0) || (muted && res.Rule != c.rule) {
			t.Errorf("%s: muted %v by rule %d, want rule %d", c.name, muted, res.Rule, c.rule)
		}
	}
	// An alert matching both sides does not inhibit itself.
	if _, muted := inhibit.Check(rules, critical, sources); muted {
		t.Error("critical alert inhibited itself")
	}
	other := inhibit.Labeled{ID: "c2", Labels: critical.Labels}
	if res, muted := inhibit.Check(rules, other, sources); !muted || res.Source.ID != "c1" {
		t.Errorf("second critical alert of the attacker: muted %v by %s", muted, res.Source.ID)
	}
	if d := rules[0].Describe(0); !strings.Contains(d, `inhibit rule 0 (source {kind="contained"}`) || !strings.Contains(d, "equal [chain monitor]") {
		t.Errorf("describe: %s", d)
	}

	if _, err := inhibit.FromConfig([]config.InhibitRule{{SourceMatchers: []string{"kind"}, TargetMatchers: []string{`x=~"("`}}}); err == nil ||
		!strings.Contains(err.Error(), "inhibit_rules[0].source_matchers") || !strings.Contains(err.Error(), "inhibit_rules[0].target_matchers") {
		t.Fatalf("bad rules: %v", err)
	}
}
