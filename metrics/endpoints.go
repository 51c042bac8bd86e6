package metrics

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// EndpointSample is one endpoint's state at scrape time.
type EndpointSample struct {
	URL       string
	Healthy   bool
	Head      uint64
	LatencyMS float64
	Requests  uint64
	Errors    uint64
}

var (
	epUp       = prometheus.NewDesc("warden_rpc_endpoint_up", "1 when the endpoint is healthy and used, 0 when calls avoid it.", []string{"chain", "endpoint"}, nil)
	epHead     = prometheus.NewDesc("warden_rpc_endpoint_head_block", "Head block the endpoint reported at its last health check.", []string{"chain", "endpoint"}, nil)
	epLatency  = prometheus.NewDesc("warden_rpc_endpoint_latency_seconds", "Moving average of health-check round trips.", []string{"chain", "endpoint"}, nil)
	epRequests = prometheus.NewDesc("warden_rpc_requests_total", "JSON-RPC calls sent to the endpoint.", []string{"chain", "endpoint"}, nil)
	epErrors   = prometheus.NewDesc("warden_rpc_errors_total", "Endpoint-level failures (transport, timeouts, 429/5xx, malformed answers).", []string{"chain", "endpoint"}, nil)
)

// endpointCollector reads endpoint state when Prometheus scrapes, so the
// RPC pool needs no Prometheus code of its own.
type endpointCollector struct {
	mu      sync.Mutex
	sources map[string]func() []EndpointSample
}

func (c *endpointCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{epUp, epHead, epLatency, epRequests, epErrors} {
		ch <- d
	}
}

func (c *endpointCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for chain, sample := range c.sources {
		for _, e := range sample() {
			up := 0.0
			if e.Healthy {
				up = 1
			}
			ch <- prometheus.MustNewConstMetric(epUp, prometheus.GaugeValue, up, chain, e.URL)
			ch <- prometheus.MustNewConstMetric(epHead, prometheus.GaugeValue, float64(e.Head), chain, e.URL)
			ch <- prometheus.MustNewConstMetric(epLatency, prometheus.GaugeValue, e.LatencyMS/1000, chain, e.URL)
			ch <- prometheus.MustNewConstMetric(epRequests, prometheus.CounterValue, float64(e.Requests), chain, e.URL)
			ch <- prometheus.MustNewConstMetric(epErrors, prometheus.CounterValue, float64(e.Errors), chain, e.URL)
		}
	}
}

// WatchEndpoints exports a chain's endpoint state, read at each scrape.
func (m *Metrics) WatchEndpoints(chain string, sample func() []EndpointSample) {
	m.endpoints.mu.Lock()
	defer m.endpoints.mu.Unlock()
	m.endpoints.sources[chain] = sample
}
