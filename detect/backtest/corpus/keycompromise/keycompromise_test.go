package keycompromise

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, New(), 200, 20)
	ctx := context.Background()
	st := res.Deployment.State.(*State)
	if st.OwnerActions == 0 {
		t.Error("the owner key sent no benign transaction")
	}
	before := new(big.Int).Sub(res.Receipts[res.Attack[0].Hash].BlockNumber, big.NewInt(1))
	vaultTokens, err := Balance(ctx, res.Env, st.Token, st.Vault, before)
	if err != nil {
		t.Fatal(err)
	}
	vaultEther, err := res.Env.Client.BalanceAt(ctx, st.Vault, before)
	if err != nil {
		t.Fatal(err)
	}
	thiefTokens, err := Balance(ctx, res.Env, st.Token, st.Thief, nil)
	if err != nil {
		t.Fatal(err)
	}
	thiefEther, err := res.Env.Client.BalanceAt(ctx, st.Thief, nil)
	if err != nil {
		t.Fatal(err)
	}
	if thiefTokens.Cmp(vaultTokens) != 0 || thiefEther.Cmp(vaultEther) != 0 {
		t.Errorf("thief holds %s cUSD and %s wei, the vault held %s and %s", thiefTokens, thiefEther, vaultTokens, vaultEther)
	}
	if left, _ := Balance(ctx, res.Env, st.Token, st.Vault, nil); left.Sign() != 0 {
		t.Errorf("vault still holds %s cUSD", left)
	}
	out, err := res.Env.Client.CallContract(ctx, ethereum.CallMsg{To: &st.Vault, Data: vaultABI.PackOwner()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if owner, err := vaultABI.UnpackOwner(out); err != nil || owner != st.NewOwner {
		t.Errorf("vault owner %s (%v), want the thief's %s", owner, err, st.NewOwner)
	}
	t.Logf("benign txs %d (owner %d); thief took %s cUSD and %s wei", len(res.Benign), st.OwnerActions, thiefTokens, thiefEther)
}
