// Package receivers builds the notification destinations the config
// describes: one receiver of the right kind per `receivers:` entry, with
// its secrets resolved, its templates parsed and its delivery policy. It is
// the only notify package that knows the config; each kind's package takes
// plain options.
package receivers

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"os"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/discord"
	"github.com/warden-dev/warden/notify/email"
	"github.com/warden-dev/warden/notify/opsgenie"
	"github.com/warden-dev/warden/notify/pagerduty"
	"github.com/warden-dev/warden/notify/slack"
	"github.com/warden-dev/warden/notify/telegram"
	"github.com/warden-dev/warden/notify/webhook"
)

// Options are what every receiver shares.
type Options struct {
	// Client makes the HTTP requests (default http.DefaultClient; each
	// attempt is bounded by the receiver's timeout anyway).
	Client *http.Client
	// Links apply where a receiver sets none of its own: a receiver's
	// external_url replaces ExternalURL, its explorers add to Explorers.
	Links notify.Links
}

// Build makes the destinations of cfgs (validated config). Every problem is
// reported, each naming its receiver; secrets are read here and never
// appear in an error.
func Build(cfgs []config.Receiver, opts Options) ([]notify.Destination, error) {
	var out []notify.Destination
	var errs []error
	for i := range cfgs {
		d, err := build(&cfgs[i], opts)
		if err != nil {
			errs = append(errs, fmt.Errorf("receiver %q: %w", cfgs[i].Name, err))
			continue
		}
		out = append(out, d)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

func build(c *config.Receiver, opts Options) (notify.Destination, error) {
	links := notify.Links{ExternalURL: opts.Links.ExternalURL, Explorers: maps.Clone(opts.Links.Explorers)}
	if c.Links.ExternalURL != "" {
		links.ExternalURL = c.Links.ExternalURL
	}
	if len(c.Links.Explorers) > 0 && links.Explorers == nil {
		links.Explorers = map[string]string{}
	}
	maps.Copy(links.Explorers, c.Links.Explorers)
	renderer, err := notify.NewRenderer(c.ResolvedTemplates, links)
	if err != nil {
		return notify.Destination{}, err
	}
	rate := c.Rate()
	d := notify.Destination{
		Name:     c.Name,
		Renderer: renderer,
		Retry: notify.RetryPolicy{
			MaxAttempts: c.Retry.MaxAttempts, MaxAge: c.Retry.MaxAge,
			InitialBackoff: c.Retry.InitialBackoff, MaxBackoff: c.Retry.MaxBackoff,
			AttemptTimeout: c.Timeout,
		},
		Rate: notify.RateLimit{PerMinute: rate.PerMinute, Burst: rate.Burst},
	}
	secret := func(field string, ref config.SecretRef) (string, error) {
		v, err := ref.Resolve()
		if err != nil {
			return "", fmt.Errorf("%s: %w", field, err)
		}
		d.Secrets = append(d.Secrets, v)
		return v, nil
	}
	resolveURL := func() (string, error) {
		u, err := c.ResolveURL()
		if err != nil {
			return "", fmt.Errorf("url: %w", err)
		}
		// Chat webhook URLs are credentials whether or not they were
		// written as references.
		d.Secrets = append(d.Secrets, u)
		return u, nil
	}

	switch c.Kind {
	case config.ReceiverSlack:
		u, err := resolveURL()
		if err != nil {
			return d, err
		}
		d.Receiver, err = slack.New(slack.Options{WebhookURL: u, Client: opts.Client})
		return d, err
	case config.ReceiverDiscord:
		u, err := resolveURL()
		if err != nil {
			return d, err
		}
		d.Receiver, err = discord.New(discord.Options{WebhookURL: u, Client: opts.Client})
		return d, err
	case config.ReceiverWebhook:
		u, err := resolveURL()
		if err != nil {
			return d, err
		}
		key, err := secret("secret", c.Secret)
		if err != nil {
			return d, err
		}
		headers := map[string]string{}
		for name, ref := range c.Headers {
			if headers[name], err = secret("headers."+name, ref); err != nil {
				return d, err
			}
		}
		d.Receiver, err = webhook.New(webhook.Options{URL: u, Secret: key, Headers: headers, Client: opts.Client})
		return d, err
	case config.ReceiverTelegram:
		token, err := secret("token", c.Token)
		if err != nil {
			return d, err
		}
		d.Receiver, err = telegram.New(telegram.Options{Token: token, ChatID: c.ChatID, APIURL: c.APIURL, Client: opts.Client})
		return d, err
	case config.ReceiverPagerDuty:
		key, err := secret("routing_key", c.RoutingKey)
		if err != nil {
			return d, err
		}
		d.Receiver, err = pagerduty.New(pagerduty.Options{RoutingKey: key, APIURL: c.APIURL, Client: opts.Client})
		return d, err
	case config.ReceiverOpsgenie:
		key, err := secret("api_key", c.APIKey)
		if err != nil {
			return d, err
		}
		d.Receiver, err = opsgenie.New(opsgenie.Options{APIKey: key, APIURL: c.APIURL, Tags: c.Tags, Client: opts.Client})
		return d, err
	case config.ReceiverEmail:
		d.Receiver, err = buildEmail(c, secret)
		return d, err
	}
	return d, fmt.Errorf("unknown receiver kind %q", c.Kind)
}

func buildEmail(c *config.Receiver, secret func(string, config.SecretRef) (string, error)) (notify.Receiver, error) {
	s := c.SMTP
	if s == nil {
		return nil, errors.New("smtp: is required")
	}
	o := email.Options{
		Host: s.Host, Port: s.Port, ImplicitTLS: s.TLS, StartTLS: s.StartTLS,
		Username: s.Username, From: c.From, To: c.To, HelloName: s.HelloName,
	}
	if s.Password != "" {
		pw, err := secret("smtp.password", s.Password)
		if err != nil {
			return nil, err
		}
		o.Password = pw
	}
	if s.CAFile != "" {
		pem, err := os.ReadFile(c.Path(s.CAFile))
		if err != nil {
			return nil, fmt.Errorf("smtp.ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("smtp.ca_file: %s holds no PEM certificate", s.CAFile)
		}
		o.TLSConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	r, err := email.New(o)
	if err != nil {
		return nil, err
	}
	return r, nil
}
