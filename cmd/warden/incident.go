package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/report"
	"github.com/warden-dev/warden/store/sqlite"
)

// incidentCmd groups the incident commands. They talk to a running
// Warden's API as the token's user; verify and postmortem also work on a
// store file directly (--store), for an auditor with a copy of the
// database and no daemon.
func incidentCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "incident",
		Short: "Work an incident: list, show, ack, assign, resolve, close, reopen, note, severity, verify, postmortem, status-update",
	}
	cmd.AddCommand(incidentListCmd(), incidentShowCmd(), incidentAckCmd(), incidentAssignCmd(),
		incidentMoveCmd("resolve", "resolved", "Resolve an incident: the attack is over and its effects handled", (*api.Client).Resolve),
		incidentMoveCmd("close", "closed", "Close a resolved incident for good (its commander or an admin)", (*api.Client).CloseIncident),
		incidentMoveCmd("reopen", "reopened", "Reopen a resolved incident: it goes back to investigating", (*api.Client).Reopen),
		incidentNoteCmd(), incidentSeverityCmd(), incidentVerifyCmd(), incidentPostmortemCmd(), incidentStatusUpdateCmd())
	return cmd
}

func utcTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}

func incidentListCmd() *cobra.Command {
	var f apiFlags
	var status string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List incidents, newest first (by default every one not closed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			incs, err := c.Incidents(cmd.Context(), status)
			if err != nil {
				return fmt.Errorf("list incidents: %w", err)
			}
			out := cmd.OutOrStdout()
			if len(incs) == 0 {
				fmt.Fprintln(out, "No incidents.")
				return nil
			}
			w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "INCIDENT\tSEV\tSTATUS\tSEVERITY\tMONITOR\tALERTS\tOPENED (UTC)\tACKNOWLEDGED\tTITLE")
			for _, inc := range incs {
				ack := inc.AcknowledgedBy
				if ack == "" {
					ack = "-"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", inc.ID, inc.SEV, inc.Status, inc.Severity, inc.Monitor, inc.AlertCount, utcTime(inc.OpenedAt), ack, inc.Title)
			}
			return w.Flush()
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&status, "status", "open", "which incidents: open (all but closed), all, or one state (detected, acknowledged, contained, investigating, resolved, closed)")
	return cmd
}

func incidentShowCmd() *cobra.Command {
	var f apiFlags
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show an incident: level, state, people, alerts, response steps and the timeline (UTC)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			r, err := c.Incident(cmd.Context(), args[0])
			if err != nil {
				return fmt.Errorf("show %s: %w", args[0], err)
			}
			printIncident(cmd.OutOrStdout(), r)
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

func printIncident(out io.Writer, r *report.Incident) {
	inc := r.Incident
	fmt.Fprintf(out, "%s: %s\n", inc.ID, inc.Title)
	w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	level := inc.SEV.String()
	if inc.SEVReason != "" {
		level += " (" + inc.SEVReason + ")"
	}
	if o := inc.SEVOverride; o != nil {
		level = fmt.Sprintf("%s, set by %s: %s (the alerts call for %s)", o.Level, o.By, o.Reason, inc.DerivedSEV)
	}
	fmt.Fprintf(w, "  level\t%s\n", level)
	fmt.Fprintf(w, "  status\t%s (next: %s)\n", inc.Status, statusList(inc.Status.Next()))
	fmt.Fprintf(w, "  severity\t%s\n", inc.Severity)
	fmt.Fprintf(w, "  monitor\t%s on %s\n", inc.Monitor, inc.Chain)
	fmt.Fprintf(w, "  attacker\t%s\n", inc.Attacker.Hex())
	fmt.Fprintf(w, "  opened\t%s UTC\n", utcTime(inc.OpenedAt))
	if inc.AcknowledgedBy != "" {
		fmt.Fprintf(w, "  acknowledged\tby %s at %s UTC\n", inc.AcknowledgedBy, utcTime(inc.AcknowledgedAt))
	}
	for _, role := range incident.IncidentRoles() {
		if people := inc.Roles[role]; len(people) > 0 {
			fmt.Fprintf(w, "  %s\t%s\n", role, strings.Join(people, ", "))
		}
	}
	if inc.ValueAtRiskUSD > 0 {
		fmt.Fprintf(w, "  value at risk\t$%s\n", incident.FormatUSD(inc.ValueAtRiskUSD))
	}
	fmt.Fprintf(w, "  blocks\t%d - %d\n", inc.FirstBlock, inc.LastBlock)
	_ = w.Flush()

	fmt.Fprintf(out, "\nAlerts (%d):\n", len(r.Alerts))
	for _, a := range r.Alerts {
		fmt.Fprintf(out, "  [%s] %s (%s, confidence %.2f, block %d, tx %s)\n", a.Severity, a.Title, a.Detector, a.Confidence, a.BlockNumber, a.TxHash.Hex())
	}
	if len(r.Steps) > 0 {
		fmt.Fprintf(out, "\nResponse steps:\n")
		for _, s := range r.Steps {
			fmt.Fprintf(out, "  %s step %d (%s): %s", s.Playbook, s.Step, s.Kind, s.State)
			if s.Error != "" {
				fmt.Fprintf(out, ": %s", s.Error)
			}
			fmt.Fprintln(out)
		}
	}
	fmt.Fprintf(out, "\nTimeline (UTC):\n")
	w = tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	for _, e := range r.Timeline {
		fmt.Fprintf(w, "  %d\t%s\t%s\t%s\t%s\n", e.Seq, utcTime(e.At), e.Actor, e.Kind, e.Message)
	}
	_ = w.Flush()
	if r.TimelineIntact {
		fmt.Fprintf(out, "\nTimeline verified: %d entries, head %s\n", len(r.Timeline), r.TimelineHead)
	} else {
		fmt.Fprintf(out, "\nTIMELINE BROKEN: %s\n", r.TimelineError)
	}
}

func statusList(next []incident.Status) string {
	if len(next) == 0 {
		return "none, closed is final"
	}
	names := make([]string, len(next))
	for i, s := range next {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

func printChange(out io.Writer, inc *incident.Incident, what string) {
	fmt.Fprintf(out, "%s %s: now %s, %s", inc.ID, what, inc.Status, inc.SEV)
	if inc.SEVOverride != nil {
		fmt.Fprintf(out, " (set by %s)", inc.SEVOverride.By)
	}
	if inc.AcknowledgedBy != "" {
		fmt.Fprintf(out, ", acknowledged by %s", inc.AcknowledgedBy)
	}
	fmt.Fprintln(out)
}

func incidentAckCmd() *cobra.Command {
	var f apiFlags
	var reason string
	cmd := &cobra.Command{
		Use:   "ack ID",
		Short: "Acknowledge an incident: you take it on, and paging stops",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			inc, err := c.Acknowledge(cmd.Context(), args[0], reason)
			if err != nil {
				return fmt.Errorf("ack %s: %w", args[0], err)
			}
			printChange(cmd.OutOrStdout(), inc, "acknowledged")
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "optional words for the timeline")
	return cmd
}

// incidentMoveCmd builds resolve, close and reopen: each needs a reason.
func incidentMoveCmd(name, done, short string, do func(c *api.Client, ctx context.Context, id, reason string) (*incident.Incident, error)) *cobra.Command {
	var f apiFlags
	var reason string
	cmd := &cobra.Command{
		Use:   name + " ID --reason TEXT",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(reason) == "" {
				return fmt.Errorf("--reason is required: say why, it goes on the incident's timeline")
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			inc, err := do(c, cmd.Context(), args[0], reason)
			if err != nil {
				return fmt.Errorf("%s %s: %w", name, args[0], err)
			}
			printChange(cmd.OutOrStdout(), inc, done)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "why (required; recorded on the timeline)")
	return cmd
}

func incidentAssignCmd() *cobra.Command {
	var f apiFlags
	var role, from string
	cmd := &cobra.Command{
		Use:   "assign ID PERSON [--role ROLE] [--from PERSON]",
		Short: "Put a person in an incident role (commander by default); --from hands the role over",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			inc, err := c.Assign(cmd.Context(), args[0], api.AssignBody{Role: role, Person: args[1], From: from})
			if err != nil {
				return fmt.Errorf("assign %s on %s: %w", role, args[0], err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s: %s\n", inc.ID, role, strings.Join(inc.Roles[role], ", "))
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&role, "role", incident.RoleCommander, "incident role: "+strings.Join(incident.IncidentRoles(), ", "))
	cmd.Flags().StringVar(&from, "from", "", "hand the role over from this person")
	return cmd
}

func incidentNoteCmd() *cobra.Command {
	var f apiFlags
	cmd := &cobra.Command{
		Use:   "note ID TEXT",
		Short: "Add a note to an incident's timeline",
		Args:  cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			text := strings.Join(args[1:], " ")
			if _, err := c.Note(cmd.Context(), args[0], text); err != nil {
				return fmt.Errorf("note on %s: %w", args[0], err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Noted on %s.\n", args[0])
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

func incidentSeverityCmd() *cobra.Command {
	var f apiFlags
	var reason string
	cmd := &cobra.Command{
		Use:   "severity ID SEV1|SEV2|SEV3|SEV4|auto --reason TEXT",
		Short: "Set an incident's level (sticky: later alerts do not change it); auto follows the alerts again",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !strings.EqualFold(args[1], "auto") {
				if _, err := incident.ParseLevel(args[1]); err != nil {
					return err
				}
			}
			if strings.TrimSpace(reason) == "" {
				return fmt.Errorf("--reason is required: say why, it goes on the incident's timeline")
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			inc, err := c.SetSEV(cmd.Context(), args[0], args[1], reason)
			if err != nil {
				return fmt.Errorf("severity of %s: %w", args[0], err)
			}
			printChange(cmd.OutOrStdout(), inc, "level changed")
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "why (required; recorded on the timeline)")
	return cmd
}

// storeFlag lets a command read a store file instead of asking the API.
type storeFlag struct{ path string }

func (s *storeFlag) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.path, "store", "", "read this store file directly instead of asking a running Warden")
}

// open opens the store file; it must exist (opening would create an empty
// one, and verifying an empty store proves nothing).
func (s *storeFlag) open(ctx context.Context) (*sqlite.Store, error) {
	if _, err := os.Stat(s.path); err != nil {
		return nil, fmt.Errorf("--store: %w", err)
	}
	return sqlite.Open(ctx, s.path)
}

func incidentVerifyCmd() *cobra.Command {
	var f apiFlags
	var sf storeFlag
	cmd := &cobra.Command{
		Use:   "verify ID",
		Short: "Check an incident's hash-chained timeline; exits non-zero naming the first edited, removed or reordered entry",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var v *incident.Verification
			if sf.path != "" {
				st, err := sf.open(cmd.Context())
				if err != nil {
					return err
				}
				defer st.Close()
				if v, err = incident.Verify(cmd.Context(), st, args[0]); err != nil {
					return fmt.Errorf("verify %s: %w", args[0], err)
				}
			} else {
				c, err := f.client()
				if err != nil {
					return err
				}
				if v, err = c.VerifyTimeline(cmd.Context(), args[0]); err != nil {
					return fmt.Errorf("verify %s: %w", args[0], err)
				}
			}
			out := cmd.OutOrStdout()
			if !v.OK {
				fmt.Fprintf(out, "Timeline of %s is BROKEN at entry %d: %s\n", v.IncidentID, v.BrokenSeq, v.Problem)
				return fmt.Errorf("timeline of %s failed verification at entry %d: %s", v.IncidentID, v.BrokenSeq, v.Problem)
			}
			fmt.Fprintf(out, "Timeline of %s is intact: %d entries, hash chain verified", v.IncidentID, v.Entries)
			if v.HeadRecorded {
				fmt.Fprintf(out, ", ends at the head the store recorded")
			}
			fmt.Fprintf(out, ".\nHead hash: %s (keep it elsewhere: a later rewrite of the whole chain changes it)\n", v.HeadHash)
			return nil
		},
	}
	f.register(cmd)
	sf.register(cmd)
	return cmd
}

func incidentPostmortemCmd() *cobra.Command {
	var f apiFlags
	var sf storeFlag
	cmd := &cobra.Command{
		Use:   "postmortem ID > postmortem.md",
		Short: "Write a postmortem skeleton (Markdown) from the incident's timeline, alerts and response",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var md string
			if sf.path != "" {
				st, err := sf.open(cmd.Context())
				if err != nil {
					return err
				}
				defer st.Close()
				r, err := report.Load(cmd.Context(), st, args[0])
				if err != nil {
					return fmt.Errorf("postmortem of %s: %w", args[0], err)
				}
				var b strings.Builder
				if err := report.Postmortem(&b, r, time.Now()); err != nil {
					return err
				}
				md = b.String()
			} else {
				c, err := f.client()
				if err != nil {
					return err
				}
				if md, err = c.Postmortem(cmd.Context(), args[0]); err != nil {
					return fmt.Errorf("postmortem of %s: %w", args[0], err)
				}
			}
			_, err := io.WriteString(cmd.OutOrStdout(), md)
			return err
		},
	}
	f.register(cmd)
	sf.register(cmd)
	return cmd
}

func incidentStatusUpdateCmd() *cobra.Command {
	var f apiFlags
	var public bool
	cmd := &cobra.Command{
		Use:   "status-update ID [--public]",
		Short: "Draft a status update (Markdown): internal by default, --public for users",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			audience := report.Internal
			if public {
				audience = report.Public
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			md, err := c.StatusUpdate(cmd.Context(), args[0], audience)
			if err != nil {
				return fmt.Errorf("status update of %s: %w", args[0], err)
			}
			_, err = io.WriteString(cmd.OutOrStdout(), md)
			return err
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&public, "public", false, "draft for users (no names of people, internal notes or unconfirmed figures)")
	return cmd
}
