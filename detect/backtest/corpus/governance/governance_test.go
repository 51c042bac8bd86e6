package governance

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
	if st.Executed == 0 {
		t.Error("no benign proposal was executed")
	}
	key, err := AttackerKey()
	if err != nil {
		t.Fatal(err)
	}
	attacker := corpus.Address(key)
	withdrawals := 0
	for _, a := range res.Attack {
		r := res.Receipts[a.Hash]
		for _, l := range r.Logs {
			if l.Address == mixer.Address && len(l.Topics) > 0 && l.Topics[0] == withdrawalID {
				withdrawals++
			}
		}
	}
	if withdrawals != 10 {
		t.Errorf("attacker funded by %d mixer withdrawals, want 10", withdrawals)
	}
	exploits := res.Stage(corpus.StageExploit)
	if n := len(res.Stage(corpus.StageLaundering)); n != 2 {
		t.Errorf("%d laundering deposits after the exploit, want 2", n)
	}
	before := new(big.Int).Sub(res.Receipts[exploits[len(exploits)-1].Hash].BlockNumber, big.NewInt(1))
	bal := func(token, who common.Address, block *big.Int) *big.Int {
		out, err := res.Env.Client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: usdABI.PackBalanceOf(who)}, block)
		if err != nil {
			t.Fatal(err)
		}
		v, err := usdABI.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	treasury := bal(st.USD, st.Governor, before)
	if treasury.Cmp(corpus.Ether(1_000_000)) < 0 {
		t.Fatalf("treasury held only %s gUSD before the attack", treasury)
	}
	if got := bal(st.USD, st.Governor, nil); got.Sign() != 0 {
		t.Errorf("treasury still holds %s gUSD", got)
	}
	if got := bal(st.USD, attacker, nil); got.Cmp(treasury) != 0 {
		t.Errorf("attacker holds %s gUSD, want the treasury's %s", got, treasury)
	}
	if g := bal(st.Grain, attacker, nil); g.Cmp(corpus.Ether(90_000)) < 0 {
		t.Errorf("attacker kept only %s GRAIN after repaying the loan", g)
	}
	eth, err := res.Env.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	if eth.Cmp(corpus.Ether(200)) < 0 {
		t.Errorf("attacker holds %s wei, want the treasury's 200 ETH", eth)
	}
	t.Logf("benign txs %d, proposals executed %d; attacker took %s gUSD", len(res.Benign), st.Executed, treasury)
}

var withdrawalID = crypto.Keccak256Hash([]byte("Withdrawal(address,bytes32,address,uint256)"))
