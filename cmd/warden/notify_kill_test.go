package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// TestKill9WithNotificationsPending: the daemon detects an incident while
// its webhook receiver is down, keeps retrying, and is killed with SIGKILL
// with the notification still pending. Restarted with the receiver back,
// it delivers that notification, exactly once, under the same key.
func TestKill9WithNotificationsPending(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "warden")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	// The receiver stands in for a SIEM behind a webhook: down (503) at
	// first, then up. It records the idempotency key of every request it
	// accepted.
	var up atomic.Bool
	var mu sync.Mutex
	var refused int
	accepted := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up.Load() {
			refused++
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		accepted[r.Header.Get("Idempotency-Key")]++
	}))
	defer srv.Close()
	counts := func() (int, map[string]int) {
		mu.Lock()
		defer mu.Unlock()
		cp := map[string]int{}
		for k, v := range accepted {
			cp[k] = v
		}
		return refused, cp
	}

	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2})
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
	db := filepath.Join(dir, "w.db")
	cfg := filepath.Join(dir, "warden.yaml")
	t.Setenv("HOOK_SECRET", "kill-test-secret")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`store: {path: %s}
chains: [{name: dev, chain_id: 1337, endpoints: [{url: %s}], start_block: "%d", poll_interval: 100ms}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors: [{kind: large_outflow, severity: high, params: {amount: "150000000000000000000"}}]
receivers:
  - {name: siem, kind: webhook, url: "%s/hook", secret: env:HOOK_SECRET, retry: {max_attempts: 100}}
route: {receiver: siem, group_wait: 0s}
`, db, c.HTTPURL(), start+1, p.LendingPool.Hex(), srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func() *exec.Cmd {
		cmd := exec.Command(bin, "run", "--config", cfg, "--log-level", "error")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	waitFor := func(what string, cond func() bool) {
		for !cond() {
			select {
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s", what)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	pending := func() (keys []string) {
		d, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(2000)")
		if err != nil {
			return nil
		}
		defer d.Close()
		rows, err := d.Query(`SELECT key FROM notifications WHERE state = 'pending'`)
		if err != nil {
			return nil
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			if rows.Scan(&k) == nil {
				keys = append(keys, k)
			}
		}
		return keys
	}

	first := run()
	if _, err := p.BorrowTx(ctx, client, user, demoprotocol.Ether(200)); err != nil {
		t.Fatal(err)
	}
	waitFor("the receiver to refuse a delivery", func() bool { n, _ := counts(); return n >= 1 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	keys := pending()
	if len(keys) != 1 {
		t.Fatalf("pending notifications after the kill: %v, want exactly one", keys)
	}

	up.Store(true)
	second := run()
	waitFor("the pending notification to be delivered", func() bool { _, acc := counts(); return acc[keys[0]] >= 1 })
	// Give a duplicate every chance to show up before stopping.
	time.Sleep(1500 * time.Millisecond)
	_ = second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Fatalf("daemon exit after SIGTERM: %v", err)
	}
	refusedN, acc := counts()
	if acc[keys[0]] != 1 || len(acc) != 1 {
		t.Fatalf("accepted deliveries %v, want exactly one, of %s", acc, keys[0])
	}
	if left := pending(); len(left) != 0 {
		t.Fatalf("still pending after restart: %v", left)
	}
	t.Logf("%d refused attempts before the kill; delivered once after the restart", refusedN)
}
