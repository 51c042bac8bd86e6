// Package openowner is the corpus scenario `access-control-owner`: a staking
// contract (OrchardStaking) whose initialize() can be called again by anyone;
// the attacker makes itself owner and sweeps every staked token with the
// owner-only emergencyWithdraw (Parity multisig 2017, Rubixi).
package openowner

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/orchardstaking"
	"github.com/warden-dev/warden/contracts/bindings/orchardtoken"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI   = orchardtoken.NewOrchardToken()
	stakingABI = orchardstaking.NewOrchardStaking()
	// rewardRates are reward per staked token per second (1e18 = 100%):
	// roughly 10%, 20% and 30% a year.
	rewardRates = []*big.Int{big.NewInt(3_170_000_000), big.NewInt(6_340_000_000), big.NewInt(9_510_000_000)}
)

// Gas limits, a few times what each call was measured to use.
const (
	gasTransfer = 150_000
	gasApprove  = 100_000
	gasStake    = 250_000
	gasClaim    = 200_000
	gasAdmin    = 150_000
	gasSweep    = 200_000
)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "access-control-owner" }
func (scenario) Category() string { return "access-control" }

// state tracks wallets and stakes as of the transactions sent so far.
type state struct {
	token, staking common.Address
	ops            *ecdsa.PrivateKey
	owner          *ecdsa.PrivateKey // current owner: env.Deployer or ops
	wallet, staked []*big.Int
	ownerTokens    map[*ecdsa.PrivateKey]*big.Int // ORCH each admin key can fund rewards with
}

// Deploy deploys ORCH (10,000,000 to the Deployer) and the staking contract,
// initialises it (owner: the Deployer), funds 100,000 ORCH of rewards and
// gives every user ORCH to stake: the whale (Users[0]) 2,000,000.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("openowner: need at least 3 users, have %d", len(env.Users))
	}
	admin := corpus.Address(env.Deployer)
	ops, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden corpus access-control-owner ops key")))
	if err != nil {
		return nil, fmt.Errorf("openowner: derive ops key: %w", err)
	}
	token, _, err := env.Deploy(ctx, env.Deployer, &orchardtoken.OrchardTokenMetaData, admin, corpus.Ether(10_000_000))
	if err != nil {
		return nil, fmt.Errorf("openowner: deploy OrchardToken: %w", err)
	}
	staking, _, err := env.Deploy(ctx, env.Deployer, &orchardstaking.OrchardStakingMetaData, token)
	if err != nil {
		return nil, fmt.Errorf("openowner: deploy OrchardStaking: %w", err)
	}
	st := &state{token: token, staking: staking, ops: ops, owner: env.Deployer, ownerTokens: map[*ecdsa.PrivateKey]*big.Int{}}
	opsAddr := corpus.Address(ops)
	calls := []corpus.Call{
		corpus.Tx(env.Deployer, staking, stakingABI.PackInitialize(admin, rewardRates[1]), nil, gasAdmin),
		corpus.Tx(env.Deployer, token, tokenABI.PackApprove(staking, math.MaxBig256), nil, gasApprove),
		corpus.Tx(env.Deployer, staking, stakingABI.PackFundRewards(corpus.Ether(100_000)), nil, gasStake),
		corpus.Tx(env.Deployer, opsAddr, nil, corpus.Ether(10), 50_000),
		corpus.Tx(env.Deployer, token, tokenABI.PackTransfer(opsAddr, corpus.Ether(500_000)), nil, gasTransfer),
	}
	st.ownerTokens[env.Deployer] = corpus.Ether(10_000_000 - 100_000 - 500_000)
	st.ownerTokens[ops] = corpus.Ether(500_000)
	for i, u := range env.Users {
		amount := corpus.RandEther(rng, 20_000, 100_000)
		if i == 0 {
			amount = corpus.Ether(2_000_000)
		}
		st.ownerTokens[env.Deployer].Sub(st.ownerTokens[env.Deployer], amount)
		st.wallet = append(st.wallet, amount)
		st.staked = append(st.staked, new(big.Int))
		calls = append(calls,
			corpus.Tx(env.Deployer, token, tokenABI.PackTransfer(corpus.Address(u), amount), nil, gasTransfer),
			corpus.Tx(u, token, tokenABI.PackApprove(staking, math.MaxBig256), nil, gasApprove),
		)
	}
	// The ops key can only send once its ETH has arrived, and the users'
	// approvals must be mined before they stake.
	if err := env.SendAll(ctx, "set up owner and users", calls); err != nil {
		return nil, err
	}
	h, err := env.Call(ctx, ops, token, tokenABI.PackApprove(staking, math.MaxBig256), nil, gasApprove)
	if err != nil {
		return nil, fmt.Errorf("openowner: ops key approves staking: %w", err)
	}
	hs := []common.Hash{h}
	for i := range env.Users {
		h, err := st.stake(ctx, env, i, corpus.Percent(st.wallet[i], 50+rng.IntN(50)))
		if err != nil {
			return nil, err
		}
		hs = append(hs, h)
	}
	if err := env.WaitAll(ctx, hs); err != nil {
		return nil, fmt.Errorf("openowner: initial stakes: %w", err)
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("OrchardStaking", staking, &orchardstaking.OrchardStakingMetaData),
			corpus.ContractOf("OrchardToken", token, &orchardtoken.OrchardTokenMetaData),
		},
		Admins: []common.Address{admin, opsAddr},
		State:  st,
	}, nil
}

// Benign sends one ordinary action: stakes, unstakes and reward claims,
// ORCH transfers, now and then the whale unstaking most of its 2,000,000,
// and rarely the owner changing the reward rate, topping up the rewards or
// handing ownership between its two keys.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("openowner: deployment state is %T, not from this scenario", d.State)
	}
	u := 1 + rng.IntN(len(env.Users)-1)
	other := rng.IntN(len(env.Users))
	var h common.Hash
	var err error
	r := rng.Float64()
	if r >= 0.89 && r < 0.98 {
		// Admin actions wait until the last handover is mined: blocks do
		// not reliably order one sender's transactions after another's.
		settled, serr := st.ownerSettled(ctx, env)
		if serr != nil {
			return nil, serr
		}
		if !settled {
			r = 0.6 // a reward claim instead
		}
	}
	switch {
	case r < 0.28 && st.wallet[u].Cmp(corpus.Ether(10)) > 0:
		h, err = st.stake(ctx, env, u, corpus.Percent(st.wallet[u], 10+rng.IntN(91)))
	case r < 0.52 && st.staked[u].Cmp(corpus.Ether(10)) > 0:
		h, err = st.unstake(ctx, env, u, corpus.Percent(st.staked[u], 10+rng.IntN(91)))
	case r < 0.68:
		h, err = env.Call(ctx, env.Users[u], st.staking, stakingABI.PackClaim(), nil, gasClaim)
	case r < 0.78 && st.wallet[u].Cmp(corpus.Ether(10)) > 0:
		amount := corpus.Percent(st.wallet[u], 5+rng.IntN(50))
		h, err = env.Call(ctx, env.Users[u], st.token, tokenABI.PackTransfer(corpus.Address(env.Users[other]), amount), nil, gasTransfer)
		if err == nil {
			st.wallet[u].Sub(st.wallet[u], amount)
			// The recipient is not credited: another sender's transaction
			// may be mined before this one, so it must not spend it.
		}
	case r < 0.84 && st.staked[0].Cmp(corpus.Ether(500_000)) > 0:
		// The whale unstakes most of its position: large and legitimate.
		h, err = st.unstake(ctx, env, 0, corpus.Percent(st.staked[0], 40+rng.IntN(50)))
	case r < 0.89 && st.wallet[0].Cmp(corpus.Ether(100_000)) > 0:
		h, err = st.stake(ctx, env, 0, corpus.Percent(st.wallet[0], 50+rng.IntN(51)))
	case r >= 0.89 && r < 0.93:
		h, err = env.Call(ctx, st.owner, st.staking, stakingABI.PackSetRewardRate(rewardRates[rng.IntN(len(rewardRates))]), nil, gasAdmin)
	case r >= 0.93 && r < 0.97 && st.ownerTokens[st.owner].Cmp(corpus.Ether(20_000)) > 0:
		amount := corpus.RandEther(rng, 1_000, 20_000)
		h, err = env.Call(ctx, st.owner, st.staking, stakingABI.PackFundRewards(amount), nil, gasStake)
		if err == nil {
			st.ownerTokens[st.owner].Sub(st.ownerTokens[st.owner], amount)
		}
	case r >= 0.97 && r < 0.98:
		next := st.ops
		if st.owner == st.ops {
			next = env.Deployer
		}
		h, err = env.Call(ctx, st.owner, st.staking, stakingABI.PackTransferOwnership(corpus.Address(next)), nil, gasAdmin)
		if err == nil {
			st.owner = next
		}
	default:
		h, err = env.Call(ctx, env.Users[u], st.staking, stakingABI.PackClaim(), nil, gasClaim)
	}
	if err != nil {
		return nil, fmt.Errorf("openowner: benign step: %w", err)
	}
	return []common.Hash{h}, nil
}

// Attack re-initialises the staking contract with the attacker as owner
// and sweeps its whole ORCH balance with emergencyWithdraw.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("openowner: deployment state is %T, not from this scenario", d.State)
	}
	me := corpus.Address(env.Attacker)
	before, err := st.balance(ctx, env, me, common.Hash{})
	if err != nil {
		return nil, err
	}
	var txs []corpus.AttackTx
	var last common.Hash // block of the last attack transaction
	for _, s := range []struct {
		data []byte
		note string
	}{
		{stakingABI.PackInitialize(me, rewardRates[0]), "call initialize again: the attacker becomes owner"},
		{stakingABI.PackEmergencyWithdraw(st.token, me), "sweep every staked ORCH to the attacker"},
	} {
		r, err := env.CallAndWait(ctx, env.Attacker, st.staking, s.data, nil, gasSweep)
		if r != nil {
			txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: s.note})
			last = r.BlockHash
		}
		if err != nil {
			return txs, fmt.Errorf("openowner: %s: %w", s.note, err)
		}
	}
	after, err := st.balance(ctx, env, me, last)
	if err != nil {
		return txs, err
	}
	if after.Cmp(before) <= 0 {
		return txs, fmt.Errorf("openowner: attack left the attacker with %s ORCH wei, had %s", after, before)
	}
	return txs, nil
}

// ownerSettled reports whether the chain's owner is the key this scenario
// last handed ownership to.
func (st *state) ownerSettled(ctx context.Context, env *corpus.Env) (bool, error) {
	owner, err := bind.Call(stakingABI.Instance(env.Client, st.staking), &bind.CallOpts{Context: ctx}, stakingABI.PackOwner(), stakingABI.UnpackOwner)
	if err != nil {
		return false, fmt.Errorf("openowner: read owner: %w", err)
	}
	return owner == corpus.Address(st.owner), nil
}

func (st *state) stake(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.staking, stakingABI.PackStake(amount), nil, gasStake)
	if err != nil {
		return common.Hash{}, fmt.Errorf("openowner: user %d stakes %s: %w", u, amount, err)
	}
	st.wallet[u].Sub(st.wallet[u], amount)
	st.staked[u].Add(st.staked[u], amount)
	return h, nil
}

func (st *state) unstake(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.staking, stakingABI.PackUnstake(amount), nil, gasStake)
	if err != nil {
		return common.Hash{}, fmt.Errorf("openowner: user %d unstakes %s: %w", u, amount, err)
	}
	st.staked[u].Sub(st.staked[u], amount)
	st.wallet[u].Add(st.wallet[u], amount)
	return h, nil
}

// balance reads who's ORCH at block (zero: latest). Reads after an attack
// name its block: "latest" may lag a receipt that was just seen.
func (st *state) balance(ctx context.Context, env *corpus.Env, who common.Address, block common.Hash) (*big.Int, error) {
	v, err := bind.Call(tokenABI.Instance(env.Client, st.token), &bind.CallOpts{Context: ctx, BlockHash: block}, tokenABI.PackBalanceOf(who), tokenABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("openowner: ORCH balance of %s: %w", who, err)
	}
	return v, nil
}
