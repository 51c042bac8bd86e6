package bench

import (
	"context"
	"testing"
	"time"
)

// TestIngestSmall runs the whole benchmark on a tiny chain: it must
// produce every figure the issue asks for (the real run is `warden bench
// ingest`, not a test).
func TestIngestSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Ingest(ctx, IngestOptions{Blocks: 20, TxsPerBlock: 20, Rounds: 1, Steady: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Blocks != 20 || res.Txs != 400 {
		t.Fatalf("filled %d blocks, %d txs", res.Blocks, res.Txs)
	}
	if res.RawBlocksPerS <= 0 || res.IngestBlocksPerS <= 0 || res.Ratio <= 0 || res.IngestTxPerS <= 0 || res.PeakRSSBytes == 0 {
		t.Fatalf("missing figures: %+v", res)
	}
	if len(res.RawRunsSeconds) != 2 || len(res.IngestRunsSeconds) != 1 {
		t.Fatalf("runs: %v %v", res.RawRunsSeconds, res.IngestRunsSeconds)
	}
	if res.SteadySamples == 0 || res.SteadyBlocksAdded == 0 {
		t.Fatalf("steady state not measured: %+v", res)
	}
	t.Logf("%+v", *res)
}
