package rpc

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// BlockData is one block with its receipts, in transaction order.
type BlockData struct {
	Block    *types.Block
	Receipts types.Receipts
	// Senders are the "from" addresses the node reported, in transaction
	// order (nil if it reported none). The node recovered them from the
	// signatures already; repeating that costs ~40 µs per transaction,
	// which is a large share of catch-up on two cores.
	Senders []common.Address
}

const (
	// fetchChunk blocks go into one JSON-RPC batch (block + receipts each):
	// big enough to amortise the round trip, small enough that a batch of
	// busy mainnet blocks stays far below nodes' response-size limits
	// (geth: 25 MB) and a retry repeats little.
	fetchChunk = 10
	// fetchParallel batches are in flight at once; on a 2-core machine
	// sequential batches leave the node idle between round trips. 8 beat
	// 4 by ~15% in `warden bench ingest` (node in the same process).
	fetchParallel = 8
	// maxBatchCalls bounds a batch of per-transaction receipt requests;
	// providers commonly cap batches at 100-1000 calls.
	maxBatchCalls = 100
)

// FetchBlocks returns blocks from..to (inclusive) with their receipts, in
// block order, for catching up. It uses JSON-RPC batches of
// eth_getBlockByNumber(n, true) + eth_getBlockReceipts(n), falling back to
// per-transaction eth_getTransactionReceipt batches on endpoints that do not
// offer eth_getBlockReceipts (remembered per endpoint).
//
// Every block is checked against itself before it is returned: its hash,
// its transaction root, its receipts' root, that receipt i belongs to
// transaction i of this block, and that consecutive blocks of one batch
// link by parent hash. Any contradiction (garbage, a truncated answer, an
// endpoint that switched forks mid-batch) fails that endpoint and the batch
// is fetched again elsewhere. Blocks of different batches are not checked
// against each other: a reorg between batches is the caller's to detect.
//
// On error the returned slice holds the blocks fetched before the first
// failed batch (possibly none), so a caller running into the head (the
// error then wraps ethereum.NotFound) can keep the part that exists.
func (p *Pool) FetchBlocks(ctx context.Context, from, to uint64) ([]BlockData, error) {
	if from > to {
		return nil, fmt.Errorf("fetch blocks: from %d is after to %d", from, to)
	}
	type chunk struct {
		from, to uint64
		err      error
		got      uint64 // leading blocks fetched despite err
		cancel   context.CancelFunc
	}
	var chunks []*chunk
	for f := from; ; f += fetchChunk {
		t := min(to, f+fetchChunk-1)
		if t < f { // overflow near MaxUint64
			t = to
		}
		chunks = append(chunks, &chunk{from: f, to: t})
		if t == to {
			break
		}
	}
	out := make([]BlockData, to-from+1)

	var (
		mu       sync.Mutex
		failedAt = len(chunks) // lowest failed chunk index
		wg       sync.WaitGroup
		sem      = make(chan struct{}, fetchParallel)
	)
	// fail cancels the chunks after i: only a gap-free prefix is returned,
	// so their work would be thrown away. Chunks before i go on.
	fail := func(i int) {
		mu.Lock()
		defer mu.Unlock()
		if i < failedAt {
			failedAt = i
		}
		for _, c := range chunks[i+1:] {
			if c.cancel != nil {
				c.cancel()
			}
		}
	}
	for i, c := range chunks {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		mu.Lock()
		stop := ctx.Err() != nil || i > failedAt
		var cctx context.Context
		if !stop {
			cctx, c.cancel = context.WithCancel(ctx)
		}
		mu.Unlock()
		if stop {
			if ctx.Err() != nil {
				c.err = ctx.Err()
				fail(i)
			}
			break
		}
		wg.Go(func() {
			defer func() { <-sem }()
			defer c.cancel()
			data, err := p.fetchRange(cctx, c.from, c.to)
			var nf *blockNotFoundError
			if errors.As(err, &nf) && nf.number > c.from && nf.number <= c.to {
				// The chunk runs past the head: keep the part that exists,
				// so the returned prefix ends at the head, not at a chunk
				// boundary.
				if part, perr := p.fetchRange(cctx, c.from, nf.number-1); perr == nil {
					copy(out[c.from-from:], part)
					c.got = uint64(len(part))
				}
			}
			if err != nil {
				c.err = err
				fail(i)
				return
			}
			copy(out[c.from-from:], data)
		})
	}
	wg.Wait()

	if failedAt == len(chunks) {
		return out, nil
	}
	// Chunks before failedAt succeeded and only chunks after a failure are
	// cancelled, so failedAt's own error is the cause.
	first := chunks[failedAt]
	return out[:first.from-from+first.got], fmt.Errorf("fetch blocks %d-%d: %w", first.from, first.to, first.err)
}

// fetchRange fetches one chunk with failover.
func (p *Pool) fetchRange(ctx context.Context, from, to uint64) ([]BlockData, error) {
	n := int(to - from + 1)
	return call(ctx, p, callSpec{
		method: "eth_getBlockByNumber+eth_getBlockReceipts",
		find:   lookup{kind: lookupNumber, number: from},
		heavy:  true,
		tokens: 2 * n,
	}, func(ctx context.Context, e *endpoint) ([]BlockData, error) {
		return p.fetchChunk(ctx, e, from, to)
	})
}

// fetchChunk fetches from..to from one endpoint in one batch.
func (p *Pool) fetchChunk(ctx context.Context, e *endpoint, from, to uint64) ([]BlockData, error) {
	k := int(to - from + 1)
	blockRaw := make([]json.RawMessage, k)
	rcptRaw := make([]json.RawMessage, k)
	useBlockReceipts := !e.noBlockReceipts.Load()
	reqs := make([]gethrpc.BatchElem, 0, 2*k)
	for i := range k {
		num := hexutil.EncodeUint64(from + uint64(i))
		reqs = append(reqs, gethrpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{num, true}, Result: &blockRaw[i]})
		if useBlockReceipts {
			reqs = append(reqs, gethrpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{num}, Result: &rcptRaw[i]})
		}
	}
	if err := e.rpc().BatchCallContext(ctx, reqs); err != nil {
		return nil, err
	}
	stride := 1
	if useBlockReceipts {
		stride = 2
	}

	out := make([]BlockData, k)
	for i := range k {
		n := from + uint64(i)
		if err := reqs[i*stride].Error; err != nil {
			return nil, fmt.Errorf("eth_getBlockByNumber %d: %w", n, err)
		}
		b, senders, err := decodeBlockAndSenders(blockRaw[i])
		if errors.Is(err, ethereum.NotFound) {
			return nil, notFoundAt(n)
		}
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", n, err)
		}
		out[i].Senders = senders
		if b.NumberU64() != n {
			return nil, fmt.Errorf("%w: asked for block %d, got %d", ErrInconsistent, n, b.NumberU64())
		}
		out[i].Block = b
	}

	perTx := !useBlockReceipts
	if useBlockReceipts {
		for i := range k {
			n := from + uint64(i)
			if err := reqs[i*stride+1].Error; err != nil {
				if isMethodNotFound(err) {
					if !e.noBlockReceipts.Swap(true) {
						p.log.Info("rpc endpoint lacks eth_getBlockReceipts; fetching receipts per transaction", "endpoint", e.name)
					}
					perTx = true
					break
				}
				return nil, fmt.Errorf("eth_getBlockReceipts %d: %w", n, err)
			}
			rs, err := decodeReceipts(rcptRaw[i])
			if err != nil {
				if errors.Is(err, ethereum.NotFound) {
					return nil, notFoundAt(n)
				}
				return nil, fmt.Errorf("receipts of block %d: %w", n, err)
			}
			out[i].Receipts = rs
		}
	}
	if perTx {
		if err := p.fetchReceiptsPerTx(ctx, e, out); err != nil {
			return nil, err
		}
	}

	for i := range out {
		if err := verifyBlockData(out[i]); err != nil {
			return nil, err
		}
		if i > 0 && out[i].Block.ParentHash() != out[i-1].Block.Hash() {
			return nil, fmt.Errorf("%w: block %d (%s) does not follow block %d (%s): two forks in one batch",
				ErrInconsistent, out[i].Block.NumberU64(), out[i].Block.Hash(), out[i-1].Block.NumberU64(), out[i-1].Block.Hash())
		}
	}
	return out, nil
}

// fetchReceiptsPerTx fills in receipts with eth_getTransactionReceipt
// batches, for endpoints without eth_getBlockReceipts.
func (p *Pool) fetchReceiptsPerTx(ctx context.Context, e *endpoint, out []BlockData) error {
	type ref struct{ block, tx int }
	var (
		reqs []gethrpc.BatchElem
		refs []ref
	)
	total := 0
	for i := range out {
		total += len(out[i].Block.Transactions())
	}
	raws := make([]json.RawMessage, total)
	for bi := range out {
		txs := out[bi].Block.Transactions()
		out[bi].Receipts = make(types.Receipts, len(txs))
		for ti, tx := range txs {
			reqs = append(reqs, gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx.Hash()}, Result: &raws[len(refs)]})
			refs = append(refs, ref{bi, ti})
		}
	}
	for start := 0; start < len(reqs); start += maxBatchCalls {
		end := min(start+maxBatchCalls, len(reqs))
		// The chunk's tokens paid for the block requests; these are extra.
		if err := e.waitTokens(ctx, end-start); err != nil {
			return err
		}
		e.requests.Add(uint64(end - start))
		if err := e.rpc().BatchCallContext(ctx, reqs[start:end]); err != nil {
			return err
		}
	}
	for i, r := range reqs {
		b := out[refs[i].block].Block
		if r.Error != nil {
			return fmt.Errorf("eth_getTransactionReceipt %s (block %d): %w", r.Args[0], b.NumberU64(), r.Error)
		}
		var rcpt *types.Receipt
		if err := json.Unmarshal(raws[i], &rcpt); err != nil {
			return fmt.Errorf("receipt of %s: %w", r.Args[0], err)
		}
		if rcpt == nil {
			// The block is there but its receipt is not: the node's index
			// lags, or the transaction moved to another fork.
			return notFoundAt(b.NumberU64())
		}
		out[refs[i].block].Receipts[refs[i].tx] = rcpt
	}
	return nil
}

// rpcBlock is the body part of an eth_getBlockBy* answer; the header part
// decodes into types.Header from the same JSON.
type rpcBlock struct {
	Hash         *common.Hash        `json:"hash"`
	Transactions []*txWithSender     `json:"transactions"`
	UncleHashes  []common.Hash       `json:"uncles"`
	Withdrawals  []*types.Withdrawal `json:"withdrawals,omitempty"`
}

// txWithSender decodes a transaction and the "from" field the node added,
// in the same pass over its JSON (types.Transaction ignores "from").
type txWithSender struct {
	tx   *types.Transaction
	from *common.Address
}

func (t *txWithSender) UnmarshalJSON(b []byte) error {
	t.tx = new(types.Transaction)
	if err := t.tx.UnmarshalJSON(b); err != nil {
		return err
	}
	// The object is already validated; a plain scan finds "from" without
	// a second decode.
	if i := bytes.Index(b, []byte(`"from":"0x`)); i >= 0 && len(b) >= i+10+40 {
		var a common.Address
		if _, err := hex.Decode(a[:], b[i+10:i+10+40]); err == nil {
			t.from = &a
		}
	}
	return nil
}

// decodeBlock turns an eth_getBlockBy*(…, true) answer into a block, the way
// ethclient does, plus checks that make a garbled answer an error rather
// than a different or empty block: the header must hash to the hash the
// node sent, and the transaction and withdrawal lists to the header's
// roots. Uncle headers are not fetched (post-merge blocks have none; the
// header's UncleHash still commits to them).
func decodeBlock(raw json.RawMessage) (*types.Block, error) {
	b, _, err := decodeBlockAndSenders(raw)
	return b, err
}

// decodeBlockAndSenders is decodeBlock plus the senders the node reported
// (nil when any is missing).
func decodeBlockAndSenders(raw json.RawMessage) (*types.Block, []common.Address, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil, ethereum.NotFound
	}
	var full *rpcFullBlock
	if err := json.Unmarshal(raw, &full); err != nil {
		return nil, nil, fmt.Errorf("decode block: %w", err)
	}
	if full == nil {
		return nil, nil, ethereum.NotFound
	}
	body := &full.rpcBlock
	head, err := full.header()
	if err != nil {
		return nil, nil, fmt.Errorf("decode header: %w", err)
	}
	hash := head.Hash()
	if body.Hash != nil && *body.Hash != hash {
		// A header field this decoder does not know (a new fork) changes
		// the hash; go-ethereum's own header decoder knows every field of
		// the version we build with, so it decides.
		if err := json.Unmarshal(raw, &head); err != nil || head == nil {
			return nil, nil, fmt.Errorf("decode header: %w", err)
		}
		if hash = head.Hash(); *body.Hash != hash {
			return nil, nil, fmt.Errorf("%w: block %d: the node says hash %s, its header hashes to %s", ErrInconsistent, head.Number, *body.Hash, hash)
		}
	}
	if (head.UncleHash == types.EmptyUncleHash) != (len(body.UncleHashes) == 0) {
		return nil, nil, fmt.Errorf("%w: block %d: uncle list does not match the header", ErrInconsistent, head.Number)
	}
	txs := make(types.Transactions, len(body.Transactions))
	senders := make([]common.Address, len(body.Transactions))
	for i, tx := range body.Transactions {
		if tx == nil || tx.tx == nil {
			return nil, nil, fmt.Errorf("%w: block %d: transaction %d is null", ErrInconsistent, head.Number, i)
		}
		txs[i] = tx.tx
		if senders != nil && tx.from != nil {
			senders[i] = *tx.from
		} else {
			senders = nil
		}
	}
	if got := types.DeriveSha(txs, trie.NewStackTrie(nil)); got != head.TxHash {
		return nil, nil, fmt.Errorf("%w: block %d: %d transactions hash to %s, header says %s", ErrInconsistent, head.Number, len(txs), got, head.TxHash)
	}
	if head.WithdrawalsHash != nil {
		if got := types.DeriveSha(types.Withdrawals(body.Withdrawals), trie.NewStackTrie(nil)); got != *head.WithdrawalsHash {
			return nil, nil, fmt.Errorf("%w: block %d: withdrawals do not match the header", ErrInconsistent, head.Number)
		}
	} else if len(body.Withdrawals) > 0 {
		return nil, nil, fmt.Errorf("%w: block %d: withdrawals in a block whose header has none", ErrInconsistent, head.Number)
	}
	return types.NewBlockWithHeader(head).WithBody(types.Body{
		Transactions: txs,
		Withdrawals:  body.Withdrawals,
	}), senders, nil
}

func decodeReceipts(raw json.RawMessage) (types.Receipts, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, ethereum.NotFound
	}
	var list []*rpcReceipt
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, err
	}
	if list == nil {
		return nil, ethereum.NotFound
	}
	rs := make(types.Receipts, len(list))
	for i, r := range list {
		if r == nil {
			continue // verifyBlockData names the null receipt
		}
		var err error
		if rs[i], err = r.receipt(i); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

// verifyBlockData checks that the receipts are this block's: one per
// transaction, in order, naming this block, and hashing to its receipt root.
func verifyBlockData(d BlockData) error {
	b := d.Block
	txs := b.Transactions()
	n := b.NumberU64()
	if len(d.Receipts) != len(txs) {
		return fmt.Errorf("%w: block %d has %d transactions but %d receipts", ErrInconsistent, n, len(txs), len(d.Receipts))
	}
	hash := b.Hash()
	for i, r := range d.Receipts {
		switch {
		case r == nil:
			return fmt.Errorf("%w: block %d: receipt %d is null", ErrInconsistent, n, i)
		case r.TxHash != txs[i].Hash():
			return fmt.Errorf("%w: block %d: receipt %d is for transaction %s, the block has %s there", ErrInconsistent, n, i, r.TxHash, txs[i].Hash())
		case r.BlockHash != hash:
			return fmt.Errorf("%w: block %d: receipt %d is from block %s, not %s (two forks in one answer)", ErrInconsistent, n, i, r.BlockHash, hash)
		case r.BlockNumber == nil || !r.BlockNumber.IsUint64() || r.BlockNumber.Uint64() != n:
			return fmt.Errorf("%w: block %d: receipt %d names block %v", ErrInconsistent, n, i, r.BlockNumber)
		case r.TransactionIndex != uint(i):
			return fmt.Errorf("%w: block %d: receipt %d has transaction index %d", ErrInconsistent, n, i, r.TransactionIndex)
		}
	}
	if got := types.DeriveSha(d.Receipts, trie.NewStackTrie(nil)); got != b.ReceiptHash() {
		return fmt.Errorf("%w: block %d: receipts hash to %s, header says %s", ErrInconsistent, n, got, b.ReceiptHash())
	}
	return nil
}
