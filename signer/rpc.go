package signer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxAnswer caps how much of a signer's answer is read: a signed
// transaction is a few kilobytes.
const maxAnswer = 1 << 20

// rpcClient is a minimal JSON-RPC 2.0 client over HTTP. It is our own
// rather than go-ethereum's rpc.Client so that every error names the
// endpoint in its redacted form and none can carry a header value.
type rpcClient struct {
	url      string
	endpoint string // url without query or credentials, for messages
	headers  http.Header
	timeout  time.Duration
	http     *http.Client
	nextID   atomic.Uint64
}

// RPCError is a JSON-RPC error object answered by an external signer (a
// refusal, an unknown account, a locked key).
type RPCError struct {
	Code    int
	Message string
}

func (e *RPCError) Error() string { return fmt.Sprintf("rpc error %d: %s", e.Code, e.Message) }

type rpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      uint64 `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

type rpcResponse struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// call runs one request within the client's timeout and decodes the result
// into out. Errors read "external signer ENDPOINT: METHOD: problem".
func (c *rpcClient) call(ctx context.Context, method string, params []any, out any) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("external signer %s: %s: %w", c.endpoint, method, fmt.Errorf(format, args...))
	}
	body, err := json.Marshal(rpcRequest{JSONRPC: "2.0", ID: c.nextID.Add(1), Method: method, Params: params})
	if err != nil {
		return fail("encode request: %w", err)
	}
	callCtx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(callCtx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return fail("build request: %w", err)
	}
	for k, vs := range c.headers {
		req.Header[k] = vs
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")

	resp, err := c.http.Do(req)
	if err != nil {
		return c.transportError(ctx, callCtx, method, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err != nil {
		return c.transportError(ctx, callCtx, method, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fail("HTTP %s%s", resp.Status, c.snippet(data))
	}
	if len(data) > maxAnswer {
		return fail("answer larger than %d bytes", maxAnswer)
	}
	var r rpcResponse
	if err := json.Unmarshal(data, &r); err != nil {
		return fail("malformed JSON-RPC answer%s", c.snippet(data))
	}
	if r.Error != nil {
		return fmt.Errorf("external signer %s: %s: %w", c.endpoint, method, &RPCError{Code: r.Error.Code, Message: c.scrub(r.Error.Message)})
	}
	if len(r.Result) == 0 || string(r.Result) == "null" {
		return fail("answer has no result")
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		return fail("unexpected result%s", c.snippet(r.Result))
	}
	return nil
}

// transportError explains a failed exchange: the caller's context ending,
// our own timeout, or the connection. url.Error is unwrapped because its
// text repeats the full URL, query included.
func (c *rpcClient) transportError(parent, callCtx context.Context, method string, err error) error {
	prefix := fmt.Sprintf("external signer %s: %s", c.endpoint, method)
	switch {
	case parent.Err() != nil:
		return fmt.Errorf("%s: %w", prefix, parent.Err())
	case errors.Is(callCtx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%s: no answer within %s: %w", prefix, c.timeout, context.DeadlineExceeded)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("%s: %s", prefix, c.scrub(err.Error()))
}

// snippet quotes the start of an answer for an error message, with header
// values removed in case a proxy echoes the request.
func (c *rpcClient) snippet(data []byte) string {
	s := strings.TrimSpace(string(data))
	if s == "" {
		return ""
	}
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return fmt.Sprintf(" (%q)", c.scrub(s))
}

// scrub removes header values (credentials) from text the remote chose.
func (c *rpcClient) scrub(s string) string {
	for _, vs := range c.headers {
		for _, v := range vs {
			if len(v) >= 4 {
				s = strings.ReplaceAll(s, v, "[redacted]")
			}
			// A bearer token may be echoed without its scheme.
			if _, tok, ok := strings.Cut(v, " "); ok && len(tok) >= 4 {
				s = strings.ReplaceAll(s, tok, "[redacted]")
			}
		}
	}
	return s
}

// signTxResult accepts both answers to eth_signTransaction: Web3Signer's
// raw hex string, and geth's and Clef's {raw, tx} object.
type signTxResult struct {
	raw hexutil.Bytes
	tx  *types.Transaction
}

func (r *signTxResult) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		return json.Unmarshal(data, &r.raw)
	}
	var obj struct {
		Raw hexutil.Bytes      `json:"raw"`
		Tx  *types.Transaction `json:"tx"`
	}
	if err := json.Unmarshal(data, &obj); err != nil {
		return err
	}
	r.raw, r.tx = obj.Raw, obj.Tx
	return nil
}

// transaction decodes the signed transaction, preferring the raw bytes
// (exactly what will be broadcast) over the JSON form.
func (r *signTxResult) transaction() (*types.Transaction, error) {
	if len(r.raw) > 0 {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(r.raw); err != nil {
			return nil, fmt.Errorf("answer is not a signed transaction: %w", err)
		}
		return tx, nil
	}
	if r.tx != nil {
		return r.tx, nil
	}
	return nil, errors.New("answer holds neither raw bytes nor a transaction")
}
