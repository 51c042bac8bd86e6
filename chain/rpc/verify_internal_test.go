package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// realBlock mines a block with three transfers on a real chain and returns
// its raw eth_getBlockByNumber answer and its receipts.
func realBlock(t *testing.T) (json.RawMessage, types.Receipts) {
	t.Helper()
	chain, client := devchaintest.Start(t, devchain.Config{Accounts: 1, BlockPeriod: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	acc := chain.Accounts()[0]
	signer := types.LatestSignerForChainID(chain.ChainID())
	for i := range 3 {
		tx := types.MustSignNewTx(acc.Key, signer, &types.DynamicFeeTx{
			ChainID: chain.ChainID(), Nonce: uint64(i), GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &common.Address{1}, Value: big.NewInt(1),
		})
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond) // let the pool promote them
	hash := chain.Commit()
	var raw json.RawMessage
	if err := client.Client().CallContext(ctx, &raw, "eth_getBlockByHash", hash, true); err != nil {
		t.Fatal(err)
	}
	rs, err := client.BlockReceipts(ctx, blockHash(hash))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("%d receipts", len(rs))
	}
	return raw, rs
}

func TestAnswersAreCheckedAgainstThemselves(t *testing.T) {
	raw, rs := realBlock(t)
	b, err := decodeBlock(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := verifyBlockData(BlockData{Block: b, Receipts: rs}); err != nil {
		t.Fatalf("genuine block rejected: %v", err)
	}

	// Blocks that decode as JSON but are not what the header says.
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(map[string]any)) json.RawMessage {
		c := map[string]any{}
		for k, v := range m {
			c[k] = v
		}
		f(c)
		out, _ := json.Marshal(c)
		return out
	}
	for name, bad := range map[string]json.RawMessage{
		"no transactions": mutate(func(c map[string]any) { c["transactions"] = []any{} }),
		"one tx missing":  mutate(func(c map[string]any) { c["transactions"] = c["transactions"].([]any)[1:] }),
		"transactions swap": mutate(func(c map[string]any) {
			tx := c["transactions"].([]any)
			c["transactions"] = []any{tx[1], tx[0], tx[2]}
		}),
		"other hash":       mutate(func(c map[string]any) { c["hash"] = common.Hash{1}.Hex() }),
		"gas used changed": mutate(func(c map[string]any) { c["gasUsed"] = "0x1" }),
	} {
		if _, err := decodeBlock(bad); !errors.Is(err, ErrInconsistent) {
			t.Errorf("%s: %v, want ErrInconsistent", name, err)
		}
	}
	for name, bad := range map[string]json.RawMessage{
		"truncated": raw[:len(raw)/2],
		"garbage":   json.RawMessage("<html>"),
		"empty obj": json.RawMessage("{}"),
	} {
		if b, err := decodeBlock(bad); err == nil || b != nil || errors.Is(err, ethereum.NotFound) {
			t.Errorf("%s: %v, %v; want a decode error", name, b, err)
		}
	}
	if _, err := decodeBlock(json.RawMessage("null")); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("null: %v", err)
	}

	// Receipts that are not this block's.
	cp := func() types.Receipts {
		out := make(types.Receipts, len(rs))
		for i, r := range rs {
			c := *r
			out[i] = &c
		}
		return out
	}
	for name, bad := range map[string]types.Receipts{
		"missing":        cp()[:2],
		"swapped":        func() types.Receipts { c := cp(); c[0], c[1] = c[1], c[0]; return c }(),
		"other fork":     func() types.Receipts { c := cp(); c[2].BlockHash = common.Hash{2}; return c }(),
		"status flipped": func() types.Receipts { c := cp(); c[1].Status = 0; return c }(),
	} {
		if err := verifyBlockData(BlockData{Block: b, Receipts: bad}); !errors.Is(err, ErrInconsistent) {
			t.Errorf("receipts %s: %v, want ErrInconsistent", name, err)
		}
	}
}

func blockHash(h common.Hash) gethrpc.BlockNumberOrHash {
	return gethrpc.BlockNumberOrHashWithHash(h, false)
}
