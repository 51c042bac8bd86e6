package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/warden-dev/warden/notify"
	notifywebhook "github.com/warden-dev/warden/notify/webhook"
)

// Headers Warden sets itself; a step cannot override them.
const (
	HeaderIdempotencyKey = notifywebhook.HeaderIdempotencyKey
	HeaderTimestamp      = notifywebhook.HeaderTimestamp
	HeaderSignature      = notifywebhook.HeaderSignature
)

// Delivery bounds: a receiver that is down gets a few quick retries, not
// a minute of the responder's time while other steps wait.
const (
	DefaultTimeout = 10 * time.Second
	MaxAttempts    = 4
	firstBackoff   = 250 * time.Millisecond
	maxRetryAfter  = 5 * time.Second
	excerptBytes   = 200
)

// Endpoint is an HTTP receiver of JSON posts. Its URL may itself be a
// secret (Slack and Discord webhook URLs are), so messages show only its
// scheme and host; Secret signs each body and is never shown.
type Endpoint struct {
	URL     string
	Secret  string // HMAC-SHA256 key; empty = unsigned
	Headers map[string]string
	Timeout time.Duration // per attempt; 0 = DefaultTimeout
	Client  *http.Client  // nil = a default client
	Logger  *slog.Logger
}

// Delivery is a successful post.
type Delivery struct {
	Status   int
	Attempts int
}

// StatusError is a post the receiver refused (4xx) or kept failing (5xx).
type StatusError struct {
	Endpoint string // redacted: scheme and host
	Status   int
	Excerpt  string // the start of the response body
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("%s answered %d %s", e.Endpoint, e.Status, http.StatusText(e.Status))
	if e.Excerpt != "" {
		s += ": " + e.Excerpt
	}
	return s
}

// Redacted shows the endpoint without its path and query, where webhook
// services keep their tokens.
func (e *Endpoint) Redacted() string { return Redact(e.URL) }

// Redact shows a URL as scheme://host, with "/…" when it had more (the
// notification receivers' rule: webhook services keep tokens in the path).
func Redact(raw string) string { return notify.Redact(raw) }

// CheckURL validates a literal endpoint URL.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%s is not a URL", Redact(raw))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%s: want an http or https URL", Redact(raw))
	}
	if u.Host == "" {
		return errors.New("the URL has no host")
	}
	if u.User != nil {
		return fmt.Errorf("%s: credentials in the URL are not supported; use the secret parameter", Redact(raw))
	}
	return nil
}

// Post sends body as JSON, retrying transport failures, timeouts, 429 and
// 5xx with exponential backoff (at most MaxAttempts attempts). The key is
// sent as the Idempotency-Key header on every attempt, so a receiver that
// saw an attempt whose answer was lost can drop the repeat.
func (e *Endpoint) Post(ctx context.Context, key string, body []byte) (*Delivery, error) {
	client := e.Client
	if client == nil {
		client = http.DefaultClient
	}
	timeout := e.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	backoff := firstBackoff
	var last error
	for attempt := 1; attempt <= MaxAttempts; attempt++ {
		status, retryAfter, err := e.attempt(ctx, client, timeout, key, body)
		if err == nil {
			return &Delivery{Status: status, Attempts: attempt}, nil
		}
		last = err
		var se *StatusError
		retryable := !errors.As(err, &se) || se.Status == http.StatusTooManyRequests || se.Status == http.StatusRequestTimeout || se.Status >= 500
		if !retryable || ctx.Err() != nil || attempt == MaxAttempts {
			break
		}
		wait := backoff
		if retryAfter > 0 {
			wait = min(retryAfter, maxRetryAfter)
		}
		if e.Logger != nil {
			e.Logger.Warn("webhook delivery failed; retrying", "endpoint", e.Redacted(), "attempt", attempt, "wait", wait, "err", err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("posting to %s: %w (after %d attempts; last: %v)", e.Redacted(), ctx.Err(), attempt, last)
		case <-t.C:
		}
		backoff *= 2
	}
	return nil, fmt.Errorf("posting to %s failed: %w", e.Redacted(), last)
}

func (e *Endpoint) attempt(ctx context.Context, client *http.Client, timeout time.Duration, key string, body []byte) (status int, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL, bytes.NewReader(body))
	if err != nil {
		return 0, 0, fmt.Errorf("building the request for %s: bad URL", e.Redacted())
	}
	for k, v := range e.Headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "warden")
	if key != "" {
		req.Header.Set(HeaderIdempotencyKey, key)
	}
	if e.Secret != "" {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set(HeaderTimestamp, ts)
		req.Header.Set(HeaderSignature, Sign(e.Secret, ts, body))
	}
	resp, err := client.Do(req)
	if err != nil {
		// *url.Error repeats the whole URL, token included: keep only
		// the cause.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return 0, 0, fmt.Errorf("no answer from %s within %s", e.Redacted(), timeout)
		}
		return 0, 0, fmt.Errorf("%s: %w", e.Redacted(), err)
	}
	defer resp.Body.Close()
	excerpt, _ := io.ReadAll(io.LimitReader(resp.Body, excerptBytes))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20)) // let the connection be reused
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return resp.StatusCode, 0, nil
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
		retryAfter = time.Duration(s) * time.Second
	}
	return resp.StatusCode, retryAfter, &StatusError{Endpoint: e.Redacted(), Status: resp.StatusCode, Excerpt: printable(excerpt)}
}

// Sign is the signature notification webhooks carry too (notify/webhook):
// one scheme, so a consumer verifies Warden's requests one way.
func Sign(secret, ts string, body []byte) string { return notifywebhook.Sign(secret, ts, body) }

// printable keeps a response excerpt on one readable line.
func printable(b []byte) string {
	s := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		if !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, string(b))
	return strings.TrimSpace(s)
}
