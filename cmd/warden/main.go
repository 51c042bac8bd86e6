// Command warden is the one binary of Warden: the daemon (run), the demo,
// the embedded dev chain and the operator tools.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := rootCmd().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "warden:", err)
		os.Exit(1)
	}
}

func rootCmd() *cobra.Command {
	var logLevel string
	root := &cobra.Command{
		Use:           "warden",
		Short:         "On-chain incident management: detect exploits, contain them, run the incident",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(logLevel)); err != nil {
				return fmt.Errorf("--log-level: %w", err)
			}
			slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl})))
			return nil
		},
	}
	root.PersistentFlags().StringVar(&logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.AddCommand(runCmd(), checkConfigCmd(), devchainCmd(), demoCmd(), recordCmd(), replayCmd(), statusCmd(), benchCmd(), backtestCmd(), baselineCmd(),
		actionsCmd(), approveCmd(), rejectCmd(), killSwitchCmd())
	root.AddCommand(oncallCmd())
	root.AddCommand(incidentCmd())
	root.AddCommand(silenceCmd())
	return root
}

func runCmd() *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the Warden daemon with a configuration file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := app.LoadConfig(path)
			if err != nil {
				return err
			}
			a, err := app.New(cmd.Context(), cfg, slog.Default())
			if err != nil {
				return err
			}
			defer a.Close()
			slog.Info("warden running", "config", path, "store", cfg.Store.Path)
			err = a.Run(cmd.Context())
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&path, "config", "c", "warden.yaml", "configuration file")
	return cmd
}

func checkConfigCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check-config FILE",
		Short: "Validate a configuration file and list every problem in it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := app.LoadConfig(args[0])
			if err != nil {
				var joined interface{ Unwrap() []error }
				fmt.Fprintf(cmd.ErrOrStderr(), "%s is not valid:\n", args[0])
				if errors.As(err, &joined) {
					for _, e := range joined.Unwrap() {
						fmt.Fprintf(cmd.ErrOrStderr(), "  - %v\n", e)
					}
				} else {
					fmt.Fprintf(cmd.ErrOrStderr(), "  - %v\n", err)
				}
				return errors.New("configuration is not valid")
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d chain(s), %d monitor(s), %d playbook(s), %d signer(s)\n",
				args[0], len(cfg.Chains), len(cfg.Monitors), len(cfg.Playbooks), len(cfg.Signers))
			return nil
		},
	}
}
