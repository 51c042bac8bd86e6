package rule_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/rule"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// The rules under test, over the demo protocol: the attack borrows the
// per-transaction cap (100,000 dUSD) from inside the attacker contract,
// ordinary users borrow a few hundred directly.
const rulesYAML = `
      - kind: rule
        name: big-borrow
        severity: high
        params:
          match: event
          contract: LendingPool
          event: Borrowed
          condition: 'event.args.amount > ether(50000)'
          title: "Large borrow of {{amount}} by {{user}}"
          value: event.args.amount
          token: StableCoin
          confidence: 0.8
      - kind: rule
        name: attacker-tx
        severity: critical
        params:
          match: tx
          condition: 'tx.from in ["%s"] && tx.success'
      - kind: rule
        name: direct-borrow
        severity: info
        params:
          match: tx
          contract: LendingPool
          condition: 'tx.selector == selector("borrow(uint256)") && tx.status == 1'
      - kind: rule
        name: borrow-call-internal
        severity: high
        params:
          match: call
          contract: LendingPool
          function: borrow
          internal: true
          condition: 'call.internal && call.success && call.args.amount >= ether("50000") && call.from != tx.from'
          title: "Contract {{call.from}} borrowed {{call.args.amount / ether(1)}} dUSD"
      - kind: rule
        name: borrow-call-top
        severity: high
        params:
          match: call
          contract: LendingPool
          function: borrow
          condition: 'call.args.amount >= ether(50000)'
      - kind: rule
        name: liquidity-drop
        severity: critical
        params:
          match: block
          state:
            liq: {contract: LendingPool, call: "availableLiquidity()"}
            bal: {contract: StableCoin, call: balanceOf, args: [LendingPool]}
            reserves: {contract: OraclePair, call: getReserves}
          condition: 'change(state.liq.now, state.liq.prev) < -0.05 && state.bal.now == state.liq.now && state.reserves.now._reserve0 > 0 && state.reserves.prev._blockTimestampLast <= block.time'
          title: "Pool liquidity fell from {{state.liq.prev}} to {{liq}}"
`

func TestRulesOnDemoProtocol(t *testing.T) {
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 6})
	admin, attackerKey := c.Accounts()[0].Key, c.Accounts()[1].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	var users = c.Accounts()[2:]
	keys := make([]*ecdsa.PrivateKey, 0, len(users))
	for _, u := range users {
		keys = append(keys, u.Key)
	}
	if err := p.FundUsers(ctx, client, admin, keys, demoprotocol.Ether(20_000), demoprotocol.Ether(10)); err != nil {
		t.Fatal(err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start := head + 1
	tr, err := p.Traffic(ctx, client, keys, 6)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Failed != 0 {
		t.Fatalf("%d traffic transactions failed", tr.Failed)
	}
	directBorrows := 0
	borrowSel := crypto.Keccak256([]byte("borrow(uint256)"))[:4]
	for _, r := range tr.Txs {
		tx, _, err := client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.To() != nil && *tx.To() == p.LendingPool && len(tx.Data()) >= 4 && string(tx.Data()[:4]) == string(borrowSel) {
			directBorrows++
		}
	}
	contract, err := demoprotocol.DeployAttacker(ctx, client, attackerKey, p, demoprotocol.Ether(30))
	if err != nil {
		t.Fatal(err)
	}
	attacks, err := p.AttackSeries(ctx, client, attackerKey, contract, 2)
	if err != nil {
		t.Fatal(err)
	}
	attackTxs := map[common.Hash]bool{}
	for _, a := range attacks {
		if !a.Success {
			t.Fatalf("attack %s reverted", a.Tx.Hash())
		}
		attackTxs[a.Tx.Hash()] = true
	}
	attacker := crypto.PubkeyToAddress(attackerKey.PublicKey)

	// The config as an operator writes it: ABIs as files next to it.
	dir := t.TempDir()
	for _, name := range []string{"LendingPool", "StableCoin", "UniswapV2Pair"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "contracts", "artifacts", name+".abi"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".abi"), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfgText := fmt.Sprintf(`
chains:
  - name: dev
    chain_id: %d
    endpoints: [{url: %q}]
monitors:
  - name: demo
    chain: dev
    contracts:
      - {name: LendingPool, address: %q, abi: LendingPool.abi}
      - {name: StableCoin, address: %q, abi: abis/../StableCoin.abi}
      - {name: OraclePair, address: %q, abi: UniswapV2Pair.abi}
    detectors:
%s`, c.ChainID().Int64(), c.HTTPURL(), p.LendingPool.Hex(), p.Stable.Hex(), p.OraclePair.Hex(), fmt.Sprintf(rulesYAML, strings.ToLower(attacker.Hex())))
	if err := os.MkdirAll(filepath.Join(dir, "abis"), 0o700); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o600); err != nil {
		t.Fatal(err)
	}
	reg := detect.NewRegistry(rule.Factory())
	cfg, err := config.Load(cfgPath, &config.Plugins{Detectors: reg.ConfigChecks()})
	if err != nil {
		t.Fatal(err)
	}
	pool, err := rpc.NewPool(ctx, rpc.Config{ChainID: c.ChainID().Int64(), Endpoints: []rpc.EndpointConfig{{URL: c.HTTPURL()}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	engine, err := detect.NewEngine(cfg, "dev", reg, detect.Deps{State: pool})
	if err != nil {
		t.Fatal(err)
	}
	req := engine.Requirements()
	if !req.Traces || len(req.TraceAddresses) != 3 || req.NeededBy[0] != "demo/borrow-call-internal" {
		t.Fatalf("requirements: %+v", req)
	}

	// Every block as ingest hands it over: block, receipts, senders and,
	// because a rule asked, call traces.
	last, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := pool.FetchBlocks(ctx, start, last)
	if err != nil {
		t.Fatal(err)
	}
	byRule := map[string][]alert.Alert{}
	for _, bd := range blocks {
		b, err := chain.NewBundleWithSenders("dev", c.ChainID(), bd.Block, bd.Receipts, bd.Senders, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if b.Traces, err = pool.TraceBlock(ctx, b.Number()); err != nil {
			t.Fatal(err)
		}
		for _, a := range engine.Run(ctx, b) {
			byRule[a.Detector] = append(byRule[a.Detector], a)
		}
	}
	if f := byRule["detector_failed"]; len(f) > 0 {
		t.Fatalf("failures: %+v", f)
	}
	for _, a := range byRule {
		for _, x := range a {
			if x.Labels["kind"] == "detector_failed" {
				t.Fatalf("%s failed: %s", x.Detector, x.Summary)
			}
		}
	}

	onAttacks := func(name string) []alert.Alert {
		t.Helper()
		got := byRule[name]
		if len(got) != len(attackTxs) {
			t.Fatalf("%s: %d alerts, want one per attack (%d): %+v", name, len(got), len(attackTxs), got)
		}
		for _, a := range got {
			if !attackTxs[a.TxHash] {
				t.Errorf("%s: alert on %s, which is not an attack", name, a.TxHash.Hex())
			}
			if a.Labels["kind"] != "rule" || a.Labels["rule"] != name {
				t.Errorf("%s: labels %v", name, a.Labels)
			}
		}
		return got
	}

	for _, a := range onAttacks("big-borrow") {
		if a.Severity != alert.SeverityHigh || a.Confidence != 0.8 || a.From != attacker {
			t.Errorf("big-borrow: severity %s confidence %v from %s", a.Severity, a.Confidence, a.From.Hex())
		}
		want := fmt.Sprintf("Large borrow of %s by %s", demoprotocol.Ether(100_000), contract.Hex())
		if a.Title != want {
			t.Errorf("big-borrow title %q, want %q", a.Title, want)
		}
		if a.Value == nil || a.Value.Cmp(demoprotocol.Ether(100_000)) != 0 || a.Token != p.Stable {
			t.Errorf("big-borrow value %v token %s", a.Value, a.Token.Hex())
		}
		if ev := evidence(a, "arg.amount"); ev != demoprotocol.Ether(100_000).String() {
			t.Errorf("big-borrow evidence arg.amount = %q (all: %+v)", ev, a.Evidence)
		}
		if evidence(a, "event") != "Borrowed(address,uint256)" {
			t.Errorf("big-borrow evidence: %+v", a.Evidence)
		}
	}

	// The attacker's EOA sent the attacker deployment, its approvals
	// and funding, and the attacks: all of them match, nothing else.
	for _, a := range byRule["attacker-tx"] {
		if a.From != attacker {
			t.Errorf("attacker-tx fired on a tx from %s", a.From.Hex())
		}
	}
	if n := len(byRule["attacker-tx"]); n < len(attackTxs) {
		t.Errorf("attacker-tx: %d alerts, want at least the %d attacks", n, len(attackTxs))
	}

	if n := len(byRule["direct-borrow"]); n != directBorrows || n == 0 {
		t.Errorf("direct-borrow: %d alerts, want %d (the traffic's borrow transactions)", n, directBorrows)
	}
	for _, a := range byRule["direct-borrow"] {
		if attackTxs[a.TxHash] {
			t.Errorf("direct-borrow matched the attack, whose borrow is an internal call")
		}
	}

	for _, a := range onAttacks("borrow-call-internal") {
		want := fmt.Sprintf("Contract %s borrowed 100000 dUSD", contract.Hex())
		if a.Title != want {
			t.Errorf("borrow-call-internal title %q, want %q", a.Title, want)
		}
		if !strings.Contains(evidence(a, "call"), "internal call CALL at depth") {
			t.Errorf("borrow-call-internal evidence: %+v", a.Evidence)
		}
	}
	// Without traces the attack's borrow is invisible: it is not the
	// transaction's own call.
	if n := len(byRule["borrow-call-top"]); n != 0 {
		t.Errorf("borrow-call-top: %d alerts, want none: %+v", n, byRule["borrow-call-top"])
	}

	// The invariant is checked per block: it breaks exactly in the blocks
	// of the attacks (10% of the pool each), never under traffic.
	attackBlocks := map[uint64]bool{}
	for _, a := range attacks {
		attackBlocks[a.Receipt.BlockNumber.Uint64()] = true
	}
	drops := byRule["liquidity-drop"]
	if len(drops) != len(attackBlocks) {
		t.Fatalf("liquidity-drop: %d alerts, want one per attack block (%d): %+v", len(drops), len(attackBlocks), drops)
	}
	for _, a := range drops {
		if !attackBlocks[a.BlockNumber] || a.TxIndex != -1 || a.TxHash != (common.Hash{}) {
			t.Errorf("liquidity-drop alert: block %d tx %d %s", a.BlockNumber, a.TxIndex, a.TxHash.Hex())
		}
		if !strings.HasPrefix(a.Title, "Pool liquidity fell from ") || !strings.Contains(evidence(a, "state.liq"), "LendingPool.availableLiquidity(): now ") {
			t.Errorf("liquidity-drop: title %q evidence %+v", a.Title, a.Evidence)
		}
	}
}

func evidence(a alert.Alert, name string) string {
	for _, e := range a.Evidence {
		if e.Name == name {
			return e.Value
		}
	}
	return ""
}
