// Package labels knows who well-known addresses are: mixers, sanctioned
// accounts, exchanges, bridges, MEV bots. Detectors use it to mark funds
// coming out of a mixer or a sanctioned account; reports use it to name the
// addresses they show.
//
// The data is embedded (see data/README.md for its provenance and licences):
// the OFAC list of sanctioned Ethereum addresses and a subset of an
// Etherscan label snapshot, both mainnet addresses.
package labels

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

//go:generate go run ./internal/gen -src ../../shared/data/labels/etherscan-labels-mainnet.json -out data/etherscan-labels-subset.json

//go:embed data/etherscan-labels-subset.json
var etherscanJSON []byte

//go:embed data/ofac-sanctioned-eth.txt
var ofacTXT []byte

// Tags this package gives meaning to.
const (
	// TagSanctioned marks an address on the OFAC list (or tagged
	// ofac-sanctions-lists by Etherscan).
	TagSanctioned = "sanctioned"
	// TagMixer marks a mixer that breaks the link between deposits and
	// withdrawals (Tornado Cash pools, routers and proxies).
	TagMixer = "mixer"
	// TagTornadoCash is Etherscan's tag for every Tornado Cash contract,
	// including its token and governance (which are not mixers).
	TagTornadoCash = "tornado-cash"
)

// Label is what is known about one address.
type Label struct {
	Name string   // e.g. "Tornado.Cash: 0.1 ETH"; may be empty
	Tags []string // sorted, e.g. ["mixer", "ofac-sanctions-lists", "sanctioned", "tornado-cash"]
}

// Has reports whether the label carries tag.
func (l Label) Has(tag string) bool { return slices.Contains(l.Tags, tag) }

// Set is an immutable address book. Its methods are safe for concurrent use.
type Set struct {
	m map[common.Address]Label
}

// Lookup returns the label of addr.
func (s *Set) Lookup(addr common.Address) (Label, bool) {
	l, ok := s.m[addr]
	return l, ok
}

// IsSanctioned reports whether addr is on the OFAC list (or tagged so).
func (s *Set) IsSanctioned(addr common.Address) bool { return s.m[addr].Has(TagSanctioned) }

// IsMixer reports whether addr is a mixer contract.
func (s *Set) IsMixer(addr common.Address) bool { return s.m[addr].Has(TagMixer) }

// Len is the number of labelled addresses.
func (s *Set) Len() int { return len(s.m) }

var (
	defaultOnce sync.Once
	defaultSet  *Set
)

// Default returns the embedded label set, parsed once.
func Default() *Set {
	defaultOnce.Do(func() {
		s, err := Parse(etherscanJSON, ofacTXT)
		if err != nil {
			// The data is compiled in and covered by a test: a parse
			// error is a build defect, not a runtime condition.
			panic(fmt.Sprintf("labels: embedded data: %v", err))
		}
		defaultSet = s
	})
	return defaultSet
}

// Parse builds a set from an Etherscan-style JSON object ({address: {name,
// labels}}) and a list of sanctioned addresses, one per line (# comments
// and blank lines allowed). Addresses are case-insensitive; entries that
// differ only in case are merged.
//
// Derived tags: "sanctioned" for addresses on the list or tagged
// ofac-sanctions-lists; "mixer" for anything tagged ethereum-mixer and for
// Tornado Cash contracts that Etherscan also tags ofac-sanctions-lists (the
// pools, router and proxies). Tornado's token, governance and vesting
// contracts carry the tornado-cash tag too but hold no mixed funds; the
// token is on the OFAC list, so it is sanctioned but not a mixer.
func Parse(etherscan, sanctioned []byte) (*Set, error) {
	var raw map[string]struct {
		Name   string   `json:"name"`
		Labels []string `json:"labels"`
	}
	if len(etherscan) > 0 {
		if err := json.Unmarshal(etherscan, &raw); err != nil {
			return nil, fmt.Errorf("etherscan labels: %w", err)
		}
	}
	m := make(map[common.Address]Label, len(raw)+200)
	for k, e := range raw {
		if !common.IsHexAddress(k) {
			return nil, fmt.Errorf("etherscan labels: key %q is not an address", k)
		}
		a := common.HexToAddress(k)
		l := m[a]
		if l.Name == "" {
			l.Name = e.Name
		}
		l.Tags = append(l.Tags, e.Labels...)
		m[a] = l
	}
	sc := bufio.NewScanner(bytes.NewReader(sanctioned))
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !common.IsHexAddress(t) {
			return nil, fmt.Errorf("sanctioned list line %d: %q is not an address", line, t)
		}
		a := common.HexToAddress(t)
		l := m[a]
		l.Tags = append(l.Tags, TagSanctioned)
		m[a] = l
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sanctioned list: %w", err)
	}
	for a, l := range m {
		if l.Has("ofac-sanctions-lists") {
			l.Tags = append(l.Tags, TagSanctioned)
		}
		if l.Has("ethereum-mixer") || (l.Has(TagTornadoCash) && l.Has("ofac-sanctions-lists")) {
			l.Tags = append(l.Tags, TagMixer)
		}
		slices.Sort(l.Tags)
		l.Tags = slices.Compact(l.Tags)
		m[a] = l
	}
	return &Set{m: m}, nil
}

// With returns a copy of s with extra labels added (merged into existing
// ones), e.g. a private deployment's own mixer addresses.
func (s *Set) With(extra map[common.Address]Label) *Set {
	m := make(map[common.Address]Label, len(s.m)+len(extra))
	for a, l := range s.m {
		m[a] = l
	}
	for a, e := range extra {
		l := m[a]
		if l.Name == "" {
			l.Name = e.Name
		}
		l.Tags = append(slices.Clone(l.Tags), e.Tags...)
		slices.Sort(l.Tags)
		l.Tags = slices.Compact(l.Tags)
		m[a] = l
	}
	return &Set{m: m}
}
