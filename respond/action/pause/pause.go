// Package pause is the action that calls pause() on an OpenZeppelin
// Pausable contract (or anything with the same two functions) and proves
// the pause took effect by reading paused() afterwards.
package pause

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/txmgr"
)

var (
	pauseSelector  = crypto.Keccak256([]byte("pause()"))[:4]
	pausedSelector = crypto.Keccak256([]byte("paused()"))[:4]
)

// Caller reads chain state.
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Sender is the transaction manager of the signer that holds the pauser role.
type Sender interface {
	Signer() common.Address
	Send(ctx context.Context, req txmgr.Request, onBroadcast func(txmgr.Record)) (*txmgr.Result, error)
}

// Action pauses one contract.
type Action struct {
	Chain  string
	Target common.Address
	Name   string
	Caller Caller
	Sender Sender
}

// Paused reads paused() at a block (nil = latest).
func Paused(ctx context.Context, c Caller, target common.Address, block *big.Int) (bool, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &target, Data: pausedSelector}, block)
	if err != nil {
		return false, fmt.Errorf("paused() on %s: %w", target.Hex(), err)
	}
	if len(out) != 32 {
		return false, fmt.Errorf("paused() on %s returned %d bytes, want 32 (is it Pausable?)", target.Hex(), len(out))
	}
	return out[31] == 1, nil
}

func (a *Action) describe() string {
	return fmt.Sprintf("pause() on %s (%s) from %s", a.Name, a.Target.Hex(), a.Sender.Signer().Hex())
}

// Plan checks the contract is not already paused and simulates the call
// from the signer, so a missing role or wrong target is found before any
// transaction exists.
func (a *Action) Plan(ctx context.Context, _ *respond.Input, key string) (*respond.Plan, error) {
	p := &respond.Plan{Key: key, Chain: a.Chain, Description: a.describe(), To: a.Target, Data: pauseSelector, From: a.Sender.Signer()}
	paused, err := Paused(ctx, a.Caller, a.Target, nil)
	if err != nil {
		return nil, err
	}
	if paused {
		p.Noop, p.Reason = true, "the contract is already paused"
		return p, nil
	}
	from := a.Sender.Signer()
	if _, err := a.Caller.CallContract(ctx, ethereum.CallMsg{From: from, To: &a.Target, Data: pauseSelector}, nil); err != nil {
		return nil, fmt.Errorf("simulating %s: %s", a.describe(), explainRevert(err))
	}
	return p, nil
}

// Execute sends the pause and verifies paused() in the block it landed in.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, _ respond.Approval, onBroadcast func(txmgr.Record)) (*respond.Result, error) {
	if p.Noop {
		return &respond.Result{Verified: true, Detail: "already paused; nothing sent"}, nil
	}
	res, err := a.Sender.Send(ctx, txmgr.Request{Key: p.Key, To: p.To, Data: p.Data}, onBroadcast)
	if err != nil {
		return nil, err
	}
	out := &respond.Result{TxHash: res.Record.Hash, Block: res.Receipt.BlockNumber.Uint64(), BroadcastAt: res.Record.BroadcastAt, Resumed: res.Resumed}
	if res.Receipt.Status != 1 {
		return out, fmt.Errorf("pause transaction %s reverted in block %d", res.Record.Hash.Hex(), out.Block)
	}
	paused, err := Paused(ctx, a.Caller, a.Target, res.Receipt.BlockNumber)
	if err != nil {
		return out, fmt.Errorf("verify pause: %w", err)
	}
	out.Verified = paused
	if paused {
		out.Detail = fmt.Sprintf("mined in block %d (tx %s); paused() is true", out.Block, out.TxHash.Hex())
	} else {
		out.Detail = fmt.Sprintf("mined in block %d (tx %s) but paused() is still false", out.Block, out.TxHash.Hex())
	}
	return out, nil
}

// Revert selectors worth naming for the pause call.
var knownErrors = map[string]string{
	hex.EncodeToString(crypto.Keccak256([]byte("AccessControlUnauthorizedAccount(address,bytes32)"))[:4]): "the signer lacks the pauser role (AccessControlUnauthorizedAccount)",
	hex.EncodeToString(crypto.Keccak256([]byte("OwnableUnauthorizedAccount(address)"))[:4]):               "the signer is not the owner (OwnableUnauthorizedAccount)",
	hex.EncodeToString(crypto.Keccak256([]byte("EnforcedPause()"))[:4]):                                   "the contract is already paused (EnforcedPause)",
}

// explainRevert turns a node's revert error into words.
func explainRevert(err error) string {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data := common.FromHex(s)
			if reason, uerr := abi.UnpackRevert(data); uerr == nil {
				return fmt.Sprintf("reverted: %s", reason)
			}
			if len(data) >= 4 {
				if name, ok := knownErrors[hex.EncodeToString(data[:4])]; ok {
					return "reverted: " + name
				}
			}
			if len(data) > 0 && !bytes.Equal(data, nil) {
				return fmt.Sprintf("%v (revert data %s)", err, strings.ToLower(s))
			}
		}
	}
	return err.Error()
}
