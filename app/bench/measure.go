package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/warden-dev/warden/app"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/detect/backtest"
	"github.com/warden-dev/warden/devchain"
)

// IngestOptions configure `warden bench ingest`.
type IngestOptions struct {
	Blocks      int           // default 2000
	TxsPerBlock int           // default 50
	Steady      time.Duration // steady-state phase with 1 s blocks; 0 = skip
	Logger      *slog.Logger
	// CPUProfile, when set, receives a CPU profile of the full-ingest phase.
	CPUProfile string
	// Rounds alternates bare fetch and full ingest this many times (each
	// ingest into a fresh store) and reports medians; default 2. The node
	// runs in the same process on the same two cores, so single runs vary
	// by ±15%.
	Rounds int
}

// IngestResult is what the benchmark measured. Both loops fetch the same
// blocks over the same JSON-RPC pool with the same batching and
// concurrency; the ratio is what detection, storage and checkpointing cost
// on top of fetching.
type IngestResult struct {
	Blocks           int     `json:"blocks"`
	Txs              int     `json:"txs"`
	FillSeconds      float64 `json:"fill_seconds"`
	RawSeconds       float64 `json:"raw_seconds"`
	IngestSeconds    float64 `json:"ingest_seconds"`
	RawBlocksPerS    float64 `json:"raw_blocks_per_s"`
	IngestBlocksPerS float64 `json:"ingest_blocks_per_s"`
	Ratio            float64 `json:"ratio"`
	RawTxPerS        float64 `json:"raw_tx_per_s"`
	IngestTxPerS     float64 `json:"ingest_tx_per_s"`
	Alerts           int     `json:"alerts"`
	// Every run, in order (bare loops sandwich the ingests).
	RawRunsSeconds    []float64 `json:"raw_runs_seconds"`
	IngestRunsSeconds []float64 `json:"ingest_runs_seconds"`
	// PeakRSSBytes is the whole process's high-water mark (VmHWM): it
	// includes the in-process node, so it over-states Warden alone.
	PeakRSSBytes uint64 `json:"peak_rss_bytes"`
	// Steady state: lag sampled every 100 ms while blocks arrive every
	// second with ordinary traffic.
	SteadySamples     int     `json:"steady_samples,omitempty"`
	SteadyLagP50      float64 `json:"steady_lag_p50_blocks"`
	SteadyLagP99      float64 `json:"steady_lag_p99_blocks"`
	SteadyLagMax      float64 `json:"steady_lag_max_blocks"`
	SteadyBlocksAdded int     `json:"steady_blocks,omitempty"`
}

// Ingest fills an embedded chain, then measures a bare fetch loop and
// Warden's full ingestion over the same range.
func Ingest(ctx context.Context, opts IngestOptions) (*IngestResult, error) {
	if opts.Blocks == 0 {
		opts.Blocks = 2000
	}
	if opts.TxsPerBlock == 0 {
		opts.TxsPerBlock = 50
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dir, err := os.MkdirTemp("", "warden-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 16, DataDir: filepath.Join(dir, "chain")})
	if err != nil {
		return nil, err
	}
	defer c.Close()
	filled, err := Fill(ctx, c, FillConfig{Blocks: opts.Blocks, TxsPerBlock: opts.TxsPerBlock, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("fill: %w", err)
	}
	res := &IngestResult{Blocks: int(filled.LastBlock - filled.FirstBlock + 1), Txs: filled.Txs, FillSeconds: filled.FillTook.Seconds()}
	log.Info("chain filled", "blocks", res.Blocks, "txs", res.Txs, "took", filled.FillTook)

	cc := config.Chain{Name: "bench", ChainID: c.ChainID().Int64(), Endpoints: []config.Endpoint{{URL: c.WSURL(), Weight: 2}, {URL: c.HTTPURL(), Weight: 1}}, StartBlock: strconv.FormatUint(filled.FirstBlock, 10), PollInterval: time.Second}
	// Calls go to the WebSocket endpoint in both loops (the higher weight pins
	// it; left to latency, the two pools could each pick a different
	// transport and the comparison would measure that instead). Batches
	// over the WebSocket ran ~20% faster than over HTTP here.
	pool, err := app.DialChain(ctx, &cc, nil)
	if err != nil {
		return nil, err
	}
	defer pool.Close()

	if opts.Rounds <= 0 {
		opts.Rounds = 2
	}
	var raws, ingests []time.Duration
	var live *running
	defer func() {
		if live != nil {
			live.stop()
		}
	}()
	for round := 0; round <= opts.Rounds; round++ {
		took, err := rawFetch(ctx, pool, filled.FirstBlock, filled.LastBlock)
		if err != nil {
			return nil, err
		}
		raws = append(raws, took)
		log.Info("bare fetch loop", "round", round, "took", took)
		if round == opts.Rounds {
			break // the last bare loop closes the sandwich
		}
		if live != nil {
			live.stop()
			live = nil
		}
		prof := ""
		if round == 0 {
			prof = opts.CPUProfile
		}
		took, alerts, r, err := fullIngest(ctx, filepath.Join(dir, fmt.Sprintf("round%d", round)), cc, filled, prof, log)
		if err != nil {
			return nil, err
		}
		live = r
		ingests = append(ingests, took)
		res.Alerts = alerts
		log.Info("full ingest", "round", round, "took", took)
	}
	rawTook, ingestTook := median(raws), median(ingests)
	res.RawSeconds, res.IngestSeconds = rawTook.Seconds(), ingestTook.Seconds()
	res.RawBlocksPerS = float64(res.Blocks) / res.RawSeconds
	res.IngestBlocksPerS = float64(res.Blocks) / res.IngestSeconds
	res.RawTxPerS = float64(res.Txs) / res.RawSeconds
	res.IngestTxPerS = float64(res.Txs) / res.IngestSeconds
	res.Ratio = res.IngestBlocksPerS / res.RawBlocksPerS
	for _, r := range raws {
		res.RawRunsSeconds = append(res.RawRunsSeconds, r.Seconds())
	}
	for _, r := range ingests {
		res.IngestRunsSeconds = append(res.IngestRunsSeconds, r.Seconds())
	}
	a := live

	if opts.Steady > 0 {
		if err := steady(ctx, c, filled.Protocol, a, opts.Steady, res); err != nil {
			return nil, fmt.Errorf("steady state: %w", err)
		}
	}
	res.PeakRSSBytes = peakRSS()
	return res, nil
}

// rawFetch is the bare loop: the same chunks the follower's catch-up asks
// for, with the same look-ahead (a fetcher running up to two chunks ahead
// of the consumer), and nothing done with them.
func rawFetch(ctx context.Context, pool *chainrpc.Client, first, last uint64) (time.Duration, error) {
	const chunk, ahead = 100, 2 // ingest's catchUpChunk and catchUpAhead
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type fetched struct {
		n   int
		err error
	}
	began := time.Now()
	results := make(chan fetched, ahead)
	go func() {
		defer close(results)
		for from := first; from <= last; from += chunk {
			data, err := pool.FetchBlocks(ctx, from, min(last, from+chunk-1))
			select {
			case results <- fetched{len(data), err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	got := 0
	for r := range results {
		if r.err != nil {
			return 0, fmt.Errorf("raw fetch: %w", r.err)
		}
		got += r.n
	}
	if got != int(last-first+1) {
		return 0, fmt.Errorf("raw fetch returned %d blocks, want %d", got, last-first+1)
	}
	return time.Since(began), nil
}

// running is a Warden App left following the chain after its measured
// catch-up, for the steady-state phase.
type running struct {
	app  *app.App
	stop func()
}

func fullIngest(ctx context.Context, dir string, cc config.Chain, filled *Filled, cpuProfile string, log *slog.Logger) (time.Duration, int, *running, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, nil, err
	}
	cfg := &config.Config{
		Store:  config.Store{Path: filepath.Join(dir, "warden.db")},
		Chains: []config.Chain{cc},
		Monitors: []config.Monitor{{
			Name: "bench-lending", Chain: cc.Name,
			Contracts: []config.Contract{{Name: "LendingPool", Address: filled.Protocol.LendingPool.Hex()}},
		}},
		Incidents: config.Incidents{GroupWindow: time.Hour},
	}
	// Every built-in detector that runs without configuration (all but
	// rules), as the demo configures them.
	for _, kind := range backtest.DefaultKinds(app.Detectors()) {
		d := config.Detector{Kind: kind, Severity: "high"}
		switch kind {
		case "large_outflow":
			if err := setParams(&d, "share: 0.05\ncritical_share: 0.25\n"); err != nil {
				return 0, 0, nil, err
			}
		case "flash_loan":
			d.Severity = "medium"
		}
		cfg.Monitors[0].Detectors = append(cfg.Monitors[0].Detectors, d)
	}
	if err := cfg.Validate(app.Plugins()); err != nil {
		return 0, 0, nil, err
	}
	a, err := app.NewWithOptions(ctx, cfg, log, app.Options{StopAfter: filled.LastBlock})
	if err != nil {
		return 0, 0, nil, err
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return 0, 0, nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, 0, nil, err
		}
		defer pprof.StopCPUProfile()
	}
	began := time.Now()
	if err := a.Run(ctx); err != nil {
		a.Close()
		return 0, 0, nil, err
	}
	took := time.Since(began)
	alerts, err := a.Store().Alerts(ctx)
	if err != nil {
		a.Close()
		return 0, 0, nil, err
	}
	a.Close()
	// A second App over the same store follows the live chain from the
	// checkpoint for the steady-state phase.
	cfg.Chains[0].StartBlock = "latest"
	live, err := app.New(ctx, cfg, log)
	if err != nil {
		return 0, 0, nil, err
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- live.Run(runCtx) }()
	r := &running{app: live, stop: func() {
		cancel()
		<-done
		live.Close()
	}}
	return took, len(alerts), r, nil
}

// steady lets the chain make a block every second with ordinary traffic
// and samples how far Warden is behind the node.
func steady(ctx context.Context, c *devchain.Chain, p *demoprotocol.Protocol, r *running, d time.Duration, res *IngestResult) error {
	client, err := app.DialChain(ctx, &config.Chain{Name: "steady", ChainID: c.ChainID().Int64(), Endpoints: []config.Endpoint{{URL: c.HTTPURL()}}}, nil)
	if err != nil {
		return err
	}
	defer client.Close()
	eth, err := ethclientFor(ctx, c)
	if err != nil {
		return err
	}
	defer eth.Close()
	admin := c.Accounts()[0].Key
	var users []*ecdsa.PrivateKey
	for _, acc := range c.Accounts()[4:] {
		users = append(users, acc.Key)
	}
	if err := p.FundUsers(ctx, eth, admin, users, demoprotocol.Ether(50_000), demoprotocol.Ether(50)); err != nil {
		return err
	}
	// Users are funded while blocks are still instant; then the chain
	// settles into one block a second.
	if err := c.SetBlockPeriod(time.Second); err != nil {
		return err
	}
	startHead, _ := client.BlockNumber(ctx)
	tctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	trafficDone := make(chan struct{})
	go func() {
		defer close(trafficDone)
		for tctx.Err() == nil {
			if _, err := p.Traffic(tctx, eth, users, 2); err != nil {
				return
			}
		}
	}()
	var lags []float64
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for tctx.Err() == nil {
		select {
		case <-tctx.Done():
		case <-tick.C:
			head, err := client.BlockNumber(ctx)
			if err != nil {
				continue
			}
			cur, _ := r.app.Cursor("bench")
			lag := 0.0
			if head > cur.Number {
				lag = float64(head - cur.Number)
			}
			lags = append(lags, lag)
		}
	}
	<-trafficDone
	endHead, _ := client.BlockNumber(ctx)
	slices.Sort(lags)
	if len(lags) == 0 {
		return errors.New("no samples")
	}
	q := func(p float64) float64 { return lags[min(len(lags)-1, int(p*float64(len(lags))))] }
	res.SteadySamples, res.SteadyLagP50, res.SteadyLagP99, res.SteadyLagMax = len(lags), q(0.5), q(0.99), lags[len(lags)-1]
	res.SteadyBlocksAdded = int(endHead - startHead)
	return nil
}

// peakRSS reads the process's resident-set high-water mark (Linux).
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
