package safeaction

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/respond/action/pause"
)

var pauseSelector = crypto.Keccak256([]byte("pause()"))[:4]

// PauseCall is pause() on target (an OpenZeppelin Pausable whose pauser
// role the Safe holds); name is how humans call the target.
func PauseCall(target common.Address, name string) Call {
	return Call{To: target, Data: pauseSelector, Name: fmt.Sprintf("pause() on %s (%s)", name, target.Hex())}
}

// PausedCheck verifies a PauseCall: paused() on target is true.
func PausedCheck(c pause.Caller, target common.Address) Verify {
	return func(ctx context.Context, block *big.Int) (bool, string, error) {
		paused, err := pause.Paused(ctx, c, target, block)
		if err != nil {
			return false, "", err
		}
		if paused {
			return true, "paused() is true", nil
		}
		return false, "paused() is false", nil
	}
}
