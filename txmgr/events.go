package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/chain"
)

// EventKind names what happened to a send.
type EventKind string

const (
	EventBroadcast  EventKind = "broadcast"   // the node accepted an attempt
	EventResumed    EventKind = "resumed"     // a stored send from an earlier run is taken up again
	EventReplaced   EventKind = "replaced"    // a higher-priced attempt replaced the last one
	EventRefused    EventKind = "refused"     // the node refused an attempt
	EventCapReached EventKind = "cap_reached" // MaxFeeCap stops further bumps
	EventDropped    EventKind = "dropped"     // the node had forgotten an accepted attempt; re-broadcast
	EventNonceTaken EventKind = "nonce_taken" // another transaction used our nonce; a new series starts
	EventMined      EventKind = "mined"       // a receipt exists
	EventReorged    EventKind = "reorged"     // the receipt's block left the canonical chain
	EventConfirmed  EventKind = "confirmed"   // the receipt is as deep as asked
)

// Event is one step of a send, worded for an incident timeline.
type Event struct {
	Kind    EventKind
	Key     string
	Message string
	Attempt int // 1-based number of the attempt concerned, 0 = none
	Hash    common.Hash
	Nonce   uint64
	Err     error // the refusal, for EventRefused
	At      time.Time
}

// gwei formats wei as gwei, e.g. "1.5 gwei".
func gwei(v *big.Int) string { return chain.FormatUnits(v, 9) + " gwei" }

// ether formats wei as ether, e.g. "0.000001 ETH".
func ether(v *big.Int) string { return chain.FormatUnits(v, 18) + " ETH" }

// percentUp says by how much b exceeds a, e.g. "+12.5%".
func percentUp(a, b *big.Int) string {
	if a == nil || a.Sign() == 0 {
		return "from 0"
	}
	d := new(big.Float).Quo(new(big.Float).SetInt(new(big.Int).Sub(b, a)), new(big.Float).SetInt(a))
	pct, _ := d.Float64()
	return fmt.Sprintf("+%.1f%%", pct*100)
}

type eventsKey struct{}

// WithEvents returns a context whose sends report their events to fn when
// the Request sets no OnEvent of its own. The responder uses it to put
// replacements, refusals and drops on the incident's timeline without every
// action having to pass a callback through.
func WithEvents(ctx context.Context, fn func(Event)) context.Context {
	return context.WithValue(ctx, eventsKey{}, fn)
}

func eventsFrom(ctx context.Context) func(Event) {
	fn, _ := ctx.Value(eventsKey{}).(func(Event))
	return fn
}
