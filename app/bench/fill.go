// Package bench fills an embedded dev chain with realistic DeFi traffic so
// that Warden's ingestion can be measured against a known, repeatable load.
//
// Fill deploys the demo protocol, funds its own deterministic sender
// accounts and then seals every filled block by hand, so each holds exactly
// TxsPerBlock transactions: ERC20 transfers of dUSD and WETH, Uniswap V2
// router swaps both ways and lending-pool calls, all of which succeed and
// emit logs.
package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
)

// Defaults for zero FillConfig fields.
const (
	DefaultBlocks        = 2000
	DefaultTxsPerBlock   = 50
	DefaultSenders       = 10
	DefaultReceiptSample = 100
)

const (
	// manualPeriod is long enough that the chain's own ticker never seals
	// a block during a fill: every filled block comes from our Commit, with
	// exactly the transactions we put in the pool for it.
	manualPeriod = time.Hour
	// poolTimeout bounds the wait for the pool to promote a batch; it is
	// normally a millisecond or two, but much slower under -race.
	poolTimeout = 30 * time.Second
	// maxPerSender and maxSenders keep within geth's default pool limits
	// (64 queued per account, 5,120 executable in all).
	maxPerSender = 64
	maxSenders   = 1000
	// progressEvery is how often (in blocks) Fill logs its progress.
	progressEvery = 200
)

// Fees. The tip is what a real user would pay; the fee cap is fixed
// (unless the chain's base fee is unusually high) so that the transactions,
// and their hashes, are the same on every run. Blocks of 50 such
// transactions use far less than half the 60M gas limit, so the base fee
// only falls during a fill and the cap never binds.
var (
	tipCap    = big.NewInt(params.GWei)
	minFeeCap = big.NewInt(10 * params.GWei)
)

// FillConfig configures Fill. The zero value fills 2,000 blocks of 50.
type FillConfig struct {
	Blocks      int // filled blocks; default 2000
	TxsPerBlock int // transactions in every filled block; default 50
	// Senders is the number of filler accounts; default 10, so each sends
	// 5 of a block's 50 transactions with consecutive nonces. Fewer senders
	// than transactions per block is what lets most of the sending overlap
	// with sealing (see fillBlocks): 10 filled about 1.5x as fast as 50 (one
	// transaction each) here, and fewer than 10 gain little more.
	Senders int
	// ReceiptSample is how many filled blocks (evenly spread, first and
	// last included) have their receipts checked for failures; default
	// 100, negative = every block. Transaction counts are always checked
	// for every block.
	ReceiptSample int
	Logger        *slog.Logger // nil = discard
}

// Filled describes a completed fill.
type Filled struct {
	Protocol              *demoprotocol.Protocol
	FirstBlock, LastBlock uint64 // the filled range (after the set-up blocks)
	Txs                   int    // transactions in the filled range
	// Failed counts receipts with status 0 among the checked ones (see
	// FillConfig.ReceiptSample); it should be 0.
	Failed          int
	CheckedReceipts int
	Took            time.Duration // the whole of Fill: deploy, set-up, fill, verification
	FillTook        time.Duration // the filled range alone
}

// Fill deploys the demo protocol on c, sets up the filler accounts and then
// fills cfg.Blocks blocks of exactly cfg.TxsPerBlock transactions each,
// sealing them by hand. Nothing else may send transactions to c or seal
// blocks while Fill runs. Fill restores c's block period when it returns.
//
// When every block was filled but verification finds a problem (a block
// with the wrong count, failed receipts), Fill returns the Filled result
// together with the error.
func Fill(ctx context.Context, c *devchain.Chain, cfg FillConfig) (*Filled, error) {
	start := time.Now()
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log := cfg.Logger
	accs := c.Accounts()
	if len(accs) == 0 {
		return nil, errors.New("bench: the chain has no funded dev account to deploy from")
	}

	// One persistent WebSocket connection for the tens of thousands of
	// requests of a fill (HTTP with keep-alive measured the same).
	rc, err := rpc.DialContext(ctx, c.WSURL())
	if err != nil {
		return nil, fmt.Errorf("bench: dial %s: %w", c.WSURL(), err)
	}
	defer rc.Close()
	client := ethclient.NewClient(rc)

	oldPeriod := c.BlockPeriod()
	defer func() {
		if err := c.SetBlockPeriod(oldPeriod); err != nil && !errors.Is(err, devchain.ErrClosed) {
			log.Warn("bench: restore block period", "period", oldPeriod, "err", err)
		}
	}()

	// Deploy waits for each of its rounds, which needs blocks on demand.
	if err := c.SetBlockPeriod(0); err != nil {
		return nil, fmt.Errorf("bench: switch to instant mining: %w", err)
	}
	proto, err := demoprotocol.Deploy(ctx, client, accs[0].Key, demoprotocol.DefaultParams())
	if err != nil {
		return nil, fmt.Errorf("bench: deploy demo protocol: %w", err)
	}
	if err := c.SetBlockPeriod(manualPeriod); err != nil {
		return nil, fmt.Errorf("bench: switch to manual mining: %w", err)
	}
	if err := waitPool(ctx, rc, 0, poolTimeout); err != nil {
		return nil, fmt.Errorf("bench: before set-up: %w", err)
	}

	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: read head: %w", err)
	}
	pl, err := newPlanner(proto, cfg, head.BaseFee, accs[0].Address)
	if err != nil {
		return nil, err
	}
	txsPerSender := (cfg.Blocks*cfg.TxsPerBlock + cfg.Senders - 1) / cfg.Senders
	admin := &sender{key: accs[0].Key, addr: accs[0].Address}
	if err := setup(ctx, c, rc, pl, admin, fundingFor(txsPerSender, pl.feeCap)); err != nil {
		return nil, fmt.Errorf("bench: set-up: %w", err)
	}
	setupHead, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench: read head after set-up: %w", err)
	}
	log.Info("bench: set-up done", "took", time.Since(start).Round(time.Millisecond),
		"senders", cfg.Senders, "head", setupHead, "feeCap", pl.feeCap, "baseFee", head.BaseFee)

	res := &Filled{
		Protocol:   proto,
		FirstBlock: setupHead + 1,
		LastBlock:  setupHead + uint64(cfg.Blocks),
	}
	fillStart := time.Now()
	if err := fillBlocks(ctx, c, rc, pl, cfg, log); err != nil {
		return nil, fmt.Errorf("bench: fill: %w", err)
	}
	res.FillTook = time.Since(fillStart)
	log.Info("bench: filled", "blocks", cfg.Blocks, "txs", cfg.Blocks*cfg.TxsPerBlock,
		"took", res.FillTook.Round(time.Millisecond),
		"blocksPerSec", rate(cfg.Blocks, res.FillTook), "txPerSec", rate(cfg.Blocks*cfg.TxsPerBlock, res.FillTook),
		"mix", pl.mix())

	verr := verify(ctx, rc, cfg, res)
	res.Took = time.Since(start)
	if verr != nil {
		return res, fmt.Errorf("bench: verify: %w", verr)
	}
	log.Info("bench: verified", "first", res.FirstBlock, "last", res.LastBlock, "txs", res.Txs,
		"checkedReceipts", res.CheckedReceipts, "failed", res.Failed, "took", res.Took.Round(time.Millisecond))
	return res, nil
}

func (cfg FillConfig) withDefaults() (FillConfig, error) {
	def := func(v *int, d int, name string) error {
		switch {
		case *v == 0:
			*v = d
		case *v < 0:
			return fmt.Errorf("bench: negative %s %d", name, *v)
		}
		return nil
	}
	if err := def(&cfg.Blocks, DefaultBlocks, "block count"); err != nil {
		return cfg, err
	}
	if err := def(&cfg.TxsPerBlock, DefaultTxsPerBlock, "transactions per block"); err != nil {
		return cfg, err
	}
	if err := def(&cfg.Senders, DefaultSenders, "sender count"); err != nil {
		return cfg, err
	}
	if cfg.ReceiptSample == 0 {
		cfg.ReceiptSample = DefaultReceiptSample
	}
	// Each sender's transactions after its first in a block wait in the
	// pool's queue (see fillBlocks), which holds at most 64 per account.
	if perSender := (cfg.TxsPerBlock + cfg.Senders - 1) / cfg.Senders; perSender > maxPerSender {
		return cfg, fmt.Errorf("bench: %d transactions per sender per block exceed the pool's %d; use more senders", perSender, maxPerSender)
	}
	// Set-up sends about five transactions per sender at once; the pool's
	// 5,120 executable slots must hold them.
	if cfg.Senders > maxSenders {
		return cfg, fmt.Errorf("bench: %d senders, at most %d", cfg.Senders, maxSenders)
	}
	// The swaps alone may take 220k gas each; a block must hold them all.
	if cfg.TxsPerBlock*demoprotocol.GasSwap > devchain.BlockGasLimit {
		return cfg, fmt.Errorf("bench: %d transactions per block may not fit the %d block gas limit", cfg.TxsPerBlock, devchain.BlockGasLimit)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

func newPlanner(p *demoprotocol.Protocol, cfg FillConfig, baseFee *big.Int, sink common.Address) (*planner, error) {
	senders, err := newSenders(cfg.Senders)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	feeCap := new(big.Int).Set(minFeeCap)
	if baseFee != nil {
		// Ample headroom over an unusually high base fee: it can rise at
		// most 12.5% per block, and our blocks make it fall.
		if want := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(4)), tipCap); want.Cmp(feeCap) > 0 {
			feeCap = want
		}
	}
	return &planner{
		p:           p,
		senders:     senders,
		sink:        sink,
		txsPerBlock: cfg.TxsPerBlock,
		signer:      types.LatestSignerForChainID(p.ChainID),
		tip:         tipCap,
		feeCap:      feeCap,
	}, nil
}

// signedBlock is one block's transactions, signed ahead of time.
type signedBlock struct {
	k           int
	gates, rest []string
	err         error
}

// fillBlocks sends and seals every filled block.
//
// Sealing is the bulk of the work and sending cannot simply overlap with it:
// executable transactions that reach the pool while block k is being built
// may land in block k. So each block is split (see planner.block): the
// senders' later transactions ("rest") are sent while the previous block is
// being sealed, and sit in the pool's queue behind a nonce gap; only the
// senders' first transactions ("gates") are sent after the seal, and they
// make the whole block executable at once. With several transactions per
// sender per block most of the sending thus runs on the second core while
// the first one seals. Signing runs ahead in its own goroutine as well.
func fillBlocks(ctx context.Context, c *devchain.Chain, rc *rpc.Client, pl *planner, cfg FillConfig, log *slog.Logger) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // runs after cancel: the signer must not outlive Fill
	defer cancel()

	blocks := make(chan signedBlock, 8)
	wg.Go(func() {
		defer close(blocks)
		for k := range cfg.Blocks {
			gates, rest, err := pl.block(k)
			select {
			case blocks <- signedBlock{k: k, gates: gates, rest: rest, err: err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	})
	next := func() (signedBlock, bool, error) {
		select {
		case b, ok := <-blocks:
			return b, ok, b.err
		case <-ctx.Done():
			return signedBlock{}, false, ctx.Err()
		}
	}

	start := time.Now()
	cur, ok, err := next()
	if err != nil || !ok {
		return err
	}
	if _, err := sendRaw(ctx, rc, cur.rest); err != nil {
		return fmt.Errorf("block 1 of %d: %w", cfg.Blocks, err)
	}
	for ok {
		if _, err := sendRaw(ctx, rc, cur.gates); err != nil {
			return fmt.Errorf("block %d of %d: %w", cur.k+1, cfg.Blocks, err)
		}
		if err := waitPool(ctx, rc, len(cur.gates)+len(cur.rest), poolTimeout); err != nil {
			return fmt.Errorf("block %d of %d: %w", cur.k+1, cfg.Blocks, err)
		}

		var nb signedBlock
		if nb, ok, err = next(); err != nil {
			return err
		}
		sent := make(chan error, 1)
		if ok {
			go func() {
				_, err := sendRaw(ctx, rc, nb.rest)
				sent <- err
			}()
		} else {
			sent <- nil
		}
		hash := c.Commit()
		// Wait for the send even when the seal failed, so that no goroutine
		// outlives fillBlocks.
		if err := <-sent; err != nil {
			return fmt.Errorf("block %d of %d: %w", nb.k+1, cfg.Blocks, err)
		}
		if hash == (common.Hash{}) {
			return devchain.ErrClosed
		}
		if done := cur.k + 1; done%progressEvery == 0 && done < cfg.Blocks {
			el := time.Since(start)
			log.Info("bench: filling", "blocks", done, "of", cfg.Blocks,
				"elapsed", el.Round(time.Millisecond), "blocksPerSec", rate(done, el))
		}
		cur = nb
	}
	return nil
}

// verify checks that the head is the last filled block, that every filled
// block holds exactly TxsPerBlock transactions, and the status of every
// receipt in a sample of the blocks.
func verify(ctx context.Context, rc *rpc.Client, cfg FillConfig, res *Filled) error {
	var head hexutil.Uint64
	if err := rc.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return fmt.Errorf("eth_blockNumber: %w", err)
	}
	if uint64(head) != res.LastBlock {
		return fmt.Errorf("head is block %d, want the last filled block %d: something else sealed blocks", head, res.LastBlock)
	}
	counts, err := blockTxCounts(ctx, rc, res.FirstBlock, res.LastBlock)
	if err != nil {
		return err
	}
	var wrong []error
	for i, n := range counts {
		res.Txs += n
		if n != cfg.TxsPerBlock && len(wrong) < 10 {
			wrong = append(wrong, fmt.Errorf("block %d has %d transactions, want %d", res.FirstBlock+uint64(i), n, cfg.TxsPerBlock))
		}
	}

	sample := sampleBlocks(res.FirstBlock, res.LastBlock, cfg.ReceiptSample)
	receipts, err := blockReceipts(ctx, rc, sample)
	if err != nil {
		return err
	}
	for i, rs := range receipts {
		for _, r := range rs {
			res.CheckedReceipts++
			if r.Status != types.ReceiptStatusSuccessful {
				if res.Failed == 0 {
					wrong = append(wrong, fmt.Errorf("first failed transaction: %s in block %d", r.TxHash.Hex(), sample[i]))
				}
				res.Failed++
			}
		}
	}
	if res.Failed > 0 {
		wrong = append(wrong, fmt.Errorf("%d of %d checked receipts failed", res.Failed, res.CheckedReceipts))
	}
	return errors.Join(wrong...)
}

// sampleBlocks returns n block numbers spread evenly over [first, last],
// both ends included; n < 0 or n beyond the range means every block.
func sampleBlocks(first, last uint64, n int) []uint64 {
	total := int(last - first + 1)
	if n < 0 || n >= total {
		n = total
	}
	out := make([]uint64, 0, n)
	switch n {
	case 0:
	case 1:
		out = append(out, last)
	default:
		for i := range n {
			out = append(out, first+uint64(i*(total-1)/(n-1)))
		}
	}
	return out
}

// mix summarises how many transactions of each kind were signed, for the log.
func (pl *planner) mix() string {
	s := ""
	for k := range numOpKinds {
		if s != "" {
			s += ", "
		}
		s += fmt.Sprintf("%s=%d", k, pl.counts[k])
	}
	return s
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(int(float64(n)/d.Seconds()*10)) / 10
}
