package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const oncallConfig = `
chains: [{name: dev, chain_id: 1337, endpoints: [{url: "http://127.0.0.1:8545"}]}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}]
    detectors: [{kind: large_outflow, params: {share: 0.05}}]
users:
  - {name: alice, roles: [responder], token: env:T_ALICE, contacts: {slack: UALICE01}}
  - {name: bob, roles: [responder], token: env:T_BOB}
  - {name: carol, roles: [responder], token: env:T_CAROL}
oncall:
  - name: primary
    time_zone: Europe/Berlin
    layers: [{name: weekly, rotation: weekly, handoff: "09:00", start: 2026-03-16, participants: [alice, bob]}]
    overrides: [{person: carol, start: "2026-03-25 12:00", end: "2026-03-26 12:00", reason: swap with bob}]
  - name: infra
    time_zone: America/New_York
    layers: [{name: daily, rotation: daily, handoff: "18:00", start: 2026-03-01, participants: [bob, carol]}]
`

func writeOnCallConfig(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "warden.yaml")
	if err := os.WriteFile(path, []byte(oncallConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOnCallNowAndNext(t *testing.T) {
	path := writeOnCallConfig(t)
	// Sunday 29 March 2026, 12:00 UTC: bob's week in Berlin (the night
	// daylight saving started; he took over from carol's override),
	// carol's day in New York.
	stdout, stderr, err := runCLI("oncall", "-c", path, "--at", "2026-03-29T12:00:00Z")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	out := squeeze(stdout)
	for _, want := range []string{
		"primary now bob Thu 2026-03-26 12:00 CET Mon 2026-03-30 09:00 CEST layer weekly",
		"primary next alice Mon 2026-03-30 09:00 CEST Mon 2026-04-06 09:00 CEST layer weekly",
		"infra now carol Sat 2026-03-28 18:00 EDT Sun 2026-03-29 18:00 EDT layer daily",
		"infra next bob Sun 2026-03-29 18:00 EDT Mon 2026-03-30 18:00 EDT layer daily",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}

	// During the override, only the schedule asked for.
	stdout, stderr, err = runCLI("oncall", "-c", path, "--schedule", "primary", "--at", "2026-03-25T12:00:00Z")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if out := squeeze(stdout); !strings.Contains(out, "primary now carol Wed 2026-03-25 12:00 CET Thu 2026-03-26 12:00 CET override: swap with bob") ||
		!strings.Contains(out, "primary next bob Thu 2026-03-26 12:00 CET Mon 2026-03-30 09:00 CEST layer weekly") || strings.Contains(out, "infra") {
		t.Fatalf("override output:\n%s", stdout)
	}
}

func TestOnCallRefusesBadInput(t *testing.T) {
	path := writeOnCallConfig(t)
	if _, _, err := runCLI("oncall", "-c", path, "--schedule", "nope"); err == nil || !strings.Contains(err.Error(), `"nope" is not in`) || !strings.Contains(err.Error(), "primary, infra") {
		t.Fatalf("unknown schedule: %v", err)
	}
	if _, _, err := runCLI("oncall", "-c", path, "--at", "tomorrow"); err == nil || !strings.Contains(err.Error(), "--at") {
		t.Fatalf("bad --at: %v", err)
	}
}

// squeeze collapses the table's padding so assertions do not depend on
// column widths.
func squeeze(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
