package ingest_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/ingest"
	"github.com/warden-dev/warden/store/sqlite"
)

// sink records bundles and can fail on chosen blocks.
type sink struct {
	mu      sync.Mutex
	blocks  []uint64
	hashes  map[uint64]string
	failOn  map[uint64]int // block -> remaining failures
	done    chan struct{}
	stopAt  uint64
	stopped bool
}

func (s *sink) HandleBundle(_ context.Context, b *chain.Bundle) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failOn[b.Number()] > 0 {
		s.failOn[b.Number()]--
		return errors.New("store unavailable (simulated)")
	}
	if b.SeenAt.IsZero() {
		return errors.New("bundle without SeenAt")
	}
	s.blocks = append(s.blocks, b.Number())
	s.hashes[b.Number()] = b.Hash().Hex()
	if b.Number() >= s.stopAt && !s.stopped {
		s.stopped = true
		close(s.done)
	}
	return nil
}

func (s *sink) Retract(context.Context, string, uint64) error { return nil }

func follow(t *testing.T, url string, period time.Duration, s *sink, wantBlocks uint64) (*sqlite.Store, *devchain.Chain) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{BlockPeriod: period, Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if url == "ws" {
		url = c.WSURL()
	} else {
		url = c.HTTPURL()
	}
	client, err := chainrpc.Dial(ctx, []string{url}, 1337)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s.stopAt = wantBlocks
	f := ingest.NewFollower(ingest.Config{Chain: "dev", ChainID: client.ChainID(), StartBlock: "1", PollInterval: 100 * time.Millisecond}, client, s, st, nil)
	runCtx, stop := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- f.Run(runCtx) }()
	select {
	case <-s.done:
	case <-ctx.Done():
		t.Fatalf("only reached blocks %v", s.blocks)
	}
	stop()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	return st, c
}

func newSink() *sink {
	return &sink{hashes: map[uint64]string{}, failOn: map[uint64]int{}, done: make(chan struct{})}
}

func checkInOrder(t *testing.T, s *sink, from, to uint64) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, n := range s.blocks {
		if n != from+uint64(i) {
			t.Fatalf("blocks out of order or with a gap: %v", s.blocks)
		}
	}
	if len(s.blocks) == 0 || s.blocks[len(s.blocks)-1] < to {
		t.Fatalf("blocks %v do not reach %d", s.blocks, to)
	}
}

func TestFollowOverWebSocket(t *testing.T) {
	s := newSink()
	st, _ := follow(t, "ws", 100*time.Millisecond, s, 8)
	checkInOrder(t, s, 1, 8)
	cur, ok, err := st.Checkpoint(context.Background(), "dev")
	if err != nil || !ok || cur.Number < 8 || cur.Hash.Hex() != s.hashes[cur.Number] {
		t.Fatalf("checkpoint %+v %v %v", cur, ok, err)
	}
}

func TestFollowByPollingOverHTTP(t *testing.T) {
	s := newSink()
	follow(t, "http", 100*time.Millisecond, s, 6)
	checkInOrder(t, s, 1, 6)
}

func TestSinkFailureIsRetriedWithoutSkipping(t *testing.T) {
	s := newSink()
	s.failOn[3] = 2 // block 3 fails twice, then succeeds
	st, _ := follow(t, "ws", 100*time.Millisecond, s, 6)
	checkInOrder(t, s, 1, 6)
	cur, _, _ := st.Checkpoint(context.Background(), "dev")
	if cur.Number < 6 {
		t.Fatalf("checkpoint %d", cur.Number)
	}
}

func TestWrongChainIDIsRefused(t *testing.T) {
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, err = chainrpc.Dial(ctx, []string{c.WSURL()}, 1)
	if err == nil || !contains(err.Error(), "serves chain ID 1337, config says 1") {
		t.Fatalf("wrong chain accepted: %v", err)
	}
	_, err = chainrpc.Dial(ctx, []string{"http://127.0.0.1:1"}, 1337)
	if err == nil || !contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("dead endpoint: %v", err)
	}
}
