// Package devchaintest starts an embedded chain for a test and connects a
// JSON-RPC client to it, closing both when the test ends.
package devchaintest

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/devchain"
)

// Start starts a chain with cfg and dials its HTTP endpoint.
func Start(t testing.TB, cfg devchain.Config) (*devchain.Chain, *ethclient.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	client, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return c, client
}
