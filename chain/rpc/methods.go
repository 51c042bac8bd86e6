package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// The methods below have ethclient's signatures and semantics; each runs on
// the best endpoint and fails over as described in the package comment.

// BlockNumber returns the number of the most recent block.
func (p *Pool) BlockNumber(ctx context.Context) (uint64, error) {
	return call(ctx, p, callSpec{method: "eth_blockNumber"}, func(ctx context.Context, e *endpoint) (uint64, error) {
		n, err := e.eth().BlockNumber(ctx)
		if err == nil {
			p.observeHead(e, n)
		}
		return n, err
	})
}

// FilterLogs returns the logs matching q (eth_getLogs).
func (p *Pool) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(ctx, p, callSpec{method: "eth_getLogs"}, func(ctx context.Context, e *endpoint) ([]types.Log, error) {
		return e.eth().FilterLogs(ctx, q)
	})
}

// HeaderByNumber returns a block header; nil number = latest.
func (p *Pool) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return call(ctx, p, callSpec{method: "eth_getBlockByNumber", find: numberLookup(number)},
		func(ctx context.Context, e *endpoint) (*types.Header, error) {
			h, err := e.eth().HeaderByNumber(ctx, number)
			if err != nil {
				return nil, wrapNotFound(err, number)
			}
			if err := checkNumber(h.Number, number); err != nil {
				return nil, err
			}
			if number == nil && h.Number.IsUint64() {
				p.observeHead(e, h.Number.Uint64())
			}
			return h, nil
		})
}

// HeaderByHash returns the header of the block with the given hash.
func (p *Pool) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return call(ctx, p, callSpec{method: "eth_getBlockByHash", find: lookup{kind: lookupHash}},
		func(ctx context.Context, e *endpoint) (*types.Header, error) {
			h, err := e.eth().HeaderByHash(ctx, hash)
			if err != nil {
				return nil, err
			}
			if h.Hash() != hash {
				return nil, fmt.Errorf("%w: asked for header %s, got one hashing to %s", ErrInconsistent, hash, h.Hash())
			}
			return h, nil
		})
}

// BlockByNumber returns a block with its transactions; nil number = latest.
// Unlike ethclient it checks the answer against itself (hash, transaction
// root) and does not fetch uncle headers.
func (p *Pool) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	return call(ctx, p, callSpec{method: "eth_getBlockByNumber", find: numberLookup(number)},
		func(ctx context.Context, e *endpoint) (*types.Block, error) {
			var raw json.RawMessage
			if err := e.rpc().CallContext(ctx, &raw, "eth_getBlockByNumber", toBlockNumArg(number), true); err != nil {
				return nil, err
			}
			b, err := decodeBlock(raw)
			if err != nil {
				return nil, wrapNotFound(err, number)
			}
			if err := checkNumber(b.Number(), number); err != nil {
				return nil, err
			}
			if number == nil {
				p.observeHead(e, b.NumberU64())
			}
			return b, nil
		})
}

// BlockByHash returns the block with the given hash.
func (p *Pool) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return call(ctx, p, callSpec{method: "eth_getBlockByHash", find: lookup{kind: lookupHash}},
		func(ctx context.Context, e *endpoint) (*types.Block, error) {
			var raw json.RawMessage
			if err := e.rpc().CallContext(ctx, &raw, "eth_getBlockByHash", hash, true); err != nil {
				return nil, err
			}
			b, err := decodeBlock(raw)
			if err != nil {
				return nil, err
			}
			if b.Hash() != hash {
				return nil, fmt.Errorf("%w: asked for block %s, got %s", ErrInconsistent, hash, b.Hash())
			}
			return b, nil
		})
}

// BlockReceipts returns the receipts of a block, checked to belong to that
// block and to be in transaction order.
func (p *Pool) BlockReceipts(ctx context.Context, blockNrOrHash gethrpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	find := lookup{kind: lookupHash}
	var number *big.Int
	if n, ok := blockNrOrHash.Number(); ok {
		number = big.NewInt(n.Int64())
		find = numberLookup(number)
	}
	return call(ctx, p, callSpec{method: "eth_getBlockReceipts", find: find},
		func(ctx context.Context, e *endpoint) ([]*types.Receipt, error) {
			rs, err := e.eth().BlockReceipts(ctx, blockNrOrHash)
			if err != nil {
				return nil, wrapNotFound(err, number)
			}
			if err := checkReceipts(rs, blockNrOrHash); err != nil {
				return nil, err
			}
			return rs, nil
		})
}

// CallContract executes a message call (eth_call) at a block; nil = latest.
// A revert comes back unchanged (rpc.DataError carries its data).
func (p *Pool) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return call(ctx, p, callSpec{method: "eth_call"}, func(ctx context.Context, e *endpoint) ([]byte, error) {
		return e.eth().CallContract(ctx, msg, blockNumber)
	})
}

// CodeAt returns an account's code at a block; nil = latest.
func (p *Pool) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return call(ctx, p, callSpec{method: "eth_getCode"}, func(ctx context.Context, e *endpoint) ([]byte, error) {
		return e.eth().CodeAt(ctx, account, blockNumber)
	})
}

// BalanceAt returns an account's ether balance at a block; nil = latest.
func (p *Pool) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return call(ctx, p, callSpec{method: "eth_getBalance"}, func(ctx context.Context, e *endpoint) (*big.Int, error) {
		return e.eth().BalanceAt(ctx, account, blockNumber)
	})
}

// PendingNonceAt returns the account's nonce including pending transactions.
func (p *Pool) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return call(ctx, p, callSpec{method: "eth_getTransactionCount"}, func(ctx context.Context, e *endpoint) (uint64, error) {
		return e.eth().PendingNonceAt(ctx, account)
	})
}

// NonceAt returns the account's nonce at a block; nil = latest.
func (p *Pool) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return call(ctx, p, callSpec{method: "eth_getTransactionCount"}, func(ctx context.Context, e *endpoint) (uint64, error) {
		return e.eth().NonceAt(ctx, account, blockNumber)
	})
}

// SuggestGasTipCap returns the node's suggested priority fee.
func (p *Pool) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(ctx, p, callSpec{method: "eth_maxPriorityFeePerGas"}, func(ctx context.Context, e *endpoint) (*big.Int, error) {
		return e.eth().SuggestGasTipCap(ctx)
	})
}

// EstimateGas estimates the gas a message needs.
func (p *Pool) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return call(ctx, p, callSpec{method: "eth_estimateGas"}, func(ctx context.Context, e *endpoint) (uint64, error) {
		return e.eth().EstimateGas(ctx, msg)
	})
}

// SendTransaction broadcasts a signed transaction. After a failover the
// next endpoint may already know it (the first one accepted it before
// failing); that answer, "already known", is returned as the node gave it.
func (p *Pool) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := call(ctx, p, callSpec{method: "eth_sendRawTransaction"}, func(ctx context.Context, e *endpoint) (struct{}, error) {
		return struct{}{}, e.eth().SendTransaction(ctx, tx)
	})
	return err
}

// TransactionReceipt returns a mined transaction's receipt, or
// ethereum.NotFound when no healthy endpoint has it.
func (p *Pool) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return call(ctx, p, callSpec{method: "eth_getTransactionReceipt", find: lookup{kind: lookupHash}},
		func(ctx context.Context, e *endpoint) (*types.Receipt, error) {
			r, err := e.eth().TransactionReceipt(ctx, txHash)
			if err != nil {
				return nil, err
			}
			if r.TxHash != txHash {
				return nil, fmt.Errorf("%w: asked for the receipt of %s, got %s's", ErrInconsistent, txHash, r.TxHash)
			}
			return r, nil
		})
}

// CallContext is the escape hatch for methods without a typed wrapper: one
// JSON-RPC call with failover. result must be a pointer, as for
// rpc.Client.CallContext; a JSON null leaves it untouched.
func (p *Pool) CallContext(ctx context.Context, result any, method string, args ...any) error {
	if result != nil && reflect.TypeOf(result).Kind() != reflect.Pointer {
		return fmt.Errorf("%s: result must be a pointer, not %T", method, result)
	}
	raw, err := call(ctx, p, callSpec{method: method}, func(ctx context.Context, e *endpoint) (json.RawMessage, error) {
		var raw json.RawMessage
		if err := e.rpc().CallContext(ctx, &raw, method, args...); err != nil {
			return nil, err
		}
		// Decoded here, inside the attempt, so an undecodable answer counts
		// against the endpoint and fails over; a failed attempt must not
		// leave half a result behind either.
		if result != nil {
			probe := reflect.New(reflect.TypeOf(result).Elem()).Interface()
			if err := json.Unmarshal(raw, probe); err != nil {
				return nil, fmt.Errorf("decode %s result: %w", method, err)
			}
		}
		return raw, nil
	})
	if err != nil || result == nil {
		return err
	}
	return json.Unmarshal(raw, result)
}

// numberLookup: a non-negative block number is a lookup whose NotFound
// depends on the best head; "latest" (nil) always exists, so NotFound for it
// is a broken answer; the other tags (safe, finalized, ...) may rightly be
// absent.
func numberLookup(n *big.Int) lookup {
	if n == nil {
		return lookup{}
	}
	if n.Sign() < 0 || !n.IsUint64() {
		return lookup{kind: lookupTag}
	}
	return lookup{kind: lookupNumber, number: n.Uint64()}
}

func wrapNotFound(err error, number *big.Int) error {
	if errors.Is(err, ethereum.NotFound) && number != nil && number.Sign() >= 0 && number.IsUint64() {
		return notFoundAt(number.Uint64())
	}
	return err
}

// checkNumber: a block asked for by number must be that block.
func checkNumber(got, want *big.Int) error {
	if got == nil {
		return fmt.Errorf("%w: header without a number", ErrInconsistent)
	}
	if want != nil && want.Sign() >= 0 && got.Cmp(want) != 0 {
		return fmt.Errorf("%w: asked for block %s, got %s", ErrInconsistent, want, got)
	}
	return nil
}

// checkReceipts: every receipt belongs to the same block, the asked one, in
// transaction order.
func checkReceipts(rs []*types.Receipt, bnh gethrpc.BlockNumberOrHash) error {
	var blockHash common.Hash
	for i, r := range rs {
		if r == nil {
			return fmt.Errorf("%w: receipt %d is null", ErrInconsistent, i)
		}
		if i == 0 {
			blockHash = r.BlockHash
		}
		if r.BlockHash != blockHash {
			return fmt.Errorf("%w: receipts of blocks %s and %s in one answer", ErrInconsistent, blockHash, r.BlockHash)
		}
		if r.TransactionIndex != uint(i) {
			return fmt.Errorf("%w: receipt %d has transaction index %d", ErrInconsistent, i, r.TransactionIndex)
		}
		if h, ok := bnh.Hash(); ok && r.BlockHash != h {
			return fmt.Errorf("%w: asked for receipts of block %s, got %s's", ErrInconsistent, h, r.BlockHash)
		}
		if n, ok := bnh.Number(); ok && n >= 0 && (r.BlockNumber == nil || r.BlockNumber.Int64() != n.Int64()) {
			return fmt.Errorf("%w: asked for receipts of block %d, got %v's", ErrInconsistent, n.Int64(), r.BlockNumber)
		}
	}
	return nil
}

func toBlockNumArg(number *big.Int) string {
	if number == nil {
		return "latest"
	}
	if number.Sign() >= 0 {
		return hexutil.EncodeBig(number)
	}
	if number.IsInt64() {
		return gethrpc.BlockNumber(number.Int64()).String()
	}
	return fmt.Sprintf("<invalid %d>", number)
}
