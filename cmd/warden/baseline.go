package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/detect/baseline"
	"github.com/warden-dev/warden/store/sqlite"
)

func baselineCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Inspect the learned baselines of normal behaviour",
	}
	cmd.AddCommand(baselineShowCmd())
	return cmd
}

func baselineShowCmd() *cobra.Command {
	var path, storePath, filter string
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print what each baseline detector has learned (per contract and metric), as last saved",
		Long: `show reads the store a Warden daemon writes (it may be running: state is
saved every 100 blocks and at shutdown) and prints, for every baseline
detector, per contract and metric: observations, EWMA mean and standard
deviation, median and MAD, warm-up status, seen selectors and callers, and
the isolation forest's size and last training.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if storePath == "" {
				cfg, err := app.LoadConfig(path)
				if err != nil {
					return err
				}
				storePath = cfg.Store.Path
			}
			st, err := sqlite.Open(cmd.Context(), storePath)
			if err != nil {
				return err
			}
			defer st.Close()
			states, err := st.DetectorStates(cmd.Context())
			if err != nil {
				return err
			}
			keys := make([]string, 0, len(states))
			for k, v := range states {
				if baseline.IsState(v) && strings.Contains(k, filter) {
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			if len(keys) == 0 {
				return errors.New("no baseline state saved in " + storePath + " (is a baseline detector configured, and has Warden processed 100 blocks or shut down since?)")
			}
			out := cmd.OutOrStdout()
			for i, k := range keys {
				if i > 0 {
					fmt.Fprintln(out)
				}
				if err := baseline.Show(out, k, states[k]); err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&path, "config", "c", "warden.yaml", "config file (for the store path)")
	cmd.Flags().StringVar(&storePath, "store", "", "store file (instead of reading it from the config)")
	cmd.Flags().StringVar(&filter, "detector", "", "only detectors whose key (chain/monitor/detector) contains this")
	return cmd
}
