// Package rpctest puts a fault-injecting proxy in front of a real JSON-RPC
// node (HTTP and WebSocket on one port, like geth and the devchain), so
// tests can make an endpoint stall, fail, lie or lag while the chain behind
// it stays real. Modes switch at runtime and apply to the next request.
package rpctest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gorilla/websocket"
)

type modeKind int

const (
	modePass      modeKind = iota
	modeStall              // accept, never answer
	modeStatus             // answer HTTP requests (and WS handshakes) with a status code
	modeSlow               // wait before forwarding
	modeGarbage            // answer with random non-JSON
	modeTruncated          // forward, then cut the answer in half
	modeLag                // pretend the head is n blocks lower
)

type mode struct {
	kind  modeKind
	code  int
	delay time.Duration
	lag   uint64
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Proxy forwards JSON-RPC to a node and injects faults. Its methods are safe
// for concurrent use.
type Proxy struct {
	upHTTP, upWS string
	srv          *httptest.Server
	client       *http.Client
	upgrader     websocket.Upgrader
	quit         chan struct{}
	closeOnce    sync.Once
	wg           sync.WaitGroup // WebSocket pumps and in-flight WS requests

	mu       sync.Mutex
	mode     mode
	failures map[string]rpcError // method -> injected JSON-RPC error
	counts   map[string]int      // method -> requests received
	conns    map[*wsConn]struct{}
}

// New starts a proxy on 127.0.0.1 in front of the node at httpURL (and
// wsURL for WebSocket clients; "" = httpURL with a ws scheme). It is closed
// when the test ends.
func New(tb testing.TB, httpURL, wsURL string) *Proxy {
	tb.Helper()
	if wsURL == "" {
		wsURL = "ws" + strings.TrimPrefix(httpURL, "http")
	}
	p := &Proxy{
		upHTTP:   httpURL,
		upWS:     wsURL,
		client:   &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()},
		quit:     make(chan struct{}),
		failures: map[string]rpcError{},
		counts:   map[string]int{},
		conns:    map[*wsConn]struct{}{},
	}
	p.srv = httptest.NewServer(p)
	tb.Cleanup(p.Close)
	return p
}

// URL is the proxy's HTTP endpoint.
func (p *Proxy) URL() string { return p.srv.URL }

// WSURL is the proxy's WebSocket endpoint.
func (p *Proxy) WSURL() string { return "ws" + strings.TrimPrefix(p.srv.URL, "http") }

// Pass forwards everything unchanged.
func (p *Proxy) Pass() { p.set(mode{kind: modePass}) }

// Stall accepts requests and never answers them (WebSocket: requests and
// notifications are swallowed).
func (p *Proxy) Stall() { p.set(mode{kind: modeStall}) }

// Status answers every HTTP request with the status code (e.g. 500, 429).
// Open WebSocket connections keep working; new handshakes get the code.
// Combine with DropWS for a node that goes down for WebSocket clients.
func (p *Proxy) Status(code int) { p.set(mode{kind: modeStatus, code: code}) }

// Slow delays every request by d before forwarding it.
func (p *Proxy) Slow(d time.Duration) { p.set(mode{kind: modeSlow, delay: d}) }

// Garbage answers every request with random bytes that are not JSON.
func (p *Proxy) Garbage() { p.set(mode{kind: modeGarbage}) }

// Truncated forwards every request and cuts the (valid JSON) answer in half.
func (p *Proxy) Truncated() { p.set(mode{kind: modeTruncated}) }

// Lag makes the node look n blocks behind: eth_blockNumber answers head-n,
// "latest" in eth_getBlockByNumber/eth_getBlockReceipts means head-n, and
// blocks above head-n are null.
func (p *Proxy) Lag(n uint64) { p.set(mode{kind: modeLag, lag: n}) }

// FailMethod answers every call of method with a JSON-RPC error, in any
// mode, batches included. code 0 removes the injection.
func (p *Proxy) FailMethod(method string, code int, message string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if code == 0 {
		delete(p.failures, method)
		return
	}
	p.failures[method] = rpcError{Code: code, Message: message}
}

// Unsupported makes method look absent, the way geth says it.
func (p *Proxy) Unsupported(method string) {
	p.FailMethod(method, -32601, fmt.Sprintf("the method %s does not exist/is not available", method))
}

// Count returns how many calls of method the proxy has received (batch
// elements count one each; "" = all methods).
func (p *Proxy) Count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if method != "" {
		return p.counts[method]
	}
	total := 0
	for _, n := range p.counts {
		total += n
	}
	return total
}

// DropWS closes every open WebSocket connection now, on both sides.
func (p *Proxy) DropWS() {
	p.mu.Lock()
	conns := make([]*wsConn, 0, len(p.conns))
	for c := range p.conns {
		conns = append(conns, c)
	}
	p.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// Close stops the proxy; stalled and slowed requests end at once.
func (p *Proxy) Close() {
	p.closeOnce.Do(func() {
		close(p.quit)
		p.DropWS()
		p.srv.Close()
		p.wg.Wait()
		p.client.CloseIdleConnections()
	})
}

func (p *Proxy) set(m mode) {
	p.mu.Lock()
	p.mode = m
	p.mu.Unlock()
}

func (p *Proxy) current() mode {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.mode
}

// ---------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------

// ServeHTTP implements http.Handler.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		p.serveWS(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	p.count(body)
	m := p.current()
	switch m.kind {
	case modeStall:
		p.wait(r.Context(), -1)
		return
	case modeStatus:
		http.Error(w, fmt.Sprintf("rpctest: injected HTTP %d", m.code), m.code)
		return
	case modeGarbage:
		writeJSON(w, http.StatusOK, garbage())
		return
	case modeSlow:
		if !p.wait(r.Context(), m.delay) {
			return
		}
	}
	status, resp, err := p.exchange(r.Context(), body, m)
	if err != nil {
		http.Error(w, "rpctest: upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	if m.kind == modeTruncated {
		resp = resp[:len(resp)/2]
	}
	writeJSON(w, status, resp)
}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// wait sleeps d (d < 0: forever) unless ctx ends or the proxy closes; it
// reports whether the full time passed.
func (p *Proxy) wait(ctx context.Context, d time.Duration) bool {
	var timer <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-timer:
		return true
	case <-ctx.Done():
	case <-p.quit:
	}
	return false
}

func garbage() []byte { return []byte("<rpctest garbage " + rand.Text() + ">") }

// request is the part of a JSON-RPC request the proxy looks at.
type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params,omitempty"`
}

func parseBody(body []byte) (msgs []json.RawMessage, batch bool, err error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		err = json.Unmarshal(body, &msgs)
		return msgs, true, err
	}
	return []json.RawMessage{body}, false, nil
}

func (p *Proxy) count(body []byte) {
	msgs, _, err := parseBody(body)
	if err != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, raw := range msgs {
		var req request
		if json.Unmarshal(raw, &req) == nil {
			p.counts[req.Method]++
		}
	}
}

// exchange answers a request body (single or batch): injected answers
// locally, everything else from the node in one upstream request.
func (p *Proxy) exchange(ctx context.Context, body []byte, m mode) (int, []byte, error) {
	msgs, batch, err := parseBody(body)
	if err != nil {
		return p.post(ctx, body) // let the node judge what it cannot parse
	}
	answers := make([]json.RawMessage, len(msgs))
	var fwd []json.RawMessage
	var fwdIdx []int
	for i, raw := range msgs {
		ans, rewritten, err := p.intercept(ctx, raw, m)
		if err != nil {
			return 0, nil, err
		}
		if ans != nil {
			answers[i] = ans
			continue
		}
		fwd = append(fwd, rewritten)
		fwdIdx = append(fwdIdx, i)
	}
	if !batch {
		if answers[0] != nil {
			return http.StatusOK, answers[0], nil
		}
		return p.post(ctx, fwd[0])
	}
	if len(fwd) > 0 {
		upBody, err := json.Marshal(fwd)
		if err != nil {
			return 0, nil, err
		}
		status, resp, err := p.post(ctx, upBody)
		if err != nil || status != http.StatusOK {
			return status, resp, err
		}
		var resps []json.RawMessage
		if err := json.Unmarshal(resp, &resps); err != nil {
			return status, resp, nil // not a batch answer: pass it on as it is
		}
		byID := map[string]json.RawMessage{}
		for _, r := range resps {
			var head struct {
				ID json.RawMessage `json:"id"`
			}
			if json.Unmarshal(r, &head) == nil {
				byID[string(head.ID)] = r
			}
		}
		for j, raw := range fwd {
			var req request
			_ = json.Unmarshal(raw, &req)
			answers[fwdIdx[j]] = byID[string(req.ID)]
		}
	}
	out := make([]json.RawMessage, 0, len(answers))
	for _, a := range answers {
		if a != nil {
			out = append(out, a)
		}
	}
	b, err := json.Marshal(out)
	return http.StatusOK, b, err
}

// intercept returns a local answer for raw, or the request to forward
// (rewritten for Lag).
func (p *Proxy) intercept(ctx context.Context, raw json.RawMessage, m mode) (answer, forward json.RawMessage, err error) {
	var req request
	if json.Unmarshal(raw, &req) != nil {
		return nil, raw, nil
	}
	p.mu.Lock()
	f, failing := p.failures[req.Method]
	p.mu.Unlock()
	if failing {
		return reply(req.ID, nil, &f), nil, nil
	}
	if m.kind != modeLag {
		return nil, raw, nil
	}
	switch req.Method {
	case "eth_blockNumber", "eth_getBlockByNumber", "eth_getBlockReceipts":
	default:
		return nil, raw, nil
	}
	head, err := p.head(ctx)
	if err != nil {
		return nil, nil, err
	}
	lagged := head - min(head, m.lag)
	if req.Method == "eth_blockNumber" {
		return reply(req.ID, hexutil.Uint64(lagged), nil), nil, nil
	}
	if len(req.Params) == 0 {
		return nil, raw, nil
	}
	var tag string
	if json.Unmarshal(req.Params[0], &tag) != nil {
		return nil, raw, nil // by hash or malformed: the node decides
	}
	switch tag {
	case "latest", "pending", "safe", "finalized":
		req.Params[0], _ = json.Marshal(hexutil.Uint64(lagged))
		b, err := json.Marshal(req)
		return nil, b, err
	}
	n, err := hexutil.DecodeUint64(tag)
	if err == nil && n > lagged {
		return reply(req.ID, nil, nil), nil, nil // a lagging node has no such block yet
	}
	return nil, raw, nil
}

func reply(id json.RawMessage, result any, rerr *rpcError) json.RawMessage {
	msg := map[string]any{"jsonrpc": "2.0", "id": id}
	if rerr != nil {
		msg["error"] = rerr
	} else {
		msg["result"] = result
	}
	b, _ := json.Marshal(msg)
	return b
}

func (p *Proxy) post(ctx context.Context, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upHTTP, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// head asks the node for its real head.
func (p *Proxy) head(ctx context.Context) (uint64, error) {
	_, b, err := p.post(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return 0, err
	}
	var resp struct {
		Result hexutil.Uint64 `json:"result"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return 0, fmt.Errorf("rpctest: eth_blockNumber: %w", err)
	}
	return uint64(resp.Result), nil
}

// ---------------------------------------------------------------------------
// WebSocket
// ---------------------------------------------------------------------------

// wsConn is one proxied WebSocket connection. Requests go to the node over
// HTTP (the same node, so the answers are the same) through exchange, which
// keeps one code path for every fault; only subscriptions use the upstream
// WebSocket, whose notifications are passed back through the modes.
type wsConn struct {
	client, upstream *websocket.Conn
	writeMu          sync.Mutex // one writer at a time per gorilla connection
	ctx              context.Context
	cancel           context.CancelFunc
	once             sync.Once
	p                *Proxy
}

func (c *wsConn) close() {
	c.once.Do(func() {
		c.cancel()
		_ = c.client.Close()
		_ = c.upstream.Close()
		c.p.mu.Lock()
		delete(c.p.conns, c)
		c.p.mu.Unlock()
	})
}

func (c *wsConn) writeClient(b []byte) {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	if err := c.client.WriteMessage(websocket.TextMessage, b); err != nil {
		go c.close()
	}
}

func (p *Proxy) serveWS(w http.ResponseWriter, r *http.Request) {
	if m := p.current(); m.kind == modeStatus {
		http.Error(w, "rpctest: injected HTTP "+strconv.Itoa(m.code), m.code)
		return
	}
	up, resp, err := websocket.DefaultDialer.DialContext(r.Context(), p.upWS, nil)
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		http.Error(w, "rpctest: upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	cl, err := p.upgrader.Upgrade(w, r, nil)
	if err != nil {
		up.Close()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &wsConn{client: cl, upstream: up, ctx: ctx, cancel: cancel, p: p}
	p.mu.Lock()
	select {
	case <-p.quit:
		p.mu.Unlock()
		c.close()
		return
	default:
	}
	p.conns[c] = struct{}{}
	p.wg.Add(2)
	p.mu.Unlock()
	go p.pumpUpstream(c)
	go p.pumpClient(c)
}

// pumpClient reads the client's requests.
func (p *Proxy) pumpClient(c *wsConn) {
	defer p.wg.Done()
	defer c.close()
	for {
		_, data, err := c.client.ReadMessage()
		if err != nil {
			return
		}
		p.count(data)
		m := p.current()
		switch m.kind {
		case modeStall:
			continue
		case modeGarbage:
			c.writeClient(garbage())
			continue
		case modeSlow:
			if !p.wait(c.ctx, m.delay) {
				return
			}
		}
		if isSubscriptionCall(data) {
			if err := c.upstream.WriteMessage(websocket.TextMessage, data); err != nil {
				return
			}
			continue
		}
		// Concurrently, like a node: one slow call must not hold up others.
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			_, resp, err := p.exchange(c.ctx, data, m)
			if err != nil {
				return // the connection is closing, or the node is gone
			}
			if m.kind == modeTruncated {
				resp = resp[:len(resp)/2]
			}
			c.writeClient(resp)
		}()
	}
}

// pumpUpstream passes the node's subscription traffic back to the client.
func (p *Proxy) pumpUpstream(c *wsConn) {
	defer p.wg.Done()
	defer c.close()
	for {
		_, data, err := c.upstream.ReadMessage()
		if err != nil {
			return
		}
		switch p.current().kind {
		case modeStall:
			continue
		case modeGarbage:
			data = garbage()
		case modeTruncated:
			data = data[:len(data)/2]
		}
		c.writeClient(data)
	}
}

func isSubscriptionCall(data []byte) bool {
	var req request
	if json.Unmarshal(data, &req) != nil {
		return false
	}
	return strings.HasSuffix(req.Method, "_subscribe") || strings.HasSuffix(req.Method, "_unsubscribe")
}
