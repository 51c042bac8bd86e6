package detect

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/labels"
)

// Correlation turns several weak signals into one strong one, the way
// Forta's attack detector does: no single heuristic is sure, but a flash
// loan, a price swing and an outflow in the same transaction, or a
// mixer-funded deployment followed by an exploit from the same account,
// almost never happen by chance.
//
// It runs after every detector has seen a block and adds alerts of kind
// "correlated_attack" (detector "correlation"); it never changes or drops
// the alerts it combines, so each signal stays visible on its own.
//
// Rules:
//   - Same transaction: signals from at least two distinct detector kinds
//     (info severity and detector failures do not count) combine their
//     confidences as independent evidence, 1 - prod(1 - c_k) with c_k the
//     highest confidence of kind k. A combined confidence >= 0.8 gives a
//     high alert; if one of the signals is itself high or critical, the
//     combined alert is critical.
//   - Same attacker across blocks: when the sender of an exploitation-stage
//     signal (any kind but the preparation kinds below) of at least medium
//     severity was, within the last trailBlocks blocks, the subject of a
//     preparation-stage signal (funding from a mixer, contract deployment by
//     a tainted account, failed probing), a high alert names both stages.
//   - Laundering (launder.go): the sender of a strong exploitation signal
//     (high or critical, or a correlation above) is watched; value it (or
//     an account it pays) moves into a mixer, to a sanctioned address or
//     over a bridge gives a critical alert.
type correlator struct {
	mu     sync.Mutex
	trails map[common.Address]*trail
	order  []common.Address // insertion order, for bounded eviction

	book       *labels.Set
	watchedBy  map[common.Address]*watched
	watchOrder []common.Address
}

// trail is what an account has done that looked like preparation.
type trail struct {
	block  uint64
	kinds  []string
	titles []string
}

const (
	// trailBlocks is how long preparation is remembered: about a day of
	// Ethereum blocks. Attackers usually strike within hours of deploying.
	trailBlocks = 7200
	// maxTrails bounds memory; the oldest trails go first.
	maxTrails = 50_000
	// combinedHigh is the combined confidence that makes a high alert.
	combinedHigh = 0.8
)

// preparationKinds are alert kinds that describe getting ready rather than
// taking value.
var preparationKinds = map[string]bool{
	"mixer_funded_deployment": true,
	"failed_probing":          true,
}

func newCorrelator() *correlator {
	return &correlator{trails: map[common.Address]*trail{}, book: labels.Default(), watchedBy: map[common.Address]*watched{}}
}

func kindOf(a *alert.Alert) string {
	if k := a.Labels["kind"]; k != "" {
		return k
	}
	return a.Detector
}

// correlate returns the extra alerts for one block's alerts.
func (c *correlator) correlate(b *chain.Bundle, alerts []alert.Alert) []alert.Alert {
	type group struct {
		monitor string
		txIndex int
		from    common.Address
		best    map[string]*alert.Alert // kind -> strongest signal
	}
	groups := map[common.Hash]*group{}
	var order []common.Hash
	for i := range alerts {
		a := &alerts[i]
		kind := kindOf(a)
		if a.TxHash == (common.Hash{}) || a.Severity <= alert.SeverityInfo || kind == "detector_failed" || kind == "correlated_attack" || kind == "throttled" {
			continue
		}
		// Independent evidence means distinct detectors: two findings of
		// one detector in a transaction are one signal.
		k := a.Detector
		g := groups[a.TxHash]
		if g == nil {
			g = &group{monitor: a.Monitor, txIndex: a.TxIndex, from: a.From, best: map[string]*alert.Alert{}}
			groups[a.TxHash] = g
			order = append(order, a.TxHash)
		}
		if cur := g.best[k]; cur == nil || a.Confidence > cur.Confidence || (a.Confidence == cur.Confidence && a.Severity > cur.Severity) {
			g.best[k] = a
		}
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	var out []alert.Alert
	for _, h := range order {
		g := groups[h]
		kinds := make([]string, 0, len(g.best))
		for k := range g.best {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var prep, exploit []string
		strong := ""
		for _, k := range kinds {
			if preparationKinds[kindOf(g.best[k])] {
				prep = append(prep, k)
			} else if g.best[k].Severity >= alert.SeverityMedium {
				exploit = append(exploit, k)
				if g.best[k].Severity >= alert.SeverityHigh && strong == "" {
					strong = g.best[k].Title
				}
			}
		}

		if len(kinds) >= 2 {
			miss := 1.0
			maxSev := alert.SeverityUnknown
			var ev []alert.Evidence
			for _, k := range kinds {
				s := g.best[k]
				miss *= 1 - clamp01(s.Confidence)
				maxSev = max(maxSev, s.Severity)
				ev = append(ev, alert.Evidence{Name: k, Value: fmt.Sprintf("%s (%s, confidence %.2f)", s.Title, s.Severity, s.Confidence)})
			}
			conf := 1 - miss
			if conf >= combinedHigh {
				strong = fmt.Sprintf("correlated signals %s", strings.Join(kinds, ", "))
				sev := alert.SeverityHigh
				if maxSev >= alert.SeverityHigh {
					sev = alert.SeverityCritical
				}
				out = append(out, alert.Alert{
					Monitor:    g.monitor,
					TxHash:     h,
					TxIndex:    g.txIndex,
					From:       g.from,
					Severity:   sev,
					Confidence: conf,
					Title:      fmt.Sprintf("Correlated attack signals in one transaction: %s", strings.Join(kinds, ", ")),
					Summary:    "Independent detectors flagged the same transaction; together they are much stronger evidence of an attack than any one of them.",
					Labels:     map[string]string{"kind": "correlated_attack", "signals": strings.Join(kinds, ",")},
					Evidence:   ev,
					Key:        "tx",
				})
			}
		}

		if g.from == (common.Address{}) {
			continue
		}
		if t := c.trails[g.from]; t != nil && len(exploit) > 0 && b.Number()-t.block <= trailBlocks {
			ev := []alert.Evidence{{Name: "preparation", Value: strings.Join(t.titles, "; ")}, {Name: "preparation_block", Value: fmt.Sprint(t.block)}}
			for _, k := range exploit {
				ev = append(ev, alert.Evidence{Name: k, Value: g.best[k].Title})
			}
			conf := 0.9
			if strong == "" {
				strong = "multi-stage attack"
			}
			out = append(out, alert.Alert{
				Monitor:    g.monitor,
				TxHash:     h,
				TxIndex:    g.txIndex,
				From:       g.from,
				Severity:   alert.SeverityHigh,
				Confidence: conf,
				Title:      fmt.Sprintf("Multi-stage attack: %s prepared (%s) and now %s", g.from.Hex(), strings.Join(t.kinds, ", "), strings.Join(exploit, ", ")),
				Summary:    "The sender was flagged while preparing (funding, deployment or probing) and is now the subject of exploitation signals.",
				Labels:     map[string]string{"kind": "correlated_attack", "signals": strings.Join(append(slices.Clone(t.kinds), exploit...), ","), "stage": "exploitation"},
				Evidence:   ev,
				Key:        "trail",
			})
		}
		if len(prep) > 0 {
			c.remember(g.from, b.Number(), prep, g.best)
		}
		if strong != "" {
			c.watch(g.from, watched{block: b.Number(), txIndex: g.txIndex, monitor: g.monitor, origin: g.from, title: strong})
		}
	}
	return append(out, c.laundering(b)...)
}

func (c *correlator) remember(who common.Address, block uint64, kinds []string, best map[string]*alert.Alert) {
	t := c.trails[who]
	if t == nil {
		if len(c.order) >= maxTrails {
			delete(c.trails, c.order[0])
			c.order = c.order[1:]
		}
		t = &trail{}
		c.trails[who] = t
		c.order = append(c.order, who)
	}
	t.block = block
	for _, k := range kinds {
		if !slices.Contains(t.kinds, k) {
			t.kinds = append(t.kinds, k)
			t.titles = append(t.titles, best[k].Title)
		}
	}
}

func clamp01(f float64) float64 {
	switch {
	case f < 0:
		return 0
	case f > 1:
		return 1
	}
	return f
}
