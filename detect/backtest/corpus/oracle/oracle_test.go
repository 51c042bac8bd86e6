package oracle

import (
	"context"
	"math/big"
	"testing"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, New(), 200, 20)
	ctx := context.Background()
	st := res.Deployment.State.(*State)
	if st.Liquidations == 0 || st.PriceUpdates < 20 || !st.rotated {
		t.Errorf("benign traffic: %d liquidations, %d price updates, keeper rotated %v", st.Liquidations, st.PriceUpdates, st.rotated)
	}
	attacker := corpus.Address(res.Env.Attacker)
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))
	cash, err := Balance(ctx, res.Env, st.USD, st.Pool, before)
	if err != nil {
		t.Fatal(err)
	}
	gained, err := Balance(ctx, res.Env, st.USD, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	left, err := Balance(ctx, res.Env, st.USD, st.Pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gained.Cmp(cash) != 0 || left.Sign() != 0 {
		t.Errorf("attacker holds %s oUSD, pool had %s and has %s", gained, cash, left)
	}
	// The collateral left behind is worth a fraction of the loot at the
	// real price.
	collateral := new(big.Int)
	for _, a := range res.Attack {
		if a.Stage == corpus.StagePreparation {
			tx, _, err := res.Env.Client.TransactionByHash(ctx, a.Hash)
			if err != nil {
				t.Fatal(err)
			}
			collateral.Add(collateral, tx.Value())
		}
	}
	realValue := new(big.Int).Mul(collateral, big.NewInt(st.price/1e8))
	if realValue.Cmp(part(gained, 5)) > 0 {
		t.Errorf("collateral worth %s oUSD left for %s borrowed", realValue, gained)
	}
	t.Logf("benign txs %d (%d liquidations, %d price updates); attacker borrowed %s oUSD against %s wei of oWETH",
		len(res.Benign), st.Liquidations, st.PriceUpdates, gained, collateral)
}
