package app

import (
	"github.com/warden-dev/warden/api"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
)

// endpointStatus reports the chain's endpoints for /status.
func endpointStatus(c *chainrpc.Client) []api.EndpointStatus {
	return []api.EndpointStatus{{URL: c.URL, Healthy: true, Active: true}}
}
