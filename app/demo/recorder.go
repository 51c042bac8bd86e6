package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// recorder stands in for the services outside this machine that Warden
// notifies (Slack, Discord, Telegram, PagerDuty, a webhook consumer): one
// local HTTP server that answers like them and records what it received,
// per receiver, so the demo can show what was delivered where.
type recorder struct {
	srv  *http.Server
	ln   net.Listener
	mu   sync.Mutex
	seen map[string][]recorded // receiver (first path segment) -> requests
}

type recorded struct {
	Path string
	Body string
	At   time.Time
}

func startRecorder() (*recorder, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: recording receiver: %w", err)
	}
	r := &recorder{ln: ln, seen: map[string][]recorded{}}
	r.srv = &http.Server{Handler: http.HandlerFunc(r.serve), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := r.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			// Nothing to report to: deliveries to a dead recorder fail and
			// the demo's summary shows zero deliveries.
			_ = err
		}
	}()
	return r, nil
}

// Base is the recorder's URL; each receiver posts under its own path
// (/slack, /discord, /telegram/..., /pagerduty/..., /webhook).
func (r *recorder) Base() string { return "http://" + r.ln.Addr().String() }

func (r *recorder) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(req.Body, 1<<20))
	name := strings.SplitN(strings.TrimPrefix(req.URL.Path, "/"), "/", 2)[0]
	r.mu.Lock()
	r.seen[name] = append(r.seen[name], recorded{Path: req.URL.Path, Body: string(body), At: time.Now()})
	r.mu.Unlock()
	// Each service's success answer, as far as Warden's receivers read it.
	switch name {
	case "telegram":
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true,"result":{"message_id":1}}`)
	case "pagerduty":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusAccepted)
		_, _ = io.WriteString(w, `{"status":"success","message":"Event processed","dedup_key":"demo"}`)
	case "opsgenie":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusAccepted)
		_, _ = io.WriteString(w, `{"result":"Request will be processed","took":0.01,"requestId":"demo"}`)
	case "discord":
		w.WriteHeader(http.StatusNoContent)
	default:
		_, _ = io.WriteString(w, "ok")
	}
}

// Counts is how many requests each receiver got.
func (r *recorder) Counts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for k, v := range r.seen {
		out[k] = len(v)
	}
	return out
}

// Names lists the receivers that got anything, sorted.
func (r *recorder) Names() []string {
	c := r.Counts()
	out := make([]string, 0, len(c))
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (r *recorder) Close(ctx context.Context) error { return r.srv.Shutdown(ctx) }
