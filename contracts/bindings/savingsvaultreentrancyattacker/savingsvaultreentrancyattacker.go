// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package savingsvaultreentrancyattacker

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

// SavingsVaultReentrancyAttackerMetaData contains all meta data concerning the SavingsVaultReentrancyAttacker contract.
var SavingsVaultReentrancyAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collected\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reentries\",\"type\":\"uint256\"}],\"name\":\"Drained\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractISavingsEtherVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "SavingsVaultReentrancyAttacker",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161062d38038061062d83398101604081905261002e916100bd565b338061005357604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61005c8161006e565b506001600160a01b03166080526100ea565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156100cd575f5ffd5b81516001600160a01b03811681146100e3575f5ffd5b9392505050565b60805161050b6101225f395f8181605c01528181608d0152818160ce015281816101db0152818161022801526102a8015261050b5ff3fe60806040526004361061004c575f3560e01c8063715018a61461015b5780638da5cb5b1461016f5780639e5faafc146101a3578063f2fde38b146101ab578063fbfa77cf146101ca575f5ffd5b3661015757336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461008357005b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016315f8190036100b857005b60028054905f6100c783610484565b91905055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316632e1a7d4d600154831061010c5760015461010e565b825b6040518263ffffffff1660e01b815260040161012c91815260200190565b5f604051808303815f87803b158015610143575f5ffd5b505af1158015610155573d5f5f3e3d5ffd5b005b5f5ffd5b348015610166575f5ffd5b506101556101fd565b34801561017a575f5ffd5b505f546001600160a01b03165b6040516001600160a01b03909116815260200160405180910390f35b610155610210565b3480156101b6575f5ffd5b506101556101c53660046104a8565b6103c7565b3480156101d5575f5ffd5b506101877f000000000000000000000000000000000000000000000000000000000000000081565b610205610409565b61020e5f610435565b565b610218610409565b346001819055505f6002819055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b15801561027f575f5ffd5b505af1158015610291573d5f5f3e3d5ffd5b5050604051632e1a7d4d60e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169350632e1a7d4d925060240190505f604051808303815f87803b1580156102f5575f5ffd5b505af1158015610307573d5f5f3e3d5ffd5b50506002546040805134815247602082018190529181019290925292507f59e8338caf229e1a42e04872a316d44c6cbae9d57dda07745a30f510423f1b5b915060600160405180910390a15f80546040516001600160a01b039091169083908381818185875af1925050503d805f811461039c576040519150601f19603f3d011682016040523d82523d5f602084013e6103a1565b606091505b50509050806103c357604051630ec6ac4160e21b815260040160405180910390fd5b5050565b6103cf610409565b6001600160a01b0381166103fd57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61040681610435565b50565b5f546001600160a01b0316331461020e5760405163118cdaa760e01b81523360048201526024016103f4565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f600182016104a157634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f602082840312156104b8575f5ffd5b81356001600160a01b03811681146104ce575f5ffd5b939250505056fea26469706673582212200aec7f34fcd9c83f89e9f43678aaad03b588c1f3f3ef5ffd95aa5253a91a541f64736f6c634300081e0033",
}

// SavingsVaultReentrancyAttacker is an auto generated Go binding around an Ethereum contract.
type SavingsVaultReentrancyAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SavingsVaultReentrancyAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewSavingsVaultReentrancyAttacker creates a new instance of SavingsVaultReentrancyAttacker.
func NewSavingsVaultReentrancyAttacker() *SavingsVaultReentrancyAttacker {
	parsed, err := SavingsVaultReentrancyAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SavingsVaultReentrancyAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SavingsVaultReentrancyAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_) returns()
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackConstructor(vault_ common.Address) []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("", vault_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack() payable returns()
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackAttack() []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("attack")
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) TryPackAttack() ([]byte, error) {
	return savingsVaultReentrancyAttacker.abi.Pack("attack")
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackOwner() []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("owner")
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) TryPackOwner() ([]byte, error) {
	return savingsVaultReentrancyAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := savingsVaultReentrancyAttacker.abi.Unpack("owner", data)
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackRenounceOwnership() []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("renounceOwnership")
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) TryPackRenounceOwnership() ([]byte, error) {
	return savingsVaultReentrancyAttacker.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("transferOwnership", newOwner)
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return savingsVaultReentrancyAttacker.abi.Pack("transferOwnership", newOwner)
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) PackVault() []byte {
	enc, err := savingsVaultReentrancyAttacker.abi.Pack("vault")
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) TryPackVault() ([]byte, error) {
	return savingsVaultReentrancyAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := savingsVaultReentrancyAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SavingsVaultReentrancyAttackerDrained represents a Drained event raised by the SavingsVaultReentrancyAttacker contract.
type SavingsVaultReentrancyAttackerDrained struct {
	Deposited *big.Int
	Collected *big.Int
	Reentries *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SavingsVaultReentrancyAttackerDrainedEventName = "Drained"

// ContractEventName returns the user-defined event name.
func (SavingsVaultReentrancyAttackerDrained) ContractEventName() string {
	return SavingsVaultReentrancyAttackerDrainedEventName
}

// UnpackDrainedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Drained(uint256 deposited, uint256 collected, uint256 reentries)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackDrainedEvent(log *types.Log) (*SavingsVaultReentrancyAttackerDrained, error) {
	event := "Drained"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsVaultReentrancyAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsVaultReentrancyAttackerDrained)
	if len(log.Data) > 0 {
		if err := savingsVaultReentrancyAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsVaultReentrancyAttacker.abi.Events[event].Inputs {
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

// SavingsVaultReentrancyAttackerOwnershipTransferred represents a OwnershipTransferred event raised by the SavingsVaultReentrancyAttacker contract.
type SavingsVaultReentrancyAttackerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SavingsVaultReentrancyAttackerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SavingsVaultReentrancyAttackerOwnershipTransferred) ContractEventName() string {
	return SavingsVaultReentrancyAttackerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackOwnershipTransferredEvent(log *types.Log) (*SavingsVaultReentrancyAttackerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsVaultReentrancyAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsVaultReentrancyAttackerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := savingsVaultReentrancyAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsVaultReentrancyAttacker.abi.Events[event].Inputs {
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
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], savingsVaultReentrancyAttacker.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return savingsVaultReentrancyAttacker.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsVaultReentrancyAttacker.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return savingsVaultReentrancyAttacker.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsVaultReentrancyAttacker.abi.Errors["PayoutFailed"].ID.Bytes()[:4]) {
		return savingsVaultReentrancyAttacker.UnpackPayoutFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SavingsVaultReentrancyAttackerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SavingsVaultReentrancyAttacker contract.
type SavingsVaultReentrancyAttackerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SavingsVaultReentrancyAttackerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackOwnableInvalidOwnerError(raw []byte) (*SavingsVaultReentrancyAttackerOwnableInvalidOwner, error) {
	out := new(SavingsVaultReentrancyAttackerOwnableInvalidOwner)
	if err := savingsVaultReentrancyAttacker.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsVaultReentrancyAttackerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SavingsVaultReentrancyAttacker contract.
type SavingsVaultReentrancyAttackerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SavingsVaultReentrancyAttackerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SavingsVaultReentrancyAttackerOwnableUnauthorizedAccount, error) {
	out := new(SavingsVaultReentrancyAttackerOwnableUnauthorizedAccount)
	if err := savingsVaultReentrancyAttacker.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsVaultReentrancyAttackerPayoutFailed represents a PayoutFailed error raised by the SavingsVaultReentrancyAttacker contract.
type SavingsVaultReentrancyAttackerPayoutFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutFailed()
func SavingsVaultReentrancyAttackerPayoutFailedErrorID() common.Hash {
	return common.HexToHash("0x3b1ab1045aad53070fe2359fd1a7d516800dcddc17ad45f2e5ff18fe2dbb0689")
}

// UnpackPayoutFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutFailed()
func (savingsVaultReentrancyAttacker *SavingsVaultReentrancyAttacker) UnpackPayoutFailedError(raw []byte) (*SavingsVaultReentrancyAttackerPayoutFailed, error) {
	out := new(SavingsVaultReentrancyAttackerPayoutFailed)
	if err := savingsVaultReentrancyAttacker.abi.UnpackIntoInterface(out, "PayoutFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
