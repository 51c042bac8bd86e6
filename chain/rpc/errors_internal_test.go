package rpc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// nodeError is a JSON-RPC error answer, as go-ethereum's client decodes it.
type nodeError struct {
	code int
	msg  string
}

func (e nodeError) Error() string  { return e.msg }
func (e nodeError) ErrorCode() int { return e.code }

func TestClassify(t *testing.T) {
	live := context.Background()
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range []struct {
		name string
		ctx  context.Context
		err  error
		want errClass
	}{
		{"revert", live, nodeError{3, "execution reverted: not enough"}, classRequest},
		{"revert mentioning pruned", live, nodeError{3, "execution reverted: pruned"}, classRequest},
		{"nonce too low", live, nodeError{-32000, "nonce too low: next nonce 5, tx nonce 0"}, classRequest},
		{"already known", live, nodeError{-32000, "already known"}, classRequest},
		{"invalid params", live, nodeError{-32602, "invalid argument 0: hex string has length 3"}, classRequest},
		{"limit exceeded", live, nodeError{-32005, "daily request count exceeded"}, classEndpoint},
		{"rate limit words", live, nodeError{-32000, "Too Many Requests"}, classEndpoint},
		{"method not found", live, nodeError{-32601, "the method debug_traceBlockByNumber does not exist/is not available"}, classSkip},
		{"pruned state", live, nodeError{-32000, "required historical state unavailable (reexec=128)"}, classSkip},
		{"missing trie node", live, nodeError{-32000, "missing trie node abc (path ) state 0x123 is not available"}, classSkip},
		{"header not found", live, nodeError{-32000, "header not found"}, classSkip},
		{"http 500", live, gethrpc.HTTPError{StatusCode: 500}, classEndpoint},
		{"http 429", live, gethrpc.HTTPError{StatusCode: 429}, classEndpoint},
		{"http 401 with JSON-RPC body", live, gethrpc.HTTPError{StatusCode: 401, Body: []byte(`{"error":{"code":-32002,"message":"rejected"}}`)}, classEndpoint},
		{"http 400 with JSON-RPC body", live, gethrpc.HTTPError{StatusCode: 400, Body: []byte(`{"error":{"code":-32602,"message":"invalid params"}}`)}, classRequest},
		{"http 400 plain", live, gethrpc.HTTPError{StatusCode: 400, Body: []byte("bad")}, classEndpoint},
		{"http 413", live, gethrpc.HTTPError{StatusCode: 413}, classSkip},
		{"attempt timeout", live, fmt.Errorf("post: %w", context.DeadlineExceeded), classEndpoint},
		{"caller gone", gone, context.Canceled, classCaller},
		{"truncated", live, io.ErrUnexpectedEOF, classEndpoint},
		{"inconsistent", live, ErrInconsistent, classEndpoint},
		{"missing batch answer", live, gethrpc.ErrMissingBatchResponse, classEndpoint},
		{"transport", live, errors.New("dial tcp: connection refused"), classEndpoint},
	} {
		if got := classify(c.ctx, c.err); got != c.want {
			t.Errorf("%s: class %d, want %d", c.name, got, c.want)
		}
	}
}
