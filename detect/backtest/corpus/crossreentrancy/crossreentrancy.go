// Package crossreentrancy is the corpus scenario `reentrancy-cross-function`:
// a savings vault for hETH, a wrapped ether with ERC777-style receive hooks,
// whose withdraw is guarded against reentrancy but pays out before writing
// back the balance it read; from the hook the attacker re-enters the
// unguarded internal transfer and moves the balance being paid out to an
// accomplice, so the same balance is withdrawn over and over (Lendf.Me /
// imBTC 2020, Cream / AMP 2021).
package crossreentrancy

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/hookedether"
	"github.com/warden-dev/warden/contracts/bindings/hookedethervault"
	"github.com/warden-dev/warden/contracts/bindings/hookvaultcrossreentrancyattacker"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI    = hookedether.NewHookedEther()
	vaultABI    = hookedethervault.NewHookedEtherVault()
	attackerABI = hookvaultcrossreentrancyattacker.NewHookVaultCrossReentrancyAttacker()
	guardian    = crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
)

// Gas limits, a few times what each call was measured to use.
const (
	gasWrap     = 150_000
	gasUnwrap   = 150_000
	gasApprove  = 100_000
	gasTransfer = 150_000
	gasDeposit  = 250_000
	gasWithdraw = 250_000
	gasAdmin    = 150_000
	gasAttack   = 15_000_000
)

// keeperSeeds derive the guardian keys the team adds over time; each is in
// Deployment.Admins from the start (the team's own keys).
const keeperSeeds = 4

// attackSeed is the hETH the attacker deposits and then withdraws each round.
var attackSeed = corpus.Ether(200)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "reentrancy-cross-function" }
func (scenario) Category() string { return "reentrancy" }

// state tracks balances as of every transaction sent so far (not mined):
// each benign transaction must be valid after everything sent before it.
type state struct {
	token, vault common.Address
	wallet       []*big.Int // hETH held by each user
	credit       []*big.Int // vault balance of each user
	keepers      []common.Address
	granted      int // keepers granted GUARDIAN_ROLE so far
}

func keeperAddress(i int) (common.Address, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("warden corpus reentrancy-cross-function keeper %d", i))))
	if err != nil {
		return common.Address{}, fmt.Errorf("crossreentrancy: derive keeper key %d: %w", i, err)
	}
	return corpus.Address(k), nil
}

// Deploy deploys hETH and the vault (admin: the Deployer), and has every
// user wrap ETH, approve the vault and deposit most of it: the whale
// (Users[0]) 3,000 hETH, the others 20 to 300.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("crossreentrancy: need at least 3 users, have %d", len(env.Users))
	}
	token, _, err := env.Deploy(ctx, env.Deployer, &hookedether.HookedEtherMetaData)
	if err != nil {
		return nil, fmt.Errorf("crossreentrancy: deploy HookedEther: %w", err)
	}
	vault, _, err := env.Deploy(ctx, env.Deployer, &hookedethervault.HookedEtherVaultMetaData, token, corpus.Address(env.Deployer), corpus.Ether(100_000))
	if err != nil {
		return nil, fmt.Errorf("crossreentrancy: deploy HookedEtherVault: %w", err)
	}
	st := &state{token: token, vault: vault}
	admins := []common.Address{corpus.Address(env.Deployer)}
	for i := range keeperSeeds {
		a, err := keeperAddress(i)
		if err != nil {
			return nil, err
		}
		st.keepers = append(st.keepers, a)
		admins = append(admins, a)
	}
	var hs []common.Hash
	for i, u := range env.Users {
		st.wallet = append(st.wallet, new(big.Int))
		st.credit = append(st.credit, new(big.Int))
		amount := corpus.RandEther(rng, 20, 300)
		if i == 0 {
			amount = corpus.Ether(3_000)
		}
		h1, err := st.wrap(ctx, env, i, amount)
		if err != nil {
			return nil, err
		}
		h2, err := env.Call(ctx, u, token, tokenABI.PackApprove(vault, math.MaxBig256), nil, gasApprove)
		if err != nil {
			return nil, fmt.Errorf("crossreentrancy: user %d approves the vault: %w", i, err)
		}
		h3, err := st.deposit(ctx, env, i, percent(amount, 60+rng.IntN(40)))
		if err != nil {
			return nil, err
		}
		hs = append(hs, h1, h2, h3)
	}
	if err := env.WaitAll(ctx, hs); err != nil {
		return nil, fmt.Errorf("crossreentrancy: seed users: %w", err)
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("HookedEtherVault", vault, &hookedethervault.HookedEtherVaultMetaData),
			corpus.ContractOf("HookedEther", token, &hookedether.HookedEtherMetaData),
		},
		Admins: admins,
		State:  st,
	}, nil
}

// Benign sends one ordinary action: wrapping and unwrapping, deposits and
// withdrawals, book transfers between users inside the vault, hETH
// transfers, occasionally a whale withdrawing most of its balance, and
// rarely the admin changing the deposit cap or adding a guardian.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("crossreentrancy: deployment state is %T, not from this scenario", d.State)
	}
	u := 1 + rng.IntN(len(env.Users)-1) // an ordinary user
	other := 1 + rng.IntN(len(env.Users)-1)
	if other == u {
		other = 0
	}
	var h common.Hash
	var err error
	switch r := rng.Float64(); {
	case r < 0.22:
		h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 1, 50))
	case r < 0.42 && st.wallet[u].Sign() > 0:
		h, err = st.deposit(ctx, env, u, percent(st.wallet[u], 20+rng.IntN(81)))
	case r < 0.62 && st.credit[u].Sign() > 0:
		h, err = st.withdraw(ctx, env, u, percent(st.credit[u], 10+rng.IntN(91)))
	case r < 0.72 && st.credit[u].Sign() > 0:
		amount := percent(st.credit[u], 5+rng.IntN(50))
		h, err = env.Call(ctx, env.Users[u], st.vault, vaultABI.PackTransfer(corpus.Address(env.Users[other]), amount), nil, gasTransfer)
		if err == nil {
			st.credit[u].Sub(st.credit[u], amount)
			// The recipient is not credited: another sender's transaction
			// may be mined before this one, so it must not spend it.
		}
	case r < 0.81 && st.wallet[u].Sign() > 0:
		amount := percent(st.wallet[u], 10+rng.IntN(91))
		h, err = env.Call(ctx, env.Users[u], st.token, tokenABI.PackWithdraw(amount), nil, gasUnwrap)
		if err == nil {
			st.wallet[u].Sub(st.wallet[u], amount)
		}
	case r < 0.87 && st.wallet[u].Sign() > 0:
		amount := percent(st.wallet[u], 5+rng.IntN(60))
		h, err = env.Call(ctx, env.Users[u], st.token, tokenABI.PackTransfer(corpus.Address(env.Users[other]), amount), nil, gasTransfer)
		if err == nil {
			st.wallet[u].Sub(st.wallet[u], amount)
			// The recipient is not credited: another sender's transaction
			// may be mined before this one, so it must not spend it.
		}
	case r < 0.91 && st.credit[0].Cmp(corpus.Ether(500)) > 0:
		// The whale takes most of its savings out.
		h, err = st.withdraw(ctx, env, 0, percent(st.credit[0], 40+rng.IntN(50)))
	case r < 0.95 && st.wallet[0].Cmp(corpus.Ether(100)) > 0:
		h, err = st.deposit(ctx, env, 0, percent(st.wallet[0], 50+rng.IntN(51)))
	case r >= 0.97 && r < 0.985:
		h, err = env.Call(ctx, env.Deployer, st.vault, vaultABI.PackSetDepositCap(corpus.Ether(int64(50_000+10_000*rng.IntN(10)))), nil, gasAdmin)
	case r >= 0.985 && st.granted < len(st.keepers):
		h, err = env.Call(ctx, env.Deployer, st.vault, vaultABI.PackGrantRole(guardian, st.keepers[st.granted]), nil, gasAdmin)
		if err == nil {
			st.granted++
		}
	default:
		h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 1, 10))
	}
	if err != nil {
		return nil, err
	}
	return []common.Hash{h}, nil
}

// Attack deploys the attacker (which creates its accomplice) and drains the
// vault in one transaction.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("crossreentrancy: deployment state is %T, not from this scenario", d.State)
	}
	attacker := corpus.Address(env.Attacker)
	before, err := env.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		return nil, fmt.Errorf("crossreentrancy: attacker balance: %w", err)
	}
	contract, r, err := env.Deploy(ctx, env.Attacker, &hookvaultcrossreentrancyattacker.HookVaultCrossReentrancyAttackerMetaData, st.token, st.vault)
	if err != nil {
		return nil, fmt.Errorf("crossreentrancy: deploy attack contract: %w", err)
	}
	txs := []corpus.AttackTx{{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "deploy the attacker and its accomplice, both registering hETH hooks"}}
	r, err = env.CallAndWait(ctx, env.Attacker, contract, attackerABI.PackAttack(), attackSeed, gasAttack)
	if r != nil {
		txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: "deposit 200 hETH, then withdraw it round after round, moving the balance to the accomplice from the hook"})
	}
	if err != nil {
		return txs, fmt.Errorf("crossreentrancy: attack: %w", err)
	}
	// Read at the attack's block: "latest" may lag a receipt just seen.
	after, err := env.Client.BalanceAtHash(ctx, attacker, r.BlockHash)
	if err != nil {
		return txs, fmt.Errorf("crossreentrancy: attacker balance: %w", err)
	}
	if after.Cmp(before) <= 0 {
		return txs, fmt.Errorf("crossreentrancy: attack left the attacker with %s wei, had %s", after, before)
	}
	return txs, nil
}

func (st *state) wrap(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.token, tokenABI.PackDeposit(), amount, gasWrap)
	if err != nil {
		return common.Hash{}, fmt.Errorf("crossreentrancy: user %d wraps %s wei: %w", u, amount, err)
	}
	st.wallet[u].Add(st.wallet[u], amount)
	return h, nil
}

func (st *state) deposit(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.vault, vaultABI.PackDeposit(amount), nil, gasDeposit)
	if err != nil {
		return common.Hash{}, fmt.Errorf("crossreentrancy: user %d deposits %s wei: %w", u, amount, err)
	}
	st.wallet[u].Sub(st.wallet[u], amount)
	st.credit[u].Add(st.credit[u], amount)
	return h, nil
}

func (st *state) withdraw(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.vault, vaultABI.PackWithdraw(amount), nil, gasWithdraw)
	if err != nil {
		return common.Hash{}, fmt.Errorf("crossreentrancy: user %d withdraws %s wei: %w", u, amount, err)
	}
	st.credit[u].Sub(st.credit[u], amount)
	st.wallet[u].Add(st.wallet[u], amount)
	return h, nil
}

// percent is p% of v, at least 1 wei when v > 0 (callers pass v > 0).
func percent(v *big.Int, p int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(int64(p)))
	out.Div(out, big.NewInt(100))
	if out.Sign() == 0 && v.Sign() > 0 {
		out.SetInt64(1)
	}
	return out
}
