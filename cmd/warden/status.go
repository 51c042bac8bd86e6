package main

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/app"
)

func statusCmd() *cobra.Command {
	var path, addr string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show each chain's head, processed block, lag and endpoint health of a running Warden",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if addr == "" {
				cfg, err := app.LoadConfig(path)
				if err != nil {
					return err
				}
				if cfg.Server.Listen == "" {
					return errors.New("the config has no server.listen; set it (e.g. 127.0.0.1:9464) or pass --addr")
				}
				addr = cfg.Server.Listen
			}
			st, err := api.FetchStatus(cmd.Context(), "http://"+addr)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "CHAIN\tHEAD\tPROCESSED\tLAG\tREORGS")
			for _, c := range st.Chains {
				fmt.Fprintf(w, "%s\t%d\t%d\t%d blocks\t%d\n", c.Name, c.Head, c.Processed, c.LagBlocks, c.Reorgs)
			}
			fmt.Fprintln(w, "\nCHAIN\tENDPOINT\tSTATE\tHEAD\tLATENCY\tREQUESTS\tERRORS\tLAST ERROR")
			for _, c := range st.Chains {
				for _, e := range c.Endpoints {
					state := "healthy"
					if !e.Healthy {
						state = "UNHEALTHY"
					}
					if e.Active {
						state += ",active"
					}
					fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.1f ms\t%d\t%d\t%s\n", c.Name, e.URL, state, e.Head, e.LatencyMS, e.Requests, e.Errors, e.LastError)
				}
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVarP(&path, "config", "c", "warden.yaml", "configuration file (its server.listen is queried)")
	cmd.Flags().StringVar(&addr, "addr", "", "host:port of a running Warden (overrides the config)")
	return cmd
}
