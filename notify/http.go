package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// HTTPRequest is one POST of a receiver. URL may hold a credential (Slack
// and Discord webhook URLs, a Telegram bot token in the path): errors name
// the endpoint by Redact(URL) only.
type HTTPRequest struct {
	URL         string
	ContentType string // default application/json
	Header      http.Header
	Body        []byte
}

// HTTPStatusError is an answer outside 2xx.
type HTTPStatusError struct {
	Endpoint string // redacted
	Status   int
	// Excerpt is the start of the response body, on one line.
	Excerpt string
}

func (e *HTTPStatusError) Error() string {
	s := fmt.Sprintf("%s answered %d %s", e.Endpoint, e.Status, http.StatusText(e.Status))
	if e.Excerpt != "" {
		s += ": " + e.Excerpt
	}
	return s
}

// maxExcerpt bounds how much of an error body ends up in the delivery log.
const maxExcerpt = 300

// PostHTTP makes one POST and classifies the outcome the way every HTTP
// receiver needs it: 2xx is delivered (the body is returned, up to 1 MiB);
// 429 and 408 are retried, honouring Retry-After; 5xx, timeouts and
// connection errors are retried; any other status is permanent. Errors
// never contain the URL's path or query.
func PostHTTP(ctx context.Context, client *http.Client, r HTTPRequest) ([]byte, error) {
	if client == nil {
		client = http.DefaultClient
	}
	endpoint := Redact(r.URL)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, Permanent(fmt.Errorf("building the request for %s: the URL is not valid", endpoint))
	}
	for k, vs := range r.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	ct := r.ContentType
	if ct == "" {
		ct = "application/json"
	}
	req.Header.Set("Content-Type", ct)
	req.Header.Set("User-Agent", "warden")
	resp, err := client.Do(req)
	if err != nil {
		// *url.Error repeats the whole URL, token included: keep only
		// the cause.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, Retry(fmt.Errorf("no answer from %s in time: %w", endpoint, context.DeadlineExceeded), 0)
		}
		if errors.Is(err, context.Canceled) {
			return nil, Retry(fmt.Errorf("request to %s cancelled: %w", endpoint, err), 0)
		}
		return nil, Retry(fmt.Errorf("%s: %w", endpoint, err), 0)
	}
	defer resp.Body.Close()
	// A body cut short does not undo a 2xx: the receiver has the message.
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return body, nil
	}
	se := &HTTPStatusError{Endpoint: endpoint, Status: resp.StatusCode, Excerpt: Excerpt(body)}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode == http.StatusRequestTimeout:
		return body, Retry(se, ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()))
	case resp.StatusCode >= 500:
		return body, Retry(se, ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()))
	}
	return body, Permanent(se)
}

// ParseRetryAfter reads a Retry-After header: delay-seconds or an
// HTTP-date (relative to now). Zero when absent or unreadable.
func ParseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Redact shows a URL as scheme://host, with "/…" when it had more: webhook
// services keep their tokens in the path and query.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(unparseable URL)"
	}
	s := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		s += "/…"
	}
	return s
}

// Excerpt keeps the start of an answer on one readable line.
func Excerpt(b []byte) string {
	if len(b) > maxExcerpt {
		b = b[:maxExcerpt]
	}
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

// HTTPURL parses an endpoint a receiver posts to: it must be an absolute
// http(s) URL with a host.
func HTTPURL(raw string) (*url.URL, bool) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, false
	}
	return u, true
}
