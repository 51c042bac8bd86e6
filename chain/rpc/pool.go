package rpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
)

// Defaults applied to zero Config and EndpointConfig fields.
const (
	DefaultTimeout        = 5 * time.Second
	DefaultHealthInterval = time.Second
	DefaultMaxLag         = 3
	// DefaultFailoverAfter caps an attempt whenever another endpoint could
	// still take the call, so a hung primary costs at most this much before
	// the call moves on: the whole failover stays under 2 s.
	DefaultFailoverAfter = 1500 * time.Millisecond
)

const (
	// latencyAlpha weighs the newest health-check latency in the EWMA.
	latencyAlpha = 0.3
	// Stickiness: among endpoints of the same weight, the current one keeps
	// the traffic unless another is clearly faster. Without it two equal
	// endpoints would swap on every jitter of the measured latency, and a
	// caller would read a block from one and its receipts from the other.
	stickyFactor = 1.5
	stickySlack  = 2.0 // ms
	// An endpoint that fails again soon after it recovered is held out of
	// service for HealthInterval << flaps (up to maxHoldDown), so one that
	// passes eth_blockNumber but fails real calls does not cost a failover
	// on every health round.
	flapWindow  = 30 * time.Second
	maxHoldDown = 30 * time.Second
)

// EndpointConfig is one JSON-RPC endpoint of a chain.
type EndpointConfig struct {
	URL string // http(s):// or ws(s)://
	// Weight orders healthy endpoints: higher is preferred; default 1.
	// Endpoints of equal weight are ordered by measured latency.
	Weight int
	// RateLimit is requests per second to this endpoint (every call of a
	// batch counts); 0 = unlimited. Calls wait for their turn, or go to
	// another healthy endpoint that has capacity right now.
	RateLimit float64
	// Timeout bounds one request; default 5 s. An attempt that another
	// endpoint could take over is capped at Config.FailoverAfter instead.
	Timeout time.Duration
}

// Config configures a Pool for one chain.
type Config struct {
	ChainID   int64 // required; every endpoint must serve it
	Endpoints []EndpointConfig
	// HealthInterval is how often every endpoint is probed with
	// eth_blockNumber; default 1 s.
	HealthInterval time.Duration
	// MaxLag is how many blocks an endpoint's head may be behind the best
	// head before it is unhealthy; default 3.
	MaxLag uint64
	// FailoverAfter caps one attempt of an ordinary call while another
	// endpoint remains to try; default 1.5 s. Traces and FetchBlocks batches
	// are legitimately slow and get the endpoint's full Timeout.
	FailoverAfter time.Duration
	Logger        *slog.Logger // nil = discard
}

// EndpointStatus is one endpoint's state, for `warden status` and metrics.
type EndpointStatus struct {
	URL               string
	Healthy           bool
	Active            bool // the endpoint calls go to first
	Head              uint64
	LatencyMS         float64 // EWMA of health-check round trips
	ConsecutiveErrors int
	TotalErrors       uint64
	Requests          uint64 // JSON-RPC calls sent, health checks included
	LastError         string
}

// Pool is a chain's set of endpoints. Its methods are safe for concurrent
// use. It implements the node access the rest of Warden needs (ingest.Source
// and HeadSubscriber, txmgr.Client, chain.StateReader, pause.Caller) with
// ethclient's signatures.
type Pool struct {
	// URL names the pool's endpoints for logs: their URLs (passwords
	// redacted), comma-separated.
	URL string

	chainID       *big.Int
	eps           []*endpoint
	interval      time.Duration
	maxLag        uint64
	failoverAfter time.Duration
	log           *slog.Logger

	mu     sync.Mutex
	active *endpoint // guarded by mu; the endpoint last ordered first
	closed bool      // guarded by mu

	stop      context.CancelFunc // ends the health loop
	wg        sync.WaitGroup
	closeOnce sync.Once
}

// NewPool connects to every endpoint (concurrently, each bounded by its
// Timeout), checks each one's chain ID, and starts the health checks. An
// endpoint that serves another chain is never used and named in the logs and
// Status; one that cannot be reached now is retried by the health checks.
// NewPool fails only when no endpoint is usable, with every endpoint's
// reason. ctx bounds the connecting only; the pool runs until Close.
func NewPool(ctx context.Context, cfg Config) (*Pool, error) {
	if cfg.ChainID <= 0 {
		return nil, fmt.Errorf("rpc: chain ID %d: a positive chain ID is required", cfg.ChainID)
	}
	if len(cfg.Endpoints) == 0 {
		return nil, errors.New("rpc: no endpoints configured")
	}
	if cfg.HealthInterval < 0 || cfg.FailoverAfter < 0 {
		return nil, errors.New("rpc: negative HealthInterval or FailoverAfter")
	}
	if cfg.HealthInterval == 0 {
		cfg.HealthInterval = DefaultHealthInterval
	}
	if cfg.MaxLag == 0 {
		cfg.MaxLag = DefaultMaxLag
	}
	if cfg.FailoverAfter == 0 {
		cfg.FailoverAfter = DefaultFailoverAfter
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	p := &Pool{
		chainID:       big.NewInt(cfg.ChainID),
		interval:      cfg.HealthInterval,
		maxLag:        cfg.MaxLag,
		failoverAfter: cfg.FailoverAfter,
		log:           logger.With("component", "rpc", "chain_id", cfg.ChainID),
	}
	names := make([]string, 0, len(cfg.Endpoints))
	for i, ec := range cfg.Endpoints {
		e, err := newEndpoint(ec)
		if err != nil {
			return nil, fmt.Errorf("rpc: endpoint %d: %w", i, err)
		}
		p.eps = append(p.eps, e)
		names = append(names, e.name)
	}
	p.URL = strings.Join(names, ",")

	errs := make([]error, len(p.eps))
	var wg sync.WaitGroup
	for i, e := range p.eps {
		wg.Go(func() { errs[i] = p.check(ctx, e) })
	}
	wg.Wait()

	usable := false
	p.mu.Lock()
	for _, e := range p.eps {
		usable = usable || e.healthy || (e.headOK && e.disabled == nil)
	}
	p.mu.Unlock()
	if !usable {
		p.closeClients()
		return nil, fmt.Errorf("rpc: no usable endpoint for chain %d: %w", cfg.ChainID, errors.Join(errs...))
	}
	for i, err := range errs {
		switch {
		case err == nil:
		case p.eps[i].isDisabled():
			p.log.Error("rpc endpoint serves another chain; never used", "endpoint", p.eps[i].name, "err", err)
		default:
			p.log.Warn("rpc endpoint unavailable at start; will retry", "endpoint", p.eps[i].name, "err", err)
		}
	}

	// The health loop outlives NewPool's ctx (which only bounds dialling)
	// but keeps its values; Close stops it.
	hctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	p.stop = stop
	p.wg.Add(1)
	go p.healthLoop(hctx)
	p.log.Info("rpc pool ready", "endpoints", p.URL)
	return p, nil
}

// ChainID is the chain ID every endpoint in use was checked against.
func (p *Pool) ChainID() *big.Int { return new(big.Int).Set(p.chainID) }

// Close stops the health checks and closes every connection. Calls after
// Close fail with ErrClosed. It is idempotent.
func (p *Pool) Close() {
	p.closeOnce.Do(func() {
		p.mu.Lock()
		p.closed = true
		p.mu.Unlock()
		if p.stop != nil {
			p.stop()
		}
		p.wg.Wait()
		p.closeClients()
		p.log.Info("rpc pool closed")
	})
}

func (p *Pool) closeClients() {
	for _, e := range p.eps {
		e.close()
	}
}

// Status reports every endpoint in configuration order.
func (p *Pool) Status() []EndpointStatus {
	p.mu.Lock()
	_, switched := p.orderLocked()
	out := make([]EndpointStatus, 0, len(p.eps))
	for _, e := range p.eps {
		out = append(out, EndpointStatus{
			URL:               e.name,
			Healthy:           e.healthy,
			Active:            e == p.active,
			Head:              e.head,
			LatencyMS:         e.latencyMS,
			ConsecutiveErrors: e.consecErrs,
			TotalErrors:       e.totalErrs,
			Requests:          e.requests.Load(),
			LastError:         e.lastErr,
		})
	}
	p.mu.Unlock()
	p.logSwitch(switched)
	return out
}

// redact hides a URL's password; API keys in paths stay visible, as they
// did in every log line before the pool existed.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Redacted()
}

// ---------------------------------------------------------------------------
// Selection
// ---------------------------------------------------------------------------

type candidate struct {
	e       *endpoint
	healthy bool
}

type switchEvent struct{ from, to *endpoint }

// orderLocked returns the endpoints to try, best first: healthy ones by
// weight, then latency (with stickiness); then the unhealthy ones, as a last
// resort, because an endpoint marked down a moment ago may serve the call
// better than no endpoint at all. It also updates p.active.
func (p *Pool) orderLocked() ([]candidate, *switchEvent) {
	var healthy, rest []*endpoint
	for _, e := range p.eps {
		if e.disabled != nil || e.rpc() == nil {
			continue
		}
		if e.healthy {
			healthy = append(healthy, e)
		} else {
			rest = append(rest, e)
		}
	}
	slices.SortStableFunc(healthy, func(a, b *endpoint) int {
		if a.weight != b.weight {
			return b.weight - a.weight
		}
		switch {
		case a.latencyMS < b.latencyMS:
			return -1
		case a.latencyMS > b.latencyMS:
			return 1
		}
		return 0
	})
	if cur := p.active; cur != nil && cur.healthy && len(healthy) > 1 && healthy[0] != cur {
		best := healthy[0]
		if cur.weight == best.weight && cur.latencyMS <= best.latencyMS*stickyFactor+stickySlack {
			i := slices.Index(healthy, cur)
			healthy = slices.Insert(slices.Delete(healthy, i, i+1), 0, cur)
		}
	}
	slices.SortStableFunc(rest, func(a, b *endpoint) int {
		if a.weight != b.weight {
			return b.weight - a.weight
		}
		return a.consecErrs - b.consecErrs
	})
	out := make([]candidate, 0, len(healthy)+len(rest))
	for _, e := range healthy {
		out = append(out, candidate{e: e, healthy: true})
	}
	for _, e := range rest {
		out = append(out, candidate{e: e})
	}
	var next *endpoint
	if len(healthy) > 0 {
		next = healthy[0]
	}
	var ev *switchEvent
	if next != p.active {
		ev = &switchEvent{from: p.active, to: next}
		p.active = next
	}
	return out, ev
}

func (p *Pool) logSwitch(ev *switchEvent) {
	if ev == nil {
		return
	}
	name := func(e *endpoint) string {
		if e == nil {
			return "(none)"
		}
		return e.name
	}
	if ev.to == nil {
		p.log.Error("rpc: no healthy endpoint; trying unhealthy ones", "was", name(ev.from))
		return
	}
	p.log.Info("rpc: active endpoint changed", "from", name(ev.from), "to", name(ev.to))
}

func (p *Pool) candidates() ([]candidate, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	out, ev := p.orderLocked()
	p.mu.Unlock()
	p.logSwitch(ev)
	if len(out) == 0 {
		return nil, p.noEndpointError()
	}
	return out, nil
}

func (p *Pool) noEndpointError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	errs := make([]error, 0, len(p.eps))
	for _, e := range p.eps {
		errs = append(errs, fmt.Errorf("%s: %s", e.name, e.lastErr))
	}
	return fmt.Errorf("rpc: no connected endpoint: %w", errors.Join(errs...))
}

// spill moves the first healthy endpoint with rate-limit capacity to the
// front when the preferred one has none left: a per-endpoint quota is a
// reason to use the others, not to queue behind it.
func spill(cands []candidate) []candidate {
	if len(cands) < 2 || cands[0].e.hasCapacity() {
		return cands
	}
	for j := 1; j < len(cands) && cands[j].healthy; j++ {
		if cands[j].e.hasCapacity() {
			c := cands[j]
			out := slices.Insert(slices.Delete(slices.Clone(cands), j, j+1), 0, c)
			return out
		}
	}
	return cands
}

// ---------------------------------------------------------------------------
// Calls with failover
// ---------------------------------------------------------------------------

type lookupKind int

const (
	lookupNone   lookupKind = iota // NotFound would be nonsense (e.g. "latest")
	lookupNumber                   // a block by number: NotFound depends on the best head
	lookupHash                     // a block or transaction by hash: ask every healthy endpoint
	lookupTag                      // safe, finalized, ...: a node may rightly have none
)

type lookup struct {
	kind   lookupKind
	number uint64
}

// callSpec describes one logical call for the failover logic.
type callSpec struct {
	method string // for errors and logs
	find   lookup
	heavy  bool // slow by nature: every attempt gets the full Timeout
	tokens int  // rate-limit tokens (JSON-RPC calls); 0 = 1
}

// call runs fn on the best endpoint and, when that endpoint fails, on the
// next, until one answers. See classify for which errors fail over.
//
// Ordinary calls go one endpoint at a time, each attempt capped at
// FailoverAfter while another endpoint remains, and a timeout marks the
// endpoint unhealthy. Heavy calls (batches, traces) are legitimately slow,
// so a slow answer must not count as a failure; instead they are hedged:
// after FailoverAfter without an answer the next endpoint is asked too, the
// first answer wins, and the slower attempt is cancelled without a verdict
// (the health checks judge that endpoint).
func call[T any](ctx context.Context, p *Pool, s callSpec, fn func(ctx context.Context, e *endpoint) (T, error)) (T, error) {
	var zero T
	cands, err := p.candidates()
	if err != nil {
		return zero, fmt.Errorf("%s: %w", s.method, err)
	}
	cands = spill(cands)
	st := &attempts{spec: s}
	if s.heavy && len(cands) > 1 {
		return hedged(ctx, p, st, cands, fn)
	}
	for i, c := range cands {
		if !st.worthTrying(c) {
			break
		}
		if err := p.admit(ctx, st, c.e); err != nil {
			if ctx.Err() != nil || errors.Is(err, ErrClosed) {
				return zero, err
			}
			continue
		}
		timeout := c.e.timeout
		if i < len(cands)-1 && !s.heavy {
			timeout = min(timeout, p.failoverAfter)
		}
		actx, cancel := context.WithTimeout(ctx, timeout)
		v, err := fn(actx, c.e)
		cancel()
		if err == nil {
			return v, nil
		}
		if final := p.judge(ctx, st, c.e, err); final != nil {
			return zero, final
		}
	}
	return zero, st.result()
}

// hedged runs a heavy call: the first candidate at once, each next one when
// the running ones have been silent for FailoverAfter or one of them fails.
func hedged[T any](ctx context.Context, p *Pool, st *attempts, cands []candidate, fn func(ctx context.Context, e *endpoint) (T, error)) (T, error) {
	var zero T
	type result struct {
		e   *endpoint
		v   T
		err error
	}
	hctx, cancelAll := context.WithCancel(ctx)
	defer cancelAll() // the losers
	results := make(chan result, len(cands))
	next, running := 0, 0
	// launch starts the next worthwhile candidate; false when none is left.
	launch := func() (bool, error) {
		for next < len(cands) {
			c := cands[next]
			next++
			if !st.worthTrying(c) {
				next = len(cands)
				return false, nil
			}
			if err := p.admit(ctx, st, c.e); err != nil {
				if ctx.Err() != nil || errors.Is(err, ErrClosed) {
					return false, err
				}
				continue
			}
			running++
			go func() {
				actx, cancel := context.WithTimeout(hctx, c.e.timeout)
				defer cancel()
				v, err := fn(actx, c.e)
				results <- result{c.e, v, err}
			}()
			return true, nil
		}
		return false, nil
	}
	if _, err := launch(); err != nil {
		return zero, err
	}
	timer := time.NewTimer(p.failoverAfter)
	defer timer.Stop()
	for running > 0 {
		select {
		case r := <-results:
			running--
			if r.err == nil {
				return r.v, nil
			}
			if final := p.judge(ctx, st, r.e, r.err); final != nil {
				return zero, final
			}
			if _, err := launch(); err != nil {
				return zero, err
			}
			timer.Reset(p.failoverAfter)
		case <-timer.C:
			p.log.Debug("rpc: slow answer; asking the next endpoint too", "method", st.spec.method)
			if _, err := launch(); err != nil {
				return zero, err
			}
			timer.Reset(p.failoverAfter)
		}
	}
	return zero, st.result()
}

// attempts collects what the endpoints tried so far said.
type attempts struct {
	spec     callSpec
	failures []error
	skipErr  error // "this endpoint cannot serve this", from the last that said so
	notFound error
	answered bool // a working endpoint answered (not found, cannot serve)
}

// worthTrying: healthy endpoints always; unhealthy ones only as a last
// resort for a call no endpoint could answer, not to ask "do you have it?"
// once healthy ones said no.
func (st *attempts) worthTrying(c candidate) bool { return c.healthy || !st.answered }

func (st *attempts) result() error {
	switch {
	case st.skipErr != nil:
		return st.skipErr
	case st.notFound != nil:
		return st.notFound
	}
	return fmt.Errorf("%s: every endpoint failed: %w", st.spec.method, errors.Join(st.failures...))
}

// admit waits for e's rate limit and counts the request.
func (p *Pool) admit(ctx context.Context, st *attempts, e *endpoint) error {
	if p.isClosed() {
		return fmt.Errorf("%s: %w", st.spec.method, ErrClosed)
	}
	tokens := max(st.spec.tokens, 1)
	if err := e.waitTokens(ctx, tokens); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", st.spec.method, ctx.Err())
		}
		st.failures = append(st.failures, fmt.Errorf("%s: %w", e.name, err))
		return err
	}
	e.requests.Add(uint64(tokens))
	return nil
}

// judge records a failed attempt and returns the error to give the caller
// now, or nil to go on with the next endpoint. ctx is the caller's.
func (p *Pool) judge(ctx context.Context, st *attempts, e *endpoint, err error) error {
	s := st.spec
	if p.isClosed() {
		return fmt.Errorf("%s: %w", s.method, ErrClosed)
	}
	if errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
		n, numbered := notFoundNumber(err, s.find)
		switch {
		case s.find.kind == lookupHash:
			st.answered, st.notFound = true, err
			return nil
		case numbered && n <= p.bestHead():
			// Some endpoint has reported a head at or above n, so the block
			// exists; this one lags. Ask the next.
			st.answered, st.notFound = true, err
			p.noteLag(e, n)
			return nil
		case numbered, s.find.kind == lookupTag:
			return err // not mined (or finalized) yet, as far as any endpoint knows
		}
		err = fmt.Errorf("%w: null result", ErrInconsistent)
	}
	switch classify(ctx, err) {
	case classCaller:
		return fmt.Errorf("%s: %w", s.method, ctx.Err())
	case classRequest:
		// Unwrapped: callers inspect node errors (rpc.DataError for revert
		// data, "already known" for re-broadcasts).
		return err
	case classSkip:
		st.answered, st.skipErr = true, err
		p.log.Debug("rpc endpoint cannot serve call; trying next", "endpoint", e.name, "method", s.method, "err", err)
	case classEndpoint:
		err = fmt.Errorf("%s: %s: %w", e.name, s.method, err)
		st.failures = append(st.failures, err)
		p.fail(e, err, true)
	}
	return nil
}

func notFoundNumber(err error, find lookup) (uint64, bool) {
	var nf *blockNotFoundError
	if errors.As(err, &nf) {
		return nf.number, true
	}
	if find.kind == lookupNumber {
		return find.number, true
	}
	return 0, false
}

func (p *Pool) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// ---------------------------------------------------------------------------
// Health
// ---------------------------------------------------------------------------

func (p *Pool) healthLoop(ctx context.Context) {
	defer p.wg.Done()
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, e := range p.eps {
			if e.isDisabled() || !e.checking.CompareAndSwap(false, true) {
				continue // wrong chain, or the previous check still runs
			}
			p.wg.Go(func() {
				defer e.checking.Store(false)
				_ = p.check(ctx, e)
			})
		}
	}
}

// check connects e if needed and probes its head. The probe is capped like
// a failover attempt: an endpoint that cannot answer eth_blockNumber within
// that is of no use for the 2 s failover promise anyway.
func (p *Pool) check(ctx context.Context, e *endpoint) error {
	if err := p.connect(ctx, e); err != nil {
		if ctx.Err() == nil && !e.isDisabled() {
			p.fail(e, err, false)
		}
		return err
	}
	if err := e.waitTokens(ctx, 1); err != nil {
		return err
	}
	actx, cancel := context.WithTimeout(ctx, min(e.timeout, p.failoverAfter))
	defer cancel()
	start := time.Now()
	e.requests.Add(1)
	head, err := e.eth().BlockNumber(actx)
	if ctx.Err() != nil {
		return ctx.Err() // closing, or NewPool's ctx ended: no verdict
	}
	if err != nil {
		err = fmt.Errorf("%s: health check: %w", e.name, err)
		p.fail(e, err, false)
		return err
	}
	p.succeed(e, head, time.Since(start))
	return nil
}

// fail records an endpoint-level failure and takes e out of service.
// fromCall failures (as opposed to failed health checks) count as flaps when
// they come soon after a recovery.
func (p *Pool) fail(e *endpoint, err error, fromCall bool) {
	now := time.Now()
	p.mu.Lock()
	e.consecErrs++
	e.totalErrs++
	e.lastErr = err.Error()
	e.headOK = false // its head no longer counts towards the best head
	was := e.healthy
	e.healthy = false
	if fromCall && was {
		if !e.recoveredAt.IsZero() && now.Sub(e.recoveredAt) < flapWindow {
			e.flaps = min(e.flaps+1, 10)
		} else {
			e.flaps = 0
		}
		if e.flaps > 0 {
			e.holdUntil = now.Add(min(p.interval<<e.flaps, maxHoldDown))
		}
	}
	p.mu.Unlock()
	if was {
		p.log.Warn("rpc endpoint unhealthy", "endpoint", e.name, "err", err)
	} else {
		p.log.Debug("rpc endpoint still failing", "endpoint", e.name, "err", err)
	}
}

func (p *Pool) succeed(e *endpoint, head uint64, latency time.Duration) {
	ms := float64(latency) / float64(time.Millisecond)
	p.mu.Lock()
	e.head = head
	e.headOK = true
	e.consecErrs = 0
	if e.latencyMS == 0 {
		e.latencyMS = ms
	} else {
		e.latencyMS = (1-latencyAlpha)*e.latencyMS + latencyAlpha*ms
	}
	events := p.reevaluateLocked(time.Now())
	p.mu.Unlock()
	for _, ev := range events {
		ev()
	}
}

// reevaluateLocked decides health from the latest heads: an endpoint whose
// last check succeeded is healthy unless it lags more than MaxLag behind the
// best head or is held down after flapping. It returns log calls to make
// after unlocking.
func (p *Pool) reevaluateLocked(now time.Time) []func() {
	best := p.bestHeadLocked()
	var events []func()
	for _, e := range p.eps {
		if e.disabled != nil || !e.headOK {
			continue
		}
		lagging := e.head+p.maxLag < best
		if lagging {
			e.lastErr = fmt.Sprintf("head %d is %d blocks behind the best head %d", e.head, best-e.head, best)
		}
		want := !lagging && !now.Before(e.holdUntil)
		switch {
		case want && !e.healthy:
			e.healthy = true
			if e.totalErrs > 0 { // a recovery, not the first verdict
				e.recoveredAt = now
			}
			name, head := e.name, e.head
			events = append(events, func() { p.log.Info("rpc endpoint healthy", "endpoint", name, "head", head) })
		case !want && e.healthy:
			e.healthy = false
			name, msg := e.name, e.lastErr
			events = append(events, func() { p.log.Warn("rpc endpoint lagging", "endpoint", name, "err", msg) })
		}
	}
	return events
}

func (p *Pool) bestHeadLocked() uint64 {
	var best uint64
	for _, e := range p.eps {
		if e.disabled == nil && e.headOK && e.head > best {
			best = e.head
		}
	}
	return best
}

func (p *Pool) bestHead() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.bestHeadLocked()
}

// observeHead records a head seen in an answer (latest block, new-head
// notification), so "not found" for it elsewhere is recognised as lag
// before the next health round.
func (p *Pool) observeHead(e *endpoint, n uint64) {
	p.mu.Lock()
	if e.headOK && n > e.head {
		e.head = n
	}
	p.mu.Unlock()
}

// noteLag: e said "not found" for block n although n <= best head. Only a
// real lag (beyond MaxLag) takes it out of service; a block or two behind is
// normal propagation and is covered by asking the next endpoint.
func (p *Pool) noteLag(e *endpoint, n uint64) {
	p.mu.Lock()
	best := p.bestHeadLocked()
	lagging := e.headOK && e.head+p.maxLag < best
	p.mu.Unlock()
	if lagging {
		p.fail(e, fmt.Errorf("%s: block %d not found; head %d lags behind %d", e.name, n, e.head, best), true)
	}
}
