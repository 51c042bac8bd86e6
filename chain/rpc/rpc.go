// Package rpc connects Warden to a chain's JSON-RPC endpoints.
//
// A Pool holds every configured endpoint of one chain (HTTP and/or
// WebSocket, each with a weight, a rate limit and a timeout). It checks each
// endpoint's chain ID when it connects (signing a pause for the wrong network
// is a real risk), probes every endpoint's head and latency in the
// background, and sends each call to the best healthy endpoint. When that
// endpoint fails at the transport level (errors, timeouts, HTTP 429/5xx,
// garbage JSON, a head that lags), the same call is retried on the next one,
// so a caller sees one slower call instead of an error, and the failed
// endpoint returns to service once a health check succeeds again.
//
// Errors the node itself answers (execution reverted, nonce too low, ...)
// belong to the request: they are returned unchanged and never cause a
// failover.
package rpc

import (
	"context"
)

// Client is the name the rest of Warden has always used for its connection
// to a chain; it is a Pool now.
type Client = Pool

// Dial builds a Pool with default settings from plain endpoint URLs: every
// endpoint has weight 1, no rate limit and a 5 s timeout. It fails only when
// no endpoint is usable; every endpoint's reason is reported. NewPool is the
// constructor with every setting.
func Dial(ctx context.Context, urls []string, wantChainID int64) (*Client, error) {
	eps := make([]EndpointConfig, 0, len(urls))
	for _, u := range urls {
		eps = append(eps, EndpointConfig{URL: u})
	}
	return NewPool(ctx, Config{ChainID: wantChainID, Endpoints: eps})
}
