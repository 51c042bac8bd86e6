package detect

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/labels"
)

// The laundering stage closes Forta's chain funding -> deployment ->
// exploitation -> laundering: once an account has been the sender of a
// strong exploitation signal, the correlator watches it (and the accounts
// it pays, up to maxLaunderHops) for moving value into a mixer, to a
// sanctioned address or over a bridge. Nothing a protocol's ordinary user
// does is watched, so the rule cannot fire on benign traffic unless an
// exploitation alert already did.
//
// What counts as moving value out:
//   - a transaction from a watched account to a labelled destination
//     (Tornado's deposit(bytes32) is exactly that), with or without ETH;
//   - an ERC20 Transfer log, in a watched account's transaction, moving
//     that account's tokens to a labelled destination.
//
// A watched account that pays ETH or tokens to an unlabelled address makes
// that address watched too, one hop further: attackers rarely deposit from
// the account that attacked.
const (
	// maxLaunderHops: 0 is the exploiter, 1 an account it paid, 2 an
	// account that one paid.
	maxLaunderHops = 2
	// maxWatched bounds memory; the oldest watched accounts go first.
	maxWatched = 50_000
)

// watched is an account whose outgoing value the correlator follows.
type watched struct {
	block   uint64 // block of the exploitation signal (or of the hop)
	txIndex int    // within block; earlier transactions are not its laundering
	monitor string
	origin  common.Address // the exploiter the trail started from
	title   string         // the exploitation signal, for evidence
	hops    int
}

// launderDestination names why to is a laundering destination, or "".
func launderDestination(book *labels.Set, to common.Address) string {
	l, ok := book.Lookup(to)
	if !ok {
		return ""
	}
	name := l.Name
	if name == "" {
		name = to.Hex()
	}
	switch {
	case l.Has(labels.TagMixer):
		return "mixer " + name
	case l.Has(labels.TagSanctioned):
		return "sanctioned address " + name
	case l.Has("bridge"):
		return "bridge " + name
	}
	return ""
}

// watch starts (or refreshes) following who.
func (c *correlator) watch(who common.Address, w watched) {
	if cur := c.watchedBy[who]; cur != nil {
		if cur.hops <= w.hops && cur.block >= w.block {
			return
		}
		*cur = w
		return
	}
	if len(c.watchOrder) >= maxWatched {
		delete(c.watchedBy, c.watchOrder[0])
		c.watchOrder = c.watchOrder[1:]
	}
	c.watchedBy[who] = &w
	c.watchOrder = append(c.watchOrder, who)
}

// active returns the watch on who if it covers transaction i of block.
func (c *correlator) active(who common.Address, block uint64, i int) *watched {
	w := c.watchedBy[who]
	if w == nil || block < w.block || block-w.block > trailBlocks || (block == w.block && i <= w.txIndex) {
		return nil
	}
	return w
}

// laundering scans a block for value leaving watched accounts. It runs
// after the block's exploitation signals were recorded, so an attacker who
// launders in the attack's own block is caught too.
func (c *correlator) laundering(b *chain.Bundle) []alert.Alert {
	if len(c.watchedBy) == 0 {
		return nil
	}
	var out []alert.Alert
	txs := b.Block.Transactions()
	for i, tx := range txs {
		if i >= len(b.Receipts) || b.Receipts[i].Status != 1 {
			continue
		}
		sender := b.Senders[i]
		w := c.active(sender, b.Number(), i)
		if w == nil {
			continue
		}
		type exit struct {
			from  common.Address
			dest  string
			value string
		}
		var exits []exit
		follow := func(to common.Address) {
			// Labelled addresses (exchanges, routers, bots) are not
			// followed: their own traffic is not the exploiter's.
			if _, known := c.book.Lookup(to); !known && w.hops < maxLaunderHops && to != (common.Address{}) {
				c.watch(to, watched{block: b.Number(), txIndex: i, monitor: w.monitor, origin: w.origin, title: w.title, hops: w.hops + 1})
			}
		}
		if to := tx.To(); to != nil {
			if dest := launderDestination(c.book, *to); dest != "" {
				exits = append(exits, exit{sender, dest, chain.FormatUnits(tx.Value(), 18) + " ETH"})
			} else if tx.Value().Sign() > 0 {
				follow(*to)
			}
		}
		// Token moves count only out of the sender itself: a pool paying
		// a swapper in the exploiter's transaction is not the exploiter's
		// money going out.
		for _, l := range b.Receipts[i].Logs {
			t, ok := chain.DecodeTransfer(l)
			if !ok || t.From != sender {
				continue
			}
			if dest := launderDestination(c.book, t.To); dest != "" {
				exits = append(exits, exit{t.From, dest, fmt.Sprintf("%s units of token %s", t.Amount, t.Token.Hex())})
			} else {
				follow(t.To)
			}
		}
		if len(exits) == 0 {
			continue
		}
		first := exits[0]
		ev := []alert.Evidence{
			{Name: "exploiter", Value: w.origin.Hex()},
			{Name: "exploitation", Value: w.title},
			{Name: "exploitation_block", Value: fmt.Sprint(w.block)},
		}
		for _, x := range exits {
			ev = append(ev, alert.Evidence{Name: "exit", Value: fmt.Sprintf("%s sent %s to %s", x.from.Hex(), x.value, x.dest)})
		}
		hop := ""
		if w.hops > 0 {
			hop = fmt.Sprintf(" (%d hop(s) from exploiter %s)", w.hops, w.origin.Hex())
		}
		out = append(out, alert.Alert{
			Monitor:    w.monitor,
			TxHash:     tx.Hash(),
			TxIndex:    i,
			From:       sender,
			Severity:   alert.SeverityCritical,
			Confidence: 0.95,
			Title:      fmt.Sprintf("Laundering: %s moved value to %s after an exploit%s", first.from.Hex(), first.dest, hop),
			Summary:    "An account flagged for exploitation (or one it paid) is moving value into a mixer, to a sanctioned address or across a bridge. Contact the destination (bridge, exchange) now: this is the last point where funds can still be frozen.",
			Labels:     map[string]string{"kind": "correlated_attack", "stage": "laundering", "exploiter": w.origin.Hex()},
			Evidence:   ev,
			Key:        "laundering",
		})
	}
	return out
}
