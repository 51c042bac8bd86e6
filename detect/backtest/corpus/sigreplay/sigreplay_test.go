package sigreplay

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, New(), 200, 20)
	ctx := context.Background()
	st := res.Deployment.State.(*State)
	if st.Claims < 20 {
		t.Errorf("only %d benign claims", st.Claims)
	}
	attacker := corpus.Address(res.Env.Attacker)
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))
	read := func(who common.Address, block *big.Int) *big.Int {
		v, err := Balance(ctx, res.Env, st.Token, who, block)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	bridgeBefore, bridgeAfter := read(st.Bridge, before), read(st.Bridge, nil)
	gain := new(big.Int).Sub(read(attacker, nil), read(attacker, before))
	// Everything the bridge lost went to the attacker; only one 25,000
	// claim of it was owed.
	lost := new(big.Int).Sub(bridgeBefore, bridgeAfter)
	if gain.Cmp(lost) != 0 {
		t.Errorf("attacker gained %s, bridge lost %s", gain, lost)
	}
	if bridgeAfter.Cmp(attackClaim) >= 0 {
		t.Errorf("bridge still holds %s bUSD", bridgeAfter)
	}
	if stolen := new(big.Int).Sub(gain, attackClaim); stolen.Cmp(corpus.Ether(500_000)) < 0 {
		t.Errorf("attacker stole only %s bUSD beyond its own claim", stolen)
	}
	t.Logf("benign txs %d (claims %d); attacker gained %s bUSD", len(res.Benign), st.Claims, gain)
}
