// Package abidecode turns raw EVM data (calldata, logs, return data) into
// typed values using a contract's ABI. It is deliberately forgiving: input
// comes from the chain, where anyone can send calldata that does not match
// the ABI or emit a log whose topic collides with a known event, so every
// argument is decoded on its own and a bad one gets an error while the
// others keep their values. Nothing here panics on malformed input.
//
// Decoded values use one Go type per ABI kind, whatever the width:
//
//	uintN, intN                 *big.Int
//	address                     common.Address
//	bool                        bool
//	string                      string
//	bytes, bytesN, function     []byte
//	T[], T[k]                   []any
//	tuple                       []Arg (one per component, with its name)
//
// An indexed event argument of a type Solidity hashes into its topic
// (string, bytes, arrays, tuples) decodes to the 32-byte topic ([]byte).
package abidecode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Errors callers may test for with errors.Is.
var (
	// ErrUnknownSelector: calldata whose 4-byte selector is not a function
	// of the ABI (or calldata shorter than a selector).
	ErrUnknownSelector = errors.New("selector not in ABI")
	// ErrUnknownEvent: a log without topics (anonymous) or whose first
	// topic is not an event of the ABI.
	ErrUnknownEvent = errors.New("event topic not in ABI")
)

// Arg is one decoded argument. Err is set, and Value nil, when this
// argument could not be decoded.
type Arg struct {
	Name    string
	Type    abi.Type
	Indexed bool
	Value   any
	Err     error
}

// Call is decoded calldata.
type Call struct {
	Method *abi.Method
	Args   []Arg
}

// Event is a decoded log.
type Event struct {
	Event *abi.Event
	Args  []Arg
}

// ParseJSON parses an ABI given as JSON: either a bare array of ABI entries
// or an artifact object (Hardhat, Foundry, Truffle) that carries the array
// under "abi".
func ParseJSON(data []byte) (a *abi.ABI, err error) {
	defer func() {
		// go-ethereum's parser is not fuzzed against arbitrary input; a
		// malformed ABI must be a config error, never a crash.
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("malformed ABI: %v", r)
		}
	}()
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil, errors.New("ABI is empty")
	}
	if data[0] == '{' {
		var artifact struct {
			ABI json.RawMessage `json:"abi"`
		}
		if err := json.Unmarshal(data, &artifact); err != nil {
			return nil, fmt.Errorf("ABI artifact is not valid JSON: %w", err)
		}
		if len(artifact.ABI) == 0 {
			return nil, errors.New(`ABI artifact has no "abi" key`)
		}
		data = bytes.TrimSpace(artifact.ABI)
	}
	if len(data) == 0 || data[0] != '[' {
		return nil, errors.New("ABI must be a JSON array of entries (or an artifact object with an \"abi\" array)")
	}
	parsed, err := abi.JSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("malformed ABI: %w", err)
	}
	if err := validate(&parsed); err != nil {
		return nil, fmt.Errorf("malformed ABI: %w", err)
	}
	return &parsed, nil
}

// validate rejects types go-ethereum's parser lets through but no compiler
// emits (uint7, bytes33, a tuple without components): an ABI that has them
// is not the contract's ABI, and decoding with it would mislead.
func validate(a *abi.ABI) error {
	check := func(kind, name string, args abi.Arguments) error {
		for _, arg := range args {
			if err := validType(arg.Type); err != nil {
				return fmt.Errorf("%s %s: parameter %q: %w", kind, name, arg.Name, err)
			}
		}
		return nil
	}
	var errs []error
	errs = append(errs, check("constructor", "", a.Constructor.Inputs))
	for _, m := range a.Methods {
		errs = append(errs, check("function", m.Name, m.Inputs), check("function", m.Name, m.Outputs))
	}
	for _, e := range a.Events {
		errs = append(errs, check("event", e.Name, e.Inputs))
	}
	for _, e := range a.Errors {
		errs = append(errs, check("error", e.Name, e.Inputs))
	}
	return errors.Join(errs...)
}

func validType(t abi.Type) error {
	switch t.T {
	case abi.IntTy, abi.UintTy:
		if t.Size < 8 || t.Size > 256 || t.Size%8 != 0 {
			return fmt.Errorf("%s is not an integer type (sizes are multiples of 8 up to 256)", t.String())
		}
	case abi.FixedBytesTy:
		if t.Size < 1 || t.Size > 32 {
			return fmt.Errorf("%s is not a fixed bytes type (bytes1 to bytes32)", t.String())
		}
	case abi.SliceTy, abi.ArrayTy:
		if t.Elem == nil {
			return fmt.Errorf("%s has no element type", t.String())
		}
		return validType(*t.Elem)
	case abi.TupleTy:
		if len(t.TupleElems) == 0 {
			return errors.New("tuple without components")
		}
		for _, e := range t.TupleElems {
			if e == nil {
				return errors.New("tuple component without type")
			}
			if err := validType(*e); err != nil {
				return err
			}
		}
	case abi.FixedPointTy:
		return fmt.Errorf("%s: fixed-point types are not supported", t.String())
	}
	return nil
}

// DecodeCall decodes calldata (selector + arguments). It returns
// ErrUnknownSelector when the selector is not in the ABI; otherwise the
// call with every argument it could decode, and an error joining the
// failures of the others.
func DecodeCall(a *abi.ABI, input []byte) (*Call, error) {
	if len(input) < 4 {
		return nil, fmt.Errorf("%w: calldata is %d bytes, shorter than a selector", ErrUnknownSelector, len(input))
	}
	m, err := a.MethodById(input[:4])
	if err != nil {
		return nil, fmt.Errorf("%w: 0x%x", ErrUnknownSelector, input[:4])
	}
	args, err := DecodeArguments(m.Inputs, input[4:])
	c := &Call{Method: m, Args: args}
	if err != nil {
		return c, fmt.Errorf("calldata of %s: %w", m.Sig, err)
	}
	return c, nil
}

// DecodeLog decodes a log with the ABI. It returns ErrUnknownEvent when the
// first topic is not an event of the ABI; otherwise the event with every
// argument it could decode (indexed ones from the topics, the others from
// data) and an error joining the failures, e.g. a missing topic when an
// ERC721 Transfer log meets an ERC20 ABI.
func DecodeLog(a *abi.ABI, topics []common.Hash, data []byte) (*Event, error) {
	if len(topics) == 0 {
		return nil, fmt.Errorf("%w: log has no topics", ErrUnknownEvent)
	}
	ev, err := a.EventByID(topics[0])
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownEvent, topics[0].Hex())
	}
	return DecodeEvent(ev, topics, data)
}

// DecodeEvent decodes a log known to be an ev (its first topic is ev's
// ID; the caller checked). Like DecodeLog, it returns every argument it
// could decode and an error joining the failures.
func DecodeEvent(ev *abi.Event, topics []common.Hash, data []byte) (*Event, error) {
	var errs []error
	indexed := 0
	var plain abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed++
		} else {
			plain = append(plain, in)
		}
	}
	if got := max(len(topics)-1, 0); got != indexed {
		errs = append(errs, fmt.Errorf("%d indexed topics, the ABI declares %d", got, indexed))
	}
	decoded, err := DecodeArguments(plain, data)
	if err != nil {
		errs = append(errs, err)
	}
	args := make([]Arg, 0, len(ev.Inputs))
	topic, next := 1, 0
	for _, in := range ev.Inputs {
		if !in.Indexed {
			args = append(args, decoded[next])
			next++
			continue
		}
		arg := Arg{Name: in.Name, Type: in.Type, Indexed: true}
		if topic >= len(topics) {
			arg.Err = fmt.Errorf("%s: no topic for this indexed argument", argName(in.Name, len(args)))
		} else {
			arg.Value, arg.Err = decodeTopic(in.Type, topics[topic])
			topic++
		}
		args = append(args, arg)
	}
	e := &Event{Event: ev, Args: args}
	if err := errors.Join(errs...); err != nil {
		return e, fmt.Errorf("log of %s: %w", ev.Sig, err)
	}
	return e, nil
}

// HashedInTopic reports whether an indexed argument of type t is stored in
// its topic as a keccak256 hash (true for strings, bytes, arrays and
// tuples) rather than as its value.
func HashedInTopic(t abi.Type) bool {
	switch t.T {
	case abi.StringTy, abi.BytesTy, abi.SliceTy, abi.ArrayTy, abi.TupleTy:
		return true
	}
	return false
}

func decodeTopic(t abi.Type, topic common.Hash) (any, error) {
	if HashedInTopic(t) {
		return bytes.Clone(topic[:]), nil
	}
	d := &decoder{budget: 1}
	return d.word(topic[:], t)
}

// DecodeArguments decodes a tuple-encoded argument list (calldata after the
// selector, log data, return data). The result always has one Arg per
// argument; those that failed carry their error, and the returned error
// joins them.
func DecodeArguments(args abi.Arguments, data []byte) ([]Arg, error) {
	d := newDecoder(data)
	types := make([]abi.Type, len(args))
	for i, a := range args {
		types[i] = a.Type
	}
	vals, errs := d.tuple(data, types)
	out := make([]Arg, len(args))
	var all []error
	for i, a := range args {
		out[i] = Arg{Name: a.Name, Type: a.Type, Indexed: a.Indexed, Value: vals[i], Err: errs[i]}
		if errs[i] != nil {
			out[i].Value = nil
			all = append(all, fmt.Errorf("%s (%s): %w", argName(a.Name, i), a.Type.String(), errs[i]))
		}
	}
	return out, errors.Join(all...)
}

func argName(name string, i int) string {
	if name != "" {
		return name
	}
	return fmt.Sprintf("argument %d", i)
}

// decoder carries a budget of values it may still produce: ABI offsets may
// point several arrays at the same bytes, so without a bound a small input
// could expand into an enormous decoded value.
type decoder struct{ budget int }

func newDecoder(data []byte) *decoder {
	return &decoder{budget: 64 + 2*len(data)/32}
}

const wordSize = 32

var errBudget = errors.New("encoding expands to more values than its size allows (overlapping offsets)")

func isDynamic(t abi.Type) bool {
	switch t.T {
	case abi.StringTy, abi.BytesTy, abi.SliceTy:
		return true
	case abi.ArrayTy:
		return t.Elem != nil && isDynamic(*t.Elem)
	case abi.TupleTy:
		for _, e := range t.TupleElems {
			if e != nil && isDynamic(*e) {
				return true
			}
		}
	}
	return false
}

// headSize is how many bytes t takes in the head of a tuple encoding,
// saturating instead of overflowing for absurd fixed-array sizes.
func headSize(t abi.Type) int {
	if isDynamic(t) {
		return wordSize
	}
	switch t.T {
	case abi.ArrayTy:
		if t.Elem == nil || t.Size < 0 {
			return wordSize
		}
		return satMul(t.Size, headSize(*t.Elem))
	case abi.TupleTy:
		n := 0
		for _, e := range t.TupleElems {
			if e != nil {
				n = satAdd(n, headSize(*e))
			}
		}
		return n
	}
	return wordSize
}

const maxInt = int(^uint(0) >> 1)

func satAdd(a, b int) int {
	if a > maxInt-b {
		return maxInt
	}
	return a + b
}

func satMul(a, b int) int {
	if a != 0 && b > maxInt/a {
		return maxInt
	}
	return a * b
}

// tuple decodes a sequence of values laid out as an ABI tuple at the start
// of data. Each element gets its own error.
func (d *decoder) tuple(data []byte, types []abi.Type) ([]any, []error) {
	vals := make([]any, len(types))
	errs := make([]error, len(types))
	pos := 0
	for i, t := range types {
		if pos >= maxInt-wordSize {
			errs[i] = errors.New("head position overflows")
			continue
		}
		vals[i], errs[i] = d.at(data, pos, t)
		pos = satAdd(pos, headSize(t))
	}
	return vals, errs
}

// at decodes the value whose head starts at pos of data (a tuple's
// encoding, offsets being relative to its start).
func (d *decoder) at(data []byte, pos int, t abi.Type) (any, error) {
	if d.budget <= 0 {
		return nil, errBudget
	}
	d.budget--
	if !isDynamic(t) {
		switch t.T {
		case abi.ArrayTy:
			if t.Elem == nil {
				return nil, errors.New("array type without element type")
			}
			if pos > len(data) {
				return nil, fmt.Errorf("needs %d bytes at offset %d, data has %d", headSize(t), pos, len(data))
			}
			return d.list(data[pos:], t.Size, *t.Elem)
		case abi.TupleTy:
			if pos > len(data) {
				return nil, fmt.Errorf("needs %d bytes at offset %d, data has %d", headSize(t), pos, len(data))
			}
			return d.tupleValue(data[pos:], t)
		}
		if pos > len(data)-wordSize {
			return nil, fmt.Errorf("needs 32 bytes at offset %d, data has %d", pos, len(data))
		}
		return d.word(data[pos:pos+wordSize], t)
	}
	off, err := readLength(data, pos, "offset")
	if err != nil {
		return nil, err
	}
	if off > len(data) {
		return nil, fmt.Errorf("offset %d points past the end of the data (%d bytes)", off, len(data))
	}
	tail := data[off:]
	switch t.T {
	case abi.StringTy, abi.BytesTy:
		n, err := readLength(tail, 0, "length")
		if err != nil {
			return nil, err
		}
		if n > len(tail)-wordSize {
			return nil, fmt.Errorf("length %d exceeds the %d bytes after it", n, len(tail)-wordSize)
		}
		b := bytes.Clone(tail[wordSize : wordSize+n])
		if t.T == abi.StringTy {
			return string(b), nil
		}
		return b, nil
	case abi.SliceTy:
		if t.Elem == nil {
			return nil, errors.New("slice type without element type")
		}
		n, err := readLength(tail, 0, "length")
		if err != nil {
			return nil, err
		}
		// Each element takes at least one head word (an empty static
		// tuple is the only exception and is not worth a way around).
		if n > (len(tail)-wordSize)/wordSize {
			return nil, fmt.Errorf("array length %d does not fit in the %d bytes after it", n, len(tail)-wordSize)
		}
		return d.list(tail[wordSize:], n, *t.Elem)
	case abi.ArrayTy:
		return d.list(tail, t.Size, *t.Elem)
	case abi.TupleTy:
		return d.tupleValue(tail, t)
	}
	return nil, fmt.Errorf("unsupported dynamic type %s", t.String())
}

func (d *decoder) list(data []byte, n int, elem abi.Type) (any, error) {
	if n < 0 || n > d.budget {
		return nil, errBudget
	}
	types := make([]abi.Type, n)
	for i := range types {
		types[i] = elem
	}
	vals, errs := d.tuple(data, types)
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return vals, nil
}

func (d *decoder) tupleValue(data []byte, t abi.Type) (any, error) {
	types := make([]abi.Type, len(t.TupleElems))
	for i, e := range t.TupleElems {
		if e == nil {
			return nil, errors.New("tuple component without type")
		}
		types[i] = *e
	}
	vals, errs := d.tuple(data, types)
	out := make([]Arg, len(types))
	for i := range types {
		if errs[i] != nil {
			return nil, fmt.Errorf("component %s: %w", componentName(t, i), errs[i])
		}
		out[i] = Arg{Name: componentName(t, i), Type: types[i], Value: vals[i]}
	}
	return out, nil
}

func componentName(t abi.Type, i int) string {
	if i < len(t.TupleRawNames) && t.TupleRawNames[i] != "" {
		return t.TupleRawNames[i]
	}
	return fmt.Sprintf("arg%d", i)
}

// readLength reads a 32-byte word at pos as a non-negative int (offsets and
// lengths); anything that does not fit an int cannot be inside the data.
func readLength(data []byte, pos int, what string) (int, error) {
	if pos < 0 || pos > len(data)-wordSize {
		return 0, fmt.Errorf("needs a 32-byte %s at %d, data has %d bytes", what, pos, len(data))
	}
	v := new(big.Int).SetBytes(data[pos : pos+wordSize])
	if !v.IsInt64() || v.Int64() > int64(maxInt) {
		return 0, fmt.Errorf("%s 0x%x is too large", what, v)
	}
	return int(v.Int64()), nil
}

var (
	two256 = new(big.Int).Lsh(big.NewInt(1), 256)
)

// word decodes one 32-byte elementary value, rejecting encodings that
// Solidity itself would reject (dirty high bits), since they mean the data
// was not produced for this ABI.
func (d *decoder) word(w []byte, t abi.Type) (any, error) {
	switch t.T {
	case abi.UintTy:
		v := new(big.Int).SetBytes(w)
		if v.BitLen() > t.Size {
			return nil, fmt.Errorf("value 0x%x does not fit uint%d", v, t.Size)
		}
		return v, nil
	case abi.IntTy:
		v := new(big.Int).SetBytes(w)
		if w[0]&0x80 != 0 {
			v.Sub(v, two256)
		}
		lim := new(big.Int).Lsh(big.NewInt(1), uint(max(t.Size, 1)-1))
		if v.Cmp(lim) >= 0 || v.Cmp(new(big.Int).Neg(lim)) < 0 {
			return nil, fmt.Errorf("value %s does not fit int%d", v, t.Size)
		}
		return v, nil
	case abi.BoolTy:
		for _, b := range w[:31] {
			if b != 0 {
				return nil, errors.New("bool word has high bits set")
			}
		}
		switch w[31] {
		case 0:
			return false, nil
		case 1:
			return true, nil
		}
		return nil, fmt.Errorf("bool word is %d", w[31])
	case abi.AddressTy:
		for _, b := range w[:12] {
			if b != 0 {
				return nil, errors.New("address word has high bits set")
			}
		}
		return common.BytesToAddress(w[12:]), nil
	case abi.FixedBytesTy:
		if t.Size < 0 || t.Size > wordSize {
			return nil, fmt.Errorf("bytes%d is not a valid type", t.Size)
		}
		return bytes.Clone(w[:t.Size]), nil
	case abi.FunctionTy:
		return bytes.Clone(w[:24]), nil
	case abi.HashTy:
		return bytes.Clone(w), nil
	}
	return nil, fmt.Errorf("unsupported type %s", t.String())
}

// Format renders a decoded value for humans: integers in decimal,
// addresses checksummed, bytes as 0x-hex, lists and tuples in brackets.
func Format(v any) string {
	switch x := v.(type) {
	case nil:
		return "<undecoded>"
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case bool:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []byte:
		return fmt.Sprintf("0x%x", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Format(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []Arg:
		parts := make([]string, len(x))
		for i, a := range x {
			parts[i] = a.Name + ": " + Format(a.Value)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprint(v)
}
