package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// send is one Send call: the record of its key and what this call has
// learnt about it.
type send struct {
	m           *Manager
	req         Request
	onBroadcast func(Record)

	rec     *Record
	resumed bool
	// announced: onBroadcast has been called.
	announced bool
	// sentAt is the head number when the current attempt was last sent
	// as new (signed or replaced); a replacement is due ReplaceEvery
	// blocks later.
	sentAt uint64
	// noBumps says why this call stopped replacing (MaxFeeCap, funds, a
	// refusal); the current attempt is then only re-broadcast.
	noBumps string
	receipt *types.Receipt
	// afterReorg: the current re-broadcast follows a reorg, which explains
	// why the node did not have the attempt.
	afterReorg bool
}

// errMaybeSent marks a broadcast whose answer was lost: the node may hold
// the attempt. The record stays signed and is re-broadcast later.
var errMaybeSent = errors.New("the node's answer to the broadcast was lost")

// body is what every attempt of a key says; only nonce and fees change.
type body struct {
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
}

func bodyOf(raw []byte) (body, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return body{}, fmt.Errorf("decode stored tx: %w", err)
	}
	if tx.To() == nil {
		return body{}, errors.New("stored tx has no recipient")
	}
	return body{to: *tx.To(), data: tx.Data(), value: tx.Value(), gas: tx.Gas()}, nil
}

// requestBody builds the body of req, estimating gas if it is not given.
func (s *send) requestBody(ctx context.Context) (body, error) {
	b := body{to: s.req.To, data: s.req.Data, value: s.req.Value, gas: s.req.Gas}
	if b.value == nil {
		b.value = new(big.Int)
	}
	if b.gas == 0 {
		from := s.m.signer.Address()
		est, err := s.m.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &b.to, Data: b.data, Value: b.value})
		if err != nil {
			return body{}, fmt.Errorf("estimate gas of %s to %s: %w", s.req.Key, b.to.Hex(), err)
		}
		b.gas = est + est/4 // state can change between estimate and inclusion
	}
	return b, nil
}

func (s *send) run(ctx context.Context) (*Result, error) {
	m := s.m
	rec, err := m.store.Tx(ctx, s.req.Key)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", s.req.Key, err)
	}
	if rec != nil {
		if err := rec.upgrade(); err != nil {
			return nil, err
		}
		if rec.Chain != m.chain || rec.From != m.signer.Address() {
			return nil, fmt.Errorf("key %s is stored for %s on chain %s, not for %s on %s", rec.Key, rec.From.Hex(), rec.Chain, m.signer.Address().Hex(), m.chain)
		}
	}
	s.rec = rec
	fresh := rec == nil || rec.State == StateFailed
	var b body
	if fresh {
		// Outside the lock: estimating needs no nonce.
		if b, err = s.requestBody(ctx); err != nil {
			return nil, err
		}
	}

	m.mu.Lock()
	err = m.adopt(ctx)
	switch {
	case err != nil:
	case rec == nil:
		err = s.startSeries(ctx, b, "first attempt")
	case rec.State == StateFailed:
		s.resumed = true
		err = s.startSeries(ctx, b, "new attempt after the earlier ones were refused ("+rec.Error+")")
	case rec.State == StateMined:
		s.resumed = true
	default:
		s.resumed = true
		err = s.resume(ctx)
	}
	m.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return s.wait(ctx)
}

// startSeries reserves a nonce and signs, stores and broadcasts the first
// attempt with it. Caller holds m.mu.
func (s *send) startSeries(ctx context.Context, b body, reason string) error {
	m := s.m
	for {
		if s.rec != nil && s.rec.NonceTaken > m.MaxSeries {
			return fmt.Errorf("%s: other transactions took this key's nonce %d times; is another wallet using the key of %s? %w",
				s.req.Key, s.rec.NonceTaken, m.signer.Address().Hex(), ErrNonceTooLow)
		}
		head, err := m.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("latest header: %w", err)
		}
		nonce, err := m.reserve(ctx)
		if err != nil {
			return err
		}
		p, err := m.firstPrice(ctx, head, s.req.Emergency)
		if err != nil {
			m.release(nonce)
			return err
		}
		i, err := s.sign(ctx, b, nonce, p, reason, head)
		if err != nil {
			m.release(nonce)
			return err
		}
		if err := m.crash("stored"); err != nil {
			return err
		}
		s.sentAt = head.Number.Uint64()
		ans, kind, nodeErr := s.push(ctx, i, head)
		switch {
		case ans == accepted:
			return m.crash("broadcast")
		case ans == ambiguous:
			// It may be in the node's pool. Keep the nonce reserved and
			// the record signed; the next adoption re-broadcasts it.
			m.adopted = false
			return fmt.Errorf("broadcast %s (%s): %w (%w); the signed transaction is stored and the next send of this key re-broadcasts it",
				s.req.Key, s.rec.Hash.Hex(), nodeErr, errMaybeSent)
		case errors.Is(kind, ErrNonceTooLow):
			// Nothing of this series was accepted, so the nonce went to
			// another transaction: sign again with a fresh one.
			// Signed and first sent in this call and refused: not ours.
			last := s.rec.last()
			s.rec.Attempts[last].Refused = refusedText(kind, nodeErr)
			s.rec.NonceTaken++
			reason = fmt.Sprintf("nonce %d was already used by another transaction; none of this key's attempts can be mined with it", nonce)
			s.event(EventNonceTaken, i, nil, "Nonce %d is already used by another transaction (not this key's); signing again with a fresh nonce", nonce)
			if b, err = bodyOf(s.rec.Raw); err != nil {
				return err
			}
		default:
			return s.fail(ctx, nonce, s.rec.last(), kind, nodeErr)
		}
	}
}

// fail marks the record failed after the node refused every attempt of
// its nonce, and hands the nonce back. Caller holds m.mu.
func (s *send) fail(ctx context.Context, nonce uint64, i int, kind, nodeErr error) error {
	refusal := s.refusal(ctx, i, kind, nodeErr)
	s.rec.State, s.rec.Error = StateFailed, refusal.Error()
	if err := s.save(ctx); err != nil {
		return err
	}
	s.m.release(nonce)
	return refusal
}

// resume re-broadcasts the current attempt of a stored record. Caller
// holds m.mu (an attempt the node now refuses hands back its nonce).
func (s *send) resume(ctx context.Context) error {
	m, rec := s.m, s.rec
	cur := rec.current()
	if cur < 0 {
		b, err := bodyOf(rec.Attempts[len(rec.Attempts)-1].Raw)
		if err != nil {
			return err
		}
		return s.startSeries(ctx, b, "new attempt: every stored attempt had been refused")
	}
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("latest header: %w", err)
	}
	s.sentAt = head.Number.Uint64()
	wasAccepted := rec.accepted()
	s.event(EventResumed, cur, nil, "Resuming stored transaction %s (nonce %d, %d attempt(s), state %s) from an earlier run", rec.Hash.Hex(), rec.Nonce, len(rec.Attempts), rec.State)
	ans, kind, nodeErr := s.push(ctx, cur, head)
	switch {
	case ans == accepted:
	case ans == ambiguous:
		m.logger.Warn("re-broadcast failed; will retry every block", "key", rec.Key, "tx", rec.Hash, "err", nodeErr)
		if wasAccepted {
			s.announce()
		}
	case errors.Is(kind, ErrNonceTooLow):
		// Ours mined, or someone else's: the wait loop finds out which.
		if wasAccepted {
			s.announce()
		}
	case !wasAccepted && !s.nonceUsed(ctx):
		return s.fail(ctx, rec.Nonce, rec.last(), kind, nodeErr)
	default:
		// An earlier attempt was accepted; its nonce may still be used by
		// it. Keep waiting and retry each block.
		s.event(EventRefused, rec.last(), s.refusal(ctx, rec.last(), kind, nodeErr), "Re-broadcast refused: %v; retrying every block", kind)
		s.announce()
	}
	return nil
}

// push broadcasts attempt i and, while the node calls it underpriced,
// signs and broadcasts bumped attempts, at most UnderpricedRetries. It
// records every answer. On refusal, kind is ErrUnderpriced and the like
// and nodeErr the node's words; on ambiguity nodeErr is the error.
func (s *send) push(ctx context.Context, i int, head *types.Header) (ans answer, kind, nodeErr error) {
	for retry := 0; ; retry++ {
		ans, kind, nodeErr = s.deliver(ctx, i)
		if ans != refused || !errors.Is(kind, ErrUnderpriced) || retry >= s.m.UnderpricedRetries {
			return ans, kind, nodeErr
		}
		prev := s.rec.Attempts[i]
		p, ok := s.m.bumpPrice(prev, head, s.req.Emergency)
		if !ok {
			return ans, kind, nodeErr // MaxFeeCap leaves no room
		}
		b, err := bodyOf(prev.Raw)
		if err != nil {
			return ambiguous, nil, err
		}
		reason := fmt.Sprintf("node called attempt %d underpriced (%v)", i+1, nodeErr)
		if i, err = s.sign(ctx, b, prev.Nonce, p, reason, head); err != nil {
			return ambiguous, nil, err
		}
	}
}

// deliver sends attempt i once and records the answer on the record.
func (s *send) deliver(ctx context.Context, i int) (answer, error, error) {
	a := &s.rec.Attempts[i]
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		return ambiguous, nil, fmt.Errorf("decode stored tx %s: %w", a.Hash.Hex(), err)
	}
	sendErr := s.m.client.SendTransaction(ctx, tx)
	ans, kind := classify(sendErr)
	switch ans {
	case accepted:
		if !a.BroadcastAt.IsZero() && sendErr == nil && s.rec.State != StateSigned && !s.afterReorg {
			// The node took it as new: it had forgotten it.
			s.event(EventDropped, i, nil, "The node no longer had attempt %d (%s); re-broadcast it", i+1, a.Hash.Hex())
		}
		first := a.BroadcastAt.IsZero()
		if first {
			a.BroadcastAt = s.m.timeNow()
		}
		if s.rec.BroadcastAt.IsZero() {
			s.rec.BroadcastAt = a.BroadcastAt
		}
		if s.rec.State == StateSigned || s.rec.State == StateFailed {
			s.rec.State = StateBroadcast
		}
		s.rec.point(i)
		if err := s.save(ctx); err != nil {
			return ambiguous, nil, err
		}
		if first {
			s.event(EventBroadcast, i, nil, "Broadcast attempt %d: tx %s, nonce %d, tip %s, max fee %s", i+1, a.Hash.Hex(), a.Nonce, gwei(a.TipCap), gwei(a.FeeCap))
		}
		s.announce()
		return accepted, nil, nil
	case refused:
		if errors.Is(kind, ErrNonceTooLow) {
			// The nonce is used, maybe by this very attempt (accepted by
			// a run that crashed before recording it): never call it
			// refused, the caller finds out who used the nonce.
			return refused, kind, sendErr
		}
		if a.BroadcastAt.IsZero() {
			// Never in any pool: it can never be mined. (One the node
			// once took and now refuses stays live; it may be in
			// another node's pool.)
			a.Refused = refusedText(kind, sendErr)
			if cur := s.rec.current(); cur >= 0 {
				s.rec.point(cur)
			}
			if err := s.save(ctx); err != nil {
				return ambiguous, nil, err
			}
		}
		s.event(EventRefused, i, &RefusedError{Kind: kind, Key: s.rec.Key, Attempt: i + 1, Hash: a.Hash, Nonce: a.Nonce, Node: sendErr},
			"Node refused attempt %d (%s): %v", i+1, a.Hash.Hex(), sendErr)
		return refused, kind, sendErr
	default:
		return ambiguous, nil, sendErr
	}
}

// sign signs an attempt, appends it to the record (creating the record
// for a new key) and stores it: stored before any broadcast.
func (s *send) sign(ctx context.Context, b body, nonce uint64, p price, reason string, head *types.Header) (int, error) {
	m := s.m
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: nonce, GasTipCap: p.tip, GasFeeCap: p.feeCap, Gas: b.gas, To: &b.to, Value: b.value, Data: b.data})
	signed, err := m.signer.SignTx(ctx, tx, m.chainID)
	if err != nil {
		return 0, fmt.Errorf("sign %s: %w", s.req.Key, err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return 0, fmt.Errorf("encode %s: %w", s.req.Key, err)
	}
	if s.rec == nil {
		s.rec = &Record{Key: s.req.Key, Chain: m.chain, From: m.signer.Address(), To: b.to}
	}
	if s.rec.State != StateBroadcast || s.rec.Nonce != nonce {
		s.rec.State = StateSigned // a new series has nothing accepted yet
	}
	i := s.rec.add(Attempt{Hash: signed.Hash(), Raw: raw, Nonce: nonce, TipCap: p.tip, FeeCap: p.feeCap, Reason: reason,
		SignedAt: m.timeNow(), SignedBlock: head.Number.Uint64()})
	if p.capped && !s.rec.CapReached {
		s.rec.CapReached = true
		s.event(EventCapReached, i, nil, "Attempt %d's max fee is held at the cap of %s (base fee %s)", i+1, gwei(m.MaxFeeCap), gwei(head.BaseFee))
	}
	// From here on, this key means this transaction too.
	if err := s.save(ctx); err != nil {
		return 0, fmt.Errorf("store signed tx: %w", err)
	}
	return i, nil
}

// refusal explains a refusal of attempt i, for an insufficient-funds one
// with the balance against what the attempt may cost.
func (s *send) refusal(ctx context.Context, i int, kind, nodeErr error) *RefusedError {
	a := s.rec.Attempts[i]
	e := &RefusedError{Kind: kind, Key: s.rec.Key, Attempt: i + 1, Hash: a.Hash, Nonce: a.Nonce, Node: nodeErr}
	switch {
	case errors.Is(kind, ErrInsufficientFunds):
		b, err := bodyOf(a.Raw)
		if err != nil {
			break
		}
		need := new(big.Int).Mul(new(big.Int).SetUint64(b.gas), a.FeeCap)
		need.Add(need, b.value)
		if bal, err := s.m.client.BalanceAt(ctx, s.rec.From, nil); err == nil {
			e.Detail = fmt.Sprintf("%s holds %s but the transaction needs up to %s (gas %d × max fee %s + value %s); fund the signer",
				s.rec.From.Hex(), ether(bal), ether(need), b.gas, gwei(a.FeeCap), ether(b.value))
		} else {
			e.Detail = fmt.Sprintf("the transaction needs up to %s (gas %d × max fee %s + value %s)", ether(need), b.gas, gwei(a.FeeCap), ether(b.value))
		}
	case errors.Is(kind, ErrUnderpriced):
		e.Detail = fmt.Sprintf("still underpriced after %d attempt(s), the last offering tip %s and max fee %s; the node's minimum is higher or another transaction with nonce %d is priced higher",
			s.triedAt(a.Nonce), gwei(a.TipCap), gwei(a.FeeCap), a.Nonce)
	}
	return e
}

// nonceUsed reports whether the account's nonce has passed the record's
// (or cannot be read): then an attempt may have been mined even though the
// node refuses it now (a node answers "underpriced" before it looks at the
// nonce), and the record must not be failed.
func (s *send) nonceUsed(ctx context.Context) bool {
	n, err := s.m.client.NonceAt(ctx, s.rec.From, nil)
	return err != nil || n > s.rec.Nonce
}

func (s *send) triedAt(nonce uint64) int {
	n := 0
	for _, a := range s.rec.Attempts {
		if a.Nonce == nonce {
			n++
		}
	}
	return n
}

func (s *send) save(ctx context.Context) error {
	if err := s.m.store.SaveTx(ctx, s.rec); err != nil {
		return fmt.Errorf("save %s: %w", s.rec.Key, err)
	}
	return nil
}

// announce calls onBroadcast once per Send.
func (s *send) announce() {
	if s.announced || s.onBroadcast == nil {
		return
	}
	s.announced = true
	s.onBroadcast(s.rec.clone())
}

// event logs an event and hands it to the request's hook. i is the
// attempt index (-1 for none).
func (s *send) event(kind EventKind, i int, err error, format string, args ...any) {
	ev := Event{Kind: kind, Key: s.req.Key, Message: fmt.Sprintf(format, args...), Err: err, At: s.m.timeNow()}
	if s.rec != nil && i >= 0 && i < len(s.rec.Attempts) {
		ev.Attempt, ev.Hash, ev.Nonce = i+1, s.rec.Attempts[i].Hash, s.rec.Attempts[i].Nonce
	}
	level := s.m.logger.Info
	if kind == EventRefused || kind == EventDropped || kind == EventNonceTaken || kind == EventReorged || kind == EventCapReached {
		level = s.m.logger.Warn
	}
	level(ev.Message, "key", ev.Key, "event", string(kind), "attempt", ev.Attempt, "tx", ev.Hash, "nonce", ev.Nonce)
	if s.req.OnEvent != nil {
		s.req.OnEvent(ev)
	}
}
