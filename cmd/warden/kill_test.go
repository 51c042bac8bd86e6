package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	_ "modernc.org/sqlite"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// TestKill9MidCatchUp runs the real binary against a chain 900 blocks
// ahead, kills it with SIGKILL in the middle of the catch-up, restarts it
// and checks that every block was processed and no alert was stored twice.
func TestKill9MidCatchUp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "warden")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2, HTTPPort: 0})
	admin, user := c.Accounts()[0].Key, c.Accounts()[1].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Fund(ctx, client, admin, c.Accounts()[1].Address, demoprotocol.Ether(1000), demoprotocol.Ether(100)); err != nil {
		t.Fatal(err)
	}
	if err := p.ApproveAll(ctx, client, user); err != nil {
		t.Fatal(err)
	}
	if err := p.DepositCollateral(ctx, client, user, demoprotocol.Ether(90)); err != nil {
		t.Fatal(err)
	}
	start, _ := client.BlockNumber(ctx)
	start++
	if err := c.SetBlockPeriod(time.Hour); err != nil {
		t.Fatal(err)
	}
	borrows := map[common.Hash]bool{}
	const blocks = 900 // below the store's reorg window, so every processed block's hash is still there to check
	for i := 0; i < blocks; i++ {
		if i%25 == 0 {
			tx, err := p.BorrowTx(ctx, client, user, demoprotocol.Ether(200))
			if err != nil {
				t.Fatal(err)
			}
			for {
				if _, pending, err := client.TransactionByHash(ctx, tx.Hash()); err == nil && pending {
					break
				}
				time.Sleep(2 * time.Millisecond)
			}
			borrows[tx.Hash()] = true
		}
		c.Commit()
	}
	head, _ := client.BlockNumber(ctx)

	db := filepath.Join(dir, "w.db")
	cfg := filepath.Join(dir, "warden.yaml")
	// The rate limit slows the catch-up to a few hundred blocks/s, so the
	// kill reliably lands in the middle of it.
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`store: {path: %s}
chains: [{name: dev, chain_id: 1337, endpoints: [{url: %s, rate_limit: 300}], start_block: "%d", poll_interval: 200ms}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors: [{kind: large_outflow, severity: high, params: {amount: "150000000000000000000"}}]
`, db, c.HTTPURL(), start, p.LendingPool.Hex())), 0o644); err != nil {
		t.Fatal(err)
	}
	checkpoint := func() uint64 {
		d, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(2000)")
		if err != nil {
			return 0
		}
		defer d.Close()
		var n uint64
		_ = d.QueryRow(`SELECT number FROM checkpoints WHERE chain = 'dev'`).Scan(&n)
		return n
	}
	run := func() *exec.Cmd {
		cmd := exec.Command(bin, "run", "--config", cfg, "--log-level", "warn")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	waitFor := func(what string, cond func(uint64) bool) uint64 {
		for {
			if n := checkpoint(); cond(n) {
				return n
			}
			select {
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s (checkpoint %d)", what, checkpoint())
			case <-time.After(5 * time.Millisecond):
			}
		}
	}

	first := run()
	killedAt := waitFor("catch-up to start", func(n uint64) bool { return n >= start+200 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	if killedAt >= head {
		t.Fatalf("catch-up finished before the kill (checkpoint %d, head %d)", killedAt, head)
	}
	t.Logf("killed at checkpoint %d of %d", checkpoint(), head)

	second := run()
	waitFor("catch-up to finish", func(n uint64) bool { return n >= head })
	_ = second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Fatalf("daemon exit after SIGTERM: %v", err)
	}

	d, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// No block missed: every processed block's hash is in the reorg window.
	var count, lo, hi uint64
	if err := d.QueryRow(`SELECT COUNT(*), MIN(number), MAX(number) FROM blocks WHERE chain = 'dev'`).Scan(&count, &lo, &hi); err != nil {
		t.Fatal(err)
	}
	if lo != start || hi != head || count != head-start+1 {
		t.Fatalf("processed blocks: %d in %d..%d, want %d in %d..%d", count, lo, hi, head-start+1, start, head)
	}
	// No alert missed or duplicated: exactly one per borrow.
	rows, err := d.Query(`SELECT json_extract(body, '$.tx_hash') FROM alerts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	perTx := map[common.Hash]int{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		perTx[common.HexToHash(h)]++
	}
	for tx := range borrows {
		if perTx[tx] != 1 {
			t.Errorf("borrow %s: %d alerts, want 1", tx, perTx[tx])
		}
	}
	if len(perTx) != len(borrows) {
		t.Errorf("%d alerted txs for %d borrows", len(perTx), len(borrows))
	}
}
