package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// callOnly hides ethclient's CodeAt/BalanceAt so the eth_call probes run.
type callOnly struct{ c *ethclient.Client }

func (r callOnly) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return r.c.CallContract(ctx, msg, block)
}

func TestIsContractAndBalanceAt(t *testing.T) {
	var (
		eoa       = common.HexToAddress("0x1000000000000000000000000000000000000001")
		contract  = common.HexToAddress("0x1000000000000000000000000000000000000002")
		delegated = common.HexToAddress("0x1000000000000000000000000000000000000003")
		empty     = common.HexToAddress("0x1000000000000000000000000000000000000004")
	)
	designator := append([]byte{0xef, 0x01, 0x00}, contract.Bytes()...)
	_, client := devchaintest.Start(t, devchain.Config{Accounts: 1, Alloc: types.GenesisAlloc{
		eoa:       {Balance: big.NewInt(12345)},
		contract:  {Code: []byte{0x60, 0x00, 0x60, 0x00, 0xf3}, Balance: big.NewInt(7)},
		delegated: {Code: designator, Balance: big.NewInt(1)},
	}})
	ctx := context.Background()
	for _, r := range []chain.StateReader{client, callOnly{client}} {
		for _, tc := range []struct {
			addr    common.Address
			code    bool
			balance int64
		}{{eoa, false, 12345}, {contract, true, 7}, {delegated, false, 1}, {empty, false, 0}} {
			got, err := chain.IsContract(ctx, r, tc.addr, big.NewInt(1))
			if err != nil {
				t.Fatalf("%T IsContract(%s): %v", r, tc.addr, err)
			}
			if got != tc.code {
				t.Errorf("%T IsContract(%s) = %v, want %v", r, tc.addr, got, tc.code)
			}
			bal, err := chain.BalanceAt(ctx, r, tc.addr, big.NewInt(1))
			if err != nil {
				t.Fatalf("%T BalanceAt(%s): %v", r, tc.addr, err)
			}
			if bal.Int64() != tc.balance {
				t.Errorf("%T BalanceAt(%s) = %s, want %d", r, tc.addr, bal, tc.balance)
			}
		}
	}
}
