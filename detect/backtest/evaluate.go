package backtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

// ChainName is the chain name backtest configs use.
const ChainName = "backtest"

// ParamsFunc returns the params of a detector kind on a run's monitor; nil
// means the detector's defaults.
type ParamsFunc func(kind string, run ScenarioRun) (*yaml.Node, error)

// Config builds the Warden configuration a security team would write for
// the corpus: one monitor per scenario watching its contracts with every
// given detector kind. endpoint is the chain's JSON-RPC URL.
func Config(labels Labels, endpoint string, reg *detect.Registry, kinds []string, params ParamsFunc) (*config.Config, error) {
	cfg := &config.Config{Chains: []config.Chain{{Name: ChainName, ChainID: labels.ChainID, Endpoints: []config.Endpoint{{URL: endpoint}}, StartBlock: "latest"}}}
	for _, run := range labels.Runs {
		mon := config.Monitor{Name: run.Scenario, Chain: ChainName}
		for _, c := range run.Contracts {
			mon.Contracts = append(mon.Contracts, config.Contract{Name: c.Name, Address: c.Address.Hex()})
		}
		for _, kind := range kinds {
			d := config.Detector{Kind: kind, Severity: defaultSeverity(kind)}
			if params != nil {
				p, err := params(kind, run)
				if err != nil {
					return nil, fmt.Errorf("params of %s for %s: %w", kind, run.Scenario, err)
				}
				if p != nil {
					d.Params = *p
				}
			}
			mon.Detectors = append(mon.Detectors, d)
		}
		cfg.Monitors = append(cfg.Monitors, mon)
	}
	return cfg, nil
}

// defaultSeverity is the severity the backtest configures for a kind: what
// the docs recommend. Most detectors grade each finding themselves; for
// flash_loan the configured severity is the alert's (a flash loan alone is
// not an attack), for baseline it is a cap.
func defaultSeverity(kind string) string {
	switch kind {
	case "flash_loan":
		return "medium"
	default:
		return "high"
	}
}

// DefaultKinds are the registered kinds that run without configuration
// (a rule needs its condition written, so it is not among them).
func DefaultKinds(reg *detect.Registry) []string {
	var out []string
	empty := &yaml.Node{}
	for _, k := range reg.Kinds() {
		f, _ := reg.Factory(k)
		if f.Check == nil || f.Check(&config.Monitor{}, empty) == nil {
			out = append(out, k)
		}
	}
	return out
}

// Detection is what running the detectors over the corpus produced.
type Detection struct {
	Alerts []alert.Alert
	Blocks int
	Txs    int
}

// Detect runs the engine over bundles from next until io.EOF.
func Detect(ctx context.Context, eng *detect.Engine, next func() (*chain.Bundle, error), log *slog.Logger) (*Detection, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Detection{}
	for {
		b, err := next()
		if errors.Is(err, io.EOF) {
			return d, nil
		}
		if err != nil {
			return d, err
		}
		alerts := eng.Run(ctx, b)
		if err := ctx.Err(); err != nil {
			return d, err
		}
		d.Alerts = append(d.Alerts, alerts...)
		d.Blocks++
		d.Txs += len(b.Receipts)
	}
}

// Report is the scored outcome of a backtest.
type Report struct {
	MinSeverity string         `json:"min_severity"`
	Blocks      int            `json:"blocks"`
	Txs         int            `json:"txs"`
	BenignTxs   int            `json:"benign_txs"`
	Detectors   []DetectorRow  `json:"detectors"`
	Scenarios   []ScenarioRow  `json:"scenarios"`
	Overall     Overall        `json:"overall"`
	Failures    map[string]int `json:"detector_failures,omitempty"`
	// FalseAlerts are the alerts counted as false positives, so a noisy
	// detector can be understood, not just counted.
	FalseAlerts []FalseAlert `json:"false_alerts,omitempty"`
}

// FalseAlert is one alert on benign traffic.
type FalseAlert struct {
	Detector   string      `json:"detector"`
	Monitor    string      `json:"monitor"`
	Block      uint64      `json:"block"`
	Tx         common.Hash `json:"tx"`
	Severity   string      `json:"severity"`
	Confidence float64     `json:"confidence"`
	Title      string      `json:"title"`
}

// DetectorRow scores one detector. TP and FN count scenarios (detected or
// not by this detector), FP counts benign transactions it flagged (plus
// block-level alerts in blocks without an attack), so the FP rate is per
// benign transaction.
type DetectorRow struct {
	Detector  string  `json:"detector"`
	Alerts    int     `json:"alerts"`
	TP        int     `json:"tp"`
	FN        int     `json:"fn"`
	FP        int     `json:"fp"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	FPPer10k  float64 `json:"fp_per_10k_tx"`
	// LatencyBlocks is the median, over the scenarios it detected, of
	// blocks from the first exploit transaction to its first alert
	// (negative: it warned during preparation).
	LatencyBlocks *float64 `json:"latency_blocks,omitempty"`
}

// ScenarioRow is one scenario's outcome.
type ScenarioRow struct {
	Scenario          string   `json:"scenario"`
	Category          string   `json:"category"`
	Detected          bool     `json:"detected"`
	By                []string `json:"detected_by,omitempty"`
	FirstExploitBlock uint64   `json:"first_exploit_block"`
	LatencyBlocks     *int     `json:"latency_blocks,omitempty"`
	MaxSeverity       string   `json:"max_severity,omitempty"`
	// Stages are the attack stages (preparation, exploit, laundering)
	// with at least one alert on one of their transactions.
	Stages []string `json:"stages_alerted,omitempty"`
}

// Overall combines every detector: a scenario is detected when any alert
// at or above the minimum severity names one of its transactions.
type Overall struct {
	Scenarios int     `json:"scenarios"`
	Detected  int     `json:"detected"`
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
	// FalsePositives counts benign transactions with at least one alert
	// at or above the minimum severity, plus block-level alerts in blocks
	// without an attack.
	FalsePositives int     `json:"false_positives"`
	FPPer10kTx     float64 `json:"fp_per_10k_tx"`
	// MedianLatencyBlocks over detected scenarios.
	MedianLatencyBlocks *float64 `json:"median_latency_blocks,omitempty"`
}

// Score compares alerts with the labels. Only alerts at or above minSev
// count; detector failures are reported apart (they are neither a
// detection nor a false positive, but a run with failures is suspect).
func Score(labels Labels, det *Detection, minSev alert.Severity) *Report {
	type owner struct {
		run   int
		stage string
	}
	attackTx := map[common.Hash]owner{}
	attackBlocks := map[uint64][]int{} // block -> runs with an attack tx in it
	attackTxs := 0
	for i, r := range labels.Runs {
		for _, t := range r.Attack {
			attackTx[t.Hash] = owner{i, string(t.Stage)}
			attackTxs++
			if !slices.Contains(attackBlocks[t.Block], i) {
				attackBlocks[t.Block] = append(attackBlocks[t.Block], i)
			}
		}
	}
	rep := &Report{MinSeverity: minSev.String(), Blocks: det.Blocks, Txs: det.Txs, BenignTxs: det.Txs - attackTxs, Failures: map[string]int{}}

	type perDet struct {
		alerts, tpAlerts, fpAlerts int
		fpTx                       map[common.Hash]bool
		fpBlock                    int
		first                      map[int]uint64 // run -> first alert block
	}
	dets := map[string]*perDet{}
	getDet := func(name string) *perDet {
		d := dets[name]
		if d == nil {
			d = &perDet{fpTx: map[common.Hash]bool{}, first: map[int]uint64{}}
			dets[name] = d
		}
		return d
	}
	overallFPTx := map[common.Hash]bool{}
	overallFPBlock, overallTP, overallAll := 0, 0, 0
	firstBy := map[int]map[string]uint64{}
	maxSev := map[int]alert.Severity{}
	stages := map[int][]string{}

	for _, a := range det.Alerts {
		if a.Labels["kind"] == "detector_failed" {
			rep.Failures[a.Detector]++
			continue
		}
		if a.Severity < minSev {
			continue
		}
		d := getDet(a.Detector)
		d.alerts++
		overallAll++
		var runs []int
		if a.TxHash != (common.Hash{}) {
			if o, ok := attackTx[a.TxHash]; ok {
				runs = []int{o.run}
				if !slices.Contains(stages[o.run], o.stage) {
					stages[o.run] = append(stages[o.run], o.stage)
				}
			}
		} else {
			runs = attackBlocks[a.BlockNumber]
		}
		if len(runs) == 0 {
			rep.FalseAlerts = append(rep.FalseAlerts, FalseAlert{Detector: a.Detector, Monitor: a.Monitor, Block: a.BlockNumber, Tx: a.TxHash, Severity: a.Severity.String(), Confidence: a.Confidence, Title: a.Title})
			d.fpAlerts++
			if a.TxHash != (common.Hash{}) {
				d.fpTx[a.TxHash] = true
				overallFPTx[a.TxHash] = true
			} else {
				d.fpBlock++
				overallFPBlock++
			}
			continue
		}
		d.tpAlerts++
		overallTP++
		for _, r := range runs {
			if b, ok := d.first[r]; !ok || a.BlockNumber < b {
				d.first[r] = a.BlockNumber
			}
			if firstBy[r] == nil {
				firstBy[r] = map[string]uint64{}
			}
			if b, ok := firstBy[r][a.Detector]; !ok || a.BlockNumber < b {
				firstBy[r][a.Detector] = a.BlockNumber
			}
			maxSev[r] = max(maxSev[r], a.Severity)
		}
	}

	firstExploit := make([]uint64, len(labels.Runs))
	for i, r := range labels.Runs {
		first := uint64(0)
		for _, t := range r.Attack {
			if t.Stage == "exploit" && (first == 0 || t.Block < first) {
				first = t.Block
			}
		}
		firstExploit[i] = first
	}

	per10k := func(n int) float64 {
		if rep.BenignTxs <= 0 {
			return 0
		}
		return float64(n) * 10_000 / float64(rep.BenignTxs)
	}
	names := make([]string, 0, len(dets))
	for n := range dets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := dets[n]
		row := DetectorRow{Detector: n, Alerts: d.alerts, TP: len(d.first), FN: len(labels.Runs) - len(d.first), FP: len(d.fpTx) + d.fpBlock}
		if d.tpAlerts+d.fpAlerts > 0 {
			row.Precision = float64(d.tpAlerts) / float64(d.tpAlerts+d.fpAlerts)
		}
		if len(labels.Runs) > 0 {
			row.Recall = float64(row.TP) / float64(len(labels.Runs))
		}
		row.FPPer10k = per10k(row.FP)
		var lat []float64
		for r, b := range d.first {
			lat = append(lat, float64(int64(b)-int64(firstExploit[r])))
		}
		row.LatencyBlocks = median(lat)
		rep.Detectors = append(rep.Detectors, row)
	}

	var lat []float64
	for i, r := range labels.Runs {
		row := ScenarioRow{Scenario: r.Scenario, Category: r.Category, FirstExploitBlock: firstExploit[i]}
		if by := firstBy[i]; len(by) > 0 {
			row.Detected = true
			first := ^uint64(0)
			for n, b := range by {
				row.By = append(row.By, n)
				first = min(first, b)
			}
			sort.Strings(row.By)
			l := int(int64(first) - int64(firstExploit[i]))
			row.LatencyBlocks = &l
			lat = append(lat, float64(l))
			row.MaxSeverity = maxSev[i].String()
			row.Stages = stageOrder(stages[i])
			rep.Overall.Detected++
		}
		rep.Scenarios = append(rep.Scenarios, row)
	}
	rep.Overall.Scenarios = len(labels.Runs)
	if rep.Overall.Scenarios > 0 {
		rep.Overall.Recall = float64(rep.Overall.Detected) / float64(rep.Overall.Scenarios)
	}
	if overallAll > 0 {
		rep.Overall.Precision = float64(overallTP) / float64(overallAll)
	}
	rep.Overall.FalsePositives = len(overallFPTx) + overallFPBlock
	rep.Overall.FPPer10kTx = per10k(rep.Overall.FalsePositives)
	rep.Overall.MedianLatencyBlocks = median(lat)
	if len(rep.Failures) == 0 {
		rep.Failures = nil
	}
	return rep
}

// stageOrder sorts stages in attack order.
func stageOrder(s []string) []string {
	rank := map[string]int{string(corpus.StagePreparation): 0, string(corpus.StageExploit): 1, string(corpus.StageLaundering): 2}
	out := slices.Clone(s)
	slices.SortFunc(out, func(a, b string) int { return rank[a] - rank[b] })
	return out
}

func median(xs []float64) *float64 {
	if len(xs) == 0 {
		return nil
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return &m
}

// WriteTable prints the report for humans.
func (r *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "Backtest: %d blocks, %d transactions (%d benign), counting alerts of severity >= %s\n\n", r.Blocks, r.Txs, r.BenignTxs, r.MinSeverity)
	fmt.Fprintf(w, "%-26s %6s %4s %4s %5s %9s %7s %9s %8s\n", "detector", "alerts", "TP", "FN", "FP", "precision", "recall", "FP/10k tx", "latency")
	for _, d := range r.Detectors {
		lat := "-"
		if d.LatencyBlocks != nil {
			lat = fmt.Sprintf("%+.1f", *d.LatencyBlocks)
		}
		fmt.Fprintf(w, "%-26s %6d %4d %4d %5d %9.3f %7.3f %9.2f %8s\n", d.Detector, d.Alerts, d.TP, d.FN, d.FP, d.Precision, d.Recall, d.FPPer10k, lat)
	}
	fmt.Fprintf(w, "\n%-32s %-18s %-8s %-8s %-30s %s\n", "scenario", "category", "detected", "latency", "stages alerted", "by")
	for _, s := range r.Scenarios {
		lat, det := "-", "NO"
		if s.Detected {
			det = "yes"
			lat = fmt.Sprintf("%+d", *s.LatencyBlocks)
		}
		fmt.Fprintf(w, "%-32s %-18s %-8s %-8s %-30s %s\n", s.Scenario, s.Category, det, lat, strings.Join(s.Stages, ","), strings.Join(s.By, ", "))
	}
	o := r.Overall
	fmt.Fprintf(w, "\noverall: recall %.3f (%d/%d scenarios), precision %.3f, %d false positives = %.2f per 10,000 benign transactions\n",
		o.Recall, o.Detected, o.Scenarios, o.Precision, o.FalsePositives, o.FPPer10kTx)
	if len(r.Failures) > 0 {
		fmt.Fprintf(w, "detector failures: %v\n", r.Failures)
	}
}

// WriteFalseAlerts lists the alerts counted as false positives.
func (r *Report) WriteFalseAlerts(w io.Writer) {
	fmt.Fprintf(w, "\nfalse positives (%d alerts):\n", len(r.FalseAlerts))
	for _, a := range r.FalseAlerts {
		fmt.Fprintf(w, "  block %-5d %-24s %-30s %-8s %.2f  %s\n", a.Block, a.Detector, a.Monitor, a.Severity, a.Confidence, a.Title)
	}
}

// DefaultParams is what a security team would configure beyond the
// defaults: the accounts that make announced admin changes, given to the
// detectors that distinguish them. Every other detector runs with its
// documented defaults.
func DefaultParams(kind string, run ScenarioRun) (*yaml.Node, error) {
	if len(run.Admins) == 0 {
		return nil, nil
	}
	var admins []string
	for _, a := range run.Admins {
		admins = append(admins, a.Hex())
	}
	var p map[string]any
	switch kind {
	case "privileged_change":
		p = map[string]any{"expected_accounts": admins}
	case "baseline":
		p = map[string]any{"known_callers": admins}
	default:
		return nil, nil
	}
	var n yaml.Node
	if err := n.Encode(p); err != nil {
		return nil, err
	}
	return &n, nil
}
