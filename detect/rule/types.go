package rule

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/operators"
	"cel.dev/cel-go/common/overloads"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The two EVM types CEL lacks. Every ABI integer (uint8 ... uint256, int8
// ... int256) is a bigint, so widths never need converting; arithmetic on
// bigints is exact and unbounded (no wrap-around at 2^256).
var (
	BigIntType  = cel.OpaqueType("bigint")
	AddressType = cel.OpaqueType("address")
)

// bigIntRuntimeType is what BigInt values report at run time: the same
// name as BigIntType (overload matching goes by name) plus the traits
// CEL's standard operators dispatch on (their bindings are shared by all
// operand types and call e.g. traits.Adder.Add on the left operand).
var bigIntRuntimeType = types.NewObjectType("bigint",
	traits.AdderType, traits.SubtractorType, traits.MultiplierType, traits.DividerType,
	traits.ModderType, traits.NegatorType, traits.ComparerType)

// BigInt is a CEL value holding an arbitrary-precision integer. It is
// immutable: operations always allocate.
type BigInt struct{ v *big.Int }

// NewBigInt wraps v (which must not be modified afterwards).
func NewBigInt(v *big.Int) BigInt {
	if v == nil {
		v = new(big.Int)
	}
	return BigInt{v}
}

// Int is the wrapped integer.
func (b BigInt) Int() *big.Int { return b.v }

// ConvertToNative implements ref.Val.
func (b BigInt) ConvertToNative(t reflect.Type) (any, error) {
	switch t {
	case reflect.TypeOf(b.v):
		return new(big.Int).Set(b.v), nil
	case reflect.TypeOf(""):
		return b.v.String(), nil
	}
	if t.Kind() == reflect.Interface && reflect.TypeOf(b.v).Implements(t) {
		return new(big.Int).Set(b.v), nil
	}
	return nil, fmt.Errorf("bigint cannot be converted to %v", t)
}

// ConvertToType implements ref.Val.
func (b BigInt) ConvertToType(t ref.Type) ref.Val {
	switch t.TypeName() {
	case BigIntType.TypeName():
		return b
	case types.StringType.TypeName():
		return types.String(b.v.String())
	case types.IntType.TypeName():
		if !b.v.IsInt64() {
			return types.NewErr("bigint %s overflows int", b.v)
		}
		return types.Int(b.v.Int64())
	case types.DoubleType.TypeName():
		f, _ := new(big.Float).SetInt(b.v).Float64()
		return types.Double(f)
	case types.TypeType.TypeName():
		return BigIntType
	}
	return types.NewErr("type conversion error from bigint to '%s'", t.TypeName())
}

// Equal implements ref.Val: equal to another bigint or a CEL int of the
// same value.
func (b BigInt) Equal(other ref.Val) ref.Val {
	switch o := other.(type) {
	case BigInt:
		return types.Bool(b.v.Cmp(o.v) == 0)
	case types.Int:
		return types.Bool(b.v.IsInt64() && b.v.Int64() == int64(o))
	case types.Uint:
		return types.Bool(b.v.IsUint64() && b.v.Uint64() == uint64(o))
	}
	return types.False
}

// Type implements ref.Val.
func (b BigInt) Type() ref.Type { return bigIntRuntimeType }

func (b BigInt) arith(other ref.Val, op func(z, x, y *big.Int) (*big.Int, error)) ref.Val {
	y, ok := bigOf(other)
	if !ok {
		return types.MaybeNoSuchOverloadErr(other)
	}
	z, err := op(new(big.Int), b.v, y)
	if err != nil {
		return types.WrapErr(err)
	}
	return NewBigInt(z)
}

// Add implements traits.Adder (with a bigint or an int).
func (b BigInt) Add(other ref.Val) ref.Val {
	return b.arith(other, func(z, x, y *big.Int) (*big.Int, error) { return z.Add(x, y), nil })
}

// Subtract implements traits.Subtractor.
func (b BigInt) Subtract(other ref.Val) ref.Val {
	return b.arith(other, func(z, x, y *big.Int) (*big.Int, error) { return z.Sub(x, y), nil })
}

// Multiply implements traits.Multiplier.
func (b BigInt) Multiply(other ref.Val) ref.Val {
	return b.arith(other, func(z, x, y *big.Int) (*big.Int, error) { return z.Mul(x, y), nil })
}

// Divide implements traits.Divider; it truncates toward zero, as Solidity
// does.
func (b BigInt) Divide(other ref.Val) ref.Val {
	return b.arith(other, func(z, x, y *big.Int) (*big.Int, error) {
		if y.Sign() == 0 {
			return nil, errDivZero
		}
		return z.Quo(x, y), nil
	})
}

// Modulo implements traits.Modder.
func (b BigInt) Modulo(other ref.Val) ref.Val {
	return b.arith(other, func(z, x, y *big.Int) (*big.Int, error) {
		if y.Sign() == 0 {
			return nil, errModZero
		}
		return z.Rem(x, y), nil
	})
}

// Negate implements traits.Negater.
func (b BigInt) Negate() ref.Val { return NewBigInt(new(big.Int).Neg(b.v)) }

// Compare implements traits.Comparer.
func (b BigInt) Compare(other ref.Val) ref.Val {
	y, ok := bigOf(other)
	if !ok {
		return types.MaybeNoSuchOverloadErr(other)
	}
	return types.Int(b.v.Cmp(y))
}

// Value implements ref.Val.
func (b BigInt) Value() any { return b.v }

// Address is a CEL value holding a 20-byte account address. It equals a
// string holding the same address in any letter case.
type Address struct{ a common.Address }

// NewAddress wraps a.
func NewAddress(a common.Address) Address { return Address{a} }

// ConvertToNative implements ref.Val.
func (a Address) ConvertToNative(t reflect.Type) (any, error) {
	switch t {
	case reflect.TypeOf(a.a):
		return a.a, nil
	case reflect.TypeOf(""):
		return a.a.Hex(), nil
	}
	return nil, fmt.Errorf("address cannot be converted to %v", t)
}

// ConvertToType implements ref.Val.
func (a Address) ConvertToType(t ref.Type) ref.Val {
	switch t.TypeName() {
	case AddressType.TypeName():
		return a
	case types.StringType.TypeName():
		return types.String(a.a.Hex())
	case types.TypeType.TypeName():
		return AddressType
	}
	return types.NewErr("type conversion error from address to '%s'", t.TypeName())
}

// Equal implements ref.Val.
func (a Address) Equal(other ref.Val) ref.Val {
	switch o := other.(type) {
	case Address:
		return types.Bool(a.a == o.a)
	case types.String:
		addr, err := parseAddress(string(o))
		return types.Bool(err == nil && addr == a.a)
	}
	return types.False
}

// Type implements ref.Val.
func (a Address) Type() ref.Type { return AddressType }

// Value implements ref.Val.
func (a Address) Value() any { return a.a }

// parseAddress accepts a 0x-prefixed 40-hex-digit address in any case. It
// does not enforce the EIP-55 checksum: rules are written by hand, often
// lower-cased, and a wrong checksum is a typo we cannot fix for the user.
func parseAddress(s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	return common.HexToAddress(s), nil
}

var (
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	maxInt256  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	minInt256  = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
)

// parseInteger reads a decimal or 0x-hex integer string.
func parseInteger(s string) (*big.Int, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	base := 10
	if strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X") {
		base, t = 16, t[2:]
	}
	v, ok := new(big.Int).SetString(t, base)
	if !ok || t == "" || strings.ContainsAny(t, "+-") {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

// parseUnits reads a decimal amount ("1.5") scaled by 10^decimals, exactly.
func parseUnits(s string, decimals int64) (*big.Int, error) {
	if decimals < 0 || decimals > 77 {
		return nil, fmt.Errorf("decimals %d out of range 0..77", decimals)
	}
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	whole, frac, _ := strings.Cut(t, ".")
	if int64(len(frac)) > decimals {
		return nil, fmt.Errorf("%q has more than %d decimals", s, decimals)
	}
	if whole == "" || strings.HasPrefix(whole, "+") {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || strings.ContainsAny(frac, "+-") || (strings.Contains(t, ".") && frac == "") {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	return v, nil
}

func bigOf(v ref.Val) (*big.Int, bool) {
	switch x := v.(type) {
	case BigInt:
		return x.v, true
	case types.Int:
		return big.NewInt(int64(x)), true
	}
	return nil, false
}

func errVal(err error) ref.Val { return types.WrapErr(err) }

func checkRange(v *big.Int, lo, hi *big.Int, name string) ref.Val {
	if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
		return types.NewErr("%s out of range for %s", v, name)
	}
	return NewBigInt(v)
}

// constructors are the library functions whose arguments, when literals,
// are checked at config time (a typo in a threshold is a config error).
var constructors = map[string]func(args ...ref.Val) ref.Val{
	"uint256": func(args ...ref.Val) ref.Val {
		v, err := integerArg(args[0])
		if err != nil {
			return errVal(err)
		}
		return checkRange(v, new(big.Int), maxUint256, "uint256")
	},
	"int256": func(args ...ref.Val) ref.Val {
		v, err := integerArg(args[0])
		if err != nil {
			return errVal(err)
		}
		return checkRange(v, minInt256, maxInt256, "int256")
	},
	"ether": func(args ...ref.Val) ref.Val { return unitsOf(args[0], 18) },
	"gwei":  func(args ...ref.Val) ref.Val { return unitsOf(args[0], 9) },
	"units": func(args ...ref.Val) ref.Val {
		d, ok := args[1].(types.Int)
		if !ok {
			return types.NewErr("units: decimals must be an int")
		}
		return unitsOf(args[0], int64(d))
	},
	"address": func(args ...ref.Val) ref.Val {
		s, ok := args[0].(types.String)
		if !ok {
			return types.NewErr("address: argument must be a string")
		}
		a, err := parseAddress(string(s))
		if err != nil {
			return errVal(err)
		}
		return NewAddress(a)
	},
	"selector": func(args ...ref.Val) ref.Val {
		s, ok := args[0].(types.String)
		if !ok {
			return types.NewErr("selector: argument must be a string")
		}
		sig := strings.ReplaceAll(string(s), " ", "")
		if !strings.Contains(sig, "(") || !strings.HasSuffix(sig, ")") {
			return types.NewErr("selector: %q is not a function signature like \"transfer(address,uint256)\"", string(s))
		}
		return types.String(fmt.Sprintf("0x%x", crypto.Keccak256([]byte(sig))[:4]))
	},
}

func integerArg(v ref.Val) (*big.Int, error) {
	switch x := v.(type) {
	case types.String:
		return parseInteger(string(x))
	case types.Int:
		return big.NewInt(int64(x)), nil
	case types.Uint:
		return new(big.Int).SetUint64(uint64(x)), nil
	case BigInt:
		return x.v, nil
	}
	return nil, fmt.Errorf("cannot make an integer of %s", v.Type().TypeName())
}

func unitsOf(v ref.Val, decimals int64) ref.Val {
	var out *big.Int
	switch x := v.(type) {
	case types.String:
		var err error
		if out, err = parseUnits(string(x), decimals); err != nil {
			return errVal(err)
		}
	case types.Int:
		if decimals < 0 || decimals > 77 {
			return types.NewErr("decimals %d out of range 0..77", decimals)
		}
		out = new(big.Int).Mul(big.NewInt(int64(x)), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
	default:
		return types.NewErr("cannot make an amount of %s", v.Type().TypeName())
	}
	return NewBigInt(out)
}

var (
	errDivZero = errors.New("division by zero")
	errModZero = errors.New("modulus by zero")
)

// bigintPairs are the operand combinations of the binary bigint operators:
// bigint with bigint, and bigint with a CEL int on either side, so that
// `event.args.decimals == 18` and `x * 100` read naturally.
var bigintPairs = []struct {
	id   string
	l, r *cel.Type
}{
	{"bigint_bigint", BigIntType, BigIntType},
	{"bigint_int", BigIntType, cel.IntType},
	{"int_bigint", cel.IntType, BigIntType},
}

// binaryOverloads declares bigint operand types for a standard operator.
// There is no binding: the operator's standard implementation calls the
// left operand's trait method (BigInt.Add, ...), and compile turns an int
// on the left of a bigint into a bigint.
func binaryOverloads(fn, prefix string, result *cel.Type) cel.EnvOption {
	var opts []cel.FunctionOpt
	for _, p := range bigintPairs {
		opts = append(opts, cel.Overload(prefix+"_"+p.id, []*cel.Type{p.l, p.r}, result))
	}
	return cel.Function(fn, opts...)
}

// arithmeticOps are the standard binary operators given bigint overloads.
var arithmeticOps = map[string]bool{
	operators.Less: true, operators.LessEquals: true, operators.Greater: true, operators.GreaterEquals: true,
	operators.Add: true, operators.Subtract: true, operators.Multiply: true, operators.Divide: true, operators.Modulo: true,
}

// library is the rule language's functions and operators on top of CEL's
// standard library.
func library() []cel.EnvOption {
	opts := []cel.EnvOption{
		binaryOverloads(operators.Less, "less", cel.BoolType),
		binaryOverloads(operators.LessEquals, "less_equals", cel.BoolType),
		binaryOverloads(operators.Greater, "greater", cel.BoolType),
		binaryOverloads(operators.GreaterEquals, "greater_equals", cel.BoolType),
		binaryOverloads(operators.Add, "add", BigIntType),
		binaryOverloads(operators.Subtract, "subtract", BigIntType),
		binaryOverloads(operators.Multiply, "multiply", BigIntType),
		binaryOverloads(operators.Divide, "divide", BigIntType),
		binaryOverloads(operators.Modulo, "modulo", BigIntType),
		equalityFunction(eqFn, func(l, r ref.Val) ref.Val { return equal(l, r) }),
		equalityFunction(neFn, func(l, r ref.Val) ref.Val {
			if out := equal(l, r); types.IsBool(out) {
				return !out.(types.Bool)
			} else {
				return out
			}
		}),
		cel.Function(operators.Negate,
			cel.Overload("negate_bigint", []*cel.Type{BigIntType}, BigIntType)),
		cel.Function(overloads.TypeConvertInt,
			cel.Overload("bigint_to_int", []*cel.Type{BigIntType}, cel.IntType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return v.ConvertToType(types.IntType) }))),
		cel.Function(overloads.TypeConvertDouble,
			cel.Overload("bigint_to_double", []*cel.Type{BigIntType}, cel.DoubleType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return v.ConvertToType(types.DoubleType) }))),
		cel.Function(overloads.TypeConvertString,
			cel.Overload("bigint_to_string", []*cel.Type{BigIntType}, cel.StringType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return v.ConvertToType(types.StringType) })),
			cel.Overload("address_to_string", []*cel.Type{AddressType}, cel.StringType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return v.ConvertToType(types.StringType) }))),
		cel.Function("uint256",
			cel.Overload("uint256_string", []*cel.Type{cel.StringType}, BigIntType, cel.UnaryBinding(unary("uint256"))),
			cel.Overload("uint256_int", []*cel.Type{cel.IntType}, BigIntType, cel.UnaryBinding(unary("uint256")))),
		cel.Function("int256",
			cel.Overload("int256_string", []*cel.Type{cel.StringType}, BigIntType, cel.UnaryBinding(unary("int256"))),
			cel.Overload("int256_int", []*cel.Type{cel.IntType}, BigIntType, cel.UnaryBinding(unary("int256")))),
		cel.Function("ether",
			cel.Overload("ether_string", []*cel.Type{cel.StringType}, BigIntType, cel.UnaryBinding(unary("ether"))),
			cel.Overload("ether_int", []*cel.Type{cel.IntType}, BigIntType, cel.UnaryBinding(unary("ether")))),
		cel.Function("gwei",
			cel.Overload("gwei_string", []*cel.Type{cel.StringType}, BigIntType, cel.UnaryBinding(unary("gwei"))),
			cel.Overload("gwei_int", []*cel.Type{cel.IntType}, BigIntType, cel.UnaryBinding(unary("gwei")))),
		cel.Function("units",
			cel.Overload("units_string_int", []*cel.Type{cel.StringType, cel.IntType}, BigIntType, cel.BinaryBinding(binary("units"))),
			cel.Overload("units_int_int", []*cel.Type{cel.IntType, cel.IntType}, BigIntType, cel.BinaryBinding(binary("units")))),
		cel.Function("address",
			cel.Overload("address_string", []*cel.Type{cel.StringType}, AddressType, cel.UnaryBinding(unary("address")))),
		cel.Function("selector",
			cel.Overload("selector_string", []*cel.Type{cel.StringType}, cel.StringType, cel.UnaryBinding(unary("selector")))),
		cel.Function("abs",
			cel.Overload("abs_bigint", []*cel.Type{BigIntType}, BigIntType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return NewBigInt(new(big.Int).Abs(v.(BigInt).v)) }))),
		cel.Function("change",
			cel.Overload("change_bigint_bigint", []*cel.Type{BigIntType, BigIntType}, cel.DoubleType,
				cel.BinaryBinding(func(now, prev ref.Val) ref.Val {
					n, p := now.(BigInt).v, prev.(BigInt).v
					if p.Sign() == 0 {
						return types.NewErr("change: previous value is zero")
					}
					r, _ := new(big.Rat).SetFrac(new(big.Int).Sub(n, p), new(big.Int).Abs(p)).Float64()
					return types.Double(r)
				}))),
		cel.Function("hex",
			cel.Overload("hex_bytes", []*cel.Type{cel.BytesType}, cel.StringType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return types.String(fmt.Sprintf("0x%x", []byte(v.(types.Bytes)))) }))),
	}
	return opts
}

// Equality. CEL declares == once for any two values of one type (A, A),
// which leaves no room for `tx.from == "0x..."` or `amount == 0`, and its
// interpreter always asks the left operand, which for `0 == amount` is a
// CEL int that knows nothing of bigints. So compile renames every == and
// != of a rule to these functions, declared for each pair of types that
// may be compared, whose binding asks the bigint or address side.
const (
	eqFn = "=="
	neFn = "!="
)

func equalityFunction(name string, impl func(l, r ref.Val) ref.Val) cel.EnvOption {
	a, k, v := cel.TypeParamType("A"), cel.TypeParamType("K"), cel.TypeParamType("V")
	pairs := []struct {
		id   string
		l, r *cel.Type
	}{
		{"bigint_bigint", BigIntType, BigIntType},
		{"bigint_int", BigIntType, cel.IntType},
		{"int_bigint", cel.IntType, BigIntType},
		{"address_address", AddressType, AddressType},
		{"address_string", AddressType, cel.StringType},
		{"string_address", cel.StringType, AddressType},
		{"int_int", cel.IntType, cel.IntType},
		{"uint_uint", cel.UintType, cel.UintType},
		{"double_double", cel.DoubleType, cel.DoubleType},
		{"int_uint", cel.IntType, cel.UintType},
		{"uint_int", cel.UintType, cel.IntType},
		{"int_double", cel.IntType, cel.DoubleType},
		{"double_int", cel.DoubleType, cel.IntType},
		{"uint_double", cel.UintType, cel.DoubleType},
		{"double_uint", cel.DoubleType, cel.UintType},
		{"string_string", cel.StringType, cel.StringType},
		{"bool_bool", cel.BoolType, cel.BoolType},
		{"bytes_bytes", cel.BytesType, cel.BytesType},
		{"null_null", cel.NullType, cel.NullType},
		{"list_list", cel.ListType(a), cel.ListType(a)},
		{"map_map", cel.MapType(k, v), cel.MapType(k, v)},
		{"type_type", cel.TypeType, cel.TypeType},
	}
	var opts []cel.FunctionOpt
	for _, p := range pairs {
		opts = append(opts, cel.Overload(name+"_"+p.id, []*cel.Type{p.l, p.r}, cel.BoolType, cel.BinaryBinding(impl)))
	}
	return cel.Function(name, opts...)
}

func isCustomVal(v ref.Val) bool {
	switch v.(type) {
	case BigInt, Address:
		return true
	}
	return false
}

func equal(l, r ref.Val) ref.Val {
	if isCustomVal(r) && !isCustomVal(l) {
		l, r = r, l
	}
	return types.Equal(l, r)
}

func unary(name string) func(ref.Val) ref.Val {
	f := constructors[name]
	return func(v ref.Val) ref.Val { return f(v) }
}

func binary(name string) func(ref.Val, ref.Val) ref.Val {
	f := constructors[name]
	return func(a, b ref.Val) ref.Val { return f(a, b) }
}
