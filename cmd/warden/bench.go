package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/app/bench"
	"github.com/warden-dev/warden/detect/backtest/corpus/all"
)

func benchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure Warden's performance on the embedded chain",
	}
	cmd.AddCommand(benchIngestCmd(), benchDetectCmd(), benchRespondCmd())
	return cmd
}

func benchIngestCmd() *cobra.Command {
	var opts bench.IngestOptions
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Fill the embedded chain with blocks of transactions, then compare a bare fetch loop with Warden's full ingestion",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Logger = slog.Default()
			res, err := bench.Ingest(cmd.Context(), opts)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			fmt.Fprintf(out, "chain: %d blocks, %d transactions (filled in %.1f s)\n", res.Blocks, res.Txs, res.FillSeconds)
			fmt.Fprintf(out, "raw fetch:   %7.1f blocks/s  %8.0f tx/s  (%.2f s)\n", res.RawBlocksPerS, res.RawTxPerS, res.RawSeconds)
			fmt.Fprintf(out, "full ingest: %7.1f blocks/s  %8.0f tx/s  (%.2f s, %d alerts)\n", res.IngestBlocksPerS, res.IngestTxPerS, res.IngestSeconds, res.Alerts)
			fmt.Fprintf(out, "ratio:       %.3f (medians; runs: raw %v s, ingest %v s)\n", res.Ratio, secs(res.RawRunsSeconds), secs(res.IngestRunsSeconds))
			if res.SteadySamples > 0 {
				fmt.Fprintf(out, "steady state (1 s blocks, %d blocks, %d samples): lag p50 %.0f, p99 %.0f, max %.0f blocks\n",
					res.SteadyBlocksAdded, res.SteadySamples, res.SteadyLagP50, res.SteadyLagP99, res.SteadyLagMax)
			}
			fmt.Fprintf(out, "peak RSS:    %.0f MiB (whole process, embedded node included)\n", float64(res.PeakRSSBytes)/(1<<20))
			return nil
		},
	}
	cmd.Flags().IntVar(&opts.Blocks, "blocks", 2000, "blocks to fill")
	cmd.Flags().IntVar(&opts.TxsPerBlock, "txs", 50, "transactions per block")
	cmd.Flags().DurationVar(&opts.Steady, "steady", 20*time.Second, "steady-state phase with 1 s blocks (0 = skip)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().IntVar(&opts.Rounds, "rounds", 3, "alternate bare fetch and full ingest this many times and report medians")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the full-ingest phase to this file")
	return cmd
}

func secs(v []float64) string {
	out := ""
	for i, x := range v {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%.2f", x)
	}
	return "[" + out + "]"
}

func benchDetectCmd() *cobra.Command {
	var opts bench.DetectOptions
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "detect",
		Short: "Replay the scenario corpus's blocks through every built-in detector in memory and measure throughput and per-block latency",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Logger = slog.Default()
			opts.Registry = app.Detectors()
			opts.Corpus.Scenarios = all.Scenarios()
			alloc, err := all.GenesisAlloc()
			if err != nil {
				return err
			}
			opts.Corpus.Alloc = alloc
			res, err := bench.Detect(cmd.Context(), opts)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			fmt.Fprintf(out, "corpus: %d blocks, %d transactions, %d blocks with traces; %d detector instances (generated in %.1f s)\n", res.Blocks, res.Txs, res.TracedBlocks, res.Detectors, res.GenerateSecond)
			fmt.Fprintf(out, "in memory:  %.0f tx/s wall, %.0f tx/s per core (%.2f CPU s per round); %d state reads per round answered from the recording\n", res.TxPerS, res.TxPerSPerCore, res.CPUSeconds, res.StateCalls)
			fmt.Fprintf(out, "per block:  p50 %.2f ms, p99 %.2f ms, max %.2f ms; blocks of >= 50 tx: p99 %.2f ms\n", res.BlockP50MS, res.BlockP99MS, res.BlockMaxMS, res.Full50P99MS)
			fmt.Fprintf(out, "live node:  %.0f tx/s wall, %.0f tx/s per core (embedded node's CPU included), block p99 %.2f ms\n", res.LiveTxPerS, res.LiveTxPerSPerCore, res.LiveBlockP99MS)
			return nil
		},
	}
	cmd.Flags().IntVar(&opts.Corpus.BenignTxs, "benign", 5000, "benign transactions in the corpus")
	cmd.Flags().IntVar(&opts.Corpus.TxPerBlock, "per-block", 50, "benign transactions per block")
	cmd.Flags().IntVar(&opts.Rounds, "rounds", 3, "replay rounds")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the replay rounds to this file")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (tx_per_s_per_core, block_p50_ms, block_p99_ms, ...)")
	return cmd
}

func benchRespondCmd() *cobra.Command {
	var opts bench.RespondOptions
	var asJSON, instantOnly bool
	cmd := &cobra.Command{
		Use:   "respond",
		Short: "Attack fresh deployments of the demo protocol and measure alert -> pause broadcast and blocks to the pause",
		Long: `respond deploys the demo protocol once per incident on the embedded chain, runs Warden
with the pause playbook against it, and sends one real flash-swap price-manipulation
attack per deployment, one incident after another. It prints, per block time (instant
mining and 1 s blocks), the time from the first alert being stored to the pause
transaction being accepted by the node (p50, p99, max) and the blocks from the exploit's
block to the pause's block.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Logger = slog.Default()
			if instantOnly {
				opts.Periods = []time.Duration{0}
			}
			res, err := bench.Respond(cmd.Context(), opts)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			for _, m := range res.Modes {
				mode := "instant mining"
				if m.BlockPeriodMS > 0 {
					mode = fmt.Sprintf("%d ms blocks", m.BlockPeriodMS)
				}
				fmt.Fprintf(out, "%s: %d incidents, %d contained with paused() verified (%.1f s)\n", mode, m.Incidents, m.Contained, m.Seconds)
				fmt.Fprintf(out, "  alert stored -> pause broadcast: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", m.BroadcastP50MS, m.BroadcastP99MS, m.BroadcastMaxMS)
				fmt.Fprintf(out, "  blocks from exploit to pause: max %d (histogram %v)\n", m.MaxBlocksToPause, m.BlocksToPause)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&opts.Incidents, "incidents", 50, "incidents per block-time mode")
	cmd.Flags().BoolVar(&instantOnly, "instant-only", false, "measure with instant mining only (skip 1 s blocks)")
	cmd.Flags().StringVar(&opts.Dir, "dir", "", "keep the generated configs and stores here")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (broadcast_p50_ms, broadcast_p99_ms, max_blocks_to_pause, modes)")
	return cmd
}
