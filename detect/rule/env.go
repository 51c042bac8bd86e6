package rule

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/abidecode"
)

// provider gives each rule's environment its own record types (the
// decoded arguments of its event or function, its state variables, its
// monitor's contracts), so the checker knows every field and its type and
// rejects `event.args.amout` or `event.args.amount > "x"` at config time.
// At run time the values are plain maps; the field types only exist for
// the checker.
type provider struct {
	*types.Registry
	structs map[string]*record
	next    int
}

type record struct {
	names  []string
	fields map[string]*types.Type
}

func newProvider() (*provider, error) {
	reg, err := types.NewRegistry()
	if err != nil {
		return nil, fmt.Errorf("CEL type registry: %w", err)
	}
	return &provider{Registry: reg, structs: map[string]*record{}}, nil
}

// define registers a record type and returns it.
func (p *provider) define(name string, r *record) *types.Type {
	p.structs[name] = r
	return types.NewObjectType(name)
}

// anonymous names a record type for a tuple or a multi-value output.
func (p *provider) anonymous(prefix string) string {
	p.next++
	return fmt.Sprintf("warden.%s%d", prefix, p.next)
}

func (p *provider) FindStructType(name string) (*types.Type, bool) {
	if _, ok := p.structs[name]; ok {
		return types.NewTypeTypeWithParam(types.NewObjectType(name)), true
	}
	return p.Registry.FindStructType(name)
}

func (p *provider) FindStructFieldNames(name string) ([]string, bool) {
	if r, ok := p.structs[name]; ok {
		return r.names, true
	}
	return p.Registry.FindStructFieldNames(name)
}

func (p *provider) FindStructFieldType(name, field string) (*types.FieldType, bool) {
	if r, ok := p.structs[name]; ok {
		t, ok := r.fields[field]
		if !ok {
			return nil, false
		}
		// No GetFrom: the runtime values are maps, selected by key.
		return &types.FieldType{Type: t}, true
	}
	return p.Registry.FindStructFieldType(name, field)
}

func (p *provider) NewValue(name string, fields map[string]ref.Val) ref.Val {
	if _, ok := p.structs[name]; ok {
		return types.NewErr("%s values cannot be constructed in a rule", name)
	}
	return p.Registry.NewValue(name, fields)
}

// recordBuilder collects fields in order.
type recordBuilder struct{ r record }

func (b *recordBuilder) add(name string, t *types.Type) {
	if b.r.fields == nil {
		b.r.fields = map[string]*types.Type{}
	}
	if _, dup := b.r.fields[name]; dup {
		return
	}
	b.r.names = append(b.r.names, name)
	b.r.fields[name] = t
}

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// celReserved are words CEL does not accept as field names after a dot.
var celReserved = map[string]bool{
	"as": true, "break": true, "const": true, "continue": true, "else": true, "false": true, "for": true,
	"function": true, "if": true, "import": true, "in": true, "let": true, "loop": true, "package": true,
	"namespace": true, "null": true, "return": true, "true": true, "var": true, "void": true, "while": true,
}

// fieldName turns an ABI parameter name into a CEL field name: unnamed
// parameters are arg0, arg1, ... by position; '$' (legal in Solidity)
// becomes '_'; a CEL reserved word gets a trailing '_'.
func fieldName(name string, pos int) string {
	name = strings.ReplaceAll(name, "$", "_")
	if name == "" || !identRE.MatchString(name) {
		return fmt.Sprintf("arg%d", pos)
	}
	if celReserved[name] {
		return name + "_"
	}
	return name
}

// argFields maps ABI parameters to unique CEL field names, in order.
func argFields(args abi.Arguments) []string {
	out := make([]string, len(args))
	seen := map[string]bool{}
	for i, a := range args {
		n := fieldName(a.Name, i)
		if seen[n] {
			n = fmt.Sprintf("arg%d", i)
		}
		seen[n] = true
		out[i] = n
	}
	return out
}

// celType is the CEL type of a decoded ABI value of type t.
func (p *provider) celType(t abi.Type) (*types.Type, error) {
	switch t.T {
	case abi.IntTy, abi.UintTy:
		return BigIntType, nil
	case abi.AddressTy:
		return AddressType, nil
	case abi.BoolTy:
		return cel.BoolType, nil
	case abi.StringTy:
		return cel.StringType, nil
	case abi.BytesTy, abi.FixedBytesTy, abi.FunctionTy, abi.HashTy:
		return cel.BytesType, nil
	case abi.SliceTy, abi.ArrayTy:
		if t.Elem == nil {
			return nil, fmt.Errorf("array type %s has no element type", t.String())
		}
		e, err := p.celType(*t.Elem)
		if err != nil {
			return nil, err
		}
		return cel.ListType(e), nil
	case abi.TupleTy:
		var b recordBuilder
		seen := map[string]bool{}
		for i, e := range t.TupleElems {
			if e == nil {
				return nil, fmt.Errorf("tuple %s has a component without type", t.String())
			}
			raw := ""
			if i < len(t.TupleRawNames) {
				raw = t.TupleRawNames[i]
			}
			n := fieldName(raw, i)
			if seen[n] {
				n = fmt.Sprintf("arg%d", i)
			}
			seen[n] = true
			ct, err := p.celType(*e)
			if err != nil {
				return nil, err
			}
			b.add(n, ct)
		}
		return p.define(p.anonymous("Tuple"), &b.r), nil
	}
	return nil, fmt.Errorf("ABI type %s is not supported in rules", t.String())
}

// argType is the CEL type of an event/function argument: an indexed
// argument Solidity hashes into its topic is the 32-byte hash.
func (p *provider) argType(a abi.Argument) (*types.Type, error) {
	if a.Indexed && abidecode.HashedInTopic(a.Type) {
		return cel.BytesType, nil
	}
	return p.celType(a.Type)
}

// argsRecord declares the record of a parameter list.
func (p *provider) argsRecord(name string, args abi.Arguments) (*types.Type, error) {
	var b recordBuilder
	for i, n := range argFields(args) {
		t, err := p.argType(args[i])
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", n, err)
		}
		b.add(n, t)
	}
	return p.define(name, &b.r), nil
}

// toVal converts a value decoded by abidecode into the CEL value of the
// type celType gave it.
func toVal(v any) ref.Val {
	switch x := v.(type) {
	case *big.Int:
		return NewBigInt(x)
	case common.Address:
		return NewAddress(x)
	case bool:
		return types.Bool(x)
	case string:
		return types.String(strings.ToValidUTF8(x, "\uFFFD"))
	case []byte:
		return types.Bytes(x)
	case []any:
		out := make([]ref.Val, len(x))
		for i, e := range x {
			out[i] = toVal(e)
		}
		return types.NewRefValList(types.DefaultTypeAdapter, out)
	case []abidecode.Arg:
		m := make(map[string]any, len(x))
		seen := map[string]bool{}
		for i, a := range x {
			n := fieldName(a.Name, i)
			if seen[n] {
				n = fmt.Sprintf("arg%d", i)
			}
			seen[n] = true
			m[n] = toVal(a.Value)
		}
		return types.NewStringInterfaceMap(types.DefaultTypeAdapter, m)
	}
	return types.NewErr("undecoded value")
}

// argsVal builds the runtime record of decoded arguments; arguments that
// failed to decode are left out (selecting them is a runtime error).
func argsVal(params abi.Arguments, args []abidecode.Arg) map[string]any {
	names := argFields(params)
	m := make(map[string]any, len(args))
	for i, a := range args {
		if a.Err != nil || i >= len(names) {
			continue
		}
		m[names[i]] = toVal(a.Value)
	}
	return m
}
