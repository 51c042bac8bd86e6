// Package notifytest holds what the receivers' and the dispatcher's tests
// share: a local HTTP server standing in for Slack, PagerDuty and the like,
// which records every request and answers from a script, and a clock whose
// waits complete at once.
package notifytest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
)

// Request is one request the server received.
type Request struct {
	Method string
	// Path is the unescaped path; RawPath keeps the escaping.
	Path     string
	RawPath  string
	RawQuery string
	Header   http.Header
	Body     []byte
	// At is the server's clock when the request arrived (the injected
	// clock when one is set, else wall time).
	At time.Time
}

// Response is one scripted answer.
type Response struct {
	Status int // default 200
	Header map[string]string
	Body   string
	// Hang holds the answer this long, or until the client gives up:
	// a receiver that does not answer in time.
	Hang time.Duration
}

// Server is a local stand-in for a receiver's HTTP API.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	requests []Request
	script   []Response
	fallback Response
	now      func() time.Time
	arrived  chan struct{}
}

// NewServer starts a recording server that answers with script in order,
// then with 200 and an empty body. It is closed when the test ends.
func NewServer(t testing.TB, script ...Response) *Server {
	t.Helper()
	s := &Server{script: script, fallback: Response{Status: http.StatusOK}, now: time.Now, arrived: make(chan struct{}, 1024)}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// SetFallback sets the answer given once the script is used up.
func (s *Server) SetFallback(r Response) {
	s.mu.Lock()
	s.fallback = r
	s.mu.Unlock()
}

// SetClock stamps requests with now instead of wall time.
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	s.now = now
	s.mu.Unlock()
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, RawPath: r.URL.EscapedPath(), RawQuery: r.URL.RawQuery,
		Header: r.Header.Clone(), Body: body, At: s.now()})
	resp := s.fallback
	if len(s.script) > 0 {
		resp, s.script = s.script[0], s.script[1:]
	}
	s.mu.Unlock()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
	if resp.Hang > 0 {
		t := time.NewTimer(resp.Hang)
		select {
		case <-t.C:
		case <-r.Context().Done():
		}
		t.Stop()
	}
	for k, v := range resp.Header {
		w.Header().Set(k, v)
	}
	if resp.Status == 0 {
		resp.Status = http.StatusOK
	}
	w.WriteHeader(resp.Status)
	_, _ = io.WriteString(w, resp.Body)
}

// Requests returns what the server received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequests waits (up to 10 s of wall time) until the server has
// received at least n requests and returns them.
func (s *Server) WaitRequests(t testing.TB, n int) []Request {
	t.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	for {
		if r := s.Requests(); len(r) >= n {
			return r
		}
		select {
		case <-s.arrived:
		case <-deadline.C:
			t.Fatalf("server received %d requests, want %d", len(s.Requests()), n)
		}
	}
}

// Clock is a notify.Clock whose waits complete at once: After moves its
// time forward by the wait and fires. A test thus sees every backoff and
// rate-limit wait in the clock's readings without sleeping.
type Clock struct {
	mu    sync.Mutex
	now   time.Time
	waits []time.Duration
}

// NewClock starts a clock at start.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After advances the clock by d and returns a fired channel.
func (c *Clock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(max(d, 0))
	c.waits = append(c.waits, d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// Advance moves the clock forward without a wait.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// Waits lists the waits asked of the clock so far.
func (c *Clock) Waits() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.waits...)
}

// Links are the links the receivers' tests render with.
var Links = notify.Links{ExternalURL: "https://warden.example", Explorers: map[string]string{"mainnet": "https://etherscan.io"}}

// Render renders m with the default templates and Links.
func Render(t testing.TB, m notify.Message) notify.Rendered {
	t.Helper()
	r, err := notify.NewRenderer(notify.TemplateSource{}, Links)
	if err != nil {
		t.Fatal(err)
	}
	rd, err := r.Render(m)
	if err != nil {
		t.Fatal(err)
	}
	return rd
}
