// Package webhook is the step that hands an incident to another system
// (a SOAR, an on-call tool, the protocol's own backend): it POSTs the
// incident and its alerts as JSON, signed with HMAC-SHA256 when a secret is
// configured, with the step's key as Idempotency-Key. A 2xx answer is the
// proof of delivery; 5xx and timeouts are retried a few times, 4xx is an
// error naming the status.
package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/txmgr"
)

// Params are the webhook step's parameters.
type Params struct {
	// URL is the receiver: an http(s) URL, or a secret reference
	// (env:NAME, file:PATH) when the URL itself is a credential.
	URL string `yaml:"url"`
	// Secret is a secret reference to the HMAC-SHA256 key that signs
	// each body (X-Warden-Signature).
	Secret config.SecretRef `yaml:"secret"`
	// Headers are added to every request.
	Headers map[string]string `yaml:"headers"`
	// Timeout is per attempt (default 10s).
	Timeout time.Duration `yaml:"timeout"`
}

// Payload is the JSON body.
type Payload struct {
	Step     string             `json:"step"` // the step's idempotency key
	Incident *incident.Incident `json:"incident"`
	Alerts   []alert.Alert      `json:"alerts"`
}

// Factory makes webhook steps: {url, secret?, headers?, timeout?}.
func Factory() respond.ActionFactory {
	return respond.ActionFactory{
		Kind: "webhook",
		Check: func(node *yaml.Node, _ respond.CheckEnv) error {
			_, err := decode(node)
			return err
		},
		New: func(node *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			p, err := decode(node)
			if err != nil {
				return nil, err
			}
			ep, err := NewEndpoint(p.URL, p.Secret, p.Headers, p.Timeout, env)
			if err != nil {
				return nil, err
			}
			return &Action{Chain: env.Chain, Endpoint: ep}, nil
		},
	}
}

func decode(node *yaml.Node) (*Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	var errs []error
	if err := CheckURLParam(p.URL); err != nil {
		errs = append(errs, fmt.Errorf("url: %w", err))
	}
	if p.Secret != "" {
		if err := p.Secret.Check(); err != nil {
			errs = append(errs, fmt.Errorf("secret: %w", err))
		}
	}
	for k := range p.Headers {
		switch http.CanonicalHeaderKey(k) {
		case HeaderIdempotencyKey, HeaderSignature, HeaderTimestamp, "Content-Type":
			errs = append(errs, fmt.Errorf("headers: %s is set by Warden", k))
		}
	}
	if p.Timeout < 0 {
		errs = append(errs, errors.New("timeout: must not be negative"))
	}
	return &p, errors.Join(errs...)
}

// CheckURLParam validates a url parameter: a literal http(s) URL or a
// secret reference to one.
func CheckURLParam(raw string) error {
	switch {
	case raw == "":
		return errors.New("is required (an http(s) URL, or env:NAME / file:PATH holding one)")
	case isSecretRef(raw):
		return config.SecretRef(raw).Check()
	}
	return CheckURL(raw)
}

func isSecretRef(s string) bool {
	return strings.HasPrefix(s, "env:") || strings.HasPrefix(s, "file:")
}

// NewEndpoint resolves a step's url and secret references now, so a
// missing secret fails at start-up rather than during an incident.
func NewEndpoint(rawURL string, secret config.SecretRef, headers map[string]string, timeout time.Duration, env respond.BuildEnv) (*Endpoint, error) {
	u := rawURL
	if isSecretRef(rawURL) {
		var err error
		if u, err = config.SecretRef(rawURL).Resolve(); err != nil {
			return nil, fmt.Errorf("url %s: %w", rawURL, err)
		}
		if err := CheckURL(u); err != nil {
			return nil, fmt.Errorf("url %s: %w", rawURL, err)
		}
	}
	ep := &Endpoint{URL: u, Headers: headers, Timeout: timeout, Client: env.HTTP, Logger: env.Logger}
	if secret != "" {
		s, err := secret.Resolve()
		if err != nil {
			return nil, fmt.Errorf("secret %s: %w", secret, err)
		}
		ep.Secret = s
	}
	return ep, nil
}

// Action posts the incident to one endpoint.
type Action struct {
	Chain    string
	Endpoint *Endpoint
}

var _ respond.Action = (*Action)(nil)

// Plan builds the body now, from the incident as the step saw it; it
// travels in the plan's Data (the plan sends no transaction) so that
// Execute posts exactly what was planned.
func (a *Action) Plan(_ context.Context, in *respond.Input, key string) (*respond.Plan, error) {
	if in == nil || in.Incident == nil {
		return nil, errors.New("webhook: no incident to send")
	}
	body, err := json.Marshal(Payload{Step: key, Incident: in.Incident, Alerts: in.Alerts})
	if err != nil {
		return nil, fmt.Errorf("encoding the webhook body: %w", err)
	}
	return &respond.Plan{
		Key:         key,
		Chain:       a.Chain,
		Description: fmt.Sprintf("POST incident %s to webhook %s", in.Incident.ID, a.Endpoint.Redacted()),
		Data:        body,
		Simulation:  "nothing to simulate (HTTP)",
	}, nil
}

// Execute delivers the planned body; a 2xx answer verifies it.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, _ respond.Approval, _ func(txmgr.Record)) (*respond.Result, error) {
	if len(p.Data) == 0 {
		return nil, errors.New("webhook: the plan has no body")
	}
	d, err := a.Endpoint.Post(ctx, p.Key, p.Data)
	if err != nil {
		return nil, err
	}
	return &respond.Result{Verified: true, Detail: fmt.Sprintf("delivered to %s (HTTP %d, attempt %d of at most %d)", a.Endpoint.Redacted(), d.Status, d.Attempts, MaxAttempts)}, nil
}
