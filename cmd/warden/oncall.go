package main

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/oncall"
)

func oncallCmd() *cobra.Command {
	var path, at, only string
	cmd := &cobra.Command{
		Use:   "oncall",
		Short: "Show who is on call now and next in each schedule (from the configuration; no daemon needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			when := time.Now()
			if at != "" {
				t, err := parseAt(at)
				if err != nil {
					return err
				}
				when = t
			}
			cfg, err := app.LoadConfig(path)
			if err != nil {
				return err
			}
			schedules := cfg.Schedules
			if only != "" {
				s, ok := cfg.Schedule(only)
				if !ok {
					return fmt.Errorf("--schedule %q is not in %s (schedules: %s)", only, path, scheduleNames(cfg))
				}
				schedules = []config.Schedule{*s}
			}
			if len(schedules) == 0 {
				return fmt.Errorf("%s has no on-call schedules (add them under oncall:, see docs/oncall.md)", path)
			}
			return printOnCall(cmd.OutOrStdout(), schedules, when)
		},
	}
	cmd.Flags().StringVarP(&path, "config", "c", "warden.yaml", "configuration file")
	cmd.Flags().StringVar(&at, "at", "", `instant to ask about instead of now: RFC 3339 or "2006-01-02 15:04" in the local time zone`)
	cmd.Flags().StringVar(&only, "schedule", "", "show only this schedule")
	return cmd
}

func parseAt(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New(`--at: want RFC 3339 (2026-03-30T09:00:00+02:00) or "2006-01-02 15:04" (local time)`)
}

func scheduleNames(cfg *config.Config) string {
	names := ""
	for i, s := range cfg.Schedules {
		if i > 0 {
			names += ", "
		}
		names += s.Name
	}
	if names == "" {
		return "none"
	}
	return names
}

func printOnCall(out io.Writer, schedules []config.Schedule, when time.Time) error {
	w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "SCHEDULE\tWHEN\tWHO\tFROM\tUNTIL\tBECAUSE")
	for i := range schedules {
		s, err := oncall.FromConfig(&schedules[i])
		if err != nil {
			return err
		}
		show := func(label string, sh oncall.Shift, ok bool) {
			if !ok {
				fmt.Fprintf(w, "%s\t%s\tnobody\t\t\t\n", s.Name, label)
				return
			}
			because := "layer " + sh.Layer
			if sh.Override {
				because = "override"
				if sh.Reason != "" {
					because += ": " + sh.Reason
				}
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Name, label, sh.Person, shiftTime(sh.Start, s.Location, "(over a year)"), shiftTime(sh.End, s.Location, "(no handoff within a year)"), because)
		}
		now, ok := s.WhoIsOn(when)
		show("now", now, ok)
		next, ok := s.Next(when)
		show("next", next, ok)
	}
	return w.Flush()
}

func shiftTime(t time.Time, loc *time.Location, zero string) string {
	if t.IsZero() {
		return zero
	}
	return t.In(loc).Format("Mon 2006-01-02 15:04 MST")
}
