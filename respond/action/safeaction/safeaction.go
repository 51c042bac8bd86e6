// Package safeaction is the `safe` playbook step: it has a Safe multisig
// (1.4.1) make a call, e.g. pause() on a protocol whose pauser role the
// Safe holds. Plan builds the Safe transaction at the Safe's nonce,
// simulates the inner call from the Safe and publishes the safeTxHash for
// owners to sign. Execute gathers owner signatures from the local signers,
// from approvals that carry signatures and from on-chain approveHash calls;
// below the threshold it reports what is missing and waits
// (*respond.AwaitingError), at the threshold it submits execTransaction
// through the transaction manager and proves the effect.
package safeaction

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/revert"
	"github.com/warden-dev/warden/safe"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/txmgr"
)

// Node is the chain access the step needs: eth_call, logs (to recognise a
// Safe transaction that already executed) and the head number.
type Node interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Sender submits execTransaction. Any funded account can: the Safe checks
// the owners' signatures, not the submitter.
type Sender interface {
	Signer() common.Address
	Send(ctx context.Context, req txmgr.Request, onBroadcast func(txmgr.Record)) (*txmgr.Result, error)
}

// Pin is the Safe nonce a step built its Safe transaction for, and the
// head block then (where to start looking for its execution).
type Pin struct {
	Nonce uint64 `json:"nonce"`
	Block uint64 `json:"block"`
}

// Pins remembers each step's Pin. Owners sign a hash that includes the
// nonce, so a step must keep building the same Safe transaction across
// runs and restarts; a durable implementation (the store) makes that hold
// across restarts too.
type Pins interface {
	SafePin(ctx context.Context, key string) (*Pin, error) // nil if none
	SaveSafePin(ctx context.Context, key string, p Pin) error
}

// Verify reports whether the inner call's effect holds at a block (nil =
// latest), e.g. paused() is true, with a sentence for the timeline.
type Verify func(ctx context.Context, block *big.Int) (holds bool, detail string, err error)

// Call is what the Safe does.
type Call struct {
	To    common.Address
	Value *big.Int // nil = 0
	Data  []byte
	// Name is for humans: "pause() on LendingPool".
	Name string
}

// Config binds the step to one Safe and one call.
type Config struct {
	Chain   string
	ChainID *big.Int
	Safe    common.Address
	Call    Call
	// Owners are the owner keys Warden holds itself (often none, or fewer
	// than the threshold); the rest arrive with approvals.
	Owners []signer.DigestSigner
	Node   Node
	Sender Sender
	// Pins defaults to memory, which forgets on restart; then a restarted
	// step recognises its own execution only through Verify.
	Pins Pins
	// Verify is optional; without it the Safe's ExecutionSuccess event is
	// the proof, and Plan cannot tell that the effect already holds.
	Verify Verify
	// Contains says the verified effect contains the incident (a pause
	// through the Safe), so the incident turns contained.
	Contains bool
	// Emergency makes the submission pay the transaction manager's
	// emergency tip (pauses are emergencies).
	Emergency bool
	Logger    *slog.Logger
}

// Action is the configured `safe` step.
type Action struct {
	cfg    Config
	reader *safe.Reader
	pins   Pins
	log    *slog.Logger
}

// New checks cfg and builds the step.
func New(cfg Config) (*Action, error) {
	var missing []string
	if cfg.ChainID == nil || cfg.ChainID.Sign() <= 0 {
		missing = append(missing, "chain ID")
	}
	if cfg.Safe == (common.Address{}) {
		missing = append(missing, "Safe address")
	}
	if cfg.Call.To == (common.Address{}) {
		missing = append(missing, "call target")
	}
	if cfg.Node == nil {
		missing = append(missing, "node")
	}
	if cfg.Sender == nil {
		missing = append(missing, "sender")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("safe step: missing %s", strings.Join(missing, ", "))
	}
	for i, o := range cfg.Owners {
		if o == nil {
			return nil, fmt.Errorf("safe step: owner signer %d is nil", i)
		}
	}
	if cfg.Call.Name == "" {
		cfg.Call.Name = fmt.Sprintf("call to %s", cfg.Call.To.Hex())
	}
	a := &Action{cfg: cfg, reader: safe.NewReader(cfg.Node, cfg.Safe), pins: cfg.Pins, log: cfg.Logger}
	if a.pins == nil {
		a.pins = NewMemoryPins()
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	return a, nil
}

// situation is where a step stands on chain.
type situation struct {
	state    safe.State
	tx       safe.Tx
	hash     common.Hash
	executed *safe.Execution // our Safe transaction already executed
	holds    string          // non-empty: the effect holds without us
	note     string          // something a human should know (a re-pin)
}

// resolve finds the step's Safe transaction: the pinned one while it can
// still execute or has executed, otherwise one at the current nonce.
func (a *Action) resolve(ctx context.Context, key string) (*situation, error) {
	st, err := a.reader.State(ctx, nil)
	if err != nil {
		return nil, err
	}
	s := &situation{state: st}
	pin, err := a.pins.SafePin(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("safe step %s: load pinned nonce: %w", key, err)
	}
	if pin != nil && pin.Nonce < st.Nonce {
		tx := a.txAt(pin.Nonce)
		h := safe.Hash(a.cfg.ChainID, a.cfg.Safe, tx)
		ex, err := safe.FindExecution(ctx, a.cfg.Node, a.cfg.Safe, h, pin.Block)
		if err != nil {
			return nil, err
		}
		if ex != nil && ex.Success {
			s.tx, s.hash, s.executed = tx, h, ex
			return s, nil
		}
		if ex != nil {
			return nil, fmt.Errorf("safe transaction %s executed in tx %s (block %d) but its call failed (ExecutionFailure)", h.Hex(), ex.TxHash.Hex(), ex.Block)
		}
		// Another Safe transaction took the nonce; owners must sign anew.
		s.note = fmt.Sprintf("Safe nonce %d was used by another transaction; rebuilt at nonce %d (signatures over %s no longer count)", pin.Nonce, st.Nonce, h.Hex())
		a.log.Warn("safe nonce moved under a pending step", "key", key, "safe", a.cfg.Safe, "pinned", pin.Nonce, "now", st.Nonce)
		pin = nil
	}
	if pin != nil && pin.Nonce > st.Nonce {
		// Only a reorg rewinds a nonce; build for what the chain says now.
		pin = nil
	}
	if a.cfg.Verify != nil {
		holds, detail, err := a.cfg.Verify(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("check whether %s already holds: %w", a.cfg.Call.Name, err)
		}
		if holds {
			s.holds = detail
			return s, nil
		}
	}
	if pin == nil {
		head, err := a.cfg.Node.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("safe step %s: head block: %w", key, err)
		}
		pin = &Pin{Nonce: st.Nonce, Block: head}
		if err := a.pins.SaveSafePin(ctx, key, *pin); err != nil {
			return nil, fmt.Errorf("safe step %s: pin nonce %d: %w", key, pin.Nonce, err)
		}
	}
	s.tx = a.txAt(pin.Nonce)
	s.hash = safe.Hash(a.cfg.ChainID, a.cfg.Safe, s.tx)
	return s, nil
}

// txAt is the step's Safe transaction at a nonce. safeTxGas and gasPrice
// stay 0 so a failing call reverts execTransaction (GS013) instead of
// using up the nonce.
func (a *Action) txAt(nonce uint64) safe.Tx {
	return safe.Tx{To: a.cfg.Call.To, Value: a.cfg.Call.Value, Data: a.cfg.Call.Data, Operation: safe.Call, Nonce: nonce}
}

func (a *Action) describe(s *situation) string {
	return fmt.Sprintf("Safe %s (%d of %d) executes %s at Safe nonce %d; safeTxHash %s",
		a.cfg.Safe.Hex(), s.state.Threshold, len(s.state.Owners), a.cfg.Call.Name, s.tx.Nonce, s.hash.Hex())
}

// Plan builds (or rebuilds, identically) the step's Safe transaction and
// simulates its call from the Safe, so a Safe without the needed role is
// found before anyone signs.
func (a *Action) Plan(ctx context.Context, _ *respond.Input, key string) (*respond.Plan, error) {
	s, err := a.resolve(ctx, key)
	if err != nil {
		return nil, err
	}
	p := &respond.Plan{Key: key, Chain: a.cfg.Chain, To: a.cfg.Safe, From: a.cfg.Sender.Signer(),
		// The allowlist judges what the Safe calls, not execTransaction.
		Calls: []respond.Call{{To: a.cfg.Call.To, Data: a.cfg.Call.Data, Value: a.cfg.Call.Value}}}
	switch {
	case s.executed != nil:
		p.Description = a.describe(s)
		p.Noop, p.Reason = true, fmt.Sprintf("Safe transaction %s already executed in tx %s (block %d)", s.hash.Hex(), s.executed.TxHash.Hex(), s.executed.Block)
		return p, nil
	case s.holds != "":
		p.Description = fmt.Sprintf("Safe %s executes %s", a.cfg.Safe.Hex(), a.cfg.Call.Name)
		p.Noop, p.Reason = true, s.holds
		return p, nil
	}
	p.Description = a.describe(s)
	p.Data = safe.ExecData(s.tx, nil)
	to, safeAddr := a.cfg.Call.To, a.cfg.Safe
	ret, err := a.cfg.Node.CallContract(ctx, ethereum.CallMsg{From: safeAddr, To: &to, Value: a.cfg.Call.Value, Data: a.cfg.Call.Data}, nil)
	if err != nil {
		return nil, fmt.Errorf("simulating %s from Safe %s: %w", a.cfg.Call.Name, safeAddr.Hex(), explainRevert(err))
	}
	p.Simulation = fmt.Sprintf("%s called from the Safe succeeded (%d bytes returned); execTransaction is simulated once signatures are in", a.cfg.Call.Name, len(ret))
	reason := fmt.Sprintf("owners sign safeTxHash %s (EIP-712, chain %s, Safe nonce %d)", s.hash.Hex(), a.cfg.ChainID, s.tx.Nonce)
	if local := a.localOwners(s.state); len(local) > 0 {
		reason += fmt.Sprintf("; Warden signs for %s", strings.Join(local, ", "))
	}
	if s.note != "" {
		reason += "; " + s.note
	}
	p.Reason = reason
	return p, nil
}

func (a *Action) localOwners(st safe.State) []string {
	var out []string
	for _, o := range a.cfg.Owners {
		if st.IsOwner(o.Address()) {
			out = append(out, o.Address().Hex())
		}
	}
	return out
}

// Execute gathers signatures and, at the threshold, submits
// execTransaction. Below the threshold it returns *respond.AwaitingError
// naming the hash and the owners still missing; the step is run again
// when approvals arrive.
func (a *Action) Execute(ctx context.Context, p *respond.Plan, ok respond.Approval, onBroadcast func(txmgr.Record)) (*respond.Result, error) {
	s, err := a.resolve(ctx, p.Key)
	if err != nil {
		return nil, err
	}
	if s.executed != nil {
		out := &respond.Result{TxHash: s.executed.TxHash, Block: s.executed.Block, Resumed: true}
		return a.verified(ctx, out, fmt.Sprintf("Safe transaction %s executed in tx %s (block %d)", s.hash.Hex(), out.TxHash.Hex(), out.Block))
	}
	if s.holds != "" {
		return &respond.Result{Verified: true, Contained: a.cfg.Contains, Detail: s.holds + "; nothing sent"}, nil
	}

	valid, rejected := a.signatures(ctx, s, ok.Signatures)
	for _, r := range rejected {
		a.log.Warn("safe signature does not count", "key", p.Key, "safeTxHash", s.hash, "signer", r.Candidate.Claimed, "source", r.Candidate.Source, "reason", r.Reason)
	}
	if uint64(len(valid)) < s.state.Threshold {
		return nil, &respond.AwaitingError{Reason: awaiting(s, valid, rejected)}
	}
	sigs, err := safe.Pack(valid, s.state.Threshold)
	if err != nil {
		return nil, err
	}
	data := safe.ExecData(s.tx, sigs)
	safeAddr, from := a.cfg.Safe, a.cfg.Sender.Signer()
	// A dry run names a Safe error (GS0xx) before a transaction exists.
	if _, err := a.cfg.Node.CallContract(ctx, ethereum.CallMsg{From: from, To: &safeAddr, Data: data}, nil); err != nil {
		return nil, fmt.Errorf("simulating execTransaction of %s from %s: %w", s.hash.Hex(), from.Hex(), explainRevert(err))
	}
	// One transaction per step and Safe nonce: a rebuilt Safe transaction
	// (its nonce taken by another) must not resume the old submission.
	req := txmgr.Request{Key: fmt.Sprintf("%s/safe-nonce-%d", p.Key, s.tx.Nonce), To: safeAddr, Data: data, Emergency: a.cfg.Emergency}
	res, err := a.cfg.Sender.Send(ctx, req, onBroadcast)
	if err != nil {
		return nil, fmt.Errorf("submit execTransaction of %s: %w", s.hash.Hex(), err)
	}
	out := &respond.Result{TxHash: res.Record.Hash, Block: res.Receipt.BlockNumber.Uint64(), BroadcastAt: res.Record.BroadcastAt, Resumed: res.Resumed}
	if res.Receipt.Status != types.ReceiptStatusSuccessful {
		return out, fmt.Errorf("execTransaction %s of safeTxHash %s reverted in block %d", out.TxHash.Hex(), s.hash.Hex(), out.Block)
	}
	ex := safe.ExecutionIn(res.Receipt, safeAddr, s.hash)
	switch {
	case ex == nil:
		return out, fmt.Errorf("execTransaction %s (block %d) has no ExecutionSuccess for safeTxHash %s", out.TxHash.Hex(), out.Block, s.hash.Hex())
	case !ex.Success:
		return out, fmt.Errorf("execTransaction %s (block %d): ExecutionFailure for safeTxHash %s: %s failed inside the Safe", out.TxHash.Hex(), out.Block, s.hash.Hex(), a.cfg.Call.Name)
	}
	return a.verified(ctx, out, fmt.Sprintf("Safe transaction %s executed in tx %s (block %d) with %d of %d signatures (%s)",
		s.hash.Hex(), out.TxHash.Hex(), out.Block, s.state.Threshold, len(s.state.Owners), signedBy(valid[:s.state.Threshold])))
}

// verified runs Verify at the result's block and completes the result.
func (a *Action) verified(ctx context.Context, out *respond.Result, detail string) (*respond.Result, error) {
	if a.cfg.Verify == nil {
		out.Verified, out.Detail = true, detail+"; ExecutionSuccess emitted"
		out.Contained = a.cfg.Contains
		return out, nil
	}
	holds, what, err := a.cfg.Verify(ctx, new(big.Int).SetUint64(out.Block))
	if err != nil {
		return out, fmt.Errorf("verify %s: %w", a.cfg.Call.Name, err)
	}
	out.Verified = holds
	out.Contained = holds && a.cfg.Contains
	if holds {
		out.Detail = detail + "; " + what
	} else {
		out.Detail = detail + " but the effect does not show: " + what
	}
	return out, nil
}

// signatures collects every signature that counts: local owner keys,
// approvals' signatures and owners' on-chain approveHash.
func (a *Action) signatures(ctx context.Context, s *situation, approvals []respond.Signature) ([]safe.Signature, []safe.Rejection) {
	var cands []safe.Candidate
	var rejected []safe.Rejection
	for _, o := range a.cfg.Owners {
		c := safe.Candidate{Claimed: o.Address(), Source: "local signer"}
		ds, err := o.SignDigest(ctx, s.hash)
		if err == nil {
			c.Sig, err = safe.FromDigestSignature(ds)
		}
		if err != nil {
			rejected = append(rejected, safe.Rejection{Candidate: c, Reason: "could not sign: " + err.Error()})
			continue
		}
		cands = append(cands, c)
	}
	for _, sg := range approvals {
		cands = append(cands, safe.Candidate{Claimed: sg.Signer, Sig: sg.Data, Source: "approval by " + sg.By})
	}
	valid, bad := safe.Check(s.hash, s.state.Owners, cands)
	rejected = append(rejected, bad...)
	have := make(map[common.Address]bool, len(valid))
	for _, v := range valid {
		have[v.Owner] = true
	}
	for _, o := range s.state.Owners {
		if have[o] {
			continue
		}
		approved, err := a.reader.ApprovedHash(ctx, o, s.hash)
		if err != nil {
			a.log.Warn("could not read approveHash", "safe", a.cfg.Safe, "owner", o, "err", err)
			continue
		}
		if approved {
			valid = append(valid, safe.Signature{Owner: o, Sig: safe.ApprovedHashSignature(o), Source: "approveHash on chain"})
		}
	}
	safe.SortByOwner(valid)
	return valid, rejected
}

func awaiting(s *situation, valid []safe.Signature, rejected []safe.Rejection) string {
	have := make(map[common.Address]bool, len(valid))
	for _, v := range valid {
		have[v.Owner] = true
	}
	var missing []string
	for _, o := range s.state.Owners {
		if !have[o] {
			missing = append(missing, o.Hex())
		}
	}
	msg := fmt.Sprintf("%d of %d Safe signatures; safeTxHash %s (Safe nonce %d); owners who have not signed: %s",
		len(valid), s.state.Threshold, s.hash.Hex(), s.tx.Nonce, strings.Join(missing, ", "))
	if len(rejected) > 0 {
		var rs []string
		for _, r := range rejected {
			rs = append(rs, r.String())
		}
		msg += "; not counted: " + strings.Join(rs, "; ")
	}
	return msg
}

func signedBy(sigs []safe.Signature) string {
	var out []string
	for _, s := range sigs {
		out = append(out, s.Owner.Hex()+" via "+s.Source)
	}
	return strings.Join(out, ", ")
}

// MemoryPins keeps pins in memory: enough within one process, lost on
// restart.
type MemoryPins struct {
	mu   sync.Mutex
	pins map[string]Pin
}

// StoredPins keeps pins in the responder's durable step data, so a
// restarted step rebuilds exactly the Safe transaction owners signed.
type StoredPins struct{ Data respond.StepData }

// SafePin returns the pin of key, or nil.
func (s StoredPins) SafePin(ctx context.Context, key string) (*Pin, error) {
	raw, ok, err := s.Data.StepData(ctx, "safe-pin/"+key)
	if err != nil || !ok {
		return nil, err
	}
	var p Pin
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, fmt.Errorf("safe pin of %s: %w", key, err)
	}
	return &p, nil
}

// SaveSafePin stores the pin of key.
func (s StoredPins) SaveSafePin(ctx context.Context, key string, p Pin) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return s.Data.SaveStepData(ctx, "safe-pin/"+key, raw)
}

// NewMemoryPins returns an empty MemoryPins.
func NewMemoryPins() *MemoryPins { return &MemoryPins{pins: make(map[string]Pin)} }

// SafePin returns the pin of key, or nil.
func (m *MemoryPins) SafePin(_ context.Context, key string) (*Pin, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if p, ok := m.pins[key]; ok {
		return &p, nil
	}
	return nil, nil
}

// SaveSafePin stores the pin of key.
func (m *MemoryPins) SaveSafePin(_ context.Context, key string, p Pin) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pins[key] = p
	return nil
}

// explainRevert decodes a node's revert error (custom errors, Error
// strings) and spells out Safe codes such as GS026.
func explainRevert(err error) error {
	err = revert.Explain(err)
	var re *revert.Error
	if errors.As(err, &re) {
		re.Reason = safe.RevertText(re.Reason)
	}
	return err
}
