package route

import (
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

// Label names every alert carries for matching and grouping. Addresses are
// lower-case hex so that a matcher written with a checksummed address (the
// matcher lower-cases = and != values) and one written in lower case both
// match.
const (
	LabelChain    = "chain"
	LabelMonitor  = "monitor"
	LabelProtocol = "protocol" // the same value as monitor: the word for it
	LabelContract = "contract"
	LabelAttacker = "attacker"
	LabelDetector = "detector"
	LabelKind     = "kind"
	LabelSeverity = "severity"
	LabelIncident = "incident"
	LabelToken    = "token"
)

// KindContained is the kind of the synthetic source alert an incident in
// status contained stands for (see ContainedLabels).
const KindContained = "contained"

// AlertLabels is the label set an alert is matched and grouped by: every
// label the detector set, overlaid with chain, monitor and protocol (the
// monitored protocol), contract (the detector's "contract" label; absent
// when the detector names none, so group_by contract puts such alerts in
// one group with contract=""), attacker (the transaction's sender),
// detector, kind (the "kind" label, else the detector), severity, incident
// (once grouped) and token (when the alert names one).
func AlertLabels(a *alert.Alert) map[string]string {
	out := make(map[string]string, len(a.Labels)+10)
	for k, v := range a.Labels {
		out[k] = v
	}
	out[LabelChain] = a.Chain
	out[LabelMonitor] = a.Monitor
	out[LabelProtocol] = a.Monitor
	out[LabelAttacker] = lowerAddress(a.From)
	out[LabelDetector] = a.Detector
	out[LabelSeverity] = a.Severity.String()
	kind := a.Labels["kind"]
	if kind == "" {
		kind = a.Detector
	}
	out[LabelKind] = kind
	if c := a.Labels["contract"]; c != "" {
		if common.IsHexAddress(c) {
			c = strings.ToLower(common.HexToAddress(c).Hex())
		}
		out[LabelContract] = c
	}
	if a.IncidentID != "" {
		out[LabelIncident] = a.IncidentID
	}
	if a.Token != (common.Address{}) {
		out[LabelToken] = lowerAddress(a.Token)
	}
	return out
}

// ContainedLabels is the synthetic source alert of an incident whose
// containment was verified on chain: kind="contained" with the incident's
// chain, monitor, protocol, attacker, severity and ID. Inhibition rules use
// it to stop paging about a protocol that is already paused.
func ContainedLabels(inc *incident.Incident) map[string]string {
	return map[string]string{
		LabelKind:     KindContained,
		LabelChain:    inc.Chain,
		LabelMonitor:  inc.Monitor,
		LabelProtocol: inc.Monitor,
		LabelAttacker: lowerAddress(inc.Attacker),
		LabelSeverity: inc.Severity.String(),
		LabelIncident: inc.ID,
	}
}

func lowerAddress(a common.Address) string { return strings.ToLower(a.Hex()) }
