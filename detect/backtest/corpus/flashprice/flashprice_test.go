package flashprice_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/stablecoin"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/flashprice"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, flashprice.New(), 200, 20)
	ctx := context.Background()
	pool := res.Deployment.Contracts[0].Address
	dusd := res.Deployment.Contracts[2].Address
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))

	erc20 := stablecoin.NewStableCoin()
	balance := func(who common.Address, block *big.Int) *big.Int {
		v, err := bind.Call(erc20.Instance(res.Env.Client, dusd), &bind.CallOpts{Context: ctx, BlockNumber: block}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	lost := new(big.Int).Sub(balance(pool, before), balance(pool, nil))
	if lost.Cmp(corpus.Ether(150_000)) < 0 {
		t.Errorf("pool lost %s dUSD wei to the attack, want at least 3 x 50,000 dUSD", lost)
	}
	attacker := corpus.Address(res.Env.Attacker)
	gain := new(big.Int).Sub(balance(attacker, nil), balance(attacker, before))
	// The attacker abandons 30 WETH (~60,000 dUSD) of collateral.
	if gain.Cmp(corpus.Ether(100_000)) < 0 {
		t.Errorf("attacker gained %s dUSD wei, want well over the ~60,000 dUSD of WETH it abandoned", gain)
	}
	t.Logf("pool lost %s dUSD wei; attacker gained %s", lost, gain)
}
