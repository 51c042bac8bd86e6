package config

import (
	"errors"
	"fmt"
	"maps"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/notify"
)

// Receiver kinds: where notifications go.
const (
	ReceiverSlack     = "slack"
	ReceiverDiscord   = "discord"
	ReceiverTelegram  = "telegram"
	ReceiverPagerDuty = "pagerduty"
	ReceiverOpsgenie  = "opsgenie"
	ReceiverEmail     = "email"
	ReceiverWebhook   = "webhook"
)

// Receiver is one destination of notifications. Which fields apply depends
// on Kind; validation rejects fields the kind does not use, so a routing
// key put on the wrong receiver is not silently ignored. Credentials are
// secret references (env:NAME, file:PATH); Slack and Discord webhook URLs
// are credentials too, so URL takes either a literal URL or a reference.
type Receiver struct {
	Name string `yaml:"name"`
	Kind string `yaml:"kind"`

	// URL (slack, discord, webhook) is the endpoint, literal or a secret
	// reference.
	URL string `yaml:"url"`
	// Secret (webhook) is the HMAC-SHA256 signing key.
	Secret SecretRef `yaml:"secret"`
	// Headers (webhook) are added to every request, values from secret
	// references (e.g. Authorization: env:HOOK_TOKEN).
	Headers map[string]SecretRef `yaml:"headers"`

	// Token (telegram) is the bot token.
	Token SecretRef `yaml:"token"`
	// ChatID (telegram) is the default chat; people addressed by the
	// router replace it with their own chats.
	ChatID string `yaml:"chat_id"`

	// RoutingKey (pagerduty) is the Events API v2 integration key.
	RoutingKey SecretRef `yaml:"routing_key"`

	// APIKey (opsgenie) is an API integration key.
	APIKey SecretRef `yaml:"api_key"`
	// Tags (opsgenie) are added to every alert.
	Tags []string `yaml:"tags"`

	// APIURL (telegram, pagerduty, opsgenie) replaces the service's public
	// API URL: a regional endpoint, a proxy, a local Bot API server.
	APIURL string `yaml:"api_url"`

	// SMTP (email) is the outgoing mail server.
	SMTP *ReceiverSMTP `yaml:"smtp"`
	// From (email) is the sender address.
	From string `yaml:"from"`
	// To (email) are the default recipients.
	To []string `yaml:"to"`

	// Timeout bounds one delivery attempt (default 15s).
	Timeout time.Duration `yaml:"timeout"`
	// RateLimit caps requests to the receiver; the default follows the
	// service's published limits (DefaultReceiverRates).
	RateLimit *ReceiverRateLimit `yaml:"rate_limit"`
	Retry     ReceiverRetry      `yaml:"retry"`
	Templates ReceiverTemplates  `yaml:"templates"`
	Links     ReceiverLinks      `yaml:"links"`

	// ResolvedTemplates are Templates with files read, set by Validate.
	ResolvedTemplates notify.TemplateSource `yaml:"-"`
	// baseDir resolves relative file paths; set by Validate.
	baseDir string
}

// ReceiverSMTP is an SMTP server for e-mail receivers.
type ReceiverSMTP struct {
	Host string `yaml:"host"`
	// Port defaults to 587, or 465 with tls.
	Port     int       `yaml:"port"`
	Username string    `yaml:"username"`
	Password SecretRef `yaml:"password"`
	// StartTLS is opportunistic (default: upgrade when offered), required
	// or disabled.
	StartTLS string `yaml:"starttls"`
	// TLS speaks TLS from the start (SMTPS, port 465).
	TLS bool `yaml:"tls"`
	// CAFile is a PEM bundle to trust instead of the system roots (an
	// internal relay with its own CA).
	CAFile string `yaml:"ca_file"`
	// HelloName is the name sent with EHLO (default localhost).
	HelloName string `yaml:"hello_name"`
}

// ReceiverRateLimit is a token bucket: PerMinute requests a minute on
// average, Burst at once. per_minute: 0 removes the default cap.
type ReceiverRateLimit struct {
	PerMinute float64 `yaml:"per_minute"`
	Burst     int     `yaml:"burst"`
}

// ReceiverRetry bounds retries (defaults in notify: 10 attempts, 6h,
// backoff from 2s doubling to 5m).
type ReceiverRetry struct {
	MaxAttempts    int           `yaml:"max_attempts"`
	MaxAge         time.Duration `yaml:"max_age"`
	InitialBackoff time.Duration `yaml:"initial_backoff"`
	MaxBackoff     time.Duration `yaml:"max_backoff"`
}

// ReceiverTemplates override the default message templates (Go
// text/template over notify.TemplateData; html is html/template and only
// for e-mail). A template is written inline or read from a file (relative
// to the config file's directory), not both.
type ReceiverTemplates struct {
	Title    string `yaml:"title"`
	Text     string `yaml:"text"`
	TextFile string `yaml:"text_file"`
	HTML     string `yaml:"html"`
	HTMLFile string `yaml:"html_file"`
}

// ReceiverLinks is where messages link to.
type ReceiverLinks struct {
	// ExternalURL is Warden's URL as people reach it: incidents link to
	// EXTERNAL_URL/incidents/ID.
	ExternalURL string `yaml:"external_url"`
	// Explorers maps a chain name to a block explorer's base URL
	// (https://etherscan.io): transactions and addresses link to /tx/ and
	// /address/ under it.
	Explorers map[string]string `yaml:"explorers"`
}

// DefaultReceiverRates are each kind's rate limit unless configured,
// below what the services document (Slack 1/s per webhook, Discord 30/min
// per webhook, Telegram 20/min per group, PagerDuty 120/min per key).
// A generic webhook is not capped.
var DefaultReceiverRates = map[string]ReceiverRateLimit{
	ReceiverSlack:     {PerMinute: 50, Burst: 3},
	ReceiverDiscord:   {PerMinute: 25, Burst: 5},
	ReceiverTelegram:  {PerMinute: 18, Burst: 3},
	ReceiverPagerDuty: {PerMinute: 100, Burst: 10},
	ReceiverOpsgenie:  {PerMinute: 100, Burst: 10},
	ReceiverEmail:     {PerMinute: 30, Burst: 5},
	ReceiverWebhook:   {},
}

// receiverFields are the kind-specific fields each kind uses; name, kind,
// timeout, rate_limit, retry, templates and links apply to all.
var receiverFields = map[string][]string{
	ReceiverSlack:     {"url"},
	ReceiverDiscord:   {"url"},
	ReceiverWebhook:   {"url", "secret", "headers"},
	ReceiverTelegram:  {"token", "chat_id", "api_url"},
	ReceiverPagerDuty: {"routing_key", "api_url"},
	ReceiverOpsgenie:  {"api_key", "tags", "api_url"},
	ReceiverEmail:     {"smtp", "from", "to"},
}

// Rate is the receiver's rate limit: configured, or its kind's default.
func (r *Receiver) Rate() ReceiverRateLimit {
	if r.RateLimit != nil {
		return *r.RateLimit
	}
	return DefaultReceiverRates[r.Kind]
}

// ResolveURL returns URL, reading it from its secret reference if it is
// one.
func (r *Receiver) ResolveURL() (string, error) {
	if isSecretRef(r.URL) {
		return SecretRef(r.URL).Resolve()
	}
	return r.URL, nil
}

// Path resolves a file path of the receiver (ca_file) against the config
// file's directory.
func (r *Receiver) Path(p string) string {
	if p == "" || filepath.IsAbs(p) || r.baseDir == "" {
		return p
	}
	return filepath.Join(r.baseDir, p)
}

// Receiver returns the receiver with the given name.
func (c *Config) Receiver(name string) (*Receiver, bool) {
	for i := range c.Receivers {
		if c.Receivers[i].Name == name {
			return &c.Receivers[i], true
		}
	}
	return nil, false
}

func isSecretRef(s string) bool {
	return strings.HasPrefix(s, "env:") || strings.HasPrefix(s, "file:")
}

// validateReceivers checks the receivers, their templates (parsed and run
// over an example message, so a misspelt field fails check-config) and
// that every receiver the route tree names exists. Secrets are not read:
// check-config must work where they are not present.
func (c *Config) validateReceivers() []error {
	var p problems
	names := map[string]bool{}
	for i := range c.Receivers {
		r := &c.Receivers[i]
		r.baseDir = c.baseDir
		path := fmt.Sprintf("receivers[%d]", i)
		switch {
		case r.Name == "":
			p.add(path+".name", "is required")
		case names[r.Name]:
			p.add(path+".name", "%q is defined twice", r.Name)
		}
		names[r.Name] = true
		if _, known := receiverFields[r.Kind]; !known {
			if r.Kind == "" {
				p.add(path+".kind", "is required (%s)", sortedKeys(receiverFields))
			} else {
				p.add(path+".kind", "%q is not a receiver kind (%s)", r.Kind, sortedKeys(receiverFields))
			}
			continue
		}
		r.validateKind(&p, path)
		r.validateDelivery(&p, path)
		r.validateLinks(&p, path, c)
		r.validateTemplates(&p, path)
	}
	// Only checked once receivers are configured at all: a route tree on
	// its own (configurations and tests of routing that predate the
	// receivers section) is checked by validateRouting alone.
	if c.Route != nil && len(c.Receivers) > 0 {
		for _, name := range c.Route.ReceiverNames() {
			if !names[name] {
				p.add("route", "receiver %q is not defined in receivers", name)
			}
		}
	}
	return p
}

// setFields lists the kind-specific fields that are set.
func (r *Receiver) setFields() []string {
	var out []string
	for name, set := range map[string]bool{
		"url": r.URL != "", "secret": r.Secret != "", "headers": len(r.Headers) > 0,
		"token": r.Token != "", "chat_id": r.ChatID != "", "routing_key": r.RoutingKey != "",
		"api_key": r.APIKey != "", "tags": len(r.Tags) > 0, "api_url": r.APIURL != "",
		"smtp": r.SMTP != nil, "from": r.From != "", "to": len(r.To) > 0,
	} {
		if set {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

func (r *Receiver) validateKind(p *problems, path string) {
	for _, f := range r.setFields() {
		if !slices.Contains(receiverFields[r.Kind], f) {
			p.add(path+"."+f, "is not used by %s receivers", r.Kind)
		}
	}
	secret := func(field string, ref SecretRef) {
		if err := ref.Check(); err != nil {
			p.add(path+"."+field, "%v", err)
		}
	}
	switch r.Kind {
	case ReceiverSlack, ReceiverDiscord, ReceiverWebhook:
		if err := checkReceiverURL(r.URL); err != nil {
			p.add(path+".url", "%v", err)
		}
		if r.Kind == ReceiverWebhook {
			secret("secret", r.Secret)
			for _, h := range slices.Sorted(maps.Keys(r.Headers)) {
				if err := r.Headers[h].Check(); err != nil {
					p.add(path+".headers."+h, "%v", err)
				}
			}
		}
	case ReceiverTelegram:
		secret("token", r.Token)
	case ReceiverPagerDuty:
		secret("routing_key", r.RoutingKey)
	case ReceiverOpsgenie:
		secret("api_key", r.APIKey)
	case ReceiverEmail:
		r.validateEmail(p, path)
	}
	if r.APIURL != "" {
		if err := checkHTTPURL(r.APIURL); err != nil {
			p.add(path+".api_url", "%v", err)
		}
	}
}

func (r *Receiver) validateEmail(p *problems, path string) {
	if _, err := mail.ParseAddress(r.From); err != nil {
		p.add(path+".from", "%q is not an e-mail address", r.From)
	}
	for j, to := range r.To {
		if _, err := mail.ParseAddress(to); err != nil {
			p.add(fmt.Sprintf("%s.to[%d]", path, j), "%q is not an e-mail address", to)
		}
	}
	s := r.SMTP
	if s == nil {
		p.add(path+".smtp", "is required (host, port, ...)")
		return
	}
	if s.Host == "" {
		p.add(path+".smtp.host", "is required")
	}
	if s.Port < 0 || s.Port > 65535 {
		p.add(path+".smtp.port", "%d is not a port", s.Port)
	}
	switch s.StartTLS {
	case "", "opportunistic", "required", "disabled":
	default:
		p.add(path+".smtp.starttls", "%q is not opportunistic, required or disabled", s.StartTLS)
	}
	if s.TLS && s.StartTLS != "" {
		p.add(path+".smtp.starttls", "has no meaning with tls: true (the connection is encrypted from the start)")
	}
	if (s.Username == "") != (s.Password == "") {
		p.add(path+".smtp", "set both username and password, or neither")
	}
	if s.Password != "" {
		if err := s.Password.Check(); err != nil {
			p.add(path+".smtp.password", "%v", err)
		}
	}
	if s.CAFile != "" {
		if _, err := os.Stat(r.Path(s.CAFile)); err != nil {
			p.add(path+".smtp.ca_file", "%v", err)
		}
	}
}

func (r *Receiver) validateDelivery(p *problems, path string) {
	if r.Timeout < 0 {
		p.add(path+".timeout", "must not be negative")
	}
	if rl := r.RateLimit; rl != nil {
		if rl.PerMinute < 0 {
			p.add(path+".rate_limit.per_minute", "must not be negative (0 = no cap)")
		}
		if rl.Burst < 0 {
			p.add(path+".rate_limit.burst", "must not be negative")
		}
	}
	rt := r.Retry
	if rt.MaxAttempts < 0 {
		p.add(path+".retry.max_attempts", "must not be negative")
	}
	if rt.MaxAge < 0 {
		p.add(path+".retry.max_age", "must not be negative")
	}
	if rt.InitialBackoff < 0 {
		p.add(path+".retry.initial_backoff", "must not be negative")
	}
	if rt.MaxBackoff < 0 || (rt.MaxBackoff > 0 && rt.InitialBackoff > rt.MaxBackoff) {
		p.add(path+".retry.max_backoff", "must be at least initial_backoff")
	}
}

func (r *Receiver) validateLinks(p *problems, path string, c *Config) {
	if u := r.Links.ExternalURL; u != "" {
		if err := checkHTTPURL(u); err != nil {
			p.add(path+".links.external_url", "%v", err)
		}
	}
	for _, ch := range slices.Sorted(maps.Keys(r.Links.Explorers)) {
		if _, ok := c.Chain(ch); !ok {
			p.add(path+".links.explorers."+ch, "%q is not defined in chains", ch)
		}
		if err := checkHTTPURL(r.Links.Explorers[ch]); err != nil {
			p.add(path+".links.explorers."+ch, "%v", err)
		}
	}
}

func (r *Receiver) validateTemplates(p *problems, path string) {
	t := r.Templates
	read := func(field, inline, file string) string {
		if file == "" {
			return inline
		}
		if inline != "" {
			p.add(path+".templates."+field, "set either %s or %s_file, not both", field, field)
		}
		b, err := os.ReadFile(r.Path(file))
		if err != nil {
			p.add(path+".templates."+field+"_file", "%v", err)
			return ""
		}
		return string(b)
	}
	src := notify.TemplateSource{Title: t.Title, Text: read("text", t.Text, t.TextFile), HTML: read("html", t.HTML, t.HTMLFile)}
	if (t.HTML != "" || t.HTMLFile != "") && r.Kind != ReceiverEmail {
		p.add(path+".templates.html", "is only used by email receivers")
	}
	r.ResolvedTemplates = src
	if src == (notify.TemplateSource{}) {
		return
	}
	if err := notify.CheckTemplates(src); err != nil {
		for _, e := range flatten(err) {
			p.add(path+".templates", "%v", e)
		}
	}
}

// checkReceiverURL accepts an http(s) URL or a secret reference to one.
// Errors never repeat the URL's path or query: for chat webhooks they are
// the credential.
func checkReceiverURL(raw string) error {
	if raw == "" {
		return errors.New("is required (a URL, or env:NAME / file:PATH when the URL is a credential)")
	}
	if isSecretRef(raw) {
		return SecretRef(raw).Check()
	}
	return checkHTTPURL(raw)
}

func checkHTTPURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("is not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%s: want an http or https URL", notify.Redact(raw))
	}
	if u.Host == "" {
		return errors.New("the URL has no host")
	}
	if u.User != nil {
		return fmt.Errorf("%s: credentials in the URL are not supported", notify.Redact(raw))
	}
	return nil
}
