package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/warden-dev/warden/chain"
)

// The trace types live in package chain, where bundles carry them; the
// aliases keep this package's API readable.
type (
	CallFrame = chain.CallFrame
	CallLog   = chain.CallLog
	TxTrace   = chain.TxTrace
)

var traceConfig = map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}}

// TraceBlock returns the callTracer trace (with logs) of every transaction
// of a block, in block order. A node that has pruned the block's state
// answers with an error wrapping ErrStateUnavailable (after every endpoint
// was asked: an archive endpoint may have it), which does not count against
// the endpoint's health. Tracing is slow by nature, so each attempt gets the
// endpoint's full Timeout.
func (p *Pool) TraceBlock(ctx context.Context, number uint64) ([]TxTrace, error) {
	traces, err := call(ctx, p, callSpec{
		method: "debug_traceBlockByNumber",
		find:   lookup{kind: lookupNumber, number: number},
		heavy:  true,
	}, func(ctx context.Context, e *endpoint) ([]TxTrace, error) {
		var raw json.RawMessage
		if err := e.rpc().CallContext(ctx, &raw, "debug_traceBlockByNumber", hexutil.EncodeUint64(number), traceConfig); err != nil {
			if isTraceBlockNotFound(err) {
				return nil, notFoundAt(number)
			}
			return nil, err
		}
		if string(raw) == "null" {
			return nil, fmt.Errorf("%w: null trace of block %d", ErrInconsistent, number)
		}
		var out []TxTrace
		if err := json.Unmarshal(raw, &out); err != nil {
			return nil, fmt.Errorf("decode trace of block %d: %w", number, err)
		}
		for i, t := range out {
			if t.Result == nil && t.Error == "" {
				return nil, fmt.Errorf("%w: block %d: trace %d has neither result nor error", ErrInconsistent, number, i)
			}
		}
		return out, nil
	})
	if err != nil && isStateUnavailable(err) {
		return nil, fmt.Errorf("trace block %d: %w: %v", number, ErrStateUnavailable, err)
	}
	return traces, err
}

// isTraceBlockNotFound: geth answers a trace of a future block with the
// JSON-RPC error "block #N not found" rather than null.
func isTraceBlockNotFound(err error) bool {
	if _, ok := errCode(err); !ok {
		return false
	}
	m := lowerMsg(err)
	return strings.Contains(m, "block") && strings.Contains(m, "not found") && !strings.Contains(m, "header not found") && !errors.Is(err, ErrStateUnavailable)
}
