// Package template fills a step's parameters with facts from the incident
// it responds to: "{{incident.attacker}}" becomes the attacker's address,
// "{{alert.labels.token}}" the token the triggering alert named. Playbooks
// are written once per protocol, before anyone knows who will attack it.
//
// Alert fields come from the triggering alert: the incident's alert with
// the highest severity (the most confident among equals, then the first).
package template

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
)

// field reads one named value from the step's input; ok is false when
// the input does not have it (an alert without that label, an incident
// without an attacker).
type field func(in *respond.Input) (value string, ok bool, why string)

var fields = map[string]field{
	"incident.id":       incidentField(func(i *incident.Incident) string { return i.ID }),
	"incident.title":    incidentField(func(i *incident.Incident) string { return i.Title }),
	"incident.severity": incidentField(func(i *incident.Incident) string { return i.Severity.String() }),
	"incident.monitor":  incidentField(func(i *incident.Incident) string { return i.Monitor }),
	"incident.chain":    incidentField(func(i *incident.Incident) string { return i.Chain }),
	"incident.attacker": func(in *respond.Input) (string, bool, string) {
		if in == nil || in.Incident == nil {
			return "", false, "no incident was given to the step"
		}
		if in.Incident.Attacker == (common.Address{}) {
			return "", false, "the incident has no attacker address"
		}
		return in.Incident.Attacker.Hex(), true, ""
	},
	"alert.from":     alertField(func(a *alert.Alert) string { return nonZeroAddr(a.From) }),
	"alert.tx":       alertField(func(a *alert.Alert) string { return nonZeroHash(a.TxHash) }),
	"alert.token":    alertField(func(a *alert.Alert) string { return nonZeroAddr(a.Token) }),
	"alert.to":       alertField(func(a *alert.Alert) string { return firstLabel(a, "to", "receiver") }),
	"alert.contract": alertField(func(a *alert.Alert) string { return firstLabel(a, "contract", "target") }),
	"alert.block":    alertField(func(a *alert.Alert) string { return fmt.Sprint(a.BlockNumber) }),
	"alert.title":    alertField(func(a *alert.Alert) string { return a.Title }),
	"alert.detector": alertField(func(a *alert.Alert) string { return a.Detector }),
	"alert.severity": alertField(func(a *alert.Alert) string { return a.Severity.String() }),
	"alert.value": alertField(func(a *alert.Alert) string {
		if a.Value == nil {
			return ""
		}
		return a.Value.String()
	}),
}

const labelPrefix = "alert.labels."

// Names lists the fields a template may use, for error messages and docs.
func Names() []string {
	out := make([]string, 0, len(fields)+1)
	for k := range fields {
		out = append(out, k)
	}
	out = append(out, labelPrefix+"NAME")
	slices.Sort(out)
	return out
}

// Has reports whether s contains a placeholder.
func Has(s string) bool { return strings.Contains(s, "{{") }

// Check validates the placeholders of s without an input: it is what
// check-config runs, so a typo fails before an incident needs the step.
func Check(s string) error {
	_, err := expand(s, func(name string) (string, error) {
		if _, ok := lookup(name); !ok {
			return "", unknownField(name)
		}
		return "", nil
	})
	return err
}

// Expand replaces every placeholder in s with its value from in; a value
// the input lacks is an error naming the placeholder and why.
func Expand(s string, in *respond.Input) (string, error) {
	return expand(s, func(name string) (string, error) {
		f, ok := lookup(name)
		if !ok {
			return "", unknownField(name)
		}
		v, ok, why := f(in)
		if !ok {
			return "", fmt.Errorf("{{%s}}: %s", name, why)
		}
		return v, nil
	})
}

// Triggering returns the alert the step acts on: the highest severity,
// then the highest confidence, then the first given. Nil if there are none.
func Triggering(alerts []alert.Alert) *alert.Alert {
	var best *alert.Alert
	for i := range alerts {
		a := &alerts[i]
		if best == nil || a.Severity > best.Severity || a.Severity == best.Severity && a.Confidence > best.Confidence {
			best = a
		}
	}
	return best
}

func expand(s string, value func(name string) (string, error)) (string, error) {
	var out strings.Builder
	rest := s
	for {
		open := strings.Index(rest, "{{")
		if open < 0 {
			if strings.Contains(rest, "}}") {
				return "", fmt.Errorf("%q: \"}}\" without \"{{\"", s)
			}
			out.WriteString(rest)
			return out.String(), nil
		}
		end := strings.Index(rest[open:], "}}")
		if end < 0 {
			return "", fmt.Errorf("%q: \"{{\" is not closed by \"}}\"", s)
		}
		name := strings.TrimSpace(rest[open+2 : open+end])
		v, err := value(name)
		if err != nil {
			return "", err
		}
		out.WriteString(rest[:open])
		out.WriteString(v)
		rest = rest[open+end+2:]
	}
}

func lookup(name string) (field, bool) {
	if f, ok := fields[name]; ok {
		return f, true
	}
	label, ok := strings.CutPrefix(name, labelPrefix)
	if !ok || label == "" {
		return nil, false
	}
	return alertField(func(a *alert.Alert) string { return a.Labels[label] }), true
}

func unknownField(name string) error {
	return fmt.Errorf("{{%s}}: unknown field (known: %s)", name, strings.Join(Names(), ", "))
}

func incidentField(get func(*incident.Incident) string) field {
	return func(in *respond.Input) (string, bool, string) {
		if in == nil || in.Incident == nil {
			return "", false, "no incident was given to the step"
		}
		if v := get(in.Incident); v != "" {
			return v, true, ""
		}
		return "", false, "the incident has no value for it"
	}
}

// alertField reads the triggering alert; an empty result means the alert
// does not carry the field.
func alertField(get func(*alert.Alert) string) field {
	return func(in *respond.Input) (string, bool, string) {
		if in == nil {
			return "", false, "no alerts were given to the step"
		}
		a := Triggering(in.Alerts)
		if a == nil {
			return "", false, "no alerts were given to the step"
		}
		if v := get(a); v != "" {
			return v, true, ""
		}
		return "", false, fmt.Sprintf("the triggering alert (%s, %s) does not carry it", a.Detector, a.Title)
	}
}

func firstLabel(a *alert.Alert, names ...string) string {
	for _, n := range names {
		if v := a.Labels[n]; v != "" {
			return v
		}
	}
	return ""
}

func nonZeroAddr(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

func nonZeroHash(h common.Hash) string {
	if h == (common.Hash{}) {
		return ""
	}
	return h.Hex()
}
