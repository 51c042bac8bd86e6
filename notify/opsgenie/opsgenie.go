// Package opsgenie sends notifications to the Opsgenie Alert API. The
// incident ID is the alert's alias, so one incident is one Opsgenie alert:
// a trigger (or escalation) creates it, an update adds a note, acknowledge
// and resolve acknowledge and close it. People in Message.To (Opsgenie
// usernames) become the alert's responders.
package opsgenie

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "opsgenie"

// DefaultAPIURL is Opsgenie's US API; EU accounts use
// https://api.eu.opsgenie.com.
const DefaultAPIURL = "https://api.opsgenie.com"

// Field limits of the Alert API.
const (
	messageLimit     = 130
	descriptionLimit = 15000
	noteLimit        = 25000
)

// Options configure an Opsgenie receiver.
type Options struct {
	// APIKey is an API integration key (a credential).
	APIKey string
	// APIURL overrides DefaultAPIURL.
	APIURL string
	// Tags are added to every alert (besides warden, the chain and the
	// monitor).
	Tags   []string
	Client *http.Client
}

// Receiver sends to one Opsgenie integration.
type Receiver struct {
	o Options
}

// New checks the options.
func New(o Options) (*Receiver, error) {
	if o.APIKey == "" {
		return nil, errors.New("opsgenie: API key is empty")
	}
	if o.APIURL == "" {
		o.APIURL = DefaultAPIURL
	}
	_, ok := notify.HTTPURL(o.APIURL)
	if !ok {
		return nil, errors.New("opsgenie: api_url must be an http(s) URL")
	}
	o.APIURL = strings.TrimRight(o.APIURL, "/")
	return &Receiver{o: o}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// CreateAlert is the body of POST /v2/alerts.
type CreateAlert struct {
	Message     string            `json:"message"`
	Alias       string            `json:"alias"`
	Description string            `json:"description,omitempty"`
	Responders  []Responder       `json:"responders,omitempty"`
	Tags        []string          `json:"tags,omitempty"`
	Details     map[string]string `json:"details,omitempty"`
	Entity      string            `json:"entity,omitempty"`
	Source      string            `json:"source"`
	Priority    string            `json:"priority"`
	Note        string            `json:"note,omitempty"`
}

// Responder is a user paged by the alert.
type Responder struct {
	Type     string `json:"type"`
	Username string `json:"username"`
}

// ActionBody is the body of acknowledge, close and notes requests.
type ActionBody struct {
	Source string `json:"source"`
	Note   string `json:"note,omitempty"`
}

// Priority maps Warden's severity to P1..P5.
func Priority(s alert.Severity) string {
	switch {
	case s >= alert.SeverityCritical:
		return "P1"
	case s == alert.SeverityHigh:
		return "P2"
	case s == alert.SeverityMedium:
		return "P3"
	case s == alert.SeverityLow:
		return "P4"
	}
	return "P5"
}

// Request is the path (under the API URL) and body for a message.
func Request(m notify.Message, rd notify.Rendered, extraTags []string) (path string, body any) {
	alias := url.PathEscape(m.Incident.ID)
	note := rd.Title
	if m.Note != "" {
		note += "\n" + m.Note
	}
	switch m.Event {
	case notify.EventAcknowledge:
		return "/v2/alerts/" + alias + "/acknowledge?identifierType=alias", ActionBody{Source: "warden", Note: notify.Truncate(note, noteLimit)}
	case notify.EventResolve:
		return "/v2/alerts/" + alias + "/close?identifierType=alias", ActionBody{Source: "warden", Note: notify.Truncate(note, noteLimit)}
	case notify.EventUpdate:
		return "/v2/alerts/" + alias + "/notes?identifierType=alias", ActionBody{Source: "warden", Note: notify.Truncate(note+"\n\n"+rd.Text, noteLimit)}
	}
	details := map[string]string{}
	for _, f := range rd.Fields {
		details[f.Name] = f.Value
	}
	for _, l := range rd.Links {
		details[l.Text] = l.URL
	}
	tags := append([]string{"warden", m.Incident.Chain, m.Incident.Monitor}, extraTags...)
	c := CreateAlert{
		Message:     notify.Truncate(rd.Title, messageLimit),
		Alias:       m.Incident.ID,
		Description: notify.Truncate(rd.Text, descriptionLimit),
		Tags:        tags,
		Details:     details,
		Entity:      m.Incident.Monitor,
		Source:      "warden",
		Priority:    Priority(m.Incident.Severity),
		Note:        m.Note,
	}
	for _, u := range m.To {
		c.Responders = append(c.Responders, Responder{Type: "user", Username: u})
	}
	return "/v2/alerts", c
}

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	if m.Incident.ID == "" {
		return notify.Permanent(errors.New("opsgenie: message has no incident ID for the alias"))
	}
	path, payload := Request(m, rd, r.o.Tags)
	body, err := json.Marshal(payload)
	if err != nil {
		return notify.Permanent(fmt.Errorf("opsgenie: encode request: %w", err))
	}
	h := http.Header{}
	h.Set("Authorization", "GenieKey "+r.o.APIKey)
	if _, err := notify.PostHTTP(ctx, r.o.Client, notify.HTTPRequest{URL: r.o.APIURL + path, Header: h, Body: body}); err != nil {
		return fmt.Errorf("opsgenie %s: %w", m.Event, err)
	}
	return nil
}
