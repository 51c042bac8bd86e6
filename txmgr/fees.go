package txmgr

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Fee defaults.
var (
	// DefaultEmergencyTip is the priority fee floor of an emergency send:
	// far above ordinary traffic, so a pause is ordered before the
	// attacker's next transaction, yet only ~0.0025 ETH for a 50k-gas call.
	DefaultEmergencyTip = big.NewInt(50 * params.GWei)
	// DefaultMaxFeeCap bounds what replacements may climb to. Chains with
	// base fees near it need a higher cap.
	DefaultMaxFeeCap = big.NewInt(1000 * params.GWei)
	// fallbackTip is used when the node suggests no tip at all: a chain
	// that suggests nothing still orders by tip.
	fallbackTip = big.NewInt(2 * params.GWei)
)

// price is the fee pair of one attempt.
type price struct {
	tip, feeCap *big.Int
	// capped: MaxFeeCap lowered the fee cap below what was wanted.
	capped bool
}

// firstPrice prices a new series: TipMultiplier × the node's suggested
// tip (at least EmergencyTip for emergencies), and a fee cap of twice the
// base fee plus the tip, which survives about six full blocks of base-fee
// growth.
func (m *Manager) firstPrice(ctx context.Context, head *types.Header, emergency bool) (price, error) {
	tip, err := m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return price{}, fmt.Errorf("suggest tip: %w", err)
	}
	tip = new(big.Int).Mul(tip, big.NewInt(max(1, m.TipMultiplier)))
	if tip.Sign() == 0 {
		tip = new(big.Int).Set(fallbackTip)
	}
	if emergency && m.EmergencyTip != nil && tip.Cmp(m.EmergencyTip) < 0 {
		tip = new(big.Int).Set(m.EmergencyTip)
	}
	p := price{tip: tip, feeCap: new(big.Int).Add(doubleBaseFee(head), tip)}
	if m.priceFirst != nil {
		p.tip, p.feeCap = m.priceFirst(p.tip, p.feeCap)
	}
	return m.limit(p), nil
}

// limit applies MaxFeeCap (and keeps the tip within the fee cap, which
// the node requires).
func (m *Manager) limit(p price) price {
	if m.MaxFeeCap != nil && p.feeCap.Cmp(m.MaxFeeCap) > 0 {
		p.feeCap, p.capped = new(big.Int).Set(m.MaxFeeCap), true
	}
	if p.tip.Cmp(p.feeCap) > 0 {
		p.tip = new(big.Int).Set(p.feeCap)
	}
	return p
}

// bumpPrice prices a replacement of prev: both fees up by 12.5% (geth
// demands 10% on each; the margin covers integer rounding), the tip at
// least the emergency floor and the fee cap at least twice the current
// base fee plus the tip. ok is false when MaxFeeCap leaves no room for a
// replacement the node would accept.
func (m *Manager) bumpPrice(prev Attempt, head *types.Header, emergency bool) (p price, ok bool) {
	tip := raise(prev.TipCap)
	if emergency && m.EmergencyTip != nil && tip.Cmp(m.EmergencyTip) < 0 {
		tip = new(big.Int).Set(m.EmergencyTip)
	}
	feeCap := raise(prev.FeeCap)
	if floor := new(big.Int).Add(doubleBaseFee(head), tip); feeCap.Cmp(floor) < 0 {
		feeCap = floor
	}
	p = m.limit(price{tip: tip, feeCap: feeCap})
	return p, replaces(prev, p)
}

// raise returns v + 12.5%, rounded up, and at least v + 1.
func raise(v *big.Int) *big.Int {
	if v == nil {
		return big.NewInt(1)
	}
	r := new(big.Int).Mul(v, big.NewInt(9))
	r.Add(r, big.NewInt(7))
	r.Div(r, big.NewInt(8))
	if r.Cmp(v) <= 0 {
		r.Add(v, big.NewInt(1))
	}
	return r
}

// replaces reports whether geth's pool would let p replace prev: both fees
// strictly higher and at least 110% of the old ones.
func replaces(prev Attempt, p price) bool {
	enough := func(old, nw *big.Int) bool {
		if old == nil {
			return true
		}
		threshold := new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(110)), big.NewInt(100))
		return nw.Cmp(old) > 0 && nw.Cmp(threshold) >= 0
	}
	return enough(prev.TipCap, p.tip) && enough(prev.FeeCap, p.feeCap)
}

func doubleBaseFee(head *types.Header) *big.Int {
	if head == nil || head.BaseFee == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(head.BaseFee, big.NewInt(2))
}
