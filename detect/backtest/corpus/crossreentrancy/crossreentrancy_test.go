package crossreentrancy_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/hookedether"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/crossreentrancy"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, crossreentrancy.New(), 200, 20)
	ctx := context.Background()
	vault := res.Deployment.Contracts[0].Address
	token := res.Deployment.Contracts[1].Address
	attacker := corpus.Address(res.Env.Attacker)
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))

	tok := hookedether.NewHookedEther()
	held := func(block *big.Int) *big.Int {
		v, err := bind.Call(tok.Instance(res.Env.Client, token), &bind.CallOpts{Context: ctx, BlockNumber: block}, tok.PackBalanceOf(vault), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	vaultBefore, vaultAfter := held(before), held(nil)
	if vaultBefore.Cmp(corpus.Ether(1000)) < 0 {
		t.Fatalf("vault held only %s hETH wei before the attack", vaultBefore)
	}
	if vaultAfter.Sign() != 0 {
		t.Errorf("vault still holds %s hETH wei after the attack, want 0", vaultAfter)
	}
	profit := ethGain(ctx, t, res, attacker, before)
	if min := new(big.Int).Sub(vaultBefore, corpus.Ether(1)); profit.Cmp(min) < 0 {
		t.Errorf("attacker gained %s wei, want at least %s (vault held %s)", profit, min, vaultBefore)
	}
	t.Logf("vault held %s hETH wei, attacker gained %s wei (exploit gas %d)", vaultBefore, profit, res.Receipts[res.Attack[1].Hash].GasUsed)
}

func ethGain(ctx context.Context, t *testing.T, res *corpustest.Result, who common.Address, before *big.Int) *big.Int {
	t.Helper()
	b, err := res.Env.Client.BalanceAt(ctx, who, before)
	if err != nil {
		t.Fatal(err)
	}
	a, err := res.Env.Client.BalanceAt(ctx, who, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a.Sub(a, b)
}
