// Package demoprotocol deploys and drives Warden's demo DeFi protocol over a
// real JSON-RPC endpoint, using the abigen v2 bindings in contracts/bindings.
//
// The protocol: dUSD (StableCoin) is lent against WETH (the canonical WETH9)
// by LendingPool, which prices WETH from the SPOT reserves of a Uniswap V2
// dUSD/WETH pair (the oracle pair, from factory A; the Uniswap V2 router is
// bound to factory A too). A second factory (B) holds a deeper dUSD/WETH pair
// (the flash pair) that PriceManipulationAttacker flash-swaps from to pump
// the oracle pair's price within one transaction and borrow far more than
// its collateral is worth.
//
// Incident response is built in: a Guardian contract holds PAUSER_ROLE on
// the pool and on dUSD and pauses both in one transaction (GUARDIAN_ROLE
// holders call pauseAll), and an ERC-7265-style CircuitBreaker rate-limits
// every token leaving the pool (by default 40% of the pool's balance per
// sliding hour; beyond that outflows are held for an hour before they can be
// claimed). The default limit lets ordinary traffic, a whale's withdrawal
// and several default attacks through (four on a quiet pool), so the
// unguarded attack still succeeds and can be detected; the one that would
// take more than 40% within the hour is held back, and, since a flash-swap
// attack must repay within its own transaction, reverts: without any
// responder the breaker alone keeps 60% of the pool.
//
// Every function takes ctx first and an *ethclient.Client, signs with
// bind.NewKeyedTransactor(key, chainID), and, unless its name ends in Tx,
// waits for its receipts and returns a *TxError naming the failed step (with
// the decoded revert reason when a receipt has status 0). The ...Tx
// functions send one transaction with a fixed gas limit (no estimation, so
// they work when earlier transactions are still pending) and return it
// without waiting; the receipt may then have status 0.
package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/contracts/bindings/attacker"
	"github.com/warden-dev/warden/contracts/bindings/circuitbreaker"
	guardianbind "github.com/warden-dev/warden/contracts/bindings/guardian"
	"github.com/warden-dev/warden/contracts/bindings/lendingpool"
	"github.com/warden-dev/warden/contracts/bindings/stablecoin"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2factory"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2router02"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/guardian"
)

// Parsed bindings (ABI only; they are stateless and safe for concurrent use).
var (
	stableABI      = stablecoin.NewStableCoin()
	wethABI        = weth9.NewWETH9()
	factoryABI     = uniswapv2factory.NewUniswapV2Factory()
	pairABI        = uniswapv2pair.NewUniswapV2Pair()
	routerABI      = uniswapv2router02.NewUniswapV2Router02()
	lendingPoolABI = lendingpool.NewLendingPool()
	attackerABI    = attacker.NewPriceManipulationAttacker()
	guardianABI    = guardianbind.NewGuardian()
	breakerABI     = circuitbreaker.NewCircuitBreaker()
	// erc20ABI packs plain ERC20 calls (transfer, approve, allowance,
	// balanceOf) for either token: StableCoin is an OpenZeppelin ERC20, and
	// WETH9 has the same selectors.
	erc20ABI = stablecoin.NewStableCoin()
)

// PauserRole is LendingPool.PAUSER_ROLE = keccak256("PAUSER_ROLE") (dUSD
// uses the same role).
var PauserRole = crypto.Keccak256Hash([]byte("PAUSER_ROLE"))

// GuardianRole is Guardian.GUARDIAN_ROLE (also the breaker's): who may
// pause the whole protocol and trip the breaker.
var GuardianRole = guardian.GuardianRole

// DefaultAdminRole is AccessControl's DEFAULT_ADMIN_ROLE (zero).
var DefaultAdminRole = common.Hash{}

// Gas limits used by the ...Tx functions and for transactions that depend on
// earlier ones in the same batch (which cannot be estimated). Each is about
// 4.5x what the operation was measured to use on the devchain (Osaka rules):
// `geth --dev` switches on later forks whose state-access pricing costs
// well over 1.5x more, and a limit is only a cap, not what is paid.
const (
	GasApprove            = 240_000
	GasTransfer           = 240_000
	GasMint               = 300_000
	GasWrap               = 240_000 // WETH9.deposit
	GasSupply             = 390_000
	GasWithdraw           = 390_000
	GasDepositCollateral  = 390_000
	GasWithdrawCollateral = 450_000
	GasBorrow             = 480_000
	GasRepay              = 390_000
	GasSwap               = 660_000 // router swapExactTokensForTokens, one hop
	GasPause              = 240_000
	GasAttack             = 1_800_000
	GasPauseAll           = 450_000 // Guardian.pauseAll over the pool and dUSD
	GasGuardianCall       = 240_000 // Guardian.tripBreaker / resetBreaker, Guardian.pauseTarget
	GasClaim              = 300_000 // CircuitBreaker.claim / revokeClaim
)

// Protocol holds the addresses of a deployed demo protocol.
type Protocol struct {
	Stable      common.Address // StableCoin "Demo USD" (dUSD)
	WETH        common.Address // WETH9 (collateral)
	FactoryA    common.Address // Uniswap V2 factory of the oracle pair (and the router)
	FactoryB    common.Address // second Uniswap V2 factory, holds the flash pair
	OraclePair  common.Address // dUSD/WETH pair on FactoryA that LendingPool prices from
	FlashPair   common.Address // dUSD/WETH pair on FactoryB (flash-swap source)
	Router      common.Address // UniswapV2Router02 on FactoryA
	LendingPool common.Address
	Guardian    common.Address // Guardian: PAUSER_ROLE on LendingPool and dUSD, both registered as targets
	Breaker     common.Address // CircuitBreaker on the pool's outflows; zero with Params.NoBreaker
	ChainID     *big.Int
}

// Params sizes a deployment. Zero (nil) fields take the defaults shown.
type Params struct {
	PoolLiquidity  *big.Int // dUSD the admin supplies to the lending pool: 1,000,000e18
	MaxBorrowPerTx *big.Int // 100,000e18
	OracleStable   *big.Int // oracle pair dUSD reserve: 200,000e18
	OracleWETH     *big.Int // oracle pair WETH reserve: 100e18 (price 2000 dUSD/WETH)
	FlashStable    *big.Int // flash pair dUSD reserve: 2,000,000e18
	FlashWETH      *big.Int // flash pair WETH reserve: 1,000e18

	// The circuit breaker on the pool's outflows (see guardian.Limit). The
	// same share, window and mode apply to dUSD and WETH.
	NoBreaker         bool          // deploy without it: every outflow passes, as before the breaker existed
	BreakerShareBps   uint16        // share of the pool's balance that may leave per window: 4,000 (40%)
	BreakerWindow     time.Duration // sliding window, a multiple of 12 s: 1h
	BreakerCooldown   time.Duration // wait before a held-back outflow can be claimed: 1h
	BreakerMode       guardian.Mode // over the limit: ModeDelay (the zero value) or ModeRevert
	BreakerBaseStable *big.Int      // dUSD that may leave per window whatever the pool holds: 10,000e18
	BreakerBaseWETH   *big.Int      // WETH likewise: 100e18
}

// Ether returns n * 1e18.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

// DefaultParams returns Params with every default filled in.
func DefaultParams() Params { return Params{}.withDefaults() }

func (p Params) withDefaults() Params {
	def := func(v *big.Int, n int64) *big.Int {
		if v == nil || v.Sign() == 0 {
			return Ether(n)
		}
		return new(big.Int).Set(v)
	}
	out := Params{
		PoolLiquidity:     def(p.PoolLiquidity, 1_000_000),
		MaxBorrowPerTx:    def(p.MaxBorrowPerTx, 100_000),
		OracleStable:      def(p.OracleStable, 200_000),
		OracleWETH:        def(p.OracleWETH, 100),
		FlashStable:       def(p.FlashStable, 2_000_000),
		FlashWETH:         def(p.FlashWETH, 1_000),
		NoBreaker:         p.NoBreaker,
		BreakerShareBps:   p.BreakerShareBps,
		BreakerWindow:     p.BreakerWindow,
		BreakerCooldown:   p.BreakerCooldown,
		BreakerMode:       p.BreakerMode,
		BreakerBaseStable: def(p.BreakerBaseStable, 10_000),
		BreakerBaseWETH:   def(p.BreakerBaseWETH, 100),
	}
	if out.BreakerShareBps == 0 {
		out.BreakerShareBps = 4_000
	}
	if out.BreakerWindow == 0 {
		out.BreakerWindow = time.Hour
	}
	if out.BreakerCooldown == 0 {
		out.BreakerCooldown = time.Hour
	}
	return out
}

// Deploy deploys the whole protocol from admin: dUSD, WETH9, two Uniswap V2
// factories, the router (on factory A), a dUSD/WETH pair on each factory, the
// lending pool (admin gets DEFAULT_ADMIN_ROLE and PAUSER_ROLE), the Guardian
// (admin gets DEFAULT_ADMIN_ROLE; nobody GUARDIAN_ROLE yet, see
// GrantGuardian) with PAUSER_ROLE on the pool and dUSD, and unless
// prm.NoBreaker the CircuitBreaker (the Guardian may trip it) set on the
// pool. It mints the dUSD and wraps the ETH it needs, seeds both pairs, and
// supplies PoolLiquidity to the pool as admin. About 30 transactions in 5
// rounds.
func Deploy(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, prm Params) (*Protocol, error) {
	prm = prm.withDefaults()
	stableLimit, wethLimit, err := prm.breakerLimits()
	if err != nil {
		return nil, err
	}
	cooldown, err := seconds32("breaker cooldown", prm.BreakerCooldown)
	if err != nil {
		return nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, &TxError{Step: "read chain ID", Err: err}
	}
	b, err := newBatch(ctx, client, admin, chainID)
	if err != nil {
		return nil, err
	}
	adminAddr := b.from
	p := &Protocol{ChainID: chainID}

	// Round 1: contracts without dependencies.
	if p.Stable, err = b.deploy("deploy StableCoin", &stablecoin.StableCoinMetaData, stableABI.PackConstructor(adminAddr)); err != nil {
		return nil, err
	}
	if p.WETH, err = b.deploy("deploy WETH9", &weth9.WETH9MetaData, nil); err != nil {
		return nil, err
	}
	if p.FactoryA, err = b.deploy("deploy UniswapV2Factory A", &uniswapv2factory.UniswapV2FactoryMetaData, factoryABI.PackConstructor(adminAddr)); err != nil {
		return nil, err
	}
	if p.FactoryB, err = b.deploy("deploy UniswapV2Factory B", &uniswapv2factory.UniswapV2FactoryMetaData, factoryABI.PackConstructor(adminAddr)); err != nil {
		return nil, err
	}
	if p.Guardian, err = b.deploy("deploy Guardian", &guardianbind.GuardianMetaData, guardianABI.PackConstructor(adminAddr)); err != nil {
		return nil, err
	}
	if !prm.NoBreaker {
		if p.Breaker, err = b.deploy("deploy CircuitBreaker", &circuitbreaker.CircuitBreakerMetaData, breakerABI.PackConstructor(adminAddr, cooldown)); err != nil {
			return nil, err
		}
	}
	if _, err := b.wait(); err != nil {
		return nil, err
	}

	// Round 2: router, pairs, admin's dUSD and WETH.
	totalStable := new(big.Int).Add(prm.OracleStable, prm.FlashStable)
	totalStable.Add(totalStable, prm.PoolLiquidity)
	totalWETH := new(big.Int).Add(prm.OracleWETH, prm.FlashWETH)
	if p.Router, err = b.deploy("deploy UniswapV2Router02", &uniswapv2router02.UniswapV2Router02MetaData, routerABI.PackConstructor(p.FactoryA, p.WETH)); err != nil {
		return nil, err
	}
	if _, err = b.call("create oracle pair on factory A", p.FactoryA, factoryABI.PackCreatePair(p.Stable, p.WETH), nil, 0); err != nil {
		return nil, err
	}
	if _, err = b.call("create flash pair on factory B", p.FactoryB, factoryABI.PackCreatePair(p.Stable, p.WETH), nil, 0); err != nil {
		return nil, err
	}
	if _, err = b.call("mint dUSD to admin", p.Stable, stableABI.PackMint(adminAddr, totalStable), nil, 0); err != nil {
		return nil, err
	}
	if _, err = b.call("wrap ETH into WETH", p.WETH, wethABI.PackDeposit(), totalWETH, 0); err != nil {
		return nil, err
	}
	if _, err := b.wait(); err != nil {
		return nil, err
	}
	if p.OraclePair, err = getPair(ctx, client, p.FactoryA, p.Stable, p.WETH); err != nil {
		return nil, err
	}
	if p.FlashPair, err = getPair(ctx, client, p.FactoryB, p.Stable, p.WETH); err != nil {
		return nil, err
	}

	// Round 3: lending pool; move the liquidity into both pairs.
	if p.LendingPool, err = b.deploy("deploy LendingPool", &lendingpool.LendingPoolMetaData,
		lendingPoolABI.PackConstructor(p.Stable, p.WETH, p.OraclePair, prm.MaxBorrowPerTx, adminAddr)); err != nil {
		return nil, err
	}
	for _, t := range []struct {
		step   string
		token  common.Address
		pair   common.Address
		amount *big.Int
	}{
		{"transfer dUSD to oracle pair", p.Stable, p.OraclePair, prm.OracleStable},
		{"transfer WETH to oracle pair", p.WETH, p.OraclePair, prm.OracleWETH},
		{"transfer dUSD to flash pair", p.Stable, p.FlashPair, prm.FlashStable},
		{"transfer WETH to flash pair", p.WETH, p.FlashPair, prm.FlashWETH},
	} {
		if _, err = b.call(t.step, t.token, erc20ABI.PackTransfer(t.pair, t.amount), nil, 0); err != nil {
			return nil, err
		}
	}
	if _, err := b.wait(); err != nil {
		return nil, err
	}

	// Round 4: mint LP tokens (sets the reserves); approve the pool.
	if _, err = b.call("mint oracle pair liquidity", p.OraclePair, pairABI.PackMint(adminAddr), nil, 0); err != nil {
		return nil, err
	}
	if _, err = b.call("mint flash pair liquidity", p.FlashPair, pairABI.PackMint(adminAddr), nil, 0); err != nil {
		return nil, err
	}
	if _, err = b.call("approve lending pool for dUSD", p.Stable, stableABI.PackApprove(p.LendingPool, prm.PoolLiquidity), nil, 0); err != nil {
		return nil, err
	}
	if err := p.wireResponse(b, stableLimit, wethLimit); err != nil {
		return nil, err
	}
	if _, err := b.wait(); err != nil {
		return nil, err
	}

	// Round 5: seed the lending pool.
	if _, err = b.call("supply pool liquidity", p.LendingPool, lendingPoolABI.PackSupply(prm.PoolLiquidity), nil, 0); err != nil {
		return nil, err
	}
	if _, err := b.wait(); err != nil {
		return nil, err
	}
	return p, nil
}

// breakerLimits returns the breaker's dUSD and WETH limits (vault: the
// pool, filled in by wireResponse), checked as the contract would.
func (p Params) breakerLimits() (stable, weth guardian.Limit, err error) {
	stable = guardian.Limit{ShareBps: p.BreakerShareBps, BaseAllowance: p.BreakerBaseStable, Window: p.BreakerWindow, Mode: p.BreakerMode}
	weth = stable
	weth.BaseAllowance = p.BreakerBaseWETH
	// Validate now (with a placeholder vault and token), before anything is sent.
	one := common.Address{1}
	for _, l := range []guardian.Limit{stable, weth} {
		l.Vault = one
		if _, err := guardian.SetLimitData(one, l); err != nil {
			return stable, weth, fmt.Errorf("demoprotocol: params: %w", err)
		}
	}
	return stable, weth, nil
}

func seconds32(what string, d time.Duration) (uint32, error) {
	if d < 0 || d%time.Second != 0 || d/time.Second > 1<<32-1 {
		return 0, fmt.Errorf("demoprotocol: params: %s %s is not a whole number of seconds that fits 32 bits", what, d)
	}
	return uint32(d / time.Second), nil
}

// wireResponse sends (in b, without waiting) what makes the Guardian and the
// breaker part of the protocol: PAUSER_ROLE for the Guardian on the pool and
// dUSD and both registered as its targets; and, with a breaker, the dUSD and
// WETH limits with the pool as vault, PROTECTED_ROLE for the pool,
// GUARDIAN_ROLE on the breaker for the Guardian, and the pool's hook. None of
// these depend on each other, so their gas can be estimated in one batch.
func (p *Protocol) wireResponse(b *batch, stableLimit, wethLimit guardian.Limit) error {
	type call struct {
		step string
		to   common.Address
		data []byte
	}
	calls := []call{
		{"grant the Guardian PAUSER_ROLE on the lending pool", p.LendingPool, lendingPoolABI.PackGrantRole(PauserRole, p.Guardian)},
		{"grant the Guardian PAUSER_ROLE on dUSD", p.Stable, stableABI.PackGrantRole(PauserRole, p.Guardian)},
		{"register the lending pool with the Guardian", p.Guardian, guardian.AddTargetData(p.LendingPool)},
		{"register dUSD with the Guardian", p.Guardian, guardian.AddTargetData(p.Stable)},
	}
	if p.Breaker != (common.Address{}) {
		stableLimit.Vault, wethLimit.Vault = p.LendingPool, p.LendingPool
		stableData, err := guardian.SetLimitData(p.Stable, stableLimit)
		if err != nil {
			return fmt.Errorf("demoprotocol: dUSD breaker limit: %w", err)
		}
		wethData, err := guardian.SetLimitData(p.WETH, wethLimit)
		if err != nil {
			return fmt.Errorf("demoprotocol: WETH breaker limit: %w", err)
		}
		calls = append(calls,
			call{"set the breaker's dUSD limit", p.Breaker, stableData},
			call{"set the breaker's WETH limit", p.Breaker, wethData},
			call{"grant the lending pool PROTECTED_ROLE on the breaker", p.Breaker, guardian.GrantRoleData(guardian.ProtectedRole, p.LendingPool)},
			call{"grant the Guardian GUARDIAN_ROLE on the breaker", p.Breaker, guardian.GrantRoleData(guardian.GuardianRole, p.Guardian)},
			call{"set the lending pool's circuit breaker", p.LendingPool, lendingPoolABI.PackSetCircuitBreaker(p.Breaker)},
		)
	}
	for _, c := range calls {
		if _, err := b.call(c.step, c.to, c.data, nil, 0); err != nil {
			return err
		}
	}
	return nil
}

func getPair(ctx context.Context, client *ethclient.Client, factory, a, b common.Address) (common.Address, error) {
	c := factoryABI.Instance(client, factory)
	addr, err := bind.Call(c, &bind.CallOpts{Context: ctx}, factoryABI.PackGetPair(a, b), factoryABI.UnpackGetPair)
	if err != nil {
		return common.Address{}, &TxError{Step: "read pair address from factory " + factory.Hex(), Err: err}
	}
	if addr == (common.Address{}) {
		return common.Address{}, &TxError{Step: "read pair address from factory " + factory.Hex(), Err: errors.New("pair does not exist")}
	}
	return addr, nil
}

// addressOf returns key's address.
func addressOf(key *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(key.PublicKey)
}

// GrantPauser grants PAUSER_ROLE on the lending pool to who (admin must hold
// DEFAULT_ADMIN_ROLE).
func (p *Protocol) GrantPauser(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, who common.Address) error {
	return p.oneAndWait(ctx, client, admin, "grant PAUSER_ROLE to "+who.Hex(), p.LendingPool,
		lendingPoolABI.PackGrantRole(PauserRole, who), nil, 0)
}

// Pause pauses the lending pool; key must hold PAUSER_ROLE.
func (p *Protocol) Pause(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) error {
	return p.oneAndWait(ctx, client, key, "pause lending pool", p.LendingPool, lendingPoolABI.PackPause(), nil, GasPause)
}

// PauseTx sends pause() with a fixed gas limit without waiting.
func (p *Protocol) PauseTx(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (*types.Transaction, error) {
	return p.one(ctx, client, key, "pause lending pool", p.LendingPool, lendingPoolABI.PackPause(), nil, GasPause)
}

// Unpause unpauses the lending pool; key must hold DEFAULT_ADMIN_ROLE.
func (p *Protocol) Unpause(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) error {
	return p.oneAndWait(ctx, client, key, "unpause lending pool", p.LendingPool, lendingPoolABI.PackUnpause(), nil, GasPause)
}

// Fund mints stable dUSD to `to` and gives it weth WETH (admin wraps its own
// ETH and transfers it). Zero or nil amounts are skipped. The transactions
// are sent back to back and then waited for.
func (p *Protocol) Fund(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, to common.Address, stable, weth *big.Int) error {
	b, err := newBatch(ctx, client, admin, p.ChainID)
	if err != nil {
		return err
	}
	if stable != nil && stable.Sign() > 0 {
		if _, err := b.call("mint dUSD to "+to.Hex(), p.Stable, stableABI.PackMint(to, stable), nil, GasMint); err != nil {
			return err
		}
	}
	if weth != nil && weth.Sign() > 0 {
		if _, err := b.call("wrap ETH for "+to.Hex(), p.WETH, wethABI.PackDeposit(), weth, GasWrap); err != nil {
			return err
		}
		if _, err := b.call("transfer WETH to "+to.Hex(), p.WETH, wethABI.PackTransfer(to, weth), nil, GasTransfer); err != nil {
			return err
		}
	}
	_, err = b.wait()
	return err
}

// one sends a single transaction (gas 0 = estimate) without waiting.
func (p *Protocol) one(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, step string, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	return sendOne(ctx, client, key, p.ChainID, step, to, data, value, gas)
}

func (p *Protocol) oneAndWait(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, step string, to common.Address, data []byte, value *big.Int, gas uint64) error {
	tx, err := p.one(ctx, client, key, step, to, data, value, gas)
	if err != nil {
		return err
	}
	_, err = waitSuccess(ctx, client, step, tx)
	return err
}

// ---------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------

func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

func readErr(what string, err error) error {
	return &TxError{Step: "read " + what, Err: err}
}

// Paused reports whether the lending pool is paused.
func (p *Protocol) Paused(ctx context.Context, client *ethclient.Client) (bool, error) {
	v, err := bind.Call(lendingPoolABI.Instance(client, p.LendingPool), callOpts(ctx), lendingPoolABI.PackPaused(), lendingPoolABI.UnpackPaused)
	if err != nil {
		return false, readErr("LendingPool.paused", err)
	}
	return v, nil
}

// Liquidity returns the lending pool's dUSD balance (availableLiquidity).
func (p *Protocol) Liquidity(ctx context.Context, client *ethclient.Client) (*big.Int, error) {
	v, err := bind.Call(lendingPoolABI.Instance(client, p.LendingPool), callOpts(ctx), lendingPoolABI.PackAvailableLiquidity(), lendingPoolABI.UnpackAvailableLiquidity)
	if err != nil {
		return nil, readErr("LendingPool.availableLiquidity", err)
	}
	return v, nil
}

// CollateralPrice returns the pool's current (spot) WETH price in dUSD wei per 1e18 WETH.
func (p *Protocol) CollateralPrice(ctx context.Context, client *ethclient.Client) (*big.Int, error) {
	v, err := bind.Call(lendingPoolABI.Instance(client, p.LendingPool), callOpts(ctx), lendingPoolABI.PackCollateralPrice(), lendingPoolABI.UnpackCollateralPrice)
	if err != nil {
		return nil, readErr("LendingPool.collateralPrice", err)
	}
	return v, nil
}

// Position is a borrower's state in the lending pool.
type Position struct {
	Collateral  *big.Int // WETH deposited
	Debt        *big.Int // dUSD owed
	BorrowLimit *big.Int // at the current spot price
	Supplied    *big.Int // dUSD supplied as a lender
}

// PositionOf reads who's collateral, debt, borrow limit and supplied amount.
func (p *Protocol) PositionOf(ctx context.Context, client *ethclient.Client, who common.Address) (Position, error) {
	c := lendingPoolABI.Instance(client, p.LendingPool)
	var pos Position
	var err error
	if pos.Collateral, err = bind.Call(c, callOpts(ctx), lendingPoolABI.PackCollateralOf(who), lendingPoolABI.UnpackCollateralOf); err != nil {
		return pos, readErr("LendingPool.collateralOf", err)
	}
	if pos.Debt, err = bind.Call(c, callOpts(ctx), lendingPoolABI.PackDebtOf(who), lendingPoolABI.UnpackDebtOf); err != nil {
		return pos, readErr("LendingPool.debtOf", err)
	}
	if pos.BorrowLimit, err = bind.Call(c, callOpts(ctx), lendingPoolABI.PackBorrowLimit(who), lendingPoolABI.UnpackBorrowLimit); err != nil {
		return pos, readErr("LendingPool.borrowLimit", err)
	}
	if pos.Supplied, err = bind.Call(c, callOpts(ctx), lendingPoolABI.PackSupplied(who), lendingPoolABI.UnpackSupplied); err != nil {
		return pos, readErr("LendingPool.supplied", err)
	}
	return pos, nil
}

// HasRole reports whether who holds role on the lending pool.
func (p *Protocol) HasRole(ctx context.Context, client *ethclient.Client, role common.Hash, who common.Address) (bool, error) {
	v, err := bind.Call(lendingPoolABI.Instance(client, p.LendingPool), callOpts(ctx), lendingPoolABI.PackHasRole(role, who), lendingPoolABI.UnpackHasRole)
	if err != nil {
		return false, readErr("LendingPool.hasRole", err)
	}
	return v, nil
}

// StableBalance returns who's dUSD balance.
func (p *Protocol) StableBalance(ctx context.Context, client *ethclient.Client, who common.Address) (*big.Int, error) {
	return erc20Balance(ctx, client, p.Stable, who, "dUSD")
}

// WETHBalance returns who's WETH balance.
func (p *Protocol) WETHBalance(ctx context.Context, client *ethclient.Client, who common.Address) (*big.Int, error) {
	return erc20Balance(ctx, client, p.WETH, who, "WETH")
}

func erc20Balance(ctx context.Context, client *ethclient.Client, token, who common.Address, sym string) (*big.Int, error) {
	v, err := bind.Call(erc20ABI.Instance(client, token), callOpts(ctx), erc20ABI.PackBalanceOf(who), erc20ABI.UnpackBalanceOf)
	if err != nil {
		return nil, readErr(sym+" balance of "+who.Hex(), err)
	}
	return v, nil
}

// Reserves returns a dUSD/WETH pair's reserves, ordered (dUSD, WETH)
// whatever the pair's token order.
func (p *Protocol) Reserves(ctx context.Context, client *ethclient.Client, pair common.Address) (stable, weth *big.Int, err error) {
	c := pairABI.Instance(client, pair)
	r, err := bind.Call(c, callOpts(ctx), pairABI.PackGetReserves(), pairABI.UnpackGetReserves)
	if err != nil {
		return nil, nil, readErr("reserves of "+pair.Hex(), err)
	}
	t0, err := bind.Call(c, callOpts(ctx), pairABI.PackToken0(), pairABI.UnpackToken0)
	if err != nil {
		return nil, nil, readErr("token0 of "+pair.Hex(), err)
	}
	switch t0 {
	case p.Stable:
		return r.Reserve0, r.Reserve1, nil
	case p.WETH:
		return r.Reserve1, r.Reserve0, nil
	default:
		return nil, nil, readErr("reserves of "+pair.Hex(), fmt.Errorf("token0 %s is neither dUSD nor WETH", t0.Hex()))
	}
}
