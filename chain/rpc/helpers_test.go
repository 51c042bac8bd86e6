package rpc_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

const chainID = devchain.DefaultChainID

// TestMain fails the run when a pool goroutine (health loop, check,
// subscription forwarder) outlives the tests: every pool is closed by then.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		deadline := time.Now().Add(5 * time.Second)
		for {
			leaked := leakedGoroutines()
			if leaked == "" {
				break
			}
			if time.Now().After(deadline) {
				fmt.Fprintf(os.Stderr, "goroutines left running after every pool was closed:\n%s\n", leaked)
				code = 1
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	os.Exit(code)
}

func leakedGoroutines() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var leaked []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "chain/rpc.(*Pool)") || strings.Contains(g, "chain/rpc/rpctest.") {
			leaked = append(leaked, g)
		}
	}
	return strings.Join(leaked, "\n\n")
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func newChain(t testing.TB) (*devchain.Chain, *ethclient.Client) {
	t.Helper()
	return devchaintest.Start(t, devchain.Config{Accounts: 3})
}

func newPool(t testing.TB, cfg rpc.Config) *rpc.Pool {
	t.Helper()
	if cfg.ChainID == 0 {
		cfg.ChainID = chainID
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	p, err := rpc.NewPool(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func statusOf(t testing.TB, p *rpc.Pool, url string) rpc.EndpointStatus {
	t.Helper()
	for _, s := range p.Status() {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("no endpoint %s in %+v", url, p.Status())
	return rpc.EndpointStatus{}
}

// waitFor polls cond until it holds, failing the test after timeout.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > timeout {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start)
}

// sender signs and sends transactions from one dev account, keeping its
// own nonce so bursts need no round trip per transaction.
type sender struct {
	client *ethclient.Client
	key    *ecdsa.PrivateKey
	from   common.Address
	nonce  uint64
	signer types.Signer
}

func newSender(t testing.TB, client *ethclient.Client, acc devchain.Account) *sender {
	t.Helper()
	nonce, err := client.PendingNonceAt(context.Background(), acc.Address)
	if err != nil {
		t.Fatal(err)
	}
	return &sender{client: client, key: acc.Key, from: acc.Address, nonce: nonce,
		signer: types.LatestSignerForChainID(big.NewInt(chainID))}
}

// tx builds and signs a transaction with the next nonce (to nil = create).
func (s *sender) tx(t testing.TB, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID:   big.NewInt(chainID),
		Nonce:     s.nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		t.Fatal(err)
	}
	s.nonce++
	return tx
}

func (s *sender) send(t testing.TB, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	tx := s.tx(t, to, value, data, gas)
	if err := s.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}

func waitReceipt(t testing.TB, client *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction %s failed", hash)
			}
			return r
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			t.Fatalf("receipt %s: %v", hash, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s", hash)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// deployWETH deploys WETH9 (deposit emits a log, withdraw calls back into
// the sender: a nested call for the tracer).
func deployWETH(t testing.TB, s *sender) common.Address {
	t.Helper()
	code, err := hexutil.Decode(weth9.WETH9MetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	tx := s.send(t, nil, nil, code, 2_000_000)
	r := waitReceipt(t, s.client, tx.Hash())
	if r.ContractAddress != crypto.CreateAddress(s.from, tx.Nonce()) {
		t.Fatalf("contract at %s", r.ContractAddress)
	}
	return r.ContractAddress
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }
