package bench

import (
	"context"
	"log/slog"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/contracts/bindings/lendingpool"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
)

func startChain(tb testing.TB) *devchain.Chain {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = c.Close() })
	return c
}

func testLogger(tb testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tb.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func TestFill(t *testing.T) {
	const blocks, perBlock = 30, 50
	c := startChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	res, err := Fill(ctx, c, FillConfig{Blocks: blocks, TxsPerBlock: perBlock, ReceiptSample: -1, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("filled %d blocks (%d txs) in %s: %.1f blocks/s, %.0f tx/s (whole Fill %s)",
		blocks, res.Txs, res.FillTook.Round(time.Millisecond),
		float64(blocks)/res.FillTook.Seconds(), float64(res.Txs)/res.FillTook.Seconds(), res.Took.Round(time.Millisecond))

	if got := res.LastBlock - res.FirstBlock + 1; got != blocks {
		t.Fatalf("filled range %d..%d has %d blocks, want %d", res.FirstBlock, res.LastBlock, got, blocks)
	}
	if res.Txs != blocks*perBlock || res.Failed != 0 || res.CheckedReceipts != blocks*perBlock {
		t.Fatalf("Txs %d, Failed %d, CheckedReceipts %d; want %d, 0, %d", res.Txs, res.Failed, res.CheckedReceipts, blocks*perBlock, blocks*perBlock)
	}
	if c.BlockPeriod() != 0 {
		t.Errorf("block period after Fill = %s, want the original 0", c.BlockPeriod())
	}

	// Check independently of Fill's own verification.
	rc, err := rpc.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	counts, err := blockTxCounts(ctx, rc, res.FirstBlock, res.LastBlock)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range counts {
		if n != perBlock {
			t.Errorf("block %d has %d txs, want %d", res.FirstBlock+uint64(i), n, perBlock)
		}
	}
	var nums []uint64
	for n := res.FirstBlock; n <= res.LastBlock; n++ {
		nums = append(nums, n)
	}
	all, err := blockReceipts(ctx, rc, nums)
	if err != nil {
		t.Fatal(err)
	}

	p := res.Protocol
	pairABI := uniswapv2pair.NewUniswapV2Pair().GetABI()
	poolABI := lendingpool.NewLendingPool().GetABI()
	type want struct {
		name    string
		address common.Address
		topic   common.Hash
	}
	wants := []want{
		{"dUSD Transfer", p.Stable, crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))},
		{"WETH Transfer", p.WETH, crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))},
		{"Uniswap Swap", p.OraclePair, pairABI.Events["Swap"].ID},
		{"Uniswap Sync", p.OraclePair, pairABI.Events["Sync"].ID},
		{"LendingPool Supplied", p.LendingPool, poolABI.Events["Supplied"].ID},
		{"LendingPool Borrowed", p.LendingPool, poolABI.Events["Borrowed"].ID},
		{"LendingPool Repaid", p.LendingPool, poolABI.Events["Repaid"].ID},
		{"LendingPool CollateralDeposited", p.LendingPool, poolABI.Events["CollateralDeposited"].ID},
	}
	seen := make([]int, len(wants))
	for bi, rs := range all {
		if len(rs) != perBlock {
			t.Errorf("block %d has %d receipts, want %d", nums[bi], len(rs), perBlock)
		}
		for _, r := range rs {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("tx %s in block %d failed", r.TxHash.Hex(), nums[bi])
			}
			if len(r.Logs) == 0 {
				t.Errorf("tx %s in block %d emitted no log", r.TxHash.Hex(), nums[bi])
			}
			for _, l := range r.Logs {
				for i, w := range wants {
					if l.Address == w.address && len(l.Topics) > 0 && l.Topics[0] == w.topic {
						seen[i]++
					}
				}
			}
		}
	}
	for i, w := range wants {
		t.Logf("%-32s %d logs", w.name, seen[i])
		if seen[i] == 0 {
			t.Errorf("no %s log in the filled blocks", w.name)
		}
	}
	// 20% of the transactions are swaps, one Swap log each.
	if got, wantSwaps := seen[2], blocks*perBlock/5; got != wantSwaps {
		t.Errorf("%d Swap logs, want %d", got, wantSwaps)
	}
}

// TestFillUnevenSenders covers senders that do not divide the block: some
// send three transactions per block and some two, so gates and queued
// transactions differ per sender.
func TestFillUnevenSenders(t *testing.T) {
	const blocks, perBlock = 6, 20
	c := startChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := Fill(ctx, c, FillConfig{Blocks: blocks, TxsPerBlock: perBlock, Senders: 7, ReceiptSample: -1})
	if err != nil {
		t.Fatal(err)
	}
	if res.LastBlock-res.FirstBlock+1 != blocks || res.Txs != blocks*perBlock || res.Failed != 0 || res.CheckedReceipts != blocks*perBlock {
		t.Fatalf("got %+v", *res)
	}
}

func TestFillConfigErrors(t *testing.T) {
	for _, cfg := range []FillConfig{
		{Blocks: -1},
		{TxsPerBlock: -5},
		{Senders: -1},
		{TxsPerBlock: 200, Senders: 2},   // 100 per sender: more than the pool queues
		{TxsPerBlock: 300, Senders: 300}, // 300 swaps cannot fit one block
		{Senders: 5000},
	} {
		if _, err := cfg.withDefaults(); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
	got, err := FillConfig{}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if got.Blocks != DefaultBlocks || got.TxsPerBlock != DefaultTxsPerBlock || got.Senders != DefaultSenders || got.ReceiptSample != DefaultReceiptSample || got.Logger == nil {
		t.Errorf("defaults: %+v", got)
	}
}

// TestPlannerDeterministic builds the same blocks twice without a chain and
// checks they are byte-identical, that each block has the promised mix, and
// that no repay is planned without modelled debt.
func TestPlannerDeterministic(t *testing.T) {
	cfg, err := FillConfig{Blocks: 40}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	p := &demoprotocol.Protocol{
		Stable: common.HexToAddress("0x01"), WETH: common.HexToAddress("0x02"),
		Router: common.HexToAddress("0x03"), LendingPool: common.HexToAddress("0x04"),
		OraclePair: common.HexToAddress("0x05"), ChainID: big.NewInt(devchain.DefaultChainID),
	}
	build := func() ([][]string, *planner) {
		pl, err := newPlanner(p, cfg, big.NewInt(params.GWei), common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		var out [][]string
		for k := range cfg.Blocks {
			gates, rest, err := pl.block(k)
			if err != nil {
				t.Fatal(err)
			}
			if len(gates) != min(cfg.Senders, cfg.TxsPerBlock) {
				t.Fatalf("block %d: %d gates, want one per sender", k, len(gates))
			}
			out = append(out, append(gates, rest...))
		}
		return out, pl
	}
	a, pl := build()
	b, _ := build()
	for k := range a {
		if !slices.Equal(a[k], b[k]) {
			t.Fatalf("block %d differs between two runs", k)
		}
	}
	total := cfg.Blocks * cfg.TxsPerBlock
	transfers := pl.counts[opTransferStable] + pl.counts[opTransferWETH]
	swaps := pl.counts[opSwapStableForWETH] + pl.counts[opSwapWETHForStable]
	lending := total - transfers - swaps
	if transfers != total*6/10 || swaps != total*2/10 || lending != total*2/10 {
		t.Errorf("mix: %d transfers, %d swaps, %d lending of %d; want 60/20/20%%", transfers, swaps, lending, total)
	}
	if pl.counts[opSwapStableForWETH] != pl.counts[opSwapWETHForStable] {
		t.Errorf("swaps unbalanced: %s", pl.mix())
	}
	for k := range numOpKinds {
		if pl.counts[k] == 0 {
			t.Errorf("no %s planned: %s", k, pl.mix())
		}
	}
	for i, s := range pl.senders {
		if s.debtUnits < 0 {
			t.Errorf("sender %d: modelled debt %d < 0", i, s.debtUnits)
		}
		if want := uint64(cfg.Blocks * cfg.TxsPerBlock / cfg.Senders); s.nonce != want {
			t.Errorf("sender %d: next nonce %d, want %d", i, s.nonce, want)
		}
	}
	t.Log(pl.mix())
}

func TestSampleBlocks(t *testing.T) {
	for _, tc := range []struct {
		first, last uint64
		n           int
		want        []uint64
	}{
		{10, 14, -1, []uint64{10, 11, 12, 13, 14}},
		{10, 14, 9, []uint64{10, 11, 12, 13, 14}},
		{10, 14, 2, []uint64{10, 14}},
		{10, 14, 3, []uint64{10, 12, 14}},
		{10, 14, 1, []uint64{14}},
	} {
		if got := sampleBlocks(tc.first, tc.last, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("sampleBlocks(%d, %d, %d) = %v, want %v", tc.first, tc.last, tc.n, got, tc.want)
		}
	}
}

// BenchmarkFill measures the fill rate of 200 blocks of 50 on a fresh chain
// per iteration (run without -race for meaningful numbers, and on an
// otherwise idle machine: the seal is CPU-bound and results vary with
// other load):
//
//	go test -run '^$' -bench Fill -benchtime 3x ./app/bench/
func BenchmarkFill(b *testing.B) {
	const blocks, perBlock = 200, 50
	var fill time.Duration
	for b.Loop() {
		b.StopTimer()
		c := startChain(b)
		b.StartTimer()
		res, err := Fill(b.Context(), c, FillConfig{Blocks: blocks, TxsPerBlock: perBlock})
		if err != nil {
			b.Fatal(err)
		}
		fill += res.FillTook
		b.Logf("fill %s (%.1f blocks/s, %.0f tx/s), whole Fill %s",
			res.FillTook.Round(time.Millisecond), blocks/res.FillTook.Seconds(), float64(res.Txs)/res.FillTook.Seconds(), res.Took.Round(time.Millisecond))
		b.StopTimer()
		_ = c.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(blocks*b.N)/fill.Seconds(), "blocks/s")
	b.ReportMetric(float64(blocks*perBlock*b.N)/fill.Seconds(), "tx/s")
}
