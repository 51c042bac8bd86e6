package detect

import (
	"fmt"
	"sync"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
)

// gate applies a detector instance's min_confidence and throttle to what it
// found in a block. Detector failures always pass: a silent detector must
// never be hidden by its own noise settings.
type gate struct {
	minConfidence float64
	throttle      *config.Throttle

	mu          sync.Mutex
	windowStart uint64
	count       int
	noticed     bool // the window's suppression notice went out
}

func newGate(dc *config.Detector) *gate {
	return &gate{minConfidence: dc.MinConfidence, throttle: dc.Throttle}
}

// admit returns the alerts that get through, plus a notice in place of the
// first alert a throttle suppresses in a window. notice builds that alert
// from the strongest suppressed one.
func (g *gate) admit(b *chain.Bundle, found []alert.Alert, notice func(suppressed alert.Alert, until uint64) alert.Alert) []alert.Alert {
	if g.minConfidence == 0 && g.throttle == nil {
		return found
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	out := found[:0] // filtered in place
	var strongest alert.Alert
	suppressed := false
	for i := range found {
		a := found[i]
		if a.Labels["kind"] == "detector_failed" {
			out = append(out, a)
			continue
		}
		if a.Confidence < g.minConfidence {
			continue
		}
		if t := g.throttle; t != nil {
			if b.Number() >= g.windowStart+t.Blocks || b.Number() < g.windowStart {
				g.windowStart, g.count, g.noticed = b.Number(), 0, false
			}
			if g.count >= t.Max {
				// A copy: out reuses found's storage.
				if !suppressed || a.Severity > strongest.Severity {
					strongest, suppressed = a, true
				}
				continue
			}
			g.count++
		}
		out = append(out, a)
	}
	if suppressed && !g.noticed {
		g.noticed = true
		out = append(out, notice(strongest, g.windowStart+g.throttle.Blocks))
	}
	return out
}

// throttleNotice is the alert that stands for suppressed ones. It keeps
// the strongest suppressed alert's severity, so throttling can delay
// detail but never hide that something serious is going on.
func throttleNotice(s alert.Alert, until uint64, max int) alert.Alert {
	return alert.Alert{
		TxHash:     s.TxHash,
		TxIndex:    s.TxIndex,
		From:       s.From,
		Severity:   s.Severity,
		Confidence: s.Confidence,
		Title:      fmt.Sprintf("Detector throttled: more than %d alerts in the window; further alerts suppressed until block %d", max, until),
		Summary:    "This detector hit its throttle. The first suppressed alert was: " + s.Title,
		Labels:     map[string]string{"kind": "throttled"},
		Key:        fmt.Sprintf("throttled-%d", until),
	}
}
