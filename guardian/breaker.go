package guardian

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/contracts/bindings/circuitbreaker"
)

var breakerABI = circuitbreaker.NewCircuitBreaker()

// Mode is what a breaker does with an outflow over its limit (and with
// every outflow while tripped).
type Mode uint8

const (
	// ModeDelay holds the tokens in the breaker; the recipient claims them
	// after the cooldown.
	ModeDelay Mode = 0
	// ModeRevert refuses the outflow (RateLimitExceeded / BreakerTripped).
	ModeRevert Mode = 1
)

func (m Mode) String() string {
	switch m {
	case ModeDelay:
		return "delay"
	case ModeRevert:
		return "revert"
	default:
		return fmt.Sprintf("mode(%d)", uint8(m))
	}
}

// Buckets is the number of time buckets a breaker window is divided into:
// windows are whole multiples of Buckets seconds.
const Buckets = 12

// Limit is one token's rate limit.
type Limit struct {
	Active        bool           // false: the token is not limited
	Vault         common.Address // whose balance of the token is the TVL
	ShareBps      uint16         // share of the TVL snapshot allowed out per window
	BaseAllowance *big.Int       // allowed out per window whatever the TVL
	Window        time.Duration
	Mode          Mode
}

// SetLimitData is the calldata of CircuitBreaker.setLimit (admin only). It
// checks what the contract would refuse, so a bad configuration is named
// before a transaction exists.
func SetLimitData(token common.Address, l Limit) ([]byte, error) {
	if token == (common.Address{}) || l.Vault == (common.Address{}) {
		return nil, fmt.Errorf("breaker limit: token %s and vault %s must both be set", token.Hex(), l.Vault.Hex())
	}
	if l.ShareBps > 10_000 {
		return nil, fmt.Errorf("breaker limit: share %d bps is over 10000 (100%%)", l.ShareBps)
	}
	base := l.BaseAllowance
	if base == nil {
		base = new(big.Int)
	}
	if base.Sign() < 0 {
		return nil, fmt.Errorf("breaker limit: negative base allowance %s", base)
	}
	if l.ShareBps == 0 && base.Sign() == 0 {
		return nil, fmt.Errorf("breaker limit: share and base allowance are both zero (nothing could ever leave)")
	}
	secs, err := windowSeconds(l.Window)
	if err != nil {
		return nil, err
	}
	if l.Mode > ModeRevert {
		return nil, fmt.Errorf("breaker limit: unknown mode %d", l.Mode)
	}
	return breakerABI.PackSetLimit(token, l.Vault, l.ShareBps, base, secs, uint8(l.Mode)), nil
}

func windowSeconds(w time.Duration) (uint32, error) {
	if w%time.Second != 0 {
		return 0, fmt.Errorf("breaker limit: window %s is not whole seconds", w)
	}
	s := int64(w / time.Second)
	if s < Buckets || s%Buckets != 0 || s > math.MaxUint32 {
		return 0, fmt.Errorf("breaker limit: window %s must be a positive multiple of %d s", w, Buckets)
	}
	return uint32(s), nil
}

// TripData is the calldata of CircuitBreaker.trip() (GUARDIAN_ROLE), for a
// key or Safe that holds the role on the breaker directly; through the
// Guardian contract use TripBreakerData.
func TripData() []byte { return breakerABI.PackTrip() }

// ResetData is the calldata of CircuitBreaker.reset() (GUARDIAN_ROLE).
func ResetData() []byte { return breakerABI.PackReset() }

// ClaimData is the calldata of CircuitBreaker.claim(id).
func ClaimData(id uint64) []byte { return breakerABI.PackClaim(new(big.Int).SetUint64(id)) }

// RevokeClaimData is the calldata of CircuitBreaker.revokeClaim(id) (admin only).
func RevokeClaimData(id uint64) []byte {
	return breakerABI.PackRevokeClaim(new(big.Int).SetUint64(id))
}

// Tripped reads CircuitBreaker.tripped() at block (nil = latest).
func Tripped(ctx context.Context, c Caller, breaker common.Address, block *big.Int) (bool, error) {
	out, err := call(ctx, c, breaker, breakerABI.PackTripped(), block)
	if err != nil {
		return false, fmt.Errorf("breaker %s: tripped(): %w", breaker.Hex(), err)
	}
	v, err := breakerABI.UnpackTripped(out)
	if err != nil {
		return false, fmt.Errorf("breaker %s: tripped() answered %d bytes (is it a CircuitBreaker?): %w", breaker.Hex(), len(out), err)
	}
	return v, nil
}

// BreakerState is a breaker's view of one token.
type BreakerState struct {
	Tripped       bool
	Cooldown      time.Duration
	Limit         Limit
	WindowOutflow *big.Int // left in the current sliding window
	CurrentLimit  *big.Int // the window's allowance (nil when the token is unlimited)
	Available     *big.Int // may still leave now (nil when unlimited and not tripped)
	Locked        *big.Int // held for unsettled claims
}

// ReadBreaker reads breaker's state for token at block (nil = latest).
func ReadBreaker(ctx context.Context, c Caller, breaker, token common.Address, block *big.Int) (BreakerState, error) {
	var st BreakerState
	read := func(what string, data []byte, unpack func([]byte) error) error {
		out, err := call(ctx, c, breaker, data, block)
		if err != nil {
			return fmt.Errorf("breaker %s: %s: %w", breaker.Hex(), what, err)
		}
		if err := unpack(out); err != nil {
			return fmt.Errorf("breaker %s: %s answered %d bytes that do not decode (is it a CircuitBreaker?): %w", breaker.Hex(), what, len(out), err)
		}
		return nil
	}
	var lim circuitbreaker.CircuitBreakerLimit
	var cooldown uint32
	var limit, avail *big.Int
	steps := []struct {
		what   string
		data   []byte
		unpack func([]byte) error
	}{
		{"tripped()", breakerABI.PackTripped(), func(b []byte) (err error) { st.Tripped, err = breakerABI.UnpackTripped(b); return }},
		{"cooldown()", breakerABI.PackCooldown(), func(b []byte) (err error) { cooldown, err = breakerABI.UnpackCooldown(b); return }},
		{"limitOf()", breakerABI.PackLimitOf(token), func(b []byte) (err error) { lim, err = breakerABI.UnpackLimitOf(b); return }},
		{"windowOutflow()", breakerABI.PackWindowOutflow(token), func(b []byte) (err error) { st.WindowOutflow, err = breakerABI.UnpackWindowOutflow(b); return }},
		{"currentLimit()", breakerABI.PackCurrentLimit(token), func(b []byte) (err error) { limit, err = breakerABI.UnpackCurrentLimit(b); return }},
		{"available()", breakerABI.PackAvailable(token), func(b []byte) (err error) { avail, err = breakerABI.UnpackAvailable(b); return }},
		{"lockedAmount()", breakerABI.PackLockedAmount(token), func(b []byte) (err error) { st.Locked, err = breakerABI.UnpackLockedAmount(b); return }},
	}
	for _, s := range steps {
		if err := read(s.what, s.data, s.unpack); err != nil {
			return st, err
		}
	}
	st.Cooldown = time.Duration(cooldown) * time.Second
	st.Limit = Limit{Active: lim.Active, Vault: lim.Vault, ShareBps: lim.ShareBps, BaseAllowance: lim.BaseAllowance,
		Window: time.Duration(lim.Window) * time.Second, Mode: Mode(lim.Mode)}
	// The contract answers type(uint256).max for "no limit".
	if lim.Active {
		st.CurrentLimit = limit
	}
	if lim.Active || st.Tripped {
		st.Available = avail
	}
	return st, nil
}

// Claim is an outflow a breaker delayed.
type Claim struct {
	ID        uint64
	Token     common.Address
	Recipient common.Address
	Source    common.Address // the protected contract it came from
	Amount    *big.Int
	ReleaseAt time.Time // claimable from this block time on
	Settled   bool      // claimed or revoked
}

// ReadClaim reads claim id at block (nil = latest); it fails when there is no such claim.
func ReadClaim(ctx context.Context, c Caller, breaker common.Address, id uint64, block *big.Int) (Claim, error) {
	out, err := call(ctx, c, breaker, breakerABI.PackClaimInfo(new(big.Int).SetUint64(id)), block)
	if err != nil {
		return Claim{}, fmt.Errorf("breaker %s: claimInfo(%d): %w", breaker.Hex(), id, err)
	}
	v, err := breakerABI.UnpackClaimInfo(out)
	if err != nil {
		return Claim{}, fmt.Errorf("breaker %s: claimInfo(%d) answered %d bytes that do not decode: %w", breaker.Hex(), id, len(out), err)
	}
	if v.Token == (common.Address{}) {
		return Claim{}, fmt.Errorf("breaker %s: no claim %d", breaker.Hex(), id)
	}
	return Claim{ID: id, Token: v.Token, Recipient: v.Recipient, Source: v.Source, Amount: v.Amount,
		ReleaseAt: time.Unix(int64(v.ReleaseAt), 0).UTC(), Settled: v.Settled}, nil
}

// DelayedOutflows returns the claims breaker created in a receipt
// (OutflowDelayed events), e.g. a withdrawal that went over the limit.
func DelayedOutflows(r *types.Receipt, breaker common.Address) ([]Claim, error) {
	id := breakerABI.GetABI().Events["OutflowDelayed"].ID
	var out []Claim
	for _, l := range r.Logs {
		if l.Address != breaker || len(l.Topics) == 0 || l.Topics[0] != id {
			continue
		}
		ev, err := breakerABI.UnpackOutflowDelayedEvent(l)
		if err != nil {
			return out, fmt.Errorf("breaker %s: decode OutflowDelayed (log %d): %w", breaker.Hex(), l.Index, err)
		}
		if !ev.ClaimId.IsUint64() {
			return out, fmt.Errorf("breaker %s: claim ID %s does not fit 64 bits", breaker.Hex(), ev.ClaimId)
		}
		out = append(out, Claim{ID: ev.ClaimId.Uint64(), Token: ev.Token, Recipient: ev.Recipient, Source: ev.Source,
			Amount: ev.Amount, ReleaseAt: time.Unix(int64(ev.ReleaseAt), 0).UTC()})
	}
	return out, nil
}
