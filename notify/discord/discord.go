// Package discord posts notifications to a Discord webhook as an embed
// coloured by severity (green once resolved), with the key facts as inline
// fields. People in Message.To (Discord user IDs) are mentioned, and only
// they: the payload allows no other mentions, so text from the chain cannot
// ping @everyone.
package discord

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
const Kind = "discord"

// Embed limits (discord.com/developers/docs/resources/message#embed-object-embed-limits).
const (
	titleLimit       = 256
	descriptionLimit = 4096
	fieldNameLimit   = 256
	fieldValueLimit  = 1024
	maxFields        = 25
)

// Colours by severity; resolved messages are green whatever the severity.
var (
	colours = map[alert.Severity]int{
		alert.SeverityCritical: 0xD32F2F,
		alert.SeverityHigh:     0xF57C00,
		alert.SeverityMedium:   0xFBC02D,
		alert.SeverityLow:      0x1976D2,
		alert.SeverityInfo:     0x9E9E9E,
	}
	// ResolvedColour is the embed colour of a resolve message.
	ResolvedColour = 0x2E7D32
)

// Colour is the embed colour for a message.
func Colour(m notify.Message) int {
	if m.Event == notify.EventResolve {
		return ResolvedColour
	}
	if c, ok := colours[m.Incident.Severity]; ok {
		return c
	}
	return colours[alert.SeverityInfo]
}

// Options configure a Discord receiver.
type Options struct {
	// WebhookURL is the channel webhook (a credential: never shown).
	WebhookURL string
	Client     *http.Client
}

// Receiver posts to one Discord webhook.
type Receiver struct {
	url    string
	client *http.Client
}

// New checks the webhook URL.
func New(o Options) (*Receiver, error) {
	_, ok := notify.HTTPURL(o.WebhookURL)
	if !ok {
		return nil, errors.New("discord: webhook URL must be an http(s) URL")
	}
	return &Receiver{url: o.WebhookURL, client: o.Client}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	body, err := json.Marshal(Payload(m, rd))
	if err != nil {
		return notify.Permanent(fmt.Errorf("discord: encode message: %w", err))
	}
	resp, err := notify.PostHTTP(ctx, r.client, notify.HTTPRequest{URL: r.url, Body: body})
	if err != nil {
		// Discord's 429 carries retry_after (seconds) in the body too.
		if notify.RetryAfter(err) == 0 && !notify.IsPermanent(err) {
			var rl struct {
				RetryAfter float64 `json:"retry_after"`
			}
			if json.Unmarshal(resp, &rl) == nil && rl.RetryAfter > 0 {
				return notify.Retry(fmt.Errorf("discord: %w", err), time.Duration(rl.RetryAfter*float64(time.Second)))
			}
		}
		return fmt.Errorf("discord: %w", err)
	}
	return nil
}

// Message is a webhook execution payload.
type Message struct {
	Username        string          `json:"username,omitempty"`
	Content         string          `json:"content,omitempty"`
	Embeds          []Embed         `json:"embeds"`
	AllowedMentions AllowedMentions `json:"allowed_mentions"`
}

// AllowedMentions limits who the message may ping.
type AllowedMentions struct {
	Parse []string `json:"parse"`
	Users []string `json:"users,omitempty"`
}

// Embed is a rich message block.
type Embed struct {
	Title       string       `json:"title"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Color       int          `json:"color"`
	Fields      []EmbedField `json:"fields,omitempty"`
	Timestamp   string       `json:"timestamp,omitempty"`
	Footer      *EmbedFooter `json:"footer,omitempty"`
}

// EmbedField is one name/value pair of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline"`
}

// EmbedFooter is the small print under an embed.
type EmbedFooter struct {
	Text string `json:"text"`
}

// Payload lays out a rendered message as a Discord embed.
func Payload(m notify.Message, rd notify.Rendered) Message {
	e := Embed{
		Title:       notify.Truncate(rd.Title, titleLimit),
		Description: rd.Text,
		Color:       Colour(m),
		Footer:      &EmbedFooter{Text: "Warden · " + m.Incident.ID},
	}
	if !m.At.IsZero() {
		e.Timestamp = m.At.UTC().Format(time.RFC3339)
	}
	var links []string
	for _, l := range rd.Links {
		if e.URL == "" {
			e.URL = l.URL // the first link is the incident page when there is one
		}
		links = append(links, "["+l.Text+"]("+l.URL+")")
	}
	if len(links) > 0 {
		e.Description += "\n\n" + strings.Join(links, " · ")
	}
	e.Description = notify.Truncate(e.Description, descriptionLimit)
	for _, f := range rd.Fields[:min(len(rd.Fields), maxFields)] {
		e.Fields = append(e.Fields, EmbedField{Name: notify.Truncate(f.Name, fieldNameLimit), Value: notify.Truncate(f.Value, fieldValueLimit), Inline: true})
	}
	msg := Message{Username: "Warden", Embeds: []Embed{e}, AllowedMentions: AllowedMentions{Parse: []string{}, Users: m.To}}
	if len(m.To) > 0 {
		mentions := make([]string, 0, len(m.To))
		for _, id := range m.To {
			mentions = append(mentions, "<@"+id+">")
		}
		msg.Content = strings.Join(mentions, " ")
	}
	return msg
}
