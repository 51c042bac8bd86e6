package upgrade

import (
	"context"
	"math/big"
	"testing"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/corpustest"
)

func TestScenario(t *testing.T) {
	res := corpustest.Run(t, New(), 200, 20)
	ctx := context.Background()
	st := res.Deployment.State.(*State)
	if !st.upgraded || !st.handed {
		t.Fatalf("benign traffic did not include the handover (%v) and the legitimate upgrade (%v)", st.handed, st.upgraded)
	}
	// The legitimate upgrade took effect: the proxy reports version 2 before
	// the attack.
	first := res.Receipts[res.Attack[0].Hash].BlockNumber
	before := new(big.Int).Sub(first, big.NewInt(1))
	out, err := res.Env.Client.CallContract(ctx, callMsg(st.Proxy, v1ABI.PackVersion()), before)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := v1ABI.UnpackVersion(out); err != nil || v.Int64() != 2 {
		t.Fatalf("proxy version before the attack = %v (%v), want 2", v, err)
	}

	attacker := corpus.Address(res.Env.Attacker)
	vaultBefore, err := TokenBalance(ctx, res.Env, st.Token, st.Proxy, before)
	if err != nil {
		t.Fatal(err)
	}
	vaultAfter, err := TokenBalance(ctx, res.Env, st.Token, st.Proxy, nil)
	if err != nil {
		t.Fatal(err)
	}
	gainBefore, err := TokenBalance(ctx, res.Env, st.Token, attacker, before)
	if err != nil {
		t.Fatal(err)
	}
	gainAfter, err := TokenBalance(ctx, res.Env, st.Token, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	if vaultBefore.Cmp(corpus.Ether(200_000)) < 0 {
		t.Fatalf("vault held only %s before the attack", vaultBefore)
	}
	if vaultAfter.Sign() != 0 {
		t.Errorf("vault still holds %s after the attack", vaultAfter)
	}
	gain := new(big.Int).Sub(gainAfter, gainBefore)
	if gain.Cmp(vaultBefore) != 0 {
		t.Errorf("attacker gained %s pvUSD, want the vault's %s", gain, vaultBefore)
	}
	t.Logf("benign txs %d; attacker took %s pvUSD", len(res.Benign), gain)
}
