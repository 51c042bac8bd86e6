package demoprotocol

import (
	"context"
	"crypto/ecdsa"
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/guardian"
)

// errNoBreaker is returned by the breaker helpers of a protocol deployed
// with Params.NoBreaker.
var errNoBreaker = errors.New("the protocol was deployed without a circuit breaker (Params.NoBreaker)")

// GrantGuardian grants GUARDIAN_ROLE on the Guardian to who (admin must
// hold DEFAULT_ADMIN_ROLE there): who can then pause the whole protocol
// and trip the breaker.
func (p *Protocol) GrantGuardian(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, who common.Address) error {
	return p.oneAndWait(ctx, client, admin, "grant GUARDIAN_ROLE to "+who.Hex(), p.Guardian,
		guardian.GrantRoleData(guardian.GuardianRole, who), nil, 0)
}

// RevokeGuardianPauser revokes the Guardian's PAUSER_ROLE on target (the
// pool or dUSD; admin only), so that target's pause fails: the way to show
// pauseAll carrying on past a target it cannot pause.
func (p *Protocol) RevokeGuardianPauser(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, target common.Address) error {
	return p.oneAndWait(ctx, client, admin, "revoke the Guardian's PAUSER_ROLE on "+target.Hex(), target,
		lendingPoolABI.PackRevokeRole(PauserRole, p.Guardian), nil, 0)
}

// PauseAllTx sends Guardian.pauseAll() from key (GUARDIAN_ROLE) with the
// fixed gas limit GasPauseAll, without waiting.
func (p *Protocol) PauseAllTx(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (*types.Transaction, error) {
	return p.one(ctx, client, key, "guardian pauseAll", p.Guardian, guardian.PauseAllData(), nil, GasPauseAll)
}

// PauseAll pauses every Guardian target (the pool and dUSD) in one
// transaction from key and returns what it did, failures included (a target
// that could not be paused does not make the transaction revert).
func (p *Protocol) PauseAll(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (guardian.PauseOutcome, error) {
	tx, err := p.PauseAllTx(ctx, client, key)
	if err != nil {
		return guardian.PauseOutcome{}, err
	}
	r, err := waitSuccess(ctx, client, "guardian pauseAll", tx)
	if err != nil {
		return guardian.PauseOutcome{}, err
	}
	out, err := guardian.ParsePauseAll(r, p.Guardian)
	if err != nil {
		return out, &TxError{Step: "guardian pauseAll", TxHash: tx.Hash(), Receipt: r, Err: err}
	}
	return out, nil
}

// PauseTarget pauses one Guardian target from key (GUARDIAN_ROLE); unlike
// PauseAll it reverts (TargetPauseFailed) when the target cannot be paused.
func (p *Protocol) PauseTarget(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, target common.Address) error {
	return p.oneAndWait(ctx, client, key, "guardian pauseTarget "+target.Hex(), p.Guardian, guardian.PauseTargetData(target), nil, GasGuardianCall)
}

// AllPaused reports whether every Guardian target is paused (Guardian.allPaused).
func (p *Protocol) AllPaused(ctx context.Context, client *ethclient.Client) (bool, error) {
	st, err := p.GuardianState(ctx, client)
	if err != nil {
		return false, err
	}
	return st.AllPaused(), nil
}

// GuardianState reads the Guardian's targets and whether each is paused.
func (p *Protocol) GuardianState(ctx context.Context, client *ethclient.Client) (guardian.State, error) {
	st, err := guardian.ReadState(ctx, client, p.Guardian, nil)
	if err != nil {
		return st, readErr("Guardian.pauseStates", err)
	}
	return st, nil
}

// StablePaused reports whether dUSD transfers are paused.
func (p *Protocol) StablePaused(ctx context.Context, client *ethclient.Client) (bool, error) {
	v, err := bind.Call(stableABI.Instance(client, p.Stable), callOpts(ctx), stableABI.PackPaused(), stableABI.UnpackPaused)
	if err != nil {
		return false, readErr("StableCoin.paused", err)
	}
	return v, nil
}

// UnpauseAll unpauses whichever of the pool and dUSD is paused; admin must
// hold DEFAULT_ADMIN_ROLE on both (the Guardian cannot unpause).
func (p *Protocol) UnpauseAll(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey) error {
	if paused, err := p.StablePaused(ctx, client); err != nil {
		return err
	} else if paused {
		if err := p.oneAndWait(ctx, client, admin, "unpause dUSD", p.Stable, stableABI.PackUnpause(), nil, GasPause); err != nil {
			return err
		}
	}
	if paused, err := p.Paused(ctx, client); err != nil {
		return err
	} else if paused {
		return p.Unpause(ctx, client, admin)
	}
	return nil
}

// TripBreaker trips the circuit breaker through the Guardian (key:
// GUARDIAN_ROLE on the Guardian): every pool outflow is then delayed (or
// refused, in ModeRevert) and claims are frozen until ResetBreaker.
func (p *Protocol) TripBreaker(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) error {
	if p.Breaker == (common.Address{}) {
		return &TxError{Step: "trip breaker", Err: errNoBreaker}
	}
	return p.oneAndWait(ctx, client, key, "trip breaker", p.Guardian, guardian.TripBreakerData(p.Breaker), nil, GasGuardianCall)
}

// ResetBreaker resets the circuit breaker through the Guardian.
func (p *Protocol) ResetBreaker(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) error {
	if p.Breaker == (common.Address{}) {
		return &TxError{Step: "reset breaker", Err: errNoBreaker}
	}
	return p.oneAndWait(ctx, client, key, "reset breaker", p.Guardian, guardian.ResetBreakerData(p.Breaker), nil, GasGuardianCall)
}

// BreakerState reads the breaker's state for token (p.Stable or p.WETH).
func (p *Protocol) BreakerState(ctx context.Context, client *ethclient.Client, token common.Address) (guardian.BreakerState, error) {
	if p.Breaker == (common.Address{}) {
		return guardian.BreakerState{}, readErr("breaker state", errNoBreaker)
	}
	st, err := guardian.ReadBreaker(ctx, client, p.Breaker, token, nil)
	if err != nil {
		return st, readErr("breaker state", err)
	}
	return st, nil
}

// DelayedOutflows returns the claims the breaker created in a receipt of
// a pool transaction (empty when the outflow was released at once).
func (p *Protocol) DelayedOutflows(r *types.Receipt) ([]guardian.Claim, error) {
	if p.Breaker == (common.Address{}) {
		return nil, nil
	}
	return guardian.DelayedOutflows(r, p.Breaker)
}

// Claim pays delayed outflow id to its recipient (anyone may send it, from
// key) once its cooldown has passed.
func (p *Protocol) Claim(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, id uint64) error {
	if p.Breaker == (common.Address{}) {
		return &TxError{Step: "claim", Err: errNoBreaker}
	}
	return p.oneAndWait(ctx, client, key, "claim delayed outflow", p.Breaker, guardian.ClaimData(id), nil, GasClaim)
}

// RevokeClaim returns delayed outflow id to the pool (admin only).
func (p *Protocol) RevokeClaim(ctx context.Context, client *ethclient.Client, admin *ecdsa.PrivateKey, id uint64) error {
	if p.Breaker == (common.Address{}) {
		return &TxError{Step: "revoke claim", Err: errNoBreaker}
	}
	return p.oneAndWait(ctx, client, admin, "revoke delayed outflow", p.Breaker, guardian.RevokeClaimData(id), nil, GasClaim)
}
