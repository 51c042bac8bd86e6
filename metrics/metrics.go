// Package metrics exposes Warden's Prometheus metrics. Stages report
// through small observer interfaces of their own (ingest.Observer, ...);
// this package implements them, so no stage imports Prometheus.
package metrics

import (
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics holds every collector. Build it once per process with New.
type Metrics struct {
	Registry *prometheus.Registry

	head       *prometheus.GaugeVec
	processed  *prometheus.GaugeVec
	lagBlocks  *prometheus.GaugeVec
	lagSeconds *prometheus.GaugeVec
	blocks     *prometheus.CounterVec
	txs        *prometheus.CounterVec
	blockTime  *prometheus.HistogramVec
	reorgs     *prometheus.CounterVec
	reorgDepth *prometheus.HistogramVec
	alerts     *prometheus.CounterVec

	mu    sync.Mutex
	heads map[string]uint64

	endpoints *endpointCollector
}

// New registers Warden's collectors (plus Go and process collectors) in a
// fresh registry.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry:   reg,
		heads:      map[string]uint64{},
		endpoints:  &endpointCollector{sources: map[string]func() []EndpointSample{}},
		head:       prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "warden_chain_head_block", Help: "Highest block number the node has announced."}, []string{"chain"}),
		processed:  prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "warden_ingest_processed_block", Help: "Last block whose alerts are stored (the checkpoint)."}, []string{"chain"}),
		lagBlocks:  prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "warden_ingest_lag_blocks", Help: "Head minus processed block."}, []string{"chain"}),
		lagSeconds: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "warden_ingest_lag_seconds", Help: "Wall-clock time minus the processed block's timestamp."}, []string{"chain"}),
		blocks:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "warden_ingest_blocks_total", Help: "Blocks processed; rate() gives blocks/s."}, []string{"chain"}),
		txs:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "warden_ingest_transactions_total", Help: "Transactions processed."}, []string{"chain"}),
		blockTime:  prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "warden_ingest_block_seconds", Help: "Time to fetch, detect and store one block.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}, []string{"chain"}),
		reorgs:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "warden_ingest_reorgs_total", Help: "Chain reorganisations handled."}, []string{"chain"}),
		reorgDepth: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "warden_ingest_reorg_depth_blocks", Help: "Processed blocks dropped per reorg.", Buckets: []float64{1, 2, 3, 5, 8, 13, 21, 64}}, []string{"chain"}),
		alerts:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "warden_alerts_total", Help: "Alerts stored."}, []string{"chain", "monitor", "detector", "severity"}),
	}
	reg.MustRegister(m.endpoints, m.head, m.processed, m.lagBlocks, m.lagSeconds, m.blocks, m.txs, m.blockTime, m.reorgs, m.reorgDepth, m.alerts,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// HeadSeen implements ingest.Observer.
func (m *Metrics) HeadSeen(chain string, n uint64) {
	m.mu.Lock()
	if n > m.heads[chain] {
		m.heads[chain] = n
	}
	m.mu.Unlock()
	m.head.WithLabelValues(chain).Set(float64(n))
}

// BlockProcessed implements ingest.Observer.
func (m *Metrics) BlockProcessed(chain string, n uint64, blockTime time.Time, txs int, took time.Duration) {
	m.processed.WithLabelValues(chain).Set(float64(n))
	m.mu.Lock()
	head := m.heads[chain]
	m.mu.Unlock()
	lag := 0.0
	if head > n {
		lag = float64(head - n)
	}
	m.lagBlocks.WithLabelValues(chain).Set(lag)
	m.lagSeconds.WithLabelValues(chain).Set(max(0, time.Since(blockTime).Seconds()))
	m.blocks.WithLabelValues(chain).Inc()
	m.txs.WithLabelValues(chain).Add(float64(txs))
	m.blockTime.WithLabelValues(chain).Observe(took.Seconds())
}

// ReorgHandled implements ingest.Observer.
func (m *Metrics) ReorgHandled(chain string, depth uint64) {
	m.reorgs.WithLabelValues(chain).Inc()
	m.reorgDepth.WithLabelValues(chain).Observe(float64(depth))
}

// AlertStored counts a stored alert.
func (m *Metrics) AlertStored(chain, monitor, detector, severity string) {
	m.alerts.WithLabelValues(chain, monitor, detector, severity).Inc()
}
