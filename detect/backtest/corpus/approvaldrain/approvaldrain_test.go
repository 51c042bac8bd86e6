package approvaldrain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/omniusd"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/approvaldrain"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, approvaldrain.New(), 200, 20)
	ctx := context.Background()
	usd := res.Deployment.Contracts[1].Address
	weth := res.Deployment.Contracts[2].Address
	attacker := corpus.Address(res.Env.Attacker)
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))

	erc20 := omniusd.NewOmniUSD()
	balance := func(token, who common.Address, block *big.Int) *big.Int {
		v, err := bind.Call(erc20.Instance(res.Env.Client, token), &bind.CallOpts{Context: ctx, BlockNumber: block}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, token := range []common.Address{usd, weth} {
		held := new(big.Int)
		for i, u := range res.Env.Users {
			b := balance(token, corpus.Address(u), before)
			held.Add(held, b)
			if after := balance(token, corpus.Address(u), nil); after.Sign() != 0 {
				t.Errorf("user %d still holds %s of %s after the drain", i, after, token)
			}
		}
		gain := new(big.Int).Sub(balance(token, attacker, nil), balance(token, attacker, before))
		if gain.Cmp(held) != 0 || gain.Sign() == 0 {
			t.Errorf("attacker gained %s of %s, want everything the users held (%s)", gain, token, held)
		}
		t.Logf("drained %s of %s from %d users", gain, token, len(res.Env.Users))
	}
}
