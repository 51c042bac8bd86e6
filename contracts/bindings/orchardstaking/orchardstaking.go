// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package orchardstaking

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

// OrchardStakingMetaData contains all meta data concerning the OrchardStaking contract.
var OrchardStakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EmergencyWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"RewardRateUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"earned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"emergencyWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"rewardRate_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardReserve\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"}],\"name\":\"setRewardRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"stakedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OrchardStaking",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610c83380380610c8383398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b608051610be36100a05f395f818161023b015281816103b6015281816104930152818161063801526107750152610be35ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c806393707a1911610093578063cab64bcd11610063578063cab64bcd14610207578063cd6dc68714610210578063f2fde38b14610223578063fc0c546a14610236575f5ffd5b806393707a19146101af5780639e447fc6146101c2578063a694fc3a146101d5578063af500ba3146101e8575f5ffd5b80636382d9ad116100ce5780636382d9ad146101605780637b0a47ee14610173578063817b1cd21461017c5780638da5cb5b14610185575f5ffd5b80628cc262146100fe5780632e17de781461012457806331d7a262146101395780634e71d92d14610158575b5f5ffd5b61011161010c366004610a97565b61025d565b6040519081526020015b60405180910390f35b610137610132366004610ab0565b61030d565b005b610111610147366004610a97565b60056020525f908152604090205481565b610137610417565b61013761016e366004610ac7565b6104ec565b61011160015481565b61011160035481565b5f54610197906001600160a01b031681565b6040516001600160a01b03909116815260200161011b565b6101376101bd366004610ab0565b6105e8565b6101376101d0366004610ab0565b610696565b6101376101e3366004610ab0565b610703565b6101116101f6366004610a97565b60046020525f908152604090205481565b61011160025481565b61013761021e366004610af8565b6107d5565b610137610231366004610a97565b610859565b6101977f000000000000000000000000000000000000000000000000000000000000000081565b6001600160a01b0381165f908152600660205260408120548082036102985750506001600160a01b03165f9081526005602052604090205490565b670de0b6b3a76400006102ab8242610b34565b6001546001600160a01b0386165f908152600460205260409020546102d09190610b4d565b6102da9190610b4d565b6102e49190610b64565b6001600160a01b0384165f908152600560205260409020546103069190610b83565b9392505050565b805f0361032d57604051631f2a200560e01b815260040160405180910390fd5b335f908152600460205260409020548082111561036c576040516322df051360e11b815260048101839052602481018290526044015b60405180910390fd5b61037533610905565b61037f8282610b34565b335f90815260046020526040812091909155600380548492906103a3908490610b34565b909155506103dd90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610937565b60405182815233907f0f5bb82176feb1b5e747e28471aa92156a04d9f3ab9f45f28e2d704232b93f75906020015b60405180910390a25050565b61042033610905565b335f90815260056020526040812054600254909190821061044357600254610445565b815b9050805f03610452575050565b61045c8183610b34565b335f9081526005602052604081209190915560028054839290610480908490610b34565b909155506104ba90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383610937565b60405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200161040b565b5f546001600160a01b031633146105185760405163245aecd360e01b8152336004820152602401610363565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa15801561055c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105809190610b96565b90506105966001600160a01b0384168383610937565b816001600160a01b0316836001600160a01b03167f9495d03190a79a43e534c9e328ff322f6283261383f5f19c809564f6ad5a57b3836040516105db91815260200190565b60405180910390a3505050565b5f546001600160a01b031633146106145760405163245aecd360e01b8152336004820152602401610363565b8060025f8282546106259190610b83565b9091555061066090506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610971565b6040518181527fe42dde25409a3e8c7c119c1c722610d9e9bd96e73e3cead774863c9ffdd870d69060200160405180910390a150565b5f546001600160a01b031633146106c25760405163245aecd360e01b8152336004820152602401610363565b60015460408051918252602082018390527fc390a98ace15a7bb6bab611eedfdbb2685043b241a869420043cdfb23ccfee50910160405180910390a1600155565b805f0361072357604051631f2a200560e01b815260040160405180910390fd5b61072c33610905565b335f908152600460205260408120805483929061074a908490610b83565b925050819055508060035f8282546107629190610b83565b9091555061079d90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610971565b60405181815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a250565b6001600160a01b0382166107fc5760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808616939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b039390931692909217909155600155565b5f546001600160a01b031633146108855760405163245aecd360e01b8152336004820152602401610363565b6001600160a01b0381166108ac5760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b61090e8161025d565b6001600160a01b039091165f908152600560209081526040808320939093556006905220429055565b61094483838360016109ad565b61096c57604051635274afe760e01b81526001600160a01b0384166004820152602401610363565b505050565b61097f848484846001610a0f565b6109a757604051635274afe760e01b81526001600160a01b0385166004820152602401610363565b50505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610a035783831516156109f7573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610a6b578383151615610a5f573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114610a92575f5ffd5b919050565b5f60208284031215610aa7575f5ffd5b61030682610a7c565b5f60208284031215610ac0575f5ffd5b5035919050565b5f5f60408385031215610ad8575f5ffd5b610ae183610a7c565b9150610aef60208401610a7c565b90509250929050565b5f5f60408385031215610b09575f5ffd5b610b1283610a7c565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b4757610b47610b20565b92915050565b8082028115828204841417610b4757610b47610b20565b5f82610b7e57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610b4757610b47610b20565b5f60208284031215610ba6575f5ffd5b505191905056fea264697066735822122064ed2d67495206579aaea0ed6d3d525869f858ff52e7b4f07158b95f5f4c701e64736f6c634300081e0033",
}

// OrchardStaking is an auto generated Go binding around an Ethereum contract.
type OrchardStaking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OrchardStaking) GetABI() abi.ABI {
	return c.abi
}

// NewOrchardStaking creates a new instance of OrchardStaking.
func NewOrchardStaking() *OrchardStaking {
	parsed, err := OrchardStakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OrchardStaking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OrchardStaking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (orchardStaking *OrchardStaking) PackConstructor(token_ common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (orchardStaking *OrchardStaking) PackClaim() []byte {
	enc, err := orchardStaking.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (orchardStaking *OrchardStaking) TryPackClaim() ([]byte, error) {
	return orchardStaking.abi.Pack("claim")
}

// PackEarned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008cc262.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earned(address account) view returns(uint256)
func (orchardStaking *OrchardStaking) PackEarned(account common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("earned", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008cc262.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earned(address account) view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackEarned(account common.Address) ([]byte, error) {
	return orchardStaking.abi.Pack("earned", account)
}

// UnpackEarned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x008cc262.
//
// Solidity: function earned(address account) view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackEarned(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("earned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEmergencyWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6382d9ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergencyWithdraw(address token_, address to) returns()
func (orchardStaking *OrchardStaking) PackEmergencyWithdraw(token common.Address, to common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("emergencyWithdraw", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmergencyWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6382d9ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emergencyWithdraw(address token_, address to) returns()
func (orchardStaking *OrchardStaking) TryPackEmergencyWithdraw(token common.Address, to common.Address) ([]byte, error) {
	return orchardStaking.abi.Pack("emergencyWithdraw", token, to)
}

// PackFundRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93707a19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundRewards(uint256 amount) returns()
func (orchardStaking *OrchardStaking) PackFundRewards(amount *big.Int) []byte {
	enc, err := orchardStaking.abi.Pack("fundRewards", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93707a19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundRewards(uint256 amount) returns()
func (orchardStaking *OrchardStaking) TryPackFundRewards(amount *big.Int) ([]byte, error) {
	return orchardStaking.abi.Pack("fundRewards", amount)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6dc687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, uint256 rewardRate_) returns()
func (orchardStaking *OrchardStaking) PackInitialize(owner common.Address, rewardRate *big.Int) []byte {
	enc, err := orchardStaking.abi.Pack("initialize", owner, rewardRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6dc687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, uint256 rewardRate_) returns()
func (orchardStaking *OrchardStaking) TryPackInitialize(owner common.Address, rewardRate *big.Int) ([]byte, error) {
	return orchardStaking.abi.Pack("initialize", owner, rewardRate)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (orchardStaking *OrchardStaking) PackOwner() []byte {
	enc, err := orchardStaking.abi.Pack("owner")
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
func (orchardStaking *OrchardStaking) TryPackOwner() ([]byte, error) {
	return orchardStaking.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (orchardStaking *OrchardStaking) UnpackOwner(data []byte) (common.Address, error) {
	out, err := orchardStaking.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d7a262.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRewards(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) PackPendingRewards(arg0 common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("pendingRewards", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d7a262.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRewards(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackPendingRewards(arg0 common.Address) ([]byte, error) {
	return orchardStaking.abi.Pack("pendingRewards", arg0)
}

// UnpackPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d7a262.
//
// Solidity: function pendingRewards(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackPendingRewards(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("pendingRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardRate() view returns(uint256)
func (orchardStaking *OrchardStaking) PackRewardRate() []byte {
	enc, err := orchardStaking.abi.Pack("rewardRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardRate() view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackRewardRate() ([]byte, error) {
	return orchardStaking.abi.Pack("rewardRate")
}

// UnpackRewardRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackRewardRate(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("rewardRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab64bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardReserve() view returns(uint256)
func (orchardStaking *OrchardStaking) PackRewardReserve() []byte {
	enc, err := orchardStaking.abi.Pack("rewardReserve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab64bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardReserve() view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackRewardReserve() ([]byte, error) {
	return orchardStaking.abi.Pack("rewardReserve")
}

// UnpackRewardReserve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcab64bcd.
//
// Solidity: function rewardReserve() view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackRewardReserve(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("rewardReserve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e447fc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRewardRate(uint256 newRate) returns()
func (orchardStaking *OrchardStaking) PackSetRewardRate(newRate *big.Int) []byte {
	enc, err := orchardStaking.abi.Pack("setRewardRate", newRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e447fc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRewardRate(uint256 newRate) returns()
func (orchardStaking *OrchardStaking) TryPackSetRewardRate(newRate *big.Int) ([]byte, error) {
	return orchardStaking.abi.Pack("setRewardRate", newRate)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (orchardStaking *OrchardStaking) PackStake(amount *big.Int) []byte {
	enc, err := orchardStaking.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (orchardStaking *OrchardStaking) TryPackStake(amount *big.Int) ([]byte, error) {
	return orchardStaking.abi.Pack("stake", amount)
}

// PackStakedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf500ba3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakedOf(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) PackStakedOf(arg0 common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("stakedOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf500ba3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakedOf(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackStakedOf(arg0 common.Address) ([]byte, error) {
	return orchardStaking.abi.Pack("stakedOf", arg0)
}

// UnpackStakedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf500ba3.
//
// Solidity: function stakedOf(address ) view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackStakedOf(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("stakedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (orchardStaking *OrchardStaking) PackToken() []byte {
	enc, err := orchardStaking.abi.Pack("token")
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
func (orchardStaking *OrchardStaking) TryPackToken() ([]byte, error) {
	return orchardStaking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (orchardStaking *OrchardStaking) UnpackToken(data []byte) (common.Address, error) {
	out, err := orchardStaking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (orchardStaking *OrchardStaking) PackTotalStaked() []byte {
	enc, err := orchardStaking.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (orchardStaking *OrchardStaking) TryPackTotalStaked() ([]byte, error) {
	return orchardStaking.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (orchardStaking *OrchardStaking) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := orchardStaking.abi.Unpack("totalStaked", data)
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
func (orchardStaking *OrchardStaking) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := orchardStaking.abi.Pack("transferOwnership", newOwner)
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
func (orchardStaking *OrchardStaking) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return orchardStaking.abi.Pack("transferOwnership", newOwner)
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(uint256 amount) returns()
func (orchardStaking *OrchardStaking) PackUnstake(amount *big.Int) []byte {
	enc, err := orchardStaking.abi.Pack("unstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstake(uint256 amount) returns()
func (orchardStaking *OrchardStaking) TryPackUnstake(amount *big.Int) ([]byte, error) {
	return orchardStaking.abi.Pack("unstake", amount)
}

// OrchardStakingEmergencyWithdrawal represents a EmergencyWithdrawal event raised by the OrchardStaking contract.
type OrchardStakingEmergencyWithdrawal struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OrchardStakingEmergencyWithdrawalEventName = "EmergencyWithdrawal"

// ContractEventName returns the user-defined event name.
func (OrchardStakingEmergencyWithdrawal) ContractEventName() string {
	return OrchardStakingEmergencyWithdrawalEventName
}

// UnpackEmergencyWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmergencyWithdrawal(address indexed token, address indexed to, uint256 amount)
func (orchardStaking *OrchardStaking) UnpackEmergencyWithdrawalEvent(log *types.Log) (*OrchardStakingEmergencyWithdrawal, error) {
	event := "EmergencyWithdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingEmergencyWithdrawal)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingOwnershipTransferred represents a OwnershipTransferred event raised by the OrchardStaking contract.
type OrchardStakingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OrchardStakingOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OrchardStakingOwnershipTransferred) ContractEventName() string {
	return OrchardStakingOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (orchardStaking *OrchardStaking) UnpackOwnershipTransferredEvent(log *types.Log) (*OrchardStakingOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingRewardPaid represents a RewardPaid event raised by the OrchardStaking contract.
type OrchardStakingRewardPaid struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OrchardStakingRewardPaidEventName = "RewardPaid"

// ContractEventName returns the user-defined event name.
func (OrchardStakingRewardPaid) ContractEventName() string {
	return OrchardStakingRewardPaidEventName
}

// UnpackRewardPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardPaid(address indexed account, uint256 amount)
func (orchardStaking *OrchardStaking) UnpackRewardPaidEvent(log *types.Log) (*OrchardStakingRewardPaid, error) {
	event := "RewardPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingRewardPaid)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingRewardRateUpdated represents a RewardRateUpdated event raised by the OrchardStaking contract.
type OrchardStakingRewardRateUpdated struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OrchardStakingRewardRateUpdatedEventName = "RewardRateUpdated"

// ContractEventName returns the user-defined event name.
func (OrchardStakingRewardRateUpdated) ContractEventName() string {
	return OrchardStakingRewardRateUpdatedEventName
}

// UnpackRewardRateUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardRateUpdated(uint256 previous, uint256 current)
func (orchardStaking *OrchardStaking) UnpackRewardRateUpdatedEvent(log *types.Log) (*OrchardStakingRewardRateUpdated, error) {
	event := "RewardRateUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingRewardRateUpdated)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingRewardsFunded represents a RewardsFunded event raised by the OrchardStaking contract.
type OrchardStakingRewardsFunded struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OrchardStakingRewardsFundedEventName = "RewardsFunded"

// ContractEventName returns the user-defined event name.
func (OrchardStakingRewardsFunded) ContractEventName() string {
	return OrchardStakingRewardsFundedEventName
}

// UnpackRewardsFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsFunded(uint256 amount)
func (orchardStaking *OrchardStaking) UnpackRewardsFundedEvent(log *types.Log) (*OrchardStakingRewardsFunded, error) {
	event := "RewardsFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingRewardsFunded)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingStaked represents a Staked event raised by the OrchardStaking contract.
type OrchardStakingStaked struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OrchardStakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (OrchardStakingStaked) ContractEventName() string {
	return OrchardStakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed account, uint256 amount)
func (orchardStaking *OrchardStaking) UnpackStakedEvent(log *types.Log) (*OrchardStakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingStaked)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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

// OrchardStakingUnstaked represents a Unstaked event raised by the OrchardStaking contract.
type OrchardStakingUnstaked struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OrchardStakingUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (OrchardStakingUnstaked) ContractEventName() string {
	return OrchardStakingUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(address indexed account, uint256 amount)
func (orchardStaking *OrchardStaking) UnpackUnstakedEvent(log *types.Log) (*OrchardStakingUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != orchardStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OrchardStakingUnstaked)
	if len(log.Data) > 0 {
		if err := orchardStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range orchardStaking.abi.Events[event].Inputs {
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
func (orchardStaking *OrchardStaking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], orchardStaking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return orchardStaking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], orchardStaking.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return orchardStaking.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], orchardStaking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return orchardStaking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], orchardStaking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return orchardStaking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], orchardStaking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return orchardStaking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OrchardStakingInsufficientStake represents a InsufficientStake error raised by the OrchardStaking contract.
type OrchardStakingInsufficientStake struct {
	Requested *big.Int
	Staked    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 staked)
func OrchardStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 staked)
func (orchardStaking *OrchardStaking) UnpackInsufficientStakeError(raw []byte) (*OrchardStakingInsufficientStake, error) {
	out := new(OrchardStakingInsufficientStake)
	if err := orchardStaking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OrchardStakingNotOwner represents a NotOwner error raised by the OrchardStaking contract.
type OrchardStakingNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func OrchardStakingNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (orchardStaking *OrchardStaking) UnpackNotOwnerError(raw []byte) (*OrchardStakingNotOwner, error) {
	out := new(OrchardStakingNotOwner)
	if err := orchardStaking.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OrchardStakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OrchardStaking contract.
type OrchardStakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OrchardStakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (orchardStaking *OrchardStaking) UnpackSafeERC20FailedOperationError(raw []byte) (*OrchardStakingSafeERC20FailedOperation, error) {
	out := new(OrchardStakingSafeERC20FailedOperation)
	if err := orchardStaking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OrchardStakingZeroAddress represents a ZeroAddress error raised by the OrchardStaking contract.
type OrchardStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func OrchardStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (orchardStaking *OrchardStaking) UnpackZeroAddressError(raw []byte) (*OrchardStakingZeroAddress, error) {
	out := new(OrchardStakingZeroAddress)
	if err := orchardStaking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OrchardStakingZeroAmount represents a ZeroAmount error raised by the OrchardStaking contract.
type OrchardStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func OrchardStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (orchardStaking *OrchardStaking) UnpackZeroAmountError(raw []byte) (*OrchardStakingZeroAmount, error) {
	out := new(OrchardStakingZeroAmount)
	if err := orchardStaking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
