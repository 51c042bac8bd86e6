package contractcall

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ReadBool calls a view function returning bool at a block.
func (c *Contract) ReadBool(ctx context.Context, what string, data []byte, block *big.Int) (bool, error) {
	out, err := c.Read(ctx, data, block)
	if err != nil {
		return false, fmt.Errorf("%s on %s: %w", what, c, err)
	}
	if len(out) != 32 || !isBoolWord(out) {
		return false, fmt.Errorf("%s on %s returned %d bytes %s, want a bool (does the contract have it?)", what, c, len(out), shortHex(out))
	}
	return out[31] == 1, nil
}

func isBoolWord(w []byte) bool {
	for _, b := range w[:31] {
		if b != 0 {
			return false
		}
	}
	return w[31] <= 1
}

// ExpectType is the type an expected result is compared as: the method's
// first return type when known, else what the literal looks like (true or
// false, an address, 32 bytes of hex, a number).
func ExpectType(m *abi.Method, want string) (abi.Type, error) {
	if len(m.Outputs) > 0 {
		return m.Outputs[0].Type, nil
	}
	want = strings.TrimSpace(want)
	var name string
	switch {
	case strings.EqualFold(want, "true") || strings.EqualFold(want, "false"):
		name = "bool"
	case len(want) == 42 && common.IsHexAddress(want):
		name = "address"
	case len(want) == 66 && strings.HasPrefix(want, "0x"):
		name = "bytes32"
	case strings.HasPrefix(want, "-"):
		name = "int256"
	default:
		if _, ok := new(big.Int).SetString(want, 0); !ok {
			return abi.Type{}, fmt.Errorf("cannot tell %s's return type from %q; write the function as %s returns (type)", m.Sig, want, m.Sig)
		}
		name = "uint256"
	}
	return abi.NewType(name, "", nil)
}

// Matches decodes out (the first return value of type t) and compares it
// with want; got is the decoded value as text, for evidence.
func Matches(t abi.Type, out []byte, want string) (ok bool, got string, err error) {
	vals, err := abi.Arguments{{Type: t}}.UnpackValues(out)
	if err != nil || len(vals) == 0 {
		return false, "", fmt.Errorf("returned %s, which is not a %s", shortHex(out), t)
	}
	w, err := scalar(t, want)
	if err != nil {
		return false, "", fmt.Errorf("expect: %w", err)
	}
	got = format(vals[0])
	if a, ok := vals[0].(*big.Int); ok {
		b, _ := w.(*big.Int)
		return b != nil && a.Cmp(b) == 0, got, nil
	}
	return reflect.DeepEqual(vals[0], w), got, nil
}

func format(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	}
	return fmt.Sprint(v)
}

func shortHex(b []byte) string {
	if len(b) > 64 {
		return hexutil.Encode(b[:64]) + "…"
	}
	if len(b) == 0 {
		return "(empty)"
	}
	return hexutil.Encode(b)
}
