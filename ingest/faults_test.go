package ingest_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/chain/rpc/rpctest"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/ingest"
	"github.com/warden-dev/warden/store/sqlite"
)

// faultRig follows a real chain (one block every 100 ms) through two
// proxied endpoints, the first preferred.
type faultRig struct {
	chain              *devchain.Chain
	primary, secondary *rpctest.Proxy
	follower           *ingest.Follower
	sink               *sink
	stop               func()
}

func newFaultRig(t *testing.T, viaWS bool) *faultRig {
	t.Helper()
	ctx := context.Background()
	c, _ := devchaintest.Start(t, devchain.Config{Accounts: 1, BlockPeriod: 100 * time.Millisecond})
	r := &faultRig{chain: c, primary: rpctest.New(t, c.HTTPURL(), c.WSURL()), secondary: rpctest.New(t, c.HTTPURL(), c.WSURL()), sink: newSink()}
	url := func(p *rpctest.Proxy) string {
		if viaWS {
			return p.WSURL()
		}
		return p.URL()
	}
	pool, err := chainrpc.NewPool(ctx, chainrpc.Config{ChainID: 1337, HealthInterval: 100 * time.Millisecond, Endpoints: []chainrpc.EndpointConfig{
		{URL: url(r.primary), Weight: 10}, {URL: url(r.secondary), Weight: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r.sink.stopAt = 1 << 62 // never: the test stops the follower
	r.follower = ingest.NewFollower(ingest.Config{Chain: "dev", ChainID: pool.ChainID(), StartBlock: "1", PollInterval: 200 * time.Millisecond}, pool, r.sink, st, nil)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- r.follower.Run(runCtx) }()
	var once sync.Once
	r.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(r.stop)
	return r
}

// progress waits until the follower processed a block past the given one,
// and returns how long that took.
func (r *faultRig) progress(t *testing.T, past uint64, within time.Duration) time.Duration {
	t.Helper()
	began := time.Now()
	for r.follower.Cursor().Number <= past {
		if time.Since(began) > within {
			t.Fatalf("no block past %d processed within %s (cursor %d)", past, within, r.follower.Cursor().Number)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(began)
}

func TestIngestContinuesOnSecondaryWhenPrimaryFails(t *testing.T) {
	faults := map[string]func(p *rpctest.Proxy){
		"stops answering": func(p *rpctest.Proxy) { p.Stall() },
		"answers 500":     func(p *rpctest.Proxy) { p.Status(500) },
		"answers slowly":  func(p *rpctest.Proxy) { p.Slow(10 * time.Second) },
		"malformed JSON":  func(p *rpctest.Proxy) { p.Garbage() },
		"truncated JSON":  func(p *rpctest.Proxy) { p.Truncated() },
	}
	for name, fault := range faults {
		t.Run(name, func(t *testing.T) {
			r := newFaultRig(t, false)
			r.progress(t, 3, 10*time.Second)
			fault(r.primary)
			// The block being mined now is ~100 ms away; it must be
			// processed within 2 s of the fault despite the dead primary.
			at := r.follower.Cursor().Number
			took := r.progress(t, at, 2*time.Second+200*time.Millisecond)
			t.Logf("%s: next block processed %s after the fault", name, took.Round(time.Millisecond))
			r.progress(t, at+5, 5*time.Second)
			r.stop()
			checkInOrder(t, r.sink, 1, at+5)
		})
	}
}

func TestWebSocketDropResumesAndFillsTheGap(t *testing.T) {
	r := newFaultRig(t, true)
	r.progress(t, 3, 10*time.Second)
	// Both endpoints drop their WebSockets at once, so the subscription
	// really breaks; polling and resubscription must carry on.
	r.primary.DropWS()
	r.secondary.DropWS()
	at := r.follower.Cursor().Number
	r.progress(t, at+10, 10*time.Second)
	deadline := time.Now().Add(5 * time.Second)
	for r.follower.Resubscriptions() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if r.follower.Resubscriptions() == 0 {
		t.Fatal("the dropped head subscription was not noticed")
	}
	r.stop()
	checkInOrder(t, r.sink, 1, at+10)
}
