package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/revert"
)

// ErrReverted is wrapped by a *TxError whose transaction was mined with
// status 0.
var ErrReverted = errors.New("transaction reverted")

// TxError reports which step of an operation failed. Receipt is set when the
// transaction was mined (then Err is ErrReverted); otherwise the
// transaction could not be built, sent or waited for and Err says why.
type TxError struct {
	Step    string
	TxHash  common.Hash    // zero if nothing was sent
	Receipt *types.Receipt // nil unless the transaction was mined
	// Reason is the decoded revert reason, e.g. "EnforcedPause()" or
	// `Error("borrow cap")`, when one could be recovered; "" otherwise.
	Reason string
	Err    error
}

func (e *TxError) Error() string {
	var b strings.Builder
	b.WriteString("demoprotocol: ")
	b.WriteString(e.Step)
	if e.TxHash != (common.Hash{}) {
		fmt.Fprintf(&b, " (tx %s", e.TxHash.Hex())
		if e.Receipt != nil {
			fmt.Fprintf(&b, ", block %d, gas used %d", e.Receipt.BlockNumber.Uint64(), e.Receipt.GasUsed)
		}
		b.WriteString(")")
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	return b.String()
}

func (e *TxError) Unwrap() error { return e.Err }

// sent is a transaction on its way, with the step it belongs to.
type sent struct {
	step string
	tx   *types.Transaction
}

// batch sends several transactions from one account with consecutive nonces
// without waiting in between, so they can land in one block. Transactions
// whose gas is 0 are estimated against the latest state, so only use that
// for transactions that do not depend on earlier ones in the same batch.
type batch struct {
	ctx    context.Context
	client *ethclient.Client
	from   common.Address
	signer *bind.TransactOpts // From and Signer; copied for each transaction
	nonce  uint64
	txs    []sent
}

func newBatch(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int) (*batch, error) {
	if key == nil {
		return nil, errors.New("demoprotocol: nil private key")
	}
	if chainID == nil {
		return nil, errors.New("demoprotocol: nil chain ID")
	}
	signer := bind.NewKeyedTransactor(key, chainID)
	nonce, err := client.PendingNonceAt(ctx, signer.From)
	if err != nil {
		return nil, &TxError{Step: "read nonce of " + signer.From.Hex(), Err: err}
	}
	return &batch{ctx: ctx, client: client, from: signer.From, signer: signer, nonce: nonce}, nil
}

func (b *batch) opts(nonce uint64, value *big.Int, gas uint64) *bind.TransactOpts {
	o := *b.signer
	o.Context = b.ctx
	o.Nonce = new(big.Int).SetUint64(nonce)
	o.Value = value
	o.GasLimit = gas
	return &o
}

// send runs one send attempt per nonce, starting at the batch's next nonce,
// until the node accepts the transaction (see sendWithNonce).
func (b *batch) send(step string, attempt func(nonce uint64) (*types.Transaction, error)) (*types.Transaction, error) {
	tx, err := sendWithNonce(b.ctx, b.client, b.from, b.nonce, attempt)
	if err != nil {
		return nil, sendError(step, err)
	}
	b.nonce = tx.Nonce() + 1
	b.txs = append(b.txs, sent{step, tx})
	return tx, nil
}

// call sends data to `to`.
func (b *batch) call(step string, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	c := bind.NewBoundContract(to, abi.ABI{}, b.client, b.client, b.client)
	return b.send(step, func(nonce uint64) (*types.Transaction, error) {
		return c.RawTransact(b.opts(nonce, value, gas), data)
	})
}

// deploy sends a contract creation and returns the address it will have.
func (b *batch) deploy(step string, meta *bind.MetaData, ctorInput []byte) (common.Address, error) {
	code, err := hexutil.Decode(meta.Bin)
	if err != nil {
		return common.Address{}, &TxError{Step: step, Err: fmt.Errorf("bad bytecode: %w", err)}
	}
	var addr common.Address
	_, err = b.send(step, func(nonce uint64) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(b.opts(nonce, nil, 0), code, b.client, ctorInput)
		addr = a
		return tx, err
	})
	return addr, err
}

// sendWithNonce calls attempt with nonce and, while the node rejects the
// transaction because that nonce is already taken, with the next one.
//
// This matters because geth's pool answers eth_getTransactionCount
// "pending" from the transactions it has promoted, and promotion runs
// asynchronously after eth_sendRawTransaction returns: a second transaction
// sent right after a first one from the same account can be given the
// first one's nonce and be refused as "replacement transaction underpriced"
// (or "nonce too low" if the first was mined meanwhile).
func sendWithNonce(ctx context.Context, client *ethclient.Client, from common.Address, nonce uint64, attempt func(nonce uint64) (*types.Transaction, error)) (*types.Transaction, error) {
	const maxAttempts = 32
	for i := 0; ; i++ {
		tx, err := attempt(nonce)
		if err == nil || i == maxAttempts-1 || !nonceTaken(err) {
			return tx, err
		}
		nonce++
		if pending, perr := client.PendingNonceAt(ctx, from); perr == nil && pending > nonce {
			nonce = pending
		}
	}
}

// nonceTaken reports whether a send failed because its nonce is in use.
func nonceTaken(err error) bool {
	msg := err.Error()
	for _, s := range []string{"replacement transaction underpriced", "nonce too low", "already known"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// wait waits for every transaction sent so far and returns the first failure.
func (b *batch) wait() ([]*types.Receipt, error) {
	txs := b.txs
	b.txs = nil
	rs := make([]*types.Receipt, 0, len(txs))
	for _, s := range txs {
		r, err := waitSuccess(b.ctx, b.client, s.step, s.tx)
		if err != nil {
			return rs, err
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// sendOne sends a single transaction from key with the pending nonce (see
// sendWithNonce) and a fixed gas limit (0 = estimate) and does not wait for it.
func sendOne(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int, step string, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	b, err := newBatch(ctx, client, key, chainID)
	if err != nil {
		return nil, err
	}
	return b.call(step, to, data, value, gas)
}

func sendError(step string, err error) error {
	return &TxError{Step: step, Reason: decodeRPCError(err), Err: err}
}

// WaitMined waits until tx is mined and returns its receipt, whatever its
// status. It polls quickly (from 10 ms, backing off to 250 ms), which suits
// a dev chain that mines as soon as a transaction arrives.
func WaitMined(ctx context.Context, client *ethclient.Client, tx *types.Transaction) (*types.Receipt, error) {
	delay := 10 * time.Millisecond
	for {
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		if delay < 250*time.Millisecond {
			delay = delay * 3 / 2
		}
	}
}

// Wait waits for tx and returns a *TxError naming step when it reverted
// (with the revert reason when it can be recovered) or could not be waited for.
func Wait(ctx context.Context, client *ethclient.Client, step string, tx *types.Transaction) (*types.Receipt, error) {
	return waitSuccess(ctx, client, step, tx)
}

func waitSuccess(ctx context.Context, client *ethclient.Client, step string, tx *types.Transaction) (*types.Receipt, error) {
	r, err := WaitMined(ctx, client, tx)
	if err != nil {
		return nil, &TxError{Step: step, TxHash: tx.Hash(), Err: fmt.Errorf("waiting for receipt: %w", err)}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, &TxError{Step: step, TxHash: tx.Hash(), Receipt: r, Reason: RevertReason(ctx, client, tx, r), Err: ErrReverted}
	}
	return r, nil
}

// RevertReason tries to recover why a mined transaction failed by replaying
// it with eth_call on the state before its block (exact unless transactions
// earlier in the same block changed what it depends on). It returns the
// decoded reason (see DecodeRevert); when the replay gives none and the
// transaction used all its gas, "out of gas"; otherwise "".
func RevertReason(ctx context.Context, client *ethclient.Client, tx *types.Transaction, r *types.Receipt) string {
	if reason := replayReason(ctx, client, tx, r); reason != "" {
		return reason
	}
	if r != nil && r.GasUsed == tx.Gas() {
		return "out of gas"
	}
	return ""
}

func replayReason(ctx context.Context, client *ethclient.Client, tx *types.Transaction, r *types.Receipt) string {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return ""
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	var block *big.Int
	if r != nil && r.BlockNumber != nil && r.BlockNumber.Sign() > 0 {
		block = new(big.Int).Sub(r.BlockNumber, common.Big1)
	}
	if _, err = client.CallContract(ctx, msg, block); err == nil {
		return ""
	}
	return decodeRPCError(err)
}

// decodeRPCError extracts and decodes revert data from a JSON-RPC error.
func decodeRPCError(err error) string {
	data, ok := revert.FromError(err)
	if !ok {
		return ""
	}
	return DecodeRevert(data)
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256) or any
// custom error declared by the demo contracts, the Guardian and the
// CircuitBreaker, or by OpenZeppelin (e.g. EnforcedPause() and
// AccessControlUnauthorizedAccount(address,bytes32)), through revert.Decode.
func DecodeRevert(data []byte) string { return revert.Decode(data, demoABIs...) }

// demoABIs are every demo contract's ABI, searched for custom errors.
var demoABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, a := range []abi.ABI{lendingPoolABI.GetABI(), attackerABI.GetABI(), stableABI.GetABI(), guardianABI.GetABI(), breakerABI.GetABI()} {
		out = append(out, &a)
	}
	return out
}()
