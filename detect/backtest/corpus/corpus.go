// Package corpus is Warden's shipped set of exploit scenarios: real
// vulnerable contracts, real attacks and realistic benign traffic, all run
// on the embedded chain. The backtest (package backtest) deploys every
// scenario, mixes its benign traffic, runs the attacks and then scores the
// detectors against the labels the scenarios return: a detector is judged on
// transactions that really happened on a real EVM, never on synthetic data.
//
// Each scenario lives in its own subpackage (corpus/reentrancy, ...) and
// implements Scenario; corpus/all lists them.
package corpus

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Stage tells the backtest what part of an attack a transaction is.
type Stage string

const (
	// StagePreparation covers funding the attacker, deploying the attack
	// contract, approvals and other set-up. Alerting here is early warning;
	// it counts towards detection latency but a scenario is only "detected"
	// through its exploit transactions or earlier preparation.
	StagePreparation Stage = "preparation"
	// StageExploit is a transaction that takes value or control.
	StageExploit Stage = "exploit"
	// StageLaundering moves what was taken out of reach (a mixer, a
	// bridge). Alerting here is late, but it is when exchanges and bridges
	// can still freeze the funds.
	StageLaundering Stage = "laundering"
)

// AttackTx labels one transaction of an attack.
type AttackTx struct {
	Hash  common.Hash
	Stage Stage
	Note  string // what the transaction does, for reports
}

// Contract is one contract a monitor should watch.
type Contract struct {
	Name    string
	Address common.Address
	ABI     string // JSON ABI as compiled (contracts/artifacts/<Name>.abi)
}

// Deployment is what a scenario's Deploy leaves on chain.
type Deployment struct {
	// Contracts are the victim protocol's contracts: what a security team
	// would list in its monitor. Attack contracts are never listed.
	Contracts []Contract
	// Admins are accounts expected to make privileged changes (the team's
	// own keys and multisigs); changes by them are announced, not attacks.
	Admins []common.Address
	// State is the scenario's own bookkeeping between Deploy, Benign and
	// Attack (addresses, user positions, ...).
	State any
}

// Scenario is one exploit, reproduced.
type Scenario interface {
	// Name is a stable kebab-case identifier, e.g. "reentrancy-single".
	Name() string
	// Category is the root cause: reentrancy, price-manipulation,
	// access-control, share-inflation, upgrade-hijack, governance,
	// signature-replay, approval-drain, rounding, key-compromise, oracle.
	Category() string
	// Deploy deploys and seeds the victim protocol. The environment mines
	// a block per transaction while Deploy runs, so it may wait for each.
	Deploy(ctx context.Context, env *Env, rng *rand.Rand) (*Deployment, error)
	// Benign sends one step of ordinary, legitimate use (a few
	// transactions from Env.Users or the admins) and returns their hashes
	// WITHOUT waiting: the driver batches many steps into one block and
	// mines it. Transactions must not depend on others sent in the same
	// step, must use fixed gas limits (no estimation against pending
	// state) and should not revert: real users rarely send failing
	// transactions, and a revert storm is itself a signal.
	Benign(ctx context.Context, env *Env, d *Deployment, rng *rand.Rand) ([]common.Hash, error)
	// Attack runs the whole attack (preparation and exploitation) with a
	// block per transaction, waiting for each, and returns every
	// transaction it sent, labelled. It must leave the attacker richer:
	// a scenario whose attack silently fails would test nothing.
	Attack(ctx context.Context, env *Env, d *Deployment, rng *rand.Rand) ([]AttackTx, error)
}

// Env is the chain access scenarios share: one client, the keys and a
// nonce tracker, so many scenarios can send from the same accounts without
// tripping over each other's nonces.
type Env struct {
	Client  *ethclient.Client
	ChainID *big.Int
	// Deployer owns and administers every victim protocol.
	Deployer *ecdsa.PrivateKey
	// Attacker is the attacker's EOA, funded with ETH only.
	Attacker *ecdsa.PrivateKey
	// Users are benign users, funded with ETH only; scenarios give them
	// tokens in Deploy.
	Users []*ecdsa.PrivateKey

	mu     sync.Mutex
	nonces map[common.Address]uint64
}

// NewEnv builds an environment. Nonces are read from the node on first use
// of each account and then tracked locally: geth's pending nonce lags behind
// a fast sender.
func NewEnv(client *ethclient.Client, chainID *big.Int, deployer, attacker *ecdsa.PrivateKey, users []*ecdsa.PrivateKey) *Env {
	return &Env{Client: client, ChainID: chainID, Deployer: deployer, Attacker: attacker, Users: users, nonces: map[common.Address]uint64{}}
}

// Address is the account of key.
func Address(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// Ether is n * 1e18.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// gasPrice is fixed: the embedded chain's base fee stays far below it, and a
// fixed price keeps runs reproducible.
var gasPrice = big.NewInt(20_000_000_000)

// Send signs and sends a call (or, with to == nil, a contract creation)
// from key with a fixed gas limit and returns its hash without waiting.
func (e *Env) Send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64) (common.Hash, error) {
	if gas == 0 {
		return common.Hash{}, errors.New("corpus: Send needs a fixed gas limit")
	}
	from := Address(key)
	e.mu.Lock()
	defer e.mu.Unlock()
	nonce, ok := e.nonces[from]
	if !ok {
		n, err := e.Client.NonceAt(ctx, from, nil)
		if err != nil {
			return common.Hash{}, fmt.Errorf("corpus: nonce of %s: %w", from, err)
		}
		nonce = n
	}
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.LegacyTx{Nonce: nonce, To: to, Value: value, Gas: gas, GasPrice: gasPrice, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(e.ChainID), key)
	if err != nil {
		return common.Hash{}, fmt.Errorf("corpus: sign: %w", err)
	}
	if err := e.Client.SendTransaction(ctx, signed); err != nil {
		return common.Hash{}, fmt.Errorf("corpus: send from %s (nonce %d): %w", from, nonce, err)
	}
	e.nonces[from] = nonce + 1
	return signed.Hash(), nil
}

// Call is Send to a contract.
func (e *Env) Call(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) (common.Hash, error) {
	return e.Send(ctx, key, &to, data, value, gas)
}

// Wait waits for a transaction's receipt (the caller must make sure a block
// gets mined: in instant mode that is automatic) and for its block to be the
// node's "latest", so that reads after Wait see the transaction's effects.
func (e *Env) Wait(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var receipt *types.Receipt
	for {
		if receipt == nil {
			r, err := e.Client.TransactionReceipt(ctx, hash)
			switch {
			case err == nil:
				receipt = r
			case !errors.Is(err, ethereum.NotFound):
				return nil, fmt.Errorf("corpus: receipt of %s: %w", hash, err)
			}
		}
		if receipt != nil {
			// geth indexes a new head's transactions a moment before it
			// moves "latest" to it: a read right after the receipt could
			// still see the previous block (a pair not yet created, a
			// balance not yet paid).
			head, err := e.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				return nil, fmt.Errorf("corpus: head after receipt of %s: %w", hash, err)
			}
			if head.Number.Cmp(receipt.BlockNumber) >= 0 {
				return receipt, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("corpus: waiting for %s: %w", hash, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// CallAndWait sends a call, waits for it and fails if it reverted.
func (e *Env) CallAndWait(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	h, err := e.Call(ctx, key, to, data, value, gas)
	if err != nil {
		return nil, err
	}
	r, err := e.Wait(ctx, h)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("corpus: call to %s (tx %s) reverted", to, h)
	}
	return r, nil
}

// Deploy deploys a contract from its abigen metadata with ABI-encoded
// constructor arguments, waits for it and returns its address.
func (e *Env) Deploy(ctx context.Context, key *ecdsa.PrivateKey, meta *bind.MetaData, args ...any) (common.Address, *types.Receipt, error) {
	parsed, err := meta.ParseABI()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("corpus: ABI: %w", err)
	}
	code, err := hexutil.Decode(meta.Bin)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("corpus: bytecode: %w", err)
	}
	ctor, err := parsed.Pack("", args...)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("corpus: constructor arguments: %w", err)
	}
	h, err := e.Send(ctx, key, nil, append(code, ctor...), nil, 8_000_000)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := e.Wait(ctx, h)
	if err != nil {
		return common.Address{}, nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, r, fmt.Errorf("corpus: deployment %s reverted", h)
	}
	return r.ContractAddress, r, nil
}

// Call is one transaction for SendAll.
type Call struct {
	Key   *ecdsa.PrivateKey
	To    common.Address
	Data  []byte
	Value *big.Int
	Gas   uint64
}

// Tx builds a Call.
func Tx(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) Call {
	return Call{Key: key, To: to, Data: data, Value: value, Gas: gas}
}

// SendAll sends calls back to back (so they can share a block), then waits
// for them and for the already sent transactions in sent, and fails on the
// first error or revert. step names the operation in errors.
func (e *Env) SendAll(ctx context.Context, step string, calls []Call, sent ...common.Hash) error {
	hs := append([]common.Hash(nil), sent...)
	for _, c := range calls {
		h, err := e.Call(ctx, c.Key, c.To, c.Data, c.Value, c.Gas)
		if err != nil {
			return fmt.Errorf("%s: %w", step, err)
		}
		hs = append(hs, h)
	}
	if err := e.WaitAll(ctx, hs); err != nil {
		return fmt.Errorf("%s: %w", step, err)
	}
	return nil
}

// WaitAll waits for every transaction and fails on the first revert.
func (e *Env) WaitAll(ctx context.Context, hs []common.Hash) error {
	for _, h := range hs {
		r, err := e.Wait(ctx, h)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s reverted", h)
		}
	}
	return nil
}

// MineAll seals blocks with commit until every transaction in hashes has
// a receipt, and returns the receipts in order. geth's pool promotes
// transactions asynchronously, so a block sealed right after the sends may
// miss some; the next one takes them.
func (e *Env) MineAll(ctx context.Context, commit func(), hashes []common.Hash) ([]*types.Receipt, error) {
	const maxBlocks = 20
	out := make([]*types.Receipt, 0, len(hashes))
	for _, h := range hashes {
		for tries := 0; ; tries++ {
			r, err := e.Client.TransactionReceipt(ctx, h)
			if err == nil {
				out = append(out, r)
				break
			}
			if tries >= maxBlocks {
				return out, fmt.Errorf("corpus: transaction %s not mined after %d blocks: %w", h, tries, err)
			}
			commit()
		}
	}
	return out, nil
}

// Percent is p% of v, rounded down.
func Percent(v *big.Int, p int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(int64(p)))
	return out.Div(out, big.NewInt(100))
}

// MinBig is a copy of the smaller of a and b.
func MinBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// RandEther is a random amount in [lo, hi) ether in steps of 0.01 ether
// (never zero).
func RandEther(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100)
	if cents == 0 {
		cents = 1
	}
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

// ContractOf describes a deployed contract for a monitor, from abigen
// metadata.
func ContractOf(name string, addr common.Address, meta *bind.MetaData) Contract {
	return Contract{Name: name, Address: addr, ABI: meta.ABI}
}

// Label is a short description of the labels, for error messages.
func Label(txs []AttackTx) string {
	var b strings.Builder
	for i, t := range txs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s:%s", t.Stage, t.Hash.Hex()[:10])
	}
	return b.String()
}
