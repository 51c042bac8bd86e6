// Package governance is the "governance-flash-vote" scenario (Beanstalk,
// April 2022): the Grain DAO's governor weighs votes with the voter's
// CURRENT voting power and executes at once when a proposal has more than
// half of the supply behind it. The attacker's fresh EOA (funded through
// the mixer) deploys a contract that flash-borrows GRAIN from the DAO's own
// money market, delegates the votes to itself, proposes sending the whole
// treasury to itself, votes, executes and repays, in one transaction.
//
// Benign traffic is a living DAO: team proposals (grants and parameter
// changes) that users vote on over several blocks and that are executed
// after the voting period, deposits and withdrawals in the money market
// (including a whale's large ones), GRAIN transfers, re-delegations and
// flash-fee changes by the team.
package governance

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/contracts/bindings/flashgovattacker"
	"github.com/warden-dev/warden/contracts/bindings/flashgovernor"
	"github.com/warden-dev/warden/contracts/bindings/flashgovlender"
	"github.com/warden-dev/warden/contracts/bindings/flashgovtoken"
	"github.com/warden-dev/warden/contracts/bindings/flashgovusd"
	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/mixer"
)

var (
	grainABI    = flashgovtoken.NewFlashGovToken()
	usdABI      = flashgovusd.NewFlashGovUSD()
	lenderABI   = flashgovlender.NewFlashGovLender()
	governorABI = flashgovernor.NewFlashGovernor()
	attackerABI = flashgovattacker.NewFlashGovAttacker()
)

// Fixed gas limits, several times what each call was measured to use.
const (
	gasApprove  = 120_000
	gasTransfer = 200_000 // GRAIN transfers move vote checkpoints
	gasMint     = 250_000
	gasDelegate = 250_000
	gasLender   = 250_000
	gasAdmin    = 150_000
	gasPropose  = 500_000
	gasVote     = 200_000
	gasExecute  = 500_000
	gasAttack   = 3_000_000
	gasETH      = 21_000
)

// Governor parameters at deployment.
var (
	votingPeriod = big.NewInt(5) // blocks
	threshold    = corpus.Ether(10_000)
	quorum       = corpus.Ether(40_000)
)

// Proposal states as FlashGovernor.state returns them.
const (
	stateActive uint8 = iota
	stateDefeated
	stateSucceeded
	stateExecuted
)

type scenario struct{}

// New returns the governance-flash-vote scenario.
func New() corpus.Scenario { return scenario{} }

func (scenario) Name() string     { return "governance-flash-vote" }
func (scenario) Category() string { return "governance" }

// State is the scenario's bookkeeping.
type State struct {
	Grain, USD, Lender, Governor common.Address
	// Floor is the least the money market keeps: benign withdrawals never
	// take it below 55% of the supply, so the flash loan stays a majority.
	Floor *big.Int
	// Executed counts benign proposals executed.
	Executed int

	wallet   map[common.Address]*big.Int // GRAIN outside the lender
	lent     map[common.Address]*big.Int // GRAIN deposited in the lender
	lenderIn *big.Int                    // sum of lent
	count    int64                       // proposals created so far
	prop     *proposal                   // the open benign proposal
	step     int
}

type proposal struct {
	id        *big.Int
	targets   []common.Address
	values    []*big.Int
	calldatas [][]byte
	end       uint64 // 0 until the proposal is mined
	voted     map[common.Address]bool
}

func (scenario) Deploy(ctx context.Context, env *corpus.Env, rng *rand.Rand) (*corpus.Deployment, error) {
	if len(env.Users) < 2 {
		return nil, fmt.Errorf("governance: need at least 2 users, have %d", len(env.Users))
	}
	deployer := corpus.Address(env.Deployer)
	st := &State{wallet: map[common.Address]*big.Int{}, lent: map[common.Address]*big.Int{}, lenderIn: new(big.Int)}
	var err error
	if st.Grain, _, err = env.Deploy(ctx, env.Deployer, &flashgovtoken.FlashGovTokenMetaData, deployer); err != nil {
		return nil, fmt.Errorf("governance: deploy FlashGovToken: %w", err)
	}
	if st.USD, _, err = env.Deploy(ctx, env.Deployer, &flashgovusd.FlashGovUSDMetaData, deployer); err != nil {
		return nil, fmt.Errorf("governance: deploy FlashGovUSD: %w", err)
	}
	if st.Lender, _, err = env.Deploy(ctx, env.Deployer, &flashgovlender.FlashGovLenderMetaData, st.Grain, deployer, big.NewInt(9)); err != nil {
		return nil, fmt.Errorf("governance: deploy FlashGovLender: %w", err)
	}
	if st.Governor, _, err = env.Deploy(ctx, env.Deployer, &flashgovernor.FlashGovernorMetaData, st.Grain, votingPeriod, threshold, quorum); err != nil {
		return nil, fmt.Errorf("governance: deploy FlashGovernor: %w", err)
	}

	// Supply: team 150k, treasury 100k, each ordinary user 50k (40k of it
	// in the money market), and a whale sized so that the money market
	// holds 63% of all GRAIN.
	others := int64(len(env.Users) - 1)
	fixed := 250_000 + others*50_000
	othersLent := others * 40_000
	whale := (63*fixed+100*50_000-100*othersLent)/37 + 1
	if whale < 100_000 {
		whale = 100_000
	}
	supply := corpus.Ether(fixed + whale)
	st.Floor = part(supply, 55)

	var sent []sentTx
	send := func(what string, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) error {
		h, err := env.Call(ctx, key, to, data, value, gas)
		if err != nil {
			return fmt.Errorf("governance: %s: %w", what, err)
		}
		sent = append(sent, sentTx{what, h})
		return nil
	}
	steps := []struct {
		what  string
		key   *ecdsa.PrivateKey
		to    common.Address
		data  []byte
		value *big.Int
		gas   uint64
	}{
		{"mint team GRAIN", env.Deployer, st.Grain, grainABI.PackMint(deployer, corpus.Ether(150_000)), nil, gasMint},
		{"mint treasury GRAIN", env.Deployer, st.Grain, grainABI.PackMint(st.Governor, corpus.Ether(100_000)), nil, gasMint},
		{"mint treasury gUSD", env.Deployer, st.USD, usdABI.PackMint(st.Governor, corpus.Ether(2_000_000)), nil, gasMint},
		{"team delegates to itself", env.Deployer, st.Grain, grainABI.PackDelegate(deployer), nil, gasDelegate},
		{"fund treasury ETH", env.Deployer, st.Governor, nil, corpus.Ether(200), gasETH * 3},
	}
	for _, s := range steps {
		if err := send(s.what, s.key, s.to, s.data, s.value, s.gas); err != nil {
			return nil, err
		}
	}
	for i, u := range env.Users {
		a := corpus.Address(u)
		total, lent := corpus.Ether(50_000), corpus.Ether(40_000)
		if i == 0 {
			total, lent = corpus.Ether(whale), corpus.Ether(whale-50_000)
		}
		if err := send("mint GRAIN", env.Deployer, st.Grain, grainABI.PackMint(a, total), nil, gasMint); err != nil {
			return nil, err
		}
		if err := send("delegate to self", u, st.Grain, grainABI.PackDelegate(a), nil, gasDelegate); err != nil {
			return nil, err
		}
		if err := send("approve lender", u, st.Grain, grainABI.PackApprove(st.Lender, maxUint), nil, gasApprove); err != nil {
			return nil, err
		}
		st.wallet[a] = new(big.Int).Sub(total, lent)
		st.lent[a] = lent
		st.lenderIn.Add(st.lenderIn, lent)
	}
	if err := waitAll(ctx, env, sent); err != nil {
		return nil, err
	}
	sent = sent[:0]
	for _, u := range env.Users {
		if err := send("deposit into lender", u, st.Lender, lenderABI.PackDeposit(st.lent[corpus.Address(u)]), nil, gasLender); err != nil {
			return nil, err
		}
	}
	if err := waitAll(ctx, env, sent); err != nil {
		return nil, err
	}
	return &corpus.Deployment{
		Contracts: []corpus.Contract{
			corpus.ContractOf("FlashGovernor", st.Governor, &flashgovernor.FlashGovernorMetaData),
			corpus.ContractOf("FlashGovToken", st.Grain, &flashgovtoken.FlashGovTokenMetaData),
			corpus.ContractOf("FlashGovLender", st.Lender, &flashgovlender.FlashGovLenderMetaData),
			corpus.ContractOf("FlashGovUSD", st.USD, &flashgovusd.FlashGovUSDMetaData),
		},
		Admins: []common.Address{deployer},
		State:  st,
	}, nil
}

var maxUint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

type sentTx struct {
	what string
	hash common.Hash
}

func waitAll(ctx context.Context, env *corpus.Env, txs []sentTx) error {
	for _, t := range txs {
		r, err := env.Wait(ctx, t.hash)
		if err != nil {
			return fmt.Errorf("governance: %s: %w", t.what, err)
		}
		if r.Status != 1 {
			return fmt.Errorf("governance: %s: transaction %s reverted", t.what, t.hash)
		}
	}
	return nil
}

func part(v *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(pct)), big.NewInt(100))
}

// amount is a random amount between lo and hi tokens with cent precision.
func amount(rng *rand.Rand, lo, hi int64) *big.Int {
	cents := lo*100 + rng.Int64N((hi-lo)*100+1)
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

func (scenario) Benign(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]common.Hash, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("governance: deployment state is %T, not *governance.State", d.State)
	}
	st.step++
	call := func(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) ([]common.Hash, error) {
		h, err := env.Call(ctx, key, to, data, nil, gas)
		if err != nil {
			return nil, fmt.Errorf("governance: benign step %d: %w", st.step, err)
		}
		return []common.Hash{h}, nil
	}
	if st.prop != nil {
		hs, err := st.governanceStep(ctx, env, rng, call)
		if err != nil || hs != nil {
			return hs, err
		}
	}

	whale := env.Users[0]
	wa := corpus.Address(whale)
	u := env.Users[1+rng.IntN(len(env.Users)-1)]
	ua := corpus.Address(u)
	switch p := rng.IntN(100); {
	case p < 4 && st.prop == nil:
		return st.propose(env, rng, call)
	case p < 7:
		return call(env.Deployer, st.Lender, lenderABI.PackSetFlashFee(big.NewInt(5+rng.Int64N(11))), gasAdmin)
	case p < 12:
		// The whale moves a large part of its GRAIN in or out of the
		// money market, within the floor.
		amt := part(st.lent[wa], 20+rng.Int64N(30))
		if new(big.Int).Sub(st.lenderIn, amt).Cmp(st.Floor) >= 0 && amt.Sign() > 0 {
			st.moveOut(wa, amt)
			return call(whale, st.Lender, lenderABI.PackWithdraw(amt), gasLender)
		}
		if amt = part(st.wallet[wa], 90); amt.Sign() > 0 {
			st.moveIn(wa, amt)
			return call(whale, st.Lender, lenderABI.PackDeposit(amt), gasLender)
		}
	case p < 17:
		// Re-delegation: to another user, or back to oneself.
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		if rng.IntN(2) == 0 {
			to = ua
		}
		return call(u, st.Grain, grainABI.PackDelegate(to), gasDelegate)
	case p < 35:
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		amt := amount(rng, 1, 1_500)
		if to == ua || st.wallet[ua].Cmp(amt) < 0 {
			break
		}
		st.wallet[ua].Sub(st.wallet[ua], amt)
		st.wallet[to].Add(st.wallet[to], amt)
		return call(u, st.Grain, grainABI.PackTransfer(to, amt), gasTransfer)
	case p < 65:
		amt := amount(rng, 1, 2_000)
		if st.lent[ua].Cmp(amt) < 0 || new(big.Int).Sub(st.lenderIn, amt).Cmp(st.Floor) < 0 {
			break
		}
		st.moveOut(ua, amt)
		return call(u, st.Lender, lenderABI.PackWithdraw(amt), gasLender)
	}
	amt := amount(rng, 1, 2_000)
	if st.wallet[ua].Cmp(amt) < 0 {
		amt = part(st.wallet[ua], 50)
	}
	if amt.Sign() == 0 {
		return nil, nil
	}
	st.moveIn(ua, amt)
	return call(u, st.Lender, lenderABI.PackDeposit(amt), gasLender)
}

func (st *State) moveIn(a common.Address, amt *big.Int) {
	st.wallet[a].Sub(st.wallet[a], amt)
	st.lent[a].Add(st.lent[a], amt)
	st.lenderIn.Add(st.lenderIn, amt)
}

func (st *State) moveOut(a common.Address, amt *big.Int) {
	st.lent[a].Sub(st.lent[a], amt)
	st.wallet[a].Add(st.wallet[a], amt)
	st.lenderIn.Sub(st.lenderIn, amt)
}

type caller func(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) ([]common.Hash, error)

// propose sends a team proposal: a gUSD grant to a contributor, or a
// parameter change the governor can only make through governance.
func (st *State) propose(env *corpus.Env, rng *rand.Rand, call caller) ([]common.Hash, error) {
	p := &proposal{values: []*big.Int{new(big.Int)}, voted: map[common.Address]bool{}}
	var desc string
	switch rng.IntN(4) {
	case 0:
		p.targets = []common.Address{st.Governor}
		p.calldatas = [][]byte{governorABI.PackSetQuorumVotes(amount(rng, 30_000, 60_000))}
		desc = "GIP: adjust the quorum"
	case 1:
		p.targets = []common.Address{st.Governor}
		p.calldatas = [][]byte{governorABI.PackSetVotingPeriod(big.NewInt(4 + rng.Int64N(4)))}
		desc = "GIP: adjust the voting period"
	default:
		to := corpus.Address(env.Users[rng.IntN(len(env.Users))])
		p.targets = []common.Address{st.USD}
		p.calldatas = [][]byte{usdABI.PackTransfer(to, amount(rng, 5_000, 25_000))}
		desc = fmt.Sprintf("GIP: contributor grant to %s", to)
	}
	st.count++
	p.id = big.NewInt(st.count)
	st.prop = p
	return call(env.Deployer, st.Governor, governorABI.PackPropose(p.targets, p.values, p.calldatas, desc), gasPropose)
}

// governanceStep moves the open proposal along: votes while it is open,
// execution (or abandonment) once voting has ended. It returns no hashes
// when there is nothing to do this step.
func (st *State) governanceStep(ctx context.Context, env *corpus.Env, rng *rand.Rand, call caller) ([]common.Hash, error) {
	p := st.prop
	if p.end == 0 {
		out, err := readCall(ctx, env, st.Governor, governorABI.PackProposals(p.id))
		if err != nil {
			return nil, err
		}
		info, err := governorABI.UnpackProposals(out)
		if err != nil {
			return nil, fmt.Errorf("governance: decode proposal %s: %w", p.id, err)
		}
		if info.Proposer == (common.Address{}) {
			return nil, nil // not mined yet
		}
		p.end = info.EndBlock
	}
	head, err := env.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("governance: block number: %w", err)
	}
	if head > p.end {
		out, err := readCall(ctx, env, st.Governor, governorABI.PackState(p.id))
		if err != nil {
			return nil, err
		}
		s, err := governorABI.UnpackState(out)
		if err != nil {
			return nil, fmt.Errorf("governance: decode state of proposal %s: %w", p.id, err)
		}
		st.prop = nil
		if s != stateSucceeded {
			return nil, nil // defeated: nothing to execute
		}
		st.Executed++
		return call(env.Deployer, st.Governor, governorABI.PackExecute(p.id, p.targets, p.values, p.calldatas), gasExecute)
	}
	// Votes only while at least two more blocks are open: a batch may be
	// split over two blocks.
	if head+2 > p.end || rng.IntN(2) == 0 {
		return nil, nil
	}
	if !p.voted[corpus.Address(env.Deployer)] {
		p.voted[corpus.Address(env.Deployer)] = true
		return call(env.Deployer, st.Governor, governorABI.PackCastVote(p.id, true), gasVote)
	}
	u := env.Users[rng.IntN(len(env.Users))]
	if p.voted[corpus.Address(u)] {
		return nil, nil
	}
	p.voted[corpus.Address(u)] = true
	return call(u, st.Governor, governorABI.PackCastVote(p.id, rng.IntN(100) < 85), gasVote)
}

func readCall(ctx context.Context, env *corpus.Env, to common.Address, data []byte) ([]byte, error) {
	out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("governance: call %s: %w", to, err)
	}
	return out, nil
}

// AttackerKey is the attacker's fresh EOA, funded through the mixer.
func AttackerKey() (*ecdsa.PrivateKey, error) { return mixer.FreshKey("governance-flash-vote") }

func (scenario) Attack(ctx context.Context, env *corpus.Env, d *corpus.Deployment, rng *rand.Rand) ([]corpus.AttackTx, error) {
	st, ok := d.State.(*State)
	if !ok {
		return nil, fmt.Errorf("governance: deployment state is %T, not *governance.State", d.State)
	}
	key, err := AttackerKey()
	if err != nil {
		return nil, err
	}
	out, err := mixer.FundAttacker(ctx, env, env.Attacker, corpus.Address(key), 10)
	if err != nil {
		return out, fmt.Errorf("governance: fund attacker: %w", err)
	}
	atk, r, err := env.Deploy(ctx, key, &flashgovattacker.FlashGovAttackerMetaData, st.Lender, st.Governor, st.USD)
	if r != nil {
		out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StagePreparation, Note: "attacker deploys FlashGovAttacker"})
	}
	if err != nil {
		return out, fmt.Errorf("governance: deploy FlashGovAttacker: %w", err)
	}
	raw, err := readCall(ctx, env, st.Lender, lenderABI.PackMaxFlashLoan(st.Grain))
	if err != nil {
		return out, err
	}
	loan, err := lenderABI.UnpackMaxFlashLoan(raw)
	if err != nil {
		return out, fmt.Errorf("governance: decode maxFlashLoan: %w", err)
	}
	r, err = env.CallAndWait(ctx, key, atk, attackerABI.PackAttack(loan), nil, gasAttack)
	if r != nil {
		out = append(out, corpus.AttackTx{Hash: r.TxHash, Stage: corpus.StageExploit, Note: "flash-borrow GRAIN, delegate, propose + vote + execute 'send the treasury to the attacker', repay"})
	}
	if err != nil {
		return out, fmt.Errorf("governance: attack with a %s GRAIN flash loan: %w", loan, err)
	}
	laundered, err := mixer.Launder(ctx, env, key, 2)
	out = append(out, laundered...)
	if err != nil {
		return out, fmt.Errorf("governance: launder: %w", err)
	}
	return out, nil
}
