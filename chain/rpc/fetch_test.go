package rpc_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/chain/rpc/rpctest"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
)

// fillChain sends bursts of transfers and WETH deposits (receipts with
// logs) with instant mining, so blocks carry one or several transactions,
// and returns the head and the number of transactions sent.
func fillChain(t testing.TB, client *ethclient.Client, s *sender, weth common.Address, bursts, perBurst int) (uint64, int) {
	t.Helper()
	deposit := weth9.NewWETH9().PackDeposit()
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	var last *types.Transaction
	for b := range bursts {
		for i := range perBurst {
			if (b+i)%2 == 0 {
				last = s.send(t, &to, big.NewInt(int64(1+i)), nil, 21_000)
			} else {
				last = s.send(t, &weth, big.NewInt(int64(1000+i)), deposit, 100_000)
			}
		}
		waitReceipt(t, client, last.Hash())
	}
	head, err := client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return head, bursts * perBurst
}

// checkAgainstNode compares fetched data with what ethclient reads from the
// node directly, block by block.
func checkAgainstNode(t *testing.T, client *ethclient.Client, from uint64, got []rpc.BlockData) (txs int) {
	t.Helper()
	ctx := testCtx(t)
	for i, d := range got {
		n := from + uint64(i)
		want, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if d.Block.NumberU64() != n || d.Block.Hash() != want.Hash() || len(d.Block.Transactions()) != len(want.Transactions()) {
			t.Fatalf("block %d: got %d %s (%d txs), want %s (%d txs)", n, d.Block.NumberU64(), d.Block.Hash(),
				len(d.Block.Transactions()), want.Hash(), len(want.Transactions()))
		}
		wantRs, err := client.BlockReceipts(ctx, blockNr(int64(n)))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Receipts) != len(wantRs) {
			t.Fatalf("block %d: %d receipts, want %d", n, len(d.Receipts), len(wantRs))
		}
		for j, r := range d.Receipts {
			w := wantRs[j]
			if r.TxHash != w.TxHash || r.Status != w.Status || r.GasUsed != w.GasUsed || len(r.Logs) != len(w.Logs) ||
				r.TxHash != d.Block.Transactions()[j].Hash() {
				t.Fatalf("block %d receipt %d differs: %+v vs %+v", n, j, r, w)
			}
		}
		txs += len(d.Block.Transactions())
	}
	return txs
}

func TestFetchBlocks(t *testing.T) {
	chain, client := newChain(t)
	ctx := testCtx(t)
	s := newSender(t, client, chain.Accounts()[0])
	weth := deployWETH(t, s)
	head, sent := fillChain(t, client, s, weth, 12, 5)

	for _, url := range []string{chain.HTTPURL(), chain.WSURL()} {
		pool := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{{URL: url}}})
		got, err := pool.FetchBlocks(ctx, 1, head)
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if uint64(len(got)) != head {
			t.Fatalf("%s: %d blocks, want %d", url, len(got), head)
		}
		if txs := checkAgainstNode(t, client, 1, got); txs != sent+1 { // +1: the deployment
			t.Fatalf("%s: %d transactions, want %d", url, txs, sent+1)
		}
	}

	pool := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{{URL: chain.HTTPURL()}}})
	// Running into the head: the existing prefix comes back with NotFound.
	got, err := pool.FetchBlocks(ctx, head-1, head+25)
	if !errors.Is(err, ethereum.NotFound) || len(got) != 2 {
		t.Fatalf("range past the head: %d blocks, %v; want 2 and NotFound", len(got), err)
	}
	checkAgainstNode(t, client, head-1, got)
	if _, err := pool.FetchBlocks(ctx, 5, 4); err == nil {
		t.Fatal("reversed range accepted")
	}
}

func TestFetchBlocksWithoutBlockReceipts(t *testing.T) {
	chain, client := newChain(t)
	ctx := testCtx(t)
	s := newSender(t, client, chain.Accounts()[0])
	weth := deployWETH(t, s)
	head, sent := fillChain(t, client, s, weth, 6, 4)

	proxy := rpctest.New(t, chain.HTTPURL(), "")
	proxy.Unsupported("eth_getBlockReceipts")
	pool := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{{URL: proxy.URL()}}})
	got, err := pool.FetchBlocks(ctx, 1, head)
	if err != nil {
		t.Fatal(err)
	}
	if txs := checkAgainstNode(t, client, 1, got); txs != sent+1 {
		t.Fatalf("%d transactions, want %d", txs, sent+1)
	}
	asked := proxy.Count("eth_getBlockReceipts")
	if asked == 0 || proxy.Count("eth_getTransactionReceipt") < sent+1 {
		t.Fatalf("eth_getBlockReceipts %d, eth_getTransactionReceipt %d calls", asked, proxy.Count("eth_getTransactionReceipt"))
	}
	// The endpoint's answer is remembered: no more eth_getBlockReceipts.
	if _, err := pool.FetchBlocks(ctx, 1, head); err != nil {
		t.Fatal(err)
	}
	if proxy.Count("eth_getBlockReceipts") != asked {
		t.Fatalf("eth_getBlockReceipts asked again: %d, then %d", asked, proxy.Count("eth_getBlockReceipts"))
	}
	if st := pool.Status()[0]; !st.Healthy || st.TotalErrors != 0 {
		t.Fatalf("a missing method counted against the endpoint: %+v", st)
	}
}

// A batch that an endpoint garbles is fetched from the next one.
func TestFetchBlocksFailsOver(t *testing.T) {
	chain, client := newChain(t)
	ctx := testCtx(t)
	s := newSender(t, client, chain.Accounts()[0])
	weth := deployWETH(t, s)
	head, _ := fillChain(t, client, s, weth, 4, 3)
	pool, primary, _ := twoEndpoints(t, chain, time.Hour)
	primary.Truncated()
	start := time.Now()
	got, err := pool.FetchBlocks(ctx, 1, head)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("FetchBlocks with a truncating primary: %v", time.Since(start))
	checkAgainstNode(t, client, 1, got)
	if statusOf(t, pool, primary.URL()).Healthy {
		t.Fatal("truncating primary still healthy")
	}
}
