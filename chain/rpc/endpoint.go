package rpc

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"
)

// endpoint is one configured URL and everything the pool knows about it.
type endpoint struct {
	url       string
	name      string // url with the password redacted
	weight    int
	timeout   time.Duration
	ws        bool
	limiter   *rate.Limiter   // nil = unlimited
	transport *http.Transport // HTTP only: our own, so Close can drop its idle connections

	// Set once by connect, read without the pool lock by calls in flight.
	rc atomic.Pointer[gethrpc.Client]
	ec atomic.Pointer[ethclient.Client]

	noBlockReceipts atomic.Bool // answered "method not found" for eth_getBlockReceipts
	requests        atomic.Uint64
	checking        atomic.Bool // a health check is running
	disabledFlag    atomic.Bool // mirrors disabled != nil for lock-free checks

	// Guarded by Pool.mu.
	healthy     bool
	headOK      bool // the last health check succeeded, so head is current
	head        uint64
	latencyMS   float64
	consecErrs  int
	totalErrs   uint64
	lastErr     string
	disabled    error // serves another chain: never used
	holdUntil   time.Time
	recoveredAt time.Time
	flaps       int
}

func newEndpoint(c EndpointConfig) (*endpoint, error) {
	u, err := url.Parse(c.URL)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", c.URL, err)
	}
	e := &endpoint{url: c.URL, name: redact(c.URL), weight: c.Weight, timeout: c.Timeout}
	switch u.Scheme {
	case "ws", "wss":
		e.ws = true
	case "http", "https":
		// A transport of our own: the default one is shared process-wide and
		// allows only 2 idle connections per host, too few for concurrent
		// fetches.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 16
		e.transport = t
	default:
		return nil, fmt.Errorf("%s: scheme must be http, https, ws or wss", e.name)
	}
	switch {
	case c.Weight < 0:
		return nil, fmt.Errorf("%s: negative weight", e.name)
	case c.Weight == 0:
		e.weight = 1
	}
	switch {
	case c.Timeout < 0:
		return nil, fmt.Errorf("%s: negative timeout", e.name)
	case c.Timeout == 0:
		e.timeout = DefaultTimeout
	}
	switch {
	case c.RateLimit < 0:
		return nil, fmt.Errorf("%s: negative rate limit", e.name)
	case c.RateLimit > 0:
		// Burst 1: the limit is a provider's quota, and a burst above it is
		// exactly what gets a key throttled.
		e.limiter = rate.NewLimiter(rate.Limit(c.RateLimit), 1)
	}
	return e, nil
}

func (e *endpoint) rpc() *gethrpc.Client   { return e.rc.Load() }
func (e *endpoint) eth() *ethclient.Client { return e.ec.Load() }

func (e *endpoint) isDisabled() bool { return e.disabledFlag.Load() }

func (e *endpoint) close() {
	if rc := e.rpc(); rc != nil {
		rc.Close()
	}
	if e.transport != nil {
		e.transport.CloseIdleConnections()
	}
}

// connect dials e once and checks its chain ID. A WebSocket client
// reconnects by itself after a drop, so a connected endpoint is never
// dialled again.
func (p *Pool) connect(ctx context.Context, e *endpoint) error {
	if e.rpc() != nil {
		return nil
	}
	if e.isDisabled() {
		p.mu.Lock()
		defer p.mu.Unlock()
		return e.disabled
	}
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	var opts []gethrpc.ClientOption
	if e.transport != nil {
		opts = append(opts, gethrpc.WithHTTPClient(&http.Client{Transport: e.transport}))
	}
	rc, err := gethrpc.DialOptions(ctx, e.url, opts...)
	if err != nil {
		return fmt.Errorf("%s: dial: %w", e.name, err)
	}
	if err := e.waitTokens(ctx, 1); err != nil {
		rc.Close()
		return fmt.Errorf("%s: %w", e.name, err)
	}
	e.requests.Add(1)
	var id hexutil.Big
	if err := rc.CallContext(ctx, &id, "eth_chainId"); err != nil {
		rc.Close()
		return fmt.Errorf("%s: eth_chainId: %w", e.name, err)
	}
	if got := (*big.Int)(&id); got.Cmp(p.chainID) != 0 {
		rc.Close()
		err := fmt.Errorf("%s: serves chain ID %s, config says %s", e.name, got, p.chainID)
		p.mu.Lock()
		e.disabled = err
		e.lastErr = err.Error()
		e.healthy, e.headOK = false, false
		p.mu.Unlock()
		e.disabledFlag.Store(true)
		return err
	}
	e.ec.Store(ethclient.NewClient(rc))
	e.rc.Store(rc)
	return nil
}

// hasCapacity: a call could start now without waiting for the rate limit.
func (e *endpoint) hasCapacity() bool { return e.limiter == nil || e.limiter.Tokens() >= 1 }

// waitTokens waits until n more requests fit into e's rate limit. Each
// request of a batch counts, as providers count them.
func (e *endpoint) waitTokens(ctx context.Context, n int) error {
	if e.limiter == nil || n <= 0 {
		return nil
	}
	if n == 1 {
		return e.limiter.Wait(ctx)
	}
	// Burst is 1, so n tokens are n reservations, each queued behind the
	// previous one; waiting for the last covers them all.
	now := time.Now()
	rs := make([]*rate.Reservation, 0, n)
	var delay time.Duration
	for range n {
		r := e.limiter.ReserveN(now, 1)
		rs = append(rs, r)
		delay = r.DelayFrom(now)
	}
	if delay <= 0 {
		return nil
	}
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		for i := len(rs) - 1; i >= 0; i-- {
			rs[i].Cancel() // give the unused capacity back to other callers
		}
		return ctx.Err()
	}
}
