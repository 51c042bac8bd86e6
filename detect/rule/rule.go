// Package rule is the `rule` detector kind: declarative conditions, written
// in CEL, over a monitor's transactions, decoded function calls (top-level
// and, from call traces, internal), decoded events and contract state read
// every block. Rules are type-checked against the contracts' ABIs when the
// config is checked, so `event.args.amout` or `tx.value > "1"` is a config
// error, not a silent miss at 3 a.m. The language is documented in
// docs/rules.md.
package rule

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

// Kind is the detector kind name in config files.
const Kind = "rule"

// Params configure one rule. See docs/rules.md.
type Params struct {
	// Match is what the condition is evaluated on: "tx" (each
	// transaction), "call" (each decoded call of Function on Contract),
	// "event" (each decoded Event log of Contract) or "block" (once per
	// block, for invariants over State).
	Match string `yaml:"match"`
	// Contract is the name of one of the monitor's contracts: required for
	// call and event (its ABI decodes them), optional for tx (only
	// transactions sent to it).
	Contract string `yaml:"contract"`
	// Event is the event's name, or its signature when the name is
	// overloaded ("Transfer(address,address,uint256)").
	Event string `yaml:"event"`
	// Function is the function's name, or its signature when overloaded.
	Function string `yaml:"function"`
	// Internal also matches calls made by other contracts, found in the
	// transaction's call trace (the node must support debug tracing).
	Internal bool `yaml:"internal"`
	// Condition is a CEL expression that must be a bool. Required for tx
	// and block; for call and event an empty condition matches every one.
	Condition string `yaml:"condition"`
	// State declares view calls made at this block and at its parent,
	// usable as state.NAME.now and state.NAME.prev.
	State map[string]StateVar `yaml:"state"`
	// Title and Summary are templates: {{name}} is a decoded argument (or
	// a state variable's current value), anything else in {{...}} is a CEL
	// expression.
	Title   string `yaml:"title"`
	Summary string `yaml:"summary"`
	// Confidence of the alerts, in (0, 1]; default 0.7.
	Confidence *float64 `yaml:"confidence"`
	// Value is a CEL expression (a bigint) for the amount at stake, which
	// feeds loss estimates; Token is the contract name or address of the
	// token it is counted in.
	Value string `yaml:"value"`
	Token string `yaml:"token"`
}

// StateVar is a view call on one of the monitor's contracts.
type StateVar struct {
	Contract string `yaml:"contract"`
	// Call is the function's name or signature, e.g. "totalSupply()".
	Call string `yaml:"call"`
	// Args are the call's arguments as strings: integers in decimal or
	// 0x-hex, addresses (or names of the monitor's contracts), bools,
	// fixed bytes in 0x-hex.
	Args []string `yaml:"args"`
}

// DefaultConfidence is a rule alert's confidence unless configured: a rule
// is a precise statement about the protocol, but its author's thresholds
// are a guess.
const DefaultConfidence = 0.7

// Factory returns the rule detector kind for a detect.Registry.
func Factory() detect.Factory {
	return detect.Factory{Kind: Kind, Check: check, New: newDetector}
}

// contractInfo is a monitor's contract as both config.Monitor and
// detect.Monitor can describe it.
type contractInfo struct {
	Name    string
	Address common.Address
	ABI     *abi.ABI
}

func contractsOfConfig(mon *config.Monitor) []contractInfo {
	if mon == nil {
		return nil
	}
	out := make([]contractInfo, 0, len(mon.Contracts))
	for _, c := range mon.Contracts {
		ci := contractInfo{Name: c.Name, Address: common.HexToAddress(c.Address), ABI: c.ParsedABI}
		if ci.ABI == nil && c.ABI != "" {
			// Checked without Validate having resolved it (a bad ABI
			// is reported on the contract itself by Validate).
			ci.ABI, _ = config.ResolveABI("", c.ABI)
		}
		out = append(out, ci)
	}
	return out
}

func contractsOfMonitor(mon *detect.Monitor) []contractInfo {
	if mon == nil {
		return nil
	}
	out := make([]contractInfo, 0, len(mon.Contracts))
	for addr, name := range mon.Contracts {
		out = append(out, contractInfo{Name: name, Address: addr, ABI: mon.ABIs[addr]})
	}
	slices.SortFunc(out, func(a, b contractInfo) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func decodeParams(node *yaml.Node) (Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return p, err
	}
	return p, nil
}

func check(mon *config.Monitor, node *yaml.Node) error {
	p, err := decodeParams(node)
	if err != nil {
		return err
	}
	_, err = compile(p, contractsOfConfig(mon))
	return err
}

func newDetector(spec detect.Spec, mon *detect.Monitor, deps detect.Deps) (detect.Detector, error) {
	p, err := decodeParams(spec.Params)
	if err != nil {
		return nil, err
	}
	prog, err := compile(p, contractsOfMonitor(mon))
	if err != nil {
		return nil, err
	}
	if len(prog.state) > 0 && deps.State == nil {
		return nil, errors.New("state variables need chain state access, which was not provided")
	}
	var traceAddrs []common.Address
	if prog.match == matchCall && p.Internal {
		for addr := range mon.Contracts {
			traceAddrs = append(traceAddrs, addr)
		}
		slices.SortFunc(traceAddrs, func(a, b common.Address) int { return a.Cmp(b) })
	}
	return &detector{prog: prog, spec: spec, mon: mon, state: deps.State, logger: deps.Logger, traceAddrs: traceAddrs}, nil
}

// resolveEvent finds an event by name or signature.
func resolveEvent(a *abi.ABI, want string) (*abi.Event, error) {
	want = strings.ReplaceAll(want, " ", "")
	var found []*abi.Event
	names := make([]string, 0, len(a.Events))
	for _, ev := range a.Events {
		names = append(names, ev.Sig)
		if ev.Sig == want || (!strings.Contains(want, "(") && ev.RawName == want) {
			found = append(found, &ev)
		}
	}
	sort.Strings(names)
	switch {
	case len(found) == 1:
		if found[0].Anonymous {
			return nil, fmt.Errorf("%q is anonymous: its logs carry no signature topic to recognise them by", want)
		}
		return found[0], nil
	case len(found) > 1:
		sigs := make([]string, len(found))
		for i, ev := range found {
			sigs[i] = ev.Sig
		}
		sort.Strings(sigs)
		return nil, fmt.Errorf("%q is overloaded; give the signature, one of %s", want, strings.Join(sigs, ", "))
	}
	return nil, fmt.Errorf("%q is not an event of the ABI (events: %s)", want, listOrNone(names))
}

// resolveMethod finds a function by name or signature.
func resolveMethod(a *abi.ABI, want string) (*abi.Method, error) {
	want = strings.ReplaceAll(want, " ", "")
	var found []*abi.Method
	names := make([]string, 0, len(a.Methods))
	for _, m := range a.Methods {
		names = append(names, m.Sig)
		if m.Sig == want || (!strings.Contains(want, "(") && m.RawName == want) {
			found = append(found, &m)
		}
	}
	sort.Strings(names)
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		sigs := make([]string, len(found))
		for i, m := range found {
			sigs[i] = m.Sig
		}
		sort.Strings(sigs)
		return nil, fmt.Errorf("%q is overloaded; give the signature, one of %s", want, strings.Join(sigs, ", "))
	}
	return nil, fmt.Errorf("%q is not a function of the ABI (functions: %s)", want, listOrNone(names))
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	const max = 12
	if len(s) > max {
		return strings.Join(s[:max], ", ") + fmt.Sprintf(", ... (%d more)", len(s)-max)
	}
	return strings.Join(s, ", ")
}
