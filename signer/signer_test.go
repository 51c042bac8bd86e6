package signer_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/signer"
)

const devKey = "8c7d36378e28d6669e53958f8f7c4c6a70912d3530330cc43e9d56b23e8b92d8"

func TestFromSecret(t *testing.T) {
	t.Setenv("WARDEN_TEST_KEY", "0x"+devKey)
	k, err := signer.FromSecret("env:WARDEN_TEST_KEY")
	if err != nil {
		t.Fatal(err)
	}
	if k.Address() != common.HexToAddress("0xFc4570597A37BDC8c8cc7D4DeF839d2Cb720d109") {
		t.Fatalf("address %s", k.Address())
	}
	to := common.HexToAddress("0x1")
	tx, err := k.SignTx(context.Background(), types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Gas: 21000, To: &to, GasFeeCap: big.NewInt(1)}), big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(1337)), tx)
	if err != nil || from != k.Address() {
		t.Fatalf("signed by %s (%v)", from, err)
	}
	if _, err := k.SignTx(context.Background(), tx, nil); err == nil {
		t.Fatal("signed without a chain ID")
	}
}

func TestBadKeysNeverEchoed(t *testing.T) {
	p := filepath.Join(t.TempDir(), "key")
	secret := "not-a-key-but-secret-material"
	if err := os.WriteFile(p, []byte(secret), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []config.SecretRef{config.SecretRef("file:" + p), "env:WARDEN_TEST_UNSET_KEY", "file:/nonexistent"} {
		_, err := signer.FromSecret(ref)
		if err == nil {
			t.Fatalf("%s accepted", ref)
		}
		if strings.Contains(err.Error(), secret) {
			t.Fatalf("error leaks the secret: %v", err)
		}
	}
}
