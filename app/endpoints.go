package app

import (
	"github.com/warden-dev/warden/api"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
)

// endpointStatus reports the chain's endpoints for /status.
func endpointStatus(c *chainrpc.Client) []api.EndpointStatus {
	var out []api.EndpointStatus
	for _, e := range c.Status() {
		out = append(out, api.EndpointStatus{URL: e.URL, Healthy: e.Healthy, Active: e.Active, Head: e.Head, LatencyMS: e.LatencyMS,
			Requests: e.Requests, Errors: e.TotalErrors, LastError: e.LastError})
	}
	return out
}
