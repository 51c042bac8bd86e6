// Package pause is the action that calls pause() on an OpenZeppelin
// Pausable contract (or anything with the same two functions) and proves
// the pause took effect by reading paused() afterwards. Other circuit
// breakers fit through the function and verify parameters: a Guardian's
// pauseAll() proven by allPaused().
package pause

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/contractcall"
	"github.com/warden-dev/warden/revert"
	"github.com/warden-dev/warden/txmgr"
)

// Defaults of an OpenZeppelin Pausable.
const (
	DefaultFunction = "pause()"
	DefaultVerify   = "paused()"
)

// Caller reads chain state.
type Caller = respond.Caller

// Sender is the transaction manager of the signer that holds the pauser role.
type Sender = respond.Sender

// Action pauses one contract.
type Action struct {
	Chain  string
	Target common.Address
	Name   string
	Caller Caller
	Sender Sender
	// Function is the pausing function, without arguments; empty means
	// pause().
	Function string
	// Verify is a view function without arguments returning true once the
	// contract is paused; empty means paused().
	Verify string
	// ABI, when configured, decodes the contract's own revert errors.
	ABI *abi.ABI
}

// Params are the pause step's parameters.
type Params struct {
	Contract string `yaml:"contract"`
	Signer   string `yaml:"signer"`
	Function string `yaml:"function"`
	Verify   string `yaml:"verify"`
}

// Factory makes pause steps: {contract, signer, function?, verify?}.
func Factory() respond.ActionFactory {
	return respond.ActionFactory{
		Kind: "pause",
		Check: func(node *yaml.Node, env respond.CheckEnv) error {
			var p Params
			if err := config.DecodeStrict(node, &p); err != nil {
				return err
			}
			contractABI, err := contractcall.CheckTarget(env, p.Contract, p.Signer)
			errs := []error{err}
			if _, err := noArgFunction(p.Function, DefaultFunction, contractABI); err != nil {
				errs = append(errs, fmt.Errorf("function: %w", err))
			}
			if _, err := noArgFunction(p.Verify, DefaultVerify, contractABI); err != nil {
				errs = append(errs, fmt.Errorf("verify: %w", err))
			}
			return errors.Join(errs...)
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
			a := &Action{Chain: env.Chain, Target: c.Address, Name: p.Contract, Caller: c.Caller, Sender: c.Sender,
				Function: p.Function, Verify: p.Verify, ABI: c.ABI}
			if _, err := a.call(); err != nil {
				return nil, err
			}
			return a, nil
		},
	}
}

// Paused reads paused() at a block (nil = latest).
func Paused(ctx context.Context, c Caller, target common.Address, block *big.Int) (bool, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &target, Data: pausedSelector}, block)
	if err != nil {
		return false, fmt.Errorf("paused() on %s: %w", target.Hex(), revert.Explain(err))
	}
	if len(out) != 32 {
		return false, fmt.Errorf("paused() on %s returned %d bytes, want 32 (is it Pausable?)", target.Hex(), len(out))
	}
	return out[31] == 1, nil
}

var pausedSelector = mustNoArg(DefaultVerify).ID

// Plan checks the contract is not already paused and simulates the call
// from the signer, so a missing role or wrong target is found before any
// transaction exists.
func (a *Action) Plan(ctx context.Context, in *respond.Input, key string) (*respond.Plan, error) {
	c, err := a.call()
	if err != nil {
		return nil, err
	}
	p, err := c.Plan(ctx, in, key)
	if err != nil {
		return nil, withHint(err)
	}
	return p, nil
}

// Execute sends the pause (paying the emergency tip) and verifies it in
// the block it landed in.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, ok respond.Approval, onBroadcast func(txmgr.Record)) (*respond.Result, error) {
	c, err := a.call()
	if err != nil {
		return nil, err
	}
	return c.Execute(ctx, p, ok, onBroadcast)
}

// call binds the action's fields to the shared contract-call machinery.
func (a *Action) call() (*contractcall.Call, error) {
	fn, err := noArgFunction(a.Function, DefaultFunction, a.ABI)
	if err != nil {
		return nil, fmt.Errorf("function: %w", err)
	}
	verify, err := noArgFunction(a.Verify, DefaultVerify, a.ABI)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	name := a.Name
	if name == "" {
		name = a.Target.Hex()
	}
	contract := &contractcall.Contract{Chain: a.Chain, Ref: name, Address: a.Target, ABI: a.ABI, Caller: a.Caller, Sender: a.Sender}
	isPaused := func(ctx context.Context, block *big.Int) (bool, error) {
		return contract.ReadBool(ctx, verify.Sig, verify.ID, block)
	}
	return &contractcall.Call{
		Contract:  contract,
		Emergency: true,
		Build: func(ctx context.Context, _ *respond.Input) (*contractcall.Built, error) {
			b := &contractcall.Built{What: fn.Sig, Data: fn.ID}
			paused, err := isPaused(ctx, nil)
			if err != nil {
				return nil, err
			}
			if paused {
				b.Noop = fmt.Sprintf("the contract is already paused (%s is true)", verify.Sig)
			}
			return b, nil
		},
		Verify: func(ctx context.Context, _ []byte, block *big.Int) (bool, string, error) {
			paused, err := isPaused(ctx, block)
			if err != nil {
				return false, "", err
			}
			return paused, fmt.Sprintf("%s is %v at block %s", verify.Sig, paused, block), nil
		},
	}, nil
}

// noArgFunction parses a pausing or verifying function, which takes no
// arguments (a pause needing arguments is a call step).
func noArgFunction(spec, def string, contractABI *abi.ABI) (*abi.Method, error) {
	if spec == "" {
		spec = def
	}
	m, err := contractcall.ParseFunction(spec, contractABI)
	if err != nil {
		return nil, err
	}
	if len(m.Inputs) > 0 {
		return nil, fmt.Errorf("%s takes arguments; a pause step calls a function without any (use a call step)", m.Sig)
	}
	return m, nil
}

func mustNoArg(sig string) *abi.Method {
	m, err := noArgFunction(sig, sig, nil)
	if err != nil {
		panic(err)
	}
	return m
}

// withHint says in words what the usual pause reverts mean for whoever
// configured the signer.
func withHint(err error) error {
	var re *revert.Error
	if !errors.As(err, &re) {
		return err
	}
	switch {
	case strings.HasPrefix(re.Reason, "AccessControlUnauthorizedAccount("):
		_, role, _ := strings.Cut(re.Reason, "neededRole: ")
		role = strings.TrimSuffix(role, ")")
		if role == "PAUSER_ROLE" {
			return fmt.Errorf("%w (the signer lacks the pauser role)", err)
		}
		return fmt.Errorf("%w (the signer lacks %s)", err, role)
	case strings.HasPrefix(re.Reason, "OwnableUnauthorizedAccount("):
		return fmt.Errorf("%w (the signer is not the owner)", err)
	case strings.HasPrefix(re.Reason, "EnforcedPause("):
		return fmt.Errorf("%w (the contract was paused meanwhile)", err)
	}
	return err
}
