package reentrancy_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/reentrancy"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, reentrancy.New(), 200, 20)
	ctx := context.Background()
	vault := res.Deployment.Contracts[0].Address
	attacker := corpus.Address(res.Env.Attacker)

	first := res.Receipts[res.Attack[0].Hash].BlockNumber
	before := new(big.Int).Sub(first, big.NewInt(1))
	vaultBefore, err := res.Env.Client.BalanceAt(ctx, vault, before)
	if err != nil {
		t.Fatal(err)
	}
	vaultAfter, err := res.Env.Client.BalanceAt(ctx, vault, nil)
	if err != nil {
		t.Fatal(err)
	}
	if vaultBefore.Cmp(corpus.Ether(1000)) < 0 {
		t.Fatalf("vault held only %s wei before the attack; benign traffic should leave it well funded", vaultBefore)
	}
	if vaultAfter.Sign() != 0 {
		t.Errorf("vault still holds %s wei after the attack, want 0", vaultAfter)
	}
	atkBefore, err := res.Env.Client.BalanceAt(ctx, attacker, before)
	if err != nil {
		t.Fatal(err)
	}
	atkAfter, err := res.Env.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	profit := new(big.Int).Sub(atkAfter, atkBefore)
	// Everything the vault held, less gas (well under 1 ETH).
	if min := new(big.Int).Sub(vaultBefore, corpus.Ether(1)); profit.Cmp(min) < 0 {
		t.Errorf("attacker gained %s wei, want at least %s (vault held %s)", profit, min, vaultBefore)
	}
	t.Logf("vault held %s wei, attacker gained %s wei (exploit gas %d)", vaultBefore, profit, res.Receipts[res.Attack[1].Hash].GasUsed)
	if len(res.Benign) < 200 {
		t.Errorf("%d benign transactions, want at least 200", len(res.Benign))
	}
}
