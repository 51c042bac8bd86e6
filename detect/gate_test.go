package detect_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

func TestMinConfidenceAndThrottle(t *testing.T) {
	b := bundle(t)
	noisy := factory("noisy", func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
		for i := 0; i < 4; i++ {
			sev := alert.SeverityMedium
			if i == 3 {
				sev = alert.SeverityCritical
			}
			emit(alert.Alert{TxHash: b.Block.Transactions()[0].Hash(), Confidence: 0.2 * float64(i+1), Severity: sev, Key: fmt.Sprint(i), Labels: map[string]string{"kind": "noisy"}})
		}
		return nil
	})
	cfg := &config.Config{Monitors: []config.Monitor{{Name: "m", Chain: "dev", Detectors: []config.Detector{{
		Kind: "noisy", Severity: "medium", MinConfidence: 0.3, Throttle: &config.Throttle{Max: 2, Blocks: 100},
	}}}}}
	e, err := detect.NewEngine(cfg, "dev", detect.NewRegistry(noisy), detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	got := e.Run(context.Background(), b)
	// Confidence 0.2 is dropped; 0.4 and 0.6 pass; 0.8 (critical) is over
	// the throttle and becomes a notice that keeps its severity.
	if len(got) != 3 {
		t.Fatalf("%d alerts, want 3: %+v", len(got), got)
	}
	var notice *alert.Alert
	for i := range got {
		if got[i].Labels["kind"] == "throttled" {
			notice = &got[i]
		}
	}
	if notice == nil || notice.Severity != alert.SeverityCritical {
		t.Fatalf("no critical throttle notice: %+v", got)
	}
	// Same window: everything is suppressed, and the notice is not repeated.
	if again := e.Run(context.Background(), b); len(again) != 0 {
		t.Fatalf("second block in the window: %d alerts, want 0", len(again))
	}
}
