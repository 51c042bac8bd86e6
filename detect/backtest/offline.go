package backtest

import (
	"compress/gzip"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/chain/bundlefile"
)

// A recorded backtest is a directory: the blocks as a bundle file (the
// format `warden record` writes), the labels, and every chain-state read
// the detectors made, so the same detectors can be re-run and re-scored
// offline, on another machine, without a node.
const (
	BundlesFile = "bundles.jsonl.gz"
	LabelsFile  = "labels.json"
	StateFile   = "state.json.gz"
)

// ErrStateNotRecorded is returned by a replayed state read that the
// recording run never made (a detector or parameter that was not part of
// it).
var ErrStateNotRecorded = errors.New("state read not in the recording")

// stateKey identifies one state read: method, account or call, block.
func stateKey(method string, parts ...[]byte) string {
	h := crypto.Keccak256(append([][]byte{[]byte(method)}, parts...)...)
	return hex.EncodeToString(h[:16])
}

func blockBytes(b *big.Int) []byte {
	if b == nil {
		return []byte("latest")
	}
	return b.Bytes()
}

func callKey(msg ethereum.CallMsg, block *big.Int) string {
	var to []byte
	if msg.To != nil {
		to = msg.To.Bytes()
	}
	return stateKey("eth_call", msg.From.Bytes(), to, msg.Data, blockBytes(block))
}

// stateEntry is one recorded answer: the result bytes or the error text
// (a revert is an answer too, and detectors handle it).
type stateEntry struct {
	Result string `json:"r,omitempty"`
	Err    string `json:"e,omitempty"`
}

// RecordingState passes state reads to a node and remembers the answers.
type RecordingState struct {
	inner chain.StateReader
	mu    sync.Mutex
	reads map[string]stateEntry
}

// NewRecordingState wraps a node's state reader.
func NewRecordingState(inner chain.StateReader) *RecordingState {
	return &RecordingState{inner: inner, reads: map[string]stateEntry{}}
}

func (r *RecordingState) remember(key string, out []byte, err error) {
	e := stateEntry{Result: hex.EncodeToString(out)}
	if err != nil {
		e = stateEntry{Err: err.Error()}
	}
	r.mu.Lock()
	r.reads[key] = e
	r.mu.Unlock()
}

// CallContract implements chain.StateReader.
func (r *RecordingState) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := r.inner.CallContract(ctx, msg, block)
	if ctx.Err() == nil {
		r.remember(callKey(msg, block), out, err)
	}
	return out, err
}

// CodeAt implements chain.CodeReader when the node does.
func (r *RecordingState) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	cr, ok := r.inner.(chain.CodeReader)
	if !ok {
		return nil, errors.New("state reader cannot read code")
	}
	out, err := cr.CodeAt(ctx, account, block)
	if ctx.Err() == nil {
		r.remember(stateKey("eth_getCode", account.Bytes(), blockBytes(block)), out, err)
	}
	return out, err
}

// BalanceAt implements chain.BalanceReader when the node does.
func (r *RecordingState) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	br, ok := r.inner.(chain.BalanceReader)
	if !ok {
		return nil, errors.New("state reader cannot read balances")
	}
	out, err := br.BalanceAt(ctx, account, block)
	if ctx.Err() == nil {
		var b []byte
		if out != nil {
			b = out.Bytes()
		}
		r.remember(stateKey("eth_getBalance", account.Bytes(), blockBytes(block)), b, err)
	}
	return out, err
}

// Save writes the recorded reads (sorted, so recordings are comparable).
func (r *RecordingState) Save(path string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	keys := make([]string, 0, len(r.reads))
	for k := range r.reads {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	gz := gzip.NewWriter(f)
	enc := json.NewEncoder(gz)
	for _, k := range keys {
		if err := enc.Encode(struct {
			K string `json:"k"`
			stateEntry
		}{k, r.reads[k]}); err != nil {
			f.Close()
			return err
		}
	}
	if err := gz.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Replay returns the reads recorded so far as an in-memory ReplayState.
func (r *RecordingState) Replay() *ReplayState {
	r.mu.Lock()
	defer r.mu.Unlock()
	reads := make(map[string]stateEntry, len(r.reads))
	for k, v := range r.reads {
		reads[k] = v
	}
	return &ReplayState{reads: reads}
}

// ReplayState answers state reads from a recording.
type ReplayState struct {
	reads map[string]stateEntry
}

// LoadReplayState reads a recording written by RecordingState.Save.
func LoadReplayState(path string) (*ReplayState, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dec := json.NewDecoder(gz)
	rs := &ReplayState{reads: map[string]stateEntry{}}
	for {
		var e struct {
			K string `json:"k"`
			stateEntry
		}
		if err := dec.Decode(&e); errors.Is(err, io.EOF) {
			return rs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, len(rs.reads)+1, err)
		}
		rs.reads[e.K] = e.stateEntry
	}
}

func (s *ReplayState) lookup(key, what string) ([]byte, error) {
	e, ok := s.reads[key]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrStateNotRecorded, what)
	}
	if e.Err != "" {
		return nil, errors.New(e.Err)
	}
	return hex.DecodeString(e.Result)
}

// CallContract implements chain.StateReader.
func (s *ReplayState) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return s.lookup(callKey(msg, block), fmt.Sprintf("eth_call to %v at block %v", msg.To, block))
}

// CodeAt implements chain.CodeReader.
func (s *ReplayState) CodeAt(_ context.Context, account common.Address, block *big.Int) ([]byte, error) {
	return s.lookup(stateKey("eth_getCode", account.Bytes(), blockBytes(block)), fmt.Sprintf("code of %s at block %v", account, block))
}

// BalanceAt implements chain.BalanceReader.
func (s *ReplayState) BalanceAt(_ context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	b, err := s.lookup(stateKey("eth_getBalance", account.Bytes(), blockBytes(block)), fmt.Sprintf("balance of %s at block %v", account, block))
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetBytes(b), nil
}

// RecordingSource passes bundles on and writes each to a bundle file.
func RecordingSource(next func() (*chain.Bundle, error), w *bundlefile.Writer) func() (*chain.Bundle, error) {
	return func() (*chain.Bundle, error) {
		b, err := next()
		if err != nil {
			return b, err
		}
		if err := w.Write(b); err != nil {
			return nil, fmt.Errorf("record block %d: %w", b.Number(), err)
		}
		return b, nil
	}
}

// FileSource reads bundles from a bundle file.
func FileSource(path string) (next func() (*chain.Bundle, error), closeFn func() error, err error) {
	r, err := bundlefile.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return r.Next, r.Close, nil
}

// ReadLabels reads a recording's labels.
func ReadLabels(dir string) (Labels, error) {
	var l Labels
	b, err := os.ReadFile(filepath.Join(dir, LabelsFile))
	if err != nil {
		return l, err
	}
	if err := json.Unmarshal(b, &l); err != nil {
		return l, fmt.Errorf("%s: %w", filepath.Join(dir, LabelsFile), err)
	}
	if len(l.Runs) == 0 {
		return l, fmt.Errorf("%s: no scenario runs", filepath.Join(dir, LabelsFile))
	}
	return l, nil
}
