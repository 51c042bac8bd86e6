package demo_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/app/demo"
)

// TestDemoAcceptance runs the whole scenario (smaller traffic than the
// command's default) and checks the acceptance bar.
func TestDemoAcceptance(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out := t.TempDir()
	var stdout strings.Builder
	sum, err := demo.Run(ctx, demo.Options{Out: out, Users: 6, TrafficBlocks: 3, AttackAttempts: 4, Stdout: &stdout})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + stdout.String())
	if !sum.Detected || sum.IncidentStatus != "contained" {
		t.Fatalf("not detected/contained: %+v", sum)
	}
	if sum.FirstAlertBlock != sum.FirstExploitBlock {
		t.Errorf("first alert in block %d, first exploit in %d", sum.FirstAlertBlock, sum.FirstExploitBlock)
	}
	if sum.PauseBlock == 0 || sum.PauseBlock > sum.FirstExploitBlock+1 {
		t.Errorf("pause in block %d, want at most %d", sum.PauseBlock, sum.FirstExploitBlock+1)
	}
	if !sum.PausedVerified {
		t.Error("pause not verified")
	}
	if !sum.WholeProtocolPaused {
		t.Error("the Guardian did not pause the whole protocol (pool and dUSD)")
	}
	if !sum.TimelineVerified || sum.TimelineEntries < 5 {
		t.Errorf("timeline verified %v with %d entries", sum.TimelineVerified, sum.TimelineEntries)
	}
	// Critical: PagerDuty, the SIEM webhook and Discord hear of it through
	// the routing tree; the on-call person is paged on Slack and Telegram.
	for _, r := range []string{"pagerduty", "siem-webhook", "security-discord", "security-slack", "oncall-telegram"} {
		if sum.NotificationsDelivered[r] == 0 {
			t.Errorf("no notification delivered to %s: %v", r, sum.NotificationsDelivered)
		}
	}
	for _, svc := range []string{"pagerduty", "webhook", "discord", "slack", "telegram"} {
		if sum.NotificationsRecorded[svc] == 0 {
			t.Errorf("the recording server got nothing for %s: %v", svc, sum.NotificationsRecorded)
		}
	}
	if sum.SavedShare < 0.5 {
		t.Errorf("saved share %.2f, want >= 0.5", sum.SavedShare)
	}
	if sum.ExploitTxsBlocked == 0 || sum.ExploitTxsBlocked+sum.ExploitTxsBeforePause != 4 {
		t.Errorf("attacker outcomes: %d before pause, %d blocked", sum.ExploitTxsBeforePause, sum.ExploitTxsBlocked)
	}
	if sum.TrafficTxs != 18 || sum.TrafficTxsFailed != 0 {
		t.Errorf("traffic: %d sent, %d failed", sum.TrafficTxs, sum.TrafficTxsFailed)
	}
	if sum.DetectionLatencyMS <= 0 || sum.ResponseLatencyMS <= 0 {
		t.Errorf("latencies not measured: %v %v", sum.DetectionLatencyMS, sum.ResponseLatencyMS)
	}
	atRisk, _ := new(big.Int).SetString(sum.ValueAtRiskWei, 10)
	lost, _ := new(big.Int).SetString(sum.ValueLostWei, 10)
	saved, _ := new(big.Int).SetString(sum.ValueSavedWei, 10)
	if atRisk == nil || lost == nil || saved == nil || new(big.Int).Add(lost, saved).Cmp(atRisk) != 0 {
		t.Errorf("values do not add up: %s + %s != %s", sum.ValueLostWei, sum.ValueSavedWei, sum.ValueAtRiskWei)
	}

	// The files exist and say the same thing.
	var fromFile map[string]any
	b, err := os.ReadFile(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &fromFile); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"scenario", "detected", "first_exploit_block", "first_alert_block", "detection_latency_ms", "pause_tx", "pause_block",
		"paused_verified", "response_latency_ms", "value_at_risk_wei", "value_lost_wei", "value_saved_wei", "exploit_txs_before_pause", "exploit_txs_blocked"} {
		if _, ok := fromFile[k]; !ok {
			t.Errorf("summary.json lacks %s", k)
		}
	}
	var inc struct {
		Incident struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"incident"`
		TimelineIntact bool `json:"timeline_intact"`
		Alerts         []any
	}
	b, err = os.ReadFile(filepath.Join(out, "incident.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &inc); err != nil {
		t.Fatal(err)
	}
	if inc.Incident.ID != sum.IncidentID || !inc.TimelineIntact || len(inc.Alerts) == 0 {
		t.Errorf("incident.json: %+v", inc)
	}
	md, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{sum.IncidentID, sum.PauseTx, "flash_loan", "large_outflow", "intact"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
}
