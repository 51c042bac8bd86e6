// Package notify is the playbook step that tells people about an incident
// in the middle of a response ("pausing now", "approval needed"). It does
// not talk to Slack or PagerDuty itself: it hands a notify.Message to the
// daemon's notification dispatcher, addressed to one configured receiver,
// so the step gets the receivers' formats, the delivery log, retries and
// rate limits like every other notification.
package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/template"
	"github.com/warden-dev/warden/txmgr"
)

// Params are the notify step's parameters.
type Params struct {
	// Receiver names one of the config's receivers (checked by config).
	Receiver string `yaml:"receiver"`
	// Text replaces the default message; placeholders such as
	// {{incident.title}} are filled in.
	Text string `yaml:"text"`
}

// Factory makes notify steps: {receiver, text?}.
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
			if env.Notifier == nil {
				return nil, fmt.Errorf("receiver: %q cannot be reached: no receivers are configured", p.Receiver)
			}
			return &Action{Chain: env.Chain, Receiver: p.Receiver, Text: p.Text, Sender: env.Notifier}, nil
		},
	}
}

func decode(node *yaml.Node) (*Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	var errs []error
	if p.Receiver == "" {
		errs = append(errs, errors.New("receiver: is required (the name of one of the config's receivers)"))
	}
	if p.Text != "" {
		if err := template.Check(p.Text); err != nil {
			errs = append(errs, fmt.Errorf("text: %w", err))
		}
	}
	return &p, errors.Join(errs...)
}

// Action queues one message.
type Action struct {
	Chain    string
	Receiver string
	Text     string // empty = Message
	Sender   notify.Sender
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

// Plan makes the message (the plan sends no transaction; the message
// travels in Data, as JSON, so Execute queues exactly what was planned and
// approved, even after a restart).
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
	m := notify.Message{Key: "step/" + key, Receiver: a.Receiver, Event: notify.EventUpdate, Incident: *in.Incident, Alerts: in.Alerts, Note: text}
	body, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("notify: encode the message: %w", err)
	}
	return &respond.Plan{
		Key:         key,
		Chain:       a.Chain,
		Description: fmt.Sprintf("notify %s: %q", a.Receiver, text),
		Data:        body,
		Simulation:  "nothing to simulate (notification)",
	}, nil
}

// Execute hands the message to the dispatcher under the step's key (a
// re-run queues nothing new). Stored in the delivery log counts as done:
// the dispatcher delivers it, with retries, from there.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, _ respond.Approval, _ func(txmgr.Record)) (*respond.Result, error) {
	var m notify.Message
	if err := json.Unmarshal(p.Data, &m); err != nil || m.Key == "" {
		return nil, fmt.Errorf("notify: the plan carries no message (%v)", err)
	}
	m.At = time.Now().UTC()
	if err := a.Sender.Send(ctx, m); err != nil {
		return nil, fmt.Errorf("notify %s: %w", a.Receiver, err)
	}
	return &respond.Result{Verified: true, Detail: fmt.Sprintf("queued for %s in the delivery log (key %s)", a.Receiver, m.Key)}, nil
}
