package rpc_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/chain/rpc/rpctest"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/devchain"
)

// faults are the endpoint failures the pool must route around.
var faults = []struct {
	name   string
	inject func(*rpctest.Proxy)
}{
	{"stall", func(p *rpctest.Proxy) { p.Stall() }},
	{"http500", func(p *rpctest.Proxy) { p.Status(500) }},
	{"http429", func(p *rpctest.Proxy) { p.Status(429) }},
	{"slow", func(p *rpctest.Proxy) { p.Slow(10 * time.Second) }},
	{"garbage", func(p *rpctest.Proxy) { p.Garbage() }},
	{"truncated", func(p *rpctest.Proxy) { p.Truncated() }},
}

// twoEndpoints: a preferred primary and a secondary, both proxies in front
// of the same real node. Health checks are off (an hour apart) unless
// interval says otherwise, so the call path alone has to handle faults.
func twoEndpoints(t *testing.T, chain *devchain.Chain, interval time.Duration) (*rpc.Pool, *rpctest.Proxy, *rpctest.Proxy) {
	t.Helper()
	primary := rpctest.New(t, chain.HTTPURL(), chain.WSURL())
	secondary := rpctest.New(t, chain.HTTPURL(), chain.WSURL())
	pool := newPool(t, rpc.Config{
		HealthInterval: interval,
		Endpoints: []rpc.EndpointConfig{
			{URL: primary.URL(), Weight: 2},
			{URL: secondary.URL(), Weight: 1},
		},
	})
	if st := statusOf(t, pool, primary.URL()); !st.Healthy || !st.Active {
		t.Fatalf("primary not active at start: %+v", pool.Status())
	}
	return pool, primary, secondary
}

func TestFailoverWithinTwoSeconds(t *testing.T) {
	chain, _ := newChain(t)
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			ctx := testCtx(t)
			pool, primary, secondary := twoEndpoints(t, chain, time.Hour)
			if _, err := pool.BlockByNumber(ctx, nil); err != nil {
				t.Fatal(err)
			}
			if got := secondary.Count("eth_getBlockByNumber"); got != 0 {
				t.Fatalf("secondary used while the primary was fine (%d calls)", got)
			}

			f.inject(primary)
			start := time.Now()
			b, err := pool.BlockByNumber(ctx, nil)
			took := time.Since(start)
			t.Logf("%s: first call after the fault took %v", f.name, took)
			if err != nil || b == nil {
				t.Fatalf("call failed instead of failing over: %v", err)
			}
			if took >= 2*time.Second {
				t.Fatalf("failover took %v, want < 2s", took)
			}
			if primary.Count("eth_getBlockByNumber") != 2 || secondary.Count("eth_getBlockByNumber") != 1 {
				t.Fatalf("calls: primary %d, secondary %d; want the faulty primary tried, then the secondary",
					primary.Count("eth_getBlockByNumber"), secondary.Count("eth_getBlockByNumber"))
			}
			st := statusOf(t, pool, primary.URL())
			if st.Healthy || st.Active || st.ConsecutiveErrors != 1 || st.LastError == "" {
				t.Fatalf("primary after the fault: %+v", st)
			}
			if !statusOf(t, pool, secondary.URL()).Active {
				t.Fatalf("secondary not active: %+v", pool.Status())
			}

			// Later calls skip the failed primary without paying again.
			before := primary.Count("")
			start = time.Now()
			if _, err := pool.HeaderByNumber(ctx, nil); err != nil {
				t.Fatal(err)
			}
			if _, err := pool.FetchBlocks(ctx, 1, b.NumberU64()); err != nil {
				t.Fatal(err)
			}
			if took := time.Since(start); took > time.Second {
				t.Fatalf("calls after the failover took %v", took)
			}
			if primary.Count("") != before {
				t.Fatal("the failed primary was asked again before a health check cleared it")
			}
		})
	}
}

// The same over WebSocket, where a garbled frame breaks the connection
// and fails every request on it. (HTTP status codes do not exist inside an
// open WebSocket connection.)
func TestFailoverWebSocket(t *testing.T) {
	chain, _ := newChain(t)
	for _, f := range faults {
		if strings.HasPrefix(f.name, "http") {
			continue
		}
		t.Run(f.name, func(t *testing.T) {
			ctx := testCtx(t)
			primary := rpctest.New(t, chain.HTTPURL(), chain.WSURL())
			secondary := rpctest.New(t, chain.HTTPURL(), chain.WSURL())
			pool := newPool(t, rpc.Config{HealthInterval: time.Hour, Endpoints: []rpc.EndpointConfig{
				{URL: primary.WSURL(), Weight: 2}, {URL: secondary.WSURL()},
			}})
			f.inject(primary)
			start := time.Now()
			b, err := pool.BlockByNumber(ctx, nil)
			took := time.Since(start)
			t.Logf("%s over WebSocket: first call after the fault took %v", f.name, took)
			if err != nil || b == nil || took >= 2*time.Second {
				t.Fatalf("failover: %v after %v", err, took)
			}
			if primary.Count("eth_getBlockByNumber") != 1 || secondary.Count("eth_getBlockByNumber") != 1 {
				t.Fatalf("calls: primary %d, secondary %d", primary.Count("eth_getBlockByNumber"), secondary.Count("eth_getBlockByNumber"))
			}
			if statusOf(t, pool, primary.WSURL()).Healthy {
				t.Fatal("faulty primary still healthy")
			}
		})
	}
}

// With nowhere to fail over to, a broken answer is an error: never a
// panic, never an empty block.
func TestBrokenAnswersAreErrors(t *testing.T) {
	chain, _ := newChain(t)
	for _, f := range faults {
		if f.name == "stall" || f.name == "slow" {
			continue // plain timeouts; covered above
		}
		t.Run(f.name, func(t *testing.T) {
			ctx := testCtx(t)
			proxy := rpctest.New(t, chain.HTTPURL(), "")
			pool := newPool(t, rpc.Config{HealthInterval: time.Hour, Endpoints: []rpc.EndpointConfig{{URL: proxy.URL()}}})
			f.inject(proxy)
			if b, err := pool.BlockByNumber(ctx, big.NewInt(1)); err == nil || b != nil {
				t.Fatalf("BlockByNumber = %v, %v; want an error", b, err)
			}
			if rs, err := pool.BlockReceipts(ctx, blockNr(1)); err == nil || rs != nil {
				t.Fatalf("BlockReceipts = %v, %v; want an error", rs, err)
			}
			if data, err := pool.FetchBlocks(ctx, 1, 1); err == nil || len(data) != 0 {
				t.Fatalf("FetchBlocks = %d blocks, %v; want an error", len(data), err)
			} else if errors.Is(err, ethereum.NotFound) {
				t.Fatalf("a broken answer reported as a missing block: %v", err)
			}
			t.Logf("%s: %v", f.name, pool.Status()[0].LastError)
		})
	}
}

func TestRecoveredPrimaryIsUsedAgain(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)
	pool, primary, secondary := twoEndpoints(t, chain, 100*time.Millisecond)

	primary.Status(500)
	if _, err := pool.BlockByNumber(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// Health checks keep failing while the fault lasts.
	time.Sleep(300 * time.Millisecond)
	if st := statusOf(t, pool, primary.URL()); st.Healthy || st.ConsecutiveErrors < 2 {
		t.Fatalf("primary during the fault: %+v", st)
	}

	primary.Pass()
	took := waitFor(t, 3*time.Second, "the primary to recover", func() bool {
		st := statusOf(t, pool, primary.URL())
		return st.Healthy && st.Active
	})
	t.Logf("primary back in service %v after the fault ended", took)

	p0, s0 := primary.Count("eth_getBlockByNumber"), secondary.Count("eth_getBlockByNumber")
	for range 3 {
		if _, err := pool.BlockByNumber(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if primary.Count("eth_getBlockByNumber")-p0 != 3 || secondary.Count("eth_getBlockByNumber") != s0 {
		t.Fatalf("after recovery: primary +%d, secondary +%d calls; want all on the primary",
			primary.Count("eth_getBlockByNumber")-p0, secondary.Count("eth_getBlockByNumber")-s0)
	}
}

func TestLaggingEndpointIsNotSelected(t *testing.T) {
	chain, _ := newChain(t)
	for range 20 {
		chain.Commit()
	}
	ctx := testCtx(t)
	pool, primary, secondary := twoEndpoints(t, chain, 100*time.Millisecond)

	primary.Lag(10)
	waitFor(t, 3*time.Second, "the lagging primary to be taken out", func() bool {
		return !statusOf(t, pool, primary.URL()).Healthy
	})
	st := statusOf(t, pool, primary.URL())
	if !strings.Contains(st.LastError, "behind") {
		t.Fatalf("lagging primary: %+v", st)
	}
	p0 := primary.Count("eth_getBlockByNumber")
	h, err := pool.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if primary.Count("eth_getBlockByNumber") != p0 {
		t.Fatal("the lagging primary was selected")
	}

	// A lag within MaxLag keeps the primary in service, but a block it does
	// not have yet, which another endpoint has, is fetched from that one.
	primary.Lag(2)
	waitFor(t, 3*time.Second, "the primary back within MaxLag", func() bool {
		st := statusOf(t, pool, primary.URL())
		return st.Healthy && st.Active
	})
	p0, s0 := primary.Count("eth_getBlockByNumber"), secondary.Count("eth_getBlockByNumber")
	b, err := pool.BlockByNumber(ctx, h.Number)
	if err != nil {
		t.Fatalf("block %d (the lagging primary lacks it): %v", h.Number, err)
	}
	if b.NumberU64() != h.Number.Uint64() || primary.Count("eth_getBlockByNumber") != p0+1 || secondary.Count("eth_getBlockByNumber") != s0+1 {
		t.Fatalf("block %d: primary +%d, secondary +%d", b.NumberU64(),
			primary.Count("eth_getBlockByNumber")-p0, secondary.Count("eth_getBlockByNumber")-s0)
	}
	// A block nobody has is NotFound at once, without a failover.
	_, err = pool.BlockByNumber(ctx, new(big.Int).Add(h.Number, big.NewInt(100)))
	if !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("future block: %v", err)
	}
}

func TestRequestErrorsDoNotFailOver(t *testing.T) {
	chain, client := newChain(t)
	ctx := testCtx(t)
	accs := chain.Accounts()
	s := newSender(t, client, accs[0])
	weth := deployWETH(t, s)
	pool, primary, secondary := twoEndpoints(t, chain, time.Hour)

	// eth_call that reverts: accs[1] has no WETH to withdraw.
	data := weth9.NewWETH9().PackWithdraw(ether(1))
	_, err := pool.CallContract(ctx, ethereum.CallMsg{From: accs[1].Address, To: &weth, Data: data}, nil)
	if err == nil || !strings.Contains(err.Error(), "execution reverted") {
		t.Fatalf("eth_call: %v, want execution reverted", err)
	}
	if _, err := pool.EstimateGas(ctx, ethereum.CallMsg{From: accs[1].Address, To: &weth, Data: data}); err == nil {
		t.Fatal("estimate of a reverting call succeeded")
	}

	// A transaction with a nonce already used.
	stale := *s
	stale.nonce = 0
	err = pool.SendTransaction(ctx, stale.tx(t, &accs[1].Address, big.NewInt(1), nil, 21_000))
	// Right after a block geth's pool may not have dropped the mined
	// transaction yet and answers "replacement transaction underpriced"
	// instead; either is a request error that must not fail over.
	if err == nil || !(strings.Contains(err.Error(), "nonce too low") || strings.Contains(err.Error(), "replacement transaction underpriced")) {
		t.Fatalf("send: %v, want nonce too low", err)
	}

	st := statusOf(t, pool, primary.URL())
	if !st.Healthy || !st.Active || st.ConsecutiveErrors != 0 || st.TotalErrors != 0 {
		t.Fatalf("primary after request errors: %+v", st)
	}
	for _, m := range []string{"eth_call", "eth_estimateGas", "eth_sendRawTransaction"} {
		if secondary.Count(m) != 0 {
			t.Fatalf("%s retried on the secondary", m)
		}
		if primary.Count(m) != 1 {
			t.Fatalf("%s: %d calls on the primary", m, primary.Count(m))
		}
	}
}

func TestWrongChainID(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)

	_, err := rpc.NewPool(ctx, rpc.Config{ChainID: 1, Endpoints: []rpc.EndpointConfig{
		{URL: chain.HTTPURL()}, {URL: chain.WSURL()},
	}})
	if err == nil {
		t.Fatal("pool of endpoints of another chain accepted")
	}
	for _, want := range []string{chain.HTTPURL() + ": serves chain ID 1337, config says 1", chain.WSURL() + ": serves chain ID 1337, config says 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q lacks %q", err, want)
		}
	}

	// One endpoint of the wrong chain among good ones: named, never used.
	other, _ := startChain(t, 1338)
	pool := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{
		{URL: other.HTTPURL(), Weight: 5}, {URL: chain.HTTPURL()},
	}})
	st := statusOf(t, pool, other.HTTPURL())
	if st.Healthy || st.Active || !strings.Contains(st.LastError, "serves chain ID 1338, config says 1337") {
		t.Fatalf("wrong-chain endpoint: %+v", st)
	}
	var id hexutil.Big
	if err := pool.CallContext(ctx, &id, "eth_chainId"); err != nil || id.ToInt().Int64() != chainID {
		t.Fatalf("chain ID through the pool: %s, %v", &id, err)
	}
}

func TestNoUsableEndpoint(t *testing.T) {
	chain, _ := newChain(t)
	stalled := rpctest.New(t, chain.HTTPURL(), "")
	stalled.Stall()
	failing := rpctest.New(t, chain.HTTPURL(), "")
	failing.Status(503)
	garbled := rpctest.New(t, chain.HTTPURL(), "")
	garbled.Garbage()

	start := time.Now()
	_, err := rpc.NewPool(testCtx(t), rpc.Config{ChainID: chainID, Endpoints: []rpc.EndpointConfig{
		{URL: "http://127.0.0.1:1"},
		{URL: "ws://127.0.0.1:1"},
		{URL: stalled.URL(), Timeout: 300 * time.Millisecond},
		{URL: failing.URL()},
		{URL: garbled.URL()},
	}})
	if err == nil {
		t.Fatal("pool without a usable endpoint")
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("NewPool took %v", took)
	}
	for _, want := range []string{
		"http://127.0.0.1:1: eth_chainId", "connection refused",
		"ws://127.0.0.1:1: dial",
		stalled.URL() + ": eth_chainId: Post", "context deadline exceeded",
		failing.URL() + ": eth_chainId: 503",
		garbled.URL() + ": eth_chainId: invalid character",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestRateLimit(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)
	pool := newPool(t, rpc.Config{HealthInterval: time.Hour, Endpoints: []rpc.EndpointConfig{
		{URL: chain.HTTPURL(), RateLimit: 20},
	}})
	start := time.Now()
	for range 40 {
		if _, err := pool.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
	}
	took := time.Since(start)
	t.Logf("40 calls at 20/s took %v", took)
	if took < 1900*time.Millisecond || took > 4*time.Second {
		t.Fatalf("40 calls at 20/s took %v, want about 2s", took)
	}

	// A preferred endpoint at its quota passes calls on to one with room.
	limited := rpctest.New(t, chain.HTTPURL(), "")
	free := rpctest.New(t, chain.HTTPURL(), "")
	pool = newPool(t, rpc.Config{HealthInterval: time.Hour, Endpoints: []rpc.EndpointConfig{
		{URL: limited.URL(), Weight: 2, RateLimit: 5}, {URL: free.URL()},
	}})
	start = time.Now()
	for range 40 {
		if _, err := pool.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
	}
	took = time.Since(start)
	l, f := limited.Count("eth_blockNumber"), free.Count("eth_blockNumber")
	t.Logf("40 calls, preferred endpoint limited to 5/s: %v; preferred %d, other %d (health checks included)", took, l, f)
	if took > time.Second || f < 30 {
		t.Fatalf("quota spill: %v, preferred %d, other %d calls", took, l, f)
	}
}

func TestSubscribeNewHead(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)
	httpOnly := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{{URL: chain.HTTPURL()}}})
	if _, err := httpOnly.SubscribeNewHead(ctx, make(chan *types.Header)); !errors.Is(err, rpc.ErrNoWebSocket) {
		t.Fatalf("HTTP-only pool: %v, want ErrNoWebSocket", err)
	}

	proxy := rpctest.New(t, chain.HTTPURL(), chain.WSURL())
	pool := newPool(t, rpc.Config{HealthInterval: time.Hour, Endpoints: []rpc.EndpointConfig{
		{URL: chain.HTTPURL(), Weight: 5}, // preferred for calls, useless for pushes
		{URL: proxy.WSURL()},
	}})
	heads := make(chan *types.Header, 4)
	sub, err := pool.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	want := chain.Commit()
	select {
	case h := <-heads:
		if h.Hash() != want {
			t.Fatalf("head %s, want %s", h.Hash(), want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no head")
	}

	proxy.DropWS()
	select {
	case err := <-sub.Err():
		if err == nil {
			t.Fatal("dropped subscription reported without an error")
		}
		t.Logf("drop reported: %v", err)
	case <-time.After(2 * time.Second):
		t.Fatal("dropped subscription not reported")
	}

	// The caller re-subscribes; the WebSocket client reconnects by itself.
	sub2, err := pool.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub2.Unsubscribe()
	want = chain.Commit()
	select {
	case h := <-heads:
		if h.Hash() != want {
			t.Fatalf("head %s, want %s", h.Hash(), want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no head after re-subscribing")
	}
}

func TestDialAndClose(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)
	c, err := rpc.Dial(ctx, []string{chain.WSURL(), chain.HTTPURL()}, chainID)
	if err != nil {
		t.Fatal(err)
	}
	if c.ChainID().Int64() != chainID || c.URL != chain.WSURL()+","+chain.HTTPURL() {
		t.Fatalf("chain ID %s, URL %q", c.ChainID(), c.URL)
	}
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	c.Close()
	c.Close()
	if _, err := c.BlockNumber(ctx); !errors.Is(err, rpc.ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
}

func startChain(t *testing.T, id int64) (*devchain.Chain, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{ChainID: id, Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, nil
}

func blockNr(n int64) gethrpc.BlockNumberOrHash {
	return gethrpc.BlockNumberOrHashWithNumber(gethrpc.BlockNumber(n))
}

// Batches and traces may legitimately take longer than the failover cap,
// so they are hedged: a silent endpoint costs FailoverAfter, after which
// the next one is asked too; a merely slow one is not marked as failed.
func TestHeavyCallsAreHedged(t *testing.T) {
	chain, _ := newChain(t)
	for _, f := range []struct {
		name      string
		inject    func(*rpctest.Proxy)
		heavyCall func(context.Context, *rpc.Pool) error
	}{
		{"FetchBlocks/stall", (*rpctest.Proxy).Stall, func(ctx context.Context, p *rpc.Pool) error {
			_, err := p.FetchBlocks(ctx, 1, 1)
			return err
		}},
		{"TraceBlock/stall", (*rpctest.Proxy).Stall, func(ctx context.Context, p *rpc.Pool) error {
			_, err := p.TraceBlock(ctx, 1)
			return err
		}},
		{"FetchBlocks/slow", func(p *rpctest.Proxy) { p.Slow(3 * time.Second) }, func(ctx context.Context, p *rpc.Pool) error {
			_, err := p.FetchBlocks(ctx, 1, 1)
			return err
		}},
	} {
		t.Run(f.name, func(t *testing.T) {
			ctx := testCtx(t)
			pool, primary, secondary := twoEndpoints(t, chain, time.Hour)
			f.inject(primary)
			start := time.Now()
			err := f.heavyCall(ctx, pool)
			took := time.Since(start)
			t.Logf("%s: %v", f.name, took)
			if err != nil || took >= 2*time.Second {
				t.Fatalf("hedged call: %v after %v", err, took)
			}
			if primary.Count("") < 2 || secondary.Count("") < 2 { // chain ID + head at start, then the call
				t.Fatalf("calls: primary %d, secondary %d", primary.Count(""), secondary.Count(""))
			}
			if !statusOf(t, pool, primary.URL()).Healthy {
				t.Fatal("an endpoint that was only slower was marked as failed")
			}
		})
	}
}

func TestEndpointDownAtStartJoinsLater(t *testing.T) {
	chain, _ := newChain(t)
	ctx := testCtx(t)
	late := rpctest.New(t, chain.HTTPURL(), "")
	late.Status(503)
	pool := newPool(t, rpc.Config{HealthInterval: 50 * time.Millisecond, Endpoints: []rpc.EndpointConfig{
		{URL: late.URL(), Weight: 2}, {URL: chain.HTTPURL()},
	}})
	if st := statusOf(t, pool, late.URL()); st.Healthy || !strings.Contains(st.LastError, "503") {
		t.Fatalf("endpoint down at start: %+v", st)
	}
	late.Pass()
	waitFor(t, 3*time.Second, "the late endpoint to join", func() bool { return statusOf(t, pool, late.URL()).Active })
	n := late.Count("eth_getBlockByNumber")
	if _, err := pool.HeaderByNumber(ctx, nil); err != nil || late.Count("eth_getBlockByNumber") != n+1 {
		t.Fatalf("late endpoint not used: %v", err)
	}
}
