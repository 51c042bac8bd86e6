package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestStatusAndMetrics(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _ := devchaintest.Start(t, devchain.Config{Accounts: 1, BlockPeriod: 100 * time.Millisecond})
	addr := freeAddr(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(cfgPath, []byte(fmt.Sprintf(`store: {path: %s}
server: {listen: "%s"}
chains: [{name: dev, chain_id: 1337, endpoints: [{url: %s}], start_block: "1", poll_interval: 100ms}]
monitors:
  - name: m
    chain: dev
    contracts: [{name: C, address: "0x0000000000000000000000000000000000000001"}]
    detectors: [{kind: flash_loan, severity: critical}]
`, filepath.Join(dir, "w.db"), addr, c.WSURL())), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := app.LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	defer func() {
		stop()
		<-done
	}()
	for {
		if cur, _ := a.Cursor("dev"); cur.Number >= 5 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no progress")
		case <-time.After(20 * time.Millisecond):
		}
	}
	out, stderr, err := runCLI("status", "--config", cfgPath)
	if err != nil {
		t.Fatalf("status: %v %s", err, stderr)
	}
	if !strings.Contains(out, "dev") || !strings.Contains(out, c.WSURL()) || !strings.Contains(out, "healthy") {
		t.Fatalf("status output:\n%s", out)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`warden_ingest_blocks_total{chain="dev"}`, `warden_ingest_processed_block{chain="dev"}`, `warden_chain_head_block{chain="dev"}`, "warden_ingest_lag_blocks", `warden_rpc_endpoint_up{chain="dev",endpoint="` + c.WSURL() + `"} 1`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if _, _, err := runCLI("status", "--addr", freeAddr(t)); err == nil {
		t.Error("status against nothing succeeded")
	}
}
