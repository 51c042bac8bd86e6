// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package savingsethervault

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

// SavingsEtherVaultMetaData contains all meta data concerning the SavingsEtherVault contract.
var SavingsEtherVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxDeposit_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"MaxDepositUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"setMaxDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SavingsEtherVault",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161065538038061065583398101604081905261002e916100be565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100658161006f565b50600355506100f5565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100cf575f5ffd5b82516001600160a01b03811681146100e5575f5ffd5b6020939093015192949293505050565b610553806101025f395ff3fe608060405260043610610084575f3560e01c80637d882097116100575780637d882097146101105780638da5cb5b14610125578063bb371fdd1461014b578063d0e30db01461016a578063f2fde38b14610172575f5ffd5b80632e1a7d4d146100885780636083e59a146100a957806370a08231146100d1578063715018a6146100fc575b5f5ffd5b348015610093575f5ffd5b506100a76100a2366004610499565b610191565b005b3480156100b4575f5ffd5b506100be60035481565b6040519081526020015b60405180910390f35b3480156100dc575f5ffd5b506100be6100eb3660046104b0565b60016020525f908152604090205481565b348015610107575f5ffd5b506100a76102c3565b34801561011b575f5ffd5b506100be60025481565b348015610130575f5ffd5b505f546040516001600160a01b0390911681526020016100c8565b348015610156575f5ffd5b506100a7610165366004610499565b6102d6565b6100a761031f565b34801561017d575f5ffd5b506100a761018c3660046104b0565b6103e1565b805f036101b157604051631f2a200560e01b815260040160405180910390fd5b335f90815260016020526040902054808211156101f05760405163cf47918160e01b815260048101839052602481018290526044015b60405180910390fd5b6040515f90339084908381818185875af1925050503d805f811461022f576040519150601f19603f3d011682016040523d82523d5f602084013e610234565b606091505b505090508061025657604051630ce8f45160e31b815260040160405180910390fd5b61026083836104f1565b335f90815260016020526040812091909155600280548592906102849084906104f1565b909155505060405183815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a2505050565b6102cb61041e565b6102d45f61044a565b565b6102de61041e565b60035460408051918252602082018390527f78131f623b32212db92dadc6f203f2aeb863f71ce1a61b8eafc1ece42816c5ba910160405180910390a1600355565b345f0361033f57604051631f2a200560e01b815260040160405180910390fd5b60035434111561036f57600354604051630f7b656760e41b815234600482015260248101919091526044016101e7565b335f908152600160205260408120805434929061038d90849061050a565b925050819055503460025f8282546103a5919061050a565b909155505060405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b6103e961041e565b6001600160a01b03811661041257604051631e4fbdf760e01b81525f60048201526024016101e7565b61041b8161044a565b50565b5f546001600160a01b031633146102d45760405163118cdaa760e01b81523360048201526024016101e7565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156104a9575f5ffd5b5035919050565b5f602082840312156104c0575f5ffd5b81356001600160a01b03811681146104d6575f5ffd5b9392505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610504576105046104dd565b92915050565b80820180821115610504576105046104dd56fea264697066735822122017c06c73e81b6ef1d7e60d43196b0a81893fc240236b31af7f42e9312e39cef264736f6c634300081e0033",
}

// SavingsEtherVault is an auto generated Go binding around an Ethereum contract.
type SavingsEtherVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SavingsEtherVault) GetABI() abi.ABI {
	return c.abi
}

// NewSavingsEtherVault creates a new instance of SavingsEtherVault.
func NewSavingsEtherVault() *SavingsEtherVault {
	parsed, err := SavingsEtherVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SavingsEtherVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SavingsEtherVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, uint256 maxDeposit_) returns()
func (savingsEtherVault *SavingsEtherVault) PackConstructor(initialOwner common.Address, maxDeposit_ *big.Int) []byte {
	enc, err := savingsEtherVault.abi.Pack("", initialOwner, maxDeposit_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := savingsEtherVault.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return savingsEtherVault.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := savingsEtherVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (savingsEtherVault *SavingsEtherVault) PackDeposit() []byte {
	enc, err := savingsEtherVault.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (savingsEtherVault *SavingsEtherVault) TryPackDeposit() ([]byte, error) {
	return savingsEtherVault.abi.Pack("deposit")
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6083e59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) PackMaxDeposit() []byte {
	enc, err := savingsEtherVault.abi.Pack("maxDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6083e59a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) TryPackMaxDeposit() ([]byte, error) {
	return savingsEtherVault.abi.Pack("maxDeposit")
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := savingsEtherVault.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (savingsEtherVault *SavingsEtherVault) PackOwner() []byte {
	enc, err := savingsEtherVault.abi.Pack("owner")
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
func (savingsEtherVault *SavingsEtherVault) TryPackOwner() ([]byte, error) {
	return savingsEtherVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (savingsEtherVault *SavingsEtherVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := savingsEtherVault.abi.Unpack("owner", data)
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
func (savingsEtherVault *SavingsEtherVault) PackRenounceOwnership() []byte {
	enc, err := savingsEtherVault.abi.Pack("renounceOwnership")
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
func (savingsEtherVault *SavingsEtherVault) TryPackRenounceOwnership() ([]byte, error) {
	return savingsEtherVault.abi.Pack("renounceOwnership")
}

// PackSetMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb371fdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxDeposit(uint256 newMax) returns()
func (savingsEtherVault *SavingsEtherVault) PackSetMaxDeposit(newMax *big.Int) []byte {
	enc, err := savingsEtherVault.abi.Pack("setMaxDeposit", newMax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb371fdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxDeposit(uint256 newMax) returns()
func (savingsEtherVault *SavingsEtherVault) TryPackSetMaxDeposit(newMax *big.Int) ([]byte, error) {
	return savingsEtherVault.abi.Pack("setMaxDeposit", newMax)
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) PackTotalDeposits() []byte {
	enc, err := savingsEtherVault.abi.Pack("totalDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalDeposits() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) TryPackTotalDeposits() ([]byte, error) {
	return savingsEtherVault.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (savingsEtherVault *SavingsEtherVault) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := savingsEtherVault.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (savingsEtherVault *SavingsEtherVault) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := savingsEtherVault.abi.Pack("transferOwnership", newOwner)
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
func (savingsEtherVault *SavingsEtherVault) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return savingsEtherVault.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (savingsEtherVault *SavingsEtherVault) PackWithdraw(amount *big.Int) []byte {
	enc, err := savingsEtherVault.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (savingsEtherVault *SavingsEtherVault) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return savingsEtherVault.abi.Pack("withdraw", amount)
}

// SavingsEtherVaultDeposit represents a Deposit event raised by the SavingsEtherVault contract.
type SavingsEtherVaultDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SavingsEtherVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (SavingsEtherVaultDeposit) ContractEventName() string {
	return SavingsEtherVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (savingsEtherVault *SavingsEtherVault) UnpackDepositEvent(log *types.Log) (*SavingsEtherVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsEtherVaultDeposit)
	if len(log.Data) > 0 {
		if err := savingsEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsEtherVault.abi.Events[event].Inputs {
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

// SavingsEtherVaultMaxDepositUpdated represents a MaxDepositUpdated event raised by the SavingsEtherVault contract.
type SavingsEtherVaultMaxDepositUpdated struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SavingsEtherVaultMaxDepositUpdatedEventName = "MaxDepositUpdated"

// ContractEventName returns the user-defined event name.
func (SavingsEtherVaultMaxDepositUpdated) ContractEventName() string {
	return SavingsEtherVaultMaxDepositUpdatedEventName
}

// UnpackMaxDepositUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxDepositUpdated(uint256 previous, uint256 current)
func (savingsEtherVault *SavingsEtherVault) UnpackMaxDepositUpdatedEvent(log *types.Log) (*SavingsEtherVaultMaxDepositUpdated, error) {
	event := "MaxDepositUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsEtherVaultMaxDepositUpdated)
	if len(log.Data) > 0 {
		if err := savingsEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsEtherVault.abi.Events[event].Inputs {
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

// SavingsEtherVaultOwnershipTransferred represents a OwnershipTransferred event raised by the SavingsEtherVault contract.
type SavingsEtherVaultOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SavingsEtherVaultOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SavingsEtherVaultOwnershipTransferred) ContractEventName() string {
	return SavingsEtherVaultOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (savingsEtherVault *SavingsEtherVault) UnpackOwnershipTransferredEvent(log *types.Log) (*SavingsEtherVaultOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsEtherVaultOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := savingsEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsEtherVault.abi.Events[event].Inputs {
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

// SavingsEtherVaultWithdrawal represents a Withdrawal event raised by the SavingsEtherVault contract.
type SavingsEtherVaultWithdrawal struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SavingsEtherVaultWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (SavingsEtherVaultWithdrawal) ContractEventName() string {
	return SavingsEtherVaultWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, uint256 amount)
func (savingsEtherVault *SavingsEtherVault) UnpackWithdrawalEvent(log *types.Log) (*SavingsEtherVaultWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != savingsEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SavingsEtherVaultWithdrawal)
	if len(log.Data) > 0 {
		if err := savingsEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range savingsEtherVault.abi.Events[event].Inputs {
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
func (savingsEtherVault *SavingsEtherVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["DepositTooLarge"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackDepositTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackEtherTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], savingsEtherVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return savingsEtherVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SavingsEtherVaultDepositTooLarge represents a DepositTooLarge error raised by the SavingsEtherVault contract.
type SavingsEtherVaultDepositTooLarge struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLarge(uint256 amount, uint256 max)
func SavingsEtherVaultDepositTooLargeErrorID() common.Hash {
	return common.HexToHash("0xf7b6567073c009de79258eba099fe6b4c9ee58367c789ca852cde5fe6172fc4c")
}

// UnpackDepositTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLarge(uint256 amount, uint256 max)
func (savingsEtherVault *SavingsEtherVault) UnpackDepositTooLargeError(raw []byte) (*SavingsEtherVaultDepositTooLarge, error) {
	out := new(SavingsEtherVaultDepositTooLarge)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "DepositTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsEtherVaultEtherTransferFailed represents a EtherTransferFailed error raised by the SavingsEtherVault contract.
type SavingsEtherVaultEtherTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed()
func SavingsEtherVaultEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6747a28882ab1fee136907293dd07ab109b9cdc40802358384917b05b5eae790")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed()
func (savingsEtherVault *SavingsEtherVault) UnpackEtherTransferFailedError(raw []byte) (*SavingsEtherVaultEtherTransferFailed, error) {
	out := new(SavingsEtherVaultEtherTransferFailed)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsEtherVaultInsufficientBalance represents a InsufficientBalance error raised by the SavingsEtherVault contract.
type SavingsEtherVaultInsufficientBalance struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 requested, uint256 available)
func SavingsEtherVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 requested, uint256 available)
func (savingsEtherVault *SavingsEtherVault) UnpackInsufficientBalanceError(raw []byte) (*SavingsEtherVaultInsufficientBalance, error) {
	out := new(SavingsEtherVaultInsufficientBalance)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsEtherVaultOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SavingsEtherVault contract.
type SavingsEtherVaultOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SavingsEtherVaultOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (savingsEtherVault *SavingsEtherVault) UnpackOwnableInvalidOwnerError(raw []byte) (*SavingsEtherVaultOwnableInvalidOwner, error) {
	out := new(SavingsEtherVaultOwnableInvalidOwner)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsEtherVaultOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SavingsEtherVault contract.
type SavingsEtherVaultOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SavingsEtherVaultOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (savingsEtherVault *SavingsEtherVault) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SavingsEtherVaultOwnableUnauthorizedAccount, error) {
	out := new(SavingsEtherVaultOwnableUnauthorizedAccount)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SavingsEtherVaultZeroAmount represents a ZeroAmount error raised by the SavingsEtherVault contract.
type SavingsEtherVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func SavingsEtherVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (savingsEtherVault *SavingsEtherVault) UnpackZeroAmountError(raw []byte) (*SavingsEtherVaultZeroAmount, error) {
	out := new(SavingsEtherVaultZeroAmount)
	if err := savingsEtherVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
