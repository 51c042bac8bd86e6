// Package txmgr sends response transactions exactly once. Every send has an
// idempotency key; the signed transaction is stored under that key before it
// is broadcast, so after a crash the same signed bytes are re-broadcast (the
// node treats them as the same transaction) instead of a second transaction
// being signed. It also picks fees that outbid ordinary traffic, because a
// pause that lands after the attacker's next transaction is too late.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/signer"
)

// Client is the node access the manager needs.
type Client interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// State of a stored transaction.
type State string

const (
	StateSigned    State = "signed"    // stored, maybe not broadcast yet
	StateBroadcast State = "broadcast" // the node accepted it
	StateMined     State = "mined"     // a receipt exists
)

// Record is the durable form of one send.
type Record struct {
	Key         string         `json:"key"`
	Chain       string         `json:"chain"`
	From        common.Address `json:"from"`
	To          common.Address `json:"to"`
	Nonce       uint64         `json:"nonce"`
	Hash        common.Hash    `json:"hash"`
	Raw         []byte         `json:"raw"`
	State       State          `json:"state"`
	SignedAt    time.Time      `json:"signed_at"`
	BroadcastAt time.Time      `json:"broadcast_at,omitzero"`
	Block       uint64         `json:"block,omitempty"`
	Status      uint64         `json:"status,omitempty"`
}

// Store keeps records by key.
type Store interface {
	// Tx returns the record for key, or nil if there is none.
	Tx(ctx context.Context, key string) (*Record, error)
	SaveTx(ctx context.Context, r *Record) error
}

// Request is one transaction to send.
type Request struct {
	Key   string // idempotency key: one transaction per key, ever
	To    common.Address
	Data  []byte
	Value *big.Int
	Gas   uint64 // 0 = estimate
}

// Result is a mined transaction.
type Result struct {
	Record  Record
	Receipt *types.Receipt
	// Resumed is true when the transaction had been signed by an earlier
	// run and was only re-broadcast or awaited now.
	Resumed bool
}

// Manager sends transactions for one signer on one chain.
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
	// PollInterval is how often a receipt is looked for.
	PollInterval time.Duration
	// RebroadcastAfter re-sends a stored transaction the node seems to
	// have dropped.
	RebroadcastAfter time.Duration

	mu sync.Mutex // one send at a time per signer keeps nonces in order
	// next is the nonce after the last one this manager signed. A node's
	// pending nonce can lag a transaction it has just accepted (geth adds
	// to its pool asynchronously), so the larger of the two is used.
	next uint64
}

// New builds a manager.
func New(chainName string, chainID *big.Int, client Client, s signer.Signer, store Store, logger *slog.Logger) *Manager {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Manager{chain: chainName, chainID: chainID, client: client, signer: s, store: store, logger: logger,
		TipMultiplier: 3, PollInterval: 50 * time.Millisecond, RebroadcastAfter: 5 * time.Second}
}

// Signer returns the signing address.
func (m *Manager) Signer() common.Address { return m.signer.Address() }

// Send signs, stores, broadcasts and waits for the transaction of req.Key,
// or resumes the one already stored under it.
func (m *Manager) Send(ctx context.Context, req Request, onBroadcast func(Record)) (*Result, error) {
	if req.Key == "" {
		return nil, errors.New("txmgr: request has no idempotency key")
	}
	m.mu.Lock()
	rec, resumed, err := m.prepare(ctx, req)
	if err != nil {
		m.mu.Unlock()
		return nil, err
	}
	if rec.State == StateSigned {
		if err := m.broadcast(ctx, rec); err != nil {
			m.mu.Unlock()
			return nil, err
		}
	}
	m.mu.Unlock()
	if onBroadcast != nil {
		onBroadcast(*rec)
	}
	rcpt, err := m.wait(ctx, rec)
	if err != nil {
		return nil, err
	}
	return &Result{Record: *rec, Receipt: rcpt, Resumed: resumed}, nil
}

// prepare returns the stored record for the key, or signs and stores a new one.
func (m *Manager) prepare(ctx context.Context, req Request) (*Record, bool, error) {
	rec, err := m.store.Tx(ctx, req.Key)
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: load %s: %w", req.Key, err)
	}
	if rec != nil {
		m.logger.Info("resuming stored transaction", "key", req.Key, "tx", rec.Hash, "state", rec.State)
		return rec, true, nil
	}
	from := m.signer.Address()
	nonce, err := m.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: nonce of %s: %w", from.Hex(), err)
	}
	nonce = max(nonce, m.next)
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: latest header: %w", err)
	}
	tip, err := m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: suggest tip: %w", err)
	}
	tip = new(big.Int).Mul(tip, big.NewInt(max(1, m.TipMultiplier)))
	if tip.Sign() == 0 {
		tip = big.NewInt(2_000_000_000) // a chain that suggests nothing still orders by tip
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	// Twice the base fee survives several full blocks of base-fee growth.
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := req.Gas
	if gas == 0 {
		est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &req.To, Data: req.Data, Value: value})
		if err != nil {
			return nil, false, fmt.Errorf("txmgr: estimate gas: %w", err)
		}
		gas = est + est/4 // state can change between estimate and inclusion
	}
	to := req.To
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: req.Data})
	signed, err := m.signer.SignTx(ctx, tx, m.chainID)
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, false, fmt.Errorf("txmgr: encode: %w", err)
	}
	m.next = nonce + 1
	rec = &Record{Key: req.Key, Chain: m.chain, From: from, To: to, Nonce: nonce, Hash: signed.Hash(), Raw: raw, State: StateSigned, SignedAt: time.Now().UTC()}
	// Stored before broadcast: from here on, this key means this transaction.
	if err := m.store.SaveTx(ctx, rec); err != nil {
		return nil, false, fmt.Errorf("txmgr: store signed tx: %w", err)
	}
	return rec, false, nil
}

func (m *Manager) broadcast(ctx context.Context, rec *Record) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(rec.Raw); err != nil {
		return fmt.Errorf("txmgr: decode stored tx %s: %w", rec.Hash.Hex(), err)
	}
	if err := m.client.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		return fmt.Errorf("txmgr: broadcast %s: %w", rec.Hash.Hex(), err)
	}
	rec.State = StateBroadcast
	rec.BroadcastAt = time.Now().UTC()
	if err := m.store.SaveTx(ctx, rec); err != nil {
		return fmt.Errorf("txmgr: record broadcast: %w", err)
	}
	m.logger.Info("transaction broadcast", "key", rec.Key, "tx", rec.Hash, "nonce", rec.Nonce)
	return nil
}

// alreadyKnown: the node has the transaction (a re-broadcast after a
// restart, or a mined one); either way nothing new was sent.
func alreadyKnown(err error) bool {
	msg := err.Error()
	for _, s := range []string{"already known", "known transaction", "nonce too low", "already imported"} {
		if containsFold(msg, s) {
			return true
		}
	}
	return false
}

func (m *Manager) wait(ctx context.Context, rec *Record) (*types.Receipt, error) {
	tick := time.NewTicker(m.PollInterval)
	defer tick.Stop()
	lastSend := time.Now()
	for {
		rcpt, err := m.client.TransactionReceipt(ctx, rec.Hash)
		if err == nil && rcpt != nil {
			rec.State, rec.Block, rec.Status = StateMined, rcpt.BlockNumber.Uint64(), rcpt.Status
			if err := m.store.SaveTx(ctx, rec); err != nil {
				return nil, fmt.Errorf("txmgr: record receipt: %w", err)
			}
			return rcpt, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			m.logger.Warn("receipt lookup failed", "tx", rec.Hash, "err", err)
		}
		if time.Since(lastSend) > m.RebroadcastAfter {
			lastSend = time.Now()
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(rec.Raw); err == nil {
				if err := m.client.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
					m.logger.Warn("re-broadcast failed", "tx", rec.Hash, "err", err)
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("txmgr: waiting for %s: %w", rec.Hash.Hex(), ctx.Err())
		case <-tick.C:
		}
	}
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}
