package baseline

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Selectors are kept as uint64 so that pseudo-selectors can sit next to
// the real 4-byte ones without colliding with any of them.
const (
	// selNone is a call without calldata (receive/fallback).
	selNone uint64 = 1 << 32
	// selIndirect is a transaction that reached the contract through
	// another contract when no trace says which function it called.
	selIndirect uint64 = 1 << 33
	// selShort is calldata shorter than a selector (fallback).
	selShort uint64 = 1 << 34
)

func isPseudo(sel uint64) bool { return sel > 0xffffffff }

func selectorOf(input []byte) uint64 {
	switch {
	case len(input) == 0:
		return selNone
	case len(input) < 4:
		return selShort
	}
	return uint64(input[0])<<24 | uint64(input[1])<<16 | uint64(input[2])<<8 | uint64(input[3])
}

func selectorName(sel uint64) string {
	switch sel {
	case selNone:
		return "(no calldata)"
	case selIndirect:
		return "(indirect)"
	case selShort:
		return "(short calldata)"
	}
	return fmt.Sprintf("0x%08x", sel)
}

// maxSelectorCallers is how many distinct callers a selector remembers:
// enough to tell "only the admin ever calls this" from "anyone does".
const maxSelectorCallers = 32

// selectorStats is what a contract has seen of one function.
type selectorStats struct {
	Count   uint64           `json:"count"`
	Callers []common.Address `json:"callers,omitempty"`
	// Many is set once more than maxSelectorCallers distinct callers
	// were seen; Callers then holds only the first ones.
	Many       bool   `json:"many,omitempty"`
	FirstBlock uint64 `json:"first_block"`
}

func (s *selectorStats) distinct() int {
	if s.Many {
		return maxSelectorCallers + 1
	}
	return len(s.Callers)
}

func (s *selectorStats) calledBy(a common.Address) bool { return slices.Contains(s.Callers, a) }

func (s *selectorStats) add(caller common.Address) {
	s.Count++
	if s.Many || s.calledBy(caller) {
		return
	}
	if len(s.Callers) < maxSelectorCallers {
		s.Callers = append(s.Callers, caller)
		return
	}
	s.Many = true
}

// callerSet remembers a contract's callers and how often each called, in
// two generations: when the current one reaches half the budget it becomes
// the old one and the previous old one is forgotten. A caller seen in
// either generation is known (and moves to the current one), so memory is
// bounded while recently active callers are never forgotten.
type callerSet struct {
	cur, old map[common.Address]uint32
	half     int
}

func newCallerSet(limit int) *callerSet {
	return &callerSet{cur: map[common.Address]uint32{}, old: map[common.Address]uint32{}, half: max(1, limit/2)}
}

// count is how many calls the caller has made (0 = new).
func (c *callerSet) count(a common.Address) uint32 {
	if n, ok := c.cur[a]; ok {
		return n
	}
	return c.old[a]
}

func (c *callerSet) add(a common.Address) {
	n, ok := c.cur[a]
	if !ok {
		if o, inOld := c.old[a]; inOld {
			n = o
			delete(c.old, a)
		}
		if len(c.cur) >= c.half {
			c.old, c.cur = c.cur, make(map[common.Address]uint32, c.half)
		}
	}
	if n < ^uint32(0) {
		n++
	}
	c.cur[a] = n
}

func (c *callerSet) len() int { return len(c.cur) + len(c.old) }
