// Package slack posts notifications to a Slack incoming webhook as a Block
// Kit message: a header with the title, the text, the key facts as fields
// and the links in a context line. People in Message.To (Slack member IDs)
// are mentioned at the top.
package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "slack"

// Block Kit limits (api.slack.com/reference/block-kit/blocks).
const (
	headerLimit  = 150
	sectionLimit = 3000
	fieldLimit   = 2000
	maxFields    = 10
)

// Options configure a Slack receiver.
type Options struct {
	// WebhookURL is the incoming webhook (a credential: it is never shown).
	WebhookURL string
	Client     *http.Client
}

// Receiver posts to one incoming webhook.
type Receiver struct {
	url    string
	client *http.Client
}

// New checks the webhook URL.
func New(o Options) (*Receiver, error) {
	_, ok := notify.HTTPURL(o.WebhookURL)
	if !ok {
		return nil, errors.New("slack: webhook URL must be an http(s) URL")
	}
	return &Receiver{url: o.WebhookURL, client: o.Client}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	body, err := json.Marshal(Payload(m, rd))
	if err != nil {
		return notify.Permanent(fmt.Errorf("slack: encode message: %w", err))
	}
	_, err = notify.PostHTTP(ctx, r.client, notify.HTTPRequest{URL: r.url, Body: body})
	if err != nil {
		return fmt.Errorf("slack: %w", err)
	}
	return nil
}

// Message is an incoming-webhook payload.
type Message struct {
	// Text is the fallback shown in notifications and by clients that
	// cannot show blocks.
	Text   string  `json:"text"`
	Blocks []Block `json:"blocks"`
}

// Block is one Block Kit layout block.
type Block struct {
	Type     string `json:"type"`
	Text     *Text  `json:"text,omitempty"`
	Fields   []Text `json:"fields,omitempty"`
	Elements []Text `json:"elements,omitempty"`
}

// Text is a Block Kit text object.
type Text struct {
	Type  string `json:"type"` // plain_text or mrkdwn
	Text  string `json:"text"`
	Emoji bool   `json:"emoji,omitempty"`
}

// Payload lays out a rendered message as Block Kit.
func Payload(m notify.Message, rd notify.Rendered) Message {
	text := escape(rd.Text)
	if len(m.To) > 0 {
		mentions := make([]string, 0, len(m.To))
		for _, id := range m.To {
			mentions = append(mentions, "<@"+escape(id)+">")
		}
		text = strings.Join(mentions, " ") + "\n" + text
	}
	blocks := []Block{
		{Type: "header", Text: &Text{Type: "plain_text", Text: notify.Truncate(rd.Title, headerLimit), Emoji: true}},
		{Type: "section", Text: &Text{Type: "mrkdwn", Text: notify.Truncate(text, sectionLimit)}},
	}
	if len(rd.Fields) > 0 {
		fs := make([]Text, 0, min(len(rd.Fields), maxFields))
		for _, f := range rd.Fields[:min(len(rd.Fields), maxFields)] {
			fs = append(fs, Text{Type: "mrkdwn", Text: notify.Truncate("*"+escape(f.Name)+"*\n"+escape(f.Value), fieldLimit)})
		}
		blocks = append(blocks, Block{Type: "section", Fields: fs})
	}
	if len(rd.Links) > 0 {
		parts := make([]string, 0, len(rd.Links))
		for _, l := range rd.Links {
			parts = append(parts, "<"+l.URL+"|"+escape(l.Text)+">")
		}
		blocks = append(blocks, Block{Type: "context", Elements: []Text{{Type: "mrkdwn", Text: strings.Join(parts, " · ")}}})
	}
	return Message{Text: rd.Title, Blocks: blocks}
}

// escape keeps text from turning into Slack markup: a token named
// "<!channel>" must not page a whole workspace.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
