// Package pagerduty sends notifications as PagerDuty Events API v2 events.
// The incident ID is the dedup_key, so every message about one incident
// lands on one PagerDuty alert: a trigger opens it (later triggers and
// updates add to it), acknowledge and resolve change its state.
package pagerduty

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "pagerduty"

// DefaultAPIURL is the Events API v2 endpoint.
const DefaultAPIURL = "https://events.pagerduty.com/v2/enqueue"

const summaryLimit = 1024

// Options configure a PagerDuty receiver.
type Options struct {
	// RoutingKey is the service integration's key (a credential).
	RoutingKey string
	// APIURL overrides DefaultAPIURL (EU region, tests).
	APIURL string
	Client *http.Client
}

// Receiver sends events for one PagerDuty service.
type Receiver struct {
	o Options
}

// New checks the options.
func New(o Options) (*Receiver, error) {
	if o.RoutingKey == "" {
		return nil, errors.New("pagerduty: routing key is empty")
	}
	if o.APIURL == "" {
		o.APIURL = DefaultAPIURL
	}
	_, ok := notify.HTTPURL(o.APIURL)
	if !ok {
		return nil, errors.New("pagerduty: api_url must be an http(s) URL")
	}
	return &Receiver{o: o}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// Event is an Events API v2 event.
type Event struct {
	RoutingKey  string   `json:"routing_key"`
	EventAction string   `json:"event_action"` // trigger, acknowledge, resolve
	DedupKey    string   `json:"dedup_key"`
	Payload     *Payload `json:"payload,omitempty"`
	Links       []Link   `json:"links,omitempty"`
	Client      string   `json:"client,omitempty"`
	ClientURL   string   `json:"client_url,omitempty"`
}

// Payload describes a trigger.
type Payload struct {
	Summary       string         `json:"summary"`
	Source        string         `json:"source"`
	Severity      string         `json:"severity"` // critical, error, warning, info
	Timestamp     string         `json:"timestamp,omitempty"`
	Component     string         `json:"component,omitempty"`
	Group         string         `json:"group,omitempty"`
	Class         string         `json:"class,omitempty"`
	CustomDetails map[string]any `json:"custom_details,omitempty"`
}

// Link is a link shown on the PagerDuty alert.
type Link struct {
	Href string `json:"href"`
	Text string `json:"text"`
}

// Action maps a message event to an event_action: escalations and updates
// re-trigger (PagerDuty folds them into the open alert by dedup_key).
func Action(e notify.Event) string {
	switch e {
	case notify.EventAcknowledge:
		return "acknowledge"
	case notify.EventResolve:
		return "resolve"
	}
	return "trigger"
}

// Severity maps Warden's severity to PagerDuty's four.
func Severity(s alert.Severity) string {
	switch {
	case s >= alert.SeverityCritical:
		return "critical"
	case s == alert.SeverityHigh:
		return "error"
	case s == alert.SeverityMedium:
		return "warning"
	}
	return "info"
}

// BuildEvent is the event for a message (without the routing key).
func BuildEvent(m notify.Message, rd notify.Rendered) Event {
	ev := Event{EventAction: Action(m.Event), DedupKey: m.Incident.ID}
	if ev.EventAction != "trigger" {
		return ev
	}
	details := map[string]any{"text": rd.Text, "event": string(m.Event)}
	for _, f := range rd.Fields {
		details[f.Name] = f.Value
	}
	if len(m.Actions) > 0 {
		details["actions"] = m.Actions
	}
	if m.Note != "" {
		details["note"] = m.Note
	}
	p := &Payload{
		Summary:       notify.Truncate(rd.Title, summaryLimit),
		Source:        "warden/" + m.Incident.Chain + "/" + m.Incident.Monitor,
		Severity:      Severity(m.Incident.Severity),
		Component:     m.Incident.Monitor,
		Group:         m.Incident.Chain,
		Class:         strings.Join(m.Incident.Detectors, ","),
		CustomDetails: details,
	}
	if !m.At.IsZero() {
		p.Timestamp = m.At.UTC().Format(time.RFC3339)
	}
	ev.Payload = p
	ev.Client = "Warden"
	for _, l := range rd.Links {
		if ev.ClientURL == "" {
			ev.ClientURL = l.URL
		}
		ev.Links = append(ev.Links, Link{Href: l.URL, Text: l.Text})
	}
	return ev
}

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	if m.Incident.ID == "" {
		return notify.Permanent(errors.New("pagerduty: message has no incident ID for the dedup key"))
	}
	ev := BuildEvent(m, rd)
	ev.RoutingKey = r.o.RoutingKey
	body, err := json.Marshal(ev)
	if err != nil {
		return notify.Permanent(fmt.Errorf("pagerduty: encode event: %w", err))
	}
	if _, err := notify.PostHTTP(ctx, r.o.Client, notify.HTTPRequest{URL: r.o.APIURL, Body: body}); err != nil {
		return fmt.Errorf("pagerduty %s: %w", ev.EventAction, err)
	}
	return nil
}
