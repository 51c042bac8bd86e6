package baseline_test

import (
	"testing"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
)

// BenchmarkBaseline measures one 50-transaction block whose transactions
// all touch the monitored contract (the worst case: most blocks of a real
// chain barely touch a given protocol), with warm models and a trained
// forest. The per-transaction figure is reported as tx/s.
func BenchmarkBaseline(b *testing.B) {
	for _, traced := range []bool{false, true} {
		name := "receipts"
		if traced {
			name = "traces"
		}
		b.Run(name, func(b *testing.B) {
			d := newDetector(b, `{warmup: 50, contract_warmup: 200}`)
			tr := newTraffic(1, 300)
			// Warm up: 40 blocks = 2,000 transactions, several retrainings.
			for i := 0; i < 40; i++ {
				detectAll(b, d, tr.block(b, 50, traced))
			}
			blocks := make([]*chain.Bundle, 64)
			for i := range blocks {
				blocks[i] = tr.block(b, 50, traced)
			}
			emit := func(alert.Alert) {}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := d.Detect(b.Context(), blocks[i%len(blocks)], emit); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "tx/s")
		})
	}
}
