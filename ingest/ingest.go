// Package ingest follows a chain's head and hands every block, with its
// receipts, to the next stage strictly in order. The checkpoint of a block
// is saved only after the sink has accepted it (stored its alerts), so a
// restart resumes with the first block whose alerts might be missing: no
// gap, and the store's fingerprints drop the duplicates of a re-run.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
)

// Source is the node access ingest needs.
type Source interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// HeadSubscriber is implemented by sources that can push new heads
// (WebSocket endpoints).
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Sink receives bundles in block order. It returns only after everything
// derived from the bundle is durable; an error stops ingestion before the
// checkpoint moves.
type Sink interface {
	HandleBundle(ctx context.Context, b *chain.Bundle) error
	// Retract is told that every processed block from fromBlock on was
	// dropped by a reorg, before the cursor moves back. It must be
	// idempotent: a crash between Retract and the rewind repeats it.
	Retract(ctx context.Context, chainName string, fromBlock uint64) error
}

// Checkpoints persist the per-chain cursor and the hashes of recent
// processed blocks (the reorg window).
type Checkpoints interface {
	Checkpoint(ctx context.Context, chainName string) (chain.Cursor, bool, error)
	// SaveCheckpoint moves the cursor and remembers the block's hash.
	SaveCheckpoint(ctx context.Context, chainName string, c chain.Cursor) error
	// BlockHash is the stored hash of a processed block, if still in the window.
	BlockHash(ctx context.Context, chainName string, number uint64) (common.Hash, bool, error)
	// Rewind moves the cursor back to a common ancestor and forgets the
	// hashes above it.
	Rewind(ctx context.Context, chainName string, to chain.Cursor) error
}

// Observer is told what ingestion does, for metrics. Calls must not block.
type Observer interface {
	HeadSeen(chainName string, number uint64)
	BlockProcessed(chainName string, number uint64, blockTime time.Time, txs int, took time.Duration)
	ReorgHandled(chainName string, depth uint64)
}

type noObserver struct{}

func (noObserver) HeadSeen(string, uint64)                                      {}
func (noObserver) BlockProcessed(string, uint64, time.Time, int, time.Duration) {}
func (noObserver) ReorgHandled(string, uint64)                                  {}

// Config of one follower.
type Config struct {
	Chain   string
	ChainID *big.Int
	// StartBlock is "latest" or a number; used only without a checkpoint.
	StartBlock   string
	PollInterval time.Duration
	// StopAfter, when non-zero, makes Run return after processing this
	// block (used by replays and tests).
	StopAfter uint64
	// Observer receives progress for metrics; nil = none.
	Observer Observer
	// Traces, when set, makes ingest fetch call traces for the blocks that
	// need them (the source must implement TraceSource).
	Traces *TraceNeeds
}

// TraceNeeds says which blocks need call traces and for whom.
type TraceNeeds struct {
	// Addresses limits tracing to blocks touching them; empty = all blocks.
	Addresses []common.Address
	// NeededBy names the detectors that asked, for error messages.
	NeededBy []string
	// Indirect limits tracing to blocks reaching Addresses through another
	// contract (see detect.Requirements.TraceIndirect).
	Indirect bool
}

// TraceSource fetches a block's call traces (chain/rpc.Pool does).
type TraceSource interface {
	TraceBlock(ctx context.Context, number uint64) ([]chain.TxTrace, error)
}

// Follower follows one chain.
type Follower struct {
	cfg    Config
	src    Source
	sink   Sink
	cp     Checkpoints
	logger *slog.Logger

	mu       sync.Mutex
	seen     map[uint64]time.Time // when each not-yet-processed height was first learned of
	lastHead uint64               // highest height announced so far
	cursor   chain.Cursor
	reorgs   []Reorg

	resubscriptions int
	traceAddrs      map[common.Address]bool
}

// NewFollower builds a follower.
func NewFollower(cfg Config, src Source, sink Sink, cp Checkpoints, logger *slog.Logger) *Follower {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.Observer == nil {
		cfg.Observer = noObserver{}
	}
	f := &Follower{cfg: cfg, src: src, sink: sink, cp: cp, logger: logger.With("chain", cfg.Chain), seen: map[uint64]time.Time{}}
	if cfg.Traces != nil {
		f.traceAddrs = map[common.Address]bool{}
		for _, a := range cfg.Traces.Addresses {
			f.traceAddrs[a] = true
		}
	}
	return f
}

// Head returns the highest block number announced by the node so far.
func (f *Follower) Head() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lastHead
}

// Cursor returns the last block handed on and checkpointed.
func (f *Follower) Cursor() chain.Cursor {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cursor
}

// Reorg describes one chain reorganisation ingest handled.
type Reorg struct {
	Ancestor chain.Cursor // the last block both branches share
	OldTip   uint64       // the highest processed block that was dropped
	Depth    uint64       // how many processed blocks were dropped
	At       time.Time
}

// Reorgs returns the reorgs handled since the follower started.
func (f *Follower) Reorgs() []Reorg {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Reorg(nil), f.reorgs...)
}

// errStop ends Run after StopAfter.
var errStop = errors.New("stop block reached")

// Run follows the chain until ctx ends (returning nil) or an error that
// retrying cannot fix.
func (f *Follower) Run(ctx context.Context) error {
	next, err := f.start(ctx)
	if err != nil {
		return err
	}
	f.mu.Lock()
	if next > 0 {
		f.lastHead = next - 1
	}
	f.mu.Unlock()
	heads := make(chan uint64, 1)
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wg.Add(1)
	go func() {
		defer wg.Done()
		f.watchHeads(ctx, heads)
	}()

	var head uint64
	for {
		select {
		case <-ctx.Done():
			return nil
		case h := <-heads:
			head = max(head, h)
		}
		for next <= head {
			var n uint64
			var err error
			if bs, ok := f.src.(BatchSource); ok && head-next+1 >= catchUpMin {
				n, err = f.catchUp(ctx, bs, next, head)
			} else {
				n, err = f.process(ctx, next)
			}
			// On error n is the block that failed (a catch-up may have
			// processed blocks before it); on a reorg, the block after the
			// common ancestor.
			next = n
			if err != nil {
				switch {
				case errors.Is(err, errStop):
					return nil
				case ctx.Err() != nil:
					return nil
				case errors.Is(err, chain.ErrNotFound):
					// The head was announced before the node could serve
					// the block; try again on the next head or poll.
				default:
					f.logger.Error("processing block failed; will retry", "block", next, "err", err)
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(min(f.cfg.PollInterval, 500*time.Millisecond)):
				}
				break
			}
		}
	}
}

// start decides the first block: after the checkpoint, or the configured
// start for a chain seen for the first time.
func (f *Follower) start(ctx context.Context) (uint64, error) {
	cur, ok, err := f.cp.Checkpoint(ctx, f.cfg.Chain)
	if err != nil {
		return 0, err
	}
	if ok {
		f.mu.Lock()
		f.cursor = cur
		f.mu.Unlock()
		f.logger.Info("resuming from checkpoint", "block", cur.Number+1)
		return cur.Number + 1, nil
	}
	if f.cfg.StartBlock != "" && f.cfg.StartBlock != "latest" {
		n, err := strconv.ParseUint(f.cfg.StartBlock, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("start block %q: %w", f.cfg.StartBlock, err)
		}
		return n, nil
	}
	h, err := f.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read head to start from: %w", err)
	}
	f.logger.Info("no checkpoint; starting at the head", "block", h.Number.Uint64())
	return h.Number.Uint64(), nil
}

// watchHeads feeds head heights: from a subscription when the source has
// one, and from polling always (at the poll interval it is the safety net
// for a subscription that silently stalls).
func (f *Follower) watchHeads(ctx context.Context, out chan uint64) {
	announce := func(n uint64) {
		now := time.Now()
		f.mu.Lock()
		for h := f.lastHead + 1; h <= n; h++ {
			f.seen[h] = now
		}
		f.lastHead = max(f.lastHead, n)
		f.mu.Unlock()
		f.cfg.Observer.HeadSeen(f.cfg.Chain, n)
		// Keep only the newest height: the loop processes everything up to it.
		select {
		case out <- n:
		default:
			select {
			case <-out:
			default:
			}
			select {
			case out <- n:
			default:
			}
		}
	}
	hs, canSubscribe := f.src.(HeadSubscriber)
	var (
		subHeads chan *types.Header
		sub      ethereum.Subscription
		subErr   <-chan error
	)
	subscribe := func() bool {
		ch := make(chan *types.Header, 16)
		s, err := hs.SubscribeNewHead(ctx, ch)
		if err != nil {
			if errors.Is(err, chainrpc.ErrNoWebSocket) {
				f.logger.Info("no WebSocket endpoint; following the head by polling", "interval", f.cfg.PollInterval)
				canSubscribe = false
			} else if ctx.Err() == nil {
				f.logger.Warn("head subscription unavailable; polling", "err", err)
			}
			return false
		}
		sub, subHeads, subErr = s, ch, s.Err()
		return true
	}
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	// A dropped subscription is re-established on this timer; polling
	// carries on meanwhile, and the first poll after a resubscription
	// fills whatever gap the drop left.
	resub := time.NewTimer(time.Hour)
	resub.Stop()
	defer resub.Stop()
	if canSubscribe && !subscribe() {
		resub.Reset(time.Second)
	}
	poll := time.NewTicker(f.cfg.PollInterval)
	defer poll.Stop()
	pollOnce := func() {
		h, err := f.src.HeaderByNumber(ctx, nil)
		if err != nil {
			if ctx.Err() == nil {
				f.logger.Warn("polling head failed", "err", err)
			}
			return
		}
		announce(h.Number.Uint64())
	}
	pollOnce()
	for {
		select {
		case <-ctx.Done():
			return
		case h := <-subHeads:
			announce(h.Number.Uint64())
		case err := <-subErr:
			f.logger.Warn("head subscription dropped; polling until it is back", "err", err)
			sub.Unsubscribe()
			sub, subHeads, subErr = nil, nil, nil
			f.mu.Lock()
			f.resubscriptions++
			f.mu.Unlock()
			resub.Reset(time.Second)
		case <-resub.C:
			if subscribe() {
				f.logger.Info("head subscription re-established")
				pollOnce()
			} else if canSubscribe {
				resub.Reset(time.Second)
			}
		case <-poll.C:
			pollOnce()
		}
	}
}

// Resubscriptions counts head subscriptions that dropped and had to be
// re-established.
func (f *Follower) Resubscriptions() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.resubscriptions
}

// process fetches one block and hands it on, then moves the checkpoint.
// It returns the next block to process: normally n+1, or the block after
// the common ancestor when n's parent shows that a reorg replaced blocks
// already processed.
func (f *Follower) process(ctx context.Context, n uint64) (uint64, error) {
	began := time.Now()
	block, err := f.src.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			return n, fmt.Errorf("block %d: %w", n, chain.ErrNotFound)
		}
		return n, fmt.Errorf("fetch block %d: %w", n, err)
	}
	return f.handle(ctx, began, block, nil, nil)
}

// handle checks a fetched block against the processed chain, completes its
// bundle (fetching receipts when not given), hands it to the sink and moves
// the checkpoint.
func (f *Follower) handle(ctx context.Context, began time.Time, block *types.Block, receipts types.Receipts, senders []common.Address) (uint64, error) {
	n := block.NumberU64()
	if n > 0 {
		// Usually the parent is the block just processed: compare with the
		// cursor in memory and spare the store a query per block.
		f.mu.Lock()
		cur := f.cursor
		f.mu.Unlock()
		prev, ok := cur.Hash, cur.Number == n-1 && cur.Hash != (common.Hash{})
		if !ok {
			var err error
			if prev, ok, err = f.cp.BlockHash(ctx, f.cfg.Chain, n-1); err != nil {
				return n, err
			}
		}
		if ok && block.ParentHash() != prev {
			return f.reorg(ctx, n-1)
		}
	}
	hash := block.Hash()
	f.mu.Lock()
	seenAt, ok := f.seen[n]
	f.mu.Unlock()
	if !ok {
		seenAt = time.Now()
	}
	if receipts == nil {
		var err error
		if receipts, err = f.src.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, true)); err != nil {
			return n, fmt.Errorf("fetch receipts of block %d (%s): %w", n, hash.Hex(), err)
		}
	}
	b, err := chain.NewBundleWithSenders(f.cfg.Chain, f.cfg.ChainID, block, receipts, senders, seenAt)
	if err != nil {
		return n, err
	}
	if f.cfg.Traces != nil && f.needsTraces(b) {
		if b.Traces, err = f.traces(ctx, b); err != nil {
			return n, err
		}
	}
	if err := f.sink.HandleBundle(ctx, b); err != nil {
		return n, fmt.Errorf("block %d: %w", n, err)
	}
	cur := chain.Cursor{Number: n, Hash: hash}
	if err := f.cp.SaveCheckpoint(ctx, f.cfg.Chain, cur); err != nil {
		return n, err
	}
	f.mu.Lock()
	f.cursor = cur
	delete(f.seen, n)
	f.mu.Unlock()
	f.cfg.Observer.BlockProcessed(f.cfg.Chain, n, b.Time(), len(receipts), time.Since(began))
	if f.cfg.StopAfter != 0 && n >= f.cfg.StopAfter {
		return n + 1, errStop
	}
	return n + 1, nil
}

// BatchSource fetches ranges of blocks with their receipts in JSON-RPC
// batches (chain/rpc.Pool does, with its own bounded concurrency).
type BatchSource interface {
	FetchBlocks(ctx context.Context, from, to uint64) ([]chainrpc.BlockData, error)
}

const (
	// catchUpMin is how far behind the head ingest must be before it
	// switches from block-by-block following to batched catch-up.
	catchUpMin = 4
	// catchUpChunk blocks are requested at a time, and catchUpAhead chunks
	// may wait fetched while earlier ones are processed: fetching overlaps
	// detection, and memory stays bounded (~ chunk x ahead blocks).
	catchUpChunk = 100
	catchUpAhead = 2
)

// catchUp processes from..to with fetching running ahead of processing,
// strictly in block order. It stops early (returning the next block) on a
// reorg, an error, or StopAfter.
func (f *Follower) catchUp(ctx context.Context, bs BatchSource, from, to uint64) (uint64, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type fetched struct {
		data  []chainrpc.BlockData
		err   error
		began time.Time
	}
	results := make(chan fetched, catchUpAhead)
	go func() {
		defer close(results)
		for start := from; start <= to; start += catchUpChunk {
			end := min(to, start+catchUpChunk-1)
			began := time.Now()
			data, err := bs.FetchBlocks(ctx, start, end)
			select {
			case results <- fetched{data, err, began}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	next := from
	for r := range results {
		for _, d := range r.data {
			n, err := f.handle(ctx, r.began, d.Block, d.Receipts, d.Senders)
			if err != nil {
				return n, err
			}
			if n != d.Block.NumberU64()+1 {
				return n, nil // a reorg moved the cursor back: start over from there
			}
			next = n
		}
		if r.err != nil {
			if errors.Is(r.err, ethereum.NotFound) {
				return next, fmt.Errorf("catch-up: %w (%w)", chain.ErrNotFound, r.err)
			}
			return next, fmt.Errorf("catch-up: %w", r.err)
		}
	}
	return next, nil
}

// reorg walks back from the processed block top to the highest block whose
// stored hash the node still has at that height, retracts what was derived
// from the dropped blocks and rewinds the cursor to that ancestor.
func (f *Follower) reorg(ctx context.Context, top uint64) (uint64, error) {
	ancestor := chain.Cursor{}
	found := false
	for k := top; ; k-- {
		stored, ok, err := f.cp.BlockHash(ctx, f.cfg.Chain, k)
		if err != nil {
			return top + 1, err
		}
		if !ok {
			return top + 1, fmt.Errorf("reorg: no common ancestor within the stored window (checked blocks %d..%d); the node's chain differs from the one processed", k+1, top)
		}
		h, err := f.src.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
		if err != nil {
			return top + 1, fmt.Errorf("reorg: fetch header %d: %w", k, err)
		}
		if h.Hash() == stored {
			ancestor, found = chain.Cursor{Number: k, Hash: stored}, true
			break
		}
		if k == 0 {
			break
		}
	}
	if !found {
		return top + 1, errors.New("reorg: even the first processed block differs; refusing to guess")
	}
	depth := top - ancestor.Number
	f.logger.Warn("chain reorganisation: retracting alerts of dropped blocks", "ancestor", ancestor.Number, "dropped_from", ancestor.Number+1, "old_tip", top, "depth", depth)
	if err := f.sink.Retract(ctx, f.cfg.Chain, ancestor.Number+1); err != nil {
		return top + 1, fmt.Errorf("reorg: retract from block %d: %w", ancestor.Number+1, err)
	}
	if err := f.cp.Rewind(ctx, f.cfg.Chain, ancestor); err != nil {
		return top + 1, err
	}
	f.mu.Lock()
	f.cursor = ancestor
	f.reorgs = append(f.reorgs, Reorg{Ancestor: ancestor, OldTip: top, Depth: depth, At: time.Now()})
	f.mu.Unlock()
	f.cfg.Observer.ReorgHandled(f.cfg.Chain, depth)
	return ancestor.Number + 1, nil
}

// completeBundle fetches a block's receipts and builds its bundle.
func completeBundle(ctx context.Context, src Source, chainName string, chainID *big.Int, block *types.Block, seenAt time.Time) (*chain.Bundle, error) {
	receipts, err := src.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block.Hash(), true))
	if err != nil {
		return nil, fmt.Errorf("fetch receipts of block %d (%s): %w", block.NumberU64(), block.Hash().Hex(), err)
	}
	return chain.NewBundle(chainName, chainID, block, receipts, seenAt)
}

// FetchBundle fetches one block and its receipts, for tools that work on a
// range outside the follower (record, replay).
func FetchBundle(ctx context.Context, src Source, chainName string, chainID *big.Int, n uint64) (*chain.Bundle, error) {
	block, err := src.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("block %d: %w", n, chain.ErrNotFound)
		}
		return nil, fmt.Errorf("fetch block %d: %w", n, err)
	}
	return completeBundle(ctx, src, chainName, chainID, block, time.Now())
}

// needsTraces reports whether a block touches an address whose detectors
// need traces.
func (f *Follower) needsTraces(b *chain.Bundle) bool {
	if len(f.traceAddrs) == 0 {
		return len(b.Receipts) > 0
	}
	if f.cfg.Traces.Indirect {
		return b.TouchesIndirectly(f.traceAddrs)
	}
	return b.Touches(f.traceAddrs)
}

func (f *Follower) traces(ctx context.Context, b *chain.Bundle) ([]chain.TxTrace, error) {
	ts, ok := f.src.(TraceSource)
	if !ok {
		return nil, fmt.Errorf("block %d: detectors %s need call traces, but the source cannot trace", b.Number(), strings.Join(f.cfg.Traces.NeededBy, ", "))
	}
	traces, err := ts.TraceBlock(ctx, b.Number())
	if err != nil {
		if errors.Is(err, chainrpc.ErrStateUnavailable) {
			return nil, fmt.Errorf("block %d: detectors %s need call traces, but no endpoint still has the state to trace it (a pruned node; use an archive node for this chain or disable those detectors): %w",
				b.Number(), strings.Join(f.cfg.Traces.NeededBy, ", "), err)
		}
		return nil, fmt.Errorf("block %d: fetch call traces for %s: %w", b.Number(), strings.Join(f.cfg.Traces.NeededBy, ", "), err)
	}
	if len(traces) != len(b.Receipts) {
		return nil, fmt.Errorf("block %d: %d traces for %d transactions", b.Number(), len(traces), len(b.Receipts))
	}
	for i, t := range traces {
		if t.TxHash != (common.Hash{}) && t.TxHash != b.Receipts[i].TxHash {
			return nil, fmt.Errorf("block %d: trace %d is for tx %s, want %s", b.Number(), i, t.TxHash.Hex(), b.Receipts[i].TxHash.Hex())
		}
	}
	return traces, nil
}
