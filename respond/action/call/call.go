// Package call is the general on-chain step: any function of a contract,
// with arguments written in the playbook as literals or as placeholders
// for the incident ("{{incident.attacker}}"), ABI-encoded against the
// function's parameter types, and an optional view function whose result
// proves the effect (isBlacklisted(attacker) is true).
package call

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/contractcall"
	"github.com/warden-dev/warden/respond/action/template"
)

// Params are the call step's parameters.
type Params struct {
	Contract string `yaml:"contract"`
	Signer   string `yaml:"signer"`
	// Function is a signature ("blacklist(address)") or, with the
	// contract's ABI configured, a method name.
	Function string      `yaml:"function"`
	Args     []yaml.Node `yaml:"args"`
	// Value is wei sent with the call (decimal or 0x hex).
	Value  string        `yaml:"value"`
	Gas    uint64        `yaml:"gas"`
	Verify *VerifyParams `yaml:"verify"`
}

// VerifyParams name a view function whose result proves the call worked.
// Its args are literals or the same placeholders as the call's args: the
// check reads the values that were sent, so it needs no incident.
type VerifyParams struct {
	Function string      `yaml:"function"`
	Args     []yaml.Node `yaml:"args"`
	// Expect is the first return value once the call took effect
	// (default true).
	Expect string `yaml:"expect"`
}

// Factory makes call steps.
func Factory() respond.ActionFactory {
	return respond.ActionFactory{
		Kind: "call",
		Check: func(node *yaml.Node, env respond.CheckEnv) error {
			var p Params
			if err := config.DecodeStrict(node, &p); err != nil {
				return err
			}
			contractABI, err := contractcall.CheckTarget(env, p.Contract, p.Signer)
			// Without a monitor, a method name cannot be looked up; only
			// a signature can be checked.
			if contractABI == nil && env.Monitor == nil && p.Function != "" && !strings.Contains(p.Function, "(") {
				return errors.Join(err, checkValueGas(&p))
			}
			_, cerr := compile(&p, contractABI)
			return errors.Join(err, cerr)
		},
		New: func(node *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			var p Params
			if err := config.DecodeStrict(node, &p); err != nil {
				return nil, err
			}
			c, err := contractcall.Bind(env, p.Contract, p.Signer)
			if err != nil {
				return nil, err
			}
			s, err := compile(&p, c.ABI)
			if err != nil {
				return nil, err
			}
			return s.action(c), nil
		},
	}
}

// step is a call step's parameters, parsed and checked.
type step struct {
	p      *Params
	fn     *abi.Method
	value  *big.Int
	verify *abi.Method
	expect string
	// verifyFrom[i] is the index of the call arg whose sent value verify
	// arg i reuses, or -1 for a literal.
	verifyFrom []int
	verifyLits []any
	expectType abi.Type
}

func checkValueGas(p *Params) error {
	_, err := parseValue(p.Value)
	return err
}

func parseValue(s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 0)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("value: %q is not an amount of wei", s)
	}
	return v, nil
}

// compile parses the function, checks the args against it and prepares
// the verification.
func compile(p *Params, contractABI *abi.ABI) (*step, error) {
	s := &step{p: p}
	var errs []error
	var err error
	if s.value, err = parseValue(p.Value); err != nil {
		errs = append(errs, err)
	}
	if p.Function == "" {
		errs = append(errs, errors.New("function: is required (a signature like blacklist(address), or a method name of the contract's ABI)"))
	} else if s.fn, err = contractcall.ParseFunction(p.Function, contractABI); err != nil {
		errs = append(errs, fmt.Errorf("function: %w", err))
	} else if err := contractcall.CheckArgs(s.fn.Inputs, p.Args); err != nil {
		errs = append(errs, err)
	}
	if p.Verify != nil {
		if err := s.compileVerify(contractABI); err != nil {
			errs = append(errs, fmt.Errorf("verify: %w", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *step) compileVerify(contractABI *abi.ABI) error {
	v := s.p.Verify
	if v.Function == "" {
		return errors.New("function: is required (a view function such as isBlacklisted(address))")
	}
	var err error
	if s.verify, err = contractcall.ParseFunction(v.Function, contractABI); err != nil {
		return fmt.Errorf("function: %w", err)
	}
	if len(v.Args) != len(s.verify.Inputs) {
		return fmt.Errorf("args: %d given, %s takes %d", len(v.Args), s.verify.Sig, len(s.verify.Inputs))
	}
	s.verifyFrom = make([]int, len(v.Args))
	s.verifyLits = make([]any, len(v.Args))
	for i, arg := range v.Args {
		t := s.verify.Inputs[i].Type
		s.verifyFrom[i] = -1
		if arg.Kind == yaml.ScalarNode && template.Has(arg.Value) {
			j := s.sameArg(arg.Value)
			if j < 0 {
				return fmt.Errorf("args[%d]: %q is not one of the call's args; a verification reuses the values that were sent, so use the same placeholder or a literal", i, arg.Value)
			}
			if s.fn.Inputs[j].Type.String() != t.String() {
				return fmt.Errorf("args[%d]: %s, but the call's args[%d] with the same placeholder is %s", i, t, j, s.fn.Inputs[j].Type)
			}
			s.verifyFrom[i] = j
			continue
		}
		vals, err := contractcall.Values(abi.Arguments{s.verify.Inputs[i]}, []yaml.Node{arg}, &respond.Input{})
		if err != nil {
			return fmt.Errorf("args[%d]: %w", i, err)
		}
		s.verifyLits[i] = vals[0]
	}
	s.expect = v.Expect
	if s.expect == "" {
		s.expect = "true"
	}
	if s.expectType, err = contractcall.ExpectType(s.verify, s.expect); err != nil {
		return fmt.Errorf("expect: %w", err)
	}
	if _, err := contractcall.Literal(s.expectType, s.expect); err != nil {
		return fmt.Errorf("expect: %w", err)
	}
	return nil
}

// sameArg finds the call arg written exactly as placeholder.
func (s *step) sameArg(placeholder string) int {
	if s.fn == nil {
		return -1
	}
	for j, a := range s.p.Args {
		if a.Kind == yaml.ScalarNode && strings.TrimSpace(a.Value) == strings.TrimSpace(placeholder) {
			return j
		}
	}
	return -1
}

func (s *step) action(c *contractcall.Contract) *contractcall.Call {
	call := &contractcall.Call{Contract: c, Value: s.value, Gas: s.p.Gas}
	var holds func(ctx context.Context, data []byte, block *big.Int) (bool, string, error)
	if s.verify != nil {
		holds = func(ctx context.Context, data []byte, block *big.Int) (bool, string, error) {
			vdata, what, err := s.verifyCall(data)
			if err != nil {
				return false, "", err
			}
			out, err := c.Read(ctx, vdata, block)
			if err != nil {
				return false, "", fmt.Errorf("%s on %s: %w", what, c, err)
			}
			ok, got, err := contractcall.Matches(s.expectType, out, s.expect)
			if err != nil {
				return false, "", fmt.Errorf("%s on %s: %w", what, c, err)
			}
			at := "now"
			if block != nil {
				at = "at block " + block.String()
			}
			return ok, fmt.Sprintf("%s returns %s %s (want %s)", what, got, at, s.expect), nil
		}
		call.Verify = holds
	}
	call.Build = func(ctx context.Context, in *respond.Input) (*contractcall.Built, error) {
		vals, err := contractcall.Values(s.fn.Inputs, s.p.Args, in)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.fn.Sig, err)
		}
		data, err := contractcall.Pack(s.fn, vals...)
		if err != nil {
			return nil, err
		}
		b := &contractcall.Built{What: describe(s.fn, vals), Data: data}
		if holds != nil {
			ok, evidence, err := holds(ctx, data, nil)
			if err != nil {
				return nil, fmt.Errorf("checking whether %s is needed: %w", b.What, err)
			}
			if ok {
				b.Noop = "already in effect: " + evidence
			}
		}
		return b, nil
	}
	return call
}

// verifyCall encodes the verification for the call data that was sent.
func (s *step) verifyCall(data []byte) ([]byte, string, error) {
	var sent []any
	if len(data) >= 4 {
		var err error
		if sent, err = s.fn.Inputs.Unpack(data[4:]); err != nil {
			return nil, "", fmt.Errorf("decoding the sent %s: %w", s.fn.Sig, err)
		}
	}
	vals := make([]any, len(s.verifyFrom))
	for i, j := range s.verifyFrom {
		if j < 0 {
			vals[i] = s.verifyLits[i]
			continue
		}
		if j >= len(sent) {
			return nil, "", fmt.Errorf("the sent call data has no argument %d", j)
		}
		vals[i] = sent[j]
	}
	vdata, err := contractcall.Pack(s.verify, vals...)
	if err != nil {
		return nil, "", err
	}
	return vdata, describe(s.verify, vals), nil
}

// describe shows a call with its values: "blacklist(0xBad…)".
func describe(m *abi.Method, vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case common.Address:
			parts[i] = x.Hex()
		case [32]byte:
			parts[i] = common.Hash(x).Hex()
		case []byte:
			parts[i] = fmt.Sprintf("0x%x", x)
		case string:
			parts[i] = fmt.Sprintf("%q", x)
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return m.RawName + "(" + strings.Join(parts, ", ") + ")"
}
