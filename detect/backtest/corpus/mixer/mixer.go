// Package mixer puts a Tornado-Cash-like 0.1 ETH pool (MixerPool) at the
// real Tornado Cash 0.1 ETH pool's mainnet address, so corpus attacks can be
// funded the way real ones are: the attacker's fresh EOA receives its gas
// money through mixer withdrawals. The pool is installed through the
// genesis allocation (GenesisAlloc), because a deployed contract cannot
// choose its address; Fund then sends the deposits and withdrawals.
//
// MixerPool emits Tornado's exact Deposit and Withdrawal events; it checks
// no zk proof (see contracts/src/scenarios/mixer/MixerPool.sol).
package mixer

import (
	"context"
	"crypto/ecdsa"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/mixerpool"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

//go:generate cp ../../../../contracts/artifacts/MixerPool.runtime .

// runtimeHex is MixerPool's deployed bytecode, a copy of
// contracts/artifacts/MixerPool.runtime (written by contracts/compile.js;
// TestRuntimeCurrent fails when the copy is stale: run go generate).
//
//go:embed MixerPool.runtime
var runtimeHex string

// Address is the Tornado Cash 0.1 ETH pool on Ethereum mainnet.
var Address = common.HexToAddress("0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc")

// Denomination is the pool's fixed deposit: 0.1 ether.
var Denomination = new(big.Int).Div(corpus.Ether(1), big.NewInt(10))

// genesisBalance stands for the deposits other people left in the pool.
var genesisBalance = corpus.Ether(100)

var poolABI = mixerpool.NewMixerPool()

// Gas limits for deposit and withdraw (measured ~50k and ~60k).
const (
	gasDeposit  = 150_000
	gasWithdraw = 150_000
)

// Runtime is MixerPool's deployed bytecode.
func Runtime() ([]byte, error) {
	code, err := hexutil.Decode("0x" + strings.TrimSpace(runtimeHex))
	if err != nil {
		return nil, fmt.Errorf("mixer: MixerPool runtime bytecode: %w", err)
	}
	if len(code) == 0 {
		return nil, errors.New("mixer: MixerPool runtime bytecode is empty")
	}
	return code, nil
}

// GenesisAlloc returns the genesis entry that installs MixerPool at Address
// with 100 ETH of earlier deposits, for devchain.Config.Alloc.
func GenesisAlloc() (types.GenesisAlloc, error) {
	code, err := Runtime()
	if err != nil {
		return nil, err
	}
	return types.GenesisAlloc{Address: {Code: code, Balance: new(big.Int).Set(genesisBalance)}}, nil
}

// Installed reports whether the chain has the mixer at Address (the backtest
// installs it; a plain test chain may not).
func Installed(ctx context.Context, env *corpus.Env) (bool, error) {
	code, err := env.Client.CodeAt(ctx, Address, nil)
	if err != nil {
		return false, fmt.Errorf("mixer: code at %s: %w", Address, err)
	}
	return len(code) > 0, nil
}

// Funding are the transactions of one Fund call.
type Funding struct {
	Deposits    []common.Hash // key's deposits into the pool
	Withdrawals []common.Hash // withdrawals paying `to`, sent by key as relayer
}

// Fund makes n deposits of 0.1 ETH from key and then n withdrawals, each
// paying 0.1 ETH to `to`, sent by key acting as the relayer (a fresh `to`
// has no ETH for gas: that is what relayers are for). It waits for every
// transaction (the chain must be mining) and fails if one reverts. The
// withdrawals are the funding transactions a fresh attacker EOA receives.
func Fund(ctx context.Context, env *corpus.Env, key *ecdsa.PrivateKey, to common.Address, n int) (Funding, error) {
	if n <= 0 {
		return Funding{}, fmt.Errorf("mixer: fund %s: n = %d, want at least 1", to, n)
	}
	// Notes are derived from the pool's deposit count, so repeated calls
	// never reuse a commitment or a nullifier.
	out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &Address, Data: poolABI.PackNextIndex()}, nil)
	if err != nil {
		return Funding{}, fmt.Errorf("mixer: nextIndex of %s (is the mixer installed?): %w", Address, err)
	}
	next, err := poolABI.UnpackNextIndex(out)
	if err != nil {
		return Funding{}, fmt.Errorf("mixer: decode nextIndex of %s: %w", Address, err)
	}
	relayer := corpus.Address(key)
	var f Funding
	var sent []common.Hash
	notes := make([]common.Hash, n)
	for i := range n {
		var idx [8]byte
		binary.BigEndian.PutUint64(idx[:], uint64(next)+uint64(i))
		notes[i] = crypto.Keccak256Hash([]byte("warden-mixer-note"), relayer.Bytes(), to.Bytes(), idx[:])
		commitment := crypto.Keccak256Hash([]byte("commitment"), notes[i].Bytes())
		h, err := env.Call(ctx, key, Address, poolABI.PackDeposit(commitment), Denomination, gasDeposit)
		if err != nil {
			return f, fmt.Errorf("mixer: deposit %d of %d: %w", i+1, n, err)
		}
		f.Deposits = append(f.Deposits, h)
		sent = append(sent, h)
	}
	if err := waitOK(ctx, env, sent); err != nil {
		return f, err
	}
	sent = sent[:0]
	for i := range n {
		nullifier := crypto.Keccak256Hash([]byte("nullifier"), notes[i].Bytes())
		h, err := env.Call(ctx, key, Address, poolABI.PackWithdraw(to, nullifier, relayer, new(big.Int)), nil, gasWithdraw)
		if err != nil {
			return f, fmt.Errorf("mixer: withdrawal %d of %d to %s: %w", i+1, n, to, err)
		}
		f.Withdrawals = append(f.Withdrawals, h)
		sent = append(sent, h)
	}
	return f, waitOK(ctx, env, sent)
}

func waitOK(ctx context.Context, env *corpus.Env, hashes []common.Hash) error {
	for _, h := range hashes {
		r, err := env.Wait(ctx, h)
		if err != nil {
			return fmt.Errorf("mixer: %w", err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("mixer: transaction %s reverted", h)
		}
	}
	return nil
}

// FundAttacker gives a fresh attacker EOA `to` n*0.1 ETH the way real
// attackers get their gas money: from deposits by the attacker's other
// wallet `from` into the mixer, withdrawn to `to`. On a chain without the
// mixer (a plain test chain) it falls back to one direct transfer of the
// same amount. The transactions come back labelled as preparation.
func FundAttacker(ctx context.Context, env *corpus.Env, from *ecdsa.PrivateKey, to common.Address, n int) ([]corpus.AttackTx, error) {
	ok, err := Installed(ctx, env)
	if err != nil {
		return nil, err
	}
	if !ok {
		value := new(big.Int).Mul(Denomination, big.NewInt(int64(n)))
		r, err := env.CallAndWait(ctx, from, to, nil, value, 21_000)
		if err != nil {
			return nil, fmt.Errorf("mixer: fund %s directly: %w", to, err)
		}
		return []corpus.AttackTx{{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "the attacker's wallet funds its fresh EOA (no mixer on this chain)"}}, nil
	}
	f, err := Fund(ctx, env, from, to, n)
	var out []corpus.AttackTx
	for _, h := range f.Deposits {
		out = append(out, corpus.AttackTx{Hash: h, Stage: corpus.StagePreparation, Note: "the attacker's wallet deposits 0.1 ETH into the mixer"})
	}
	for _, h := range f.Withdrawals {
		out = append(out, corpus.AttackTx{Hash: h, Stage: corpus.StagePreparation, Note: "a mixer withdrawal funds the attacker's fresh EOA"})
	}
	return out, err
}

// Launder deposits n*0.1 ETH from key into the mixer, the way attackers
// move what they took out of reach after an exploit. The deposits come back
// labelled as laundering. On a chain without the mixer it does nothing: there
// is nowhere to launder to.
func Launder(ctx context.Context, env *corpus.Env, key *ecdsa.PrivateKey, n int) ([]corpus.AttackTx, error) {
	ok, err := Installed(ctx, env)
	if err != nil || !ok {
		return nil, err
	}
	out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &Address, Data: poolABI.PackNextIndex()}, nil)
	if err != nil {
		return nil, fmt.Errorf("mixer: nextIndex of %s: %w", Address, err)
	}
	next, err := poolABI.UnpackNextIndex(out)
	if err != nil {
		return nil, fmt.Errorf("mixer: decode nextIndex of %s: %w", Address, err)
	}
	who := corpus.Address(key)
	var txs []corpus.AttackTx
	var sent []common.Hash
	for i := range n {
		var idx [8]byte
		binary.BigEndian.PutUint64(idx[:], uint64(next)+uint64(i))
		commitment := crypto.Keccak256Hash([]byte("commitment"), []byte("warden-mixer-launder"), who.Bytes(), idx[:])
		h, err := env.Call(ctx, key, Address, poolABI.PackDeposit(commitment), Denomination, gasDeposit)
		if err != nil {
			return txs, fmt.Errorf("mixer: launder deposit %d of %d: %w", i+1, n, err)
		}
		txs = append(txs, corpus.AttackTx{Hash: h, Stage: corpus.StageLaundering, Note: "the attacker deposits 0.1 ETH into the mixer after the exploit"})
		sent = append(sent, h)
	}
	return txs, waitOK(ctx, env, sent)
}

// FreshKey derives a deterministic key from a label: the fresh EOA a
// scenario's attacker works from.
func FreshKey(label string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden-corpus-fresh-" + label)))
	if err != nil {
		return nil, fmt.Errorf("mixer: fresh key %q: %w", label, err)
	}
	return k, nil
}
