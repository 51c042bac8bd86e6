package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
)

// TestMain stands in for goleak (not available here): after all tests have
// closed their chains, no goroutine may still be running go-ethereum or
// devchain code.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if leaked := waitNoLeaks(10 * time.Second); leaked != "" {
			fmt.Fprintf(os.Stderr, "goroutines left running after all chains were closed:\n%s\n", leaked)
			code = 1
		}
	}
	os.Exit(code)
}

func waitNoLeaks(timeout time.Duration) string {
	deadline := time.Now().Add(timeout)
	for {
		leaked := leakedGoroutines()
		if leaked == "" || time.Now().After(deadline) {
			return leaked
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func leakedGoroutines() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var leaked []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "devchain.TestMain") || strings.Contains(g, "devchain.leakedGoroutines") {
			continue
		}
		// Process-wide sender-recovery workers, started once by geth and
		// shared by every chain in the process; not owned by any Chain.
		if strings.Contains(g, "core.(*txSenderCacher).cache") {
			continue
		}
		if strings.Contains(g, "github.com/ethereum/go-ethereum") || strings.Contains(g, "warden/devchain.") {
			leaked = append(leaked, g)
		}
	}
	return strings.Join(leaked, "\n\n")
}

var testLogger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = testLogger
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(cl.Close)
	return cl
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// sendTx signs and sends a dynamic-fee transaction; to == nil deploys data.
func sendTx(ctx context.Context, t *testing.T, cl *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	t.Helper()
	chainID, err := cl.ChainID(ctx)
	if err != nil {
		t.Fatalf("ChainID: %v", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("PendingNonceAt: %v", err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatalf("SuggestGasTipCap: %v", err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber: %v", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("SendTransaction: %v", err)
	}
	return tx
}

func waitReceipt(ctx context.Context, t *testing.T, cl *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := cl.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v (last error: %v)", hash, ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func waitBlock(ctx context.Context, t *testing.T, cl *ethclient.Client, atLeast uint64) {
	t.Helper()
	for {
		n, err := cl.BlockNumber(ctx)
		if err == nil && n >= atLeast {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("block %d not reached (at %d): %v", atLeast, n, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func transfer(ctx context.Context, t *testing.T, c *Chain, cl *ethclient.Client) *types.Receipt {
	t.Helper()
	accs := c.Accounts()
	tx := sendTx(ctx, t, cl, accs[0].Key, &accs[1].Address, big.NewInt(params.GWei), params.TxGas, nil)
	r := waitReceipt(ctx, t, cl, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: %+v", r)
	}
	return r
}

func TestDefaultsAndDeterministicAccounts(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 10*time.Second)
	cl := dial(t, c.HTTPURL())

	if got, err := cl.ChainID(ctx); err != nil || got.Int64() != DefaultChainID {
		t.Fatalf("chain ID = %v, %v; want %d", got, err, DefaultChainID)
	}
	if c.ChainID().Int64() != DefaultChainID {
		t.Fatalf("Chain.ChainID = %v", c.ChainID())
	}
	if !strings.HasPrefix(c.HTTPURL(), "http://127.0.0.1:") || !strings.HasPrefix(c.WSURL(), "ws://127.0.0.1:") {
		t.Fatalf("URLs: %s %s", c.HTTPURL(), c.WSURL())
	}
	accs := c.Accounts()
	if len(accs) != DefaultAccounts {
		t.Fatalf("%d accounts", len(accs))
	}
	again, err := devAccounts(DefaultAccounts)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	for i, a := range accs {
		if a.Address != again[i].Address || a.Address != crypto.PubkeyToAddress(a.Key.PublicKey) {
			t.Fatalf("account %d not deterministic", i)
		}
		if seen[a.Address] {
			t.Fatalf("duplicate account %s", a.Address)
		}
		seen[a.Address] = true
		bal, err := cl.BalanceAt(ctx, a.Address, big.NewInt(0))
		if err != nil || bal.Cmp(DefaultBalance) != 0 {
			t.Fatalf("account %d balance %v, %v", i, bal, err)
		}
	}
	head, err := cl.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if head.GasLimit != BlockGasLimit {
		t.Fatalf("gas limit %d", head.GasLimit)
	}
	if c.BlockPeriod() != 0 {
		t.Fatalf("default period %s", c.BlockPeriod())
	}

	// Forks: Prague/Osaka on (requests hash present), Amsterdam off (no block
	// access list, no slot number).
	one, err := cl.HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if one.RequestsHash == nil || one.BlockAccessListHash != nil || one.SlotNumber != nil {
		t.Fatalf("unexpected fork fields in block 1: requests=%v bal=%v slot=%v", one.RequestsHash, one.BlockAccessListHash, one.SlotNumber)
	}
	// Osaka's per-transaction gas cap (EIP-7825) applies, as on mainnet.
	tx, _ := types.SignNewTx(accs[0].Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10 * params.GWei),
		Gas: 1<<24 + 1, To: &accs[1].Address,
	})
	if err := cl.SendTransaction(ctx, tx); err == nil || !strings.Contains(err.Error(), "gas limit") {
		t.Fatalf("transaction above the Osaka gas cap: err = %v", err)
	}
}

func TestGethLogRouting(t *testing.T) {
	// Not parallel: it writes to geth's process-wide logger, and no other
	// chain is running while non-parallel tests run.
	var buf strings.Builder
	var mu sync.Mutex
	sink := slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(p)
	}), &slog.HandlerOptions{Level: slog.LevelInfo}))
	key1, key2 := &Chain{}, &Chain{}
	slogDefault := slog.Default()
	addLogSink(key1, sink)
	if slog.Default() != slogDefault {
		t.Error("installing geth's root logger replaced the program's default slog logger")
	}
	addLogSink(key2, sink) // same logger twice: records must not be duplicated

	gethlog.Info("devchain-test-info")
	gethlog.Warn("devchain-test-warn", "k", "v")
	gethlog.New("sub", "x").Error("devchain-test-error")
	gethlog.Warn("Served eth_call", "err", "execution reverted")
	removeLogSink(key1)
	removeLogSink(key2)
	gethlog.Warn("devchain-test-after-removal")

	mu.Lock()
	out := buf.String()
	mu.Unlock()
	for _, want := range []string{"msg=devchain-test-warn", "k=v", "component=geth", "msg=devchain-test-error", "sub=x"} {
		if !strings.Contains(out, want) {
			t.Errorf("log output lacks %q:\n%s", want, out)
		}
	}
	for _, unwanted := range []string{"devchain-test-info", "Served eth_call", "after-removal"} {
		if strings.Contains(out, unwanted) {
			t.Errorf("log output has %q:\n%s", unwanted, out)
		}
	}
	if n := strings.Count(out, "devchain-test-warn"); n != 1 {
		t.Errorf("warning logged %d times", n)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestInstantMiningAndExtraAlloc(t *testing.T) {
	t.Parallel()
	planted := common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2") // WETH on mainnet
	code := []byte{0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	c := startChain(t, Config{
		ChainID:  31337,
		Accounts: 3,
		Balance:  big.NewInt(params.Ether),
		Alloc: types.GenesisAlloc{
			planted: {Code: code, Balance: big.NewInt(7), Storage: map[common.Hash]common.Hash{{1}: {2}}},
		},
	})
	ctx := testCtx(t, 15*time.Second)
	cl := dial(t, c.HTTPURL())

	if len(c.Accounts()) != 3 {
		t.Fatalf("%d accounts", len(c.Accounts()))
	}
	if got, _ := cl.CodeAt(ctx, planted, nil); string(got) != string(code) {
		t.Fatalf("planted code %x", got)
	}
	if got, _ := cl.StorageAt(ctx, planted, common.Hash{1}, nil); common.BytesToHash(got) != (common.Hash{2}) {
		t.Fatalf("planted storage %x", got)
	}

	start := time.Now()
	r := transfer(ctx, t, c, cl)
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("receipt took %s", took)
	}
	t.Logf("instant receipt after %s in block %d", time.Since(start), r.BlockNumber)

	// The recipient can spend what it just received: the pool must judge the
	// next transaction against the new state, not the one before the block.
	accs := c.Accounts()
	tx := sendTx(ctx, t, cl, accs[1].Key, &accs[2].Address, big.NewInt(1), params.TxGas, nil)
	waitReceipt(ctx, t, cl, tx.Hash())

	// Instant mode makes no blocks on its own.
	n1, _ := cl.BlockNumber(ctx)
	time.Sleep(300 * time.Millisecond)
	if n2, _ := cl.BlockNumber(ctx); n2 != n1 {
		t.Fatalf("idle instant chain mined %d -> %d", n1, n2)
	}
}

func TestManyTransactionsBurst(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 20*time.Second)
	cl := dial(t, c.HTTPURL())
	accs := c.Accounts()

	// Several senders at once, each several nonces deep, without waiting for
	// receipts in between: every transaction must end up mined.
	var (
		mu     sync.Mutex
		hashes []common.Hash
		wg     sync.WaitGroup
	)
	for s := 0; s < 4; s++ {
		wg.Add(1)
		go func(key *ecdsa.PrivateKey) {
			defer wg.Done()
			chainID := c.ChainID()
			from := crypto.PubkeyToAddress(key.PublicKey)
			nonce, err := cl.PendingNonceAt(ctx, from)
			if err != nil {
				t.Errorf("nonce: %v", err)
				return
			}
			for i := 0; i < 10; i++ {
				tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
					ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: big.NewInt(params.GWei),
					GasFeeCap: big.NewInt(10 * params.GWei), Gas: params.TxGas, To: &accs[9].Address, Value: big.NewInt(1),
				})
				if err := cl.SendTransaction(ctx, tx); err != nil {
					t.Errorf("send: %v", err)
					return
				}
				mu.Lock()
				hashes = append(hashes, tx.Hash())
				mu.Unlock()
			}
		}(accs[s].Key)
	}
	wg.Wait()
	for _, h := range hashes {
		waitReceipt(ctx, t, cl, h)
	}
	if len(hashes) != 40 {
		t.Fatalf("sent %d", len(hashes))
	}
}

func TestNewHeadsOverWebSocket(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 15*time.Second)
	ws := dial(t, c.WSURL())
	cl := dial(t, c.HTTPURL())

	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("SubscribeNewHead: %v", err)
	}
	defer sub.Unsubscribe()

	r := transfer(ctx, t, c, cl)
	for seen := false; !seen; {
		select {
		case h := <-heads:
			seen = h.Hash() == r.BlockHash
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-ctx.Done():
			t.Fatal("head of the transfer's block never arrived over WS")
		}
	}

	// Logs: live over eth_subscribe and historical over eth_getLogs.
	emitter := deploy(ctx, t, c, cl, logEmitterInit)
	logs := make(chan types.Log, 4)
	lsub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{emitter}}, logs)
	if err != nil {
		t.Fatalf("SubscribeFilterLogs: %v", err)
	}
	defer lsub.Unsubscribe()
	tx := sendTx(ctx, t, cl, c.Accounts()[0].Key, &emitter, nil, 100_000, nil)
	select {
	case l := <-logs:
		if l.TxHash != tx.Hash() {
			t.Fatalf("log from %s, want %s", l.TxHash, tx.Hash())
		}
	case err := <-lsub.Err():
		t.Fatalf("log subscription: %v", err)
	case <-ctx.Done():
		t.Fatal("no log over WS")
	}
	got, err := ws.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{emitter}})
	if err != nil || len(got) != 1 {
		t.Fatalf("eth_getLogs over WS: %d logs, %v", len(got), err)
	}
}

// logEmitterInit deploys runtime code that emits one LOG0 on every call.
var logEmitterInit = hexutil.MustDecode("0x6006600c60003960066000f3" + "60006000a000")

// answerInit deploys runtime code that returns 42 for any call.
var answerInit = hexutil.MustDecode("0x600a600c600039600a6000f3" + "602a60005260206000f3")

// burnerInit deploys runtime code that loops until less than 10,000 gas is
// left, i.e. burns nearly all the gas it is given.
var burnerInit = hexutil.MustDecode("0x600a600c600039600a6000f3" + "5b6127105a1160005700")

func deploy(ctx context.Context, t *testing.T, c *Chain, cl *ethclient.Client, init []byte) common.Address {
	t.Helper()
	tx := sendTx(ctx, t, cl, c.Accounts()[0].Key, nil, nil, 2_000_000, init)
	r := waitReceipt(ctx, t, cl, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy failed: %+v", r)
	}
	return r.ContractAddress
}

func TestDeployAndCallWithLargeGas(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 15*time.Second)
	cl := dial(t, c.HTTPURL())

	answer := deploy(ctx, t, c, cl, answerInit)
	out, err := cl.CallContract(ctx, ethereum.CallMsg{To: &answer}, nil)
	if err != nil {
		t.Fatalf("eth_call: %v", err)
	}
	if new(big.Int).SetBytes(out).Int64() != 42 {
		t.Fatalf("call returned %x", out)
	}

	burner := deploy(ctx, t, c, cl, burnerInit)
	tx := sendTx(ctx, t, cl, c.Accounts()[0].Key, &burner, nil, 2_000_000, nil)
	r := waitReceipt(ctx, t, cl, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("burn tx failed: %+v", r)
	}
	if r.GasUsed < 1_900_000 {
		t.Fatalf("burn tx used only %d gas", r.GasUsed)
	}
	t.Logf("2M-gas tx used %d gas", r.GasUsed)
}

func TestTracingArchive(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 25*time.Second)
	cl := dial(t, c.HTTPURL())
	rpcc := cl.Client()

	r := transfer(ctx, t, c, cl)
	from := c.Accounts()[0].Address

	var call struct {
		Type string         `json:"type"`
		From common.Address `json:"from"`
		To   common.Address `json:"to"`
	}
	if err := rpcc.CallContext(ctx, &call, "debug_traceTransaction", r.TxHash, map[string]any{"tracer": "callTracer"}); err != nil {
		t.Fatalf("callTracer: %v", err)
	}
	if call.Type != "CALL" || call.From != from {
		t.Fatalf("callTracer result %+v", call)
	}
	var pre map[common.Address]json.RawMessage
	if err := rpcc.CallContext(ctx, &pre, "debug_traceTransaction", r.TxHash, map[string]any{"tracer": "prestateTracer"}); err != nil {
		t.Fatalf("prestateTracer: %v", err)
	}
	if _, ok := pre[from]; !ok {
		t.Fatalf("prestateTracer lacks sender: %v", pre)
	}

	// Push the transfer's block beyond the 128 recent states a pruning node
	// keeps, then trace it: only an archive node can.
	for range 140 {
		c.Commit()
	}
	head, _ := cl.BlockNumber(ctx)
	if head < r.BlockNumber.Uint64()+130 {
		t.Fatalf("head %d too low", head)
	}
	for _, tracer := range []string{"callTracer", "prestateTracer"} {
		var res []json.RawMessage
		err := rpcc.CallContext(ctx, &res, "debug_traceBlockByNumber", hexutil.EncodeBig(r.BlockNumber), map[string]any{"tracer": tracer})
		if err != nil {
			t.Fatalf("debug_traceBlockByNumber(%d, %s) at head %d: %v", r.BlockNumber, tracer, head, err)
		}
		if len(res) != 1 {
			t.Fatalf("%s: %d traces", tracer, len(res))
		}
	}
	// And historical state reads.
	if _, err := cl.BalanceAt(ctx, from, r.BlockNumber); err != nil {
		t.Fatalf("old balance: %v", err)
	}
}

func TestPeriodModeMinesEmptyBlocks(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{BlockPeriod: 200 * time.Millisecond})
	ctx := testCtx(t, 10*time.Second)
	cl := dial(t, c.HTTPURL())
	if c.BlockPeriod() != 200*time.Millisecond {
		t.Fatalf("period %s", c.BlockPeriod())
	}
	waitBlock(ctx, t, cl, 4)
	var last uint64
	for n := uint64(1); n <= 4; n++ {
		b, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Transactions()) != 0 {
			t.Fatalf("block %d has transactions", n)
		}
		if b.Time() <= last {
			t.Fatalf("block %d time %d not after %d", n, b.Time(), last)
		}
		last = b.Time()
	}
	// Transactions are picked up by the next tick.
	transfer(ctx, t, c, cl)
}

func TestSwitchModesAtRuntime(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 20*time.Second)
	cl := dial(t, c.HTTPURL())

	transfer(ctx, t, c, cl) // instant

	if err := c.SetBlockPeriod(200 * time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if c.BlockPeriod() != 200*time.Millisecond {
		t.Fatalf("period %s", c.BlockPeriod())
	}
	n, _ := cl.BlockNumber(ctx)
	waitBlock(ctx, t, cl, n+2) // empty blocks on their own
	transfer(ctx, t, c, cl)

	// A long period: a transaction waits for the tick...
	if err := c.SetBlockPeriod(time.Hour); err != nil {
		t.Fatal(err)
	}
	accs := c.Accounts()
	tx := sendTx(ctx, t, cl, accs[0].Key, &accs[1].Address, big.NewInt(1), params.TxGas, nil)
	time.Sleep(300 * time.Millisecond)
	if _, err := cl.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("transaction mined before the period elapsed")
	}
	// ...until switching back to instant mines it at once.
	if err := c.SetBlockPeriod(0); err != nil {
		t.Fatal(err)
	}
	waitReceipt(testCtx(t, 3*time.Second), t, cl, tx.Hash())

	// Instant again: no empty blocks, transfers still mined.
	n1, _ := cl.BlockNumber(ctx)
	time.Sleep(400 * time.Millisecond)
	if n2, _ := cl.BlockNumber(ctx); n2 != n1 {
		t.Fatalf("instant mode mined empty blocks %d -> %d", n1, n2)
	}
	transfer(ctx, t, c, cl)

	if err := c.SetBlockPeriod(-time.Second); err == nil {
		t.Fatal("negative period accepted")
	}
}

func TestTwoChainsAtOnce(t *testing.T) {
	t.Parallel()
	a := startChain(t, Config{ChainID: 1001})
	b := startChain(t, Config{ChainID: 1002, BlockPeriod: 300 * time.Millisecond})
	if a.HTTPURL() == b.HTTPURL() || a.WSURL() == b.WSURL() {
		t.Fatalf("chains share endpoints: %s %s", a.HTTPURL(), b.HTTPURL())
	}
	ctx := testCtx(t, 15*time.Second)
	var wg sync.WaitGroup
	for _, c := range []*Chain{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl := dial(t, c.WSURL())
			id, err := cl.ChainID(ctx)
			if err != nil || id.Cmp(c.ChainID()) != 0 {
				t.Errorf("chain ID %v, %v; want %v", id, err, c.ChainID())
				return
			}
			accs := c.Accounts()
			tx := sendTx(ctx, t, cl, accs[0].Key, &accs[1].Address, big.NewInt(1), params.TxGas, nil)
			waitReceipt(ctx, t, cl, tx.Hash())
		}()
	}
	wg.Wait()
}

func TestFixedPortsAndSeparateWS(t *testing.T) {
	t.Parallel()
	// Learn two free ports from throwaway chains, then ask for them.
	probe := startChain(t, Config{})
	port := func(url string) int {
		var p int
		fmt.Sscanf(url[strings.LastIndex(url, ":")+1:], "%d", &p)
		return p
	}
	httpPort := port(probe.HTTPURL())
	if err := probe.Close(); err != nil {
		t.Fatal(err)
	}
	c := startChain(t, Config{HTTPPort: httpPort})
	if port(c.HTTPURL()) != httpPort || port(c.WSURL()) == httpPort {
		t.Fatalf("urls %s %s, wanted HTTP on %d and WS elsewhere", c.HTTPURL(), c.WSURL(), httpPort)
	}
	ctx := testCtx(t, 10*time.Second)
	ws := dial(t, c.WSURL())
	if _, err := ws.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestReorgDepthOne(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{})
	ctx := testCtx(t, 15*time.Second)
	cl := dial(t, c.HTTPURL())

	// Start-up leaves the chain at block 1, so the transfer lands in block 2.
	parent, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := transfer(ctx, t, c, cl)
	if r.BlockNumber.Uint64() != parent.Number.Uint64()+1 {
		t.Fatalf("transfer in block %d, head was %d", r.BlockNumber, parent.Number)
	}
	old := r.BlockHash

	// Rewind to the parent: the transfer goes back to the pool and instant
	// mode re-mines it in a different block at the same height.
	if err := c.Fork(parent.Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	for {
		r2, err := cl.TransactionReceipt(ctx, r.TxHash)
		if err == nil && r2.BlockHash != old {
			if r2.BlockNumber.Cmp(r.BlockNumber) != 0 {
				t.Fatalf("re-mined in block %d, want %d", r2.BlockNumber, r.BlockNumber)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transfer not re-mined after fork (receipt %v, %v)", r2, err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	h := c.Commit()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil || head.Hash() != h || head.Number.Uint64() != r.BlockNumber.Uint64()+1 {
		t.Fatalf("head after commit: %v %v", head, err)
	}
	c.Rollback() // nothing pending; must not block
	if err := c.Fork(common.Hash{0xde, 0xad}); err == nil {
		t.Fatal("fork to unknown block accepted")
	}
}

func TestCloseIsIdempotentAndStopsEverything(t *testing.T) {
	t.Parallel()
	c, err := Start(context.Background(), Config{BlockPeriod: 100 * time.Millisecond, Logger: testLogger})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(250 * time.Millisecond)
	done := make(chan error, 1)
	go func() { done <- c.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Close: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close hung")
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if h := c.Commit(); h != (common.Hash{}) {
		t.Fatal("Commit after Close mined")
	}
	if err := c.SetBlockPeriod(0); err == nil {
		t.Fatal("SetBlockPeriod after Close succeeded")
	}
	if err := c.Fork(common.Hash{}); err == nil {
		t.Fatal("Fork after Close succeeded")
	}
	c.Rollback()

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Start(ctx, Config{}); err == nil {
		t.Fatal("Start with cancelled context succeeded")
	}
}
