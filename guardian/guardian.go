// Package guardian is Warden's Go API over the on-chain Guardian
// (contracts/src/Guardian.sol) and the ERC-7265-style CircuitBreaker
// (contracts/src/CircuitBreaker.sol).
//
// It encodes the calls a responder sends and reads back, over plain
// eth_call, whether they took effect; it sends nothing itself, because
// transactions go through txmgr (exactly once, stored before broadcast) like
// every other response. Reads take the block to read at (nil = latest), so a
// responder can verify the state in the very block its transaction landed in.
//
// The Guardian is Pausable-shaped (pause() = pauseAll(), paused() =
// allPaused()), so Warden's existing pause action can already drive it;
// this package adds what that action cannot see: which targets failed and
// why, and the breaker's limits.
package guardian

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	guardianbind "github.com/warden-dev/warden/contracts/bindings/guardian"
)

// Caller reads chain state (an *ethclient.Client, or chain/rpc's pool).
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Roles used by the Guardian, the CircuitBreaker and their targets.
var (
	// GuardianRole may pause through the Guardian and trip/reset breakers.
	GuardianRole = crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
	// ProtectedRole is held by the contracts whose outflows a breaker limits.
	ProtectedRole = crypto.Keccak256Hash([]byte("PROTECTED_ROLE"))
	// PauserRole is what a target grants the Guardian (OpenZeppelin convention).
	PauserRole = crypto.Keccak256Hash([]byte("PAUSER_ROLE"))
	// DefaultAdminRole is AccessControl's DEFAULT_ADMIN_ROLE.
	DefaultAdminRole = common.Hash{}
)

var guardianABI = guardianbind.NewGuardian()

// PauseAllData is the calldata of Guardian.pauseAll().
func PauseAllData() []byte { return guardianABI.PackPauseAll() }

// PauseTargetData is the calldata of Guardian.pauseTarget(target).
func PauseTargetData(target common.Address) []byte { return guardianABI.PackPauseTarget(target) }

// TripBreakerData is the calldata of Guardian.tripBreaker(breaker).
func TripBreakerData(breaker common.Address) []byte { return guardianABI.PackTripBreaker(breaker) }

// ResetBreakerData is the calldata of Guardian.resetBreaker(breaker).
func ResetBreakerData(breaker common.Address) []byte { return guardianABI.PackResetBreaker(breaker) }

// AddTargetData is the calldata of Guardian.addTarget(target) (admin only).
func AddTargetData(target common.Address) []byte { return guardianABI.PackAddTarget(target) }

// RemoveTargetData is the calldata of Guardian.removeTarget(target) (admin only).
func RemoveTargetData(target common.Address) []byte { return guardianABI.PackRemoveTarget(target) }

// GrantRoleData is the calldata of AccessControl.grantRole(role, account),
// the same on the Guardian, the breaker and OpenZeppelin targets.
func GrantRoleData(role common.Hash, account common.Address) []byte {
	return guardianABI.PackGrantRole(role, account)
}

// Target is one registered target and whether it reported paused().
type Target struct {
	Address common.Address
	Paused  bool // false also when paused() could not be read
}

// State is a Guardian's registry as of one block.
type State struct {
	Targets []Target
}

// AllPaused mirrors Guardian.allPaused(): at least one target, all paused.
func (s State) AllPaused() bool {
	for _, t := range s.Targets {
		if !t.Paused {
			return false
		}
	}
	return len(s.Targets) > 0
}

// Running lists the targets that are not paused.
func (s State) Running() []common.Address {
	var out []common.Address
	for _, t := range s.Targets {
		if !t.Paused {
			out = append(out, t.Address)
		}
	}
	return out
}

// ReadState reads every target and its paused() answer with one eth_call
// (Guardian.pauseStates) at block (nil = latest).
func ReadState(ctx context.Context, c Caller, guardianAddr common.Address, block *big.Int) (State, error) {
	out, err := call(ctx, c, guardianAddr, guardianABI.PackPauseStates(), block)
	if err != nil {
		return State{}, fmt.Errorf("guardian %s: pauseStates(): %w", guardianAddr.Hex(), err)
	}
	res, err := guardianABI.UnpackPauseStates(out)
	if err != nil {
		return State{}, fmt.Errorf("guardian %s: pauseStates() answered %d bytes that do not decode (is it a Guardian?): %w", guardianAddr.Hex(), len(out), err)
	}
	if len(res.Targets) != len(res.Paused) {
		return State{}, fmt.Errorf("guardian %s: pauseStates() returned %d targets but %d states", guardianAddr.Hex(), len(res.Targets), len(res.Paused))
	}
	st := State{Targets: make([]Target, len(res.Targets))}
	for i, a := range res.Targets {
		st.Targets[i] = Target{Address: a, Paused: res.Paused[i]}
	}
	return st, nil
}

// HasRole reads AccessControl.hasRole(role, account) on contract.
func HasRole(ctx context.Context, c Caller, contract common.Address, role common.Hash, account common.Address, block *big.Int) (bool, error) {
	out, err := call(ctx, c, contract, guardianABI.PackHasRole(role, account), block)
	if err != nil {
		return false, fmt.Errorf("hasRole(%s, %s) on %s: %w", roleName(role), account.Hex(), contract.Hex(), err)
	}
	ok, err := guardianABI.UnpackHasRole(out)
	if err != nil {
		return false, fmt.Errorf("hasRole on %s answered %d bytes (is it AccessControl?): %w", contract.Hex(), len(out), err)
	}
	return ok, nil
}

// Check is the preflight verdict on one target.
type Check struct {
	Target common.Address
	Paused bool // already paused: pauseAll will skip it
	// Reason is why pause() from the Guardian would fail ("" = it would
	// pause), e.g. "AccessControlUnauthorizedAccount(<guardian>, PAUSER_ROLE)".
	Reason string
}

// Preflight is what a responder learns before sending pauseAll.
type Preflight struct {
	SignerIsGuardian bool // signer holds GUARDIAN_ROLE on the Guardian
	Targets          []Check
}

// Ready reports whether pauseAll from the signer would pause every target
// that is not paused yet.
func (p Preflight) Ready() bool {
	if !p.SignerIsGuardian || len(p.Targets) == 0 {
		return false
	}
	for _, t := range p.Targets {
		if t.Reason != "" {
			return false
		}
	}
	return true
}

// CheckPauseAll simulates what Guardian.pauseAll would do for signer: it
// checks signer's GUARDIAN_ROLE and calls each running target's pause()
// with eth_call from the Guardian's address, so a missing pauser role on
// one target is found before anything is sent (pauseAll would only report
// it afterwards, as a PauseFailed event).
func CheckPauseAll(ctx context.Context, c Caller, guardianAddr, signer common.Address) (Preflight, error) {
	var p Preflight
	var err error
	if p.SignerIsGuardian, err = HasRole(ctx, c, guardianAddr, GuardianRole, signer, nil); err != nil {
		return p, err
	}
	st, err := ReadState(ctx, c, guardianAddr, nil)
	if err != nil {
		return p, err
	}
	for _, t := range st.Targets {
		chk := Check{Target: t.Address, Paused: t.Paused}
		if !t.Paused {
			from := guardianAddr
			to := t.Address
			if _, err := c.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: pauseSelector}, nil); err != nil {
				data, ok := RevertData(err)
				if !ok {
					return p, fmt.Errorf("simulate pause() on %s from guardian %s: %w", to.Hex(), from.Hex(), err)
				}
				chk.Reason = DecodeRevert(data)
			}
		}
		p.Targets = append(p.Targets, chk)
	}
	return p, nil
}

var pauseSelector = crypto.Keccak256([]byte("pause()"))[:4]

// Failure is a target pauseAll could not pause.
type Failure struct {
	Target common.Address
	Reason string // decoded revert reason, e.g. "AccessControlUnauthorizedAccount(...)"
	Data   []byte // raw revert data (at most 256 bytes)
}

// PauseOutcome is what one pauseAll (or pause()) transaction did.
type PauseOutcome struct {
	Paused        []common.Address // paused by this transaction, in order
	Failed        []Failure
	AlreadyPaused uint64
}

// ParsePauseAll reads the Guardian's events from a pauseAll receipt. It
// fails when the receipt has no PausedAll event from guardianAddr (the
// transaction reverted, or went elsewhere).
func ParsePauseAll(r *types.Receipt, guardianAddr common.Address) (PauseOutcome, error) {
	var out PauseOutcome
	if r == nil {
		return out, errors.New("guardian: nil receipt")
	}
	evs := guardianABI.GetABI().Events
	pausedID, failedID, allID := evs["TargetPaused"].ID, evs["PauseFailed"].ID, evs["PausedAll"].ID
	summary := false
	for _, l := range r.Logs {
		if l.Address != guardianAddr || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case pausedID:
			ev, err := guardianABI.UnpackTargetPausedEvent(l)
			if err != nil {
				return out, fmt.Errorf("guardian: decode TargetPaused (log %d): %w", l.Index, err)
			}
			out.Paused = append(out.Paused, ev.Target)
		case failedID:
			ev, err := guardianABI.UnpackPauseFailedEvent(l)
			if err != nil {
				return out, fmt.Errorf("guardian: decode PauseFailed (log %d): %w", l.Index, err)
			}
			out.Failed = append(out.Failed, Failure{Target: ev.Target, Reason: DecodeRevert(ev.Reason), Data: ev.Reason})
		case allID:
			ev, err := guardianABI.UnpackPausedAllEvent(l)
			if err != nil {
				return out, fmt.Errorf("guardian: decode PausedAll (log %d): %w", l.Index, err)
			}
			summary = true
			out.AlreadyPaused = ev.AlreadyPaused.Uint64()
			if ev.Paused.Uint64() != uint64(len(out.Paused)) || ev.Failed.Uint64() != uint64(len(out.Failed)) {
				return out, fmt.Errorf("guardian: PausedAll counts %s paused / %s failed, but the receipt has %d TargetPaused / %d PauseFailed events",
					ev.Paused, ev.Failed, len(out.Paused), len(out.Failed))
			}
		}
	}
	if !summary {
		return out, fmt.Errorf("guardian: receipt of tx %s (status %d) has no PausedAll event from %s", r.TxHash.Hex(), r.Status, guardianAddr.Hex())
	}
	return out, nil
}

// call runs one eth_call and turns a revert into an error naming it.
func call(ctx context.Context, c Caller, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		if rd, ok := RevertData(err); ok {
			return nil, fmt.Errorf("reverted with %s: %w", DecodeRevert(rd), err)
		}
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no data returned (no contract at %s at that block?)", to.Hex())
	}
	return out, nil
}
