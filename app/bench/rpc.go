package bench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxBatch stays under geth's default BatchRequestLimit (1,000 calls per
// batch); larger batches are refused as a whole.
const maxBatch = 500

// sendRaw broadcasts RLP-hex transactions with batched
// eth_sendRawTransaction calls and returns their hashes. One batch per
// block instead of 50 requests saves most of the per-request overhead,
// which on a shared 2-core machine is what limits the fill rate.
func sendRaw(ctx context.Context, rc *rpc.Client, raws []string) ([]common.Hash, error) {
	hashes := make([]common.Hash, len(raws))
	for start := 0; start < len(raws); start += maxBatch {
		end := min(start+maxBatch, len(raws))
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raws[start+i]}, Result: &hashes[start+i]}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_sendRawTransaction batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_sendRawTransaction #%d of batch: %w", start+i, e.Error)
			}
		}
	}
	return hashes, nil
}

type poolStatus struct {
	Pending hexutil.Uint `json:"pending"`
	Queued  hexutil.Uint `json:"queued"`
}

func txpoolStatus(ctx context.Context, rc *rpc.Client) (poolStatus, error) {
	var st poolStatus
	if err := rc.CallContext(ctx, &st, "txpool_status"); err != nil {
		return st, fmt.Errorf("txpool_status: %w", err)
	}
	return st, nil
}

// errPoolTimeout is wrapped when the pool does not reach the expected
// content in time.
var errPoolTimeout = errors.New("transaction pool did not reach the expected content")

// waitPool waits until the pool holds exactly want executable transactions
// and nothing queued. geth adds a raw transaction to its queue first and
// promotes it to pending asynchronously, so a block sealed right after the
// send would come out short; more than want means someone else is using
// the chain, which would break "exactly TxsPerBlock per block".
func waitPool(ctx context.Context, rc *rpc.Client, want int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	delay := 50 * time.Microsecond
	for {
		st, err := txpoolStatus(ctx, rc)
		if err != nil {
			return err
		}
		switch {
		case int(st.Pending) == want && st.Queued == 0:
			return nil
		case int(st.Pending)+int(st.Queued) > want:
			return fmt.Errorf("transaction pool holds %d pending and %d queued, expected %d: is something else sending to this chain?",
				st.Pending, st.Queued, want)
		case time.Now().After(deadline):
			return fmt.Errorf("%w after %s: %d pending, %d queued, want %d pending",
				errPoolTimeout, timeout, st.Pending, st.Queued, want)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		delay = min(delay*2, 5*time.Millisecond)
	}
}

// blockTxCounts returns the transaction count of every block in [from, to]
// with batched eth_getBlockTransactionCountByNumber calls.
func blockTxCounts(ctx context.Context, rc *rpc.Client, from, to uint64) ([]int, error) {
	if to < from {
		return nil, nil
	}
	n := int(to - from + 1)
	counts := make([]hexutil.Uint, n)
	for start := 0; start < n; start += maxBatch {
		end := min(start+maxBatch, n)
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			num := hexutil.EncodeUint64(from + uint64(start+i))
			elems[i] = rpc.BatchElem{Method: "eth_getBlockTransactionCountByNumber", Args: []any{num}, Result: &counts[start+i]}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_getBlockTransactionCountByNumber batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_getBlockTransactionCountByNumber %d: %w", from+uint64(start+i), e.Error)
			}
		}
	}
	out := make([]int, n)
	for i, c := range counts {
		out[i] = int(c)
	}
	return out, nil
}

// blockReceipts fetches the receipts of the given blocks with batched
// eth_getBlockReceipts calls (batches of 20 blocks keep each response
// around a megabyte).
func blockReceipts(ctx context.Context, rc *rpc.Client, blocks []uint64) ([][]*types.Receipt, error) {
	const perBatch = 20
	out := make([][]*types.Receipt, len(blocks))
	for start := 0; start < len(blocks); start += perBatch {
		end := min(start+perBatch, len(blocks))
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{hexutil.EncodeUint64(blocks[start+i])}, Result: &out[start+i]}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_getBlockReceipts batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_getBlockReceipts %d: %w", blocks[start+i], e.Error)
			}
		}
	}
	return out, nil
}

// txReceipts fetches receipts by hash; a transaction not mined yet has a
// nil receipt.
func txReceipts(ctx context.Context, rc *rpc.Client, hashes []common.Hash) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(hashes))
	for start := 0; start < len(hashes); start += maxBatch {
		end := min(start+maxBatch, len(hashes))
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{hashes[start+i]}, Result: &out[start+i]}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_getTransactionReceipt batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_getTransactionReceipt %s: %w", hashes[start+i].Hex(), e.Error)
			}
		}
	}
	return out, nil
}

// nonces reads the latest nonce of every address in one batch. Only called
// with an empty pool, when "latest" is exact.
func nonces(ctx context.Context, rc *rpc.Client, addrs []common.Address) ([]uint64, error) {
	vals := make([]hexutil.Uint64, len(addrs))
	for start := 0; start < len(addrs); start += maxBatch {
		end := min(start+maxBatch, len(addrs))
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{addrs[start+i], "latest"}, Result: &vals[start+i]}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_getTransactionCount batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_getTransactionCount %s: %w", addrs[start+i].Hex(), e.Error)
			}
		}
	}
	out := make([]uint64, len(vals))
	for i, v := range vals {
		out[i] = uint64(v)
	}
	return out, nil
}
