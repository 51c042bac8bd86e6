package devchain

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/event"
)

// maxInstantBlocks bounds how many blocks one burst of transactions may
// produce in instant mode, so a transaction the miner will not include can
// never make the loop spin.
const maxInstantBlocks = 64

type periodRequest struct {
	d    time.Duration
	done chan struct{}
}

// SetBlockPeriod switches the mining mode at runtime: 0 mines a block as soon
// as a transaction arrives (and at once mines whatever is already pending);
// d > 0 mines a block every d, empty or not, the first one d after the call.
//
// Block timestamps have one-second granularity and must increase, so blocks
// produced faster than one per second (instant bursts, sub-second periods)
// carry timestamps that run ahead of the wall clock; later blocks continue
// from there.
func (c *Chain) SetBlockPeriod(d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("devchain: negative block period %s", d)
	}
	req := periodRequest{d: d, done: make(chan struct{})}
	select {
	case c.periodReq <- req:
	case <-c.quit:
		return ErrClosed
	}
	<-req.done
	return nil
}

func (c *Chain) startMiner(period time.Duration) {
	txs := make(chan core.NewTxsEvent, 16)
	sub := c.eth.TxPool().SubscribeTransactions(txs, true)
	c.wg.Add(2)
	go c.forwardTxs(sub, txs)
	go c.mine(period)
}

// forwardTxs turns pool notifications into a coalesced kick. It must never
// block on sealing: the pool sends these events from the same reorg loop
// that TxPool().Sync waits on, so a sealer receiving them directly would
// deadlock itself.
func (c *Chain) forwardTxs(sub event.Subscription, txs <-chan core.NewTxsEvent) {
	defer c.wg.Done()
	defer sub.Unsubscribe()
	for {
		select {
		case <-c.quit:
			return
		case <-sub.Err():
			return
		case <-txs:
			select {
			case c.kick <- struct{}{}:
			default:
			}
		}
	}
}

// mine is the only goroutine that seals on its own initiative; one owner for
// the mode makes switching race-free (the ticker and the kick handling never
// overlap with a mode change).
func (c *Chain) mine(period time.Duration) {
	defer c.wg.Done()
	var (
		ticker *time.Ticker
		tick   <-chan time.Time
	)
	setPeriod := func(d time.Duration) {
		if ticker != nil {
			ticker.Stop()
			ticker, tick = nil, nil
		}
		if d > 0 {
			ticker = time.NewTicker(d)
			tick = ticker.C
		}
		period = d
		c.period.Store(int64(d))
	}
	setPeriod(period)
	defer func() {
		if ticker != nil {
			ticker.Stop()
		}
	}()

	for {
		select {
		case <-c.quit:
			return
		case req := <-c.periodReq:
			setPeriod(req.d)
			close(req.done)
			c.log.Info("devchain mining mode changed", "blockPeriod", req.d)
			if req.d == 0 {
				c.mineInstant() // transactions that were waiting for the next tick
			}
		case <-c.kick:
			if period == 0 {
				c.mineInstant()
			}
		case <-tick:
			c.mineOne()
		}
	}
}

func (c *Chain) mineOne() {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return
	}
	c.sealLocked()
}

// mineInstant seals blocks until the pool has nothing executable left, so a
// burst larger than one block is fully mined without waiting for more events.
func (c *Chain) mineInstant() {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	for range maxInstantBlocks {
		if c.closed {
			return
		}
		// Checked before sealing too: kicks are coalesced and may refer to
		// transactions an earlier block already took; sealing then would only
		// add an empty block.
		if executable, _ := c.eth.TxPool().Stats(); executable == 0 {
			return
		}
		before := c.eth.BlockChain().CurrentBlock().Hash()
		c.sealLocked()
		head := c.eth.BlockChain().CurrentBlock()
		if head.Hash() == before {
			c.log.Warn("devchain: sealing produced no block")
			return
		}
		if head.GasUsed == 0 {
			executable, _ := c.eth.TxPool().Stats()
			c.log.Warn("devchain: pool holds transactions the miner does not include", "executable", executable)
			return
		}
	}
}
