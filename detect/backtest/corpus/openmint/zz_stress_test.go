package openmint_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
	"github.com/warden-dev/warden/detect/backtest/corpus/openmint"
)

func TestZZStress(t *testing.T) {
	res := corpustest.Run(t, openmint.New(), 1500, 60)
	hist := map[string]int{}
	for _, r := range res.Benign {
		tx, _, err := res.Env.Client.TransactionByHash(context.Background(), r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		sel := "eth"
		if len(tx.Data()) >= 4 {
			sel = fmt.Sprintf("%x", tx.Data()[:4])
		}
		hist[fmt.Sprintf("%s:%s", tx.To().Hex()[:8], sel)]++
	}
	var keys []string
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s %d", k, hist[k])
	}
}
