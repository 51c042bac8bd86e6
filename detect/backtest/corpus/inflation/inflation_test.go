package inflation_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/simpleyieldvault"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/inflation"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, inflation.New(), 200, 20)
	ctx := context.Background()
	vault := res.Deployment.Contracts[0].Address
	market := res.Deployment.Contracts[1].Address
	weth := res.Deployment.Contracts[2].Address
	attacker := corpus.Address(res.Env.Attacker)
	victim := corpus.Address(res.Env.Users[len(res.Env.Users)-1])
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))
	opts := func(block *big.Int) *bind.CallOpts { return &bind.CallOpts{Context: ctx, BlockNumber: block} }

	w := weth9.NewWETH9()
	wethOf := func(who common.Address, block *big.Int) *big.Int {
		v, err := bind.Call(w.Instance(res.Env.Client, weth), opts(block), w.PackBalanceOf(who), w.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// The first attack transaction wraps 100 ETH + 1 wei; count from after it.
	wrapped := res.Receipts[res.Attack[0].Hash].BlockNumber
	gain := new(big.Int).Sub(wethOf(attacker, nil), wethOf(attacker, wrapped))
	if gain.Cmp(corpus.Ether(100)) != 0 {
		t.Errorf("attacker gained %s WETH wei, want the victim's 100 WETH", gain)
	}
	if held := wethOf(attacker, before); held.Sign() != 0 {
		t.Errorf("attacker held %s WETH wei before the attack, want 0", held)
	}
	v := simpleyieldvault.NewSimpleYieldVault()
	shares, err := bind.Call(v.Instance(res.Env.Client, market), opts(nil), v.PackBalanceOf(victim), v.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if shares.Sign() != 0 {
		t.Errorf("victim holds %s shares of the new market, want 0 (its deposit should round down)", shares)
	}
	if left := wethOf(market, nil); left.Sign() != 0 {
		t.Errorf("new market still holds %s WETH wei", left)
	}
	if tvl := wethOf(vault, nil); tvl.Cmp(corpus.Ether(1000)) < 0 {
		t.Errorf("established vault holds only %s WETH wei after the benign traffic", tvl)
	}
}
