package signer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/signer"
)

func TestMain(m *testing.M) {
	code := m.Run()
	removeTestSignerBinary()
	os.Exit(code)
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newKey is a fresh key, so no test depends on a key another package uses.
func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// startChain starts a dev chain on which the given accounts hold 100 ether.
func startChain(t *testing.T, funded ...common.Address) (*devchain.Chain, *ethclient.Client) {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}
	}
	return devchaintest.Start(t, devchain.Config{Accounts: 1, Alloc: alloc})
}

// transferTx builds the kind of transaction txmgr builds: dynamic fee, the
// account's next nonce, some value and calldata.
func transferTx(ctx context.Context, t *testing.T, cl *ethclient.Client, from, to common.Address, chainID *big.Int) *types.Transaction {
	t.Helper()
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(2_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 30_000,
		To: &to, Value: big.NewInt(12345), Data: []byte{0xca, 0xfe},
	})
}

// signAndSend signs a transfer with s, broadcasts it and waits for the
// receipt: the node accepting and executing it is the proof the signature
// is right for this chain.
func signAndSend(ctx context.Context, t *testing.T, cl *ethclient.Client, s signer.Signer, chainID *big.Int) {
	t.Helper()
	to := common.BytesToAddress(crypto.Keccak256([]byte(t.Name())))
	before, err := cl.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := transferTx(ctx, t, cl, s.Address(), to, chainID)
	signed, err := s.SignTx(ctx, tx, chainID)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, signed); err != nil {
		t.Fatalf("node refused the signed transaction: %v", err)
	}
	var rcpt *types.Receipt
	for rcpt == nil {
		rcpt, _ = cl.TransactionReceipt(ctx, signed.Hash())
		if rcpt == nil {
			select {
			case <-ctx.Done():
				t.Fatalf("no receipt for %s: %v", signed.Hash(), ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", rcpt.Status)
	}
	after, err := cl.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(tx.Value()) != 0 {
		t.Fatalf("recipient received %s wei, want %s", got, tx.Value())
	}
}

// checkDigest verifies a digest signature independently of the package.
func checkDigest(t *testing.T, s signer.DigestSigner, ethSign bool) {
	t.Helper()
	digest := crypto.Keccak256Hash([]byte("safe tx " + t.Name()))
	sig, err := s.SignDigest(testCtx(t), digest)
	if err != nil {
		t.Fatal(err)
	}
	if sig.EthSign != ethSign || len(sig.Sig) != 65 || (sig.Sig[64] != 27 && sig.Sig[64] != 28) {
		t.Fatalf("signature %x ethSign=%v, want ethSign=%v with v 27/28", sig.Sig, sig.EthSign, ethSign)
	}
	hash := digest[:]
	if ethSign {
		hash = accounts.TextHash(digest[:])
	}
	rsv := append([]byte(nil), sig.Sig...)
	rsv[64] -= 27
	pub, err := crypto.SigToPub(hash, rsv)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != s.Address() {
		t.Fatalf("digest signature recovers to %s, want %s", got, s.Address())
	}
}
