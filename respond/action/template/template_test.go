package template_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/template"
)

func input() *respond.Input {
	attacker := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	return &respond.Input{
		Incident: &incident.Incident{ID: "inc-1", Title: "Flash loan", Monitor: "pool", Chain: "mainnet", Attacker: attacker, Severity: alert.SeverityCritical},
		Alerts: []alert.Alert{
			{Detector: "large_outflow", Severity: alert.SeverityHigh, Confidence: 0.99, From: common.HexToAddress("0x01"), Labels: map[string]string{"receiver": "low"}},
			{Detector: "flash_loan", Severity: alert.SeverityCritical, Confidence: 0.6, From: common.HexToAddress("0x02"), Title: "first critical",
				TxHash: common.HexToHash("0xabc"), BlockNumber: 7, Value: big.NewInt(42), Token: common.HexToAddress("0x03"),
				Labels: map[string]string{"receiver": "0x00000000000000000000000000000000000000bb", "contract": "0x00000000000000000000000000000000000000cc", "pair": "p"}},
			{Detector: "price", Severity: alert.SeverityCritical, Confidence: 0.6, From: common.HexToAddress("0x04"), Title: "second critical"},
		},
	}
}

func TestExpand(t *testing.T) {
	in := input()
	cases := map[string]string{
		"{{incident.attacker}}":                                              in.Incident.Attacker.Hex(),
		"{{ incident.id }}/{{incident.chain}}":                               "inc-1/mainnet",
		"[{{incident.severity}}] {{incident.title}} on {{incident.monitor}}": "[critical] Flash loan on pool",
		// The triggering alert is the first of the most severe and confident.
		"{{alert.from}}":         common.HexToAddress("0x02").Hex(),
		"{{alert.tx}}":           common.HexToHash("0xabc").Hex(),
		"{{alert.to}}":           "0x00000000000000000000000000000000000000bb",
		"{{alert.contract}}":     "0x00000000000000000000000000000000000000cc",
		"{{alert.token}}":        common.HexToAddress("0x03").Hex(),
		"{{alert.block}}":        "7",
		"{{alert.value}}":        "42",
		"{{alert.title}}":        "first critical",
		"{{alert.labels.pair}}":  "p",
		"no placeholders at all": "no placeholders at all",
	}
	for src, want := range cases {
		got, err := template.Expand(src, in)
		if err != nil || got != want {
			t.Errorf("Expand(%q) = %q, %v; want %q", src, got, err, want)
		}
	}
}

func TestExpandErrorsNameThePlaceholder(t *testing.T) {
	in := input()
	noAttacker := input()
	noAttacker.Incident.Attacker = common.Address{}
	cases := []struct {
		src  string
		in   *respond.Input
		want string
	}{
		{"{{incident.attacker}}", noAttacker, "{{incident.attacker}}: the incident has no attacker address"},
		{"{{alert.labels.missing}}", in, "{{alert.labels.missing}}: the triggering alert (flash_loan, first critical) does not carry it"},
		{"{{alert.from}}", &respond.Input{Incident: in.Incident}, "{{alert.from}}: no alerts were given to the step"},
		{"{{incident.id}}", nil, "no incident was given"},
		{"{{incident.nope}}", in, "{{incident.nope}}: unknown field (known: alert.block"},
		{"{{alert.labels.}}", in, "unknown field"},
		{"{{incident.id", in, `"{{" is not closed`},
		{"incident.id}}", in, `"}}" without "{{"`},
	}
	for _, tc := range cases {
		_, err := template.Expand(tc.src, tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Expand(%q): %v, want it to contain %q", tc.src, err, tc.want)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, ok := range []string{"{{incident.attacker}}", "x {{alert.labels.anything}} y", "plain"} {
		if err := template.Check(ok); err != nil {
			t.Errorf("Check(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"{{incident.atacker}}", "{{alert.from", "{{}}"} {
		if err := template.Check(bad); err == nil {
			t.Errorf("Check(%q) passed", bad)
		}
	}
}
