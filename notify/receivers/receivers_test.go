package receivers_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/receivers"
	"github.com/warden-dev/warden/store/sqlite"
)

const base = `
chains:
  - name: mainnet
    chain_id: 1
    endpoints: [{url: "http://127.0.0.1:8545"}]
`

func parse(t *testing.T, yaml string) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(base + yaml))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(nil); err != nil {
		t.Fatal(err)
	}
	return cfg
}

const allKinds = `
receivers:
  - {name: s, kind: slack, url: "env:T_SLACK_URL"}
  - {name: d, kind: discord, url: "https://discord.example/api/webhooks/1/x"}
  - {name: t, kind: telegram, token: "env:T_TG_TOKEN", chat_id: "-1"}
  - {name: p, kind: pagerduty, routing_key: "env:T_PD_KEY", retry: {max_attempts: 3}, timeout: 2s}
  - {name: o, kind: opsgenie, api_key: "env:T_OG_KEY"}
  - {name: e, kind: email, smtp: {host: localhost, password: "env:T_SMTP_PW", username: w}, from: "w@example.com", to: ["x@example.com"]}
  - {name: w, kind: webhook, url: "https://soar.example/h", secret: "env:T_HOOK_SECRET", headers: {Authorization: "env:T_HOOK_AUTH"}, rate_limit: {per_minute: 0}}
`

func setSecrets(t *testing.T, url string) {
	for k, v := range map[string]string{
		"T_SLACK_URL": url, "T_TG_TOKEN": "tg-token-1", "T_PD_KEY": "pd-key-1", "T_OG_KEY": "og-key-1",
		"T_SMTP_PW": "smtp-pw-1", "T_HOOK_SECRET": "hook-secret-1", "T_HOOK_AUTH": "Bearer hook-auth-1",
	} {
		t.Setenv(k, v)
	}
}

func TestBuildEveryKind(t *testing.T) {
	setSecrets(t, "https://hooks.slack.example/services/T/B/slack-secret-1")
	cfg := parse(t, allKinds)
	dests, err := receivers.Build(cfg.Receivers, receivers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]notify.Destination{}
	for _, d := range dests {
		byName[d.Name] = d
	}
	for name, kind := range map[string]string{"s": "slack", "d": "discord", "t": "telegram", "p": "pagerduty", "o": "opsgenie", "e": "email", "w": "webhook"} {
		d, ok := byName[name]
		if !ok || d.Receiver.Kind() != kind || d.Renderer == nil {
			t.Errorf("%s: %+v", name, d)
		}
	}
	for name, secret := range map[string]string{"s": "slack-secret-1", "t": "tg-token-1", "p": "pd-key-1", "o": "og-key-1", "e": "smtp-pw-1", "w": "hook-auth-1"} {
		if !slices.ContainsFunc(byName[name].Secrets, func(s string) bool { return strings.Contains(s, secret) }) {
			t.Errorf("%s: secret %s not registered for redaction: %v", name, secret, byName[name].Secrets)
		}
	}
	if r := byName["s"].Rate; r.PerMinute != config.DefaultReceiverRates["slack"].PerMinute {
		t.Errorf("slack default rate %+v", r)
	}
	if r := byName["w"].Rate; r.PerMinute != 0 {
		t.Errorf("webhook rate %+v", r)
	}
	if p := byName["p"].Retry; p.MaxAttempts != 3 || p.AttemptTimeout != 2*time.Second {
		t.Errorf("pagerduty retry %+v", p)
	}
}

func TestBuildReportsMissingSecretsWithoutValues(t *testing.T) {
	setSecrets(t, "https://hooks.slack.example/services/T/B/slack-secret-1")
	t.Setenv("T_PD_KEY", "")
	t.Setenv("T_OG_KEY", "")
	cfg := parse(t, allKinds)
	_, err := receivers.Build(cfg.Receivers, receivers.Options{})
	if err == nil {
		t.Fatal("built receivers without their keys")
	}
	for _, want := range []string{`receiver "p": routing_key: environment variable T_PD_KEY is not set`, `receiver "o": api_key:`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	for _, leak := range []string{"slack-secret-1", "tg-token-1", "smtp-pw-1"} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("error shows %s: %v", leak, err)
		}
	}
}

// From the config file to a Slack channel: a configured receiver with a
// custom title and links delivers through the dispatcher.
func TestConfiguredReceiverDeliversThroughTheDispatcher(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Body: "ok"})
	setSecrets(t, srv.URL+"/services/T/B/slack-secret-1")
	cfg := parse(t, `
receivers:
  - name: security
    kind: slack
    url: env:T_SLACK_URL
    templates:
      title: "{{.Severity}} on {{.Incident.Monitor}}"
    links:
      external_url: https://warden.example.com
`)
	dests, err := receivers.Build(cfg.Receivers, receivers.Options{Links: notify.Links{ExternalURL: "https://ignored.example", Explorers: map[string]string{"mainnet": "https://etherscan.io"}}})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "warden.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := notify.NewDispatcher(st, dests, notify.DispatcherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	m.Receiver, m.Key = "security", "inc-example/security/trigger/1"
	if err := d.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()
	req := srv.WaitRequests(t, 1)[0]
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var p struct {
		Text   string `json:"text"`
		Blocks []struct {
			Elements []struct {
				Text string `json:"text"`
			} `json:"elements"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal(req.Body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Text != "CRITICAL on lending" {
		t.Errorf("title %q", p.Text)
	}
	links := p.Blocks[len(p.Blocks)-1].Elements[0].Text
	if !strings.Contains(links, "https://warden.example.com/incidents/inc-example") || !strings.Contains(links, "https://etherscan.io/address/") {
		t.Errorf("links %q", links)
	}
	got, _ := st.Notification(context.Background(), m.Key)
	if got == nil || got.State != notify.StateDelivered {
		t.Errorf("delivery %+v", got)
	}
}
