package safe

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Caller runs eth_call at a block (nil = latest).
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// LogFilterer runs eth_getLogs.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// State is what decides whether a Safe transaction can execute.
type State struct {
	Owners    []common.Address
	Threshold uint64
	Nonce     uint64
}

// IsOwner reports whether a is one of the owners.
func (s State) IsOwner(a common.Address) bool {
	for _, o := range s.Owners {
		if o == a {
			return true
		}
	}
	return false
}

// Reader reads one Safe's state over eth_call.
type Reader struct {
	caller Caller
	safe   common.Address
}

// NewReader reads the Safe at address safe.
func NewReader(c Caller, safe common.Address) *Reader { return &Reader{caller: c, safe: safe} }

// Address is the Safe's address.
func (r *Reader) Address() common.Address { return r.safe }

// State reads owners, threshold and nonce at a block (nil = latest).
func (r *Reader) State(ctx context.Context, block *big.Int) (State, error) {
	var st State
	out, err := r.call(ctx, "getOwners()", safeABI.PackGetOwners(), block)
	if err != nil {
		return st, err
	}
	if st.Owners, err = safeABI.UnpackGetOwners(out); err != nil {
		return st, r.notSafe("getOwners()", out, err)
	}
	out, err = r.call(ctx, "getThreshold()", safeABI.PackGetThreshold(), block)
	if err != nil {
		return st, err
	}
	threshold, err := safeABI.UnpackGetThreshold(out)
	if err != nil || !threshold.IsUint64() {
		return st, r.notSafe("getThreshold()", out, err)
	}
	out, err = r.call(ctx, "nonce()", safeABI.PackNonce(), block)
	if err != nil {
		return st, err
	}
	nonce, err := safeABI.UnpackNonce(out)
	if err != nil || !nonce.IsUint64() {
		return st, r.notSafe("nonce()", out, err)
	}
	st.Threshold, st.Nonce = threshold.Uint64(), nonce.Uint64()
	if st.Threshold == 0 || len(st.Owners) == 0 {
		return st, fmt.Errorf("safe %s is not set up (threshold %d, %d owners)", r.safe.Hex(), st.Threshold, len(st.Owners))
	}
	return st, nil
}

// Version reads VERSION() (e.g. "1.4.1").
func (r *Reader) Version(ctx context.Context) (string, error) {
	out, err := r.call(ctx, "VERSION()", safeABI.PackVERSION(), nil)
	if err != nil {
		return "", err
	}
	v, err := safeABI.UnpackVERSION(out)
	if err != nil {
		return "", r.notSafe("VERSION()", out, err)
	}
	return v, nil
}

// TransactionHash asks the Safe contract for the hash of tx (its own
// getTransactionHash), as a cross-check of Hash.
func (r *Reader) TransactionHash(ctx context.Context, tx Tx) (common.Hash, error) {
	data := safeABI.PackGetTransactionHash(tx.To, orZero(tx.Value), tx.Data, uint8(tx.Operation),
		new(big.Int).SetUint64(tx.SafeTxGas), new(big.Int).SetUint64(tx.BaseGas), orZero(tx.GasPrice),
		tx.GasToken, tx.RefundReceiver, new(big.Int).SetUint64(tx.Nonce))
	out, err := r.call(ctx, "getTransactionHash()", data, nil)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := safeABI.UnpackGetTransactionHash(out)
	if err != nil {
		return common.Hash{}, r.notSafe("getTransactionHash()", out, err)
	}
	return h, nil
}

// ApprovedHash reports whether owner approved hash on chain (approveHash).
func (r *Reader) ApprovedHash(ctx context.Context, owner common.Address, hash common.Hash) (bool, error) {
	out, err := r.call(ctx, "approvedHashes()", safeABI.PackApprovedHashes(owner, hash), nil)
	if err != nil {
		return false, err
	}
	v, err := safeABI.UnpackApprovedHashes(out)
	if err != nil {
		return false, r.notSafe("approvedHashes()", out, err)
	}
	return v.Sign() != 0, nil
}

func (r *Reader) call(ctx context.Context, what string, data []byte, block *big.Int) ([]byte, error) {
	to := r.safe
	out, err := r.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("safe %s: %s: %w", r.safe.Hex(), what, err)
	}
	return out, nil
}

func (r *Reader) notSafe(what string, out []byte, err error) error {
	if len(out) == 0 {
		return fmt.Errorf("safe %s: %s returned nothing: no Safe at this address", r.safe.Hex(), what)
	}
	return fmt.Errorf("safe %s: %s returned an answer that is not a Safe's (%d bytes): %v", r.safe.Hex(), what, len(out), err)
}

// Execution is the outcome of a Safe transaction on chain.
type Execution struct {
	SafeTxHash common.Hash
	// Success is false for ExecutionFailure: the nonce was used but the
	// inner call failed (possible only with safeTxGas or gasPrice set).
	Success bool
	TxHash  common.Hash // the Ethereum transaction that executed it
	Block   uint64
}

var (
	executionSuccessTopic = safeABI.GetABI().Events["ExecutionSuccess"].ID
	executionFailureTopic = safeABI.GetABI().Events["ExecutionFailure"].ID
)

// ExecutionIn finds the Safe's ExecutionSuccess or ExecutionFailure event
// for safeTxHash in a receipt; nil if the receipt has neither.
func ExecutionIn(r *types.Receipt, safe common.Address, safeTxHash common.Hash) *Execution {
	for _, l := range r.Logs {
		if e := executionOf(l, safe, safeTxHash); e != nil {
			return e
		}
	}
	return nil
}

// FindExecution looks for the execution of safeTxHash by the Safe from
// block fromBlock to the latest one; nil if it has not executed.
func FindExecution(ctx context.Context, f LogFilterer, safe common.Address, safeTxHash common.Hash, fromBlock uint64) (*Execution, error) {
	logs, err := f.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{safe},
		Topics:    [][]common.Hash{{executionSuccessTopic, executionFailureTopic}, {safeTxHash}},
	})
	if err != nil {
		return nil, fmt.Errorf("safe %s: execution logs of %s from block %d: %w", safe.Hex(), safeTxHash.Hex(), fromBlock, err)
	}
	for i := range logs {
		if e := executionOf(&logs[i], safe, safeTxHash); e != nil && !logs[i].Removed {
			return e, nil
		}
	}
	return nil, nil
}

func executionOf(l *types.Log, safe common.Address, safeTxHash common.Hash) *Execution {
	if l.Address != safe || len(l.Topics) != 2 || l.Topics[1] != safeTxHash {
		return nil
	}
	if l.Topics[0] != executionSuccessTopic && l.Topics[0] != executionFailureTopic {
		return nil
	}
	return &Execution{SafeTxHash: safeTxHash, Success: l.Topics[0] == executionSuccessTopic, TxHash: l.TxHash, Block: l.BlockNumber}
}
