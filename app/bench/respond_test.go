package bench

import (
	"context"
	"testing"
	"time"
)

// TestRespondMeasuresRealPauses runs the response benchmark small: every
// incident must end with a verified pause mined in the block after the
// exploit, and the latency must be a real, positive measurement.
func TestRespondMeasuresRealPauses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := Respond(ctx, RespondOptions{Incidents: 3, Periods: []time.Duration{0}, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Modes) != 1 {
		t.Fatalf("%d modes, want 1", len(res.Modes))
	}
	m := res.Modes[0]
	if m.Contained != 3 {
		t.Errorf("%d of 3 incidents contained with a verified pause", m.Contained)
	}
	if m.MaxBlocksToPause != 1 || m.BlocksToPause[1] != 3 {
		t.Errorf("blocks to pause %v, want every pause in the block after the exploit", m.BlocksToPause)
	}
	if m.BroadcastP50MS <= 0 || m.BroadcastMaxMS < m.BroadcastP50MS {
		t.Errorf("implausible latencies: %+v", m)
	}
	t.Logf("broadcast p50 %.1f ms, max %.1f ms", m.BroadcastP50MS, m.BroadcastMaxMS)
}
