package rounding

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/mixer"
)

func TestScenario(t *testing.T) {
	alloc, err := mixer.GenesisAlloc()
	if err != nil {
		t.Fatal(err)
	}
	res := corpustest.RunWith(t, New(), corpustest.Options{Steps: 200, PerBlock: 20, Alloc: alloc})
	ctx := context.Background()
	st := res.Deployment.State.(*State)
	key, err := AttackerKey()
	if err != nil {
		t.Fatal(err)
	}
	attacker := corpus.Address(key)
	exploits := res.Stage(corpus.StageExploit)
	exploit := exploits[len(exploits)-1]
	if n := len(res.Stage(corpus.StageLaundering)); n != 2 {
		t.Errorf("%d laundering deposits after the exploit, want 2", n)
	}
	before := new(big.Int).Sub(res.Receipts[exploit.Hash].BlockNumber, big.NewInt(1))
	bal := func(who common.Address, block *big.Int) *big.Int {
		out, err := res.Env.Client.CallContract(ctx, ethereum.CallMsg{To: &st.USD, Data: usdABI.PackBalanceOf(who)}, block)
		if err != nil {
			t.Fatal(err)
		}
		v, err := usdABI.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	cashBefore, cashAfter := bal(st.USDMarket, before), bal(st.USDMarket, nil)
	gain := bal(attacker, nil)
	if lost := new(big.Int).Sub(cashBefore, cashAfter); lost.Cmp(gain) != 0 || gain.Cmp(corpus.Ether(1_000_000)) < 0 {
		t.Errorf("attacker gained %s rUSD, market lost %s (had %s)", gain, lost, cashBefore)
	}
	// The attacker's leftover position is worth nothing: the protocol holds
	// bad debt of the whole borrow.
	out, err := res.Env.Client.CallContract(ctx, ethereum.CallMsg{To: &st.Comptroller, Data: comptrollerABI.PackGetAccountLiquidity(exploitContract(t, res))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	liq, err := comptrollerABI.UnpackGetAccountLiquidity(out)
	if err != nil {
		t.Fatal(err)
	}
	if liq.Shortfall.Cmp(part(gain, 99)) < 0 {
		t.Errorf("attack contract's shortfall %s, want about the borrow %s", liq.Shortfall, gain)
	}
	t.Logf("benign txs %d; attacker took %s rUSD", len(res.Benign), gain)
}

// exploitContract is the attack contract: the one the preparation stage deployed.
func exploitContract(t *testing.T, res *corpustest.Result) common.Address {
	t.Helper()
	for _, a := range res.Attack {
		if r := res.Receipts[a.Hash]; r.ContractAddress != (common.Address{}) {
			return r.ContractAddress
		}
	}
	t.Fatal("no contract deployed by the attack")
	return common.Address{}
}
