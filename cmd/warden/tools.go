package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/chain/bundlefile"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/ingest"
)

// rangeFlags are the block range and chain shared by record and replay.
type rangeFlags struct {
	config   string
	chain    string
	from, to uint64
}

func (r *rangeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&r.config, "config", "c", "warden.yaml", "configuration file")
	cmd.Flags().StringVar(&r.chain, "chain", "", "chain name (default: the only chain in the config)")
	cmd.Flags().Uint64Var(&r.from, "from", 0, "first block")
	cmd.Flags().Uint64Var(&r.to, "to", 0, "last block (inclusive)")
}

func (r *rangeFlags) load() (*config.Config, *config.Chain, error) {
	cfg, err := app.LoadConfig(r.config)
	if err != nil {
		return nil, nil, err
	}
	if r.chain == "" {
		if len(cfg.Chains) != 1 {
			return nil, nil, fmt.Errorf("--chain is required: the config has %d chains", len(cfg.Chains))
		}
		r.chain = cfg.Chains[0].Name
	}
	cc, ok := cfg.Chain(r.chain)
	if !ok {
		return nil, nil, fmt.Errorf("--chain %q is not in %s", r.chain, r.config)
	}
	return cfg, cc, nil
}

func (r *rangeFlags) checkRange(required bool) error {
	if required && r.to == 0 {
		return errors.New("--to is required")
	}
	if r.to != 0 && r.to < r.from {
		return fmt.Errorf("--to %d is before --from %d", r.to, r.from)
	}
	return nil
}

func recordCmd() *cobra.Command {
	var rf rangeFlags
	var out string
	var traces bool
	cmd := &cobra.Command{
		Use:   "record",
		Short: "Save a range of blocks with their receipts to a compressed file for offline replay and backtests",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := rf.checkRange(true); err != nil {
				return err
			}
			if out == "" {
				return errors.New("--out is required")
			}
			_, cc, err := rf.load()
			if err != nil {
				return err
			}
			client, err := app.DialChain(cmd.Context(), cc, nil)
			if err != nil {
				return err
			}
			defer client.Close()
			w, err := bundlefile.Create(out)
			if err != nil {
				return err
			}
			for n := rf.from; n <= rf.to; n++ {
				b, err := ingest.FetchBundle(cmd.Context(), client, cc.Name, client.ChainID(), n)
				if err == nil && traces && len(b.Receipts) > 0 {
					b.Traces, err = client.TraceBlock(cmd.Context(), n)
				}
				if err != nil {
					w.Close()
					return err
				}
				if err := w.Write(b); err != nil {
					w.Close()
					return err
				}
			}
			if err := w.Close(); err != nil {
				return err
			}
			info, _ := os.Stat(out)
			fmt.Fprintf(cmd.OutOrStdout(), "recorded blocks %d..%d of %s (%d bundles, %d bytes) to %s\n", rf.from, rf.to, cc.Name, w.Count(), info.Size(), out)
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVarP(&out, "out", "o", "", "output file (gzip JSON lines)")
	cmd.Flags().BoolVar(&traces, "traces", false, "also record call traces (debug_traceBlockByNumber; needs a node that can trace the range)")
	return cmd
}

func replayCmd() *cobra.Command {
	var rf rangeFlags
	var in, storePath string
	cmd := &cobra.Command{
		Use:   "replay",
		Short: "Run detection over a range of blocks (from the node or a recorded file) without sending anything",
		Long: "Replays a block range through every detector and the incident grouping, printing each alert.\n" +
			"No playbook runs and no checkpoint moves. Results go to a throw-away store unless --store is given.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if err := rf.checkRange(in == ""); err != nil {
				return err
			}
			cfg, cc, err := rf.load()
			if err != nil {
				return err
			}
			if storePath == "" {
				dir, err := os.MkdirTemp("", "warden-replay-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				storePath = filepath.Join(dir, "replay.db")
			}
			cfg.Store.Path = storePath
			a, err := app.NewWithOptions(ctx, cfg, nil, app.Options{DryRun: true})
			if err != nil {
				return err
			}
			defer a.Close()
			var next func() (*chain.Bundle, error)
			if in != "" {
				r, err := bundlefile.Open(in)
				if err != nil {
					return err
				}
				defer r.Close()
				next = func() (*chain.Bundle, error) {
					for {
						b, err := r.Next()
						if err != nil {
							return nil, err
						}
						if b.Chain != cc.Name {
							return nil, fmt.Errorf("%s holds chain %q, not %q", in, b.Chain, cc.Name)
						}
						if b.Number() < rf.from {
							continue
						}
						if rf.to != 0 && b.Number() > rf.to {
							return nil, io.EOF
						}
						return b, nil
					}
				}
			} else {
				client, ok := a.ChainClient(cc.Name)
				if !ok {
					return fmt.Errorf("chain %s not connected", cc.Name)
				}
				n := rf.from
				next = func() (*chain.Bundle, error) {
					if n > rf.to {
						return nil, io.EOF
					}
					b, err := ingest.FetchBundle(ctx, client, cc.Name, client.ChainID(), n)
					n++
					return b, err
				}
			}
			out := cmd.OutOrStdout()
			st, err := a.Replay(ctx, cc.Name, next, func(al alert.Alert) {
				fmt.Fprintf(out, "block %d tx %s [%s] %s/%s: %s\n", al.BlockNumber, al.TxHash.Hex(), al.Severity, al.Monitor, al.Detector, al.Title)
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "replayed %d blocks (%d txs): %d new alerts, %d incidents; store %s\n", st.Blocks, st.Txs, st.Alerts, st.Incidents, storePath)
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVarP(&in, "in", "i", "", "recorded bundle file (default: fetch from the chain's endpoints)")
	cmd.Flags().StringVar(&storePath, "store", "", "SQLite store for the results (default: a temporary one)")
	return cmd
}
