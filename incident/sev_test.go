package incident_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

func TestAssessAlert(t *testing.T) {
	share := func(pct string) []alert.Evidence {
		return []alert.Evidence{{Name: "share_of_balance", Value: pct + "% (threshold 5.00%)"}}
	}
	cases := []struct {
		name   string
		a      alert.Alert
		want   incident.Level
		reason string
	}{
		{"laundering", alert.Alert{Detector: "correlation", Severity: alert.SeverityCritical, Confidence: 0.95, Labels: map[string]string{"kind": "correlated_attack", "stage": "laundering"}}, incident.SEV1, "laundering"},
		{"correlated critical", alert.Alert{Detector: "correlation", Severity: alert.SeverityCritical, Confidence: 0.9, Labels: map[string]string{"kind": "correlated_attack"}}, incident.SEV1, "correlated attack"},
		{"correlated high", alert.Alert{Detector: "correlation", Severity: alert.SeverityHigh, Confidence: 0.9, Labels: map[string]string{"kind": "correlated_attack", "signals": "flash_loan,large_outflow"}}, incident.SEV2, "flash_loan,large_outflow"},
		{"value >= 1M", alert.Alert{Detector: "rule", Severity: alert.SeverityMedium, Confidence: 0.6, Labels: map[string]string{incident.LabelValueAtRiskUSD: "2500000"}}, incident.SEV1, "$2,500,000"},
		{"value >= 1M but weak", alert.Alert{Detector: "rule", Severity: alert.SeverityMedium, Confidence: 0.3, Labels: map[string]string{incident.LabelValueAtRiskUSD: "2500000"}}, incident.SEV3, "medium"},
		{"value >= 100k", alert.Alert{Detector: "rule", Severity: alert.SeverityLow, Confidence: 0.9, Labels: map[string]string{incident.LabelValueAtRiskUSD: "$150,000"}}, incident.SEV2, "$150,000"},
		{"value >= 10k", alert.Alert{Detector: "rule", Severity: alert.SeverityLow, Confidence: 0.9, Labels: map[string]string{incident.LabelValueAtRiskUSD: "12000"}}, incident.SEV3, "$12,000"},
		{"value garbage", alert.Alert{Detector: "rule", Severity: alert.SeverityLow, Confidence: 0.9, Labels: map[string]string{incident.LabelValueAtRiskUSD: "lots"}}, incident.SEV4, "low"},
		{"drain of 40%", alert.Alert{Detector: "large_outflow", Severity: alert.SeverityHigh, Confidence: 0.7, Evidence: share("40.00")}, incident.SEV1, "40%"},
		{"drain of 8%", alert.Alert{Detector: "large_outflow", Severity: alert.SeverityHigh, Confidence: 0.6, Evidence: share("8.00")}, incident.SEV2, "8%"},
		{"withdrawal-shaped 90%", alert.Alert{Detector: "large_outflow", Severity: alert.SeverityMedium, Confidence: 0.4, Evidence: share("90.00")}, incident.SEV3, "medium"},
		{"share label", alert.Alert{Detector: "rule", Severity: alert.SeverityLow, Confidence: 0.8, Labels: map[string]string{"share": "0.3"}}, incident.SEV1, "30%"},
		{"critical sure", alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Confidence: 0.85}, incident.SEV1, "critical flash_loan"},
		{"critical unsure", alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Confidence: 0.5}, incident.SEV2, "below"},
		{"high sure", alert.Alert{Detector: "reentrancy", Severity: alert.SeverityHigh, Confidence: 0.75}, incident.SEV2, "high reentrancy"},
		{"high unsure", alert.Alert{Detector: "reentrancy", Severity: alert.SeverityHigh, Confidence: 0.5}, incident.SEV3, "high reentrancy"},
		{"medium", alert.Alert{Detector: "price_manipulation", Severity: alert.SeverityMedium, Confidence: 0.9}, incident.SEV3, "medium"},
		{"low", alert.Alert{Detector: "failed_probing", Severity: alert.SeverityLow, Confidence: 0.9}, incident.SEV4, "low"},
		{"detector failed", alert.Alert{Detector: "flash_loan", Severity: alert.SeverityMedium, Confidence: 1, Labels: map[string]string{"kind": "detector_failed"}}, incident.SEV4, "operational"},
		{"retracted critical", alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Confidence: 1, Status: alert.StatusRetracted}, incident.SEV4, "retracted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := incident.AssessAlert(&c.a)
			if got.Level != c.want || !strings.Contains(got.Reason, c.reason) {
				t.Fatalf("%s (%q), want %s with %q", got.Level, got.Reason, c.want, c.reason)
			}
		})
	}
	all := make([]alert.Alert, len(cases))
	for i, c := range cases {
		all[i] = c.a
	}
	sum := incident.Assess(all[2:])
	if sum.Level != incident.SEV1 || sum.ValueAtRiskUSD != 2500000 || sum.Share != 0.9 || sum.MaxConfidence != 1 {
		t.Fatalf("assess all: %+v", sum)
	}
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]incident.Level{"SEV1": incident.SEV1, "sev2": incident.SEV2, "3": incident.SEV3, " Sev4 ": incident.SEV4} {
		if got, err := incident.ParseLevel(in); err != nil || got != want {
			t.Fatalf("%q: %v %v", in, got, err)
		}
	}
	for _, bad := range []string{"SEV0", "SEV5", "high", ""} {
		if _, err := incident.ParseLevel(bad); err == nil || !strings.Contains(err.Error(), "want SEV1, SEV2, SEV3 or SEV4") {
			t.Fatalf("%q accepted: %v", bad, err)
		}
	}
	if !incident.SEV1.Worse(incident.SEV2) || incident.SEV3.Worse(incident.SEV2) || !incident.SEV4.Worse(incident.LevelUnset) || incident.LevelUnset.Worse(incident.SEV4) {
		t.Fatal("Worse is wrong")
	}
}

// TestSEVRaisedAndOverrideSticky: the level rises as stronger alerts join,
// never falls on its own, and a commander's override stays when alerts
// that would derive another level join.
func TestSEVRaisedAndOverrideSticky(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	attacker := common.HexToAddress("0x5e5")
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	join := func(fp string, block uint64, sev alert.Severity, conf float64) *incident.Incident {
		a := mkAlert(fp, "pool", attacker, block, t0.Add(time.Duration(block)*time.Second), sev)
		a.Confidence = conf
		return groupNew(t, m, st, a)
	}
	inc := join("s1", 1, alert.SeverityMedium, 0.9)
	if inc.SEV != incident.SEV3 || inc.DerivedSEV != incident.SEV3 {
		t.Fatalf("opened at %s/%s, want SEV3", inc.SEV, inc.DerivedSEV)
	}
	if inc = join("s2", 2, alert.SeverityLow, 0.9); inc.SEV != incident.SEV3 {
		t.Fatalf("a weaker alert moved the level to %s", inc.SEV)
	}
	if inc = join("s3", 3, alert.SeverityHigh, 0.8); inc.SEV != incident.SEV2 || !strings.Contains(inc.SEVReason, "high large_outflow") {
		t.Fatalf("after a sure high alert: %s (%s)", inc.SEV, inc.SEVReason)
	}
	if _, err := m.SetSEV(ctx, inc.ID, incident.SEV4, "alice", ""); err == nil || !strings.Contains(err.Error(), "needs a reason") {
		t.Fatalf("override without reason: %v", err)
	}
	got, err := m.SetSEV(ctx, inc.ID, incident.SEV4, "alice", "whitehat rescue, confirmed by phone")
	if err != nil || got.SEV != incident.SEV4 || got.SEVOverride == nil || got.SEVOverride.By != "alice" {
		t.Fatalf("override: %+v %v", got, err)
	}
	// A critical alert derives SEV1; the override stays.
	if inc = join("s4", 4, alert.SeverityCritical, 0.95); inc.SEV != incident.SEV4 || inc.DerivedSEV != incident.SEV1 {
		t.Fatalf("after a critical alert: SEV %s derived %s, want the override SEV4 kept", inc.SEV, inc.DerivedSEV)
	}
	tl, _ := st.Timeline(ctx, inc.ID)
	last := tl[len(tl)-1]
	if last.Kind != incident.EntrySeverity || !strings.Contains(last.Message, "the alerts now call for SEV1") || !strings.Contains(last.Message, "SEV4 stays as set by alice") {
		t.Fatalf("severity entry: %+v", last)
	}
	// The commander raises it; clearing the override returns to the derived level.
	if got, err = m.SetSEV(ctx, inc.ID, incident.SEV2, "alice", "funds moving"); err != nil || got.SEV != incident.SEV2 {
		t.Fatalf("raise: %+v %v", got, err)
	}
	if got, err = m.SetSEV(ctx, inc.ID, incident.LevelUnset, "bob", "back to automatic"); err != nil || got.SEV != incident.SEV1 || got.SEVOverride != nil {
		t.Fatalf("clear: %+v %v", got, err)
	}
	tl, _ = st.Timeline(ctx, inc.ID)
	var sevs []string
	for _, e := range tl {
		if e.Kind == incident.EntrySeverity {
			sevs = append(sevs, e.Actor+": "+e.Message)
		}
	}
	if len(sevs) != 5 || !strings.Contains(sevs[0], "SEV3 -> SEV2") || !strings.Contains(sevs[3], "Level set SEV4 -> SEV2 by alice: funds moving") || !strings.Contains(sevs[4], "Level override cleared: SEV2 -> SEV1") {
		t.Fatalf("severity entries:\n%s", strings.Join(sevs, "\n"))
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatal(err)
	}
}
