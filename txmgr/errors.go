package txmgr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Kinds of node refusal, for errors.Is. Send returns them wrapped in a
// *RefusedError (or, for ErrNonceTooLow, a plain wrapped error) whose
// message says what the node said and what Warden concluded.
var (
	// ErrInsufficientFunds: the signer cannot pay gas × max fee + value.
	ErrInsufficientFunds = errors.New("insufficient funds")
	// ErrUnderpriced: the node wants a higher fee (its minimum tip, a
	// full pool, or a same-nonce transaction that is priced higher).
	ErrUnderpriced = errors.New("underpriced")
	// ErrNonceTooLow: the nonce is already used. Our own mined attempt
	// is success; another transaction's is handled by re-signing, and only
	// surfaces as an error when that keeps happening.
	ErrNonceTooLow = errors.New("nonce too low")
	// ErrRejected: any other refusal (intrinsic gas, gas above the block
	// limit, ...). Nothing was accepted.
	ErrRejected = errors.New("rejected by the node")
)

// RefusedError is the node refusing one attempt of a key.
type RefusedError struct {
	Kind    error // ErrInsufficientFunds, ErrUnderpriced, ErrNonceTooLow or ErrRejected
	Key     string
	Attempt int // 1-based
	Hash    common.Hash
	Nonce   uint64
	Detail  string // what Warden makes of it, e.g. balance against cost
	Node    error  // the node's own answer
}

func (e *RefusedError) Error() string {
	msg := fmt.Sprintf("node refused attempt %d of %s (tx %s, nonce %d): %v", e.Attempt, e.Key, e.Hash.Hex(), e.Nonce, e.Kind)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Node != nil {
		msg += " (node said: " + e.Node.Error() + ")"
	}
	return msg
}

// Unwrap makes errors.Is work for the kind and for the node's error.
func (e *RefusedError) Unwrap() []error { return []error{e.Kind, e.Node} }

// answer is what a broadcast came to.
type answer int

const (
	accepted  answer = iota // in the pool (or already there)
	refused                 // a definite no: nothing was accepted
	ambiguous               // transport trouble: the node may or may not have it
)

// classify turns SendTransaction's error into an answer and, for a
// refusal, its kind. Node messages differ (geth, Nethermind, Besu,
// Erigon); the substrings cover the common spellings.
func classify(err error) (answer, error) {
	if err == nil {
		return accepted, nil
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "known transaction", "already imported", "alreadyknown", "already exists"):
		return accepted, nil
	case has("nonce too low", "nonce_too_low", "oldnonce", "nonce is too low"):
		return refused, ErrNonceTooLow
	case has("insufficient funds", "insufficientfunds", "insufficient balance", "upfront_cost_exceeds_balance"):
		return refused, ErrInsufficientFunds
	case has("underpriced", "gas price below minimum", "feetoolow", "fee too low", "less than block base fee", "tip too low", "gas price too low"):
		return refused, ErrUnderpriced
	}
	var re rpc.Error
	if errors.As(err, &re) {
		// A rate limit is the endpoint's state, not an answer about the
		// transaction: try again later rather than give up the nonce.
		if re.ErrorCode() == -32005 || has("rate limit", "too many requests", "limit exceeded") {
			return ambiguous, nil
		}
		return refused, ErrRejected
	}
	return ambiguous, nil
}

// refusedText is what an attempt's Refused field says: the kind, then the
// node's words unless they already start with it.
func refusedText(kind, nodeErr error) string {
	if nodeErr == nil {
		return kind.Error()
	}
	if strings.HasPrefix(strings.ToLower(nodeErr.Error()), kind.Error()) {
		return nodeErr.Error()
	}
	return kind.Error() + ": " + nodeErr.Error()
}
