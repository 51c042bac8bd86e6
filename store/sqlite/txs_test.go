package sqlite_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

func TestTxRecords(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	signer, other := common.HexToAddress("0x51"), common.HexToAddress("0x52")
	rec := func(key, chain string, from common.Address, nonce uint64, state txmgr.State) *txmgr.Record {
		h := common.BytesToHash([]byte(key))
		return &txmgr.Record{Key: key, Chain: chain, From: from, Nonce: nonce, Hash: h, State: state,
			Attempts: []txmgr.Attempt{{Hash: h, Raw: []byte{1, 2, 3}, Nonce: nonce, TipCap: big.NewInt(7), FeeCap: big.NewInt(9)}}}
	}
	for _, r := range []*txmgr.Record{
		rec("b", "dev", signer, 5, txmgr.StateBroadcast),
		rec("a", "dev", signer, 4, txmgr.StateSigned),
		rec("mined", "dev", signer, 3, txmgr.StateMined),
		rec("failed", "dev", signer, 6, txmgr.StateFailed),
		rec("other-signer", "dev", other, 1, txmgr.StateSigned),
		rec("other-chain", "main", signer, 1, txmgr.StateSigned),
	} {
		if err := st.SaveTx(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	keys := func() []string {
		open, err := st.OpenTxs(ctx, "dev", signer)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range open {
			out = append(out, r.Key)
		}
		return out
	}
	if got := keys(); len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Fatalf("open txs %v, want [a b] (nonce order)", got)
	}

	// An update moves every selected column: "a" is re-signed with nonce 9,
	// "b" is mined.
	a := rec("a", "dev", signer, 9, txmgr.StateBroadcast)
	a.Attempts = append(a.Attempts, txmgr.Attempt{Hash: common.HexToHash("0xa2"), Nonce: 9, Reason: "nonce 4 was used by another transaction"})
	b := rec("b", "dev", signer, 5, txmgr.StateMined)
	for _, r := range []*txmgr.Record{a, b} {
		if err := st.SaveTx(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if got := keys(); len(got) != 1 || got[0] != "a" {
		t.Fatalf("open txs %v, want [a]", got)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened (the schema statements run again), everything is there.
	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Tx(ctx, "a")
	if err != nil || got == nil || got.Nonce != 9 || len(got.Attempts) != 2 || got.Attempts[0].FeeCap.Int64() != 9 || got.Attempts[1].Reason == "" {
		t.Fatalf("record a: %+v %v", got, err)
	}
	if missing, err := st.Tx(ctx, "nope"); missing != nil || err != nil {
		t.Fatalf("unknown key: %+v %v", missing, err)
	}
	all, err := st.Txs(ctx)
	if err != nil || len(all) != 6 {
		t.Fatalf("%d records, %v", len(all), err)
	}
}
