// Package contractcall is what the on-chain response steps (pause, call,
// blacklist, revoke-role) have in common: the contract a step calls and the
// account it calls from, function signatures and arguments written in a
// playbook, simulation with eth_call from the sending account (a revert is
// decoded, custom errors included, and nothing is sent), sending through
// the signer's transaction manager, and verification at the block the
// transaction landed in. Each kind only says how to build its call, when
// there is nothing to do, and how to prove the effect (see Call).
package contractcall

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/revert"
	"github.com/warden-dev/warden/txmgr"
)

// Contract is a contract a step calls, bound to the account that sends.
type Contract struct {
	Chain   string
	Ref     string // how the playbook names it: a monitor's contract name or an address
	Address common.Address
	ABI     *abi.ABI // nil when none is configured; decodes the contract's own errors
	Caller  respond.Caller
	Sender  respond.Sender
}

// Bind resolves a step's contract reference and signer name.
func Bind(env respond.BuildEnv, ref, signerName string) (*Contract, error) {
	addr, cfg, ok := env.Target(ref)
	if !ok {
		return nil, fmt.Errorf("contract: %q is neither a contract of the monitor nor an address", ref)
	}
	if env.Caller == nil {
		return nil, errors.New("no chain client to read and simulate with")
	}
	if env.Sender == nil {
		return nil, errors.New("no signers configured")
	}
	if signerName == "" {
		return nil, errors.New("signer: is required (the name of a configured signer)")
	}
	sender, err := env.Sender(signerName)
	if err != nil {
		return nil, fmt.Errorf("signer %q: %w", signerName, err)
	}
	c := &Contract{Chain: env.Chain, Ref: ref, Address: addr, Caller: env.Caller, Sender: sender}
	if cfg != nil {
		c.ABI = cfg.ParsedABI
	}
	return c, nil
}

// CheckTarget validates a step's contract reference and signer name at
// check-config time and returns the contract's ABI when one is configured.
// Without a monitor, names cannot be resolved and any non-empty reference
// passes.
func CheckTarget(env respond.CheckEnv, ref, signerName string) (*abi.ABI, error) {
	var errs []error
	var contractABI *abi.ABI
	switch {
	case ref == "":
		errs = append(errs, errors.New("contract: is required (a contract name of the monitor or an address)"))
	case env.Monitor != nil:
		_, cfg, ok := env.Target(ref)
		if !ok {
			errs = append(errs, fmt.Errorf("contract: %q is neither a contract of monitor %s nor an address", ref, env.Monitor.Name))
		} else if cfg != nil {
			contractABI = cfg.ParsedABI
		}
	}
	if signerName == "" {
		errs = append(errs, errors.New("signer: is required (the name of a configured signer)"))
	}
	return contractABI, errors.Join(errs...)
}

// String names the contract for people: "LendingPool (0x5FbD…)".
func (c *Contract) String() string {
	if c.Ref == "" || c.Ref == c.Address.Hex() || common.IsHexAddress(c.Ref) {
		return c.Address.Hex()
	}
	return fmt.Sprintf("%s (%s)", c.Ref, c.Address.Hex())
}

// Simulate runs the call with eth_call from the sending account against
// the latest state. A revert comes back decoded:
// "simulating pause() on LendingPool (0x..) from 0x..: reverted:
// AccessControlUnauthorizedAccount(account: 0x.., neededRole: PAUSER_ROLE)".
func (c *Contract) Simulate(ctx context.Context, what string, data []byte, value *big.Int) error {
	from := c.Sender.Signer()
	_, err := c.Caller.CallContract(ctx, ethereum.CallMsg{From: from, To: &c.Address, Data: data, Value: value}, nil)
	if err != nil {
		return fmt.Errorf("simulating %s on %s from %s: %w", what, c, from.Hex(), revert.Explain(err, c.ABI))
	}
	return nil
}

// Read calls a view function at a block (nil = latest).
func (c *Contract) Read(ctx context.Context, data []byte, block *big.Int) ([]byte, error) {
	out, err := c.Caller.CallContract(ctx, ethereum.CallMsg{To: &c.Address, Data: data}, block)
	if err != nil {
		return nil, revert.Explain(err, c.ABI)
	}
	return out, nil
}

// Send sends the planned call exactly once under the plan's key and waits
// for its receipt. A reverted transaction is an error, returned with the
// partial result (the hash and block are worth recording).
// Emergency sends pay the transaction manager's emergency tip: a pause
// must be ordered before the attacker's next transaction.
func (c *Contract) Send(ctx context.Context, p *respond.Plan, emergency bool, onBroadcast func(txmgr.Record)) (*respond.Result, *types.Receipt, error) {
	req := txmgr.Request{Key: p.Key, To: p.To, Data: p.Data, Value: p.Value, Gas: p.Gas, Emergency: emergency}
	res, err := c.Sender.Send(ctx, req, onBroadcast)
	if err != nil {
		return nil, nil, fmt.Errorf("sending %s: %w", p.Description, revert.Explain(err, c.ABI))
	}
	out := &respond.Result{TxHash: res.Record.Hash, BroadcastAt: res.Record.BroadcastAt, Resumed: res.Resumed}
	if res.Receipt == nil {
		return out, nil, fmt.Errorf("sending %s: no receipt for %s", p.Description, res.Record.Hash.Hex())
	}
	out.Block = res.Receipt.BlockNumber.Uint64()
	if res.Receipt.Status != types.ReceiptStatusSuccessful {
		return out, res.Receipt, fmt.Errorf("transaction %s (%s) reverted in block %d (gas used %d)", res.Record.Hash.Hex(), p.Description, out.Block, res.Receipt.GasUsed)
	}
	return out, res.Receipt, nil
}

// Target is what every contract step's params name: the contract and the
// signer that calls it.
type Target interface {
	ContractAndSigner() (contract, signer string)
}

// Factory makes a step kind whose params need nothing checked against the
// contract beyond decode's own checks and the target itself: decode reads
// and validates the params (returning them with the errors, so check-config
// reports every mistake at once), build makes the call for one monitor.
func Factory[T any, P interface {
	*T
	Target
}](kind string, decode func(*yaml.Node) (P, error), build func(*Contract, P) respond.Action) respond.ActionFactory {
	return respond.ActionFactory{
		Kind: kind,
		Check: func(node *yaml.Node, env respond.CheckEnv) error {
			p, err := decode(node)
			if p == nil { // not even decodable: nothing to check further
				return err
			}
			contract, signer := p.ContractAndSigner()
			_, terr := CheckTarget(env, contract, signer)
			return errors.Join(err, terr)
		},
		New: func(node *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			p, err := decode(node)
			if err != nil {
				return nil, err
			}
			contract, signer := p.ContractAndSigner()
			c, err := Bind(env, contract, signer)
			if err != nil {
				return nil, err
			}
			return build(c, p), nil
		},
	}
}
