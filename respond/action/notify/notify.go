// Package notify tells people about an incident: a short message (title,
// severity, monitor, attacker, incident id) posted to a chat webhook in the
// shape its service expects. It is the minimal form; routing by severity,
// escalation and acknowledgement are a later layer over the same shapes.
package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/template"
	"github.com/warden-dev/warden/respond/action/webhook"
	"github.com/warden-dev/warden/txmgr"
)

// Channels Warden can format for.
const (
	Slack   = "slack"   // {"text": ...}
	Discord = "discord" // {"content": ...}
	Generic = "generic" // {"text": ..., "incident": {...}, "step": ...}
)

// discordLimit is the longest message content Discord accepts.
const discordLimit = 2000

// Params are the notify step's parameters.
type Params struct {
	Channel string `yaml:"channel"`
	// URL is the incoming-webhook URL, or (better: it is a credential) a
	// secret reference to it.
	URL string `yaml:"url"`
	// Text replaces the default message; placeholders such as
	// {{incident.title}} are filled in.
	Text string `yaml:"text"`
}

// Factory makes notify steps: {channel, url, text?}.
func Factory() respond.ActionFactory {
	return respond.ActionFactory{
		Kind: "notify",
		Check: func(node *yaml.Node, _ respond.CheckEnv) error {
			_, err := decode(node)
			return err
		},
		New: func(node *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			p, err := decode(node)
			if err != nil {
				return nil, err
			}
			ep, err := webhook.NewEndpoint(p.URL, "", nil, 0, env)
			if err != nil {
				return nil, err
			}
			return &Action{Chain: env.Chain, Channel: p.Channel, Text: p.Text, Endpoint: ep}, nil
		},
	}
}

func decode(node *yaml.Node) (*Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	var errs []error
	switch p.Channel {
	case Slack, Discord, Generic:
	case "":
		errs = append(errs, errors.New("channel: is required (slack, discord or generic)"))
	default:
		errs = append(errs, fmt.Errorf("channel: %q is not slack, discord or generic", p.Channel))
	}
	if err := webhook.CheckURLParam(p.URL); err != nil {
		errs = append(errs, fmt.Errorf("url: %w", err))
	}
	if p.Text != "" {
		if err := template.Check(p.Text); err != nil {
			errs = append(errs, fmt.Errorf("text: %w", err))
		}
	}
	return &p, errors.Join(errs...)
}

// Action posts one message.
type Action struct {
	Chain    string
	Channel  string
	Text     string // empty = Message
	Endpoint *webhook.Endpoint
}

var _ respond.Action = (*Action)(nil)

// Message is the default text: severity, title, where, who, which incident.
func Message(inc *incident.Incident) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s", strings.ToUpper(inc.Severity.String()), inc.Title)
	fmt.Fprintf(&b, " — monitor %s on %s", inc.Monitor, inc.Chain)
	if inc.Attacker != (common.Address{}) {
		fmt.Fprintf(&b, ", attacker %s", inc.Attacker.Hex())
	}
	fmt.Fprintf(&b, " (incident %s, %d alert", inc.ID, inc.AlertCount)
	if inc.AlertCount != 1 {
		b.WriteString("s")
	}
	b.WriteString(")")
	return b.String()
}

// Plan formats the message and carries the JSON body in the plan's Data
// (the plan sends no transaction), so Execute posts what was planned.
func (a *Action) Plan(_ context.Context, in *respond.Input, key string) (*respond.Plan, error) {
	if in == nil || in.Incident == nil {
		return nil, errors.New("notify: no incident to tell about")
	}
	text := Message(in.Incident)
	if a.Text != "" {
		var err error
		if text, err = template.Expand(a.Text, in); err != nil {
			return nil, fmt.Errorf("text: %w", err)
		}
	}
	body, err := a.body(text, in.Incident, key)
	if err != nil {
		return nil, err
	}
	return &respond.Plan{
		Key:         key,
		Chain:       a.Chain,
		Description: fmt.Sprintf("notify %s %s: %q", a.Channel, a.Endpoint.Redacted(), text),
		Data:        body,
		Simulation:  "nothing to simulate (HTTP)",
	}, nil
}

func (a *Action) body(text string, inc *incident.Incident, key string) ([]byte, error) {
	var v any
	switch a.Channel {
	case Slack:
		v = map[string]string{"text": text}
	case Discord:
		if r := []rune(text); len(r) > discordLimit {
			text = string(r[:discordLimit-1]) + "…"
		}
		v = map[string]string{"content": text}
	default:
		type summary struct {
			ID       string `json:"id"`
			Title    string `json:"title"`
			Severity string `json:"severity"`
			Monitor  string `json:"monitor"`
			Chain    string `json:"chain"`
			Attacker string `json:"attacker,omitempty"`
			Status   string `json:"status"`
		}
		s := summary{ID: inc.ID, Title: inc.Title, Severity: inc.Severity.String(), Monitor: inc.Monitor, Chain: inc.Chain, Status: string(inc.Status)}
		if inc.Attacker != (common.Address{}) {
			s.Attacker = inc.Attacker.Hex()
		}
		v = struct {
			Text     string  `json:"text"`
			Step     string  `json:"step"`
			Incident summary `json:"incident"`
		}{text, key, s}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encoding the %s message: %w", a.Channel, err)
	}
	return b, nil
}

// Execute posts the planned message; a 2xx answer verifies it.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, _ respond.Approval, _ func(txmgr.Record)) (*respond.Result, error) {
	if len(p.Data) == 0 {
		return nil, errors.New("notify: the plan has no message")
	}
	d, err := a.Endpoint.Post(ctx, p.Key, p.Data)
	if err != nil {
		return nil, err
	}
	return &respond.Result{Verified: true, Detail: fmt.Sprintf("posted to %s %s (HTTP %d)", a.Channel, a.Endpoint.Redacted(), d.Status)}, nil
}
