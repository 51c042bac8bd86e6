package notify

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"math/big"
	"slices"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

// TemplateSource is a receiver's templates as written in the config; an
// empty one takes the default. Title and Text are Go text/template, HTML is
// html/template (used by e-mail); all run over TemplateData.
type TemplateSource struct {
	Title string
	Text  string
	HTML  string
}

// Links is where messages point: Warden's own URL for the incident page
// and a block explorer per chain.
type Links struct {
	// ExternalURL is Warden's base URL as people reach it; the incident is
	// at ExternalURL/incidents/ID. Empty: no incident link.
	ExternalURL string
	// Explorers maps a chain name to its explorer's base URL (Etherscan
	// style: /tx/HASH and /address/ADDR under it).
	Explorers map[string]string
}

// MaxAlertsShown is how many alerts a default message lists; the rest are
// counted ("…and 4 more").
const MaxAlertsShown = 5

// ValueAtRiskUSDLabel is the alert label a detector (or the SEV
// derivation) may set to a dollar estimate of the value at stake.
const ValueAtRiskUSDLabel = "value_at_risk_usd"

// TemplateData is what templates see.
type TemplateData struct {
	Event Event
	// EventLabel is the event in words ("New incident", "Resolved").
	EventLabel string
	// Severity is the incident's severity in capitals (CRITICAL).
	Severity string
	Incident incident.Incident
	// Alerts are the most severe alerts of the message (at most
	// MaxAlertsShown); MoreAlerts counts the rest.
	Alerts     []alert.Alert
	MoreAlerts int
	// AtRisk is the value the alerts say is at stake, one entry per
	// token ("12.5 ETH"), and a dollar estimate when an alert carries one.
	AtRisk []string
	// Actions are what Warden already did.
	Actions []string
	To      []string
	Note    string
	At      time.Time
	// IncidentURL is the incident's page in Warden ("" without
	// external_url).
	IncidentURL string

	explorer string
}

// TxURL is the explorer link for a transaction on the incident's chain
// ("" when no explorer is configured).
func (d TemplateData) TxURL(h common.Hash) string {
	if d.explorer == "" || h == (common.Hash{}) {
		return ""
	}
	return d.explorer + "/tx/" + h.Hex()
}

// AddressURL is the explorer link for an address ("" without explorer).
func (d TemplateData) AddressURL(a common.Address) string {
	if d.explorer == "" || a == (common.Address{}) {
		return ""
	}
	return d.explorer + "/address/" + a.Hex()
}

var eventLabels = map[Event]string{
	EventTrigger:     "New incident",
	EventUpdate:      "Update",
	EventAcknowledge: "Acknowledged",
	EventResolve:     "Resolved",
	EventEscalate:    "Escalation",
}

// Default templates: plain text that reads well in every receiver. The
// receivers add their own structure (fields, colours, links) around it.
const (
	DefaultTitleTemplate = `{{.Severity}} · {{.EventLabel}}: {{.Incident.Title}}`

	DefaultTextTemplate = `{{- with .Note}}{{.}}

{{end -}}
What: {{.Incident.Title}}
Where: {{.Incident.Monitor}} on {{.Incident.Chain}}, blocks {{.Incident.FirstBlock}}–{{.Incident.LastBlock}}
Suspected attacker: {{.Incident.Attacker.Hex}}
{{- if .AtRisk}}
At risk: {{join .AtRisk ", "}}{{end}}
Status: {{.Incident.Status}} · severity {{.Incident.Severity}} · {{.Incident.AlertCount}} alert(s) · {{.Incident.ID}}
{{- if .Alerts}}

Alerts:
{{- range .Alerts}}
• [{{.Severity}}] {{.Detector}}: {{.Title}}{{with short .TxHash}} (tx {{.}}){{end}}
{{- end}}
{{- if .MoreAlerts}}
• …and {{.MoreAlerts}} more{{end}}
{{- end}}
{{- if .Actions}}

Warden already did:
{{- range .Actions}}
• {{.}}
{{- end}}
{{- end}}
{{- if .IncidentURL}}

Incident: {{.IncidentURL}}{{end}}`

	DefaultHTMLTemplate = `<!DOCTYPE html>
<html><body style="font-family: sans-serif">
<h2>{{.Severity}} · {{.EventLabel}}: {{.Incident.Title}}</h2>
{{with .Note}}<p>{{.}}</p>{{end}}
<table cellpadding="4">
<tr><th align="left">Where</th><td>{{.Incident.Monitor}} on {{.Incident.Chain}}, blocks {{.Incident.FirstBlock}}–{{.Incident.LastBlock}}</td></tr>
<tr><th align="left">Suspected attacker</th><td>{{with .AddressURL .Incident.Attacker}}<a href="{{.}}">{{end}}<code>{{.Incident.Attacker.Hex}}</code>{{if .AddressURL .Incident.Attacker}}</a>{{end}}</td></tr>
{{if .AtRisk}}<tr><th align="left">At risk</th><td>{{join .AtRisk ", "}}</td></tr>{{end}}
<tr><th align="left">Status</th><td>{{.Incident.Status}} · severity {{.Incident.Severity}} · {{.Incident.AlertCount}} alert(s) · {{.Incident.ID}}</td></tr>
</table>
{{if .Alerts}}<h3>Alerts</h3><ul>
{{range .Alerts}}<li>[{{.Severity}}] {{.Detector}}: {{.Title}}</li>
{{end}}{{if .MoreAlerts}}<li>…and {{.MoreAlerts}} more</li>{{end}}</ul>{{end}}
{{if .Actions}}<h3>Warden already did</h3><ul>
{{range .Actions}}<li>{{.}}</li>
{{end}}</ul>{{end}}
{{with .IncidentURL}}<p><a href="{{.}}">Open the incident in Warden</a></p>{{end}}
</body></html>`
)

// templateFuncs are the helpers templates may call besides TemplateData's
// methods.
var templateFuncs = map[string]any{
	// short shortens an address, hash or 0x string to 0x1234…abcd; a zero
	// address or hash becomes "".
	"short": short,
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"join":  strings.Join,
	// truncate keeps at most n characters, ending with … when cut.
	"truncate": func(n int, s string) string { return Truncate(s, n) },
	// utc formats a time for people: 2006-01-02 15:04:05 UTC.
	"utc": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
}

// Renderer turns Messages into Rendered text with one receiver's
// templates.
type Renderer struct {
	title, text *texttemplate.Template
	html        *htmltemplate.Template
	links       Links
}

// NewRenderer parses src (defaults where empty) and renders an example
// message with it, so a template that refers to a field that does not exist
// fails here, at startup and in check-config, not at 3 a.m.
func NewRenderer(src TemplateSource, links Links) (*Renderer, error) {
	var errs []error
	r := &Renderer{links: links}
	var err error
	if r.title, err = texttemplate.New("title").Funcs(templateFuncs).Parse(cmp.Or(src.Title, DefaultTitleTemplate)); err != nil {
		errs = append(errs, fmt.Errorf("title template: %w", err))
	}
	if r.text, err = texttemplate.New("text").Funcs(templateFuncs).Parse(cmp.Or(src.Text, DefaultTextTemplate)); err != nil {
		errs = append(errs, fmt.Errorf("text template: %w", err))
	}
	if r.html, err = htmltemplate.New("html").Funcs(templateFuncs).Parse(cmp.Or(src.HTML, DefaultHTMLTemplate)); err != nil {
		errs = append(errs, fmt.Errorf("html template: %w", err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if _, err := r.Render(ExampleMessage()); err != nil {
		return nil, err
	}
	return r, nil
}

// CheckTemplates reports what is wrong with src: syntax, unknown functions,
// fields TemplateData does not have.
func CheckTemplates(src TemplateSource) error {
	_, err := NewRenderer(src, Links{ExternalURL: "https://warden.example"})
	return err
}

// Render runs the templates over m.
func (r *Renderer) Render(m Message) (Rendered, error) {
	data := r.Data(m)
	var out Rendered
	var b bytes.Buffer
	if err := r.title.Execute(&b, data); err != nil {
		return out, fmt.Errorf("title template: %w", err)
	}
	out.Title = Truncate(strings.Join(strings.Fields(b.String()), " "), 250)
	b.Reset()
	if err := r.text.Execute(&b, data); err != nil {
		return out, fmt.Errorf("text template: %w", err)
	}
	out.Text = strings.TrimSpace(b.String())
	b.Reset()
	if err := r.html.Execute(&b, data); err != nil {
		return out, fmt.Errorf("html template: %w", err)
	}
	out.HTML = b.String()
	out.Fields = fields(data)
	out.Links = links(data)
	return out, nil
}

// Data is the template data for m.
func (r *Renderer) Data(m Message) TemplateData {
	inc := m.Incident
	d := TemplateData{
		Event:      m.Event,
		EventLabel: cmp.Or(eventLabels[m.Event], string(m.Event)),
		Severity:   strings.ToUpper(inc.Severity.String()),
		Incident:   inc,
		AtRisk:     ValueAtRisk(m.Alerts),
		Actions:    m.Actions,
		To:         m.To,
		Note:       m.Note,
		At:         m.At,
		explorer:   strings.TrimRight(r.links.Explorers[inc.Chain], "/"),
	}
	if m.Event == EventTrigger && inc.AlertCount > len(m.Alerts) && len(m.Alerts) > 0 {
		d.EventLabel = "New alerts"
	}
	if base := strings.TrimRight(r.links.ExternalURL, "/"); base != "" && inc.ID != "" {
		d.IncidentURL = base + "/incidents/" + inc.ID
	}
	d.Alerts, d.MoreAlerts = topAlerts(m.Alerts, MaxAlertsShown)
	return d
}

// topAlerts keeps the n most severe (then most confident, then earliest)
// alerts.
func topAlerts(all []alert.Alert, n int) ([]alert.Alert, int) {
	live := make([]alert.Alert, 0, len(all))
	for _, a := range all {
		if a.Status != alert.StatusRetracted {
			live = append(live, a)
		}
	}
	slices.SortStableFunc(live, func(a, b alert.Alert) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(b.Confidence, a.Confidence),
			cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.TxIndex, b.TxIndex))
	})
	if len(live) <= n {
		return live, 0
	}
	return live[:n], len(live) - n
}

func fields(d TemplateData) []Field {
	inc := d.Incident
	out := []Field{
		{"Severity", inc.Severity.String()},
		{"Status", string(inc.Status)},
		{"Monitor", inc.Monitor},
		{"Chain", inc.Chain},
		{"Suspected attacker", inc.Attacker.Hex()},
		{"Blocks", fmt.Sprintf("%d–%d", inc.FirstBlock, inc.LastBlock)},
	}
	if len(d.AtRisk) > 0 {
		out = append(out, Field{"At risk", strings.Join(d.AtRisk, ", ")})
	}
	out = append(out, Field{"Alerts", strconv.Itoa(inc.AlertCount)}, Field{"Incident", inc.ID})
	return out
}

func links(d TemplateData) []Link {
	var out []Link
	if d.IncidentURL != "" {
		out = append(out, Link{"Incident in Warden", d.IncidentURL})
	}
	if u := d.AddressURL(d.Incident.Attacker); u != "" {
		out = append(out, Link{"Attacker on explorer", u})
	}
	if len(d.Alerts) > 0 {
		if u := d.TxURL(d.Alerts[0].TxHash); u != "" {
			out = append(out, Link{"Transaction", u})
		}
	}
	return out
}

// ValueAtRisk sums what the alerts put at stake, per token. Several
// detectors often report the same transaction's outflow, so for each
// transaction and token only the largest amount counts; amounts of
// different transactions add up. The native coin (token 0x0) is shown as
// ETH; other tokens in units of 10^18 base units, since the alert does not
// carry the token's decimals. A dollar estimate (label value_at_risk_usd)
// comes last, the largest one seen.
func ValueAtRisk(alerts []alert.Alert) []string {
	type txToken struct {
		tx    common.Hash
		token common.Address
	}
	largest := map[txToken]*big.Int{}
	var usd float64
	for _, a := range alerts {
		if a.Status == alert.StatusRetracted {
			continue
		}
		if v, err := strconv.ParseFloat(a.Labels[ValueAtRiskUSDLabel], 64); err == nil && v > usd {
			usd = v
		}
		if a.Value == nil || a.Value.Sign() <= 0 {
			continue
		}
		k := txToken{a.TxHash, a.Token}
		if cur := largest[k]; cur == nil || a.Value.Cmp(cur) > 0 {
			largest[k] = a.Value
		}
	}
	sums := map[common.Address]*big.Int{}
	for k, v := range largest {
		if sums[k.token] == nil {
			sums[k.token] = new(big.Int)
		}
		sums[k.token].Add(sums[k.token], v)
	}
	tokens := make([]common.Address, 0, len(sums))
	for t := range sums {
		tokens = append(tokens, t)
	}
	slices.SortFunc(tokens, func(a, b common.Address) int { return sums[b].Cmp(sums[a]) })
	var out []string
	for _, t := range tokens {
		if t == (common.Address{}) {
			out = append(out, FormatUnits(sums[t], 18)+" ETH")
		} else {
			out = append(out, FormatUnits(sums[t], 18)+" × 10^18 units of token "+shortHex(t.Hex()))
		}
	}
	if usd > 0 {
		out = append(out, "≈ $"+groupThousands(strconv.FormatFloat(usd, 'f', 0, 64)))
	}
	return out
}

// FormatUnits shows v / 10^decimals with at most four decimals and
// thousands separators: 1234567800000000000000 → "1,234.5678".
func FormatUnits(v *big.Int, decimals int) string {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(v), scale, new(big.Int))
	frac := new(big.Int).Quo(new(big.Int).Mul(r, big.NewInt(10_000)), scale)
	s := groupThousands(q.String())
	if frac.Sign() > 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%04d", frac.Int64()), "0")
	}
	if v.Sign() < 0 {
		s = "-" + s
	}
	return s
}

func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

func short(v any) string {
	switch v := v.(type) {
	case common.Hash:
		if v == (common.Hash{}) {
			return ""
		}
		return shortHex(v.Hex())
	case common.Address:
		if v == (common.Address{}) {
			return ""
		}
		return shortHex(v.Hex())
	case string:
		return shortHex(v)
	}
	return fmt.Sprint(v)
}

// shortHex shortens a 0x hex string to 0x1234…abcd; other strings pass.
func shortHex(s string) string {
	if strings.HasPrefix(s, "0x") && len(s) > 14 {
		return s[:6] + "…" + s[len(s)-4:]
	}
	return s
}

// Truncate keeps at most n characters (runes) of s, ending with … when cut.
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n <= 1 {
		return string(r[:n])
	}
	return string(r[:n-1]) + "…"
}

// ExampleMessage is a realistic message for checking templates and
// previewing them.
func ExampleMessage() Message {
	attacker := common.HexToAddress("0x00000000000000000000000000000000000bad01")
	tx := common.HexToHash("0x5e1f0000000000000000000000000000000000000000000000000000000000aa")
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	value, _ := new(big.Int).SetString("420000000000000000000", 10)
	alerts := []alert.Alert{{
		Detector: "large_outflow", Monitor: "lending", Chain: "mainnet", BlockNumber: 100, TxHash: tx, From: attacker,
		Severity: alert.SeverityCritical, Confidence: 0.9, Title: "Large outflow from LendingPool: 87.5% of its ETH balance left in one transaction",
		Labels: map[string]string{"contract": "0x0000000000000000000000000000000000001000", "pattern": "drain"},
		Value:  value, Status: alert.StatusProvisional, BlockTime: at,
	}, {
		Detector: "flash_loan", Monitor: "lending", Chain: "mainnet", BlockNumber: 100, TxHash: tx, From: attacker,
		Severity: alert.SeverityHigh, Confidence: 0.8, Title: "Flash loan touching monitored contracts", Status: alert.StatusProvisional, BlockTime: at,
	}}
	return Message{
		Key: "inc-example/receiver/trigger/1", Receiver: "receiver", Event: EventTrigger,
		Incident: incident.Incident{
			ID: "inc-example", Monitor: "lending", Chain: "mainnet", Attacker: attacker,
			Title: alerts[0].Title, Severity: alert.SeverityCritical, Status: incident.StatusDetected,
			OpenedAt: at, UpdatedAt: at, FirstBlock: 100, LastBlock: 100, FirstAlertTime: at, LastAlertTime: at,
			AlertCount: 2, Detectors: []string{"large_outflow", "flash_loan"},
		},
		Alerts:  alerts,
		Actions: []string{"Paused LendingPool (tx 0x7a…, verified paused)"},
		At:      at,
	}
}
