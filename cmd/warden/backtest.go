package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/detect/backtest"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/all"
)

func backtestCmd() *cobra.Command {
	var (
		gen       backtest.GenerateOptions
		minSev    string
		asJSON    bool
		calibrate bool
		targetFPR float64
		patchPath string
		only      []string
		recordDir string
		fromDir   string
		showFP    bool
	)
	cmd := &cobra.Command{
		Use:   "backtest",
		Short: "Run every exploit scenario and benign traffic on the embedded chain and score the detectors",
		Long: `backtest deploys the shipped scenario corpus (real vulnerable contracts and
real attacks) on an embedded chain, sends benign traffic against the same
protocols with the attacks spread through it, runs every built-in detector
over the blocks and prints, per detector, true positives (scenarios it
detected), false negatives, false positives (benign transactions it
flagged), precision, recall, false positives per 10,000 benign transactions
and detection latency in blocks from the first exploit transaction.

Only alerts at or above --min-severity count, both as detections and as
false positives. --calibrate proposes per-detector min_confidence
thresholds that meet --target-fpr (false positives per benign transaction,
e.g. 0.0001 = 1 per 10,000) and writes them as a config patch.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sev, err := alert.ParseSeverity(minSev)
			if err != nil {
				return fmt.Errorf("--min-severity: %w", err)
			}
			if targetFPR < 0 || targetFPR >= 1 {
				return fmt.Errorf("--target-fpr %g: want a rate per benign transaction in [0, 1), e.g. 0.0001", targetFPR)
			}
			opts := backtest.Options{
				Registry:    app.Detectors(),
				Params:      backtest.DefaultParams,
				MinSeverity: sev,
				RecordDir:   recordDir,
				Logger:      slog.Default(),
			}
			var res *backtest.Result
			if fromDir != "" {
				if res, err = backtest.RunRecorded(cmd.Context(), fromDir, opts); err != nil {
					return err
				}
			} else {
				scenarios, err := pick(all.Scenarios(), only)
				if err != nil {
					return err
				}
				gen.Scenarios = scenarios
				if gen.Alloc, err = all.GenesisAlloc(); err != nil {
					return err
				}
				if gen.DataDir == "" {
					dir, err := os.MkdirTemp("", "warden-backtest-")
					if err != nil {
						return err
					}
					defer os.RemoveAll(dir)
					gen.DataDir = dir
				}
				opts.Generate = gen
				if res, err = backtest.Run(cmd.Context(), opts); err != nil {
					return err
				}
			}
			var cal *backtest.Calibration
			if calibrate {
				cal = backtest.Calibrate(res.Labels, res.Detection, sev, targetFPR*10_000)
				if patchPath != "" {
					f, err := os.Create(patchPath)
					if err != nil {
						return err
					}
					if err := cal.WritePatch(f); err != nil {
						f.Close()
						return err
					}
					if err := f.Close(); err != nil {
						return err
					}
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(struct {
					*backtest.Report
					Calibration    *backtest.Calibration `json:"calibration,omitempty"`
					GenerateSecond float64               `json:"generate_seconds"`
					DetectSeconds  float64               `json:"detect_seconds"`
				}{res.Report, cal, res.GenerateTook.Seconds(), res.DetectTook.Seconds()})
			}
			res.Report.WriteTable(out)
			if showFP {
				res.Report.WriteFalseAlerts(out)
			}
			if res.GenerateTook > 0 {
				fmt.Fprintf(out, "corpus generated in %.1f s, ", res.GenerateTook.Seconds())
			}
			fmt.Fprintf(out, "detection took %.1f s\n", res.DetectTook.Seconds())
			if cal != nil {
				fmt.Fprintln(out)
				if patchPath == "" {
					return cal.WritePatch(out)
				}
				fmt.Fprintf(out, "calibration: recall %.3f -> %.3f, %.2f -> %.2f false positives per 10k; patch written to %s\n",
					cal.Before.Recall, cal.After.Recall, cal.Before.FPPer10kTx, cal.After.FPPer10kTx, patchPath)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&gen.BenignTxs, "benign", 10_000, "benign transactions to send")
	f.IntVar(&gen.TxPerBlock, "per-block", 50, "benign transactions per block")
	f.Uint64Var(&gen.Seed, "seed", 1, "random seed (the run is reproducible for a seed)")
	f.StringVar(&gen.DataDir, "data-dir", "", "keep the embedded chain here (default: a temporary directory)")
	f.StringVar(&minSev, "min-severity", "high", "alerts at or above this severity count as detections and as false positives")
	f.BoolVar(&asJSON, "json", false, "print one JSON object (with an overall object: recall, precision, fp_per_10k_tx)")
	f.BoolVar(&calibrate, "calibrate", false, "propose per-detector thresholds that meet --target-fpr")
	f.Float64Var(&targetFPR, "target-fpr", 0.0001, "target false positives per benign transaction for --calibrate")
	f.StringVar(&patchPath, "patch", "", "write the calibration's config patch to this file (default: print it)")
	f.StringSliceVar(&only, "scenario", nil, "run only these scenarios (repeatable; default all)")
	f.StringVar(&recordDir, "record", "", "keep the run in this directory (blocks with traces, labels, state reads) for --from")
	f.BoolVar(&showFP, "show-false-positives", false, "list every alert counted as a false positive")
	f.StringVar(&fromDir, "from", "", "re-run the detectors offline over a run kept with --record (no chain needed)")
	return cmd
}

// pick selects scenarios by name, keeping the corpus order.
func pick(from []corpus.Scenario, names []string) ([]corpus.Scenario, error) {
	if len(names) == 0 {
		return from, nil
	}
	var out []corpus.Scenario
	var known []string
	for _, s := range from {
		known = append(known, s.Name())
		if slices.Contains(names, s.Name()) {
			out = append(out, s)
		}
	}
	for _, n := range names {
		if !slices.Contains(known, n) {
			return nil, fmt.Errorf("--scenario %q: no such scenario (known: %s)", n, strings.Join(known, ", "))
		}
	}
	return out, nil
}
