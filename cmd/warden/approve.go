package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
)

// apiFlags are how the response commands reach a running Warden and who
// they act as.
type apiFlags struct {
	url, config, token string
}

func (f *apiFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.url, "api", "", "URL of a running Warden's API, e.g. http://127.0.0.1:9464 (default: the config's server.listen)")
	cmd.Flags().StringVarP(&f.config, "config", "c", "warden.yaml", "configuration file whose server.listen is used when --api is not given")
	cmd.Flags().StringVar(&f.token, "token", "", "your API token as a secret reference, env:NAME or file:PATH (default: the WARDEN_TOKEN environment variable)")
}

func (f *apiFlags) client() (*api.Client, error) {
	base := f.url
	if base == "" {
		cfg, err := app.LoadConfig(f.config)
		if err != nil {
			return nil, fmt.Errorf("no --api given and %w", err)
		}
		if cfg.Server.Listen == "" {
			return nil, fmt.Errorf("no --api given and %s has no server.listen", f.config)
		}
		base = cfg.Server.Listen
	}
	if !strings.Contains(base, "://") {
		base = "http://" + base
	}
	var tok string
	switch {
	case f.token != "":
		v, err := config.SecretRef(f.token).Resolve()
		if err != nil {
			return nil, fmt.Errorf("--token: %w", err)
		}
		tok = v
	case strings.TrimSpace(os.Getenv("WARDEN_TOKEN")) != "":
		tok = strings.TrimSpace(os.Getenv("WARDEN_TOKEN"))
	default:
		return nil, errors.New("no API token: pass --token env:NAME or --token file:PATH, or set WARDEN_TOKEN")
	}
	return &api.Client{BaseURL: base, Token: tok}, nil
}

func actionsCmd() *cobra.Command {
	var f apiFlags
	var all bool
	cmd := &cobra.Command{
		Use:   "actions",
		Short: "List the response actions waiting for approval (or signatures) on a running Warden",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			qs, err := c.Actions(cmd.Context(), !all)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if len(qs) == 0 {
				fmt.Fprintln(out, "No action waits for a decision.")
				return nil
			}
			w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ACTION\tSTATE\tAPPROVALS\tINCIDENT\tPLAYBOOK\tSTEP\tWHY")
			for _, q := range qs {
				why := q.Reason
				if q.Waiting != "" {
					why = "waiting: " + q.Waiting
				}
				fmt.Fprintf(w, "%s\t%s\t%d of %d (%s)\t%s\t%s\t%d\t%s\n", q.ID, q.State, q.Approvals(), q.Required, q.Role, q.IncidentID, q.Playbook, q.Step, why)
			}
			if err := w.Flush(); err != nil {
				return err
			}
			for _, q := range qs {
				printPlans(out, &q)
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&all, "all", false, "also list decided actions")
	return cmd
}

func printPlans(out io.Writer, q *respond.ActionRequest) {
	fmt.Fprintf(out, "\n%s will send:\n", q.ID)
	for _, p := range q.Plans {
		fmt.Fprintf(out, "  step %d (%s): %s\n", p.Step, p.Kind, p.Description)
		if p.To != (common.Address{}) {
			fmt.Fprintf(out, "    from %s to %s data 0x%x; simulation: %s\n", p.From.Hex(), p.To.Hex(), []byte(p.Data), p.Simulation)
		}
	}
}

func printOutcome(out io.Writer, q *respond.ActionRequest) {
	fmt.Fprintf(out, "%s is %s (%d of %d approvals from role %s)", q.ID, q.State, q.Approvals(), q.Required, q.Role)
	if q.Waiting != "" {
		fmt.Fprintf(out, "; waiting: %s", q.Waiting)
	}
	fmt.Fprintln(out)
	for _, s := range q.Steps {
		fmt.Fprintf(out, "  step %d (%s): %s", s.Step, s.Kind, s.State)
		if s.TxHash != (common.Hash{}) {
			fmt.Fprintf(out, ", tx %s in block %d", s.TxHash.Hex(), s.Block)
		}
		switch {
		case s.Error != "":
			fmt.Fprintf(out, ": %s", s.Error)
		case s.Detail != "":
			fmt.Fprintf(out, ": %s", s.Detail)
		}
		fmt.Fprintln(out)
	}
}

func approveCmd() *cobra.Command {
	var f apiFlags
	var sig, signerAddr string
	cmd := &cobra.Command{
		Use:   "approve ACTION",
		Short: "Approve a response action (with a Safe owner signature if the step collects them); it runs once approved",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			body := api.ApproveBody{Signature: sig, Signer: signerAddr}
			if sig != "" || signerAddr != "" {
				if sig == "" || signerAddr == "" {
					return errors.New("--signature and --signer go together: the signature and the owner address that made it")
				}
				if !common.IsHexAddress(signerAddr) {
					return fmt.Errorf("--signer %q is not an address", signerAddr)
				}
				if b := common.FromHex(sig); len(b) != 65 || !isHex(sig) {
					return errors.New("--signature: want 65 bytes (r, s, v) in hex")
				}
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			q, err := c.Approve(cmd.Context(), args[0], body)
			if err != nil {
				return fmt.Errorf("approve %s: %w", args[0], err)
			}
			printOutcome(cmd.OutOrStdout(), q)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&sig, "signature", "", "a 65-byte signature (hex) over the hash the action shows, e.g. a Safe transaction hash")
	cmd.Flags().StringVar(&signerAddr, "signer", "", "the address that made --signature")
	return cmd
}

func isHex(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return len(s)%2 == 0
}

func rejectCmd() *cobra.Command {
	var f apiFlags
	var reason string
	cmd := &cobra.Command{
		Use:   "reject ACTION --reason TEXT",
		Short: "Reject a response action: its steps never run",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(reason) == "" {
				return errors.New("--reason is required: say why, it goes on the incident's timeline")
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			q, err := c.Reject(cmd.Context(), args[0], reason)
			if err != nil {
				return fmt.Errorf("reject %s: %w", args[0], err)
			}
			printOutcome(cmd.OutOrStdout(), q)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "why the action is rejected (required)")
	return cmd
}

func killSwitchCmd() *cobra.Command {
	var f apiFlags
	cmd := &cobra.Command{
		Use:       "kill-switch on|off|status",
		Short:     "Stop (on) or allow (off) every playbook from sending anything; status shows the switch",
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"on", "off", "status"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != "on" && args[0] != "off" && args[0] != "status" {
				return fmt.Errorf("%q: want on, off or status", args[0])
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			var ks respond.KillSwitch
			if args[0] == "status" {
				ks, err = c.KillSwitch(cmd.Context())
			} else {
				ks, err = c.SetKillSwitch(cmd.Context(), args[0] == "on")
			}
			if err != nil {
				return fmt.Errorf("kill switch: %w", err)
			}
			state := "OFF: playbooks may send"
			if ks.On {
				state = "ON: nothing is sent"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Kill switch is %s (set by %s", state, ks.Source)
			if ks.By != "" {
				fmt.Fprintf(cmd.OutOrStdout(), ", %s at %s", ks.By, ks.At.Format("2006-01-02 15:04:05 MST"))
			}
			fmt.Fprintln(cmd.OutOrStdout(), ")")
			return nil
		},
	}
	f.register(cmd)
	return cmd
}
