package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/app/demo"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
)

func demoCmd() *cobra.Command {
	var opts demo.Options
	var verbose bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the end-to-end demo: an embedded chain, a real protocol, an attack, detection, pause and report",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Stdout = cmd.OutOrStdout()
			if verbose {
				opts.Logger = slog.Default()
			}
			sum, err := demo.Run(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if !sum.Detected || !sum.PausedVerified {
				return fmt.Errorf("demo finished but the attack was not contained (see %s)", sum.OutDir)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&opts.Out, "out", "", "directory for summary.json, incident.json and report.md (default: a new temp dir)")
	cmd.Flags().DurationVar(&opts.BlockPeriod, "block-period", time.Second, "block time of the embedded chain while Warden watches")
	cmd.Flags().IntVar(&opts.Users, "users", 12, "ordinary users generating traffic")
	cmd.Flags().IntVar(&opts.TrafficBlocks, "traffic-blocks", 6, "blocks of ordinary traffic before the attack")
	cmd.Flags().IntVar(&opts.AttackAttempts, "attack-attempts", 6, "attack transactions the attacker tries")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show Warden's log")
	return cmd
}

func devchainCmd() *cobra.Command {
	var cfg devchain.Config
	var deployDemo bool
	cmd := &cobra.Command{
		Use:   "devchain",
		Short: "Run the embedded development chain with JSON-RPC over HTTP and WebSocket",
		Long: "Starts the same in-process go-ethereum node the demo and tests use, with the eth, net, web3,\n" +
			"txpool and debug namespaces (callTracer and prestateTracer work), and prints its URLs and the\n" +
			"funded dev accounts. The keys are fixed and public: never use them on a real network.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = slog.Default()
			period := cfg.BlockPeriod
			cfg.BlockPeriod = 0 // deploy in instant mode, then switch
			c, err := devchain.Start(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer c.Close()
			out := cmd.OutOrStdout()
			if deployDemo {
				if err := deployDemoProtocol(cmd.Context(), out, c); err != nil {
					return err
				}
			}
			if err := c.SetBlockPeriod(period); err != nil {
				return err
			}
			cfg.BlockPeriod = period
			mode := "instant (a block per transaction)"
			if cfg.BlockPeriod > 0 {
				mode = "a block every " + cfg.BlockPeriod.String()
			}
			fmt.Fprintf(out, "Warden dev chain, chain ID %s, mining: %s\n  HTTP: %s\n  WS:   %s\n\nFunded accounts (dev keys, public, never use on a real network):\n",
				c.ChainID(), mode, c.HTTPURL(), c.WSURL())
			for i, a := range c.Accounts() {
				fmt.Fprintf(out, "  (%d) %s  key 0x%x\n", i, a.Address.Hex(), a.Key.D.FillBytes(make([]byte, 32)))
			}
			fmt.Fprintln(out, "\nPress Ctrl-C to stop.")
			<-cmd.Context().Done()
			fmt.Fprintln(os.Stderr, "stopping dev chain")
			return nil
		},
	}
	cmd.Flags().BoolVar(&deployDemo, "deploy-demo", false, "deploy the demo protocol (examples/demo.yaml watches it) and grant account 1 the pauser role")
	cmd.Flags().Int64Var(&cfg.ChainID, "chain-id", 1337, "chain ID")
	cmd.Flags().DurationVar(&cfg.BlockPeriod, "period", 0, "block period (0 = mine as soon as a transaction arrives)")
	cmd.Flags().IntVar(&cfg.Accounts, "accounts", 10, "number of funded dev accounts")
	cmd.Flags().IntVar(&cfg.HTTPPort, "http-port", 8545, "HTTP JSON-RPC port on 127.0.0.1 (0 = any free port)")
	cmd.Flags().IntVar(&cfg.WSPort, "ws-port", 8546, "WebSocket JSON-RPC port on 127.0.0.1 (0 = any free port)")
	return cmd
}

func deployDemoProtocol(ctx context.Context, out io.Writer, c *devchain.Chain) error {
	client, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		return err
	}
	defer client.Close()
	admin := c.Accounts()[0]
	p, err := demoprotocol.Deploy(ctx, client, admin.Key, demoprotocol.DefaultParams())
	if err != nil {
		return fmt.Errorf("deploy demo protocol: %w", err)
	}
	if len(c.Accounts()) > 1 {
		if err := p.GrantPauser(ctx, client, admin.Key, c.Accounts()[1].Address); err != nil {
			return fmt.Errorf("grant pauser role: %w", err)
		}
	}
	fmt.Fprintf(out, "Demo protocol deployed by account 0 (admin); account 1 holds PAUSER_ROLE.\n"+
		"  LendingPool %s\n  dUSD        %s\n  WETH        %s\n  OraclePair  %s\n  FlashPair   %s\n  Router      %s\n\n",
		p.LendingPool.Hex(), p.Stable.Hex(), p.WETH.Hex(), p.OraclePair.Hex(), p.FlashPair.Hex(), p.Router.Hex())
	return nil
}
