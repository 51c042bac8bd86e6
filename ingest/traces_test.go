package ingest_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/chain/rpc/rpctest"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/ingest"
	"github.com/warden-dev/warden/store/sqlite"
)

// traceSink keeps the bundles it is given.
type traceSink struct {
	mu      sync.Mutex
	bundles map[uint64]*chain.Bundle
}

func (s *traceSink) HandleBundle(_ context.Context, b *chain.Bundle) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bundles[b.Number()] = b
	return nil
}
func (s *traceSink) Retract(context.Context, string, uint64) error { return nil }

// logCapture records log messages with their error attribute.
type logCapture struct {
	mu   sync.Mutex
	msgs []string
}

func (l *logCapture) Enabled(context.Context, slog.Level) bool { return true }
func (l *logCapture) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool { b.WriteString(" " + a.Key + "=" + a.Value.String()); return true })
	l.mu.Lock()
	l.msgs = append(l.msgs, b.String())
	l.mu.Unlock()
	return nil
}
func (l *logCapture) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logCapture) WithGroup(string) slog.Handler      { return l }

func TestTracesFetchedOnlyWhereNeeded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2})
	admin := c.Accounts()[0].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	head, _ := client.BlockNumber(ctx)
	proxy := rpctest.New(t, c.HTTPURL(), c.WSURL())
	pool, err := chainrpc.NewPool(ctx, chainrpc.Config{ChainID: 1337, Endpoints: []chainrpc.EndpointConfig{{URL: proxy.URL()}}})
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	// Only blocks touching the lending pool are traced.
	s := &traceSink{bundles: map[uint64]*chain.Bundle{}}
	needs := &ingest.TraceNeeds{Addresses: []common.Address{p.LendingPool}, NeededBy: []string{"pool/reentrancy"}}
	f := ingest.NewFollower(ingest.Config{Chain: "dev", ChainID: pool.ChainID(), StartBlock: "1", PollInterval: 50 * time.Millisecond, StopAfter: head, Traces: needs}, pool, s, st, nil)
	if err := f.Run(ctx); err != nil {
		t.Fatal(err)
	}
	traced := 0
	for n := uint64(1); n <= head; n++ {
		b := s.bundles[n]
		if b == nil {
			t.Fatalf("block %d not handed on", n)
		}
		touches := false
		for i, tx := range b.Block.Transactions() {
			if tx.To() != nil && *tx.To() == p.LendingPool {
				touches = true
			}
			for _, l := range b.Receipts[i].Logs {
				touches = touches || l.Address == p.LendingPool
			}
		}
		if touches != (b.Traces != nil) {
			t.Errorf("block %d: touches pool %v, traced %v", n, touches, b.Traces != nil)
		}
		if b.Traces != nil {
			traced++
			if len(b.Traces) != len(b.Receipts) || b.Traces[0].Result == nil || b.Traces[0].Result.Type == "" {
				t.Errorf("block %d: traces %+v", n, b.Traces)
			}
		}
	}
	if traced == 0 {
		t.Fatal("no block was traced")
	}

	// A node that cannot trace any more (pruned state): a clear error naming
	// the block and the detector, and the cursor does not pass the block.
	proxy.FailMethod("debug_traceBlockByNumber", -32000, "required historical state unavailable (reexec=128)")
	if err := p.Withdraw(ctx, client, admin, demoprotocol.Ether(1)); err != nil {
		t.Fatal(err)
	}
	stuck, _ := client.BlockNumber(ctx)
	logs := &logCapture{}
	s2 := &traceSink{bundles: map[uint64]*chain.Bundle{}}
	f2 := ingest.NewFollower(ingest.Config{Chain: "dev", ChainID: pool.ChainID(), PollInterval: 50 * time.Millisecond, StopAfter: stuck, Traces: needs}, pool, s2, st, slog.New(logs))
	rctx, rcancel := context.WithTimeout(ctx, 2*time.Second)
	defer rcancel()
	if err := f2.Run(rctx); err != nil {
		t.Fatal(err)
	}
	if f2.Cursor().Number >= stuck {
		t.Fatalf("cursor %d passed the untraceable block %d", f2.Cursor().Number, stuck)
	}
	logs.mu.Lock()
	defer logs.mu.Unlock()
	found := false
	for _, m := range logs.msgs {
		found = found || (strings.Contains(m, "pool/reentrancy") && strings.Contains(m, "archive node") && strings.Contains(m, "block "+itoa(stuck)))
	}
	if !found {
		t.Fatalf("no clear error about block %d in the log: %q", stuck, logs.msgs)
	}
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }
