package openmint_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/uniswapv2pair"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/openmint"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, openmint.New(), 200, 20)
	ctx := context.Background()
	pair := res.Deployment.Contracts[1].Address
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))

	p := uniswapv2pair.NewUniswapV2Pair()
	call := func(to common.Address, data []byte, block *big.Int) []byte {
		out, err := res.Env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	token0, err := p.UnpackToken0(call(pair, p.PackToken0(), nil))
	if err != nil {
		t.Fatal(err)
	}
	token1, err := p.UnpackToken1(call(pair, p.PackToken1(), nil))
	if err != nil {
		t.Fatal(err)
	}
	weth := token1
	if token0 != res.Deployment.Contracts[0].Address {
		weth = token0
	}
	w := weth9.NewWETH9()
	balance := func(who common.Address, block *big.Int) *big.Int {
		v, err := bind.Call(w.Instance(res.Env.Client, weth), &bind.CallOpts{Context: ctx, BlockNumber: block}, w.PackBalanceOf(who), w.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	pairBefore, pairAfter := balance(pair, before), balance(pair, nil)
	attacker := corpus.Address(res.Env.Attacker)
	gain := new(big.Int).Sub(balance(attacker, nil), balance(attacker, before))
	if pairBefore.Cmp(corpus.Ether(300)) < 0 {
		t.Fatalf("pair held only %s WETH wei before the attack", pairBefore)
	}
	// The dump takes all but ~0.1% of the pair's WETH.
	if min := percent(pairBefore, 99); gain.Cmp(min) < 0 {
		t.Errorf("attacker gained %s WETH wei, want at least 99%% of the %s the pair held", gain, pairBefore)
	}
	t.Logf("pair WETH %s -> %s; attacker gained %s", pairBefore, pairAfter, gain)
}

func percent(v *big.Int, p int64) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(p))
	return out.Div(out, big.NewInt(100))
}
