package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrClosed is returned by calls made after Close.
	ErrClosed = errors.New("rpc: pool is closed")
	// ErrNoWebSocket is returned by SubscribeNewHead when the pool has no
	// WebSocket endpoint; the caller polls instead.
	ErrNoWebSocket = errors.New("rpc: no WebSocket endpoint for subscriptions")
	// ErrStateUnavailable means no endpoint still has the state a call needs
	// (a pruned node asked to trace or call at an old block). It is a fact
	// about the data, not a failure of the endpoint: an archive endpoint is
	// needed.
	ErrStateUnavailable = errors.New("rpc: historical state unavailable")
	// ErrInconsistent marks an answer that contradicts itself (a receipt of
	// another transaction or block, a transaction list that does not hash to
	// the header's root, blocks of two forks in one batch). The endpoint is
	// treated as failed and the call is retried elsewhere.
	ErrInconsistent = errors.New("rpc: inconsistent answer")
)

// errClass says what a failed attempt means for the endpoint and the call.
type errClass int

const (
	// classRequest: the node answered and the answer is an error about the
	// request (revert, nonce too low, invalid params). Return it unchanged;
	// another endpoint would say the same.
	classRequest errClass = iota
	// classEndpoint: the endpoint is broken or overloaded. Mark it unhealthy
	// and retry the call elsewhere.
	classEndpoint
	// classSkip: this endpoint cannot serve this particular call (method not
	// offered, state pruned, block not there yet) but is otherwise fine. Try
	// the others without marking it.
	classSkip
	// classCaller: the caller's own context ended; stop at once.
	classCaller
)

// classify sorts an attempt's error. parent is the caller's context: a
// deadline of the attempt alone is the endpoint's fault, the caller's is not.
// ethereum.NotFound is handled by the caller of classify, which knows what
// was asked for.
func classify(parent context.Context, err error) errClass {
	if parent.Err() != nil {
		return classCaller
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return classEndpoint // the attempt's own timeout
	}
	var httpErr gethrpc.HTTPError
	if errors.As(err, &httpErr) {
		return classifyHTTP(httpErr)
	}
	var rpcErr gethrpc.Error
	if errors.As(err, &rpcErr) {
		switch {
		case rpcErr.ErrorCode() == 3:
			// Execution reverted: the revert data belongs to the caller,
			// whatever words the contract chose.
			return classRequest
		case isRateLimited(rpcErr):
			return classEndpoint
		case isMethodNotFound(err), isStateUnavailable(err), isHeaderNotFound(err):
			return classSkip
		}
		return classRequest
	}
	// Everything else is the transport or the payload: connection refused or
	// reset, a closed WebSocket, garbage or truncated JSON, a result of the
	// wrong shape, a batch with missing answers, ErrInconsistent.
	return classEndpoint
}

// classifyHTTP: 429 and 5xx are the classic "try elsewhere"; 401/403/404/405
// mean this URL is wrong or its key revoked, so another endpoint is the only
// way on. Any other 4xx whose body is a JSON-RPC error is some providers'
// way of rejecting the request itself, and every endpoint would reject it
// alike.
func classifyHTTP(e gethrpc.HTTPError) errClass {
	switch e.StatusCode {
	case http.StatusTooManyRequests, http.StatusUnauthorized, http.StatusForbidden,
		http.StatusNotFound, http.StatusMethodNotAllowed, http.StatusRequestTimeout:
		return classEndpoint
	case http.StatusRequestEntityTooLarge:
		return classSkip // another endpoint may accept a larger batch
	}
	if e.StatusCode >= 500 {
		return classEndpoint
	}
	var body struct {
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(e.Body, &body) == nil && body.Error != nil && body.Error.Message != "" &&
		body.Error.Code != -32005 && !strings.Contains(strings.ToLower(body.Error.Message), "rate limit") {
		return classRequest
	}
	return classEndpoint
}

func errCode(err error) (int, bool) {
	var rpcErr gethrpc.Error
	if errors.As(err, &rpcErr) {
		return rpcErr.ErrorCode(), true
	}
	return 0, false
}

func lowerMsg(err error) string { return strings.ToLower(err.Error()) }

// isRateLimited: -32005 is the de-facto "limit exceeded" code (Infura and
// others); some providers only say it in words.
func isRateLimited(err gethrpc.Error) bool {
	if err.ErrorCode() == -32005 {
		return true
	}
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "rate limit") || strings.Contains(m, "too many requests") ||
		strings.Contains(m, "limit exceeded")
}

// isMethodNotFound recognises "this node does not offer the method": -32601
// in geth and most nodes, words in some proxies.
func isMethodNotFound(err error) bool {
	if err == nil {
		return false
	}
	if code, ok := errCode(err); ok && code == -32601 {
		return true
	}
	if _, ok := errCode(err); !ok {
		return false
	}
	m := lowerMsg(err)
	return strings.Contains(m, "method not found") || strings.Contains(m, "does not exist/is not available") ||
		strings.Contains(m, "method not supported") || strings.Contains(m, "unsupported method")
}

// statePatterns are what geth, erigon, nethermind and reth say when the
// state a call needs has been pruned.
var statePatterns = []string{
	"historical state", "missing trie node", "state unavailable", "state is not available",
	"state not available", "state histories", "pruned",
}

func isStateUnavailable(err error) bool {
	if err == nil {
		return false
	}
	if _, ok := errCode(err); !ok {
		return false
	}
	m := lowerMsg(err)
	for _, p := range statePatterns {
		if strings.Contains(m, p) {
			return true
		}
	}
	return false
}

// isHeaderNotFound: geth's answer to eth_call/eth_estimateGas at a block the
// node does not have yet (it lags); another endpoint may have it.
func isHeaderNotFound(err error) bool {
	if _, ok := errCode(err); !ok {
		return false
	}
	m := lowerMsg(err)
	return strings.Contains(m, "header not found") || strings.Contains(m, "unknown block")
}

// blockNotFoundError is "block n is not there" from one endpoint; it wraps
// ethereum.NotFound so callers that only check for that keep working, and
// carries the number so the pool can tell "not mined yet" (return NotFound)
// from "this endpoint lags" (ask another).
type blockNotFoundError struct{ number uint64 }

func (e *blockNotFoundError) Error() string {
	return fmt.Sprintf("block %d: %s", e.number, ethereum.NotFound)
}
func (e *blockNotFoundError) Unwrap() error { return ethereum.NotFound }

func notFoundAt(n uint64) error { return &blockNotFoundError{number: n} }
