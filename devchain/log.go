package devchain

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"

	gethlog "github.com/ethereum/go-ethereum/log"
)

// go-ethereum logs through one process-wide root logger, so per-chain loggers
// cannot be plugged into the node. Instead a single fan-out handler is
// installed as geth's root once, and every running chain that has a Logger
// receives geth's warnings and errors (records cannot be attributed to a
// particular chain, so each sink sees all of them).
var gethLogs = struct {
	once  sync.Once
	mu    sync.RWMutex
	sinks map[*Chain]*slog.Logger
}{sinks: map[*Chain]*slog.Logger{}}

func addLogSink(c *Chain, l *slog.Logger) {
	gethLogs.once.Do(func() {
		// Wrapped so gethlog.SetDefault does not recognise its own concrete
		// type: for that type it also calls slog.SetDefault, which would hijack
		// the host program's default slog logger.
		gethlog.SetDefault(rootLogger{gethlog.NewLogger(fanout{})})
	})
	gethLogs.mu.Lock()
	gethLogs.sinks[c] = l
	gethLogs.mu.Unlock()
}

func removeLogSink(c *Chain) {
	gethLogs.mu.Lock()
	delete(gethLogs.sinks, c)
	gethLogs.mu.Unlock()
}

type rootLogger struct{ gethlog.Logger }

// fanout forwards geth records at warn level and above to every sink. With*
// calls are recorded and replayed on each sink's handler, because the set of
// sinks changes while geth keeps derived loggers around.
type fanout struct {
	ops []func(slog.Handler) slog.Handler
}

func (f fanout) Enabled(_ context.Context, level slog.Level) bool {
	if level < slog.LevelWarn {
		return false
	}
	gethLogs.mu.RLock()
	defer gethLogs.mu.RUnlock()
	return len(gethLogs.sinks) > 0
}

func (f fanout) Handle(ctx context.Context, r slog.Record) error {
	if demote(r.Message) {
		r.Level = slog.LevelDebug
	}
	// Chains sharing one logger (the usual case in tests) get each record once.
	gethLogs.mu.RLock()
	seen := make(map[*slog.Logger]bool, len(gethLogs.sinks))
	handlers := make([]slog.Handler, 0, len(gethLogs.sinks))
	for _, l := range gethLogs.sinks {
		if !seen[l] {
			seen[l] = true
			handlers = append(handlers, l.Handler())
		}
	}
	gethLogs.mu.RUnlock()

	for _, h := range handlers {
		h = h.WithAttrs([]slog.Attr{slog.String("component", "geth")})
		for _, op := range f.ops {
			h = op(h)
		}
		if h.Enabled(ctx, r.Level) {
			_ = h.Handle(ctx, r.Clone())
		}
	}
	return nil
}

func (f fanout) WithAttrs(attrs []slog.Attr) slog.Handler {
	return fanout{ops: append(slices.Clip(f.ops), func(h slog.Handler) slog.Handler { return h.WithAttrs(attrs) })}
}

func (f fanout) WithGroup(name string) slog.Handler {
	return fanout{ops: append(slices.Clip(f.ops), func(h slog.Handler) slog.Handler { return h.WithGroup(name) })}
}

// demote reports geth warnings that are noise for an in-memory dev chain, so
// they reach sinks at debug level only:
//   - "Served <method>": geth logs every JSON-RPC call that returns an error
//     (a reverted eth_call, a failed estimate) at warn; the caller already got
//     the error, and simulations revert all the time.
//   - start-up notes about a fresh database having no head or snapshot yet.
func demote(msg string) bool {
	switch msg {
	case "Head block is not reachable", "Failed to load snapshot":
		return true
	}
	return strings.HasPrefix(msg, "Served ")
}
