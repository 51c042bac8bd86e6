// Package report writes an incident out for people and machines: the
// incident with its alerts, timeline and response steps as JSON, the same
// as a Markdown report, status update drafts (internal and public) and a
// postmortem skeleton. Forensics (call trees, fund flow, loss attribution)
// will extend the skeleton into a full postmortem.
package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
)

// Source is what a report reads.
type Source interface {
	Incident(ctx context.Context, id string) (*incident.Incident, error)
	IncidentAlerts(ctx context.Context, id string) ([]alert.Alert, error)
	Timeline(ctx context.Context, id string) ([]incident.Entry, error)
	Steps(ctx context.Context, incidentID string) ([]respond.StepRecord, error)
}

// Incident is everything known about one incident.
type Incident struct {
	Incident *incident.Incident   `json:"incident"`
	Alerts   []alert.Alert        `json:"alerts"`
	Steps    []respond.StepRecord `json:"response_steps"`
	Timeline []incident.Entry     `json:"timeline"`
	// TimelineIntact is the result of checking the timeline's hash chain
	// (and its recorded head, when the source keeps one).
	TimelineIntact bool   `json:"timeline_intact"`
	TimelineError  string `json:"timeline_error,omitempty"`
	// TimelineHead is the last entry's hash: kept elsewhere, it shows a
	// later rewrite of the whole chain.
	TimelineHead string `json:"timeline_head,omitempty"`
}

// Load reads an incident and everything attached to it.
func Load(ctx context.Context, src Source, id string) (*Incident, error) {
	inc, err := src.Incident(ctx, id)
	if err != nil {
		return nil, err
	}
	out := &Incident{Incident: inc}
	if out.Alerts, err = src.IncidentAlerts(ctx, id); err != nil {
		return nil, fmt.Errorf("alerts of %s: %w", id, err)
	}
	if out.Timeline, err = src.Timeline(ctx, id); err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", id, err)
	}
	if out.Steps, err = src.Steps(ctx, id); err != nil {
		return nil, fmt.Errorf("response steps of %s: %w", id, err)
	}
	var head *incident.Head
	if hr, ok := src.(incident.HeadReader); ok {
		h, found, err := hr.TimelineHead(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("timeline head of %s: %w", id, err)
		}
		if found {
			head = &h
		}
	}
	if err := incident.VerifyChain(out.Timeline, head); err != nil {
		out.TimelineError = err.Error()
	} else {
		out.TimelineIntact = true
	}
	if n := len(out.Timeline); n > 0 {
		out.TimelineHead = out.Timeline[n-1].Hash
	}
	return out, nil
}

// WriteJSON writes v, indented, to path.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// Markdown writes the incident as a Markdown section.
func Markdown(w io.Writer, r *Incident) error {
	inc := r.Incident
	var b strings.Builder
	fmt.Fprintf(&b, "## Incident %s: %s\n\n", inc.ID, inc.Title)
	fmt.Fprintf(&b, "| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Monitor | %s (chain %s) |\n", inc.Monitor, inc.Chain)
	fmt.Fprintf(&b, "| Suspected attacker | `%s` |\n", inc.Attacker.Hex())
	fmt.Fprintf(&b, "| Severity | %s |\n", inc.Severity)
	fmt.Fprintf(&b, "| Level | %s |\n", levelText(inc))
	fmt.Fprintf(&b, "| Status | %s |\n", inc.Status)
	fmt.Fprintf(&b, "| Blocks | %d - %d |\n", inc.FirstBlock, inc.LastBlock)
	fmt.Fprintf(&b, "| Alerts | %d (detectors: %s) |\n", inc.AlertCount, strings.Join(inc.Detectors, ", "))
	intact := "intact (hash chain verified)"
	if !r.TimelineIntact {
		intact = "BROKEN: " + r.TimelineError
	}
	fmt.Fprintf(&b, "| Timeline | %d entries, %s |\n\n", len(r.Timeline), intact)

	fmt.Fprintf(&b, "### Alerts\n\n")
	for _, a := range r.Alerts {
		fmt.Fprintf(&b, "- **[%s] %s** (detector `%s`, confidence %.2f, block %d, tx `%s`)\n", a.Severity, a.Title, a.Detector, a.Confidence, a.BlockNumber, a.TxHash.Hex())
		for _, e := range a.Evidence {
			fmt.Fprintf(&b, "  - %s: %s\n", e.Name, e.Value)
		}
	}
	fmt.Fprintf(&b, "\n### Response\n\n")
	if len(r.Steps) == 0 {
		fmt.Fprintf(&b, "No playbook step ran.\n")
	}
	for _, s := range r.Steps {
		line := fmt.Sprintf("- playbook `%s` step %d `%s`: **%s**", s.Playbook, s.Step, s.Kind, s.State)
		if s.TxHash != ([32]byte{}) {
			line += fmt.Sprintf(", tx `%s` in block %d", s.TxHash.Hex(), s.Block)
		}
		if s.Error != "" {
			line += ", error: " + s.Error
		}
		fmt.Fprintln(&b, line)
	}
	fmt.Fprintf(&b, "\n### Timeline\n\n| # | time (UTC) | actor | what |\n|---|---|---|---|\n")
	for _, e := range r.Timeline {
		fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", e.Seq, e.At.Format("15:04:05.000"), e.Actor, strings.ReplaceAll(e.Message, "|", "\\|"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
