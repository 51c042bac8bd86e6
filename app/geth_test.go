package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/incident"
)

// TestAgainstGethProcess runs Warden against a real `geth --dev` process
// (not the in-process devchain): the demo protocol is deployed there, the
// attack runs, and Warden detects it and pauses the pool over the node's
// own HTTP and WebSocket endpoints. CI sets WARDEN_GETH to a geth built
// with `go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8`.
func TestAgainstGethProcess(t *testing.T) {
	gethBin := os.Getenv("WARDEN_GETH")
	if gethBin == "" {
		t.Skip("WARDEN_GETH is not set (CI sets it to a geth v1.17.8 binary)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	httpPort, wsPort := freePort(t), freePort(t)
	geth := exec.CommandContext(ctx, gethBin, "--dev", "--dev.period", "1", "--verbosity", "2",
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3,debug,txpool",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", fmt.Sprint(wsPort), "--ws.api", "eth,net,web3,debug",
		"--nodiscover", "--maxpeers", "0", "--ipcdisable")
	// Without --datadir geth --dev keeps its chain in memory.
	geth.Stdout, geth.Stderr = os.Stderr, os.Stderr
	if err := geth.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = geth.Process.Signal(os.Interrupt)
		_ = geth.Wait()
	}()
	httpURL := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	wsURL := fmt.Sprintf("ws://127.0.0.1:%d", wsPort)
	var client *ethclient.Client
	for {
		c, err := ethclient.DialContext(ctx, httpURL)
		if err == nil {
			if _, err = c.ChainID(ctx); err == nil {
				client = c
				break
			}
			c.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatal("geth did not come up")
		case <-time.After(100 * time.Millisecond):
		}
	}
	defer client.Close()
	chainID, _ := client.ChainID(ctx)

	// Fund our keys from geth's unlocked dev account.
	var devAccounts []common.Address
	if err := client.Client().CallContext(ctx, &devAccounts, "eth_accounts"); err != nil || len(devAccounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", devAccounts, err)
	}
	keys := make([]*ecdsa.PrivateKey, 3) // admin, pauser, attacker
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		to := crypto.PubkeyToAddress(keys[i].PublicKey)
		var h common.Hash
		err := client.Client().CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": devAccounts[0], "to": to, "value": (*hexutil.Big)(new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))),
		})
		if err != nil {
			t.Fatalf("fund %s: %v", to, err)
		}
		waitReceipt(ctx, t, client, h)
	}
	admin, pauser, attackerKey := keys[0], keys[1], keys[2]
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.GrantPauser(ctx, client, admin, crypto.PubkeyToAddress(pauser.PublicKey)); err != nil {
		t.Fatal(err)
	}
	contract, err := demoprotocol.DeployAttacker(ctx, client, attackerKey, p, demoprotocol.Ether(40))
	if err != nil {
		t.Fatal(err)
	}
	start, _ := client.BlockNumber(ctx)

	dir := t.TempDir()
	keyFile := filepath.Join(dir, "pauser.key")
	if err := os.WriteFile(keyFile, []byte(hexutil.Encode(crypto.FromECDSA(pauser))), 0o600); err != nil {
		t.Fatal(err)
	}
	a, _ := runApp(ctx, t, dir, fmt.Sprintf(`store: {path: %s}
chains:
  - name: geth
    chain_id: %d
    endpoints: [{url: %s}, {url: %s}]
    start_block: "%d"
    poll_interval: 500ms
monitors:
  - name: pool
    chain: geth
    contracts: [{name: LendingPool, address: "%s"}]
    detectors:
      - {kind: large_outflow, severity: high, params: {share: 0.05}}
      - {kind: flash_loan, severity: critical}
    playbooks: [pause]
playbooks:
  - name: pause
    trigger: {min_severity: critical}
    steps: [{action: pause, contract: LendingPool, signer: pauser}]
signers: [{name: pauser, key: "file:%s"}]
`, filepath.Join(dir, "w.db"), chainID, wsURL, httpURL, start, p.LendingPool.Hex(), keyFile))

	outcomes, err := p.AttackSeries(ctx, client, attackerKey, contract, 4)
	if err != nil {
		t.Fatal(err)
	}
	if !outcomes[0].Success {
		t.Fatal("the first attack reverted on geth")
	}
	blocked := 0
	for _, o := range outcomes[1:] {
		if !o.Success {
			blocked++
		}
	}
	if blocked == 0 {
		t.Fatalf("no attack attempt was blocked: %+v", outcomes)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		incs, err := a.store.Incidents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(incs) > 0 && incs[0].Status == incident.StatusContained && incs[0].Severity == alert.SeverityCritical {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("incident not contained: %+v", incs)
		}
		time.Sleep(100 * time.Millisecond)
	}
	paused, err := p.Paused(ctx, client)
	if err != nil || !paused {
		t.Fatalf("paused=%v err=%v", paused, err)
	}
	t.Logf("geth %s: first exploit in block %d, %d later attempts reverted", gethBin, outcomes[0].Receipt.BlockNumber, blocked)
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func waitReceipt(ctx context.Context, t *testing.T, c *ethclient.Client, h common.Hash) {
	t.Helper()
	for {
		if r, err := c.TransactionReceipt(ctx, h); err == nil && r != nil {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s", h)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
