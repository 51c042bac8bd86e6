// Package reentrancy is the corpus scenario `reentrancy-single`: an ETH
// savings vault (SavingsEtherVault) whose withdraw sends the ETH before it
// writes back a balance read earlier, drained by a contract that re-enters
// withdraw from its receive() function, as in The DAO (2016).
package reentrancy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/savingsethervault"
	"github.com/warden-dev/warden/contracts/bindings/savingsvaultreentrancyattacker"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	vaultABI    = savingsethervault.NewSavingsEtherVault()
	attackerABI = savingsvaultreentrancyattacker.NewSavingsVaultReentrancyAttacker()
)

// Gas limits: a few times what each call was measured to use, so that a
// transaction never fails for gas whatever else shares its block.
const (
	gasDeposit  = 150_000
	gasWithdraw = 150_000
	gasAdmin    = 100_000
	gasTransfer = 50_000
	gasAttack   = 10_000_000
)

// Sizes. Every deposit stays below the smallest maxDeposit the admin ever
// sets, so a parameter change never makes a deposit in the same block fail.
var (
	minMaxDeposit = corpus.Ether(500)
	maxDeposits   = []*big.Int{corpus.Ether(500), corpus.Ether(750), corpus.Ether(1000), corpus.Ether(1500)}
	whaleSeed     = corpus.Ether(400) // whale deposits this many times in Deploy
	attackSeed    = corpus.Ether(50)  // the attacker's deposit, re-withdrawn per nested call
)

// opsSeed derives the team's second admin key (an "ops multisig" owned by
// the Deployer's team), to which ownership is handed over and back.
const opsSeed = "warden corpus reentrancy-single ops key"

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "reentrancy-single" }
func (scenario) Category() string { return "reentrancy" }

// state is the scenario's view of the chain, updated when a transaction is
// sent (not when it is mined): Benign's transactions are mined later in one
// batch, and each must be valid after everything sent before it.
type state struct {
	vault    common.Address
	ops      *ecdsa.PrivateKey
	owner    *ecdsa.PrivateKey // current vault owner: env.Deployer or ops
	balances []*big.Int        // per env.Users index: ETH credited in the vault
}

func opsKey() (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(opsSeed)))
	if err != nil {
		return nil, fmt.Errorf("reentrancy: derive ops key: %w", err)
	}
	return k, nil
}

// Deploy deploys the vault owned by the Deployer, funds the ops key and
// lets every user deposit: the whale (Users[0]) 2,000 ETH, the others 5 to
// 200 ETH each.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("reentrancy: need at least 2 users, have %d", len(env.Users))
	}
	ops, err := opsKey()
	if err != nil {
		return nil, err
	}
	vault, _, err := env.Deploy(ctx, env.Deployer, &savingsethervault.SavingsEtherVaultMetaData, corpus.Address(env.Deployer), maxDeposits[2])
	if err != nil {
		return nil, fmt.Errorf("reentrancy: deploy SavingsEtherVault: %w", err)
	}
	st := &state{vault: vault, ops: ops, owner: env.Deployer, balances: make([]*big.Int, len(env.Users))}
	var hs []common.Hash
	opsAddr := corpus.Address(ops)
	h, err := env.Send(ctx, env.Deployer, &opsAddr, nil, corpus.Ether(10), gasTransfer)
	if err != nil {
		return nil, fmt.Errorf("reentrancy: fund ops key: %w", err)
	}
	hs = append(hs, h)
	for i := range env.Users {
		st.balances[i] = new(big.Int)
		n, amount := 1, corpus.RandEther(rng, 5, 200)
		if i == 0 {
			n, amount = 5, whaleSeed
		}
		for range n {
			h, err := st.deposit(ctx, env, i, amount)
			if err != nil {
				return nil, err
			}
			hs = append(hs, h)
		}
	}
	if err := env.WaitAll(ctx, hs); err != nil {
		return nil, fmt.Errorf("reentrancy: seed deposits: %w", err)
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{corpus.ContractOf("SavingsEtherVault", vault, &savingsethervault.SavingsEtherVaultMetaData)},
		Admins:    []common.Address{corpus.Address(env.Deployer), opsAddr},
		State:     st,
	}, nil
}

// Benign sends one ordinary action: mostly small deposits and withdrawals,
// sometimes a user leaving with everything, a whale moving hundreds of ETH
// in or out, or the owner changing the deposit limit or handing ownership
// between its two keys.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("reentrancy: deployment state is %T, not from this scenario", d.State)
	}
	var h common.Hash
	var err error
	r := rng.Float64()
	small := 1 + rng.IntN(len(env.Users)-1) // any user but the whale
	if r >= 0.96 && r < 0.99 {
		// Admin actions wait until the last handover is mined: blocks do
		// not reliably order one sender's transactions after another's.
		settled, serr := st.ownerSettled(ctx, env)
		if serr != nil {
			return nil, serr
		}
		if !settled {
			r = 0 // a deposit instead
		}
	}
	switch {
	case r < 0.45:
		h, err = st.deposit(ctx, env, small, corpus.RandEther(rng, 0, 40))
	case r < 0.80 && st.balances[small].Sign() > 0:
		part := new(big.Int).Mul(st.balances[small], big.NewInt(int64(10+rng.IntN(80))))
		part.Div(part, big.NewInt(100))
		h, err = st.withdraw(ctx, env, small, nonZero(part))
	case r < 0.87 && st.balances[small].Sign() > 0:
		h, err = st.withdraw(ctx, env, small, new(big.Int).Set(st.balances[small]))
	case r < 0.92:
		h, err = st.deposit(ctx, env, 0, corpus.RandEther(rng, 100, 490))
	case r < 0.96 && st.balances[0].Cmp(corpus.Ether(300)) > 0:
		// A whale taking most of its savings out: large, legitimate.
		part := new(big.Int).Mul(st.balances[0], big.NewInt(int64(40+rng.IntN(50))))
		h, err = st.withdraw(ctx, env, 0, part.Div(part, big.NewInt(100)))
	case r >= 0.96 && r < 0.985:
		h, err = env.Call(ctx, st.owner, st.vault, vaultABI.PackSetMaxDeposit(maxDeposits[rng.IntN(len(maxDeposits))]), nil, gasAdmin)
	case r >= 0.985 && r < 0.99:
		next := st.ops
		if st.owner == st.ops {
			next = env.Deployer
		}
		h, err = env.Call(ctx, st.owner, st.vault, vaultABI.PackTransferOwnership(corpus.Address(next)), nil, gasAdmin)
		if err == nil {
			st.owner = next
		}
	default:
		h, err = st.deposit(ctx, env, small, corpus.RandEther(rng, 1, 10))
	}
	if err != nil {
		return nil, err
	}
	return []common.Hash{h}, nil
}

// Attack deploys the reentrancy contract and drains the vault with it.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("reentrancy: deployment state is %T, not from this scenario", d.State)
	}
	attacker := corpus.Address(env.Attacker)
	before, err := env.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		return nil, fmt.Errorf("reentrancy: attacker balance: %w", err)
	}
	contract, r, err := env.Deploy(ctx, env.Attacker, &savingsvaultreentrancyattacker.SavingsVaultReentrancyAttackerMetaData, st.vault)
	if err != nil {
		return nil, fmt.Errorf("reentrancy: deploy attack contract: %w", err)
	}
	txs := []corpus.AttackTx{{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "deploy the reentrancy contract"}}
	r, err = env.CallAndWait(ctx, env.Attacker, contract, attackerABI.PackAttack(), attackSeed, gasAttack)
	if r != nil {
		txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: "deposit 50 ETH and re-enter withdraw until the vault is empty"})
	}
	if err != nil {
		return txs, fmt.Errorf("reentrancy: attack: %w", err)
	}
	// Read at the attack's block: "latest" may lag a receipt just seen.
	after, err := env.Client.BalanceAtHash(ctx, attacker, r.BlockHash)
	if err != nil {
		return txs, fmt.Errorf("reentrancy: attacker balance: %w", err)
	}
	if after.Cmp(before) <= 0 {
		return txs, fmt.Errorf("reentrancy: attack left the attacker with %s wei, had %s", after, before)
	}
	return txs, nil
}

// ownerSettled reports whether the chain's vault owner is the key this
// scenario last handed ownership to.
func (st *state) ownerSettled(ctx context.Context, env *corpus.Env) (bool, error) {
	owner, err := bind.Call(vaultABI.Instance(env.Client, st.vault), &bind.CallOpts{Context: ctx}, vaultABI.PackOwner(), vaultABI.UnpackOwner)
	if err != nil {
		return false, fmt.Errorf("reentrancy: read vault owner: %w", err)
	}
	return owner == corpus.Address(st.owner), nil
}

func (st *state) deposit(ctx context.Context, env *corpus.Env, user int, amount *big.Int) (common.Hash, error) {
	if amount.Cmp(minMaxDeposit) > 0 {
		amount = new(big.Int).Set(minMaxDeposit)
	}
	h, err := env.Call(ctx, env.Users[user], st.vault, vaultABI.PackDeposit(), amount, gasDeposit)
	if err != nil {
		return common.Hash{}, fmt.Errorf("reentrancy: user %d deposits %s wei: %w", user, amount, err)
	}
	st.balances[user].Add(st.balances[user], amount)
	return h, nil
}

func (st *state) withdraw(ctx context.Context, env *corpus.Env, user int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[user], st.vault, vaultABI.PackWithdraw(amount), nil, gasWithdraw)
	if err != nil {
		return common.Hash{}, fmt.Errorf("reentrancy: user %d withdraws %s wei: %w", user, amount, err)
	}
	st.balances[user].Sub(st.balances[user], amount)
	return h, nil
}

func nonZero(v *big.Int) *big.Int {
	if v.Sign() == 0 {
		return big.NewInt(1)
	}
	return v
}
