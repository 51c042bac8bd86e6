package baseline_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/baseline"
)

// Synthetic blocks exercise the detector's pure logic on constructed
// bundles; the chain behaviour itself is covered by chain_test.go.

var (
	vault = common.HexToAddress("0x00000000000000000000000000000000000Ba017")
	token = common.HexToAddress("0x7070000000000000000000000000000000000070")
)

// synthTx is one transaction of a synthetic block.
type synthTx struct {
	from, to common.Address
	sel      [4]byte
	gas      uint64
	logs     []*types.Log
	trace    *chain.CallFrame
}

func transferLog(tok, from, to common.Address, amount *big.Int) *types.Log {
	return &types.Log{
		Address: tok,
		Topics:  []common.Hash{chain.TransferTopic, common.BytesToHash(from.Bytes()), common.BytesToHash(to.Bytes())},
		Data:    common.LeftPadBytes(amount.Bytes(), 32),
	}
}

// synthBlock builds a bundle of txs at block number n and time ts.
func synthBlock(t testing.TB, n uint64, ts uint64, txs []synthTx) *chain.Bundle {
	t.Helper()
	var (
		list    types.Transactions
		rcpts   types.Receipts
		senders []common.Address
		traces  []chain.TxTrace
		traced  bool
	)
	for i, s := range txs {
		to := s.to
		data := append(s.sel[:], make([]byte, 32)...)
		tx := types.NewTx(&types.LegacyTx{Nonce: n*1000 + uint64(i), To: &to, Gas: 1_000_000, GasPrice: big.NewInt(1), Data: data})
		list = append(list, tx)
		for k, l := range s.logs {
			l.TxHash, l.Index, l.TxIndex = tx.Hash(), uint(k), uint(i)
		}
		rcpts = append(rcpts, &types.Receipt{Status: 1, TxHash: tx.Hash(), GasUsed: s.gas, Logs: s.logs, TransactionIndex: uint(i)})
		senders = append(senders, s.from)
		traces = append(traces, chain.TxTrace{TxHash: tx.Hash(), Result: s.trace})
		traced = traced || s.trace != nil
	}
	head := &types.Header{Number: new(big.Int).SetUint64(n), Time: ts, GasLimit: 1 << 40, Difficulty: big.NewInt(0), BaseFee: big.NewInt(1)}
	block := types.NewBlock(head, &types.Body{Transactions: list}, rcpts, trie.NewStackTrie(nil))
	b, err := chain.NewBundleWithSenders("dev", big.NewInt(1337), block, rcpts, senders, time.Unix(int64(ts), 0))
	if err != nil {
		t.Fatal(err)
	}
	if traced {
		b.Traces = traces
	}
	return b
}

// traffic generates ordinary use of the vault: deposits and withdrawals of
// log-normally distributed sizes by a pool of users, a few selectors.
type traffic struct {
	rng   *rand.Rand
	users []common.Address
	n     uint64
	ts    uint64
}

var (
	selDeposit  = [4]byte{0xb6, 0xb5, 0x5f, 0x25}
	selWithdraw = [4]byte{0x2e, 0x1a, 0x7d, 0x4d}
	selSetFee   = [4]byte{0x69, 0xfe, 0x0e, 0x2d}
)

func newTraffic(seed uint64, users int) *traffic {
	tr := &traffic{rng: rand.New(rand.NewPCG(seed, 7)), n: 1000, ts: 1_700_000_000}
	for i := 0; i < users; i++ {
		tr.users = append(tr.users, common.BigToAddress(big.NewInt(int64(0x1000+i))))
	}
	return tr
}

func (tr *traffic) amount() *big.Int {
	// Around 1,000 tokens, log-normal with sigma 0.5.
	v := math.Exp(math.Log(1000) + 0.5*tr.rng.NormFloat64())
	a, _ := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e18)).Int(nil)
	return a
}

func (tr *traffic) tx(traced bool) synthTx {
	u := tr.users[tr.rng.IntN(len(tr.users))]
	s := synthTx{from: u, to: vault, gas: 60_000 + uint64(tr.rng.IntN(20_000))}
	if tr.rng.IntN(2) == 0 {
		s.sel = selDeposit
		s.logs = []*types.Log{transferLog(token, u, vault, tr.amount())}
	} else {
		s.sel = selWithdraw
		s.logs = []*types.Log{transferLog(token, vault, u, tr.amount())}
	}
	if traced {
		s.trace = &chain.CallFrame{Type: "CALL", From: u, To: vault, Input: append(s.sel[:], make([]byte, 32)...), GasUsed: hexutil.Uint64(s.gas)}
	}
	return s
}

// block makes the next block of k ordinary transactions, 12 s after the
// previous one.
func (tr *traffic) block(t testing.TB, k int, traced bool, extra ...synthTx) *chain.Bundle {
	var txs []synthTx
	for i := 0; i < k; i++ {
		txs = append(txs, tr.tx(traced))
	}
	txs = append(txs, extra...)
	tr.n++
	tr.ts += 12
	return synthBlock(t, tr.n, tr.ts, txs)
}

// newDetector builds a baseline detector on the vault with params (YAML).
func newDetector(t testing.TB, params string) detect.Detector {
	t.Helper()
	return newDetectorSeverity(t, params, alert.SeverityHigh)
}

func newDetectorSeverity(t testing.TB, params string, sev alert.Severity) detect.Detector {
	t.Helper()
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(params), &node); err != nil {
		t.Fatal(err)
	}
	var p *yaml.Node
	if len(node.Content) > 0 {
		p = node.Content[0]
	}
	f := baseline.Factory()
	mon := &config.Monitor{Name: "m", Contracts: []config.Contract{{Name: "Vault", Address: vault.Hex()}}}
	if err := f.Check(mon, p); err != nil {
		t.Fatal(err)
	}
	d, err := f.New(detect.Spec{Kind: "baseline", Name: "baseline", Severity: sev, Params: p},
		&detect.Monitor{Name: "m", Chain: "dev", Contracts: map[common.Address]string{vault: "Vault"}}, detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func detectAll(t testing.TB, d detect.Detector, b *chain.Bundle) []alert.Alert {
	t.Helper()
	var out []alert.Alert
	if err := d.Detect(t.Context(), b, func(a alert.Alert) { out = append(out, a) }); err != nil {
		t.Fatal(err)
	}
	return out
}
