// Package corpustest runs one corpus scenario end to end on a fresh
// embedded chain, the way the backtest does: deploy, benign traffic in
// batched blocks, then the attack with a block per transaction. Scenario
// tests use it to prove that the benign traffic succeeds and the attack
// really takes value.
package corpustest

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
)

// Result is what a scenario did.
type Result struct {
	Chain      *devchain.Chain
	Env        *corpus.Env
	Deployment *corpus.Deployment
	// Benign are the receipts of every benign transaction.
	Benign []*types.Receipt
	// Attack are the attack's labelled transactions and their receipts.
	Attack   []corpus.AttackTx
	Receipts map[common.Hash]*types.Receipt
}

// Stage returns the attack's transactions of one stage, in order.
func (r *Result) Stage(s corpus.Stage) []corpus.AttackTx {
	var out []corpus.AttackTx
	for _, a := range r.Attack {
		if a.Stage == s {
			out = append(out, a)
		}
	}
	return out
}

// Run deploys s, runs `steps` benign steps (batched `perBlock` steps to a
// block) and then the attack. It fails the test if any benign transaction
// reverts or any exploit-stage transaction reverts.
func Run(t *testing.T, s corpus.Scenario, steps, perBlock int) *Result {
	t.Helper()
	return RunWith(t, s, Options{Steps: steps, PerBlock: perBlock})
}

// Options configure RunWith.
type Options struct {
	Steps, PerBlock int
	// Alloc is extra genesis state, e.g. the mixer the backtest installs at
	// its mainnet address (corpus/mixer.GenesisAlloc).
	Alloc types.GenesisAlloc
}

// RunWith is Run on a chain whose genesis also holds o.Alloc.
func RunWith(t *testing.T, s corpus.Scenario, o Options) *Result {
	t.Helper()
	steps, perBlock := o.Steps, o.PerBlock
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	ch, client := devchaintest.Start(t, devchain.Config{Accounts: 10, Alloc: o.Alloc})
	accs := ch.Accounts()
	env := corpus.NewEnv(client, ch.ChainID(), accs[0].Key, accs[1].Key, nil)
	for _, a := range accs[2:] {
		env.Users = append(env.Users, a.Key)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	d, err := s.Deploy(ctx, env, rng)
	if err != nil {
		t.Fatalf("%s: deploy: %v", s.Name(), err)
	}
	res := &Result{Chain: ch, Env: env, Deployment: d, Receipts: map[common.Hash]*types.Receipt{}}

	// Benign traffic in batches: a long period stops the miner's own
	// blocks, Commit seals each batch.
	if err := ch.SetBlockPeriod(time.Hour); err != nil {
		t.Fatal(err)
	}
	var pending []common.Hash
	for i := 0; i < steps; i++ {
		hs, err := s.Benign(ctx, env, d, rng)
		if err != nil {
			t.Fatalf("%s: benign step %d: %v", s.Name(), i, err)
		}
		pending = append(pending, hs...)
		if (i+1)%perBlock == 0 || i == steps-1 {
			rs, err := env.MineAll(ctx, func() { ch.Commit() }, pending)
			if err != nil {
				t.Fatalf("%s: %v", s.Name(), err)
			}
			res.Benign = append(res.Benign, rs...)
			pending = nil
		}
	}
	for _, r := range res.Benign {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("%s: benign transaction %s reverted (block %d)", s.Name(), r.TxHash, r.BlockNumber)
		}
	}

	if err := ch.SetBlockPeriod(0); err != nil {
		t.Fatal(err)
	}
	atk, err := s.Attack(ctx, env, d, rng)
	if err != nil {
		t.Fatalf("%s: attack: %v", s.Name(), err)
	}
	if len(atk) == 0 {
		t.Fatalf("%s: attack returned no transactions", s.Name())
	}
	res.Attack = atk
	exploits := 0
	for _, a := range atk {
		r, err := env.Wait(ctx, a.Hash)
		if err != nil {
			t.Fatalf("%s: attack tx %s: %v", s.Name(), a.Hash, err)
		}
		res.Receipts[a.Hash] = r
		if a.Stage == corpus.StageExploit {
			exploits++
			if r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("%s: exploit tx %s (%s) reverted", s.Name(), a.Hash, a.Note)
			}
		}
	}
	if exploits == 0 {
		t.Errorf("%s: no exploit-stage transaction among %s", s.Name(), corpus.Label(atk))
	}
	return res
}
