package respond_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
)

func TestTriggerMatches(t *testing.T) {
	pool := common.HexToAddress("0x1000000000000000000000000000000000000001")
	other := common.HexToAddress("0x2000000000000000000000000000000000000002")
	tr := respond.Trigger{Detectors: []string{"flash_loan", "correlated_attack"}, MinSeverity: alert.SeverityHigh, MinConfidence: 0.5,
		Contracts: []common.Address{pool}, Chains: []string{"dev"}}
	base := alert.Alert{Detector: "flash_loan", Chain: "dev", Severity: alert.SeverityCritical, Confidence: 0.9, Status: alert.StatusProvisional,
		Labels: map[string]string{"contract": pool.Hex()}}
	cases := map[string]struct {
		edit func(a *alert.Alert)
		want bool
	}{
		"all filters pass":      {func(*alert.Alert) {}, true},
		"kind label matches":    {func(a *alert.Alert) { a.Detector = "correlation"; a.Labels["kind"] = "correlated_attack" }, true},
		"other detector":        {func(a *alert.Alert) { a.Detector = "large_outflow" }, false},
		"severity too low":      {func(a *alert.Alert) { a.Severity = alert.SeverityMedium }, false},
		"confidence too low":    {func(a *alert.Alert) { a.Confidence = 0.4 }, false},
		"other contract":        {func(a *alert.Alert) { a.Labels["contract"] = other.Hex() }, false},
		"names no contract":     {func(a *alert.Alert) { delete(a.Labels, "contract") }, false},
		"other chain":           {func(a *alert.Alert) { a.Chain = "mainnet" }, false},
		"retracted by a reorg":  {func(a *alert.Alert) { a.Status = alert.StatusRetracted }, false},
		"confirmed still count": {func(a *alert.Alert) { a.Status = alert.StatusConfirmed }, true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			a := base
			a.Labels = map[string]string{"contract": pool.Hex()}
			tc.edit(&a)
			if got := tr.Matches(&a); got != tc.want {
				t.Fatalf("Matches = %v, want %v", got, tc.want)
			}
		})
	}
	if got := (&respond.Trigger{}).Match([]alert.Alert{base, {Status: alert.StatusRetracted}}); len(got) != 1 {
		t.Fatalf("an empty trigger matched %d of 2 (one retracted)", len(got))
	}
}

func TestAllowlistCheck(t *testing.T) {
	pool := common.HexToAddress("0x1000000000000000000000000000000000000001")
	safe := common.HexToAddress("0x3000000000000000000000000000000000000003")
	pauseSel, _ := config.FunctionSelector("pause()")
	al := &respond.Allowlist{Contracts: map[common.Address]string{pool: "LendingPool"}, Functions: map[[4]byte]string{pauseSel: "pause()"}}
	unpause, _ := config.FunctionSelector("unpause()")
	cases := map[string]struct {
		plan respond.Plan
		ok   bool
	}{
		"pause on the pool":     {respond.Plan{To: pool, Data: pauseSel[:]}, true},
		"unpause on the pool":   {respond.Plan{To: pool, Data: unpause[:]}, false},
		"pause elsewhere":       {respond.Plan{To: safe, Data: pauseSel[:]}, false},
		"no selector":           {respond.Plan{To: pool}, false},
		"no transaction":        {respond.Plan{Description: "webhook"}, true},
		"noop":                  {respond.Plan{To: safe, Noop: true}, true},
		"inner call is checked": {respond.Plan{To: safe, Data: []byte{1, 2, 3, 4}, Calls: []respond.Call{{To: pool, Data: pauseSel[:]}}}, true},
		"bad inner call":        {respond.Plan{To: safe, Data: []byte{1, 2, 3, 4}, Calls: []respond.Call{{To: pool, Data: unpause[:]}}}, false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			err := al.Check(&tc.plan)
			if (err == nil) != tc.ok {
				t.Fatalf("Check = %v, want allowed=%v", err, tc.ok)
			}
		})
	}
	var none *respond.Allowlist
	if err := none.Check(&respond.Plan{To: safe, Data: unpause[:]}); err != nil {
		t.Fatalf("no allowlist refused: %v", err)
	}
}
