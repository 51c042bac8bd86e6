package notify_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/webhook"
	"github.com/warden-dev/warden/store/sqlite"
)

var start = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func webhookDest(t *testing.T, name, url string, retry notify.RetryPolicy, limit notify.RateLimit) notify.Destination {
	t.Helper()
	rcv, err := webhook.New(webhook.Options{URL: url, Secret: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := notify.NewRenderer(notify.TemplateSource{}, notifytest.Links)
	if err != nil {
		t.Fatal(err)
	}
	return notify.Destination{Name: name, Receiver: rcv, Renderer: r, Retry: retry, Rate: limit, Secrets: []string{"s3cret"}}
}

func message(receiver string, n int) notify.Message {
	m := notify.ExampleMessage()
	m.Receiver = receiver
	m.Key = fmt.Sprintf("inc-example/%s/trigger/%d", receiver, n)
	return m
}

// running starts d.Run and returns a stop function that cancels it and
// waits for it to return.
func running(t *testing.T, d *notify.Dispatcher) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitFinal waits until every key's delivery is no longer pending.
func waitFinal(t *testing.T, st *sqlite.Store, keys ...string) []notify.Delivery {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var out []notify.Delivery
		for _, k := range keys {
			d, err := st.Notification(context.Background(), k)
			if err != nil {
				t.Fatal(err)
			}
			if d != nil && d.State != notify.StatePending {
				out = append(out, *d)
			}
		}
		if len(out) == len(keys) {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d deliveries final after 10s", len(out), len(keys))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestFailingThreeTimesThenSucceedingDeliversExactlyOnce(t *testing.T) {
	clock := notifytest.NewClock(start)
	srv := notifytest.NewServer(t,
		notifytest.Response{Status: 503, Body: "maintenance"},
		notifytest.Response{Hang: 10 * time.Second},
		notifytest.Response{Status: 429, Header: map[string]string{"Retry-After": "120"}},
		notifytest.Response{Status: 200})
	srv.SetClock(clock.Now)
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	retry := notify.RetryPolicy{InitialBackoff: 2 * time.Second, AttemptTimeout: 300 * time.Millisecond}
	d, err := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL+"/hook", retry, notify.RateLimit{})}, notify.DispatcherOptions{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	m := message("ops", 1)
	ctx := context.Background()
	if err := d.Send(ctx, m); err != nil {
		t.Fatal(err)
	}
	stop := running(t, d)
	if err := d.Send(ctx, m); err != nil { // the same key again while running: a no-op
		t.Fatal(err)
	}
	got := waitFinal(t, st, m.Key)[0]
	stop()

	reqs := srv.Requests()
	if len(reqs) != 4 {
		t.Fatalf("server saw %d requests, want 4 (503, timeout, 429, 200)", len(reqs))
	}
	if got.State != notify.StateDelivered || got.Attempts != 4 || got.DeliveredAt.IsZero() {
		t.Fatalf("delivery %+v", got)
	}
	for _, r := range reqs {
		if r.Header.Get("Idempotency-Key") != m.Key {
			t.Errorf("idempotency key %q", r.Header.Get("Idempotency-Key"))
		}
	}
	// Backoff after the 503: between half and all of the initial 2 s.
	if gap := reqs[1].At.Sub(reqs[0].At); gap < time.Second || gap > 2*time.Second {
		t.Errorf("backoff after the 503 was %s, want 1s..2s", gap)
	}
	// After the timeout the backoff doubled (2s..4s).
	if gap := reqs[2].At.Sub(reqs[1].At); gap < 2*time.Second || gap > 4*time.Second {
		t.Errorf("backoff after the timeout was %s, want 2s..4s", gap)
	}
	if gap := reqs[3].At.Sub(reqs[2].At); gap < 120*time.Second {
		t.Errorf("retried %s after a 429 with Retry-After: 120", gap)
	}
	if !strings.Contains(got.LastError, "429") || strings.Contains(got.LastError, "s3cret") {
		t.Errorf("last error %q", got.LastError)
	}
	all, err := st.IncidentNotifications(ctx, m.Incident.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Errorf("%d deliveries stored for the incident, want 1", len(all))
	}
}

func TestPermanentFailureIsNotRetriedAndTheQueueMovesOn(t *testing.T) {
	clock := notifytest.NewClock(start)
	srv := notifytest.NewServer(t, notifytest.Response{Status: 400, Body: `{"error":"unknown channel"}`})
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	d, err := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL, notify.RetryPolicy{}, notify.RateLimit{})}, notify.DispatcherOptions{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	first, second := message("ops", 1), message("ops", 2)
	for _, m := range []notify.Message{first, second} {
		if err := d.Send(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	running(t, d)
	got := waitFinal(t, st, first.Key, second.Key)
	if got[0].State != notify.StateFailed || got[0].Attempts != 1 || !strings.Contains(got[0].LastError, "400") || !strings.Contains(got[0].LastError, "unknown channel") {
		t.Errorf("first %+v", got[0])
	}
	if got[1].State != notify.StateDelivered || got[1].Attempts != 1 {
		t.Errorf("second %+v", got[1])
	}
	if n := len(srv.Requests()); n != 2 {
		t.Errorf("server saw %d requests, want 2", n)
	}
}

func TestGivesUpAfterMaxAttempts(t *testing.T) {
	clock := notifytest.NewClock(start)
	srv := notifytest.NewServer(t)
	srv.SetFallback(notifytest.Response{Status: 502})
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	d, _ := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL, notify.RetryPolicy{MaxAttempts: 3}, notify.RateLimit{})}, notify.DispatcherOptions{Clock: clock})
	m := message("ops", 1)
	if err := d.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	running(t, d)
	got := waitFinal(t, st, m.Key)[0]
	if got.State != notify.StateFailed || got.Attempts != 3 || !strings.HasPrefix(got.LastError, "gave up after 3 attempts") {
		t.Errorf("delivery %+v", got)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("server saw %d requests, want 3", n)
	}
}

func TestGivesUpWhenTheMessageIsTooOld(t *testing.T) {
	clock := notifytest.NewClock(start)
	srv := notifytest.NewServer(t)
	srv.SetFallback(notifytest.Response{Status: 503})
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	retry := notify.RetryPolicy{MaxAttempts: 1000, MaxAge: 10 * time.Minute, InitialBackoff: time.Minute, MaxBackoff: time.Minute}
	d, _ := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL, retry, notify.RateLimit{})}, notify.DispatcherOptions{Clock: clock})
	m := message("ops", 1)
	if err := d.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	running(t, d)
	got := waitFinal(t, st, m.Key)[0]
	if got.State != notify.StateFailed || !strings.Contains(got.LastError, "more than 10m0s after") {
		t.Errorf("delivery %+v", got)
	}
	// Waits of 30..60 s within 10 minutes: roughly 10 to 20 attempts, never 1000.
	if got.Attempts < 10 || got.Attempts > 21 {
		t.Errorf("%d attempts in 10 minutes of one-minute backoff", got.Attempts)
	}
}

func TestRateLimitSpacesDeliveriesInOrder(t *testing.T) {
	clock := notifytest.NewClock(start)
	srv := notifytest.NewServer(t)
	srv.SetClock(clock.Now)
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	// Six a minute: one every ten seconds, no burst.
	d, _ := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL, notify.RetryPolicy{}, notify.RateLimit{PerMinute: 6, Burst: 1})}, notify.DispatcherOptions{Clock: clock})
	var keys []string
	for i := range 5 {
		m := message("ops", i)
		keys = append(keys, m.Key)
		if err := d.Send(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	running(t, d)
	waitFinal(t, st, keys...)
	reqs := srv.Requests()
	if len(reqs) != 5 {
		t.Fatalf("%d requests", len(reqs))
	}
	for i, r := range reqs {
		if r.Header.Get("Idempotency-Key") != keys[i] {
			t.Errorf("request %d is %s, want %s (order)", i, r.Header.Get("Idempotency-Key"), keys[i])
		}
		if i > 0 {
			if gap := r.At.Sub(reqs[i-1].At); gap < 10*time.Second-time.Millisecond {
				t.Errorf("requests %d and %d only %s apart under a limit of 6/min", i-1, i, gap)
			}
		}
	}
	if total := reqs[4].At.Sub(reqs[0].At); total < 40*time.Second-time.Millisecond {
		t.Errorf("5 requests within %s", total)
	}
}

func TestPendingNotificationsAreDeliveredAfterRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warden.db")
	down := notifytest.NewServer(t)
	down.SetFallback(notifytest.Response{Status: 503})
	var keys []string

	// First life: the receiver is down. One attempt fails, then the
	// daemon stops with everything pending.
	{
		st, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		retry := notify.RetryPolicy{InitialBackoff: time.Hour, MaxBackoff: time.Hour}
		d, _ := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", down.URL, retry, notify.RateLimit{})}, notify.DispatcherOptions{})
		for i := range 3 {
			m := message("ops", i)
			keys = append(keys, m.Key)
			if err := d.Send(context.Background(), m); err != nil {
				t.Fatal(err)
			}
		}
		stop := running(t, d)
		down.WaitRequests(t, 1)
		stop()
		pending, err := st.PendingNotifications(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(pending) != 3 || pending[0].Attempts != 1 || pending[0].NextAttemptAt.Before(time.Now().Add(29*time.Minute)) {
			t.Fatalf("after the first life: %+v", pending)
		}
		st.Close()
	}
	if n := len(down.Requests()); n != 1 {
		t.Fatalf("the down receiver saw %d requests, want 1", n)
	}

	// Second life over the same file, the receiver is up: everything
	// arrives once, in order, after the stored backoff.
	up := notifytest.NewServer(t)
	clock := notifytest.NewClock(time.Now())
	up.SetClock(clock.Now)
	st := openStore(t, path)
	d, err := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", up.URL, notify.RetryPolicy{}, notify.RateLimit{})}, notify.DispatcherOptions{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	running(t, d)
	for _, got := range waitFinal(t, st, keys...) {
		if got.State != notify.StateDelivered {
			t.Errorf("%s: %+v", got.Key, got)
		}
	}
	reqs := up.Requests()
	if len(reqs) != 3 {
		t.Fatalf("receiver saw %d requests after the restart, want 3", len(reqs))
	}
	for i, r := range reqs {
		if r.Header.Get("Idempotency-Key") != keys[i] {
			t.Errorf("request %d: %s, want %s", i, r.Header.Get("Idempotency-Key"), keys[i])
		}
	}
	first, _ := st.Notification(context.Background(), keys[0])
	if first.Attempts != 2 || reqs[0].At.Before(first.CreatedAt.Add(30*time.Minute)) {
		t.Errorf("first message: %d attempts, retried at %s though its backoff ran to at least %s", first.Attempts, reqs[0].At, first.CreatedAt.Add(30*time.Minute))
	}
}

func TestShutdownFinishesAndRecordsTheAttemptInFlight(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Hang: 300 * time.Millisecond, Status: 200})
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	d, _ := notify.NewDispatcher(st, []notify.Destination{webhookDest(t, "ops", srv.URL, notify.RetryPolicy{AttemptTimeout: 5 * time.Second}, notify.RateLimit{})}, notify.DispatcherOptions{})
	m := message("ops", 1)
	if err := d.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	stop := running(t, d)
	srv.WaitRequests(t, 1)
	began := time.Now()
	stop()
	if waited := time.Since(began); waited > 3*time.Second {
		t.Errorf("shutdown took %s", waited)
	}
	got, _ := st.Notification(context.Background(), m.Key)
	if got.State != notify.StateDelivered {
		t.Errorf("the attempt in flight at shutdown was not recorded: %+v", got)
	}
}

// leaky returns errors that contain its credential.
type leaky struct{}

func (leaky) Kind() string { return "leaky" }
func (leaky) Deliver(context.Context, notify.Message, notify.Rendered) error {
	return notify.Permanent(errors.New("POST https://api.example/botTOKEN-123456/send: refused"))
}

func TestSecretsAreCutFromStoredErrors(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	d, _ := notify.NewDispatcher(st, []notify.Destination{{Name: "ops", Receiver: leaky{}, Secrets: []string{"TOKEN-123456"}}}, notify.DispatcherOptions{})
	m := message("ops", 1)
	if err := d.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	running(t, d)
	got := waitFinal(t, st, m.Key)[0]
	if strings.Contains(got.LastError, "TOKEN-123456") || !strings.Contains(got.LastError, "[redacted]") {
		t.Errorf("last error %q", got.LastError)
	}
}

func TestSendChecksKeyAndReceiver(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	d, _ := notify.NewDispatcher(st, []notify.Destination{{Name: "ops", Receiver: leaky{}}}, notify.DispatcherOptions{})
	m := message("ops", 1)
	m.Key = ""
	if err := d.Send(context.Background(), m); err == nil {
		t.Error("accepted a message without a key")
	}
	m = message("nobody", 1)
	if err := d.Send(context.Background(), m); err == nil || !strings.Contains(err.Error(), `"nobody" is not configured`) {
		t.Errorf("unknown receiver: %v", err)
	}
	if _, err := notify.NewDispatcher(st, []notify.Destination{{Name: "a", Receiver: leaky{}}, {Name: "a", Receiver: leaky{}}}, notify.DispatcherOptions{}); err == nil {
		t.Error("accepted a destination defined twice")
	}
}

// counting accepts everything and counts.
type counting struct {
	mu sync.Mutex
	n  int
}

func (c *counting) Kind() string { return "counting" }
func (c *counting) Deliver(context.Context, notify.Message, notify.Rendered) error {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return nil
}

func TestRunLeavesNoGoroutinesBehind(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "warden.db"))
	before := runtime.NumGoroutine()
	var dests []notify.Destination
	rcv := &counting{}
	for i := range 5 {
		dests = append(dests, notify.Destination{Name: fmt.Sprint("r", i), Receiver: rcv, Rate: notify.RateLimit{PerMinute: 60}})
	}
	d, err := notify.NewDispatcher(st, dests, notify.DispatcherOptions{Clock: notifytest.NewClock(start)})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 { // Run may be called again after it returned
		stop := running(t, d)
		var keys []string
		for i := range 5 {
			m := message(fmt.Sprint("r", i), round)
			keys = append(keys, m.Key)
			if err := d.Send(context.Background(), m); err != nil {
				t.Fatal(err)
			}
		}
		waitFinal(t, st, keys...)
		stop()
	}
	if rcv.n != 10 {
		t.Errorf("%d deliveries, want 10", rcv.n)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Run returned, %d before", n, before)
	}
}
