package txmgr

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// State of a stored send.
type State string

const (
	// StateSigned: an attempt is stored and maybe not broadcast yet. A
	// crash leaves this state when it struck between the store write and
	// the node's answer; the next Send re-broadcasts the stored bytes.
	StateSigned State = "signed"
	// StateBroadcast: the node accepted an attempt; waiting for a receipt.
	StateBroadcast State = "broadcast"
	// StateMined: a receipt of one of the attempts exists.
	StateMined State = "mined"
	// StateFailed: the node refused every attempt of the current nonce, so
	// nothing of this key is on its way and the nonce was handed back. A
	// later Send with the key starts a new series.
	StateFailed State = "failed"
)

// Attempt is one signed transaction for a key. Every attempt of a series
// has the same nonce, so at most one of them can ever be mined; a
// replacement raises both fees so the node accepts it in place of the last.
type Attempt struct {
	Hash   common.Hash `json:"hash"`
	Raw    []byte      `json:"raw"`
	Nonce  uint64      `json:"nonce"`
	TipCap *big.Int    `json:"tip_cap"`
	FeeCap *big.Int    `json:"fee_cap"`
	// Reason says why this attempt exists ("first attempt", "replacement:
	// not in block 1234", "nonce 7 taken by 0x..").
	Reason      string    `json:"reason"`
	SignedAt    time.Time `json:"signed_at"`
	SignedBlock uint64    `json:"signed_block"` // head when signed
	BroadcastAt time.Time `json:"broadcast_at,omitzero"`
	// Refused is the node's answer when it refused this attempt; a refused
	// attempt was never in any pool and can never be mined.
	Refused string `json:"refused,omitempty"`
}

// Record is the durable form of one send: every attempt ever signed for
// the key, stored before it is broadcast.
type Record struct {
	Key   string         `json:"key"`
	Chain string         `json:"chain"`
	From  common.Address `json:"from"`
	To    common.Address `json:"to"`
	// Nonce of the current series. It only changes when another
	// transaction (not one of ours) consumed the old one.
	Nonce uint64 `json:"nonce"`
	// Hash and Raw are the attempt that counts: the mined one, else the
	// latest one the node has not refused.
	Hash        common.Hash `json:"hash"`
	Raw         []byte      `json:"raw"`
	State       State       `json:"state"`
	SignedAt    time.Time   `json:"signed_at"`              // first attempt
	BroadcastAt time.Time   `json:"broadcast_at,omitzero"`  // first acceptance by the node
	Block       uint64      `json:"block,omitempty"`        // mined in
	BlockHash   common.Hash `json:"block_hash,omitzero"`    // to notice a reorg
	Status      uint64      `json:"status,omitempty"`       // receipt status
	Attempts    []Attempt   `json:"attempts,omitempty"`     // in signing order
	Mined       int         `json:"mined_attempt,omitzero"` // 1-based attempt number; 0 = none
	// CapReached is set once a replacement would have exceeded MaxFeeCap;
	// from then on the last attempt is only re-broadcast.
	CapReached bool `json:"cap_reached,omitempty"`
	// NonceTaken counts the times another transaction consumed this key's
	// nonce and the key was signed again with a fresh one.
	NonceTaken int    `json:"nonce_taken,omitempty"`
	Error      string `json:"error,omitempty"` // why the record failed
}

// upgrade fills Attempts for a record stored before attempts existed (one
// transaction per record), so old databases resume like new ones.
func (r *Record) upgrade() error {
	if len(r.Attempts) > 0 || len(r.Raw) == 0 {
		return nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(r.Raw); err != nil {
		return fmt.Errorf("decode stored tx %s of %s: %w", r.Hash.Hex(), r.Key, err)
	}
	r.Attempts = []Attempt{{Hash: tx.Hash(), Raw: r.Raw, Nonce: tx.Nonce(), TipCap: tx.GasTipCap(), FeeCap: tx.GasFeeCap(),
		Reason: "first attempt", SignedAt: r.SignedAt, BroadcastAt: r.BroadcastAt}}
	if r.State == StateMined {
		r.Mined = 1
	}
	return nil
}

// current returns the index of the attempt to re-broadcast and wait on: the
// latest of the current nonce that the node did not refuse (-1 if none).
func (r *Record) current() int {
	for i := len(r.Attempts) - 1; i >= 0; i-- {
		a := r.Attempts[i]
		if a.Nonce != r.Nonce {
			break
		}
		if a.Refused == "" {
			return i
		}
	}
	return -1
}

// last returns the index of the latest attempt of the current nonce,
// refused or not: replacements bump from the highest price tried.
func (r *Record) last() int {
	if n := len(r.Attempts); n > 0 && r.Attempts[n-1].Nonce == r.Nonce {
		return n - 1
	}
	return -1
}

// live lists the attempts of the current nonce the node may hold: one of
// these is what a consumed nonce was consumed by, if it was ours.
func (r *Record) live() []int {
	var out []int
	for i := len(r.Attempts) - 1; i >= 0; i-- {
		a := r.Attempts[i]
		if a.Nonce != r.Nonce {
			break
		}
		if a.Refused == "" {
			out = append(out, i)
		}
	}
	return out
}

// accepted reports whether the node ever accepted an attempt of the
// current nonce, i.e. whether one may still be mined.
func (r *Record) accepted() bool {
	for _, i := range r.live() {
		if !r.Attempts[i].BroadcastAt.IsZero() {
			return true
		}
	}
	return false
}

// point sets Hash and Raw to attempt i.
func (r *Record) point(i int) {
	r.Hash, r.Raw = r.Attempts[i].Hash, r.Attempts[i].Raw
}

// add appends a signed attempt and makes it the current one.
func (r *Record) add(a Attempt) int {
	r.Attempts = append(r.Attempts, a)
	r.Nonce = a.Nonce
	if r.SignedAt.IsZero() {
		r.SignedAt = a.SignedAt
	}
	i := len(r.Attempts) - 1
	r.point(i)
	return i
}

// clone copies the record deeply enough for a callback to keep it.
func (r *Record) clone() Record {
	c := *r
	c.Attempts = append([]Attempt(nil), r.Attempts...)
	return c
}
