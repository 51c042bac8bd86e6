// Package flashprice is the corpus scenario `flashloan-price-manipulation`:
// an independent deployment of Warden's demo protocol (contracts/demoprotocol:
// LendingPool lending dUSD against WETH priced from one Uniswap V2 pair's
// spot reserves), attacked by PriceManipulationAttacker, which flash-swaps
// dUSD out of a second pair, pumps the oracle pair, borrows against the
// inflated collateral value and unwinds, all in one transaction (Harvest,
// bZx, Cheese Bank, 2020).
package flashprice

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/attacker"
	"github.com/warden-dev/warden/contracts/bindings/lendingpool"
	"github.com/warden-dev/warden/contracts/bindings/stablecoin"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2factory"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2router02"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	stableABI   = stablecoin.NewStableCoin()
	wethABI     = weth9.NewWETH9()
	factoryABI  = uniswapv2factory.NewUniswapV2Factory()
	pairABI     = uniswapv2pair.NewUniswapV2Pair()
	routerABI   = uniswapv2router02.NewUniswapV2Router02()
	poolABI     = lendingpool.NewLendingPool()
	attackerABI = attacker.NewPriceManipulationAttacker()
)

const (
	gasAdmin = 150_000
	// attacks is how many attack transactions the attacker sends (each
	// borrows the per-transaction cap), as in the demo's AttackSeries.
	attacks = 3
	// safeLTV is the share of collateral value (percent) benign borrowers
	// stay under, far from the pool's 75% so price noise never blocks them.
	safeLTV = 35
)

var (
	maxBorrowCaps = []int64{50_000, 75_000, 100_000, 150_000}
	attackWETH    = corpus.Ether(10) // collateral per attack transaction
)

type scenario struct{}

// New returns the scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "flashloan-price-manipulation" }
func (scenario) Category() string { return "price-manipulation" }

// state tracks every user's wallet and position as of the transactions sent
// so far (not mined), so that each benign transaction stays valid.
type state struct {
	p        demoprotocol.Protocol
	stable   []*big.Int // dUSD in each user's wallet (a lower bound)
	weth     []*big.Int // WETH in each user's wallet (a lower bound)
	supplied []*big.Int
	coll     []*big.Int
	debt     []*big.Int
	keepers  []common.Address
	granted  int
}

// Deploy deploys the demo protocol as demoprotocol.Deploy does (default
// sizes: oracle pair 200,000 dUSD / 100 WETH, flash pair 2,000,000 / 1,000,
// 1,000,000 dUSD supplied by the admin), but through env so nonces stay
// tracked. Users get dUSD from the admin, wrap their own ETH and approve the
// pool and the router; the whale (Users[0]) supplies 300,000 dUSD.
func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 3 {
		return nil, fmt.Errorf("flashprice: need at least 3 users, have %d", len(env.Users))
	}
	prm := demoprotocol.DefaultParams()
	admin := corpus.Address(env.Deployer)
	st := &state{}
	p := &st.p
	var err error
	deploy := func(what string, meta *bind.MetaData, args ...any) common.Address {
		if err != nil {
			return common.Address{}
		}
		var a common.Address
		a, _, err = env.Deploy(ctx, env.Deployer, meta, args...)
		if err != nil {
			err = fmt.Errorf("flashprice: deploy %s: %w", what, err)
		}
		return a
	}
	p.Stable = deploy("StableCoin", &stablecoin.StableCoinMetaData, admin)
	p.WETH = deploy("WETH9", &weth9.WETH9MetaData)
	p.FactoryA = deploy("UniswapV2Factory A", &uniswapv2factory.UniswapV2FactoryMetaData, admin)
	p.FactoryB = deploy("UniswapV2Factory B", &uniswapv2factory.UniswapV2FactoryMetaData, admin)
	p.Router = deploy("UniswapV2Router02", &uniswapv2router02.UniswapV2Router02MetaData, p.FactoryA, p.WETH)
	if err != nil {
		return nil, err
	}
	p.ChainID = env.ChainID

	totalStable := new(big.Int).Add(prm.OracleStable, prm.FlashStable)
	totalStable.Add(totalStable, prm.PoolLiquidity)
	totalWETH := new(big.Int).Add(prm.OracleWETH, prm.FlashWETH)
	if err := env.SendAll(ctx, "create pairs and fund the admin", []corpus.Call{
		corpus.Tx(env.Deployer, p.FactoryA, factoryABI.PackCreatePair(p.Stable, p.WETH), nil, 3_000_000),
		corpus.Tx(env.Deployer, p.FactoryB, factoryABI.PackCreatePair(p.Stable, p.WETH), nil, 3_000_000),
		corpus.Tx(env.Deployer, p.Stable, stableABI.PackMint(admin, totalStable), nil, 200_000),
		corpus.Tx(env.Deployer, p.WETH, wethABI.PackDeposit(), totalWETH, 200_000),
	}); err != nil {
		return nil, err
	}
	if p.OraclePair, err = getPair(ctx, env, p.FactoryA, p.Stable, p.WETH); err != nil {
		return nil, err
	}
	if p.FlashPair, err = getPair(ctx, env, p.FactoryB, p.Stable, p.WETH); err != nil {
		return nil, err
	}
	p.LendingPool = deploy("LendingPool", &lendingpool.LendingPoolMetaData, p.Stable, p.WETH, p.OraclePair, prm.MaxBorrowPerTx, admin)
	if err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "seed the pairs", []corpus.Call{
		corpus.Tx(env.Deployer, p.Stable, stableABI.PackTransfer(p.OraclePair, prm.OracleStable), nil, 200_000),
		corpus.Tx(env.Deployer, p.WETH, wethABI.PackTransfer(p.OraclePair, prm.OracleWETH), nil, 200_000),
		corpus.Tx(env.Deployer, p.Stable, stableABI.PackTransfer(p.FlashPair, prm.FlashStable), nil, 200_000),
		corpus.Tx(env.Deployer, p.WETH, wethABI.PackTransfer(p.FlashPair, prm.FlashWETH), nil, 200_000),
	}); err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "mint LP tokens and approve the pool", []corpus.Call{
		corpus.Tx(env.Deployer, p.OraclePair, pairABI.PackMint(admin), nil, 600_000),
		corpus.Tx(env.Deployer, p.FlashPair, pairABI.PackMint(admin), nil, 600_000),
		corpus.Tx(env.Deployer, p.Stable, stableABI.PackApprove(p.LendingPool, prm.PoolLiquidity), nil, 200_000),
	}); err != nil {
		return nil, err
	}
	if err := env.SendAll(ctx, "supply pool liquidity", []corpus.Call{
		corpus.Tx(env.Deployer, p.LendingPool, poolABI.PackSupply(prm.PoolLiquidity), nil, demoprotocol.GasSupply),
	}); err != nil {
		return nil, err
	}

	// Users: dUSD from the admin, their own ETH wrapped, approvals.
	var calls []corpus.Call
	for i, u := range env.Users {
		addr := corpus.Address(u)
		dusd, weth := corpus.Ether(20_000), corpus.RandEther(rng, 10, 40)
		if i == 0 {
			dusd, weth = corpus.Ether(400_000), corpus.Ether(200)
		}
		st.stable = append(st.stable, dusd)
		st.weth = append(st.weth, weth)
		st.supplied = append(st.supplied, new(big.Int))
		st.coll = append(st.coll, new(big.Int))
		st.debt = append(st.debt, new(big.Int))
		calls = append(calls,
			corpus.Tx(env.Deployer, p.Stable, stableABI.PackMint(addr, dusd), nil, demoprotocol.GasMint),
			corpus.Tx(u, p.WETH, wethABI.PackDeposit(), weth, demoprotocol.GasWrap),
			corpus.Tx(u, p.Stable, stableABI.PackApprove(p.LendingPool, math.MaxBig256), nil, demoprotocol.GasApprove),
			corpus.Tx(u, p.WETH, wethABI.PackApprove(p.LendingPool, math.MaxBig256), nil, demoprotocol.GasApprove),
			corpus.Tx(u, p.Stable, stableABI.PackApprove(p.Router, math.MaxBig256), nil, demoprotocol.GasApprove),
			corpus.Tx(u, p.WETH, wethABI.PackApprove(p.Router, math.MaxBig256), nil, demoprotocol.GasApprove),
		)
	}
	if err := env.SendAll(ctx, "fund users", calls); err != nil {
		return nil, err
	}
	h, err := st.supply(ctx, env, 0, corpus.Ether(300_000))
	if err != nil {
		return nil, err
	}
	if r, err := env.Wait(ctx, h); err != nil || r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("flashprice: whale supplies 300,000 dUSD (tx %s): %v", h, err)
	}

	admins := []common.Address{admin}
	for i := range 3 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("warden corpus flashloan-price-manipulation keeper %d", i))))
		if err != nil {
			return nil, fmt.Errorf("flashprice: derive keeper key %d: %w", i, err)
		}
		st.keepers = append(st.keepers, corpus.Address(k))
		admins = append(admins, corpus.Address(k))
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("LendingPool", p.LendingPool, &lendingpool.LendingPoolMetaData),
			corpus.ContractOf("OraclePair", p.OraclePair, &uniswapv2pair.UniswapV2PairMetaData),
			corpus.ContractOf("StableCoin", p.Stable, &stablecoin.StableCoinMetaData),
		},
		Admins: admins,
		State:  st,
	}, nil
}

// Benign sends one ordinary action: router swaps both ways, supplies and
// withdrawals, collateral moves, borrows and repayments kept well inside
// the limit, sometimes the whale withdrawing most of its 300,000 dUSD
// supply, and rarely the admin changing the borrow cap or adding a pauser.
func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("flashprice: deployment state is %T, not from this scenario", d.State)
	}
	p := &st.p
	u := 1 + rng.IntN(len(env.Users)-1)
	key := env.Users[u]
	send := func(to common.Address, data []byte, gas uint64) (common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, nil, gas)
		if err != nil {
			return common.Hash{}, fmt.Errorf("flashprice: user %d: %w", u, err)
		}
		return h, nil
	}
	deadline := math.MaxBig256
	var h common.Hash
	var err error
	switch r := rng.Float64(); {
	case r < 0.20 && st.stable[u].Cmp(corpus.Ether(100)) > 0:
		in := corpus.MinBig(corpus.RandEther(rng, 50, 2_000), st.stable[u])
		out, qerr := st.quote(ctx, env, p.Stable, in)
		if qerr != nil {
			return nil, qerr
		}
		h, err = send(p.Router, routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{p.Stable, p.WETH}, corpus.Address(key), deadline), demoprotocol.GasSwap)
		if err == nil {
			st.stable[u].Sub(st.stable[u], in)
			st.weth[u].Add(st.weth[u], corpus.Percent(out, 80))
		}
	case r < 0.40 && st.weth[u].Cmp(corpus.Ether(1)) > 0:
		in := corpus.MinBig(corpus.RandEther(rng, 0, 1), st.weth[u])
		out, qerr := st.quote(ctx, env, p.WETH, in)
		if qerr != nil {
			return nil, qerr
		}
		h, err = send(p.Router, routerABI.PackSwapExactTokensForTokens(in, common.Big0, []common.Address{p.WETH, p.Stable}, corpus.Address(key), deadline), demoprotocol.GasSwap)
		if err == nil {
			st.weth[u].Sub(st.weth[u], in)
			st.stable[u].Add(st.stable[u], corpus.Percent(out, 80))
		}
	case r < 0.52 && st.stable[u].Cmp(corpus.Ether(200)) > 0:
		h, err = st.supply(ctx, env, u, corpus.Percent(st.stable[u], 5+rng.IntN(30)))
	case r < 0.60 && st.supplied[u].Sign() > 0:
		amount := corpus.Percent(st.supplied[u], 20+rng.IntN(81))
		h, err = send(p.LendingPool, poolABI.PackWithdraw(amount), demoprotocol.GasWithdraw)
		if err == nil {
			st.supplied[u].Sub(st.supplied[u], amount)
			st.stable[u].Add(st.stable[u], amount)
		}
	case r < 0.70 && st.weth[u].Cmp(corpus.Ether(1)) > 0:
		amount := corpus.Percent(st.weth[u], 10+rng.IntN(40))
		h, err = send(p.LendingPool, poolABI.PackDepositCollateral(amount), demoprotocol.GasDepositCollateral)
		if err == nil {
			st.weth[u].Sub(st.weth[u], amount)
			st.coll[u].Add(st.coll[u], amount)
		}
	case r < 0.82 && st.coll[u].Sign() > 0:
		room, rerr := st.borrowRoom(ctx, env, u, st.coll[u])
		if rerr != nil {
			return nil, rerr
		}
		if room.Cmp(corpus.Ether(10)) < 0 {
			h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 0, 2))
			break
		}
		amount := corpus.MinBig(corpus.Percent(room, 10+rng.IntN(80)), corpus.Ether(5_000))
		h, err = send(p.LendingPool, poolABI.PackBorrow(amount), demoprotocol.GasBorrow)
		if err == nil {
			st.debt[u].Add(st.debt[u], amount)
			st.stable[u].Add(st.stable[u], amount)
		}
	case r < 0.90 && st.debt[u].Sign() > 0 && st.stable[u].Sign() > 0:
		amount := corpus.MinBig(corpus.Percent(st.debt[u], 20+rng.IntN(81)), st.stable[u])
		h, err = send(p.LendingPool, poolABI.PackRepay(amount), demoprotocol.GasRepay)
		if err == nil {
			st.debt[u].Sub(st.debt[u], amount)
			st.stable[u].Sub(st.stable[u], amount)
		}
	case r < 0.93 && st.coll[u].Sign() > 0:
		amount := corpus.Percent(st.coll[u], 10+rng.IntN(50))
		left := new(big.Int).Sub(st.coll[u], amount)
		room, rerr := st.borrowRoom(ctx, env, u, left)
		if rerr != nil {
			return nil, rerr
		}
		if st.debt[u].Sign() > 0 && room.Sign() <= 0 {
			h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 0, 2))
			break
		}
		h, err = send(p.LendingPool, poolABI.PackWithdrawCollateral(amount), demoprotocol.GasWithdrawCollateral)
		if err == nil {
			st.coll[u].Sub(st.coll[u], amount)
			st.weth[u].Add(st.weth[u], amount)
		}
	case r < 0.955 && st.supplied[0].Cmp(corpus.Ether(100_000)) > 0:
		// The whale pulls most of its supply: a large, legitimate outflow.
		amount := corpus.Percent(st.supplied[0], 40+rng.IntN(50))
		h, err = env.Call(ctx, env.Users[0], p.LendingPool, poolABI.PackWithdraw(amount), nil, demoprotocol.GasWithdraw)
		if err == nil {
			st.supplied[0].Sub(st.supplied[0], amount)
			st.stable[0].Add(st.stable[0], amount)
		}
	case r < 0.975 && st.stable[0].Cmp(corpus.Ether(50_000)) > 0:
		h, err = st.supply(ctx, env, 0, corpus.Percent(st.stable[0], 50+rng.IntN(50)))
	case r >= 0.975 && r < 0.99:
		newCap := corpus.Ether(maxBorrowCaps[rng.IntN(len(maxBorrowCaps))])
		h, err = env.Call(ctx, env.Deployer, p.LendingPool, poolABI.PackSetMaxBorrowPerTx(newCap), nil, gasAdmin)
	case r >= 0.99 && st.granted < len(st.keepers):
		h, err = env.Call(ctx, env.Deployer, p.LendingPool, poolABI.PackGrantRole(demoprotocol.PauserRole, st.keepers[st.granted]), nil, gasAdmin)
		if err == nil {
			st.granted++
		}
	default:
		h, err = st.wrap(ctx, env, u, corpus.RandEther(rng, 0, 2))
	}
	if err != nil {
		return nil, err
	}
	return []common.Hash{h}, nil
}

// Attack deploys PriceManipulationAttacker, funds it with WETH wrapped from
// the attacker's ETH, and attacks three times, each borrowing the pool's
// current per-transaction cap (planned with demoprotocol.PlanAttack).
func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*state)
	if !ok {
		return nil, fmt.Errorf("flashprice: deployment state is %T, not from this scenario", d.State)
	}
	p := &st.p
	me := corpus.Address(env.Attacker)
	before, err := p.StableBalance(ctx, env.Client, me)
	if err != nil {
		return nil, err
	}
	contract, r, err := env.Deploy(ctx, env.Attacker, &attacker.PriceManipulationAttackerMetaData, p.LendingPool, p.OraclePair, p.FlashPair, p.Stable, p.WETH)
	if err != nil {
		return nil, fmt.Errorf("flashprice: deploy attack contract: %w", err)
	}
	txs := []corpus.AttackTx{{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "deploy PriceManipulationAttacker"}}
	collateral := new(big.Int).Mul(attackWETH, big.NewInt(attacks))
	for _, c := range []struct {
		data  []byte
		to    common.Address
		value *big.Int
		note  string
	}{
		{wethABI.PackDeposit(), p.WETH, collateral, "wrap ETH for collateral"},
		{wethABI.PackTransfer(contract, collateral), p.WETH, nil, "fund the attack contract with WETH"},
	} {
		r, err := env.CallAndWait(ctx, env.Attacker, c.to, c.data, c.value, 200_000)
		if r != nil {
			txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: c.note})
		}
		if err != nil {
			return txs, fmt.Errorf("flashprice: %s: %w", c.note, err)
		}
	}
	borrowCap, err := bind.Call(poolABI.Instance(env.Client, p.LendingPool), &bind.CallOpts{Context: ctx}, poolABI.PackMaxBorrowPerTx(), poolABI.UnpackMaxBorrowPerTx)
	if err != nil {
		return txs, fmt.Errorf("flashprice: read maxBorrowPerTx: %w", err)
	}
	for i := range attacks {
		plan, _, err := p.PlanAttack(ctx, env.Client, contract, attackWETH, borrowCap)
		if err != nil {
			return txs, fmt.Errorf("flashprice: plan attack %d: %w", i+1, err)
		}
		r, err := env.CallAndWait(ctx, env.Attacker, contract, attackerABI.PackAttack(plan.Flash, plan.Collateral, plan.Borrow), nil, demoprotocol.GasAttack)
		if r != nil {
			txs = append(txs, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit,
				Note: fmt.Sprintf("flash-swap %s dUSD, pump the oracle pair, borrow %s dUSD against 10 WETH, unwind", plan.Flash, plan.Borrow)})
		}
		if err != nil {
			return txs, fmt.Errorf("flashprice: attack %d: %w", i+1, err)
		}
	}
	after, err := p.StableBalance(ctx, env.Client, me)
	if err != nil {
		return txs, err
	}
	// Richer: the dUSD taken must exceed what the abandoned WETH was worth.
	price, err := p.CollateralPrice(ctx, env.Client)
	if err != nil {
		return txs, err
	}
	spent := new(big.Int).Div(new(big.Int).Mul(collateral, price), big.NewInt(1e18))
	if gain := new(big.Int).Sub(after, before); gain.Cmp(spent) <= 0 {
		return txs, fmt.Errorf("flashprice: attacker gained %s dUSD wei for %s wei of WETH collateral", gain, spent)
	}
	return txs, nil
}

func (st *state) supply(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.p.LendingPool, poolABI.PackSupply(amount), nil, demoprotocol.GasSupply)
	if err != nil {
		return common.Hash{}, fmt.Errorf("flashprice: user %d supplies %s: %w", u, amount, err)
	}
	st.stable[u].Sub(st.stable[u], amount)
	st.supplied[u].Add(st.supplied[u], amount)
	return h, nil
}

// borrowRoom is how much more user u may borrow with coll collateral while
// staying under safeLTV at the current price.
func (st *state) borrowRoom(ctx context.Context, env *corpus.Env, u int, coll *big.Int) (*big.Int, error) {
	price, err := st.p.CollateralPrice(ctx, env.Client)
	if err != nil {
		return nil, err
	}
	room := new(big.Int).Mul(coll, price)
	room.Div(room, big.NewInt(1e18))
	room = corpus.Percent(room, safeLTV)
	return room.Sub(room, st.debt[u]), nil
}

// quote is what selling `in` of tokenIn into the oracle pair returns now.
func (st *state) quote(ctx context.Context, env *corpus.Env, tokenIn common.Address, in *big.Int) (*big.Int, error) {
	rs, rw, err := st.p.Reserves(ctx, env.Client, st.p.OraclePair)
	if err != nil {
		return nil, err
	}
	if tokenIn == st.p.WETH {
		rs, rw = rw, rs
	}
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	num := new(big.Int).Mul(inFee, rw)
	den := new(big.Int).Add(new(big.Int).Mul(rs, big.NewInt(1000)), inFee)
	return num.Div(num, den), nil
}

func getPair(ctx context.Context, env *corpus.Env, factory, a, b common.Address) (common.Address, error) {
	addr, err := bind.Call(factoryABI.Instance(env.Client, factory), &bind.CallOpts{Context: ctx}, factoryABI.PackGetPair(a, b), factoryABI.UnpackGetPair)
	if err != nil {
		return common.Address{}, fmt.Errorf("flashprice: read pair from factory %s: %w", factory, err)
	}
	if addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("flashprice: factory %s has no pair for %s/%s", factory, a, b)
	}
	return addr, nil
}

// wrap is the fallback step: a user wraps a little ETH, which never fails.
func (st *state) wrap(ctx context.Context, env *corpus.Env, u int, amount *big.Int) (common.Hash, error) {
	h, err := env.Call(ctx, env.Users[u], st.p.WETH, wethABI.PackDeposit(), amount, demoprotocol.GasWrap)
	if err != nil {
		return common.Hash{}, fmt.Errorf("flashprice: user %d wraps %s: %w", u, amount, err)
	}
	st.weth[u].Add(st.weth[u], amount)
	return h, nil
}
