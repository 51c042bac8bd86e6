package notify

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// DeliveryState is where a notification stands in the delivery log.
type DeliveryState string

const (
	// StatePending: stored, not yet accepted by the receiver.
	StatePending DeliveryState = "pending"
	// StateDelivered: the receiver accepted it. Final.
	StateDelivered DeliveryState = "delivered"
	// StateFailed: refused for good, or given up on after the retry
	// policy's attempts or age. Final; LastError says why.
	StateFailed DeliveryState = "failed"
)

// Delivery is one notification in the delivery log: the message and what
// happened to it. It holds no secrets: receivers' credentials stay in the
// receivers, and errors are redacted before they are stored.
type Delivery struct {
	Key      string
	Receiver string
	Message  Message
	State    DeliveryState
	// Attempts counts the attempts made so far.
	Attempts  int
	LastError string
	CreatedAt time.Time
	UpdatedAt time.Time
	// NextAttemptAt is when a pending delivery may be tried again (a
	// backoff or a receiver's Retry-After survive a restart).
	NextAttemptAt time.Time
	DeliveredAt   time.Time
}

// DeliveryLog stores deliveries durably; store/sqlite implements it.
type DeliveryLog interface {
	// EnqueueNotification stores d unless its key is already stored, and
	// reports whether it did.
	EnqueueNotification(ctx context.Context, d Delivery) (bool, error)
	// PendingNotifications lists the pending deliveries in the order
	// they were enqueued.
	PendingNotifications(ctx context.Context) ([]Delivery, error)
	// UpdateNotification records an attempt's outcome (state, attempts,
	// last error, times) of a pending delivery. A final state is never
	// changed again.
	UpdateNotification(ctx context.Context, d Delivery) error
}

// Clock is the dispatcher's time: tests inject one so that retries and rate
// limits run without real waiting.
type Clock interface {
	Now() time.Time
	// After fires once d has passed.
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// RetryPolicy bounds how long a notification is retried. Zero fields take
// the defaults below.
type RetryPolicy struct {
	// MaxAttempts is how many attempts a notification gets.
	MaxAttempts int
	// MaxAge bounds retrying: a failed notification is not tried again
	// once the next attempt would come later than MaxAge after it was
	// sent (a page about an exploit a day late helps nobody). A message
	// resumed after a restart still gets its attempt.
	MaxAge time.Duration
	// InitialBackoff is the wait after the first failure; it doubles per
	// attempt up to MaxBackoff, each wait jittered down by up to half so
	// that receivers recovering from an outage are not hit in lockstep.
	InitialBackoff time.Duration
	MaxBackoff     time.Duration
	// AttemptTimeout bounds one attempt.
	AttemptTimeout time.Duration
}

// Retry policy defaults.
const (
	DefaultMaxAttempts    = 10
	DefaultMaxAge         = 6 * time.Hour
	DefaultInitialBackoff = 2 * time.Second
	DefaultMaxBackoff     = 5 * time.Minute
	DefaultAttemptTimeout = 15 * time.Second
)

func (p RetryPolicy) withDefaults() RetryPolicy {
	p.MaxAttempts = cmp.Or(p.MaxAttempts, DefaultMaxAttempts)
	p.MaxAge = cmp.Or(p.MaxAge, DefaultMaxAge)
	p.InitialBackoff = cmp.Or(p.InitialBackoff, DefaultInitialBackoff)
	p.MaxBackoff = cmp.Or(p.MaxBackoff, DefaultMaxBackoff)
	p.AttemptTimeout = cmp.Or(p.AttemptTimeout, DefaultAttemptTimeout)
	return p
}

// RateLimit caps one receiver's requests, retries included (a token
// bucket). Zero PerMinute means no cap.
type RateLimit struct {
	PerMinute float64
	// Burst is how many requests may go at once after a quiet spell
	// (default 1).
	Burst int
}

// Destination is a configured receiver with its delivery policy.
type Destination struct {
	// Name is the receiver's configured name (Message.Receiver).
	Name     string
	Receiver Receiver
	// Renderer holds the receiver's templates; nil uses the defaults
	// without links.
	Renderer *Renderer
	Retry    RetryPolicy
	Rate     RateLimit
	// Secrets are the receiver's resolved credentials (tokens, keys,
	// webhook URLs): they are cut out of every error before it is logged
	// or stored, in case a receiver or a library let one through.
	Secrets []string
}

// DispatcherOptions are the dispatcher's seams.
type DispatcherOptions struct {
	Clock  Clock        // default: the system clock
	Logger *slog.Logger // default: slog.Default()
	// Jitter returns a number in [0, 1) (default math/rand/v2).
	Jitter func() float64
}

// Dispatcher is the Sender that makes notifications arrive: Send stores a
// message in the delivery log before anything else, and Run delivers
// stored messages, one queue per receiver in the order they were sent,
// with retries, backoff and rate limits. A message is marked delivered
// only when its receiver accepted it, and Run picks up whatever was still
// pending when the process last stopped.
//
// Delivery is at least once: a crash between a receiver's acceptance and
// the log's update repeats that one message after the restart. The keys
// that go with every message (PagerDuty dedup_key, Opsgenie alias, the
// webhook's Idempotency-Key) let receivers drop such a repeat.
type Dispatcher struct {
	log     DeliveryLog
	clock   Clock
	logger  *slog.Logger
	jitter  func() float64
	workers map[string]*worker

	// mu orders Send's enqueue against Run's resume, so that a message is
	// queued in memory exactly once.
	mu      sync.Mutex
	running bool
}

// NewDispatcher builds a dispatcher over log for the destinations (names
// must be unique). It delivers nothing until Run.
func NewDispatcher(log DeliveryLog, dests []Destination, opts DispatcherOptions) (*Dispatcher, error) {
	if log == nil {
		return nil, errors.New("notify: dispatcher needs a delivery log")
	}
	d := &Dispatcher{
		log:     log,
		clock:   opts.Clock,
		logger:  opts.Logger,
		jitter:  opts.Jitter,
		workers: map[string]*worker{},
	}
	if d.clock == nil {
		d.clock = systemClock{}
	}
	if d.logger == nil {
		d.logger = slog.Default()
	}
	if d.jitter == nil {
		d.jitter = rand.Float64
	}
	for _, dest := range dests {
		switch {
		case dest.Name == "":
			return nil, errors.New("notify: a destination has no name")
		case dest.Receiver == nil:
			return nil, fmt.Errorf("notify: destination %q has no receiver", dest.Name)
		case d.workers[dest.Name] != nil:
			return nil, fmt.Errorf("notify: destination %q is defined twice", dest.Name)
		case dest.Rate.PerMinute < 0 || dest.Rate.Burst < 0:
			return nil, fmt.Errorf("notify: destination %q: rate limit must not be negative", dest.Name)
		}
		if dest.Renderer == nil {
			r, err := NewRenderer(TemplateSource{}, Links{})
			if err != nil {
				return nil, fmt.Errorf("notify: default templates: %w", err)
			}
			dest.Renderer = r
		}
		dest.Retry = dest.Retry.withDefaults()
		w := &worker{dest: dest, queued: map[string]bool{}, wake: make(chan struct{}, 1)}
		if dest.Rate.PerMinute > 0 {
			w.limiter = rate.NewLimiter(rate.Limit(dest.Rate.PerMinute/60), max(dest.Rate.Burst, 1))
		}
		d.workers[dest.Name] = w
	}
	return d, nil
}

// Send stores m for delivery and returns; m.Key must be set and m.Receiver
// must be a configured destination. A key already in the log is left as it
// is: sending the same message twice delivers it once.
func (d *Dispatcher) Send(ctx context.Context, m Message) error {
	if m.Key == "" {
		return errors.New("notify: message has no key")
	}
	w := d.workers[m.Receiver]
	if w == nil {
		return fmt.Errorf("notify: message %s: receiver %q is not configured", m.Key, m.Receiver)
	}
	now := d.clock.Now()
	if m.At.IsZero() {
		m.At = now
	}
	dl := Delivery{Key: m.Key, Receiver: m.Receiver, Message: m, State: StatePending,
		CreatedAt: now, UpdatedAt: now, NextAttemptAt: now}
	d.mu.Lock()
	defer d.mu.Unlock()
	inserted, err := d.log.EnqueueNotification(ctx, dl)
	if err != nil {
		return fmt.Errorf("notify: store message %s: %w", m.Key, err)
	}
	if inserted && d.running {
		w.add(&dl)
	}
	return nil
}

// Run resumes the pending deliveries from the log and delivers until ctx
// is cancelled. It returns once every receiver's queue has stopped; an
// attempt in flight is finished and recorded first (it is bounded by the
// attempt timeout), so a delivered message is never left pending by a
// clean shutdown. Run may be called again after it returned.
func (d *Dispatcher) Run(ctx context.Context) error {
	d.mu.Lock()
	if d.running {
		d.mu.Unlock()
		return errors.New("notify: dispatcher is already running")
	}
	pending, err := d.log.PendingNotifications(ctx)
	if err != nil {
		d.mu.Unlock()
		return fmt.Errorf("notify: resume pending notifications: %w", err)
	}
	orphans := map[string]int{}
	for i := range pending {
		w := d.workers[pending[i].Receiver]
		if w == nil {
			orphans[pending[i].Receiver]++
			continue
		}
		w.add(&pending[i])
	}
	d.running = true
	d.mu.Unlock()
	for name, n := range orphans {
		// Kept pending, not failed: the receiver may be back with the
		// next configuration.
		d.logger.Warn("pending notifications for a receiver that is not configured; keeping them", "receiver", name, "count", n)
	}
	if len(pending) > 0 {
		d.logger.Info("resuming pending notifications", "count", len(pending)-len(orphans))
	}

	var wg sync.WaitGroup
	for _, w := range d.workers {
		wg.Go(func() { w.run(ctx, d) })
	}
	wg.Wait()

	d.mu.Lock()
	d.running = false
	for _, w := range d.workers {
		w.reset()
	}
	d.mu.Unlock()
	return nil
}

// sleep waits for dur or ctx, reporting whether the wait completed.
func (d *Dispatcher) sleep(ctx context.Context, dur time.Duration) bool {
	select {
	case <-d.clock.After(dur):
		return true
	case <-ctx.Done():
		return false
	}
}

// worker delivers one receiver's queue in order. Strict order per receiver
// keeps an incident's trigger ahead of its resolve; a receiver that is
// down holds its queue, which is what its messages would do anyway.
type worker struct {
	dest    Destination
	limiter *rate.Limiter

	mu     sync.Mutex
	queue  []*Delivery
	queued map[string]bool
	wake   chan struct{}

	// pausedUntil holds the whole queue after a receiver's Retry-After:
	// it asked us to wait, not just for this message. Used by run only.
	pausedUntil time.Time
}

func (w *worker) add(dl *Delivery) {
	w.mu.Lock()
	if w.queued[dl.Key] {
		w.mu.Unlock()
		return
	}
	w.queued[dl.Key] = true
	w.queue = append(w.queue, dl)
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *worker) head() *Delivery {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.queue) == 0 {
		return nil
	}
	return w.queue[0]
}

func (w *worker) pop() {
	w.mu.Lock()
	delete(w.queued, w.queue[0].Key)
	w.queue[0] = nil
	w.queue = w.queue[1:]
	w.mu.Unlock()
}

func (w *worker) reset() {
	w.mu.Lock()
	w.queue, w.queued = nil, map[string]bool{}
	w.mu.Unlock()
}

func (w *worker) run(ctx context.Context, d *Dispatcher) {
	for ctx.Err() == nil {
		dl := w.head()
		if dl == nil {
			select {
			case <-w.wake:
				continue
			case <-ctx.Done():
				return
			}
		}
		now := d.clock.Now()
		if due := latest(dl.NextAttemptAt, w.pausedUntil); due.After(now) {
			if !d.sleep(ctx, due.Sub(now)) {
				return
			}
			continue
		}
		if w.limiter != nil {
			r := w.limiter.ReserveN(now, 1)
			if wait := r.DelayFrom(now); wait > 0 && !d.sleep(ctx, wait) {
				r.CancelAt(d.clock.Now())
				return
			}
		}
		w.attempt(ctx, d, dl)
		if dl.State != StatePending {
			w.pop()
		}
	}
}

// attempt makes one delivery attempt and records its outcome.
func (w *worker) attempt(ctx context.Context, d *Dispatcher, dl *Delivery) {
	policy := w.dest.Retry
	dl.Attempts++
	err := w.deliver(ctx, policy.AttemptTimeout, dl.Message)
	now := d.clock.Now()
	dl.UpdatedAt = now
	log := d.logger.With("receiver", dl.Receiver, "key", dl.Key, "attempt", dl.Attempts)
	if err != nil {
		dl.LastError = w.redact(err.Error())
	}
	switch {
	case err == nil:
		dl.State, dl.DeliveredAt = StateDelivered, now
		log.Info("notification delivered")
	case IsPermanent(err):
		dl.State = StateFailed
		log.Error("notification refused; not retrying", "err", dl.LastError)
	default:
		wait := RetryAfter(err)
		if wait > 0 {
			w.pausedUntil = now.Add(wait)
		} else {
			wait = w.backoff(d, dl.Attempts)
		}
		next := now.Add(wait)
		switch {
		case dl.Attempts >= policy.MaxAttempts:
			dl.State = StateFailed
			dl.LastError = fmt.Sprintf("gave up after %d attempts: %s", dl.Attempts, dl.LastError)
			log.Error("notification not delivered; giving up", "err", dl.LastError)
		case next.Sub(dl.CreatedAt) > policy.MaxAge:
			dl.State = StateFailed
			dl.LastError = fmt.Sprintf("gave up: the next attempt would be more than %s after the message was sent: %s", policy.MaxAge, dl.LastError)
			log.Error("notification not delivered; giving up", "err", dl.LastError)
		default:
			dl.NextAttemptAt = next
			log.Warn("notification not delivered; will retry", "wait", wait, "err", dl.LastError)
		}
	}
	// Recorded even when Run is stopping: a delivered message must not be
	// left pending.
	if err := d.log.UpdateNotification(context.WithoutCancel(ctx), *dl); err != nil {
		log.Error("recording a notification attempt failed; it may be repeated after a restart", "err", err)
	}
}

// deliver renders m and makes one bounded attempt. Rendering failures and
// panics in a receiver are permanent: repeating them gives the same result.
func (w *worker) deliver(ctx context.Context, timeout time.Duration, m Message) (err error) {
	r, err := w.dest.Renderer.Render(m)
	if err != nil {
		return Permanent(fmt.Errorf("render message: %w", err))
	}
	defer func() {
		if p := recover(); p != nil {
			err = Permanent(fmt.Errorf("%s receiver panicked: %v", w.dest.Receiver.Kind(), p))
		}
	}()
	// An attempt in flight is finished even if Run is stopping, so that
	// its outcome is known and recorded.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	return w.dest.Receiver.Deliver(actx, m, r)
}

// backoff is the wait after the attempt-th failure: exponential, capped,
// with "equal jitter" (between half and all of it).
func (w *worker) backoff(d *Dispatcher, attempt int) time.Duration {
	p := w.dest.Retry
	b := p.InitialBackoff
	for i := 1; i < attempt && b < p.MaxBackoff; i++ {
		b *= 2
	}
	b = min(b, p.MaxBackoff)
	return b/2 + time.Duration(d.jitter()*float64(b/2))
}

func (w *worker) redact(s string) string {
	for _, secret := range w.dest.Secrets {
		if len(secret) >= 4 {
			s = strings.ReplaceAll(s, secret, "[redacted]")
		}
	}
	return s
}

func latest(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
