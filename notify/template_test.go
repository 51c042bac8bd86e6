package notify_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
)

func TestDefaultTemplatesSayWhatWhereHowMuchAndWhatWasDone(t *testing.T) {
	m := notify.ExampleMessage()
	m.Note = "Level 2: nobody acknowledged within 5m"
	rd := notifytest.Render(t, m)
	if rd.Title != "CRITICAL · New incident: "+m.Incident.Title {
		t.Errorf("title %q", rd.Title)
	}
	for _, want := range []string{
		"Level 2: nobody acknowledged within 5m",
		"What: " + m.Incident.Title,
		"Where: lending on mainnet, blocks 100–100",
		"Suspected attacker: " + m.Incident.Attacker.Hex(),
		"At risk: 420 ETH",
		"• [critical] large_outflow: Large outflow", "(tx 0x5e1f…00aa)",
		"Warden already did:\n• Paused LendingPool",
		"Incident: https://warden.example/incidents/inc-example",
	} {
		if !strings.Contains(rd.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, rd.Text)
		}
	}
	fields := map[string]string{}
	for _, f := range rd.Fields {
		fields[f.Name] = f.Value
	}
	if fields["Severity"] != "critical" || fields["At risk"] != "420 ETH" || fields["Incident"] != "inc-example" || fields["Blocks"] != "100–100" {
		t.Errorf("fields %v", fields)
	}
	if len(rd.Links) != 3 || rd.Links[2].URL != "https://etherscan.io/tx/"+m.Alerts[0].TxHash.Hex() {
		t.Errorf("links %+v", rd.Links)
	}
}

func TestTopAlertsAndEventLabels(t *testing.T) {
	m := notify.ExampleMessage()
	m.Alerts = nil
	for i := range 8 {
		m.Alerts = append(m.Alerts, alert.Alert{Detector: "d", Title: strings.Repeat("x", i+1), Severity: alert.Severity(1 + i%5), Confidence: 0.5})
	}
	m.Alerts = append(m.Alerts, alert.Alert{Detector: "gone", Title: "retracted", Severity: alert.SeverityCritical, Status: alert.StatusRetracted})
	m.Incident.AlertCount = 20
	m.Event = notify.EventTrigger
	r, _ := notify.NewRenderer(notify.TemplateSource{}, notify.Links{})
	data := r.Data(m)
	if len(data.Alerts) != notify.MaxAlertsShown || data.MoreAlerts != 3 || data.Alerts[0].Severity != alert.SeverityCritical {
		t.Errorf("top alerts %d, more %d, first %s", len(data.Alerts), data.MoreAlerts, data.Alerts[0].Severity)
	}
	for _, a := range data.Alerts {
		if a.Status == alert.StatusRetracted {
			t.Error("a retracted alert is shown")
		}
	}
	if data.EventLabel != "New alerts" || data.IncidentURL != "" {
		t.Errorf("label %q url %q", data.EventLabel, data.IncidentURL)
	}
	rd, _ := r.Render(m)
	if !strings.Contains(rd.Text, "…and 3 more") {
		t.Errorf("text:\n%s", rd.Text)
	}
	m.Event = notify.EventResolve
	if rd, _ := r.Render(m); !strings.Contains(rd.Title, "Resolved") {
		t.Errorf("resolve title %q", rd.Title)
	}
}

func TestValueAtRiskCountsEachTransactionOnce(t *testing.T) {
	eth := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	tx1, tx2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	usdc := common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
	alerts := []alert.Alert{
		{TxHash: tx1, Value: eth(10)},                // large_outflow
		{TxHash: tx1, Value: eth(9)},                 // another detector, same drain
		{TxHash: tx2, Value: eth(5)},                 // a second drain
		{TxHash: tx2, Value: eth(1000), Token: usdc}, // a token
		{TxHash: tx2, Value: eth(99), Status: alert.StatusRetracted},
		{Labels: map[string]string{notify.ValueAtRiskUSDLabel: "1234567.8"}},
	}
	got := strings.Join(notify.ValueAtRisk(alerts), " | ")
	want := "1,000 × 10^18 units of token 0xA0b8…eB48 | 15 ETH | ≈ $1,234,568"
	if got != want {
		t.Errorf("value at risk %q, want %q", got, want)
	}
	if s := notify.FormatUnits(big.NewInt(1_234_567_800_000_000_000), 18); s != "1.2345" {
		t.Errorf("FormatUnits %q", s)
	}
	v, _ := new(big.Int).SetString("1234567800000000000000", 10)
	if s := notify.FormatUnits(v, 18); s != "1,234.5678" {
		t.Errorf("FormatUnits %q", s)
	}
}

func TestCustomTemplatesAreCheckedAgainstTheData(t *testing.T) {
	for name, tc := range map[string]struct {
		src  notify.TemplateSource
		want string
	}{
		"syntax":           {notify.TemplateSource{Text: "{{if .Note}}unclosed"}, "text template"},
		"unknown function": {notify.TemplateSource{Title: "{{shout .Incident.Title}}"}, `function "shout" not defined`},
		"unknown field":    {notify.TemplateSource{Text: "{{.Incident.Titel}}"}, "Titel"},
		"html":             {notify.TemplateSource{HTML: "<p>{{.Nope}}</p>"}, "html template"},
	} {
		err := notify.CheckTemplates(tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error mentioning %q", name, err, tc.want)
		}
	}
	src := notify.TemplateSource{
		Title: `{{upper .Incident.Monitor}} {{.EventLabel}}`,
		Text:  `{{range .Alerts}}{{short .TxHash}} {{truncate 5 .Title}} {{with $.TxURL .TxHash}}{{.}}{{end}}{{end}} {{utc .At}}`,
	}
	r, err := notify.NewRenderer(src, notifytest.Links)
	if err != nil {
		t.Fatal(err)
	}
	rd, err := r.Render(notify.ExampleMessage())
	if err != nil {
		t.Fatal(err)
	}
	if rd.Title != "LENDING New incident" || !strings.Contains(rd.Text, "0x5e1f…00aa Larg… https://etherscan.io/tx/0x5e1f") || !strings.HasSuffix(rd.Text, "2025-03-01 12:00:00 UTC") {
		t.Errorf("custom render: %q / %q", rd.Title, rd.Text)
	}
}
