package rpc_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// BenchmarkFetchBlocks fills a chain with benchBlocks blocks of benchTxs
// transactions (half plain transfers, half WETH deposits with a log each),
// then fetches them all, either in ranges of 20 blocks per FetchBlocks call
// (a follower catching up step by step) or in one call (FetchBlocks splits
// it into parallel batches itself).
func BenchmarkFetchBlocks(b *testing.B) {
	const (
		benchBlocks = 300
		benchTxs    = 10
	)
	chain, client := devchaintest.Start(b, devchain.Config{Accounts: 2, BlockPeriod: time.Hour})
	s := newSender(b, client, chain.Accounts()[0])
	weth := deployWETHManual(b, chain, s)
	ctx := context.Background()
	deposit := weth9.NewWETH9().PackDeposit()
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	start, err := client.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	fillStart := time.Now()
	for range benchBlocks {
		var last *types.Transaction
		for i := range benchTxs {
			if i%2 == 0 {
				last = s.send(b, &to, big.NewInt(1), nil, 21_000)
			} else {
				last = s.send(b, &weth, big.NewInt(1), deposit, 100_000)
			}
		}
		commitUntilMined(b, chain, client, last)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	from := start + 1
	b.Logf("filled blocks %d-%d (%d txs each) in %v", from, head, benchTxs, time.Since(fillStart))

	pool := newPool(b, rpc.Config{ChainID: chainID, Endpoints: []rpc.EndpointConfig{{URL: chain.HTTPURL()}}})
	for _, step := range []uint64{20, head - from + 1} {
		b.Run(fmt.Sprintf("range=%d", step), func(b *testing.B) {
			var blocks, txs int
			for b.Loop() {
				for f := from; f <= head; f += step {
					data, err := pool.FetchBlocks(ctx, f, min(head, f+step-1))
					if err != nil {
						b.Fatal(err)
					}
					for _, d := range data {
						blocks++
						txs += len(d.Block.Transactions())
					}
				}
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(blocks)/secs, "blocks/s")
			b.ReportMetric(float64(txs)/secs, "txs/s")
		})
	}
}

// commitUntilMined seals blocks until tx is in one; the pool may promote a
// transaction just after a seal started.
func commitUntilMined(b *testing.B, chain *devchain.Chain, client interface {
	TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error)
}, tx *types.Transaction) {
	b.Helper()
	for range 50 {
		chain.Commit()
		if _, err := client.TransactionReceipt(context.Background(), tx.Hash()); err == nil {
			return
		}
		time.Sleep(time.Millisecond)
	}
	b.Fatalf("transaction %s not mined", tx.Hash())
}

func deployWETHManual(b *testing.B, chain *devchain.Chain, s *sender) common.Address {
	b.Helper()
	code := common.FromHex(weth9.WETH9MetaData.Bin)
	tx := s.send(b, nil, nil, code, 2_000_000)
	commitUntilMined(b, chain, s.client, tx)
	r, err := s.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		b.Fatal(err)
	}
	return r.ContractAddress
}
