package openowner_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/orchardstaking"
	"github.com/warden-dev/warden/contracts/bindings/orchardtoken"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/openowner"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, openowner.New(), 200, 20)
	ctx := context.Background()
	staking := res.Deployment.Contracts[0].Address
	token := res.Deployment.Contracts[1].Address
	attacker := corpus.Address(res.Env.Attacker)
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))

	tok := orchardtoken.NewOrchardToken()
	balance := func(who common.Address, block *big.Int) *big.Int {
		v, err := bind.Call(tok.Instance(res.Env.Client, token), &bind.CallOpts{Context: ctx, BlockNumber: block}, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	held := balance(staking, before)
	if held.Cmp(corpus.Ether(500_000)) < 0 {
		t.Fatalf("staking held only %s ORCH wei before the attack", held)
	}
	if left := balance(staking, nil); left.Sign() != 0 {
		t.Errorf("staking still holds %s ORCH wei after the attack", left)
	}
	gain := new(big.Int).Sub(balance(attacker, nil), balance(attacker, before))
	if gain.Cmp(held) != 0 {
		t.Errorf("attacker gained %s ORCH wei, want all %s the contract held", gain, held)
	}
	s := orchardstaking.NewOrchardStaking()
	owner, err := bind.Call(s.Instance(res.Env.Client, staking), &bind.CallOpts{Context: ctx}, s.PackOwner(), s.UnpackOwner)
	if err != nil {
		t.Fatal(err)
	}
	if owner != attacker {
		t.Errorf("owner after the attack is %s, want the attacker %s", owner, attacker)
	}
	t.Logf("attacker took %s ORCH wei", gain)
}
