package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/config"
)

const receivers = `
receivers:
  - name: security-slack
    kind: slack
    url: env:SLACK_WEBHOOK_URL
    links:
      external_url: https://warden.example.com
      explorers: {dev: "https://explorer.dev.example"}
  - name: discord-ops
    kind: discord
    url: https://discord.com/api/webhooks/1/abc
    rate_limit: {per_minute: 10, burst: 2}
  - name: telegram-oncall
    kind: telegram
    token: env:TELEGRAM_BOT_TOKEN
    chat_id: "-1001234567890"
  - name: pagerduty
    kind: pagerduty
    routing_key: file:/run/secrets/pd_routing_key
    retry: {max_attempts: 20, max_age: 2h, initial_backoff: 1s, max_backoff: 1m}
  - name: opsgenie
    kind: opsgenie
    api_key: env:OPSGENIE_KEY
    api_url: https://api.eu.opsgenie.com
    tags: [defi]
  - name: security-mail
    kind: email
    smtp: {host: smtp.example.com, port: 587, username: warden, password: env:SMTP_PASSWORD}
    from: Warden <warden@example.com>
    to: [security@example.com]
    templates:
      text_file: mail.tmpl
      html: "<p>{{.Incident.Title}}</p>"
  - name: soar
    kind: webhook
    url: https://soar.example.com/hooks/warden
    secret: env:SOAR_SECRET
    headers: {Authorization: env:SOAR_TOKEN}
    timeout: 5s
    templates:
      title: "{{.Severity}} {{.Incident.Monitor}}"
route:
  receiver: security-slack
  routes:
    - receiver: pagerduty
      matchers: ['severity="critical"']
`

func loadFrom(t *testing.T, yaml string, files map[string]string) (*config.Config, error) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return config.Load(path, plugins())
}

func TestReceiversConfig(t *testing.T) {
	cfg, err := loadFrom(t, valid+receivers, map[string]string{"mail.tmpl": "{{.Incident.Title}} at {{.Incident.Monitor}}"})
	if err != nil {
		t.Fatalf("valid receivers rejected: %v", err)
	}
	if len(cfg.Receivers) != 7 {
		t.Fatalf("%d receivers", len(cfg.Receivers))
	}
	mail, ok := cfg.Receiver("security-mail")
	if !ok || mail.SMTP.Host != "smtp.example.com" || mail.ResolvedTemplates.Text != "{{.Incident.Title}} at {{.Incident.Monitor}}" || mail.ResolvedTemplates.HTML == "" {
		t.Fatalf("email receiver %+v", mail)
	}
	if r := mail.Rate(); r != config.DefaultReceiverRates[config.ReceiverEmail] || r.PerMinute == 0 {
		t.Errorf("email default rate %+v", r)
	}
	discord, _ := cfg.Receiver("discord-ops")
	if r := discord.Rate(); r.PerMinute != 10 || r.Burst != 2 {
		t.Errorf("configured rate %+v", r)
	}
	pd, _ := cfg.Receiver("pagerduty")
	if pd.Retry.MaxAttempts != 20 || pd.Retry.MaxAge != 2*time.Hour || pd.Retry.MaxBackoff != time.Minute {
		t.Errorf("retry %+v", pd.Retry)
	}
	slack, _ := cfg.Receiver("security-slack")
	t.Setenv("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/xyz")
	if u, err := slack.ResolveURL(); err != nil || u != "https://hooks.slack.com/services/T0/B0/xyz" {
		t.Errorf("ResolveURL %q %v", u, err)
	}
	if u, _ := discord.ResolveURL(); u != "https://discord.com/api/webhooks/1/abc" {
		t.Errorf("literal URL %q", u)
	}
	if slack.Links.Explorers["dev"] != "https://explorer.dev.example" {
		t.Errorf("links %+v", slack.Links)
	}
	if _, ok := cfg.Receiver("nobody"); ok {
		t.Error("found an undefined receiver")
	}
}

func TestReceiverMistakes(t *testing.T) {
	bad := `
receivers:
  - name: a
    kind: sms
  - name: slack
    kind: slack
    url: ftp://hooks.slack.com/services/T0/B0/SECRETPATH
    routing_key: env:PD
  - name: slack
    kind: webhook
    url: https://soar.example.com/x
    secret: plaintext-secret
  - name: mail
    kind: email
    smtp: {port: 70000, starttls: sometimes, username: u}
    from: nobody
    templates:
      text: "{{.Incident.Titel}}"
      text_file: missing.tmpl
  - name: pd
    kind: pagerduty
    rate_limit: {per_minute: -1}
    retry: {initial_backoff: 1m, max_backoff: 1s}
    templates:
      html: "<p></p>"
      title: "{{shout .Incident.Title}}"
    links:
      external_url: warden.example.com
      explorers: {nochain: "https://etherscan.io"}
  - kind: telegram
    token: env:TG
route:
  receiver: pd
  routes:
    - receiver: ghost
      matchers: ['severity="critical"']
`
	_, err := loadFrom(t, valid+bad, nil)
	if err == nil {
		t.Fatal("mistakes accepted")
	}
	msg := err.Error()
	for _, want := range []string{
		`receivers[0].kind: "sms" is not a receiver kind`,
		`receivers[1].url: ftp://hooks.slack.com/…: want an http or https URL`,
		`receivers[1].routing_key: is not used by slack receivers`,
		`receivers[2].name: "slack" is defined twice`,
		`receivers[2].secret: must be a secret reference`,
		`receivers[3].smtp.host: is required`,
		`receivers[3].smtp.port: 70000 is not a port`,
		`receivers[3].smtp.starttls: "sometimes"`,
		`receivers[3].smtp: set both username and password`,
		`receivers[3].from: "nobody" is not an e-mail address`,
		`receivers[3].templates.text: set either text or text_file, not both`,
		`receivers[3].templates.text_file:`,
		`receivers[4].rate_limit.per_minute: must not be negative`,
		`receivers[4].retry.max_backoff: must be at least initial_backoff`,
		`receivers[4].templates.html: is only used by email receivers`,
		`function "shout" not defined`,
		`receivers[4].links.external_url:`,
		`receivers[4].links.explorers.nochain: "nochain" is not defined in chains`,
		`receivers[5].name: is required`,
		`route: receiver "ghost" is not defined in receivers`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in:\n%s", want, msg)
		}
	}
	for _, leak := range []string{"SECRETPATH", "plaintext-secret"} {
		if strings.Contains(msg, leak) {
			t.Errorf("error shows %q:\n%s", leak, msg)
		}
	}
	if strings.Contains(msg, `receiver "pd" is not defined`) {
		t.Errorf("a defined receiver reported missing:\n%s", msg)
	}
}

func TestReceiverTemplateFieldErrorIsReported(t *testing.T) {
	_, err := loadFrom(t, valid+`
receivers:
  - name: mail
    kind: email
    smtp: {host: localhost}
    from: warden@example.com
    templates:
      text_file: mail.tmpl
`, map[string]string{"mail.tmpl": "{{.Incident.Titel}}"})
	if err == nil || !strings.Contains(err.Error(), "receivers[0].templates: text template") || !strings.Contains(err.Error(), "Titel") {
		t.Fatalf("err %v", err)
	}
}
