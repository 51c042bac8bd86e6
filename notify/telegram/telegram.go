// Package telegram sends notifications through the Telegram Bot API
// (sendMessage) to a chat: the configured one, or each chat ID in
// Message.To. Messages are plain text, so nothing from the chain can turn
// into markup; Telegram makes the links clickable.
package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "telegram"

// DefaultAPIURL is the Bot API's base URL.
const DefaultAPIURL = "https://api.telegram.org"

// textLimit is the longest message sendMessage accepts.
const textLimit = 4096

// Options configure a Telegram receiver.
type Options struct {
	// Token is the bot token (a credential: it sits in the request path
	// and is never shown).
	Token string
	// ChatID is the default chat (a number, or @channelname).
	ChatID string
	// APIURL overrides DefaultAPIURL (a local Bot API server, tests).
	APIURL string
	Client *http.Client
}

// Receiver sends with one bot.
type Receiver struct {
	o Options

	// sent remembers the chats a message already reached, so that a
	// retry after a partial failure does not repeat it there.
	mu   sync.Mutex
	sent map[string]bool
}

// New checks the options.
func New(o Options) (*Receiver, error) {
	if o.Token == "" {
		return nil, errors.New("telegram: bot token is empty")
	}
	if o.APIURL == "" {
		o.APIURL = DefaultAPIURL
	}
	_, ok := notify.HTTPURL(o.APIURL)
	if !ok {
		return nil, errors.New("telegram: api_url must be an http(s) URL")
	}
	o.APIURL = strings.TrimRight(o.APIURL, "/")
	return &Receiver{o: o, sent: map[string]bool{}}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// SendMessage is the sendMessage request.
type SendMessage struct {
	ChatID             string             `json:"chat_id"`
	Text               string             `json:"text"`
	LinkPreviewOptions LinkPreviewOptions `json:"link_preview_options"`
}

// LinkPreviewOptions turns off the preview of the first link.
type LinkPreviewOptions struct {
	IsDisabled bool `json:"is_disabled"`
}

// Text is the message text: title, body, links.
func Text(rd notify.Rendered) string {
	var b strings.Builder
	b.WriteString(rd.Title)
	b.WriteString("\n\n")
	b.WriteString(rd.Text)
	for i, l := range rd.Links {
		if i == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "\n%s: %s", l.Text, l.URL)
	}
	return notify.Truncate(b.String(), textLimit)
}

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	chats := m.To
	if len(chats) == 0 {
		if r.o.ChatID == "" {
			return notify.Permanent(errors.New("telegram: no chat to send to (set chat_id or address people)"))
		}
		chats = []string{r.o.ChatID}
	}
	text := Text(rd)
	for _, chat := range chats {
		mark := m.Key + "\x00" + chat
		if r.wasSent(mark) {
			continue
		}
		if err := r.send(ctx, chat, text); err != nil {
			return err
		}
		r.markSent(mark)
	}
	for _, chat := range chats {
		r.forget(m.Key + "\x00" + chat)
	}
	return nil
}

func (r *Receiver) send(ctx context.Context, chat, text string) error {
	body, err := json.Marshal(SendMessage{ChatID: chat, Text: text, LinkPreviewOptions: LinkPreviewOptions{IsDisabled: true}})
	if err != nil {
		return notify.Permanent(fmt.Errorf("telegram: encode message: %w", err))
	}
	resp, err := notify.PostHTTP(ctx, r.o.Client, notify.HTTPRequest{URL: r.o.APIURL + "/bot" + r.o.Token + "/sendMessage", Body: body})
	if err == nil {
		return nil
	}
	// The Bot API says how long to wait in the body: {"ok":false,
	// "error_code":429, "parameters":{"retry_after":N}}.
	var answer struct {
		Parameters struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if notify.RetryAfter(err) == 0 && !notify.IsPermanent(err) && json.Unmarshal(resp, &answer) == nil && answer.Parameters.RetryAfter > 0 {
		return notify.Retry(fmt.Errorf("telegram: chat %s: %w", chat, err), time.Duration(answer.Parameters.RetryAfter)*time.Second)
	}
	return fmt.Errorf("telegram: chat %s: %w", chat, err)
}

// maxRemembered bounds the partial-delivery memory; it only saves repeats,
// so forgetting it all is safe.
const maxRemembered = 10_000

func (r *Receiver) wasSent(mark string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sent[mark]
}

func (r *Receiver) markSent(mark string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.sent) >= maxRemembered {
		clear(r.sent)
	}
	r.sent[mark] = true
}

func (r *Receiver) forget(mark string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.sent, mark)
}
