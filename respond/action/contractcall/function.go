package contractcall

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// ParseFunction reads a step's function reference: a signature such as
// "blacklist(address)" or "balanceOf(address account) returns (uint256)"
// (parameter names optional), or a bare method name looked up in the
// contract's ABI. A signature needs no ABI; when the ABI has the same
// function, its parameter names and return types come along.
//
// Only elementary types and arrays of them are supported: tuples need
// structured arguments no playbook should have to write.
func ParseFunction(spec string, contract *abi.ABI) (*abi.Method, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, fmt.Errorf("is empty; want a signature like pause() or blacklist(address)")
	}
	if !strings.Contains(spec, "(") {
		return methodByName(spec, contract)
	}
	sig, returns, closed := strings.Cut(spec, ")")
	if !closed {
		return nil, fmt.Errorf("%q: the parameter list is not closed with \")\"", spec)
	}
	name, params, _ := strings.Cut(sig, "(")
	name = strings.TrimSpace(name)
	if !identifier.MatchString(name) {
		return nil, fmt.Errorf("%q: %q is not a function name", spec, name)
	}
	inputs, err := parseParams(params)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", spec, err)
	}
	var outputs abi.Arguments
	if returns = strings.TrimSpace(returns); returns != "" {
		rest, ok := strings.CutPrefix(returns, "returns")
		rest = strings.TrimSpace(rest)
		if !ok || !strings.HasPrefix(rest, "(") || !strings.HasSuffix(rest, ")") {
			return nil, fmt.Errorf("%q: want \"returns (type)\" after the parameters, got %q", spec, returns)
		}
		if outputs, err = parseParams(rest[1 : len(rest)-1]); err != nil {
			return nil, fmt.Errorf("%q: returns: %w", spec, err)
		}
	}
	m := abi.NewMethod(name, name, abi.Function, "nonpayable", false, false, inputs, outputs)
	if contract != nil {
		for _, known := range contract.Methods {
			if known.Sig == m.Sig {
				if len(outputs) == 0 {
					outputs = known.Outputs
				}
				m = abi.NewMethod(name, name, abi.Function, known.StateMutability, known.Constant, known.Payable, known.Inputs, outputs)
				break
			}
		}
	}
	return &m, nil
}

func methodByName(name string, contract *abi.ABI) (*abi.Method, error) {
	if !identifier.MatchString(name) {
		return nil, fmt.Errorf("%q is neither a signature like pause() nor a method name", name)
	}
	if contract == nil {
		return nil, fmt.Errorf("%q: the contract has no ABI configured, so give the signature, e.g. %s(address)", name, name)
	}
	var found []abi.Method
	for _, m := range contract.Methods {
		if m.RawName == name {
			found = append(found, m)
		}
	}
	switch len(found) {
	case 0:
		names := make([]string, 0, len(contract.Methods))
		for _, m := range contract.Methods {
			names = append(names, m.RawName)
		}
		slices.Sort(names)
		return nil, fmt.Errorf("%q is not a function of the contract's ABI (it has: %s)", name, strings.Join(slices.Compact(names), ", "))
	case 1:
		return &found[0], nil
	}
	sigs := make([]string, len(found))
	for i, m := range found {
		sigs[i] = m.Sig
	}
	slices.Sort(sigs)
	return nil, fmt.Errorf("%q is overloaded in the contract's ABI; give the signature: one of %s", name, strings.Join(sigs, ", "))
}

// parseParams reads "type [name], ..." into arguments.
func parseParams(list string) (abi.Arguments, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var out abi.Arguments
	for i, p := range strings.Split(list, ",") {
		fields := strings.Fields(p)
		if len(fields) == 0 || len(fields) > 2 {
			return nil, fmt.Errorf("parameter %d: %q is not \"type\" or \"type name\"", i, strings.TrimSpace(p))
		}
		typ := canonicalType(fields[0])
		if strings.Contains(typ, "(") || strings.Contains(typ, "tuple") {
			return nil, fmt.Errorf("parameter %d: tuple types are not supported", i)
		}
		t, err := abi.NewType(typ, "", nil)
		if err != nil {
			return nil, fmt.Errorf("parameter %d: %q is not a Solidity type", i, fields[0])
		}
		arg := abi.Argument{Type: t}
		if len(fields) == 2 {
			arg.Name = fields[1]
		}
		out = append(out, arg)
	}
	return out, nil
}

// canonicalType expands Solidity's aliases, which the selector must not
// contain: "uint" is hashed as "uint256".
func canonicalType(t string) string {
	base, suffix := t, ""
	if i := strings.Index(t, "["); i >= 0 {
		base, suffix = t[:i], t[i:]
	}
	switch base {
	case "uint":
		base = "uint256"
	case "int":
		base = "int256"
	}
	return base + suffix
}
