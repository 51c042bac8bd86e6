package backtest

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/detect"
)

// liveChunk is how many blocks one FetchBlocks call asks for.
const liveChunk = 100

// LiveSource returns the bundles of blocks from..to read from a node over
// JSON-RPC, with call traces for the blocks the detectors need them for,
// exactly as ingest would hand them on.
func LiveSource(ctx context.Context, pool *chainrpc.Pool, chainName string, from, to uint64, req detect.Requirements) func() (*chain.Bundle, error) {
	chainID := pool.ChainID()
	var traceSet map[common.Address]bool
	if len(req.TraceAddresses) > 0 {
		traceSet = map[common.Address]bool{}
		for _, a := range req.TraceAddresses {
			traceSet[a] = true
		}
	}
	next := from
	var buf []*chain.Bundle
	return func() (*chain.Bundle, error) {
		if len(buf) == 0 {
			if next > to {
				return nil, io.EOF
			}
			end := min(next+liveChunk-1, to)
			data, err := pool.FetchBlocks(ctx, next, end)
			if err != nil {
				return nil, fmt.Errorf("fetch blocks %d-%d: %w", next, end, err)
			}
			for _, d := range data {
				b, err := chain.NewBundleWithSenders(chainName, chainID, d.Block, d.Receipts, d.Senders, time.Now())
				if err != nil {
					return nil, err
				}
				wanted := traceSet == nil || (req.TraceIndirect && b.TouchesIndirectly(traceSet)) || (!req.TraceIndirect && b.Touches(traceSet))
				if req.Traces && len(b.Receipts) > 0 && wanted {
					if b.Traces, err = pool.TraceBlock(ctx, b.Number()); err != nil {
						return nil, fmt.Errorf("traces of block %d: %w", b.Number(), err)
					}
				}
				buf = append(buf, b)
			}
			next = end + 1
		}
		b := buf[0]
		buf = buf[1:]
		return b, nil
	}
}
