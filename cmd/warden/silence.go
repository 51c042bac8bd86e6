package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/silence"
)

func silenceCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "silence add|list|expire",
		Short: "Mute notifications for matching alerts for a while (alerts are still stored and on the timeline)",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(silenceAddCmd(), silenceListCmd(), silenceExpireCmd())
	return cmd
}

func silenceAddCmd() *cobra.Command {
	var f apiFlags
	var comment, until, startsAt string
	var duration time.Duration
	cmd := &cobra.Command{
		Use:   `add MATCHER... --comment TEXT (--duration 2h | --until TIME)`,
		Short: `Add a silence; matchers as in Alertmanager: monitor=pool 'severity=~"low|medium"' attacker=0x…`,
		Example: `  warden silence add monitor=pool kind=large_outflow --duration 2h --comment "planned migration moves the reserves"
  warden silence add incident=inc-3f2a9c --until 2026-03-02T08:00:00Z --comment "known false positive, tuning the detector"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := silence.ParseMatchers(args); err != nil {
				return err
			}
			if strings.TrimSpace(comment) == "" {
				return errors.New("--comment is required: say why, people reading the silence later need to know")
			}
			body := api.AddSilenceBody{Matchers: args, Comment: comment}
			switch {
			case until != "" && duration != 0:
				return errors.New("give --duration or --until, not both")
			case until != "":
				t, err := parseTime(until)
				if err != nil {
					return fmt.Errorf("--until: %w", err)
				}
				body.EndsAt = &t
			case duration > 0:
				body.Duration = duration.String()
			default:
				return errors.New("say how long: --duration 2h or --until 2026-03-02T08:00:00Z")
			}
			if startsAt != "" {
				t, err := parseTime(startsAt)
				if err != nil {
					return fmt.Errorf("--starts-at: %w", err)
				}
				body.StartsAt = &t
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			s, err := c.AddSilence(cmd.Context(), body)
			if err != nil {
				return fmt.Errorf("add silence: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Silence %s is %s: %s from %s until %s (by %s)\n", s.ID, s.State, s.Matchers,
				s.StartsAt.Format(time.RFC3339), s.EndsAt.Format(time.RFC3339), s.CreatedBy)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&comment, "comment", "", "why the silence exists (required)")
	cmd.Flags().DurationVar(&duration, "duration", 0, "how long the silence lasts, e.g. 2h")
	cmd.Flags().StringVar(&until, "until", "", "when the silence ends (RFC 3339, e.g. 2026-03-02T08:00:00Z)")
	cmd.Flags().StringVar(&startsAt, "starts-at", "", "when the silence starts (RFC 3339; default now)")
	return cmd
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time such as 2026-03-02T08:00:00Z", s)
	}
	return t, nil
}

func silenceListCmd() *cobra.Command {
	var f apiFlags
	var all bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List active and pending silences (--all: expired ones too)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			states := []silence.State{silence.StateActive, silence.StatePending}
			if all {
				states = nil
			}
			ss, err := c.Silences(cmd.Context(), states...)
			if err != nil {
				return fmt.Errorf("list silences: %w", err)
			}
			printSilences(cmd.OutOrStdout(), ss, all)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&all, "all", false, "also list expired silences")
	return cmd
}

func printSilences(out io.Writer, ss []api.SilenceView, all bool) {
	if len(ss) == 0 {
		if all {
			fmt.Fprintln(out, "No silences.")
		} else {
			fmt.Fprintln(out, "No active or pending silences.")
		}
		return
	}
	w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSTATE\tMATCHERS\tSTARTS\tENDS\tCREATED BY\tCOMMENT")
	for _, s := range ss {
		by := s.CreatedBy
		if s.ExpiredBy != "" {
			by += " (expired by " + s.ExpiredBy + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.State, s.Matchers, s.StartsAt.Format(time.RFC3339), s.EndsAt.Format(time.RFC3339), by, s.Comment)
	}
	_ = w.Flush()
}

func silenceExpireCmd() *cobra.Command {
	var f apiFlags
	cmd := &cobra.Command{
		Use:   "expire ID...",
		Short: "End silences now: matching alerts notify again",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			var errs []error
			for _, id := range args {
				s, err := c.ExpireSilence(cmd.Context(), id)
				if err != nil {
					errs = append(errs, fmt.Errorf("expire %s: %w", id, err))
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Silence %s expired at %s by %s\n", s.ID, s.EndsAt.Format(time.RFC3339), s.ExpiredBy)
			}
			return errors.Join(errs...)
		},
	}
	f.register(cmd)
	return cmd
}
