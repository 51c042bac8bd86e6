package rule

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"cel.dev/cel-go/cel"
	celcommon "cel.dev/cel-go/common"
	celast "cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/operators"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

type matchKind string

const (
	matchTx    matchKind = "tx"
	matchCall  matchKind = "call"
	matchEvent matchKind = "event"
	matchBlock matchKind = "block"
)

// Limits on expressions: generous for hand-written rules, small enough
// that a pathological one cannot stall config checking.
const (
	maxExprLen        = 4096
	maxRecursionDepth = 64
)

// program is a rule compiled against its monitor's contracts.
type program struct {
	params     Params
	match      matchKind
	target     *contractInfo
	event      *abi.Event
	method     *abi.Method
	state      []stateVar
	contracts  map[string]any // the `contracts` variable
	cond       cel.Program    // nil: every match fires
	title      template
	summary    template
	value      cel.Program
	token      common.Address
	confidence float64
}

type stateVar struct {
	name     string
	contract contractInfo
	method   *abi.Method
	calldata []byte
}

// compile checks a rule against the monitor's contracts and builds its
// programs. It reports every problem it finds, each naming its field.
func compile(p Params, contracts []contractInfo) (*program, error) {
	var errs []error
	fail := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", field, fmt.Sprintf(format, args...)))
	}
	prog := &program{params: p, match: matchKind(p.Match), confidence: DefaultConfidence}
	switch prog.match {
	case matchTx, matchCall, matchEvent, matchBlock:
	case "":
		return nil, errors.New("match: is required (tx, call, event or block)")
	default:
		return nil, fmt.Errorf("match: %q is not tx, call, event or block", p.Match)
	}
	byName := map[string]contractInfo{}
	names := make([]string, 0, len(contracts))
	for _, c := range contracts {
		byName[c.Name] = c
		names = append(names, c.Name)
	}
	slices.Sort(names)

	if p.Contract != "" {
		c, ok := byName[p.Contract]
		switch {
		case !ok:
			fail("contract", "%q is not a contract of this monitor (contracts: %s)", p.Contract, listOrNone(names))
		case prog.match == matchBlock:
			fail("contract", "does not apply to match: block (state variables name their own contracts)")
		default:
			prog.target = &c
		}
	} else if prog.match == matchCall || prog.match == matchEvent {
		fail("contract", "is required for match: %s (the contract whose ABI decodes it)", p.Match)
	}
	needABI := prog.target != nil && (prog.match == matchCall || prog.match == matchEvent)
	if needABI && prog.target.ABI == nil {
		fail("contract", "%q has no usable abi; declare one on the monitor's contract to match its %ss", p.Contract, p.Match)
		needABI = false
	}
	switch {
	case prog.match == matchEvent && p.Event == "":
		fail("event", "is required for match: event")
	case prog.match != matchEvent && p.Event != "":
		fail("event", "only applies to match: event")
	case needABI && prog.match == matchEvent:
		ev, err := resolveEvent(prog.target.ABI, p.Event)
		if err != nil {
			fail("event", "%v", err)
		}
		prog.event = ev
	}
	switch {
	case prog.match == matchCall && p.Function == "":
		fail("function", "is required for match: call")
	case prog.match != matchCall && p.Function != "":
		fail("function", "only applies to match: call")
	case needABI && prog.match == matchCall:
		m, err := resolveMethod(prog.target.ABI, p.Function)
		if err != nil {
			fail("function", "%v", err)
		}
		prog.method = m
	}
	if p.Internal && prog.match != matchCall {
		fail("internal", "only applies to match: call")
	}
	if p.Confidence != nil {
		if c := *p.Confidence; !(c > 0 && c <= 1) {
			fail("confidence", "%v is not in (0, 1]", c)
		} else {
			prog.confidence = c
		}
	}
	if (prog.match == matchTx || prog.match == matchBlock) && strings.TrimSpace(p.Condition) == "" {
		fail("condition", "is required for match: %s (without one every %s would alert)", p.Match, p.Match)
	}
	if prog.match == matchBlock && len(p.State) == 0 {
		fail("state", "match: block needs state variables to compare (an invariant over contract state)")
	}
	stateNames := make([]string, 0, len(p.State))
	for n := range p.State {
		stateNames = append(stateNames, n)
	}
	slices.Sort(stateNames)
	for _, n := range stateNames {
		sv, err := resolveState(n, p.State[n], byName, names)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		prog.state = append(prog.state, sv)
	}
	if p.Token != "" {
		if c, ok := byName[p.Token]; ok {
			prog.token = c.Address
		} else if a, err := parseAddress(p.Token); err == nil {
			prog.token = a
		} else {
			fail("token", "%q is neither a contract of this monitor nor an address", p.Token)
		}
	}
	prog.contracts = map[string]any{}
	for _, c := range contracts {
		if identRE.MatchString(c.Name) && !celReserved[c.Name] {
			prog.contracts[c.Name] = NewAddress(c.Address)
		}
	}
	if len(errs) > 0 {
		// The expressions cannot be typed without the event, function
		// and state they refer to.
		return nil, errors.Join(errs...)
	}

	env, err := prog.env(contracts)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(p.Condition) != "" {
		prog.cond, err = compileExpr(env, p.Condition, "condition", cel.BoolType)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if p.Value != "" {
		prog.value, err = compileExpr(env, p.Value, "value", BigIntType)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if prog.title, err = prog.compileTemplate(env, p.Title, "title"); err != nil {
		errs = append(errs, err)
	}
	if prog.summary, err = prog.compileTemplate(env, p.Summary, "summary"); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return prog, nil
}

func resolveState(name string, sv StateVar, byName map[string]contractInfo, names []string) (stateVar, error) {
	path := "state." + name
	if !identRE.MatchString(name) || celReserved[name] {
		return stateVar{}, fmt.Errorf("%s: %q is not usable as a name in expressions (letters, digits and _; not starting with a digit)", path, name)
	}
	c, ok := byName[sv.Contract]
	switch {
	case sv.Contract == "":
		return stateVar{}, fmt.Errorf("%s.contract: is required", path)
	case !ok:
		return stateVar{}, fmt.Errorf("%s.contract: %q is not a contract of this monitor (contracts: %s)", path, sv.Contract, listOrNone(names))
	case c.ABI == nil:
		return stateVar{}, fmt.Errorf("%s.contract: %q has no usable abi to encode the call with", path, sv.Contract)
	case sv.Call == "":
		return stateVar{}, fmt.Errorf("%s.call: is required", path)
	}
	m, err := resolveMethod(c.ABI, sv.Call)
	if err != nil {
		return stateVar{}, fmt.Errorf("%s.call: %w", path, err)
	}
	if len(m.Outputs) == 0 {
		return stateVar{}, fmt.Errorf("%s.call: %s returns nothing", path, m.Sig)
	}
	if len(sv.Args) != len(m.Inputs) {
		return stateVar{}, fmt.Errorf("%s.args: %s takes %d argument(s), %d given", path, m.Sig, len(m.Inputs), len(sv.Args))
	}
	data := append([]byte(nil), m.ID...)
	for i, in := range m.Inputs {
		w, err := encodeArg(in.Type, sv.Args[i], byName)
		if err != nil {
			return stateVar{}, fmt.Errorf("%s.args[%d]: %w", path, i, err)
		}
		data = append(data, w...)
	}
	return stateVar{name: name, contract: c, method: m, calldata: data}, nil
}

// encodeArg ABI-encodes one elementary argument of a state call.
func encodeArg(t abi.Type, s string, byName map[string]contractInfo) ([]byte, error) {
	word := make([]byte, 32)
	switch t.T {
	case abi.AddressTy:
		if c, ok := byName[s]; ok {
			copy(word[12:], c.Address[:])
			return word, nil
		}
		a, err := parseAddress(s)
		if err != nil {
			return nil, fmt.Errorf("%w (or a contract name of this monitor)", err)
		}
		copy(word[12:], a[:])
		return word, nil
	case abi.UintTy, abi.IntTy:
		v, err := parseInteger(s)
		if err != nil {
			return nil, err
		}
		lo, hi := new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Size)), big.NewInt(1))
		if t.T == abi.IntTy {
			hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1)), big.NewInt(1))
			lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1)))
		}
		if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
			return nil, fmt.Errorf("%s is out of range for %s", v, t.String())
		}
		if v.Sign() < 0 {
			v = new(big.Int).Add(v, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		v.FillBytes(word)
		return word, nil
	case abi.BoolTy:
		switch s {
		case "true":
			word[31] = 1
		case "false":
		default:
			return nil, fmt.Errorf("%q is not true or false", s)
		}
		return word, nil
	case abi.FixedBytesTy:
		if !strings.HasPrefix(s, "0x") {
			return nil, fmt.Errorf("%q is not 0x-hex", s)
		}
		b := common.FromHex(s)
		if len(s) != 2+2*len(b) || len(b) != t.Size {
			return nil, fmt.Errorf("%q is not %d bytes of 0x-hex", s, t.Size)
		}
		copy(word, b)
		return word, nil
	}
	return nil, fmt.Errorf("arguments of type %s are not supported in state calls (elementary types only)", t.String())
}

// env declares the variables this rule may use, typed from its ABIs.
func (prog *program) env(contracts []contractInfo) (*cel.Env, error) {
	prov, err := newProvider()
	if err != nil {
		return nil, err
	}
	var block, tx recordBuilder
	block.add("number", cel.IntType)
	block.add("hash", cel.StringType)
	block.add("parent_hash", cel.StringType)
	block.add("time", cel.IntType)
	block.add("base_fee", BigIntType)
	block.add("gas_used", cel.IntType)
	block.add("gas_limit", cel.IntType)
	block.add("tx_count", cel.IntType)
	block.add("miner", AddressType)
	opts := []cel.EnvOption{
		cel.CustomTypeProvider(prov), cel.CustomTypeAdapter(prov),
		cel.ParserRecursionLimit(maxRecursionDepth),
		cel.ParserExpressionSizeLimit(maxExprLen),
		cel.Variable("block", prov.define("warden.Block", &block.r)),
	}
	var cs recordBuilder
	for _, c := range contracts {
		if _, ok := prog.contracts[c.Name]; ok {
			cs.add(c.Name, AddressType)
		}
	}
	opts = append(opts, cel.Variable("contracts", prov.define("warden.Contracts", &cs.r)))

	if prog.match != matchBlock {
		tx.add("hash", cel.StringType)
		tx.add("index", cel.IntType)
		tx.add("from", AddressType)
		tx.add("to", AddressType)
		tx.add("value", BigIntType)
		tx.add("status", cel.IntType)
		tx.add("success", cel.BoolType)
		tx.add("gas", cel.IntType)
		tx.add("gas_used", cel.IntType)
		tx.add("gas_price", BigIntType)
		tx.add("nonce", cel.IntType)
		tx.add("type", cel.IntType)
		tx.add("selector", cel.StringType)
		tx.add("input", cel.BytesType)
		tx.add("creates", AddressType)
		tx.add("log_count", cel.IntType)
		opts = append(opts, cel.Variable("tx", prov.define("warden.Tx", &tx.r)))
	}
	switch prog.match {
	case matchEvent:
		args, err := prov.argsRecord("warden.EventArgs", prog.event.Inputs)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", prog.event.Sig, err)
		}
		var ev recordBuilder
		ev.add("name", cel.StringType)
		ev.add("signature", cel.StringType)
		ev.add("contract", cel.StringType)
		ev.add("address", AddressType)
		ev.add("log_index", cel.IntType)
		ev.add("args", args)
		opts = append(opts, cel.Variable("event", prov.define("warden.Event", &ev.r)))
	case matchCall:
		args, err := prov.argsRecord("warden.CallArgs", prog.method.Inputs)
		if err != nil {
			return nil, fmt.Errorf("function %s: %w", prog.method.Sig, err)
		}
		var c recordBuilder
		c.add("function", cel.StringType)
		c.add("signature", cel.StringType)
		c.add("contract", cel.StringType)
		c.add("address", AddressType)
		c.add("from", AddressType)
		c.add("value", BigIntType)
		c.add("internal", cel.BoolType)
		c.add("depth", cel.IntType)
		c.add("type", cel.StringType)
		c.add("success", cel.BoolType)
		c.add("error", cel.StringType)
		c.add("gas", cel.IntType)
		c.add("gas_used", cel.IntType)
		c.add("input", cel.BytesType)
		c.add("args", args)
		opts = append(opts, cel.Variable("call", prov.define("warden.Call", &c.r)))
	}
	if len(prog.state) > 0 {
		var st recordBuilder
		for _, sv := range prog.state {
			t, err := prov.outputType(sv)
			if err != nil {
				return nil, fmt.Errorf("state.%s: %w", sv.name, err)
			}
			var pair recordBuilder
			pair.add("now", t)
			pair.add("prev", t)
			st.add(sv.name, prov.define("warden.State_"+sv.name, &pair.r))
		}
		opts = append(opts, cel.Variable("state", prov.define("warden.State", &st.r)))
	}
	opts = append(opts, library()...)
	env, err := cel.NewEnv(opts...)
	if err != nil {
		return nil, fmt.Errorf("rule environment: %w", err)
	}
	return env, nil
}

// outputType is the CEL type of a state call's result: the value itself
// for one output, a record of the outputs for several.
func (p *provider) outputType(sv stateVar) (*types.Type, error) {
	outs := sv.method.Outputs
	if len(outs) == 1 {
		return p.celType(outs[0].Type)
	}
	return p.argsRecord(p.anonymous("Output"), outs)
}

// compileExpr compiles src to a program whose result has type want (nil:
// any type).
func compileExpr(env *cel.Env, src, what string, want *types.Type) (cel.Program, error) {
	if len(src) > maxExprLen {
		return nil, fmt.Errorf("%s: longer than %d characters", what, maxExprLen)
	}
	// CEL's messages name the source (what:line:column) and show the
	// expression with a caret under the problem.
	parsed, iss := env.ParseSource(celcommon.NewStringSource(src, what))
	if iss != nil && iss.Err() != nil {
		return nil, errors.New(strings.ReplaceAll(iss.Err().Error(), "ERROR: ", ""))
	}
	rewrite(parsed)
	checked, iss := env.Check(parsed)
	if iss != nil && iss.Err() != nil {
		msg := strings.ReplaceAll(iss.Err().Error(), "ERROR: ", "")
		msg = strings.NewReplacer("'"+eqFn+"'", "'=='", "'"+neFn+"'", "'!='").Replace(msg)
		return nil, errors.New(msg)
	}
	if err := postCheck(checked, what); err != nil {
		return nil, err
	}
	if want != nil && !checked.OutputType().IsExactType(want) {
		return nil, fmt.Errorf("%s: must evaluate to %s, but %q is %s", what, want.String(), src, checked.OutputType().String())
	}
	prg, err := env.Program(checked, cel.EvalOptions(cel.OptOptimize), cel.InterruptCheckFrequency(100))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return prg, nil
}

func isType(t, want *types.Type) bool { return t != nil && t.IsExactType(want) }

// rewrite adapts a parsed expression to the rule language before it is
// type-checked:
//   - every == and != goes to the rule language's equality functions (see
//     eqFn), which compare bigints with ints and addresses with strings;
//   - a list literal after `in` whose elements are all address strings
//     becomes a list of addresses, so `tx.from in ["0x...", "0x..."]`
//     works (CEL's `in` cannot be given a mixed overload, as == cannot).
func rewrite(parsed *cel.Ast) {
	root := parsed.NativeRep().Expr()
	var maxID int64
	celast.PostOrderVisit(root, celast.NewExprVisitor(func(e celast.Expr) { maxID = max(maxID, e.ID()) }))
	fac := celast.NewExprFactory()
	celast.PostOrderVisit(root, celast.NewExprVisitor(func(e celast.Expr) {
		if e.Kind() != celast.CallKind {
			return
		}
		call := e.AsCall()
		if call.IsMemberFunction() || len(call.Args()) != 2 {
			return
		}
		args := call.Args()
		switch call.FunctionName() {
		case operators.Equals:
			e.SetKindCase(fac.NewCall(e.ID(), eqFn, args[0], args[1]))
		case operators.NotEquals:
			e.SetKindCase(fac.NewCall(e.ID(), neFn, args[0], args[1]))
		case operators.In:
			if args[1].Kind() != celast.ListKind {
				return
			}
			elems := args[1].AsList().Elements()
			for _, el := range elems {
				s, ok := literalString(el)
				if !ok {
					return
				}
				if _, err := parseAddress(s); err != nil {
					return
				}
			}
			for _, el := range elems {
				s, _ := literalString(el)
				maxID++
				el.SetKindCase(fac.NewCall(el.ID(), "address", fac.NewLiteral(maxID, types.String(s))))
			}
		}
	}))
}

func literalString(e celast.Expr) (string, bool) {
	if e.Kind() != celast.LiteralKind {
		return "", false
	}
	s, ok := e.AsLiteral().(types.String)
	return string(s), ok
}

// postCheck runs what the CEL checker cannot: constructor calls with
// literal arguments are evaluated (so `uint256("1e18")` or a mistyped
// address literal is a config error), and an int left of a bigint
// operator is converted (see arithmeticOps).
func postCheck(checked *cel.Ast, what string) error {
	native := checked.NativeRep()
	fac := celast.NewExprFactory()
	var maxID int64
	celast.PostOrderVisit(native.Expr(), celast.NewExprVisitor(func(e celast.Expr) { maxID = max(maxID, e.ID()) }))
	var errs []error
	where := func(id int64) string {
		loc := native.SourceInfo().GetStartLocation(id)
		return fmt.Sprintf("%s:%d:%d", what, loc.Line(), loc.Column()+1)
	}
	literalAddress := func(e celast.Expr) {
		if s, ok := literalString(e); ok {
			if _, err := parseAddress(s); err != nil {
				errs = append(errs, fmt.Errorf("%s: compared with an address, but %w", where(e.ID()), err))
			}
		}
	}
	celast.PostOrderVisit(native.Expr(), celast.NewExprVisitor(func(e celast.Expr) {
		if e.Kind() != celast.CallKind {
			return
		}
		call := e.AsCall()
		fn, args := call.FunctionName(), call.Args()
		switch {
		case arithmeticOps[fn] && len(args) == 2:
			// CEL's operators ask the left operand; an int there does
			// not know bigints, so it is made one: 5 < x is
			// int256(5) < x.
			if isType(native.GetType(args[0].ID()), cel.IntType) && isType(native.GetType(args[1].ID()), BigIntType) {
				maxID++
				e.SetKindCase(fac.NewCall(e.ID(), fn, fac.NewCall(maxID, "int256", args[0]), args[1]))
			}
		case (fn == eqFn || fn == neFn) && len(args) == 2:
			if isType(native.GetType(args[0].ID()), AddressType) {
				literalAddress(args[1])
			}
			if isType(native.GetType(args[1].ID()), AddressType) {
				literalAddress(args[0])
			}
		default:
			f, ok := constructors[fn]
			if !ok || call.IsMemberFunction() {
				return
			}
			vals := make([]ref.Val, len(args))
			for i, a := range args {
				if a.Kind() != celast.LiteralKind {
					return
				}
				vals[i] = a.AsLiteral()
			}
			if out := f(vals...); types.IsError(out) {
				errs = append(errs, fmt.Errorf("%s: %s: %v", where(args[0].ID()), fn, out))
			}
		}
	}))
	return errors.Join(errs...)
}

// template is a title or summary with {{...}} placeholders.
type template struct {
	parts []templatePart
}

type templatePart struct {
	text string
	prg  cel.Program // nil for literal text
}

var placeholderRE = regexp.MustCompile(`\{\{(.*?)\}\}`)

// compileTemplate compiles each placeholder: a bare argument name of the
// event or call, or a state variable's name (its current value), or any
// CEL expression.
func (prog *program) compileTemplate(env *cel.Env, src, what string) (template, error) {
	var t template
	var errs []error
	last := 0
	for _, m := range placeholderRE.FindAllStringSubmatchIndex(src, -1) {
		if m[0] > last {
			t.parts = append(t.parts, templatePart{text: src[last:m[0]]})
		}
		last = m[1]
		expr := strings.TrimSpace(src[m[2]:m[3]])
		if expr == "" {
			errs = append(errs, fmt.Errorf("%s: empty placeholder {{}}", what))
			continue
		}
		prg, err := compileExpr(env, prog.bareName(expr), what+" {{"+expr+"}}", nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		t.parts = append(t.parts, templatePart{prg: prg})
	}
	if last < len(src) {
		t.parts = append(t.parts, templatePart{text: src[last:]})
	}
	return t, errors.Join(errs...)
}

// bareName expands a placeholder that is just an argument or state name.
func (prog *program) bareName(expr string) string {
	if !identRE.MatchString(expr) {
		return expr
	}
	var params abi.Arguments
	var root string
	switch prog.match {
	case matchEvent:
		params, root = prog.event.Inputs, "event.args."
	case matchCall:
		params, root = prog.method.Inputs, "call.args."
	}
	for _, n := range argFields(params) {
		if n == expr {
			return root + n
		}
	}
	for _, sv := range prog.state {
		if sv.name == expr {
			return "state." + sv.name + ".now"
		}
	}
	return expr
}
