package rpc_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/chain/rpc/rpctest"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
)

func TestTraceBlock(t *testing.T) {
	chain, client := newChain(t)
	ctx := testCtx(t)
	s := newSender(t, client, chain.Accounts()[0])
	weth := deployWETH(t, s)
	abi := weth9.NewWETH9()
	waitReceipt(t, client, s.send(t, &weth, ether(2), abi.PackDeposit(), 100_000).Hash())
	// withdraw sends the ether back to the caller: a nested call.
	tx := s.send(t, &weth, nil, abi.PackWithdraw(ether(1)), 100_000)
	r := waitReceipt(t, client, tx.Hash())

	proxy := rpctest.New(t, chain.HTTPURL(), "")
	pool := newPool(t, rpc.Config{Endpoints: []rpc.EndpointConfig{{URL: proxy.URL()}}})
	traces, err := pool.TraceBlock(ctx, r.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if len(traces) != 1 || traces[0].TxHash != tx.Hash() || traces[0].Result == nil {
		t.Fatalf("traces: %+v", traces)
	}
	top := traces[0].Result
	if top.Type != "CALL" || top.From != s.from || top.To != weth || top.GasUsed == 0 || len(top.Input) != 36 {
		t.Fatalf("top frame: %+v", top)
	}
	if len(top.Calls) != 1 {
		t.Fatalf("%d subcalls, want the transfer back", len(top.Calls))
	}
	back := top.Calls[0]
	if back.Type != "CALL" || back.From != weth || back.To != s.from || back.Value == nil || back.Value.ToInt().Cmp(ether(1)) != 0 {
		t.Fatalf("subcall: %+v", back)
	}
	// Position 1: WETH9 emits Withdrawal after its transfer back.
	withdrawal := crypto.Keccak256Hash([]byte("Withdrawal(address,uint256)"))
	if len(top.Logs) != 1 || top.Logs[0].Address != weth || top.Logs[0].Topics[0] != withdrawal || top.Logs[0].Position != 1 {
		t.Fatalf("logs: %+v", top.Logs)
	}

	// An empty block traces to nothing; a future one is NotFound.
	chain.Commit()
	head, err := pool.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if traces, err := pool.TraceBlock(ctx, head); err != nil || len(traces) != 0 {
		t.Fatalf("empty block: %v, %v", traces, err)
	}
	if _, err := pool.TraceBlock(ctx, head+100); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("future block: %v", err)
	}

	// A pruned node: a clear error, and the endpoint stays healthy.
	proxy.FailMethod("debug_traceBlockByNumber", -32000, "required historical state unavailable (reexec=128)")
	start := time.Now()
	_, err = pool.TraceBlock(ctx, 2)
	if !errors.Is(err, rpc.ErrStateUnavailable) || !strings.Contains(err.Error(), "block 2") {
		t.Fatalf("pruned state: %v", err)
	}
	if took := time.Since(start); took > 500*time.Millisecond {
		t.Fatalf("pruned state took %v", took)
	}
	if st := pool.Status()[0]; !st.Healthy || st.TotalErrors != 0 {
		t.Fatalf("pruned state counted against the endpoint: %+v", st)
	}
}
