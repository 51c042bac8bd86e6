package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"runtime/pprof"
	"slices"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/backtest"
)

// DetectOptions configure the detection benchmark.
type DetectOptions struct {
	// Corpus is the scenario corpus to generate the blocks from.
	Corpus backtest.GenerateOptions
	// Registry holds the detectors to measure (every default kind runs on
	// every scenario's monitor).
	Registry *detect.Registry
	// Rounds repeats the replay; figures are from the fastest round's
	// throughput and all rounds' latencies (default 3).
	Rounds int
	// CPUProfile, when set, receives a CPU profile of the replay rounds.
	CPUProfile string
	Logger     *slog.Logger
}

// DetectResult are the figures of `warden bench detect`.
type DetectResult struct {
	Blocks        int     `json:"blocks"`
	Txs           int     `json:"txs"`
	TracedBlocks  int     `json:"traced_blocks"`
	Detectors     int     `json:"detector_instances"`
	Alerts        int     `json:"alerts_per_round"`
	TxPerS        float64 `json:"tx_per_s"`
	CPUSeconds    float64 `json:"cpu_seconds"`
	TxPerSPerCore float64 `json:"tx_per_s_per_core"`
	BlockP50MS    float64 `json:"block_p50_ms"`
	BlockP99MS    float64 `json:"block_p99_ms"`
	BlockMaxMS    float64 `json:"block_max_ms"`
	Full50P99MS   float64 `json:"block_p99_ms_50tx"`
	StateCalls    int64   `json:"state_reads_per_round"`
	// Live* are the first round's figures, against the embedded node over
	// JSON-RPC (state reads included, node CPU counted).
	LiveTxPerS        float64 `json:"live_tx_per_s"`
	LiveTxPerSPerCore float64 `json:"live_tx_per_s_per_core"`
	LiveBlockP99MS    float64 `json:"live_block_p99_ms"`
	GenerateSecond    float64 `json:"generate_seconds"`
}

// Detect generates the corpus, loads every block (with the traces the
// detectors ask for) into memory, runs the detectors once against the node
// (recording every state read) and then times the detection engine alone
// over the blocks, with state reads answered from the recording. tx/s per
// core is transactions over the CPU seconds the whole process spent while
// replaying, so it cannot flatter concurrency.
func Detect(ctx context.Context, opts DetectOptions) (*DetectResult, error) {
	if opts.Rounds <= 0 {
		opts.Rounds = 3
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	gen, err := backtest.Generate(ctx, opts.Corpus)
	if err != nil {
		return nil, err
	}
	defer gen.Close()
	res := &DetectResult{GenerateSecond: gen.Took.Seconds()}
	kinds := backtest.DefaultKinds(opts.Registry)
	cfg, err := backtest.Config(gen.Labels, gen.Chain.HTTPURL(), opts.Registry, kinds, backtest.DefaultParams)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(&config.Plugins{Detectors: opts.Registry.ConfigChecks()}); err != nil {
		return nil, err
	}
	pool, err := chainrpc.NewPool(ctx, chainrpc.Config{ChainID: gen.Labels.ChainID, Endpoints: []chainrpc.EndpointConfig{{URL: gen.Chain.HTTPURL(), Timeout: time.Minute}}})
	if err != nil {
		return nil, err
	}
	defer pool.Close()
	// The first round runs against the node and records every state read;
	// the measured rounds replay blocks and state from memory, so they
	// time the detectors, not the node.
	rec := backtest.NewRecordingState(pool)
	counted := &countingState{StateReader: rec}
	newEngine := func() (*detect.Engine, error) {
		return detect.NewEngine(cfg, backtest.ChainName, opts.Registry, detect.Deps{State: counted, Logger: opts.Logger})
	}
	eng, err := newEngine()
	if err != nil {
		return nil, err
	}
	res.Detectors = eng.Len()
	next := backtest.LiveSource(ctx, pool, backtest.ChainName, gen.Labels.From, gen.Labels.To, eng.Requirements())
	var bundles []*chain.Bundle
	for {
		b, err := next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		bundles = append(bundles, b)
		res.Txs += len(b.Receipts)
		if b.Traces != nil {
			res.TracedBlocks++
		}
	}
	res.Blocks = len(bundles)
	if res.Txs == 0 {
		return nil, fmt.Errorf("bench detect: the corpus produced no transactions")
	}

	live, err := newEngine()
	if err != nil {
		return nil, err
	}
	cpu0, t0 := cpuSeconds(), time.Now()
	var liveLat []float64
	for _, b := range bundles {
		s := time.Now()
		live.Run(ctx, b)
		liveLat = append(liveLat, float64(time.Since(s).Microseconds())/1000)
	}
	res.LiveTxPerS = float64(res.Txs) / time.Since(t0).Seconds()
	res.LiveTxPerSPerCore = float64(res.Txs) / (cpuSeconds() - cpu0)
	res.LiveBlockP99MS = percentile(liveLat, 0.99)
	res.StateCalls = counted.calls.Load()
	counted.StateReader = rec.Replay()

	if opts.CPUProfile != "" {
		f, err := os.Create(opts.CPUProfile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
		defer pprof.StopCPUProfile()
	}
	var lat, lat50 []float64
	best := 0.0
	for round := 0; round < opts.Rounds; round++ {
		// A fresh engine per round: stateful detectors would otherwise
		// see the same blocks twice.
		eng, err := newEngine()
		if err != nil {
			return nil, err
		}
		counted.calls.Store(0)
		cpu0 := cpuSeconds()
		t0 := time.Now()
		alerts := 0
		for _, b := range bundles {
			s := time.Now()
			alerts += len(eng.Run(ctx, b))
			ms := float64(time.Since(s).Microseconds()) / 1000
			lat = append(lat, ms)
			if len(b.Receipts) >= 50 {
				lat50 = append(lat50, ms)
			}
		}
		wall := time.Since(t0).Seconds()
		cpu := cpuSeconds() - cpu0
		if tps := float64(res.Txs) / wall; tps > best {
			best = tps
			res.TxPerS = tps
			res.CPUSeconds = cpu
			res.TxPerSPerCore = float64(res.Txs) / cpu
		}
		res.Alerts = alerts
		opts.Logger.Info("bench detect round", "round", round+1, "tx_per_s", fmt.Sprintf("%.0f", float64(res.Txs)/wall), "cpu_s", fmt.Sprintf("%.2f", cpu))
	}
	res.BlockP50MS = percentile(lat, 0.50)
	res.BlockP99MS = percentile(lat, 0.99)
	res.BlockMaxMS = percentile(lat, 1)
	res.Full50P99MS = percentile(lat50, 0.99)
	return res, nil
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

// cpuSeconds is the user+system CPU time of the whole process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// countingState counts the state reads detectors make, passing through the
// optional direct reads (code, balance) so detectors take the same paths as
// against the node itself.
type countingState struct {
	chain.StateReader
	calls atomic.Int64
}

func (c *countingState) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.StateReader.CallContract(ctx, call, block)
}

func (c *countingState) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	if cr, ok := c.StateReader.(chain.CodeReader); ok {
		return cr.CodeAt(ctx, account, block)
	}
	return nil, fmt.Errorf("state reader cannot read code")
}

func (c *countingState) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	c.calls.Add(1)
	if br, ok := c.StateReader.(chain.BalanceReader); ok {
		return br.BalanceAt(ctx, account, block)
	}
	return nil, fmt.Errorf("state reader cannot read balances")
}
