// Package upgrade is the "proxy-upgrade-hijack" scenario: a UUPS vault whose
// upgrade check validates the new implementation but not the caller. The
// attacker deploys its own implementation and, in one transaction, points
// the proxy at it and drains the vault through it (Wormhole's and Audius's
// upgrade-path takeovers). Benign traffic is deposits, withdrawals, transfers,
// cap changes, an ownership handover to the team's operations key and one
// legitimate upgrade to V2 by the owner: the detectors must tell an upgrade
// by the admins from one by a stranger.
package upgrade

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/contracts/bindings/proxyvaulthijack"
	"github.com/warden-dev/warden/contracts/bindings/proxyvaultproxy"
	"github.com/warden-dev/warden/contracts/bindings/proxyvaultusd"
	"github.com/warden-dev/warden/contracts/bindings/proxyvaultv1"
	"github.com/warden-dev/warden/contracts/bindings/proxyvaultv2"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI  = proxyvaultusd.NewProxyVaultUSD()
	v1ABI     = proxyvaultv1.NewProxyVaultV1()
	v2ABI     = proxyvaultv2.NewProxyVaultV2()
	hijackABI = proxyvaulthijack.NewProxyVaultHijack()
)

// Fixed gas limits, a few times what each call was measured to use.
const (
	gasApprove  = 120_000
	gasTransfer = 120_000
	gasMint     = 150_000
	gasDeposit  = 250_000
	gasWithdraw = 250_000
	gasAdmin    = 150_000
	gasUpgrade  = 400_000
	gasETH      = 21_000
)

// whaleStake is the whale's opening deposit; ordinary users start with
// 5,000-50,000 pvUSD deposited.
var whaleStake = corpus.Ether(400_000)

type scenario struct{}

// New returns the proxy-upgrade-hijack scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "proxy-upgrade-hijack" }
func (scenario) Category() string { return "upgrade-hijack" }

// State is the scenario's bookkeeping between Deploy, Benign and Attack.
type State struct {
	Token, Proxy, ImplV1, ImplV2 common.Address
	// Ops is the team's operations key the Deployer hands ownership to.
	Ops *ecdsa.PrivateKey
	// owner is whichever admin key currently owns the vault.
	owner *ecdsa.PrivateKey
	// Local mirrors of balances, so benign steps never overdraw (every
	// benign transaction of a user is ordered by its nonce).
	wallet, vault     map[common.Address]*big.Int
	step              int
	upgradeAt, handAt int
	upgraded, handed  bool
}

// opsKey is deterministic so that runs repeat exactly.
func opsKey() (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden-corpus-upgrade-ops")))
	if err != nil {
		return nil, fmt.Errorf("upgrade: ops key: %w", err)
	}
	return k, nil
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("upgrade: need at least 2 users, have %d", len(env.Users))
	}
	ops, err := opsKey()
	if err != nil {
		return nil, err
	}
	deployer := corpus.Address(env.Deployer)
	st := &State{Ops: ops, owner: env.Deployer, wallet: map[common.Address]*big.Int{}, vault: map[common.Address]*big.Int{}}
	if st.Token, _, err = env.Deploy(ctx, env.Deployer, &proxyvaultusd.ProxyVaultUSDMetaData, deployer); err != nil {
		return nil, fmt.Errorf("upgrade: deploy ProxyVaultUSD: %w", err)
	}
	if st.ImplV1, _, err = env.Deploy(ctx, env.Deployer, &proxyvaultv1.ProxyVaultV1MetaData); err != nil {
		return nil, fmt.Errorf("upgrade: deploy ProxyVaultV1: %w", err)
	}
	if st.ImplV2, _, err = env.Deploy(ctx, env.Deployer, &proxyvaultv2.ProxyVaultV2MetaData); err != nil {
		return nil, fmt.Errorf("upgrade: deploy ProxyVaultV2: %w", err)
	}
	initData := v1ABI.PackInitialize(st.Token, deployer, corpus.Ether(5_000_000))
	if st.Proxy, _, err = env.Deploy(ctx, env.Deployer, &proxyvaultproxy.ProxyVaultProxyMetaData, st.ImplV1, initData); err != nil {
		return nil, fmt.Errorf("upgrade: deploy ProxyVaultProxy: %w", err)
	}

	var sent []tx
	send := func(what string, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) error {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return fmt.Errorf("upgrade: %s: %w", what, err)
		}
		sent = append(sent, tx{what, h})
		return nil
	}
	if err := send("fund ops key", env.Deployer, corpus.Address(ops), nil, corpus.Ether(10), gasETH); err != nil {
		return nil, err
	}
	for i, u := range env.Users {
		a := corpus.Address(u)
		minted := corpus.Ether(100_000 + rng.Int64N(100_000))
		stake := corpus.Ether(5_000 + rng.Int64N(45_000))
		if i == 0 {
			minted, stake = corpus.Ether(600_000), new(big.Int).Set(whaleStake)
		}
		if err := send("mint pvUSD", env.Deployer, st.Token, tokenABI.PackMint(a, minted), nil, gasMint); err != nil {
			return nil, err
		}
		if err := send("approve vault", u, st.Token, tokenABI.PackApprove(st.Proxy, maxUint), nil, gasApprove); err != nil {
			return nil, err
		}
		st.wallet[a] = new(big.Int).Sub(minted, stake)
		st.vault[a] = stake
	}
	if err := waitAll(ctx, env, sent); err != nil {
		return nil, err
	}
	sent = sent[:0]
	for _, u := range env.Users {
		if err := send("deposit", u, st.Proxy, v1ABI.PackDeposit(st.vault[corpus.Address(u)]), nil, gasDeposit); err != nil {
			return nil, err
		}
	}
	if err := waitAll(ctx, env, sent); err != nil {
		return nil, err
	}
	st.upgradeAt = 30 + rng.IntN(60)
	st.handAt = 10 + rng.IntN(20)
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			// Monitors watch the proxy with its implementation's ABI (V2 is
			// a superset of V1), as block explorers show it.
			corpus.ContractOf("ProxyVault", st.Proxy, &proxyvaultv2.ProxyVaultV2MetaData),
			corpus.ContractOf("ProxyVaultUSD", st.Token, &proxyvaultusd.ProxyVaultUSDMetaData),
		},
		Admins: []common.Address{deployer, corpus.Address(ops)},
		State:  st,
	}, nil
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

type tx struct {
	what string
	hash common.Hash
}

// waitAll waits for every transaction and fails on the first revert.
func waitAll(ctx context.Context, env *corpus.Env, txs []tx) error {
	for _, t := range txs {
		r, err := env.Wait(ctx, t.hash)
		if err != nil {
			return fmt.Errorf("upgrade: %s: %w", t.what, err)
		}
		if r.Status != 1 {
			return fmt.Errorf("upgrade: %s: transaction %s reverted", t.what, t.hash)
		}
	}
	return nil
}

// amount is a random amount between lo and hi tokens with cent precision.
func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("upgrade: deployment state is %T, not *upgrade.State", d.State)
	}
	st.step++
	call := func(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, nil, gas)
		if err != nil {
			return nil, fmt.Errorf("upgrade: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	switch {
	case !st.handed && st.step >= st.handAt:
		// The Deployer hands the vault to the team's operations key.
		st.handed = true
		prev := st.owner
		st.owner = st.Ops
		return call(prev, st.Proxy, v1ABI.PackTransferOwnership(corpus.Address(st.Ops)), gasAdmin)
	case !st.upgraded && st.step >= st.upgradeAt:
		// The legitimate upgrade to V2, by the owner.
		st.upgraded = true
		return call(st.owner, st.Proxy, v1ABI.PackUpgradeToAndCall(st.ImplV2, nil), gasUpgrade)
	}

	whale := env.Users[0]
	wa := corpus.Address(whale)
	switch p := rng.IntN(100); {
	case p < 4:
		// A cap change by the owner, never below what is deposited.
		return call(st.owner, st.Proxy, v1ABI.PackSetDepositCap(amount(rng, 3_000_000, 8_000_000)), gasAdmin)
	case p < 9:
		// The whale moves a large part of its position in or out.
		if st.vault[wa].Cmp(corpus.Ether(100_000)) > 0 {
			amt := part(st.vault[wa], 40+rng.Int64N(50))
			st.vault[wa].Sub(st.vault[wa], amt)
			st.wallet[wa].Add(st.wallet[wa], amt)
			return call(whale, st.Proxy, v1ABI.PackWithdraw(amt), gasWithdraw)
		}
		amt := part(st.wallet[wa], 50+rng.Int64N(50))
		st.wallet[wa].Sub(st.wallet[wa], amt)
		st.vault[wa].Add(st.vault[wa], amt)
		return call(whale, st.Proxy, v1ABI.PackDeposit(amt), gasDeposit)
	case p < 22:
		// A plain token transfer between users.
		from := env.Users[1+rng.IntN(len(env.Users)-1)]
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		fa := corpus.Address(from)
		amt := amount(rng, 10, 2_000)
		if st.wallet[fa].Cmp(amt) < 0 || to == fa {
			break
		}
		st.wallet[fa].Sub(st.wallet[fa], amt)
		st.wallet[to].Add(st.wallet[to], amt)
		return call(from, st.Token, tokenABI.PackTransfer(to, amt), gasTransfer)
	case p < 60:
		u := env.Users[1+rng.IntN(len(env.Users)-1)]
		a := corpus.Address(u)
		amt := amount(rng, 1, 3_000)
		if st.vault[a].Cmp(amt) < 0 {
			break
		}
		st.vault[a].Sub(st.vault[a], amt)
		st.wallet[a].Add(st.wallet[a], amt)
		return call(u, st.Proxy, v1ABI.PackWithdraw(amt), gasWithdraw)
	}
	// Otherwise (and whenever the chosen action was not possible): a deposit.
	u := env.Users[1+rng.IntN(len(env.Users)-1)]
	a := corpus.Address(u)
	amt := amount(rng, 1, 3_000)
	if st.wallet[a].Cmp(amt) < 0 {
		amt = part(st.wallet[a], 10)
	}
	if amt.Sign() == 0 {
		return nil, nil
	}
	st.wallet[a].Sub(st.wallet[a], amt)
	st.vault[a].Add(st.vault[a], amt)
	if st.upgraded && rng.IntN(4) == 0 {
		// After the upgrade some deposits go through the new depositFor
		// (a user topping up its own position through the zap path).
		return call(u, st.Proxy, v2ABI.PackDepositFor(a, amt), gasDeposit)
	}
	return call(u, st.Proxy, v1ABI.PackDeposit(amt), gasDeposit)
}

// part is pct percent of v.
func part(v *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(pct)), big.NewInt(100))
}

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("upgrade: deployment state is %T, not *upgrade.State", d.State)
	}
	hijack, r, err := env.Deploy(ctx, env.Attacker, &proxyvaulthijack.ProxyVaultHijackMetaData)
	if err != nil {
		return nil, fmt.Errorf("upgrade: deploy ProxyVaultHijack: %w", err)
	}
	out := []corpus.AttackTx{{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "attacker deploys its malicious implementation ProxyVaultHijack"}}
	data := v1ABI.PackUpgradeToAndCall(hijack, hijackABI.PackDrain(st.Token))
	r, err = env.CallAndWait(ctx, env.Attacker, st.Proxy, data, nil, gasUpgrade)
	if r != nil {
		out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: "upgradeToAndCall(hijack, drain): the proxy now runs the attacker's code, which sends the vault's pvUSD to the attacker"})
	}
	if err != nil {
		return out, fmt.Errorf("upgrade: hijack upgrade: %w", err)
	}
	return out, nil
}

// TokenBalance reads who's pvUSD balance at block (nil = latest).
func TokenBalance(ctx context.Context, env *corpus.Env, token, who common.Address, block *big.Int) (*big.Int, error) {
	v, err := chain.BalanceOf(ctx, env.Client, token, who, block)
	if err != nil {
		return nil, fmt.Errorf("upgrade: %w", err)
	}
	return v, nil
}
