package contractcall

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/template"
)

// CheckArgs validates a step's arguments against a function's parameters
// without an incident: their number, every literal against its type, and
// the names of placeholders (whose values only exist once an incident does).
func CheckArgs(inputs abi.Arguments, args []yaml.Node) error {
	if len(args) != len(inputs) {
		return fmt.Errorf("args: %d given, the function takes %d (%s)", len(args), len(inputs), typeList(inputs))
	}
	for i := range args {
		if _, err := convert(inputs[i].Type, &args[i], nil); err != nil {
			return fmt.Errorf("args[%d] (%s): %w", i, inputs[i].Type, err)
		}
	}
	return nil
}

// Values expands the placeholders of args from in and converts each to the
// Go value its parameter type packs from.
func Values(inputs abi.Arguments, args []yaml.Node, in *respond.Input) ([]any, error) {
	if len(args) != len(inputs) {
		return nil, fmt.Errorf("%d args given, the function takes %d (%s)", len(args), len(inputs), typeList(inputs))
	}
	out := make([]any, len(args))
	for i := range args {
		v, err := convert(inputs[i].Type, &args[i], in)
		if err != nil {
			return nil, fmt.Errorf("args[%d] (%s): %w", i, inputs[i].Type, err)
		}
		out[i] = v
	}
	return out, nil
}

// Literal converts one literal (no placeholders) to a value of type t.
func Literal(t abi.Type, s string) (any, error) {
	return scalar(t, s)
}

// Pack encodes a call of m with values.
func Pack(m *abi.Method, values ...any) ([]byte, error) {
	packed, err := m.Inputs.Pack(values...)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", m.Sig, err)
	}
	return append(append([]byte{}, m.ID...), packed...), nil
}

func typeList(args abi.Arguments) string {
	if len(args) == 0 {
		return "no arguments"
	}
	ts := make([]string, len(args))
	for i, a := range args {
		ts[i] = a.Type.String()
	}
	return strings.Join(ts, ", ")
}

// convert turns a YAML node into a value of type t. With in == nil it only
// checks: placeholders are checked by name and yield nil.
func convert(t abi.Type, node *yaml.Node, in *respond.Input) (any, error) {
	switch t.T {
	case abi.SliceTy, abi.ArrayTy:
		if node.Kind != yaml.SequenceNode {
			return nil, fmt.Errorf("want a list for %s", t)
		}
		if t.T == abi.ArrayTy && len(node.Content) != t.Size {
			return nil, fmt.Errorf("want %d elements, got %d", t.Size, len(node.Content))
		}
		var out reflect.Value
		if in != nil {
			if t.T == abi.SliceTy {
				out = reflect.MakeSlice(t.GetType(), len(node.Content), len(node.Content))
			} else {
				out = reflect.New(t.GetType()).Elem()
			}
		}
		for i, el := range node.Content {
			v, err := convert(*t.Elem, el, in)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			if in != nil {
				out.Index(i).Set(reflect.ValueOf(v))
			}
		}
		if in == nil {
			return nil, nil
		}
		return out.Interface(), nil
	case abi.TupleTy:
		return nil, fmt.Errorf("tuple arguments are not supported")
	}
	if node.Kind != yaml.ScalarNode {
		return nil, fmt.Errorf("want a single value for %s", t)
	}
	s := node.Value
	if template.Has(s) {
		if in == nil {
			return nil, template.Check(s)
		}
		expanded, err := template.Expand(s, in)
		if err != nil {
			return nil, err
		}
		s = expanded
	}
	v, err := scalar(t, s)
	if err != nil {
		return nil, err
	}
	return v, nil
}

// scalar converts text to the Go value go-ethereum packs for t.
func scalar(t abi.Type, s string) (any, error) {
	s = strings.TrimSpace(s)
	switch t.T {
	case abi.AddressTy:
		return parseAddress(s)
	case abi.BoolTy:
		switch strings.ToLower(s) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not true or false", s)
	case abi.StringTy:
		return s, nil
	case abi.BytesTy:
		b, err := hexutil.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("%q is not 0x-prefixed hex", s)
		}
		return b, nil
	case abi.FixedBytesTy:
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != t.Size {
			return nil, fmt.Errorf("%q is not %d bytes of 0x-prefixed hex", s, t.Size)
		}
		out := reflect.New(t.GetType()).Elem()
		reflect.Copy(out, reflect.ValueOf(b))
		return out.Interface(), nil
	case abi.UintTy, abi.IntTy:
		n, ok := new(big.Int).SetString(s, 0)
		if !ok {
			return nil, fmt.Errorf("%q is not a whole number", s)
		}
		lo, hi := intRange(t)
		if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
			return nil, fmt.Errorf("%s is out of range for %s", n, t)
		}
		goType := t.GetType()
		if goType == reflect.TypeOf((*big.Int)(nil)) {
			return n, nil
		}
		if t.T == abi.UintTy {
			return reflect.ValueOf(n.Uint64()).Convert(goType).Interface(), nil
		}
		return reflect.ValueOf(n.Int64()).Convert(goType).Interface(), nil
	}
	return nil, fmt.Errorf("type %s is not supported as an argument", t)
}

func intRange(t abi.Type) (lo, hi *big.Int) {
	one := big.NewInt(1)
	if t.T == abi.UintTy {
		return new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(one, uint(t.Size)), one)
	}
	half := new(big.Int).Lsh(one, uint(t.Size-1))
	return new(big.Int).Neg(half), new(big.Int).Sub(half, one)
}

// parseAddress accepts a 0x address; mixed case must be a valid EIP-55
// checksum, so a mistyped character is caught instead of freezing a
// stranger's account.
func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return common.Address{}, fmt.Errorf("%q is not a 0x address", s)
	}
	a := common.HexToAddress(s)
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != "0x"+body {
		return common.Address{}, fmt.Errorf("%q has a wrong EIP-55 checksum (a mistyped character?)", s)
	}
	return a, nil
}

// CheckAccount validates a step's account parameter: an address or a
// placeholder such as {{incident.attacker}}.
func CheckAccount(spec string) error {
	if template.Has(spec) {
		return template.Check(spec)
	}
	if _, err := parseAddress(spec); err != nil {
		return fmt.Errorf("%w, nor a placeholder such as {{incident.attacker}}", err)
	}
	return nil
}

// Account resolves a step's account parameter for an incident. The zero
// address is refused: freezing or demoting it is never what was meant.
func Account(spec string, in *respond.Input) (common.Address, error) {
	s, err := template.Expand(spec, in)
	if err != nil {
		return common.Address{}, err
	}
	a, err := parseAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s gave %w", spec, err)
	}
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%s is the zero address", spec)
	}
	return a, nil
}
