// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hookvaultcrossreentrancyattacker

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

// HookVaultCrossReentrancyAttackerMetaData contains all meta data concerning the HookVaultCrossReentrancyAttacker contract.
var HookVaultCrossReentrancyAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIHookedEtherLike\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIHookedEtherVaultLike\",\"name\":\"vault_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collected\",\"type\":\"uint256\"}],\"name\":\"Drained\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"accomplice\",\"outputs\":[{\"internalType\":\"contractHookVaultAccomplice\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIHookedEtherLike\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"tokensReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIHookedEtherVaultLike\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "HookVaultCrossReentrancyAttacker",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161150938038061150983398101604081905261002e91610186565b338061005357604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61005c81610113565b506001600160a01b03808316608052811660a0526040518290829061008090610162565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156100b0573d5f5f3e3d5ffd5b506001600160a01b0390811660c052604051633dfd387360e01b815230600482015290831690633dfd3873906024015f604051808303815f87803b1580156100f6575f5ffd5b505af1158015610108573d5f5f3e3d5ffd5b5050505050506101be565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6106ad80610e5c83390190565b6001600160a01b0381168114610183575f5ffd5b50565b5f5f60408385031215610197575f5ffd5b82516101a28161016f565b60208401519092506101b38161016f565b809150509250929050565b60805160a05160c051610bef61026d5f395f8181610109015281816104b301528181610670015281816106d2015261097e01525f818161015b015281816102530152818161030701528181610383015281816104390152818161053d015281816105f60152818161092e01526109ad01525f818161018e015281816101d101528181610282015281816103ad0152818161056701528181610754015281816107df01526109040152610bef5ff3fe60806040526004361061007c575f3560e01c8063d12fd49a1161004c578063d12fd49a146100f8578063f2fde38b1461012b578063fbfa77cf1461014a578063fc0c546a1461017d575f5ffd5b8063715018a6146100875780638da5cb5b1461009d5780639e5faafc146100d1578063b0b03626146100d9575f5ffd5b3661008357005b5f5ffd5b348015610092575f5ffd5b5061009b6101b0565b005b3480156100a8575f5ffd5b505f546001600160a01b03165b6040516001600160a01b03909116815260200160405180910390f35b61009b6101c3565b3480156100e4575f5ffd5b5061009b6100f3366004610af7565b6108f9565b348015610103575f5ffd5b506100b57f000000000000000000000000000000000000000000000000000000000000000081565b348015610136575f5ffd5b5061009b610145366004610b3f565b610a1f565b348015610155575f5ffd5b506100b57f000000000000000000000000000000000000000000000000000000000000000081565b348015610188575f5ffd5b506100b57f000000000000000000000000000000000000000000000000000000000000000081565b6101b8610a61565b6101c15f610a8d565b565b6101cb610a61565b5f3490507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0826040518263ffffffff1660e01b81526004015f604051808303818588803b158015610228575f5ffd5b505af115801561023a573d5f5f3e3d5ffd5b505060405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018690527f000000000000000000000000000000000000000000000000000000000000000016935063095ea7b3925060440190506020604051808303815f875af11580156102cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102f09190610b5f565b5060405163b6b55f2560e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b6b55f25906024015f604051808303815f87803b158015610350575f5ffd5b505af1158015610362573d5f5f3e3d5ffd5b505f925060019150505b6040516370a0823160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015284917f0000000000000000000000000000000000000000000000000000000000000000909116906370a0823190602401602060405180830381865afa1580156103f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104189190610b7e565b1061052657801561049d57604051632e1a7d4d60e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b158015610482575f5ffd5b505af1158015610494573d5f5f3e3d5ffd5b50505050610513565b60405163076d081560e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063076d0815906024015f604051808303815f87803b1580156104fc575f5ffd5b505af115801561050e573d5f5f3e3d5ffd5b505050505b158161051e81610b95565b92505061036c565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906370a0823190602401602060405180830381865afa1580156105ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d29190610b7e565b905080156106d057811561065a57604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b15801561063f575f5ffd5b505af1158015610651573d5f5f3e3d5ffd5b505050506106d0565b60405163076d081560e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063076d0815906024015f604051808303815f87803b1580156106b9575f5ffd5b505af11580156106cb573d5f5f3e3d5ffd5b505050505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166335faa4166040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610728575f5ffd5b505af115801561073a573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691506370a0823190602401602060405180830381865afa1580156107a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c69190610b7e565b604051632e1a7d4d60e01b8152600481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b158015610828575f5ffd5b505af115801561083a573d5f5f3e3d5ffd5b505060408051888152602081018890529081018490527f59e8338caf229e1a42e04872a316d44c6cbae9d57dda07745a30f510423f1b5b9250606001905060405180910390a15f80546040516001600160a01b039091169047908381818185875af1925050503d805f81146108ca576040519150601f19603f3d011682016040523d82523d5f602084013e6108cf565b606091505b50509050806108f157604051630ec6ac4160e21b815260040160405180910390fd5b505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061096357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031614155b610a195760405163a9059cbb60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af11580156109f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a179190610b5f565b505b50505050565b610a27610a61565b6001600160a01b038116610a5557604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610a5e81610a8d565b50565b5f546001600160a01b031633146101c15760405163118cdaa760e01b8152336004820152602401610a4c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80356001600160a01b0381168114610af2575f5ffd5b919050565b5f5f5f5f60808587031215610b0a575f5ffd5b610b1385610adc565b9350610b2160208601610adc565b9250610b2f60408601610adc565b9396929550929360600135925050565b5f60208284031215610b4f575f5ffd5b610b5882610adc565b9392505050565b5f60208284031215610b6f575f5ffd5b81518015158114610b58575f5ffd5b5f60208284031215610b8e575f5ffd5b5051919050565b5f60018201610bb257634e487b7160e01b5f52601160045260245ffd5b506001019056fea264697066735822122071e0e6fa266fc7423a4fda6847abd94f2960d6a08c5706e9f0c2790aabce133064736f6c634300081e003360e060405234801561000f575f5ffd5b506040516106ad3803806106ad83398101604081905261002e916100af565b336080526001600160a01b0382811660a081905290821660c052604051633dfd387360e01b8152306004820152633dfd3873906024015f604051808303815f87803b15801561007b575f5ffd5b505af115801561008d573d5f5f3e3d5ffd5b5050505050506100e7565b6001600160a01b03811681146100ac575f5ffd5b50565b5f5f604083850312156100c0575f5ffd5b82516100cb81610098565b60208401519092506100dc81610098565b809150509250929050565b60805160a05160c05161055f61014e5f395f818160dc0152818161018401528181610383015261040201525f818161010301528181610244015261035901525f8181609901528181610130015281816101f10152818161027501526103d3015261055f5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063076d08151461006457806335faa41614610079578063b0b0362614610081578063ee97f7f314610094578063fbfa77cf146100d7578063fc0c546a146100fe575b5f5ffd5b610077610072366004610472565b610125565b005b6100776101e6565b61007761008f3660046104a4565b61034e565b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461016e57604051635a7617f960e11b815260040160405180910390fd5b604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b1580156101cd575f5ffd5b505af11580156101df573d5f5f3e3d5ffd5b5050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461022f57604051635a7617f960e11b815260040160405180910390fd5b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a9059cbb907f00000000000000000000000000000000000000000000000000000000000000009083906370a0823190602401602060405180830381865afa1580156102bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102df91906104ec565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044016020604051808303815f875af1158015610327573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034b9190610503565b50565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806103b857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031614155b61046c5760405163a9059cbb60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af1158015610448573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101df9190610503565b50505050565b5f60208284031215610482575f5ffd5b5035919050565b80356001600160a01b038116811461049f575f5ffd5b919050565b5f5f5f5f608085870312156104b7575f5ffd5b6104c085610489565b93506104ce60208601610489565b92506104dc60408601610489565b9396929550929360600135925050565b5f602082840312156104fc575f5ffd5b5051919050565b5f60208284031215610513575f5ffd5b81518015158114610522575f5ffd5b939250505056fea26469706673582212202223e69bf612fd0aeb4cdcfae1e093c97d3aa6b276cb78f3310a3555fd58867e64736f6c634300081e0033",
}

// HookVaultCrossReentrancyAttacker is an auto generated Go binding around an Ethereum contract.
type HookVaultCrossReentrancyAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookVaultCrossReentrancyAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewHookVaultCrossReentrancyAttacker creates a new instance of HookVaultCrossReentrancyAttacker.
func NewHookVaultCrossReentrancyAttacker() *HookVaultCrossReentrancyAttacker {
	parsed, err := HookVaultCrossReentrancyAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookVaultCrossReentrancyAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookVaultCrossReentrancyAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address vault_) returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackConstructor(token_ common.Address, vault_ common.Address) []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("", token_, vault_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccomplice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12fd49a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accomplice() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackAccomplice() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("accomplice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccomplice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12fd49a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accomplice() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackAccomplice() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("accomplice")
}

// UnpackAccomplice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd12fd49a.
//
// Solidity: function accomplice() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackAccomplice(data []byte) (common.Address, error) {
	out, err := hookVaultCrossReentrancyAttacker.abi.Unpack("accomplice", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack() payable returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackAttack() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("attack")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack() payable returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackAttack() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("attack")
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackOwner() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackOwner() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := hookVaultCrossReentrancyAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackRenounceOwnership() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackRenounceOwnership() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("renounceOwnership")
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackToken() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("token")
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
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackToken() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackToken(data []byte) (common.Address, error) {
	out, err := hookVaultCrossReentrancyAttacker.abi.Unpack("token", data)
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
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackTokensReceived(arg0 common.Address, from common.Address, arg2 common.Address, amount *big.Int) []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("tokensReceived", arg0, from, arg2, amount)
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
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackTokensReceived(arg0 common.Address, from common.Address, arg2 common.Address, amount *big.Int) ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("tokensReceived", arg0, from, arg2, amount)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("transferOwnership", newOwner)
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) PackVault() []byte {
	enc, err := hookVaultCrossReentrancyAttacker.abi.Pack("vault")
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
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) TryPackVault() ([]byte, error) {
	return hookVaultCrossReentrancyAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := hookVaultCrossReentrancyAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// HookVaultCrossReentrancyAttackerDrained represents a Drained event raised by the HookVaultCrossReentrancyAttacker contract.
type HookVaultCrossReentrancyAttackerDrained struct {
	Seed      *big.Int
	Rounds    *big.Int
	Collected *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const HookVaultCrossReentrancyAttackerDrainedEventName = "Drained"

// ContractEventName returns the user-defined event name.
func (HookVaultCrossReentrancyAttackerDrained) ContractEventName() string {
	return HookVaultCrossReentrancyAttackerDrainedEventName
}

// UnpackDrainedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Drained(uint256 seed, uint256 rounds, uint256 collected)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackDrainedEvent(log *types.Log) (*HookVaultCrossReentrancyAttackerDrained, error) {
	event := "Drained"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookVaultCrossReentrancyAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookVaultCrossReentrancyAttackerDrained)
	if len(log.Data) > 0 {
		if err := hookVaultCrossReentrancyAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookVaultCrossReentrancyAttacker.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HookVaultCrossReentrancyAttackerOwnershipTransferred represents a OwnershipTransferred event raised by the HookVaultCrossReentrancyAttacker contract.
type HookVaultCrossReentrancyAttackerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HookVaultCrossReentrancyAttackerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HookVaultCrossReentrancyAttackerOwnershipTransferred) ContractEventName() string {
	return HookVaultCrossReentrancyAttackerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackOwnershipTransferredEvent(log *types.Log) (*HookVaultCrossReentrancyAttackerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookVaultCrossReentrancyAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookVaultCrossReentrancyAttackerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hookVaultCrossReentrancyAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookVaultCrossReentrancyAttacker.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookVaultCrossReentrancyAttacker.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return hookVaultCrossReentrancyAttacker.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookVaultCrossReentrancyAttacker.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return hookVaultCrossReentrancyAttacker.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookVaultCrossReentrancyAttacker.abi.Errors["PayoutFailed"].ID.Bytes()[:4]) {
		return hookVaultCrossReentrancyAttacker.UnpackPayoutFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookVaultCrossReentrancyAttackerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the HookVaultCrossReentrancyAttacker contract.
type HookVaultCrossReentrancyAttackerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func HookVaultCrossReentrancyAttackerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackOwnableInvalidOwnerError(raw []byte) (*HookVaultCrossReentrancyAttackerOwnableInvalidOwner, error) {
	out := new(HookVaultCrossReentrancyAttackerOwnableInvalidOwner)
	if err := hookVaultCrossReentrancyAttacker.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookVaultCrossReentrancyAttackerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the HookVaultCrossReentrancyAttacker contract.
type HookVaultCrossReentrancyAttackerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func HookVaultCrossReentrancyAttackerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackOwnableUnauthorizedAccountError(raw []byte) (*HookVaultCrossReentrancyAttackerOwnableUnauthorizedAccount, error) {
	out := new(HookVaultCrossReentrancyAttackerOwnableUnauthorizedAccount)
	if err := hookVaultCrossReentrancyAttacker.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookVaultCrossReentrancyAttackerPayoutFailed represents a PayoutFailed error raised by the HookVaultCrossReentrancyAttacker contract.
type HookVaultCrossReentrancyAttackerPayoutFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutFailed()
func HookVaultCrossReentrancyAttackerPayoutFailedErrorID() common.Hash {
	return common.HexToHash("0x3b1ab1045aad53070fe2359fd1a7d516800dcddc17ad45f2e5ff18fe2dbb0689")
}

// UnpackPayoutFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutFailed()
func (hookVaultCrossReentrancyAttacker *HookVaultCrossReentrancyAttacker) UnpackPayoutFailedError(raw []byte) (*HookVaultCrossReentrancyAttackerPayoutFailed, error) {
	out := new(HookVaultCrossReentrancyAttackerPayoutFailed)
	if err := hookVaultCrossReentrancyAttacker.abi.UnpackIntoInterface(out, "PayoutFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
