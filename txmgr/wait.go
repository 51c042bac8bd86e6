package txmgr

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// wait follows the chain head until an attempt is mined (and as deep as
// asked), replacing the current attempt when it misses blocks and taking a
// fresh nonce if another transaction consumed ours. A receipt can only
// appear with a new block, so the work happens once per head.
func (s *send) wait(ctx context.Context) (*Result, error) {
	m := s.m
	need := s.req.Confirmations
	if need == 0 {
		need = m.Confirmations
	}
	need = max(need, 1)
	interval := m.PollInterval
	if interval <= 0 {
		interval = 100 * time.Millisecond
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	var seen uint64
	first := true
	for {
		head, err := m.client.HeaderByNumber(ctx, nil)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				m.logger.Warn("reading the head while waiting failed", "key", s.req.Key, "err", err)
			}
		case first || head.Number.Uint64() > seen:
			// The first look also covers a resumed record whose nonce was
			// consumed while Warden was down.
			first, seen = false, head.Number.Uint64()
			res, err := s.onHead(ctx, head, need)
			if err != nil || res != nil {
				return res, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s (tx %s, nonce %d, %d attempt(s)): %w", s.req.Key, s.rec.Hash.Hex(), s.rec.Nonce, len(s.rec.Attempts), ctx.Err())
		case <-tick.C:
		}
	}
}

// onHead does one block's work. A non-nil result ends the wait.
func (s *send) onHead(ctx context.Context, head *types.Header, need uint64) (*Result, error) {
	m, rec := s.m, s.rec
	n := head.Number.Uint64()
	if rec.State == StateMined {
		still, err := s.checkMined(ctx, head)
		if err != nil {
			m.logger.Warn("checking the receipt failed", "key", rec.Key, "tx", rec.Hash, "err", err)
			return nil, nil
		}
		if still {
			return s.result(head, need), nil
		}
	}
	used, err := m.client.NonceAt(ctx, rec.From, head.Number)
	if err != nil {
		m.logger.Warn("reading the account nonce failed", "key", rec.Key, "block", n, "err", err)
		return nil, nil
	}
	if used > rec.Nonce {
		c, err := m.nonceConsumer(ctx, rec, head)
		if err != nil {
			m.logger.Info("nonce used, not yet known by whom", "key", rec.Key, "nonce", rec.Nonce, "err", err)
			return nil, nil
		}
		if c.ours >= 0 {
			if err := s.mined(ctx, c.ours, c.receipt); err != nil {
				return nil, err
			}
			return s.result(head, need), nil
		}
		return nil, s.retake(ctx, c)
	}
	if n <= s.sentAt {
		return nil, nil
	}
	if s.noBumps == "" && n-s.sentAt >= max(1, m.ReplaceEvery) {
		s.replace(ctx, head)
	} else {
		s.rebroadcast(ctx)
	}
	return nil, nil
}

// mined records that attempt i has receipt r.
func (s *send) mined(ctx context.Context, i int, r *types.Receipt) error {
	rec := s.rec
	rec.State, rec.Mined = StateMined, i+1
	rec.point(i)
	rec.Block, rec.BlockHash, rec.Status = r.BlockNumber.Uint64(), r.BlockHash, r.Status
	s.receipt = r
	if err := s.save(ctx); err != nil {
		return err
	}
	outcome := "succeeded"
	if r.Status != types.ReceiptStatusSuccessful {
		outcome = "reverted"
	}
	a := rec.Attempts[i]
	s.event(EventMined, i, nil, "Mined in block %d: attempt %d of %d (tx %s, nonce %d, tip %s) %s", rec.Block, i+1, len(rec.Attempts), a.Hash.Hex(), a.Nonce, gwei(a.TipCap), outcome)
	s.announce()
	return nil
}

// checkMined verifies the stored receipt is still canonical. If a reorg
// moved the transaction to another block, the record follows it; if the
// transaction left the chain, the record is back to broadcast, the mined
// attempt is re-broadcast, and still is false.
func (s *send) checkMined(ctx context.Context, head *types.Header) (still bool, err error) {
	rec := s.rec
	r, err := s.m.client.TransactionReceipt(ctx, rec.Hash)
	switch {
	case err == nil && r != nil && r.BlockHash == rec.BlockHash:
		s.receipt = r
		return true, nil
	case err == nil && r != nil:
		old := rec.Block
		rec.Block, rec.BlockHash, rec.Status = r.BlockNumber.Uint64(), r.BlockHash, r.Status
		s.receipt = r
		if err := s.save(ctx); err != nil {
			return false, err
		}
		s.event(EventReorged, rec.Mined-1, nil, "A reorg replaced block %d; attempt %d (%s) is now in block %d", old, rec.Mined, rec.Hash.Hex(), rec.Block)
		return true, nil
	case errors.Is(err, ethereum.NotFound):
	default:
		return false, err
	}
	i, old := rec.Mined-1, rec.Block
	rec.State, rec.Mined, rec.Block, rec.BlockHash, rec.Status = StateBroadcast, 0, 0, common.Hash{}, 0
	s.receipt = nil
	if err := s.save(ctx); err != nil {
		return false, err
	}
	// The mined attempt is the one to bring back: the network has seen
	// it valid, and its hash is the one already reported.
	s.sentAt = head.Number.Uint64()
	s.afterReorg = true
	ans, _, sendErr := s.deliver(ctx, i)
	s.afterReorg = false
	note := "re-broadcast it"
	if ans != accepted {
		note = fmt.Sprintf("re-broadcast failed (%v); retrying every block", sendErr)
	}
	s.event(EventReorged, i, nil, "A reorg removed block %d with attempt %d (%s); the transaction is not mined any more, %s", old, i+1, rec.Attempts[i].Hash.Hex(), note)
	return false, nil
}

// result returns the result once the receipt is need blocks deep.
func (s *send) result(head *types.Header, need uint64) *Result {
	rec := s.rec
	var depth uint64
	if h := head.Number.Uint64(); h >= rec.Block {
		depth = h - rec.Block + 1
	}
	if depth < need || s.receipt == nil {
		return nil
	}
	if need > 1 {
		s.event(EventConfirmed, rec.Mined-1, nil, "Confirmed: block %d is %d blocks deep", rec.Block, depth)
	}
	return &Result{Record: rec.clone(), Receipt: s.receipt, Attempt: rec.Attempts[rec.Mined-1], Resumed: s.resumed,
		Confirmations: depth, Confirmed: need > 1}
}

// retake starts a new series after another transaction used our nonce.
// Every attempt had that nonce, so none of them can ever be mined: the
// action has not happened, and signing it again cannot make it happen
// twice.
func (s *send) retake(ctx context.Context, c consumer) error {
	rec := s.rec
	who := "another transaction"
	if c.foreign != (common.Hash{}) {
		who = "transaction " + c.foreign.Hex()
	}
	where := ""
	if c.block != 0 {
		where = fmt.Sprintf(" in block %d", c.block)
	}
	s.event(EventNonceTaken, rec.current(), nil, "Nonce %d was used by %s%s, not by any of this key's %d attempt(s); none can be mined now, so the action is signed again with a fresh nonce",
		rec.Nonce, who, where, len(rec.Attempts))
	b, err := bodyOf(rec.Attempts[len(rec.Attempts)-1].Raw)
	if err != nil {
		return err
	}
	rec.NonceTaken++
	reason := fmt.Sprintf("nonce %d was used by %s%s", rec.Nonce, who, where)
	s.noBumps, s.rec.CapReached = "", false
	s.m.mu.Lock()
	err = s.startSeries(ctx, b, reason)
	s.m.mu.Unlock()
	if errors.Is(err, errMaybeSent) {
		s.m.logger.Warn("broadcast of the new series failed; retrying every block", "key", rec.Key, "err", err)
		return nil
	}
	return err
}

// replace signs and broadcasts a higher-priced attempt with the same
// nonce, or, when MaxFeeCap leaves no room, re-broadcasts the current one.
func (s *send) replace(ctx context.Context, head *types.Header) {
	m, rec := s.m, s.rec
	last, cur := rec.last(), rec.current()
	if last < 0 {
		return
	}
	prev := rec.Attempts[last]
	p, ok := m.bumpPrice(prev, head, s.req.Emergency)
	if !ok {
		s.noBumps = "MaxFeeCap reached"
		if !rec.CapReached {
			rec.CapReached = true
			if err := s.save(ctx); err != nil {
				m.logger.Error("recording the fee cap failed", "key", rec.Key, "err", err)
			}
		}
		s.event(EventCapReached, cur, nil, "Fee cap reached: attempt %d offers max fee %s and MaxFeeCap is %s; re-broadcasting it every block instead of replacing it",
			cur+1, gwei(rec.Attempts[max(cur, 0)].FeeCap), gwei(m.MaxFeeCap))
		s.rebroadcast(ctx)
		return
	}
	b, err := bodyOf(prev.Raw)
	if err != nil {
		m.logger.Error("replacement impossible", "key", rec.Key, "err", err)
		return
	}
	i, err := s.sign(ctx, b, rec.Nonce, p, fmt.Sprintf("replacement: not mined by block %d", head.Number.Uint64()), head)
	if err != nil {
		m.logger.Error("signing a replacement failed", "key", rec.Key, "err", err)
		return
	}
	s.sentAt = head.Number.Uint64()
	ans, kind, nodeErr := s.push(ctx, i, head)
	switch {
	case ans == accepted:
		now := rec.current()
		a := rec.Attempts[now]
		from := "an unsent attempt"
		old := prev
		if cur >= 0 {
			old = rec.Attempts[cur]
			from = fmt.Sprintf("attempt %d", cur+1)
		}
		s.event(EventReplaced, now, nil, "Replaced %s with attempt %d: tip %s (%s), max fee %s (%s); not mined by block %d",
			from, now+1, gwei(a.TipCap), percentUp(old.TipCap, a.TipCap), gwei(a.FeeCap), percentUp(old.FeeCap, a.FeeCap), head.Number.Uint64())
	case ans == ambiguous:
		m.logger.Warn("broadcasting a replacement failed; it may still arrive", "key", rec.Key, "tx", rec.Attempts[i].Hash, "err", nodeErr)
	case errors.Is(kind, ErrNonceTooLow):
		// Mined meanwhile, by us or not: the next head says which.
	case errors.Is(kind, ErrUnderpriced):
		// Try again, higher, next block.
	default:
		s.noBumps = kind.Error()
		m.logger.Warn("no more replacements for this send; re-broadcasting the current attempt", "key", rec.Key, "reason", kind)
	}
}

// rebroadcast sends the current attempt again; a node that had dropped it
// takes it as new (deliver reports that as EventDropped).
func (s *send) rebroadcast(ctx context.Context) {
	cur := s.rec.current()
	if cur < 0 {
		return
	}
	if ans, _, err := s.deliver(ctx, cur); ans == ambiguous {
		s.m.logger.Warn("re-broadcast failed", "key", s.rec.Key, "tx", s.rec.Attempts[cur].Hash, "err", err)
	}
}
