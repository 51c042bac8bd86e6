// Package backtest measures Warden's detectors the way a security team
// would want them measured: on real attacks and realistic benign traffic
// executed on a real EVM. Generate deploys the scenario corpus on an
// embedded chain, sends benign traffic in full blocks and runs each attack
// at its own point in the stream; Evaluate replays the resulting blocks
// through the detectors and scores them against the scenarios' labels.
package backtest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/devchain"
)

// GenerateOptions configure a corpus run. Zero fields take the defaults.
type GenerateOptions struct {
	Scenarios []corpus.Scenario
	// BenignTxs is how many benign transactions to send (default 10,000).
	BenignTxs int
	// TxPerBlock is the target number of benign transactions per block
	// (default 50).
	TxPerBlock int
	// Seed makes the run reproducible (default 1).
	Seed uint64
	// Alloc adds genesis accounts (e.g. a mixer at its real address).
	Alloc types.GenesisAlloc
	// DataDir keeps the chain on disk (recommended beyond a few thousand
	// blocks); empty keeps it in memory.
	DataDir string
	Logger  *slog.Logger
}

// Labels are the ground truth of a corpus run: which transactions are
// attacks, of which scenario, and what each scenario's monitor watches.
type Labels struct {
	ChainID int64 `json:"chain_id"`
	// From and To bound the blocks to evaluate (inclusive); they start at
	// the first block after deployment so detectors are judged on traffic,
	// not on the protocol team deploying its own contracts.
	From uint64        `json:"from"`
	To   uint64        `json:"to"`
	Runs []ScenarioRun `json:"runs"`
	// Benign counts the benign transactions sent (for reference; the
	// evaluation counts every non-attack transaction in [From, To]).
	Benign int `json:"benign_sent"`
	// BenignReverted counts benign transactions that reverted.
	BenignReverted int `json:"benign_reverted"`
}

// ScenarioRun is one scenario's deployment and attack.
type ScenarioRun struct {
	Scenario  string           `json:"scenario"`
	Category  string           `json:"category"`
	Contracts []Contract       `json:"contracts"`
	Admins    []common.Address `json:"admins"`
	Attacker  common.Address   `json:"attacker"`
	Attack    []LabelledTx     `json:"attack"`
}

// Contract is a monitored contract of a run.
type Contract struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	ABI     string         `json:"abi,omitempty"`
}

// LabelledTx is an attack transaction with its stage and block.
type LabelledTx struct {
	Hash  common.Hash  `json:"hash"`
	Stage corpus.Stage `json:"stage"`
	Block uint64       `json:"block"`
	Note  string       `json:"note,omitempty"`
}

// Generated is a finished corpus run on a live embedded chain.
type Generated struct {
	Chain  *devchain.Chain
	Client *ethclient.Client
	Labels Labels
	Took   time.Duration
}

// Close stops the chain.
func (g *Generated) Close() {
	g.Client.Close()
	g.Chain.Close()
}

const (
	defaultBenign     = 10_000
	defaultTxPerBlock = 50
	// batchMode is a block period long enough that only our Commit seals
	// blocks while benign traffic is batched.
	batchMode = time.Hour
	// users is how many benign accounts the chain funds.
	users = 24
	// attackerEther is each attacker's starting balance.
	attackerEther = 1000
)

// attackerKey derives a scenario's attacker from its name: every attack
// comes from a fresh account, as real ones do, and runs are reproducible.
func attackerKey(scenario string) (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte("warden backtest attacker " + scenario)))
}

// Generate deploys every scenario, sends the benign traffic and runs the
// attacks spread through it. The chain keeps running for Evaluate; close
// it with Generated.Close.
func Generate(ctx context.Context, opts GenerateOptions) (_ *Generated, err error) {
	start := time.Now()
	if len(opts.Scenarios) == 0 {
		return nil, errors.New("backtest: no scenarios")
	}
	if opts.BenignTxs <= 0 {
		opts.BenignTxs = defaultBenign
	}
	if opts.TxPerBlock <= 0 {
		opts.TxPerBlock = defaultTxPerBlock
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))

	// Attackers get their ether at genesis: each attack comes from a
	// fresh, funded account, and funding it by a transaction right before
	// the attack would race geth's pool, which validates new transactions
	// against its own (asynchronously updated) view of balances.
	alloc := types.GenesisAlloc{}
	for a, acc := range opts.Alloc {
		alloc[a] = acc
	}
	attackers := make([]*ecdsa.PrivateKey, len(opts.Scenarios))
	for i, s := range opts.Scenarios {
		if attackers[i], err = attackerKey(s.Name()); err != nil {
			return nil, err
		}
		alloc[corpus.Address(attackers[i])] = types.Account{Balance: corpus.Ether(attackerEther)}
	}
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: users + 2, Alloc: alloc, DataDir: opts.DataDir})
	if err != nil {
		return nil, fmt.Errorf("backtest: start chain: %w", err)
	}
	defer func() {
		if err != nil {
			ch.Close()
		}
	}()
	client, err := ethclient.DialContext(ctx, ch.HTTPURL())
	if err != nil {
		return nil, fmt.Errorf("backtest: dial chain: %w", err)
	}
	defer func() {
		if err != nil {
			client.Close()
		}
	}()
	accs := ch.Accounts()
	env := corpus.NewEnv(client, ch.ChainID(), accs[0].Key, nil, nil)
	for _, a := range accs[2:] {
		env.Users = append(env.Users, a.Key)
	}
	g := &Generated{Chain: ch, Client: client, Labels: Labels{ChainID: ch.ChainID().Int64()}}

	// Deploy everything first, a block per transaction.
	deps := make([]*corpus.Deployment, len(opts.Scenarios))
	for i, s := range opts.Scenarios {
		d, err := s.Deploy(ctx, env, rng)
		if err != nil {
			return nil, fmt.Errorf("backtest: deploy %s: %w", s.Name(), err)
		}
		deps[i] = d
		run := ScenarioRun{Scenario: s.Name(), Category: s.Category(), Admins: d.Admins}
		for _, c := range d.Contracts {
			run.Contracts = append(run.Contracts, Contract{Name: c.Name, Address: c.Address, ABI: c.ABI})
		}
		g.Labels.Runs = append(g.Labels.Runs, run)
		log.Info("deployed", "scenario", s.Name(), "contracts", len(d.Contracts))
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("backtest: head: %w", err)
	}
	g.Labels.From = head + 1

	if err := ch.SetBlockPeriod(batchMode); err != nil {
		return nil, err
	}
	// Attack i runs once (i+1)/n of the benign traffic has been sent. An
	// attacked protocol is broken (drained, hijacked), so its users stop
	// using it: later benign traffic goes to the protocols not yet hit.
	n := len(opts.Scenarios)
	attacked := make([]bool, n)
	live := make([]int, n)
	for i := range live {
		live[i] = i
	}
	nextAttack := 0
	idle := 0  // consecutive benign steps that sent nothing
	total := 0 // benign transactions sent
	var pending []common.Hash
	owner := map[common.Hash]string{}
	revertedBy := map[string]int{}
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		receipts, err := env.MineAll(ctx, func() { ch.Commit() }, pending)
		if err != nil {
			return fmt.Errorf("backtest: benign traffic: %w", err)
		}
		for _, r := range receipts {
			if r.Status != types.ReceiptStatusSuccessful {
				g.Labels.BenignReverted++
				revertedBy[owner[r.TxHash]]++
			}
		}
		clear(owner)
		pending = pending[:0]
		return nil
	}
	for sent := 0; sent < opts.BenignTxs || nextAttack < n; {
		if nextAttack < n && sent >= (nextAttack+1)*opts.BenignTxs/n {
			if err := flush(); err != nil {
				return nil, err
			}
			if err := runAttack(ctx, ch, env, attackers[nextAttack], opts.Scenarios[nextAttack], deps[nextAttack], &g.Labels.Runs[nextAttack], rng); err != nil {
				return nil, err
			}
			log.Info("attacked", "scenario", opts.Scenarios[nextAttack].Name(), "txs", len(g.Labels.Runs[nextAttack].Attack))
			attacked[nextAttack] = true
			live = slices.DeleteFunc(live, func(i int) bool { return attacked[i] })
			nextAttack++
			continue
		}
		if sent >= opts.BenignTxs || len(live) == 0 {
			sent = max(sent, (nextAttack+1)*opts.BenignTxs/n)
			continue
		}
		i := live[rng.IntN(len(live))]
		hs, err := opts.Scenarios[i].Benign(ctx, env, deps[i], rng)
		if err != nil {
			return nil, fmt.Errorf("backtest: benign traffic of %s: %w", opts.Scenarios[i].Name(), err)
		}
		pending = append(pending, hs...)
		for _, h := range hs {
			owner[h] = opts.Scenarios[i].Name()
		}
		sent += len(hs)
		total += len(hs)
		if len(pending) >= opts.TxPerBlock {
			if err := flush(); err != nil {
				return nil, err
			}
		}
		// A step may have nothing to do (no open proposal to vote on, no
		// position to close); only transactions sent count towards the
		// benign total, so the corpus really has BenignTxs of them.
		if len(hs) == 0 {
			if idle++; idle > 100_000 {
				return nil, fmt.Errorf("backtest: benign traffic stalled: %d steps in a row sent nothing (protocols still live: %d)", idle, len(live))
			}
		} else {
			idle = 0
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	g.Labels.Benign = total
	// Real users send a failing transaction now and then, but benign
	// traffic that fails often would teach the detectors that failure is
	// normal (and hide probing): it is a bug in a scenario.
	if g.Labels.BenignReverted*100 > opts.BenignTxs {
		return nil, fmt.Errorf("backtest: %d of %d benign transactions reverted (more than 1%%): a scenario's benign traffic is broken (reverts by scenario: %v)", g.Labels.BenignReverted, opts.BenignTxs, revertedBy)
	}
	if err := ch.SetBlockPeriod(0); err != nil {
		return nil, err
	}
	if g.Labels.To, err = client.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("backtest: head: %w", err)
	}
	g.Took = time.Since(start)
	return g, nil
}

// runAttack runs one scenario's attack from its own attacker with a block
// per transaction, recording the labels with their blocks.
func runAttack(ctx context.Context, ch *devchain.Chain, env *corpus.Env, key *ecdsa.PrivateKey, s corpus.Scenario, d *corpus.Deployment, run *ScenarioRun, rng *rand.Rand) error {
	if err := ch.SetBlockPeriod(0); err != nil {
		return err
	}
	defer ch.SetBlockPeriod(batchMode)
	env.Attacker = key
	run.Attacker = corpus.Address(key)
	txs, err := s.Attack(ctx, env, d, rng)
	if err != nil {
		return fmt.Errorf("backtest: attack %s: %w", s.Name(), err)
	}
	exploits := 0
	for _, t := range txs {
		r, err := env.Wait(ctx, t.Hash)
		if err != nil {
			return fmt.Errorf("backtest: attack %s: %w", s.Name(), err)
		}
		if t.Stage == corpus.StageExploit {
			exploits++
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("backtest: attack %s: exploit tx %s (%s) reverted", s.Name(), t.Hash, t.Note)
			}
		}
		run.Attack = append(run.Attack, LabelledTx{Hash: t.Hash, Stage: t.Stage, Block: r.BlockNumber.Uint64(), Note: t.Note})
	}
	if exploits == 0 {
		return fmt.Errorf("backtest: attack %s sent no exploit transaction", s.Name())
	}
	return nil
}
