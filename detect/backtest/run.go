package backtest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/chain/bundlefile"
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
	// RecordDir, when set, keeps the run: blocks (with traces), labels and
	// every state read, for RunRecorded.
	RecordDir string
	Logger    *slog.Logger
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
	var state chain.StateReader = pool
	var rec *RecordingState
	if opts.RecordDir != "" {
		if err := os.MkdirAll(opts.RecordDir, 0o755); err != nil {
			return nil, err
		}
		rec = NewRecordingState(pool)
		state = rec
	}
	eng, err := detect.NewEngine(cfg, ChainName, opts.Registry, detect.Deps{State: state, Logger: opts.Logger})
	if err != nil {
		return nil, fmt.Errorf("backtest: detectors: %w", err)
	}
	source := LiveSource(ctx, pool, ChainName, gen.Labels.From, gen.Labels.To, eng.Requirements())
	var w *bundlefile.Writer
	if rec != nil {
		if w, err = bundlefile.Create(filepath.Join(opts.RecordDir, BundlesFile)); err != nil {
			return nil, err
		}
		defer w.Close()
		source = RecordingSource(source, w)
	}
	t0 := time.Now()
	det, err := Detect(ctx, eng, source, opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("backtest: detect: %w", err)
	}
	res.DetectTook = time.Since(t0)
	if rec != nil {
		if err := w.Close(); err != nil {
			return nil, fmt.Errorf("backtest: record blocks: %w", err)
		}
		if err := rec.Save(filepath.Join(opts.RecordDir, StateFile)); err != nil {
			return nil, fmt.Errorf("backtest: record state: %w", err)
		}
		if err := writeLabels(filepath.Join(opts.RecordDir, LabelsFile), gen.Labels); err != nil {
			return nil, fmt.Errorf("backtest: record labels: %w", err)
		}
	}
	res.Detection = det
	res.Report = Score(gen.Labels, det, opts.MinSeverity)
	return res, nil
}

// RunRecorded re-runs the detectors over a recorded backtest (see
// Options.RecordDir) without a node: blocks come from the bundle file and
// state reads from the recording. A detector that reads state the
// recording lacks fails visibly (detector_failed, in Report.Failures).
func RunRecorded(ctx context.Context, dir string, opts Options) (*Result, error) {
	if opts.Registry == nil {
		return nil, fmt.Errorf("backtest: no detector registry")
	}
	if opts.MinSeverity == alert.SeverityUnknown {
		opts.MinSeverity = alert.SeverityHigh
	}
	labels, err := ReadLabels(dir)
	if err != nil {
		return nil, err
	}
	state, err := LoadReplayState(filepath.Join(dir, StateFile))
	if err != nil {
		return nil, fmt.Errorf("backtest: %w", err)
	}
	kinds := opts.Kinds
	if len(kinds) == 0 {
		kinds = DefaultKinds(opts.Registry)
	}
	// The recorded chain is not running; the endpoint is never dialled.
	cfg, err := Config(labels, "http://127.0.0.1:8545", opts.Registry, kinds, opts.Params)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(&config.Plugins{Detectors: opts.Registry.ConfigChecks()}); err != nil {
		return nil, fmt.Errorf("backtest config: %w", err)
	}
	eng, err := detect.NewEngine(cfg, ChainName, opts.Registry, detect.Deps{State: state, Logger: opts.Logger})
	if err != nil {
		return nil, fmt.Errorf("backtest: detectors: %w", err)
	}
	next, closeFn, err := FileSource(filepath.Join(dir, BundlesFile))
	if err != nil {
		return nil, fmt.Errorf("backtest: %w", err)
	}
	defer closeFn()
	t0 := time.Now()
	det, err := Detect(ctx, eng, next, opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("backtest: detect: %w", err)
	}
	return &Result{Labels: labels, Config: cfg, Detection: det, Report: Score(labels, det, opts.MinSeverity), DetectTook: time.Since(t0)}, nil
}

func writeLabels(path string, l Labels) error {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
