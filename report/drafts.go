package report

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

// What status updates and the postmortem read out of an incident: facts
// derived from the alerts and the timeline, shared by every draft.

// utc formats a time the one way drafts show time: UTC with the date, so
// readers in every time zone and a postmortem written days later agree.
func utc(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

func levelText(inc *incident.Incident) string {
	if inc.SEV == incident.LevelUnset {
		return "not assessed"
	}
	s := inc.SEV.String()
	if o := inc.SEVOverride; o != nil {
		return fmt.Sprintf("%s (set by %s: %s; the alerts call for %s)", s, o.By, o.Reason, inc.DerivedSEV)
	}
	if inc.SEVReason != "" {
		s += " (" + inc.SEVReason + ")"
	}
	return s
}

// transitionAt returns the first timeline entry moving the incident to
// status, if any.
func transitionAt(r *Incident, to incident.Status) *incident.Entry {
	for i, e := range r.Timeline {
		if e.Kind != incident.EntryTransition {
			continue
		}
		var d map[string]string
		if json.Unmarshal(e.Data, &d) == nil && d["to"] == string(to) {
			return &r.Timeline[i]
		}
	}
	return nil
}

// firstAlert is the earliest alert by block time.
func firstAlert(r *Incident) *alert.Alert {
	var first *alert.Alert
	for i := range r.Alerts {
		if first == nil || r.Alerts[i].BlockTime.Before(first.BlockTime) {
			first = &r.Alerts[i]
		}
	}
	return first
}

// affectedContracts lists the monitored contracts the alerts name, as the
// detectors wrote them ("LendingPool (0x...)"), falling back to the bare
// address of a "contract" label.
func affectedContracts(alerts []alert.Alert) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && s != "none" && !slices.ContainsFunc(out, func(o string) bool { return o == s || strings.Contains(o, s) }) {
			out = append(out, s)
		}
	}
	for _, a := range alerts {
		named := false
		for _, e := range a.Evidence {
			switch e.Name {
			case "contract":
				add(e.Value)
				named = true
			case "monitored_contracts_touched":
				for _, c := range strings.Split(e.Value, ",") {
					add(c)
				}
				named = true
			}
		}
		if !named {
			add(a.Labels["contract"])
		}
	}
	return out
}

// outflow is value a detector saw leave a monitored contract.
type outflow struct {
	contract, amount, token, tx string
}

func outflows(alerts []alert.Alert) []outflow {
	var out []outflow
	for _, a := range alerts {
		if a.Status == alert.StatusRetracted {
			continue
		}
		o := outflow{tx: a.TxHash.Hex()}
		for _, e := range a.Evidence {
			switch e.Name {
			case "contract":
				o.contract = e.Value
			case "net_outflow":
				o.amount = e.Value
			case "token":
				o.token = e.Value
			}
		}
		if o.amount != "" {
			out = append(out, o)
		}
	}
	return out
}

// kinds lists the alert kinds in first-seen order.
func kinds(alerts []alert.Alert) []string {
	var out []string
	for i := range alerts {
		if k := incident.AlertKind(&alerts[i]); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// hypotheses are the root causes each detector kind points at first. They
// are a starting point for the investigation, not a finding.
var hypotheses = map[string]string{
	"flash_loan":              "Price or accounting manipulation funded by a flash loan: a calculation that trusts a balance or price an attacker can move within one transaction.",
	"price_manipulation":      "Spot-price or oracle manipulation: the protocol read a price from a pool or feed that was pushed in the same transaction or block.",
	"large_outflow":           "Funds drained: the mechanism is in the other signals; check access control and accounting of the function that paid out.",
	"reentrancy":              "Reentrancy: state updated after an external call (checks-effects-interactions violated, or a missing guard across functions).",
	"privileged_change":       "A privileged key was compromised or misused (owner, admin or role change nobody announced), or a governance action was abused.",
	"approval_drain":          "Abuse of token approvals: a contract moving users' tokens through allowances it should not have been able to use.",
	"supply_anomaly":          "Mint or burn outside the expected accounting: an unauthorised mint, or a bug in share or supply calculations.",
	"mixer_funded_deployment": "Preparation: the attacker's contract was funded through a mixer before the attack.",
	"failed_probing":          "Preparation: failed calls probed the protocol before the attack succeeded.",
	"correlated_attack":       "Several independent detectors flagged the same transactions or the same attacker's stages (preparation, exploitation, laundering).",
	"detector_failed":         "A detector could not finish a block: check whether the monitoring itself missed part of the attack.",
}

// actionEntry reports whether an entry is something people (or playbooks)
// did, as opposed to Warden recording alerts.
func actionEntry(e incident.Entry) bool {
	switch e.Kind {
	case incident.EntryOpened, incident.EntryAlert, incident.EntryRetraction:
		return false
	}
	return true
}

// nextUpdate is when a status update promises the next one.
func nextUpdate(inc *incident.Incident, now time.Time) (time.Time, time.Duration) {
	d := incident.NextUpdateIn(inc.SEV)
	return now.Add(d).UTC().Truncate(time.Minute), d
}

// roleLines describes who holds which incident role.
func roleLines(inc *incident.Incident) []string {
	var out []string
	for _, role := range incident.IncidentRoles() {
		if people := inc.Roles[role]; len(people) > 0 {
			out = append(out, fmt.Sprintf("%s: %s", role, strings.Join(people, ", ")))
		}
	}
	return out
}

// mdCell escapes a value for a Markdown table cell.
func mdCell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ")
}
