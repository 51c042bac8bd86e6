// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hookvaultaccomplice

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// HookVaultAccompliceMetaData contains all meta data concerning the HookVaultAccomplice contract.
var HookVaultAccompliceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIHookedEtherLike\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIHookedEtherVaultLike\",\"name\":\"vault_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotMaster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"master\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIHookedEtherLike\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"tokensReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIHookedEtherVaultLike\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawFromVault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HookVaultAccomplice",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516106ad3803806106ad83398101604081905261002e916100af565b336080526001600160a01b0382811660a081905290821660c052604051633dfd387360e01b8152306004820152633dfd3873906024015f604051808303815f87803b15801561007b575f5ffd5b505af115801561008d573d5f5f3e3d5ffd5b5050505050506100e7565b6001600160a01b03811681146100ac575f5ffd5b50565b5f5f604083850312156100c0575f5ffd5b82516100cb81610098565b60208401519092506100dc81610098565b809150509250929050565b60805160a05160c05161055f61014e5f395f818160dc0152818161018401528181610383015261040201525f818161010301528181610244015261035901525f8181609901528181610130015281816101f10152818161027501526103d3015261055f5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063076d08151461006457806335faa41614610079578063b0b0362614610081578063ee97f7f314610094578063fbfa77cf146100d7578063fc0c546a146100fe575b5f5ffd5b610077610072366004610472565b610125565b005b6100776101e6565b61007761008f3660046104a4565b61034e565b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461016e57604051635a7617f960e11b815260040160405180910390fd5b604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b1580156101cd575f5ffd5b505af11580156101df573d5f5f3e3d5ffd5b5050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461022f57604051635a7617f960e11b815260040160405180910390fd5b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a9059cbb907f00000000000000000000000000000000000000000000000000000000000000009083906370a0823190602401602060405180830381865afa1580156102bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102df91906104ec565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044016020604051808303815f875af1158015610327573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034b9190610503565b50565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806103b857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031614155b61046c5760405163a9059cbb60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af1158015610448573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101df9190610503565b50505050565b5f60208284031215610482575f5ffd5b5035919050565b80356001600160a01b038116811461049f575f5ffd5b919050565b5f5f5f5f608085870312156104b7575f5ffd5b6104c085610489565b93506104ce60208601610489565b92506104dc60408601610489565b9396929550929360600135925050565b5f602082840312156104fc575f5ffd5b5051919050565b5f60208284031215610513575f5ffd5b81518015158114610522575f5ffd5b939250505056fea26469706673582212202223e69bf612fd0aeb4cdcfae1e093c97d3aa6b276cb78f3310a3555fd58867e64736f6c634300081e0033",
}

// HookVaultAccomplice is an auto generated Go binding around an Ethereum contract.
type HookVaultAccomplice struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookVaultAccomplice) GetABI() abi.ABI {
	return c.abi
}

// NewHookVaultAccomplice creates a new instance of HookVaultAccomplice.
func NewHookVaultAccomplice() *HookVaultAccomplice {
	parsed, err := HookVaultAccompliceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookVaultAccomplice{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookVaultAccomplice) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address vault_) returns()
func (hookVaultAccomplice *HookVaultAccomplice) PackConstructor(token_ common.Address, vault_ common.Address) []byte {
	enc, err := hookVaultAccomplice.abi.Pack("", token_, vault_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMaster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee97f7f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function master() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) PackMaster() []byte {
	enc, err := hookVaultAccomplice.abi.Pack("master")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee97f7f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function master() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) TryPackMaster() ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("master")
}

// UnpackMaster is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee97f7f3.
//
// Solidity: function master() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) UnpackMaster(data []byte) (common.Address, error) {
	out, err := hookVaultAccomplice.abi.Unpack("master", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep() returns()
func (hookVaultAccomplice *HookVaultAccomplice) PackSweep() []byte {
	enc, err := hookVaultAccomplice.abi.Pack("sweep")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep() returns()
func (hookVaultAccomplice *HookVaultAccomplice) TryPackSweep() ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("sweep")
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) PackToken() []byte {
	enc, err := hookVaultAccomplice.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) TryPackToken() ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) UnpackToken(data []byte) (common.Address, error) {
	out, err := hookVaultAccomplice.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokensReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0b03626.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokensReceived(address , address from, address , uint256 amount) returns()
func (hookVaultAccomplice *HookVaultAccomplice) PackTokensReceived(arg0 common.Address, from common.Address, arg2 common.Address, amount *big.Int) []byte {
	enc, err := hookVaultAccomplice.abi.Pack("tokensReceived", arg0, from, arg2, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokensReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0b03626.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokensReceived(address , address from, address , uint256 amount) returns()
func (hookVaultAccomplice *HookVaultAccomplice) TryPackTokensReceived(arg0 common.Address, from common.Address, arg2 common.Address, amount *big.Int) ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("tokensReceived", arg0, from, arg2, amount)
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) PackVault() []byte {
	enc, err := hookVaultAccomplice.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) TryPackVault() ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (hookVaultAccomplice *HookVaultAccomplice) UnpackVault(data []byte) (common.Address, error) {
	out, err := hookVaultAccomplice.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawFromVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x076d0815.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFromVault(uint256 amount) returns()
func (hookVaultAccomplice *HookVaultAccomplice) PackWithdrawFromVault(amount *big.Int) []byte {
	enc, err := hookVaultAccomplice.abi.Pack("withdrawFromVault", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFromVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x076d0815.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFromVault(uint256 amount) returns()
func (hookVaultAccomplice *HookVaultAccomplice) TryPackWithdrawFromVault(amount *big.Int) ([]byte, error) {
	return hookVaultAccomplice.abi.Pack("withdrawFromVault", amount)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (hookVaultAccomplice *HookVaultAccomplice) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookVaultAccomplice.abi.Errors["NotMaster"].ID.Bytes()[:4]) {
		return hookVaultAccomplice.UnpackNotMasterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookVaultAccompliceNotMaster represents a NotMaster error raised by the HookVaultAccomplice contract.
type HookVaultAccompliceNotMaster struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMaster()
func HookVaultAccompliceNotMasterErrorID() common.Hash {
	return common.HexToHash("0xb4ec2ff21afd6b0ef733e0b97084736b32dda666a1ed315b71cb771cd3d27608")
}

// UnpackNotMasterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMaster()
func (hookVaultAccomplice *HookVaultAccomplice) UnpackNotMasterError(raw []byte) (*HookVaultAccompliceNotMaster, error) {
	out := new(HookVaultAccompliceNotMaster)
	if err := hookVaultAccomplice.abi.UnpackIntoInterface(out, "NotMaster", raw); err != nil {
		return nil, err
	}
	return out, nil
}
