package backtest_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/detect/backtest"
	"github.com/warden-dev/warden/detect/backtest/corpus/all"
)

// The shipped corpus on the embedded chain: every built-in detector with
// its defaults must find at least 90% of the exploits and raise no
// high-severity alert on the benign traffic; a kept run re-scored offline
// must give the same answer. (The full 10,000-transaction run is
// `warden backtest`; this one keeps make test fast.)
func TestCorpusBacktest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole corpus")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	alloc, err := all.GenesisAlloc()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	opts := backtest.Options{
		Generate:    backtest.GenerateOptions{Scenarios: all.Scenarios(), BenignTxs: 1500, Alloc: alloc, DataDir: t.TempDir()},
		Registry:    app.Detectors(),
		Params:      backtest.DefaultParams,
		MinSeverity: alert.SeverityHigh,
		RecordDir:   dir,
	}
	res, err := backtest.Run(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	o := res.Report.Overall
	t.Logf("recall %.3f (%d/%d), precision %.3f, %d false positives over %d benign txs", o.Recall, o.Detected, o.Scenarios, o.Precision, o.FalsePositives, res.Report.BenignTxs)
	if o.Scenarios < 12 {
		t.Errorf("%d scenarios, the corpus must have at least 12", o.Scenarios)
	}
	if o.Recall < 0.9 {
		for _, s := range res.Report.Scenarios {
			if !s.Detected {
				t.Errorf("not detected: %s (%s)", s.Scenario, s.Category)
			}
		}
	}
	// The two mixer-funded attackers launder through the mixer afterwards;
	// the correlation's laundering stage must see it.
	for _, s := range res.Report.Scenarios {
		if (s.Scenario == "governance-flash-vote" || s.Scenario == "rounding-drain") && !slices.Contains(s.Stages, "laundering") {
			t.Errorf("%s: laundering not alerted (stages alerted: %v)", s.Scenario, s.Stages)
		}
	}
	for _, a := range res.Report.FalseAlerts {
		t.Errorf("high-severity alert on benign traffic: %s %s block %d: %s", a.Detector, a.Monitor, a.Block, a.Title)
	}
	if len(res.Report.Failures) > 0 {
		t.Errorf("detector failures: %v", res.Report.Failures)
	}
	if res.Report.BenignTxs < 1400 {
		t.Errorf("only %d benign transactions", res.Report.BenignTxs)
	}

	again, err := backtest.RunRecorded(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	a := again.Report.Overall
	if a.Detected != o.Detected || a.FalsePositives != o.FalsePositives || a.Precision != o.Precision || len(again.Detection.Alerts) != len(res.Detection.Alerts) {
		t.Errorf("offline re-run differs: %+v (%d alerts), live %+v (%d alerts)", a, len(again.Detection.Alerts), o, len(res.Detection.Alerts))
	}
}
