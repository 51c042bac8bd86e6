// Package keycompromise is the "key-compromise" scenario (Ronin, Harmony,
// Multichain): nothing is wrong with the code. The custody vault's owner is
// an operations EOA whose private key is stolen; the thief, using that very
// key, calls the owner-only emergencyWithdraw to move the vault's cUSD and
// ETH to a fresh address, then hands ownership to another fresh address.
//
// The owner key is busy in benign traffic too (withdrawal-fee changes, fee
// collection to the team's treasury), so a detector cannot flag it by who
// sends: it must judge what is done (most of the TVL leaving to an address
// with no history).
package keycompromise

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/contracts/bindings/keycustodyusd"
	"github.com/warden-dev/warden/contracts/bindings/keycustodyvault"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI = keycustodyusd.NewKeyCustodyUSD()
	vaultABI = keycustodyvault.NewKeyCustodyVault()
)

// Fixed gas limits, several times what each call was measured to use.
const (
	gasApprove  = 120_000
	gasTransfer = 120_000
	gasMint     = 150_000
	gasDeposit  = 200_000
	gasWithdraw = 200_000
	gasAdmin    = 150_000
	gasETH      = 21_000
)

// maxFeeBps is KeyCustodyVault.MAX_FEE_BPS: wallets are credited as if every
// withdrawal paid it, since a fee change may land first in the same block.
const maxFeeBps = 50

type scenario struct{}

// New returns the key-compromise scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "key-compromise" }
func (scenario) Category() string { return "key-compromise" }

// State is the scenario's bookkeeping.
type State struct {
	Token, Vault common.Address
	// Owner is the vault's owner key (an operations EOA), the key stolen.
	Owner *ecdsa.PrivateKey
	// Thief receives the funds; NewOwner receives the vault. Both are fresh
	// addresses.
	Thief, NewOwner common.Address
	// OwnerActions counts the owner key's benign transactions.
	OwnerActions int

	wallet, inToken, inEther map[common.Address]*big.Int
	step                     int
}

func derive(label string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden-corpus-keycompromise-" + label)))
	if err != nil {
		return nil, fmt.Errorf("keycompromise: %s key: %w", label, err)
	}
	return k, nil
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("keycompromise: need at least 2 users, have %d", len(env.Users))
	}
	owner, err := derive("owner")
	if err != nil {
		return nil, err
	}
	thief, err := derive("thief")
	if err != nil {
		return nil, err
	}
	next, err := derive("new-owner")
	if err != nil {
		return nil, err
	}
	deployer := corpus.Address(env.Deployer)
	st := &State{Owner: owner, Thief: corpus.Address(thief), NewOwner: corpus.Address(next),
		wallet: map[common.Address]*big.Int{}, inToken: map[common.Address]*big.Int{}, inEther: map[common.Address]*big.Int{}}
	if st.Token, _, err = env.Deploy(ctx, env.Deployer, &keycustodyusd.KeyCustodyUSDMetaData, deployer); err != nil {
		return nil, fmt.Errorf("keycompromise: deploy KeyCustodyUSD: %w", err)
	}
	if st.Vault, _, err = env.Deploy(ctx, env.Deployer, &keycustodyvault.KeyCustodyVaultMetaData, st.Token, corpus.Address(owner), big.NewInt(10)); err != nil {
		return nil, fmt.Errorf("keycompromise: deploy KeyCustodyVault: %w", err)
	}
	type sent struct {
		what string
		hash common.Hash
	}
	var txs []sent
	send := func(what string, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) error {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return fmt.Errorf("keycompromise: %s: %w", what, err)
		}
		txs = append(txs, sent{what, h})
		return nil
	}
	wait := func() error {
		for _, t := range txs {
			r, err := env.Wait(ctx, t.hash)
			if err != nil {
				return fmt.Errorf("keycompromise: %s: %w", t.what, err)
			}
			if r.Status != 1 {
				return fmt.Errorf("keycompromise: %s: transaction %s reverted", t.what, t.hash)
			}
		}
		txs = txs[:0]
		return nil
	}
	if err := send("fund the owner key", env.Deployer, corpus.Address(owner), nil, corpus.Ether(5), gasETH); err != nil {
		return nil, err
	}
	for i, u := range env.Users {
		a := corpus.Address(u)
		total := corpus.Ether(30_000 + rng.Int64N(70_000))
		tok, eth := part(total, 70), corpus.Ether(20+rng.Int64N(80))
		if i == 0 {
			total, tok, eth = corpus.Ether(1_000_000), corpus.Ether(800_000), corpus.Ether(2_000)
		}
		st.wallet[a], st.inToken[a], st.inEther[a] = new(big.Int).Sub(total, tok), tok, eth
		if err := send("mint cUSD", env.Deployer, st.Token, tokenABI.PackMint(a, total), nil, gasMint); err != nil {
			return nil, err
		}
		if err := send("approve vault", u, st.Token, tokenABI.PackApprove(st.Vault, maxUint), nil, gasApprove); err != nil {
			return nil, err
		}
		if err := send("deposit ETH", u, st.Vault, vaultABI.PackDepositEther(), eth, gasDeposit); err != nil {
			return nil, err
		}
	}
	if err := wait(); err != nil {
		return nil, err
	}
	for _, u := range env.Users {
		if err := send("deposit cUSD", u, st.Vault, vaultABI.PackDeposit(st.inToken[corpus.Address(u)]), nil, gasDeposit); err != nil {
			return nil, err
		}
	}
	if err := wait(); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("KeyCustodyVault", st.Vault, &keycustodyvault.KeyCustodyVaultMetaData),
			corpus.ContractOf("KeyCustodyUSD", st.Token, &keycustodyusd.KeyCustodyUSDMetaData),
		},
		// The owner key IS an admin: its changes are normally expected.
		Admins: []common.Address{deployer, corpus.Address(owner)},
		State:  st,
	}, nil
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func part(v *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(pct)), big.NewInt(100))
}

func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

// afterFee is what a withdrawal of amt pays at the highest possible fee.
func afterFee(amt *big.Int) *big.Int {
	fee := new(big.Int).Div(new(big.Int).Mul(amt, big.NewInt(maxFeeBps)), big.NewInt(10_000))
	return fee.Sub(amt, fee)
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("keycompromise: deployment state is %T, not *keycompromise.State", d.State)
	}
	st.step++
	send := func(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return nil, fmt.Errorf("keycompromise: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	whale := env.Users[0]
	wa := corpus.Address(whale)
	u := env.Users[1+rng.IntN(len(env.Users)-1)]
	ua := corpus.Address(u)
	switch p := rng.IntN(100); {
	case p < 3:
		st.OwnerActions++
		return send(st.Owner, st.Vault, vaultABI.PackSetWithdrawFee(big.NewInt(rng.Int64N(maxFeeBps+1))), nil, gasAdmin)
	case p < 5:
		// Fees go to the team's treasury (the Deployer).
		st.OwnerActions++
		return send(st.Owner, st.Vault, vaultABI.PackCollectFees(corpus.Address(env.Deployer)), nil, gasAdmin)
	case p < 10:
		// The whale takes out (or puts back) a large amount.
		if rng.IntN(2) == 0 {
			amt := corpus.Ether(200 + rng.Int64N(500))
			if st.inEther[wa].Cmp(amt) >= 0 {
				st.inEther[wa].Sub(st.inEther[wa], amt)
				return send(whale, st.Vault, vaultABI.PackWithdrawEther(amt), nil, gasWithdraw)
			}
			st.inEther[wa].Add(st.inEther[wa], amt)
			return send(whale, st.Vault, vaultABI.PackDepositEther(), amt, gasDeposit)
		}
		amt := part(st.inToken[wa], 15+rng.Int64N(25))
		if st.inToken[wa].Cmp(corpus.Ether(300_000)) > 0 {
			st.inToken[wa].Sub(st.inToken[wa], amt)
			st.wallet[wa].Add(st.wallet[wa], afterFee(amt))
			return send(whale, st.Vault, vaultABI.PackWithdraw(amt), nil, gasWithdraw)
		}
		amt = part(st.wallet[wa], 90)
		st.wallet[wa].Sub(st.wallet[wa], amt)
		st.inToken[wa].Add(st.inToken[wa], amt)
		return send(whale, st.Vault, vaultABI.PackDeposit(amt), nil, gasDeposit)
	case p < 20:
		amt := new(big.Int).Div(corpus.Ether(1+rng.Int64N(200)), big.NewInt(10))
		if rng.IntN(2) == 0 && st.inEther[ua].Cmp(amt) >= 0 {
			st.inEther[ua].Sub(st.inEther[ua], amt)
			return send(u, st.Vault, vaultABI.PackWithdrawEther(amt), nil, gasWithdraw)
		}
		st.inEther[ua].Add(st.inEther[ua], amt)
		return send(u, st.Vault, vaultABI.PackDepositEther(), amt, gasDeposit)
	case p < 32:
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		amt := amount(rng, 5, 2_000)
		if to == ua || st.wallet[ua].Cmp(amt) < 0 {
			break
		}
		st.wallet[ua].Sub(st.wallet[ua], amt)
		st.wallet[to].Add(st.wallet[to], amt)
		return send(u, st.Token, tokenABI.PackTransfer(to, amt), nil, gasTransfer)
	case p < 65:
		amt := amount(rng, 10, 5_000)
		if st.inToken[ua].Cmp(amt) < 0 {
			break
		}
		st.inToken[ua].Sub(st.inToken[ua], amt)
		st.wallet[ua].Add(st.wallet[ua], afterFee(amt))
		return send(u, st.Vault, vaultABI.PackWithdraw(amt), nil, gasWithdraw)
	}
	amt := amount(rng, 10, 5_000)
	if st.wallet[ua].Cmp(amt) < 0 {
		amt = part(st.wallet[ua], 50)
	}
	if amt.Sign() == 0 {
		return nil, nil
	}
	st.wallet[ua].Sub(st.wallet[ua], amt)
	st.inToken[ua].Add(st.inToken[ua], amt)
	return send(u, st.Vault, vaultABI.PackDeposit(amt), nil, gasDeposit)
}

// Balance reads who's cUSD balance at block (nil = latest).
func Balance(ctx context.Context, env *corpus.Env, token, who common.Address, block *big.Int) (*big.Int, error) {
	v, err := chain.BalanceOf(ctx, env.Client, token, who, block)
	if err != nil {
		return nil, fmt.Errorf("keycompromise: %w", err)
	}
	return v, nil
}

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("keycompromise: deployment state is %T, not *keycompromise.State", d.State)
	}
	tokens, err := Balance(ctx, env, st.Token, st.Vault, nil)
	if err != nil {
		return nil, err
	}
	ether, err := env.Client.BalanceAt(ctx, st.Vault, nil)
	if err != nil {
		return nil, fmt.Errorf("keycompromise: ETH balance of the vault: %w", err)
	}
	var out []corpus.AttackTx
	steps := []struct {
		note string
		data []byte
	}{
		{"stolen owner key: emergencyWithdraw of all cUSD to a fresh address", vaultABI.PackEmergencyWithdraw(st.Token, st.Thief, tokens)},
		{"stolen owner key: emergencyWithdraw of all ETH to a fresh address", vaultABI.PackEmergencyWithdraw(common.Address{}, st.Thief, ether)},
		{"stolen owner key: ownership handed to another fresh address", vaultABI.PackTransferOwnership(st.NewOwner)},
	}
	for _, s := range steps {
		r, err := env.CallAndWait(ctx, st.Owner, st.Vault, s.data, nil, gasAdmin)
		if r != nil {
			out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: s.note})
		}
		if err != nil {
			return out, fmt.Errorf("keycompromise: %s: %w", s.note, err)
		}
	}
	return out, nil
}
