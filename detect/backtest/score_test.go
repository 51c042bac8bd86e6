package backtest

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

func h(n byte) common.Hash { return common.Hash{n} }

// Two scenarios over 1,000 transactions: one caught by two detectors (one
// of them during preparation), one missed; one benign transaction flagged
// high and one only medium.
func scoringFixture() (Labels, *Detection) {
	labels := Labels{Runs: []ScenarioRun{
		{Scenario: "a", Category: "reentrancy", Attack: []LabelledTx{
			{Hash: h(1), Stage: corpus.StagePreparation, Block: 10},
			{Hash: h(2), Stage: corpus.StageExploit, Block: 12},
		}},
		{Scenario: "b", Category: "oracle", Attack: []LabelledTx{{Hash: h(3), Stage: corpus.StageExploit, Block: 20}}},
	}}
	det := &Detection{Blocks: 30, Txs: 1000, Alerts: []alert.Alert{
		{Detector: "reentrancy", TxHash: h(2), BlockNumber: 12, Severity: alert.SeverityHigh, Confidence: 0.9},
		{Detector: "mixer", TxHash: h(1), BlockNumber: 10, Severity: alert.SeverityHigh, Confidence: 0.6},
		{Detector: "outflow", TxHash: h(9), BlockNumber: 15, Severity: alert.SeverityHigh, Confidence: 0.5},
		{Detector: "outflow", TxHash: h(8), BlockNumber: 16, Severity: alert.SeverityMedium, Confidence: 0.5},
		{Detector: "outflow", TxHash: h(3), BlockNumber: 20, Severity: alert.SeverityLow, Confidence: 0.9},
		{Detector: "baseline", BlockNumber: 12, Severity: alert.SeverityHigh, Confidence: 0.7},
		{Detector: "broken", BlockNumber: 13, Severity: alert.SeverityMedium, Labels: map[string]string{"kind": "detector_failed"}},
	}}
	return labels, det
}

func TestScore(t *testing.T) {
	labels, det := scoringFixture()
	r := Score(labels, det, alert.SeverityHigh)
	if r.BenignTxs != 997 {
		t.Errorf("benign txs %d, want 997", r.BenignTxs)
	}
	o := r.Overall
	if o.Detected != 1 || o.Recall != 0.5 || o.FalsePositives != 1 {
		t.Errorf("overall %+v, want 1/2 detected and 1 false positive", o)
	}
	if want := 10_000.0 / 997; o.FPPer10kTx < want-1e-9 || o.FPPer10kTx > want+1e-9 {
		t.Errorf("fp per 10k %.4f, want %.4f", o.FPPer10kTx, want)
	}
	if o.Precision != 0.75 {
		t.Errorf("precision %.3f, want 3 of 4 alerts", o.Precision)
	}
	rows := map[string]DetectorRow{}
	for _, d := range r.Detectors {
		rows[d.Detector] = d
	}
	if d := rows["mixer"]; d.TP != 1 || d.FN != 1 || *d.LatencyBlocks != -2 {
		t.Errorf("mixer row %+v, want the scenario 2 blocks early", d)
	}
	if d := rows["outflow"]; d.TP != 0 || d.FP != 1 || d.Precision != 0 {
		t.Errorf("outflow row %+v (its low alert on the attack must not count)", d)
	}
	if d := rows["baseline"]; d.TP != 1 {
		t.Errorf("block-level alert in an attack block should count: %+v", d)
	}
	if r.Failures["broken"] != 1 {
		t.Errorf("failures %v", r.Failures)
	}
	if s := r.Scenarios[0]; !s.Detected || *s.LatencyBlocks != -2 || len(s.By) != 3 {
		t.Errorf("scenario a %+v", s)
	}
	if r.Scenarios[1].Detected {
		t.Errorf("scenario b detected only by a low alert")
	}
	// At low severity scenario b counts and so do both benign alerts.
	low := Score(labels, det, alert.SeverityLow)
	if low.Overall.Detected != 2 || low.Overall.FalsePositives != 2 {
		t.Errorf("at low: %+v", low.Overall)
	}
}

func TestCalibrateDropsFalsePositivesKeepingDetections(t *testing.T) {
	labels, det := scoringFixture()
	cal := Calibrate(labels, det, alert.SeverityHigh, 0)
	if !cal.Met || cal.After.FalsePositives != 0 || cal.After.Detected != 1 {
		t.Fatalf("calibration %+v", cal)
	}
	if len(cal.Thresholds) != 1 || cal.Thresholds[0].Detector != "outflow" || cal.Thresholds[0].MinConfidence != 0.51 {
		t.Fatalf("thresholds %+v, want outflow at 0.51", cal.Thresholds)
	}
}
