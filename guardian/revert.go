package guardian

import (
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/revert"
)

// abis are the Guardian's and the CircuitBreaker's ABIs, searched for
// custom errors before revert's built-in OpenZeppelin table.
var abis = func() []*abi.ABI {
	g, b := guardianABI.GetABI(), breakerABI.GetABI()
	return []*abi.ABI{&g, &b}
}()

// DecodeRevert names revert data: Error(string), Panic(uint256), a custom
// error of the Guardian or the CircuitBreaker, or an OpenZeppelin one, with
// its arguments (role hashes by name, and TargetPauseFailed's nested reason
// decoded too).
func DecodeRevert(data []byte) string { return revert.Decode(data, abis...) }

// RevertData extracts the revert data from a JSON-RPC error (eth_call or
// eth_estimateGas), if the node sent any.
func RevertData(err error) ([]byte, bool) { return revert.FromError(err) }

// roleName names a role hash for messages.
func roleName(r common.Hash) string {
	if n, ok := revert.RoleName(r); ok {
		return n
	}
	return r.Hex()
}
