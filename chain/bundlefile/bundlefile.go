// Package bundlefile saves ingested bundles (blocks with their receipts) to
// a gzip-compressed file of JSON lines and reads them back, so that a range
// of a real chain can be replayed or backtested offline, byte for byte as
// ingest saw it.
package bundlefile

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/warden-dev/warden/chain"
)

// Version is written in every record; readers refuse versions they do not know.
const Version = 1

type record struct {
	Version  int              `json:"v"`
	Chain    string           `json:"chain"`
	ChainID  *hexutil.Big     `json:"chain_id"`
	Block    hexutil.Bytes    `json:"block"` // RLP: exact, including every transaction type
	Receipts []*types.Receipt `json:"receipts"`
	Traces   []chain.TxTrace  `json:"traces,omitempty"`
	SeenAt   time.Time        `json:"seen_at"`
}

// Writer appends bundles to a file.
type Writer struct {
	f   *os.File
	gz  *gzip.Writer
	buf *bufio.Writer
	enc *json.Encoder
	n   int
}

// Create creates (or truncates) path.
func Create(path string) (*Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("bundlefile: %w", err)
	}
	gz := gzip.NewWriter(f)
	buf := bufio.NewWriterSize(gz, 1<<20)
	return &Writer{f: f, gz: gz, buf: buf, enc: json.NewEncoder(buf)}, nil
}

// Write appends one bundle.
func (w *Writer) Write(b *chain.Bundle) error {
	raw, err := rlp.EncodeToBytes(b.Block)
	if err != nil {
		return fmt.Errorf("bundlefile: encode block %d: %w", b.Number(), err)
	}
	if err := w.enc.Encode(record{Version: Version, Chain: b.Chain, ChainID: (*hexutil.Big)(b.ChainID), Block: raw, Receipts: b.Receipts, Traces: b.Traces, SeenAt: b.SeenAt}); err != nil {
		return fmt.Errorf("bundlefile: write block %d: %w", b.Number(), err)
	}
	w.n++
	return nil
}

// Count is the number of bundles written.
func (w *Writer) Count() int { return w.n }

// Close flushes and closes the file; a file not closed is truncated and
// the reader reports where.
func (w *Writer) Close() error {
	return errors.Join(w.buf.Flush(), w.gz.Close(), w.f.Close())
}

// Reader reads bundles back in file order.
type Reader struct {
	f    *os.File
	gz   *gzip.Reader
	dec  *json.Decoder
	line int
}

// Open opens a file written by Writer.
func Open(path string) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bundlefile: %w", err)
	}
	gz, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("bundlefile: %s is not a gzip bundle file: %w", path, err)
	}
	return &Reader{f: f, gz: gz, dec: json.NewDecoder(gz)}, nil
}

// Next returns the next bundle, or io.EOF after the last one. Senders are
// recovered and receipts checked against the block again, so a corrupted
// or hand-edited file is an error, not a wrong replay.
func (r *Reader) Next() (*chain.Bundle, error) {
	var rec record
	if err := r.dec.Decode(&rec); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("bundlefile: record %d: %w", r.line+1, err)
	}
	r.line++
	if rec.Version != Version {
		return nil, fmt.Errorf("bundlefile: record %d has version %d, this Warden reads %d", r.line, rec.Version, Version)
	}
	if rec.ChainID == nil {
		return nil, fmt.Errorf("bundlefile: record %d has no chain ID", r.line)
	}
	block := new(types.Block)
	if err := rlp.DecodeBytes(rec.Block, block); err != nil {
		return nil, fmt.Errorf("bundlefile: record %d: decode block: %w", r.line, err)
	}
	b, err := chain.NewBundle(rec.Chain, (*big.Int)(rec.ChainID), block, rec.Receipts, rec.SeenAt)
	if err != nil {
		return nil, fmt.Errorf("bundlefile: record %d: %w", r.line, err)
	}
	if rec.Traces != nil && len(rec.Traces) != len(rec.Receipts) {
		return nil, fmt.Errorf("bundlefile: record %d: %d traces for %d transactions", r.line, len(rec.Traces), len(rec.Receipts))
	}
	b.Traces = rec.Traces
	return b, nil
}

// Close closes the file.
func (r *Reader) Close() error { return errors.Join(r.gz.Close(), r.f.Close()) }
