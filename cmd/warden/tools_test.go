package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warden-dev/warden/chain/bundlefile"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// TestRecordThenReplay records a range with an attack in it, then replays
// it from the file and from the node: both find the same alerts.
func TestRecordThenReplay(t *testing.T) {
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 4})
	admin := c.Accounts()[0].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	users := []*ecdsa.PrivateKey{c.Accounts()[2].Key, c.Accounts()[3].Key}
	if err := p.FundUsers(ctx, client, admin, users, demoprotocol.Ether(10_000), demoprotocol.Ether(10)); err != nil {
		t.Fatal(err)
	}
	from, _ := client.BlockNumber(ctx)
	from++
	if _, err := p.Traffic(ctx, client, users, 3); err != nil {
		t.Fatal(err)
	}
	attacker := c.Accounts()[1].Key
	contract, err := demoprotocol.DeployAttacker(ctx, client, attacker, p, demoprotocol.Ether(10))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AttackSeries(ctx, client, attacker, contract, 1); err != nil {
		t.Fatal(err)
	}
	to, _ := client.BlockNumber(ctx)

	dir := t.TempDir()
	cfg := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`chains: [{name: dev, chain_id: 1337, endpoints: [{url: %s}]}]
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors:
      - {kind: large_outflow, severity: high, params: {share: 0.05}}
      - {kind: flash_loan, severity: critical}
`, c.HTTPURL(), p.LendingPool.Hex())), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "range.jsonl.gz")
	rng := []string{"--config", cfg, "--from", fmt.Sprint(from), "--to", fmt.Sprint(to)}
	out, stderr, err := runCLI(append([]string{"record", "--traces", "--out", file}, rng...)...)
	if err != nil {
		t.Fatalf("record: %v %s", err, stderr)
	}
	if !strings.Contains(out, fmt.Sprintf("%d bundles", to-from+1)) {
		t.Fatalf("record output: %s", out)
	}
	r, err := bundlefile.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	traced := 0
	for {
		b, err := r.Next()
		if err != nil {
			break
		}
		if len(b.Traces) > 0 && b.Traces[0].Result != nil {
			traced++
		}
	}
	r.Close()
	if traced == 0 {
		t.Fatal("recorded file has no traces")
	}
	fromFile, stderr, err := runCLI(append([]string{"replay", "--in", file}, rng...)...)
	if err != nil {
		t.Fatalf("replay --in: %v %s", err, stderr)
	}
	fromNode, stderr, err := runCLI(append([]string{"replay"}, rng...)...)
	if err != nil {
		t.Fatalf("replay: %v %s", err, stderr)
	}
	alertLines := func(s string) []string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "block ") {
				out = append(out, l)
			}
		}
		return out
	}
	a, b := alertLines(fromFile), alertLines(fromNode)
	// flash_loan, large_outflow and their correlation.
	if len(a) != 3 || strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatalf("replays differ or miss the attack:\nfile:\n%s\nnode:\n%s", fromFile, fromNode)
	}
	if all := strings.Join(a, "\n"); !strings.Contains(all, "flash_loan") || !strings.Contains(all, "large_outflow") || !strings.Contains(all, "correlation") {
		t.Fatalf("unexpected alerts: %v", a)
	}
	// Bad input is a clear error, not a crash.
	if err := os.WriteFile(filepath.Join(dir, "junk.gz"), []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCLI(append([]string{"replay", "--in", filepath.Join(dir, "junk.gz")}, rng...)...); err == nil {
		t.Fatalf("junk file accepted: %s", stderr)
	}
	if _, _, err := runCLI("record", "--config", cfg, "--from", "5", "--to", "3", "--out", file); err == nil || !strings.Contains(err.Error(), "before --from") {
		t.Fatalf("inverted range: %v", err)
	}
}
