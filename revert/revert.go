// Package revert turns the data of a reverted call into words: Error(string)
// messages, Panic(uint256) codes with their meaning, and custom errors
// (Solidity 0.8.4+) decoded with their arguments, from the target's ABI or a
// built-in table of common OpenZeppelin 5 errors. A responder that cannot
// pause a contract must say why ("the signer lacks PAUSER_ROLE"), not show a
// four-byte selector.
package revert

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	errorStringSelector = crypto.Keccak256([]byte("Error(string)"))[:4]
	panicSelector       = crypto.Keccak256([]byte("Panic(uint256)"))[:4]
)

// panicMeanings are the Solidity compiler's panic codes
// (docs.soliditylang.org, "Panic via assert and Error via require").
var panicMeanings = map[uint64]string{
	0x00: "generic compiler-inserted panic",
	0x01: "assert failed",
	0x11: "arithmetic overflow or underflow",
	0x12: "division or modulo by zero",
	0x21: "conversion to an enum out of range",
	0x22: "incorrectly encoded storage byte array",
	0x31: "pop on an empty array",
	0x32: "array index out of bounds",
	0x41: "too much memory allocated",
	0x51: "call to a zero-initialised internal function",
}

// maxHex bounds how much raw data an undecodable revert shows: enough to
// identify it, not a wall of hex on the timeline.
const maxHex = 256

// Decode describes revert data. The ABIs (nil entries are skipped) are
// searched for custom errors before the built-in table, so a contract's
// own definition wins. It never fails: data it cannot decode is shown as
// its selector and hex.
func Decode(data []byte, abis ...*abi.ABI) string {
	switch {
	case len(data) == 0:
		return "no revert data (a function the contract does not have, a require without a message, or out of gas)"
	case len(data) < 4:
		return "malformed revert data " + hexutil.Encode(data)
	case bytes.Equal(data[:4], errorStringSelector):
		if msg, ok := unpackOne(data[4:], "string"); ok {
			return message(msg.(string))
		}
	case bytes.Equal(data[:4], panicSelector):
		if v, ok := unpackOne(data[4:], "uint256"); ok {
			code := v.(*big.Int)
			meaning := "unknown panic code"
			if code.IsUint64() {
				if m, ok := panicMeanings[code.Uint64()]; ok {
					meaning = m
				}
			}
			return fmt.Sprintf("Panic(0x%x): %s", code, meaning)
		}
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if e.ID[0] == sel[0] && e.ID[1] == sel[1] && e.ID[2] == sel[2] && e.ID[3] == sel[3] {
				if s, ok := formatError(e, data[4:], abis); ok {
					return s
				}
			}
		}
	}
	for _, e := range builtinErrors[sel] {
		if s, ok := formatError(e, data[4:], abis); ok {
			return s
		}
	}
	return fmt.Sprintf("unknown error 0x%x (data %s)", sel, shortHex(data))
}

// Error is a call that reverted, with its data decoded.
type Error struct {
	Data   []byte
	Reason string // Decode's description of Data
	Err    error  // the node's error
}

func (e *Error) Error() string { return "reverted: " + e.Reason }
func (e *Error) Unwrap() error { return e.Err }

// Explain returns err with its revert data decoded (an *Error) when err
// carries any, and err unchanged otherwise (a transport failure, or a
// node that reports "execution reverted" without data).
func Explain(err error, abis ...*abi.ABI) error {
	data, ok := FromError(err)
	if !ok {
		return err
	}
	return &Error{Data: data, Reason: Decode(data, abis...), Err: err}
}

// FromError extracts the revert data a node attached to a failed eth_call
// or eth_estimateGas (the JSON-RPC error's data field, which go-ethereum
// exposes through rpc.DataError).
func FromError(err error) ([]byte, bool) {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		if derr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	case hexutil.Bytes:
		return d, true
	}
	return nil, false
}

// message shows an Error(string) reason as written, unless it is empty or
// holds bytes that would garble a log line or the timeline.
func message(s string) string {
	if s == "" {
		return `Error("") (an empty reason string)`
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return fmt.Sprintf("Error(%q)", s)
		}
	}
	return s
}

// isRevertData reports whether b starts with a selector Decode knows.
func isRevertData(b []byte, abis []*abi.ABI) bool {
	if len(b) < 4 {
		return false
	}
	if bytes.Equal(b[:4], errorStringSelector) || bytes.Equal(b[:4], panicSelector) {
		return true
	}
	var sel [4]byte
	copy(sel[:], b[:4])
	if len(builtinErrors[sel]) > 0 {
		return true
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if [4]byte(e.ID[:4]) == sel {
				return true
			}
		}
	}
	return false
}

func unpackOne(data []byte, typ string) (any, bool) {
	t, err := abi.NewType(typ, "", nil)
	if err != nil {
		return nil, false
	}
	out, err := abi.Arguments{{Type: t}}.Unpack(data)
	if err != nil || len(out) != 1 {
		return nil, false
	}
	return out[0], true
}

// formatError renders "Name(arg: value, ...)", or reports false when the
// data does not fit the error's inputs (a selector collision, or junk).
// A bytes argument that is itself revert data (a wrapper's "reason", as in
// a guardian reporting why a target's pause failed) is decoded in turn.
func formatError(e abi.Error, args []byte, abis []*abi.ABI) (string, bool) {
	vals, err := e.Inputs.Unpack(args)
	if err != nil || len(vals) != len(e.Inputs) {
		return "", false
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		in := e.Inputs[i]
		s := formatValue(v, strings.Contains(strings.ToLower(in.Name), "role"))
		if b, ok := v.([]byte); ok && isRevertData(b, abis) {
			s = Decode(b, abis...)
		}
		if in.Name != "" {
			s = in.Name + ": " + s
		}
		parts[i] = s
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")", true
}

// formatValue prints a decoded ABI value for people: addresses
// checksummed, numbers in decimal, role hashes by name.
func formatValue(v any, roleArg bool) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	case []byte:
		return shortHex(x)
	case [32]byte:
		h := common.Hash(x)
		if name, ok := RoleName(h); ok && (roleArg || h != (common.Hash{})) {
			return name
		}
		return h.Hex()
	case bool:
		return fmt.Sprint(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 && rv.Kind() == reflect.Array {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return hexutil.Encode(b)
		}
		items := make([]string, rv.Len())
		for i := range items {
			items[i] = formatValue(rv.Index(i).Interface(), roleArg)
		}
		return "[" + strings.Join(items, ", ") + "]"
	case reflect.Struct:
		items := make([]string, rv.NumField())
		for i := range items {
			items[i] = rv.Type().Field(i).Name + ": " + formatValue(rv.Field(i).Interface(), false)
		}
		return "{" + strings.Join(items, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func shortHex(b []byte) string {
	if len(b) <= maxHex {
		return hexutil.Encode(b)
	}
	return "0x" + hex.EncodeToString(b[:maxHex]) + fmt.Sprintf("… (%d bytes)", len(b))
}
