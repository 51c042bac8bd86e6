// Package txmgr sends response transactions exactly once. Every send has an
// idempotency key; each signed attempt is stored under that key before it
// is broadcast, so after a crash the stored bytes are re-broadcast (the node
// treats them as the same transaction) instead of a second transaction being
// signed. While waiting it replaces the transaction every block with a
// higher fee (same nonce, so only one can ever be mined), because a pause
// that lands after the attacker's next transaction is too late. See
// docs/txmgr.md.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/signer"
)

// Client is the node access the manager needs; ethclient.Client and
// chain/rpc.Pool both have it.
type Client interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Store keeps records by key.
type Store interface {
	// Tx returns the record for key, or nil if there is none.
	Tx(ctx context.Context, key string) (*Record, error)
	SaveTx(ctx context.Context, r *Record) error
	// OpenTxs returns one sender's records on one chain that are signed
	// or broadcast (not mined, not failed), whatever their key.
	OpenTxs(ctx context.Context, chain string, from common.Address) ([]Record, error)
}

// Request is one transaction to send.
type Request struct {
	Key   string // idempotency key: one transaction per key, ever
	To    common.Address
	Data  []byte
	Value *big.Int
	Gas   uint64 // 0 = estimate (+25%)
	// Emergency raises the priority fee to at least the manager's
	// EmergencyTip, for every attempt. Pauses are emergencies.
	Emergency bool
	// Confirmations overrides the manager's Confirmations when non-zero.
	Confirmations uint64
	// OnEvent, if set, hears every step (replacements, refusals, drops,
	// reorgs) in words fit for a timeline. It is called synchronously from
	// Send's goroutine and should return quickly.
	OnEvent func(Event)
}

// Result is a mined transaction.
type Result struct {
	Record  Record
	Receipt *types.Receipt
	Attempt Attempt // the attempt that was mined
	// Resumed is true when the key had been signed by an earlier run (or
	// an earlier Send) and was only re-broadcast or awaited now.
	Resumed bool
	// Confirmations is how deep the receipt was when Send returned (1 =
	// in the head block); Confirmed says it reached what was asked.
	Confirmations uint64
	Confirmed     bool
}

// Manager sends transactions for one signer on one chain. Its methods are
// safe for concurrent use; set the option fields before the first Send.
type Manager struct {
	chain   string
	chainID *big.Int
	client  Client
	signer  signer.Signer
	store   Store
	logger  *slog.Logger

	// TipMultiplier scales the node's suggested priority fee; responders
	// pay more than ordinary traffic so their transaction is ordered first.
	TipMultiplier int64
	// EmergencyTip is the priority fee floor of Request.Emergency sends
	// (nil = no floor).
	EmergencyTip *big.Int
	// MaxFeeCap is the most any attempt may offer per gas (nil = no cap).
	// Once a replacement would exceed it, the last attempt is only
	// re-broadcast and the record says CapReached.
	MaxFeeCap *big.Int
	// ReplaceEvery is how many blocks an attempt may miss before it is
	// replaced (default 1: every block).
	ReplaceEvery uint64
	// Confirmations is how deep a receipt must be before Send returns (0
	// and 1 both mean: in a block). While waiting for depth, a receipt a
	// reorg removed is noticed and the send continues.
	Confirmations uint64
	// UnderpricedRetries bounds immediate bump-and-retry after the node
	// calls an attempt underpriced.
	UnderpricedRetries int
	// MaxSeries bounds how often a key is re-signed with a fresh nonce
	// because other transactions took its nonce.
	MaxSeries int
	// PollInterval is how often the head is looked at.
	PollInterval time.Duration

	// Test seams, nil in production. crashAt is called after each durable
	// step ("stored": an attempt is written but not broadcast;
	// "broadcast": the node accepted it and that is written); an error
	// ends Send on the spot, as a crash would. priceFirst rewrites the
	// first attempt's fees so tests can have the node skip or refuse it.
	crashAt    func(stage string) error
	priceFirst func(tip, feeCap *big.Int) (*big.Int, *big.Int)
	now        func() time.Time

	// mu serialises nonce reservation with the signing, storing and
	// broadcasting of a new series, so nonces reach the node in order and
	// a refused one is handed back before anyone reserves past it. Waiting
	// happens outside it.
	mu sync.Mutex
	// next is the nonce after the highest one reserved. A node's pending
	// nonce can lag a transaction it has just accepted (geth adds to its
	// pool asynchronously), so the larger of the two is used.
	next uint64
	// free holds reserved nonces the node refused (nothing with them was
	// accepted) below next, lowest first: they are reserved again first,
	// so no gap stays behind them.
	free []uint64
	// adopted: open records of this signer from the store (an earlier
	// run's) have been counted into next and re-broadcast.
	adopted bool

	keysMu sync.Mutex
	active map[string]chan struct{} // keys with a Send in progress
}

// New builds a manager with the defaults: 3x the suggested tip, a 50 gwei
// emergency tip, a 1000 gwei fee cap, replacement every block.
func New(chainName string, chainID *big.Int, client Client, s signer.Signer, store Store, logger *slog.Logger) *Manager {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Manager{chain: chainName, chainID: chainID, client: client, signer: s, store: store, logger: logger,
		TipMultiplier: 3, EmergencyTip: new(big.Int).Set(DefaultEmergencyTip), MaxFeeCap: new(big.Int).Set(DefaultMaxFeeCap),
		ReplaceEvery: 1, UnderpricedRetries: 5, MaxSeries: 3, PollInterval: 100 * time.Millisecond,
		now: time.Now, active: map[string]chan struct{}{}}
}

// Signer returns the signing address.
func (m *Manager) Signer() common.Address { return m.signer.Address() }

// Send signs, stores, broadcasts and waits for the transaction of req.Key,
// or resumes the one already stored under it: stored attempts are
// re-broadcast, never re-signed with another nonce unless another
// transaction consumed that nonce. onBroadcast, if set, is called once the
// node holds the transaction.
func (m *Manager) Send(ctx context.Context, req Request, onBroadcast func(Record)) (*Result, error) {
	if req.Key == "" {
		return nil, errors.New("txmgr: request has no idempotency key")
	}
	if req.To == (common.Address{}) {
		return nil, fmt.Errorf("txmgr: request %s has no recipient (contract creation is not supported)", req.Key)
	}
	if req.OnEvent == nil {
		req.OnEvent = eventsFrom(ctx)
	}
	release, err := m.claim(ctx, req.Key)
	if err != nil {
		return nil, err
	}
	defer release()
	s := &send{m: m, req: req, onBroadcast: onBroadcast}
	res, err := s.run(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: %w", err)
	}
	return res, nil
}

// claim makes a second Send of the same key wait for the first: two
// goroutines must never extend one record at the same time.
func (m *Manager) claim(ctx context.Context, key string) (func(), error) {
	for {
		m.keysMu.Lock()
		busy, ok := m.active[key]
		if !ok {
			done := make(chan struct{})
			m.active[key] = done
			m.keysMu.Unlock()
			return func() {
				m.keysMu.Lock()
				delete(m.active, key)
				m.keysMu.Unlock()
				close(done)
			}, nil
		}
		m.keysMu.Unlock()
		select {
		case <-busy:
		case <-ctx.Done():
			return nil, fmt.Errorf("txmgr: waiting for the other send of %s: %w", key, ctx.Err())
		}
	}
}

func (m *Manager) isActive(key string) bool {
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	_, ok := m.active[key]
	return ok
}

// crash runs the test seam.
func (m *Manager) crash(stage string) error {
	if m.crashAt == nil {
		return nil
	}
	return m.crashAt(stage)
}

func (m *Manager) timeNow() time.Time {
	if m.now == nil {
		return time.Now().UTC()
	}
	return m.now().UTC()
}
