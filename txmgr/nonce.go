package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// reserve returns the nonce for a new series. Caller holds m.mu and keeps
// it until the series' first attempt is accepted or refused.
func (m *Manager) reserve(ctx context.Context) (uint64, error) {
	from := m.signer.Address()
	pending, err := m.client.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce of %s: %w", from.Hex(), err)
	}
	// A handed-back nonce below the account's pending nonce was used by
	// someone else meanwhile.
	for len(m.free) > 0 && m.free[0] < pending {
		m.free = m.free[1:]
	}
	if len(m.free) > 0 {
		n := m.free[0]
		m.free = m.free[1:]
		return n, nil
	}
	n := max(pending, m.next)
	m.next = n + 1
	return n, nil
}

// release hands back a nonce nothing was accepted with, so the next
// reservation fills it instead of leaving a gap that would hold every
// later transaction of the account in the node's queue. Caller holds m.mu.
func (m *Manager) release(n uint64) {
	if n+1 == m.next {
		m.next = n
		return
	}
	if n >= m.next {
		return
	}
	if i, found := slices.BinarySearch(m.free, n); !found {
		m.free = slices.Insert(m.free, i, n)
	}
}

// adopt takes up this signer's open records from the store once per
// manager (and again after a broadcast whose outcome is unknown): their
// nonces count as reserved, and records no Send is working on are
// re-broadcast, so a nonce an earlier run signed is never handed to a
// different key, and a stored transaction nobody resumes does not leave a
// gap. A record whose latest attempt the node now refuses, and which was
// never accepted, is marked failed: its nonce is free, and its key, if
// sent again, starts over instead of broadcasting bytes whose nonce may by
// then belong to another key. Caller holds m.mu.
func (m *Manager) adopt(ctx context.Context) error {
	if m.adopted {
		return nil
	}
	from := m.signer.Address()
	recs, err := m.store.OpenTxs(ctx, m.chain, from)
	if err != nil {
		return fmt.Errorf("load open transactions of %s: %w", from.Hex(), err)
	}
	if len(recs) == 0 {
		m.adopted = true
		return nil
	}
	confirmed, err := m.client.NonceAt(ctx, from, nil)
	if err != nil {
		return fmt.Errorf("nonce of %s: %w", from.Hex(), err)
	}
	settled := true
	for i := range recs {
		rec := &recs[i]
		if err := rec.upgrade(); err != nil {
			return err
		}
		if rec.Nonce < confirmed || rec.current() < 0 {
			// Consumed (by it or another; its own Send finds out which),
			// or every attempt refused: nothing of it can hold a nonce.
			continue
		}
		if !m.isActive(rec.Key) {
			known, err := m.adoptOne(ctx, rec)
			if err != nil {
				return err
			}
			settled = settled && known
			if rec.State == StateFailed {
				continue
			}
		}
		m.next = max(m.next, rec.Nonce+1)
	}
	// An unclear answer is asked again at the next reservation: until the
	// node has it, that record's nonce is a gap.
	m.adopted = settled
	return nil
}

// adoptOne re-broadcasts a record nobody is sending. known is false when
// the node's answer was lost.
func (m *Manager) adoptOne(ctx context.Context, rec *Record) (known bool, err error) {
	cur := rec.current()
	a := &rec.Attempts[cur]
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		return false, fmt.Errorf("decode stored tx %s of %s: %w", a.Hash.Hex(), rec.Key, err)
	}
	sendErr := m.client.SendTransaction(ctx, tx)
	ans, kind := classify(sendErr)
	switch {
	case ans == accepted:
		now := m.timeNow()
		if a.BroadcastAt.IsZero() {
			a.BroadcastAt = now
		}
		if rec.BroadcastAt.IsZero() {
			rec.BroadcastAt = now
		}
		if rec.State == StateSigned {
			rec.State = StateBroadcast
		}
		m.logger.Info("re-broadcast a stored transaction of an earlier run", "key", rec.Key, "tx", a.Hash, "nonce", a.Nonce)
	case ans == refused && !rec.accepted() && !errors.Is(kind, ErrNonceTooLow):
		a.Refused = refusedText(kind, sendErr)
		rec.State, rec.Error = StateFailed, fmt.Sprintf("on restart the node refused the stored transaction: %v", kind)
		m.logger.Warn("stored transaction of an earlier run refused; its nonce is free again", "key", rec.Key, "tx", a.Hash, "nonce", a.Nonce, "reason", kind)
	default:
		// Unknown, or consumed: the nonce stays counted.
		return ans != ambiguous, nil
	}
	if err := m.store.SaveTx(ctx, rec); err != nil {
		return false, fmt.Errorf("save %s: %w", rec.Key, err)
	}
	return true, nil
}

// consumer is who used a record's nonce.
type consumer struct {
	ours    int            // index of our mined attempt, -1 if not ours
	receipt *types.Receipt // ours only
	foreign common.Hash    // the other transaction, when found
	block   uint64         // where it was mined, when found
}

// nonceConsumer finds out which transaction used rec's nonce, which the
// caller knows is consumed at head. Receipts of our live attempts come
// first; if none has one, the block where the account's nonce passed ours
// is searched, so that an attempt of ours whose receipt a node cannot serve
// yet is never mistaken for a stranger's (re-signing then would send the
// action twice). An error means: unknown for now, ask again next block.
func (m *Manager) nonceConsumer(ctx context.Context, rec *Record, head *types.Header) (consumer, error) {
	// Every attempt with the nonce, refused ones included: a refusal after
	// a crash does not prove the node never had it.
	var ours []int
	for i := len(rec.Attempts) - 1; i >= 0; i-- {
		if rec.Attempts[i].Nonce == rec.Nonce {
			ours = append(ours, i)
		}
	}
	for _, i := range ours {
		r, err := m.client.TransactionReceipt(ctx, rec.Attempts[i].Hash)
		if err == nil && r != nil {
			return consumer{ours: i, receipt: r, block: r.BlockNumber.Uint64()}, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return consumer{}, fmt.Errorf("receipt of %s: %w", rec.Attempts[i].Hash.Hex(), err)
		}
	}
	from := m.signer.Address()
	lo := head.Number.Uint64()
	for _, a := range rec.Attempts {
		if a.Nonce == rec.Nonce {
			lo = min(lo, a.SignedBlock)
		}
	}
	// Binary search for the first block whose state has the nonce used:
	// NonceAt(lo) <= nonce < NonceAt(hi).
	hi := head.Number.Uint64()
	nonceAt := func(b uint64) (uint64, error) { return m.client.NonceAt(ctx, from, new(big.Int).SetUint64(b)) }
	if n, err := nonceAt(lo); err != nil || n > rec.Nonce {
		// Used before our first attempt was signed, or the node keeps
		// no state that old: no attempt of ours has a receipt, so the
		// nonce went to someone else.
		return consumer{ours: -1}, nil
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		n, err := nonceAt(mid)
		if err != nil {
			return consumer{ours: -1}, nil
		}
		if n > rec.Nonce {
			hi = mid
		} else {
			lo = mid
		}
	}
	block, err := m.client.BlockByNumber(ctx, new(big.Int).SetUint64(hi))
	if err != nil {
		return consumer{}, fmt.Errorf("block %d: %w", hi, err)
	}
	signer := types.LatestSignerForChainID(m.chainID)
	for _, tx := range block.Transactions() {
		for _, i := range ours {
			if tx.Hash() == rec.Attempts[i].Hash {
				// Ours after all; the receipt will come.
				return consumer{}, fmt.Errorf("attempt %d (%s) is in block %d but its receipt is not served yet", i+1, tx.Hash().Hex(), hi)
			}
		}
		if tx.Nonce() != rec.Nonce {
			continue
		}
		if sender, err := types.Sender(signer, tx); err == nil && sender == from {
			return consumer{ours: -1, foreign: tx.Hash(), block: hi}, nil
		}
	}
	// The chain moved under the search (a reorg): ask again next block.
	return consumer{}, fmt.Errorf("no transaction of %s with nonce %d in block %d", from.Hex(), rec.Nonce, hi)
}
