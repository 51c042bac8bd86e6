package baseline_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/baseline"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// history is the demo protocol's life on a real chain, fetched once as
// bundles (with call traces) and labelled, so several tests can replay it.
type history struct {
	proto    *demoprotocol.Protocol
	bundles  []*chain.Bundle // with traces
	attacks  map[common.Hash]bool
	unusual  map[common.Hash]string // benign but unusual: whale, admin
	attacker common.Address
}

var (
	historyOnce sync.Once
	historyVal  *history
	historyErr  error
)

// demoHistory builds the history once per test binary: starting a chain
// and sending a few hundred transactions is the slow part.
func demoHistory(t *testing.T) *history {
	t.Helper()
	historyOnce.Do(func() { historyVal, historyErr = buildHistory(t) })
	if historyErr != nil {
		t.Fatal(historyErr)
	}
	return historyVal
}

func buildHistory(t *testing.T) (*history, error) {
	ctx := context.Background()
	const nUsers = 6
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 3 + nUsers})
	accs := c.Accounts()
	admin := accs[0].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		return nil, err
	}
	var users []*ecdsa.PrivateKey
	for _, u := range accs[3:] {
		users = append(users, u.Key)
	}
	if err := p.FundUsers(ctx, client, admin, users, demoprotocol.Ether(50_000), demoprotocol.Ether(10)); err != nil {
		return nil, err
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	h := &history{proto: p, attacks: map[common.Hash]bool{}, unusual: map[common.Hash]string{}}
	start := head + 1

	// Ordinary use: trading, lending, borrowing, and withdrawals by
	// several lenders.
	traffic := func(rounds int) error {
		tr, err := p.Traffic(ctx, client, users, rounds)
		if err != nil {
			return err
		}
		if tr.Failed != 0 {
			return fmt.Errorf("%d traffic transactions failed", tr.Failed)
		}
		return nil
	}
	if err := traffic(5); err != nil {
		return nil, err
	}
	for _, u := range users[1:5] { // the ones who supplied in rounds 1-4
		if err := p.Withdraw(ctx, client, u, demoprotocol.Ether(400)); err != nil {
			return nil, err
		}
	}
	if err := traffic(10); err != nil {
		return nil, err
	}

	// Unusual but legitimate: the admin grants a new keeper the pauser
	// role, and the protocol's big lender (the admin) withdraws 150,000
	// dUSD, 375x the usual withdrawal.
	last := func(what string) error {
		n, err := client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		b, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		for _, tx := range b.Transactions() {
			h.unusual[tx.Hash()] = what
		}
		return nil
	}
	if err := p.GrantPauser(ctx, client, admin, accs[2].Address); err != nil {
		return nil, err
	}
	if err := last("admin grants PAUSER_ROLE"); err != nil {
		return nil, err
	}
	if err := traffic(2); err != nil {
		return nil, err
	}
	if err := p.Withdraw(ctx, client, admin, demoprotocol.Ether(150_000)); err != nil {
		return nil, err
	}
	if err := last("whale withdrawal"); err != nil {
		return nil, err
	}
	if err := traffic(2); err != nil {
		return nil, err
	}

	// The attack.
	attackerKey := accs[1].Key
	h.attacker = crypto.PubkeyToAddress(attackerKey.PublicKey)
	contract, err := demoprotocol.DeployAttacker(ctx, client, attackerKey, p, demoprotocol.Ether(30))
	if err != nil {
		return nil, err
	}
	attacks, err := p.AttackSeries(ctx, client, attackerKey, contract, 2)
	if err != nil {
		return nil, err
	}
	for _, a := range attacks {
		if !a.Success {
			return nil, fmt.Errorf("attack %s reverted", a.Tx.Hash())
		}
		h.attacks[a.Tx.Hash()] = true
	}

	end, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	for n := start; n <= end; n++ {
		b, err := fetchBundle(ctx, c, client, n)
		if err != nil {
			return nil, err
		}
		h.bundles = append(h.bundles, b)
	}
	return h, nil
}

// fetchBundle fetches a block, its receipts and its callTracer traces over
// JSON-RPC, as ingest does.
func fetchBundle(ctx context.Context, c *devchain.Chain, client *ethclient.Client, n uint64) (*chain.Bundle, error) {
	block, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, err
	}
	rcpts, err := client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block.Hash(), true))
	if err != nil {
		return nil, err
	}
	b, err := chain.NewBundle("dev", c.ChainID(), block, rcpts, time.Unix(int64(block.Time()), 0))
	if err != nil {
		return nil, err
	}
	var raw json.RawMessage
	cfg := map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}}
	if err := client.Client().CallContext(ctx, &raw, "debug_traceBlockByNumber", hexutil.EncodeUint64(n), cfg); err != nil {
		return nil, fmt.Errorf("trace block %d: %w", n, err)
	}
	if err := json.Unmarshal(raw, &b.Traces); err != nil {
		return nil, fmt.Errorf("decode trace of block %d: %w", n, err)
	}
	return b, nil
}

// withoutTraces returns copies of the bundles as a node without tracing
// would give them.
func withoutTraces(bs []*chain.Bundle) []*chain.Bundle {
	out := make([]*chain.Bundle, len(bs))
	for i, b := range bs {
		c := *b
		c.Traces = nil
		out[i] = &c
	}
	return out
}

const testParams = `
warmup: 10
contract_warmup: 40
forest: {window: 128, sample: 64, retrain_every: 32}
`

func (h *history) engine(t *testing.T, params string) *detect.Engine {
	t.Helper()
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(params), &node); err != nil {
		t.Fatal(err)
	}
	cfg := &config.Config{Monitors: []config.Monitor{{Name: "demo", Chain: "dev",
		Detectors: []config.Detector{{Kind: "baseline", Severity: "high", Params: *node.Content[0]}},
		Contracts: []config.Contract{
			{Name: "LendingPool", Address: h.proto.LendingPool.Hex()},
			{Name: "OraclePair", Address: h.proto.OraclePair.Hex()},
		}}}}
	e, err := detect.NewEngine(cfg, "dev", detect.NewRegistry(baseline.Factory()), detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func run(ctx context.Context, e *detect.Engine, bs []*chain.Bundle) []alert.Alert {
	var out []alert.Alert
	for _, b := range bs {
		out = append(out, e.Run(ctx, b)...)
	}
	return out
}

func TestDemoProtocolQuietOnTrafficAlertsOnAttack(t *testing.T) {
	h := demoHistory(t)
	for _, tc := range []struct {
		name    string
		bundles []*chain.Bundle
	}{
		{"receipts only", withoutTraces(h.bundles)},
		{"with traces", h.bundles},
	} {
		t.Run(tc.name, func(t *testing.T) {
			alerts := run(context.Background(), h.engine(t, testParams), tc.bundles)
			highOnAttack := map[common.Hash]bool{}
			for _, a := range alerts {
				if a.Labels["kind"] != "baseline" && a.Detector != "correlation" {
					t.Errorf("alert without kind=baseline: %+v", a.Labels)
				}
				if what := h.unusual[a.TxHash]; what != "" || h.attacks[a.TxHash] {
					if what == "" {
						what = "attack"
					}
					t.Logf("%s %s: %s (%.2f) %s", what, a.TxHash.Hex()[:10], a.Severity, a.Confidence, a.Title)
				}
				switch {
				case h.attacks[a.TxHash]:
					if a.Severity >= alert.SeverityHigh {
						highOnAttack[a.TxHash] = true
						if a.From != h.attacker {
							t.Errorf("high alert names %s, want the attacker %s", a.From, h.attacker)
						}
					}
				case h.unusual[a.TxHash] != "":
					if a.Severity >= alert.SeverityHigh {
						t.Errorf("%s: %s alert %q", h.unusual[a.TxHash], a.Severity, a.Title)
					}
				default:
					t.Errorf("alert on ordinary traffic: %s %s (tx %s, block %d)", a.Severity, a.Title, a.TxHash.Hex(), a.BlockNumber)
				}
			}
			for tx := range h.attacks {
				if !highOnAttack[tx] {
					t.Errorf("no high alert on attack transaction %s", tx.Hex())
				}
			}
		})
	}
}
