package backtest

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/warden-dev/warden/alert"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

// Options configure a full backtest: generate the corpus on an embedded
// chain, then run the detectors over it.
type Options struct {
	Generate GenerateOptions
	Registry *detect.Registry
	// Kinds are the detector kinds each scenario's monitor runs (default:
	// DefaultKinds of the registry).
	Kinds  []string
	Params ParamsFunc
	// MinSeverity is what counts as a detection and as a false positive
	// (default high: the alerts that page someone or start a playbook).
	MinSeverity alert.Severity
	Logger      *slog.Logger
}

// Result is a finished backtest.
type Result struct {
	Labels    Labels
	Config    *config.Config
	Detection *Detection
	Report    *Report
	// GenerateTook and DetectTook split the wall time.
	GenerateTook time.Duration
	DetectTook   time.Duration
}

// Run generates the corpus, runs the detectors and scores them.
func Run(ctx context.Context, opts Options) (*Result, error) {
	if opts.Registry == nil {
		return nil, fmt.Errorf("backtest: no detector registry")
	}
	if opts.MinSeverity == alert.SeverityUnknown {
		opts.MinSeverity = alert.SeverityHigh
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Generate.Logger == nil {
		opts.Generate.Logger = opts.Logger
	}
	gen, err := Generate(ctx, opts.Generate)
	if err != nil {
		return nil, err
	}
	defer gen.Close()
	res := &Result{Labels: gen.Labels, GenerateTook: gen.Took}

	kinds := opts.Kinds
	if len(kinds) == 0 {
		kinds = DefaultKinds(opts.Registry)
	}
	cfg, err := Config(gen.Labels, gen.Chain.HTTPURL(), opts.Registry, kinds, opts.Params)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(&config.Plugins{Detectors: opts.Registry.ConfigChecks()}); err != nil {
		return nil, fmt.Errorf("backtest config: %w", err)
	}
	res.Config = cfg
	pool, err := chainrpc.NewPool(ctx, chainrpc.Config{ChainID: gen.Labels.ChainID, Endpoints: []chainrpc.EndpointConfig{{URL: gen.Chain.HTTPURL(), Timeout: time.Minute}}})
	if err != nil {
		return nil, fmt.Errorf("backtest: connect: %w", err)
	}
	defer pool.Close()
	eng, err := detect.NewEngine(cfg, ChainName, opts.Registry, detect.Deps{State: pool, Logger: opts.Logger})
	if err != nil {
		return nil, fmt.Errorf("backtest: detectors: %w", err)
	}
	t0 := time.Now()
	det, err := Detect(ctx, eng, LiveSource(ctx, pool, ChainName, gen.Labels.From, gen.Labels.To, eng.Requirements()), opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("backtest: detect: %w", err)
	}
	res.DetectTook = time.Since(t0)
	res.Detection = det
	res.Report = Score(gen.Labels, det, opts.MinSeverity)
	return res, nil
}
