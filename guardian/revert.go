package guardian

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// pausableErrors are the errors a target's pause() commonly reverts with
// that neither the Guardian's nor the breaker's ABI declares.
const pausableErrors = `[
 {"type":"error","name":"EnforcedPause","inputs":[]},
 {"type":"error","name":"ExpectedPause","inputs":[]},
 {"type":"error","name":"OwnableUnauthorizedAccount","inputs":[{"name":"account","type":"address"}]}
]`

// knownErrors maps a selector to the custom errors of the Guardian, the
// CircuitBreaker (OpenZeppelin AccessControl and SafeERC20 included) and
// OpenZeppelin Pausable/Ownable.
var knownErrors = func() map[[4]byte]abi.Error {
	extra, err := abi.JSON(strings.NewReader(pausableErrors))
	if err != nil {
		panic("guardian: bad built-in error ABI: " + err.Error())
	}
	m := map[[4]byte]abi.Error{}
	for _, a := range []abi.ABI{guardianABI.GetABI(), breakerABI.GetABI(), extra} {
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

var roleNames = map[common.Hash]string{
	GuardianRole:     "GUARDIAN_ROLE",
	ProtectedRole:    "PROTECTED_ROLE",
	PauserRole:       "PAUSER_ROLE",
	DefaultAdminRole: "DEFAULT_ADMIN_ROLE",
}

func roleName(r common.Hash) string {
	if n, ok := roleNames[r]; ok {
		return n
	}
	return r.Hex()
}

// DecodeRevert names revert data: Error(string), Panic(uint256), or a custom
// error of the Guardian, the CircuitBreaker or OpenZeppelin's Pausable,
// Ownable and AccessControl, with its arguments (role hashes by name, and
// the nested reason of TargetPauseFailed decoded too). Unknown data is
// returned as hex.
func DecodeRevert(data []byte) string {
	if len(data) == 0 {
		return "reverted without data"
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		if len(data) >= 4 && [4]byte(data[:4]) == [4]byte{0x4e, 0x48, 0x7b, 0x71} {
			return "Panic(" + reason + ")"
		}
		return fmt.Sprintf("Error(%q)", reason)
	}
	if len(data) >= 4 {
		if e, ok := knownErrors[[4]byte(data[:4])]; ok {
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				return e.Sig
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				parts[i] = formatArg(v)
			}
			return e.Name + "(" + strings.Join(parts, ", ") + ")"
		}
	}
	return "0x" + hex.EncodeToString(data)
}

func formatArg(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return roleName(common.Hash(x))
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		// Nested revert data (TargetPauseFailed's reason).
		return DecodeRevert(x)
	default:
		return fmt.Sprint(x)
	}
}

// RevertData extracts the revert data from a JSON-RPC error (eth_call or
// eth_estimateGas), if the node sent any.
func RevertData(err error) ([]byte, bool) {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return data, true
}
