// Package webhook posts notifications as JSON to any HTTP endpoint, signed
// so the receiver can check they come from Warden: X-Warden-Timestamp is
// the Unix time of the request and X-Warden-Signature is
// "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body)). Binding
// the timestamp lets a receiver refuse replays of old requests. The
// message key travels as Idempotency-Key, the same on every retry.
package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "webhook"

// Headers Warden sets.
const (
	HeaderTimestamp      = "X-Warden-Timestamp"
	HeaderSignature      = "X-Warden-Signature"
	HeaderEvent          = "X-Warden-Event"
	HeaderIdempotencyKey = "Idempotency-Key"
)

// PayloadVersion changes when the body changes incompatibly.
const PayloadVersion = 1

// Options configure a webhook receiver.
type Options struct {
	URL string
	// Secret is the HMAC key shared with the receiver.
	Secret string
	// Headers are added to every request (e.g. an Authorization the
	// receiver wants); they cannot replace Warden's own.
	Headers map[string]string
	Client  *http.Client
	// Now stamps requests (default time.Now).
	Now func() time.Time
}

// Receiver posts to one URL.
type Receiver struct {
	o Options
}

// New checks the options.
func New(o Options) (*Receiver, error) {
	u, ok := notify.HTTPURL(o.URL)
	if !ok {
		return nil, errors.New("webhook: URL must be an http(s) URL")
	}
	if u.User != nil {
		return nil, errors.New("webhook: credentials in the URL are not supported; use headers")
	}
	if o.Secret == "" {
		return nil, errors.New("webhook: signing secret is empty")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Receiver{o: o}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// Payload is the JSON body.
type Payload struct {
	Version  int               `json:"version"`
	Key      string            `json:"key"`
	Receiver string            `json:"receiver"`
	Event    notify.Event      `json:"event"`
	Title    string            `json:"title"`
	Text     string            `json:"text"`
	Fields   []notify.Field    `json:"fields"`
	Links    []notify.Link     `json:"links"`
	Incident incident.Incident `json:"incident"`
	Alerts   []alert.Alert     `json:"alerts"`
	Actions  []string          `json:"actions"`
	To       []string          `json:"to,omitempty"`
	Note     string            `json:"note,omitempty"`
	At       time.Time         `json:"at"`
}

// Deliver implements notify.Receiver.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	body, err := json.Marshal(Payload{
		Version: PayloadVersion, Key: m.Key, Receiver: m.Receiver, Event: m.Event,
		Title: rd.Title, Text: rd.Text, Fields: rd.Fields, Links: rd.Links,
		Incident: m.Incident, Alerts: m.Alerts, Actions: m.Actions, To: m.To, Note: m.Note, At: m.At,
	})
	if err != nil {
		return notify.Permanent(fmt.Errorf("webhook: encode message: %w", err))
	}
	ts := strconv.FormatInt(r.o.Now().Unix(), 10)
	h := http.Header{}
	for k, v := range r.o.Headers {
		h.Set(k, v)
	}
	h.Set(HeaderTimestamp, ts)
	h.Set(HeaderSignature, Sign(r.o.Secret, ts, body))
	h.Set(HeaderEvent, string(m.Event))
	h.Set(HeaderIdempotencyKey, m.Key)
	if _, err := notify.PostHTTP(ctx, r.o.Client, notify.HTTPRequest{URL: r.o.URL, Header: h, Body: body}); err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	return nil
}

// Sign is the X-Warden-Signature value for body sent at ts.
func Sign(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks a request's signature and that its timestamp is within
// tolerance of now: what a receiver written in Go would do.
func Verify(secret, ts, signature string, body []byte, now time.Time, tolerance time.Duration) error {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("webhook: timestamp is not a Unix time")
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("webhook: timestamp is %s away from now (tolerance %s)", d.Round(time.Second), tolerance)
	}
	if !hmac.Equal([]byte(Sign(secret, ts, body)), []byte(signature)) {
		return errors.New("webhook: signature does not match")
	}
	return nil
}
