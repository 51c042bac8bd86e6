package app

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/ingest"
)

// crashingCheckpoints lets the first n checkpoints through and then
// "crashes" (cancels the run) instead of saving the next one: the state a
// kill between storing a block's alerts and moving the cursor leaves.
type crashingCheckpoints struct {
	ingest.Checkpoints
	allow  int
	cancel context.CancelFunc
	mu     sync.Mutex
}

func (c *crashingCheckpoints) SaveCheckpoint(ctx context.Context, name string, cur chain.Cursor) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.allow == 0 {
		c.cancel()
		return errors.New("crash (simulated)")
	}
	c.allow--
	return c.Checkpoints.SaveCheckpoint(ctx, name, cur)
}

// recordingSink notes every block handed on.
type recordingSink struct {
	next ingest.Sink
	mu   sync.Mutex
	seen map[uint64]int
}

func (r *recordingSink) HandleBundle(ctx context.Context, b *chain.Bundle) error {
	if err := r.next.HandleBundle(ctx, b); err != nil {
		return err
	}
	r.mu.Lock()
	r.seen[b.Number()]++
	r.mu.Unlock()
	return nil
}

func (r *recordingSink) Retract(ctx context.Context, name string, from uint64) error {
	return r.next.Retract(ctx, name, from)
}

func TestRestartMidStreamResumesWithoutGapOrDuplicate(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 4})
	admin := c.Accounts()[0].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	users := c.Accounts()[1:]
	keys := []*ecdsa.PrivateKey{users[0].Key, users[1].Key, users[2].Key}
	if err := p.FundUsers(ctx, client, admin, keys, demoprotocol.Ether(10_000), demoprotocol.Ether(20)); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if err := p.DepositCollateral(ctx, client, k, demoprotocol.Ether(10)); err != nil {
			t.Fatal(err)
		}
	}
	start, _ := client.BlockNumber(ctx)
	start++
	// 30 blocks (instant mining: one transaction each); every borrow is
	// above the test's absolute threshold, every swap is not.
	borrows := map[string]bool{}
	for i := 0; i < 30; i++ {
		u := users[i%len(users)]
		if i%3 == 2 {
			if err := p.SwapExactStableForWETH(ctx, client, u.Key, demoprotocol.Ether(100)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		tx, err := p.BorrowTx(ctx, client, u.Key, demoprotocol.Ether(200))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := demoprotocol.Wait(ctx, client, "borrow", tx); err != nil {
			t.Fatal(err)
		}
		borrows[tx.Hash().Hex()] = true
	}
	head, _ := client.BlockNumber(ctx)

	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "warden.yaml")
	yaml := fmt.Sprintf(`store: {path: %s}
chains:
  - name: dev
    chain_id: 1337
    endpoints: [{url: %s}]
    start_block: "%d"
    poll_interval: 200ms
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors:
      - kind: large_outflow
        severity: high
        params: {amount: "150000000000000000000"}
`, filepath.Join(dir, "w.db"), c.WSURL(), start, p.LendingPool.Hex())
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	sink := &recordingSink{seen: map[uint64]int{}}

	run := func(cfg *config.Config, crashAfter int) {
		t.Helper()
		rctx, rcancel := context.WithCancel(ctx)
		defer rcancel()
		a, err := New(rctx, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		rt := a.chains[0]
		sink.next = &pipeline{app: a, rt: rt}
		var cp ingest.Checkpoints = a.store
		if crashAfter >= 0 {
			cp = &crashingCheckpoints{Checkpoints: a.store, allow: crashAfter, cancel: rcancel}
		}
		rt.follower = ingest.NewFollower(ingest.Config{Chain: "dev", ChainID: c.ChainID(), StartBlock: cfg.Chains[0].StartBlock, PollInterval: 200 * time.Millisecond, StopAfter: head},
			rt.client, sink, cp, nil)
		if err := a.Run(rctx); err != nil {
			t.Fatal(err)
		}
	}
	run(cfg, 10) // crashes while handling the 11th block, after its alerts are stored
	first := sink.seen
	if len(first) != 11 {
		t.Fatalf("first run handed on %d blocks, want 11", len(first))
	}
	run(cfg, -1)

	// No gap: every block from start to head was handed on; only the block
	// interrupted by the crash twice.
	for n := start; n <= head; n++ {
		want := 1
		if n == start+10 {
			want = 2
		}
		if sink.seen[n] != want {
			t.Errorf("block %d handed on %d times, want %d", n, sink.seen[n], want)
		}
	}
	// No duplicate: one alert per borrow, none for swaps.
	st, err := New(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	alerts, err := st.store.Alerts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	perTx := map[string]int{}
	for _, a := range alerts {
		perTx[a.TxHash.Hex()]++
	}
	if len(alerts) != len(borrows) {
		t.Errorf("%d alerts stored for %d borrows", len(alerts), len(borrows))
	}
	for tx := range borrows {
		if perTx[tx] != 1 {
			t.Errorf("borrow %s has %d alerts, want 1", tx, perTx[tx])
		}
	}
	cur, ok, _ := st.store.Checkpoint(ctx, "dev")
	if !ok || cur.Number != head {
		t.Errorf("checkpoint %d, want %d", cur.Number, head)
	}
}
