package app

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// TestSeveralChainsAtOnce follows two chains with different IDs, each
// through two endpoints, in one process.
func TestSeveralChainsAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a1, _ := devchaintest.Start(t, devchain.Config{ChainID: 1337, Accounts: 1, BlockPeriod: 100 * time.Millisecond})
	a2, _ := devchaintest.Start(t, devchain.Config{ChainID: 31337, Accounts: 1, BlockPeriod: 150 * time.Millisecond})
	dir := t.TempDir()
	a, _ := runApp(ctx, t, dir, fmt.Sprintf(`store: {path: %s}
chains:
  - {name: one, chain_id: 1337, start_block: "1", poll_interval: 100ms, endpoints: [{url: %s, weight: 2}, {url: %s}]}
  - {name: two, chain_id: 31337, start_block: "1", poll_interval: 100ms, endpoints: [{url: %s}, {url: %s, rate_limit: 50}]}
monitors:
  - {name: m1, chain: one, contracts: [{name: C, address: "0x0000000000000000000000000000000000000001"}], detectors: [{kind: flash_loan, severity: critical}]}
  - {name: m2, chain: two, contracts: [{name: C, address: "0x0000000000000000000000000000000000000001"}], detectors: [{kind: flash_loan, severity: critical}]}
`, filepath.Join(dir, "w.db"), a1.WSURL(), a1.HTTPURL(), a2.WSURL(), a2.HTTPURL()))
	for {
		c1, _ := a.Cursor("one")
		c2, _ := a.Cursor("two")
		if c1.Number >= 10 && c2.Number >= 10 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("chains did not both advance: one %d, two %d", c1.Number, c2.Number)
		case <-time.After(20 * time.Millisecond):
		}
	}
	st := a.Status(ctx)
	if len(st.Chains) != 2 || len(st.Chains[0].Endpoints) != 2 || len(st.Chains[1].Endpoints) != 2 {
		t.Fatalf("status: %+v", st)
	}
	// A config that points a chain at the other chain's node is refused.
	cfg := *a.cfg
	cfg.Chains = append([]config.Chain(nil), a.cfg.Chains...)
	cfg.Chains[1].Endpoints = cfg.Chains[0].Endpoints
	cfg.Store.Path = filepath.Join(dir, "w2.db")
	if _, err := New(ctx, &cfg, nil); err == nil {
		t.Fatal("chain two accepted endpoints serving chain ID 1337")
	}
}
