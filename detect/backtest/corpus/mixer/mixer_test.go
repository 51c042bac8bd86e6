package mixer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/mixerpool"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// The embedded copy must match what compile.js writes.
func TestRuntimeCurrent(t *testing.T) {
	art, err := os.ReadFile("../../../../contracts/artifacts/MixerPool.runtime")
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(art)) != strings.TrimSpace(runtimeHex) {
		t.Fatal("MixerPool.runtime is stale: run go generate ./detect/backtest/corpus/mixer")
	}
}

func TestFundThroughMixer(t *testing.T) {
	alloc, err := GenesisAlloc()
	if err != nil {
		t.Fatal(err)
	}
	ch, client := devchaintest.Start(t, devchain.Config{Accounts: 3, Alloc: alloc})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	accs := ch.Accounts()
	env := corpus.NewEnv(client, ch.ChainID(), accs[0].Key, accs[1].Key, nil)

	// The genesis code is exactly what the creation code deploys.
	deployed, _, err := env.Deploy(ctx, accs[0].Key, &mixerpool.MixerPoolMetaData)
	if err != nil {
		t.Fatal(err)
	}
	want, err := client.CodeAt(ctx, deployed, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := client.CodeAt(ctx, Address, nil); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("code at %s differs from a deployed MixerPool (err %v)", Address, err)
	}
	if ok, err := Installed(ctx, env); err != nil || !ok {
		t.Fatalf("Installed = %v, %v", ok, err)
	}

	fresh := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	f, err := Fund(ctx, env, accs[1].Key, fresh, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Deposits) != 3 || len(f.Withdrawals) != 3 {
		t.Fatalf("funding %d deposits, %d withdrawals", len(f.Deposits), len(f.Withdrawals))
	}
	bal, err := client.BalanceAt(ctx, fresh, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(Denomination, big.NewInt(3)); bal.Cmp(want) != 0 {
		t.Fatalf("fresh address holds %s wei, want %s", bal, want)
	}
	// Each withdrawal emits Tornado's Withdrawal event naming the recipient.
	id := poolABI.GetABI().Events["Withdrawal"].ID
	if id != crypto.Keccak256Hash([]byte("Withdrawal(address,bytes32,address,uint256)")) {
		t.Fatalf("Withdrawal topic %s is not Tornado's", id)
	}
	for _, h := range f.Withdrawals {
		r, err := env.Wait(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, l := range r.Logs {
			if l.Address != Address || len(l.Topics) == 0 || l.Topics[0] != id {
				continue
			}
			ev, err := poolABI.UnpackWithdrawalEvent(l)
			if err != nil {
				t.Fatal(err)
			}
			if ev.To != fresh || ev.Relayer != accs[1].Address {
				t.Fatalf("Withdrawal to %s via %s, want %s via %s", ev.To, ev.Relayer, fresh, accs[1].Address)
			}
			found = true
		}
		if !found {
			t.Fatalf("withdrawal %s emitted no Withdrawal event", h)
		}
	}
	// A second funding uses new notes.
	if _, err := Fund(ctx, env, accs[1].Key, fresh, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := Fund(ctx, env, accs[1].Key, common.Address{}, 0); err == nil {
		t.Fatal("Fund with n = 0 succeeded")
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("mixer-test-fresh")))
	if err != nil {
		t.Fatal(err)
	}
	return k
}
