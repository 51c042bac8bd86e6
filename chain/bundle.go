// Package chain holds the domain types that flow from ingestion to
// detection: a block with everything detectors need about it, and the
// cursor that records how far a chain has been processed. It knows nothing
// about the stages above it.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Bundle is one block and everything fetched for it. Detectors read it; no
// one modifies it after NewBundle returns, so it is safe to share between
// detectors running concurrently.
type Bundle struct {
	Chain    string // the configured chain name
	ChainID  *big.Int
	Block    *types.Block
	Receipts types.Receipts // Receipts[i] belongs to Block.Transactions()[i]
	Senders  []common.Address
	// SeenAt is when ingest first learned the block existed (head
	// notification or poll), the start of the detection-latency clock.
	SeenAt time.Time
	// Traces are the call traces of the block's transactions, in order;
	// nil unless a detector asked for them (detect.Requirements).
	Traces []TxTrace
}

// NewBundle checks that the receipts match the block and recovers senders
// once, so detectors never repeat the signature recovery.
func NewBundle(chainName string, chainID *big.Int, block *types.Block, receipts types.Receipts, seenAt time.Time) (*Bundle, error) {
	return NewBundleWithSenders(chainName, chainID, block, receipts, nil, seenAt)
}

// NewBundleWithSenders is NewBundle with the senders the node reported
// (trusted like the rest of its answer); nil senders are recovered from
// the signatures.
func NewBundleWithSenders(chainName string, chainID *big.Int, block *types.Block, receipts types.Receipts, senders []common.Address, seenAt time.Time) (*Bundle, error) {
	txs := block.Transactions()
	if len(receipts) != len(txs) {
		return nil, fmt.Errorf("block %d (%s): %d transactions but %d receipts", block.NumberU64(), block.Hash().Hex(), len(txs), len(receipts))
	}
	if senders != nil && len(senders) != len(txs) {
		return nil, fmt.Errorf("block %d: %d senders for %d transactions", block.NumberU64(), len(senders), len(txs))
	}
	var signer types.Signer
	if senders == nil {
		signer = types.LatestSignerForChainID(chainID)
		senders = make([]common.Address, len(txs))
	}
	for i, tx := range txs {
		if receipts[i].TxHash != tx.Hash() {
			return nil, fmt.Errorf("block %d: receipt %d is for tx %s, want %s", block.NumberU64(), i, receipts[i].TxHash.Hex(), tx.Hash().Hex())
		}
		if signer == nil {
			continue
		}
		from, err := types.Sender(signer, tx)
		if err != nil {
			return nil, fmt.Errorf("block %d: tx %s: recover sender: %w", block.NumberU64(), tx.Hash().Hex(), err)
		}
		senders[i] = from
	}
	return &Bundle{Chain: chainName, ChainID: chainID, Block: block, Receipts: receipts, Senders: senders, SeenAt: seenAt}, nil
}

// Number is the block number.
func (b *Bundle) Number() uint64 { return b.Block.NumberU64() }

// Hash is the block hash.
func (b *Bundle) Hash() common.Hash { return b.Block.Hash() }

// Time is the block timestamp.
func (b *Bundle) Time() time.Time { return time.Unix(int64(b.Block.Time()), 0).UTC() }

// Cursor records the last block whose alerts are safely stored.
type Cursor struct {
	Number uint64
	Hash   common.Hash
}

// StateReader reads contract state at a given block. Detectors use it for
// facts a receipt does not carry, such as a balance before the block.
type StateReader interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ErrNotFound is returned by sources when a block or receipt does not exist
// (yet); callers treat it as "try again later", not as a failure.
var ErrNotFound = errors.New("not found")

// Touches reports whether a transaction of the block calls one of addrs or
// a log comes from one: the cheap test of whether a block concerns a
// protocol, used to decide where expensive call traces are worth fetching.
func (b *Bundle) Touches(addrs map[common.Address]bool) bool {
	for i, tx := range b.Block.Transactions() {
		if to := tx.To(); to != nil && addrs[*to] {
			return true
		}
		if i < len(b.Receipts) {
			for _, l := range b.Receipts[i].Logs {
				if addrs[l.Address] {
					return true
				}
			}
		}
	}
	return false
}

// TouchedAddresses is every address the block's transactions visibly
// involve: callees, contracts created, log emitters, addresses in indexed
// log arguments (the from and to of token transfers), and, with traces,
// every call frame's caller and callee. A protocol absent from it was not
// called, did not log, and sent or received no token or ether.
func (b *Bundle) TouchedAddresses() map[common.Address]bool {
	out := map[common.Address]bool{}
	for i, tx := range b.Block.Transactions() {
		if to := tx.To(); to != nil {
			out[*to] = true
		}
		if i < len(b.Senders) {
			out[b.Senders[i]] = true
		}
		if i >= len(b.Receipts) {
			continue
		}
		r := b.Receipts[i]
		if r.ContractAddress != (common.Address{}) {
			out[r.ContractAddress] = true
		}
		for _, l := range r.Logs {
			out[l.Address] = true
			for _, t := range l.Topics[min(1, len(l.Topics)):] {
				if a, ok := indexedAddress(t); ok {
					out[a] = true
				}
			}
		}
	}
	for i := range b.Traces {
		if b.Traces[i].Result != nil {
			touchFrames(b.Traces[i].Result, out)
		}
	}
	return out
}

func touchFrames(f *CallFrame, out map[common.Address]bool) {
	out[f.From] = true
	out[f.To] = true
	for i := range f.Calls {
		touchFrames(&f.Calls[i], out)
	}
}

// TouchesIndirectly reports whether a transaction reaches one of addrs
// without calling it directly: a log of the transaction comes from one or
// names one in an indexed argument, and its callee is not one of them.
func (b *Bundle) TouchesIndirectly(addrs map[common.Address]bool) bool {
	for i, tx := range b.Block.Transactions() {
		if to := tx.To(); to != nil && addrs[*to] || i >= len(b.Receipts) {
			continue
		}
		for _, l := range b.Receipts[i].Logs {
			if addrs[l.Address] {
				return true
			}
			for _, t := range l.Topics[min(1, len(l.Topics)):] {
				if a, ok := indexedAddress(t); ok && addrs[a] {
					return true
				}
			}
		}
	}
	return false
}

// indexedAddress reads an indexed log argument as an address: one is
// left-padded with 12 zero bytes (other values may look the same, which
// only makes a block count as touching more than it does).
func indexedAddress(t common.Hash) (common.Address, bool) {
	for _, b := range t[:12] {
		if b != 0 {
			return common.Address{}, false
		}
	}
	return common.BytesToAddress(t[12:]), true
}
