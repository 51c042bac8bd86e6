// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package flashgovlender

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

// FlashGovLenderMetaData contains all meta data concerning the FlashGovLender contract.
var FlashGovLenderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"feeBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBps\",\"type\":\"uint256\"}],\"name\":\"FlashFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"accruedFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"collectFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"deposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"flashFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC3156FlashBorrower\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flashLoan\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"maxFlashLoan\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFlashFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FlashGovLender",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610e8a380380610e8a83398101604081905261002e91610107565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100a1565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0390921660805250600155610147565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610104575f5ffd5b50565b5f5f5f60608486031215610119575f5ffd5b8351610124816100f0565b6020850151909350610135816100f0565b80925050604084015190509250925092565b608051610cf36101975f395f818161012a015281816102f0015281816103890152818161048a015281816105380152818161058a0152818161069f0152818161077e01526107f40152610cf35ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637d88209711610093578063b6b55f2511610063578063b6b55f25146101ea578063d9d98ce4146101fd578063f2fde38b14610210578063fc7e286d14610223575f5ffd5b80637d882097146101ab5780638da5cb5b146101b4578063907a267b146101c4578063a480ca79146101d7575f5ffd5b80635cffe9de116100ce5780635cffe9de14610164578063613255ab14610187578063682c20581461019a578063715018a6146101a3575f5ffd5b806324a9d853146100f45780632e1a7d4d1461011057806338d52e0f14610125575b5f5ffd5b6100fd60015481565b6040519081526020015b60405180910390f35b61012361011e366004610ab5565b610242565b005b61014c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610107565b610177610172366004610ae0565b610366565b6040519015158152602001610107565b6100fd610195366004610b79565b610535565b6100fd60035481565b610123610601565b6100fd60025481565b5f546001600160a01b031661014c565b6101236101d2366004610ab5565b610614565b6101236101e5366004610b79565b610682565b6101236101f8366004610ab5565b61070d565b6100fd61020b366004610b94565b6107f1565b61012361021e366004610b79565b610871565b6100fd610231366004610b79565b60046020525f908152604090205481565b61024a6108ab565b805f0361026a57604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040902054818110156102af57604051632fc28c5360e01b815233600482015260248101829052604481018390526064015b60405180910390fd5b6102b98282610bd2565b335f90815260046020526040812091909155600280548492906102dd908490610bd2565b9091555061031790506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846108c6565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25061036360015f516020610c9e5f395f51905f5255565b50565b5f61036f6108ab565b5f61037a86866107f1565b90506103b06001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001688876108c6565b6040516323e30c8b60e01b81527f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd9906001600160a01b038916906323e30c8b906104089033908b908b9088908c908c90600401610be5565b6020604051808303815f875af1158015610424573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104489190610c3d565b1461047157604051630dc1d38360e21b81526001600160a01b03881660048201526024016102a6565b6104b287306104808489610c54565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190610900565b8060035f8282546104c39190610c54565b909155505060408051868152602081018390526001600160a01b0380891692908a16917f0d7d75e01ab95780d3cd1c8ec0dd6c2ce19e3a20427eec8bf53283b6fb8e95f0910160405180910390a3600191505061052c60015f516020610c9e5f395f51905f5255565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610575575f6105fb565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156105d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105fb9190610c3d565b92915050565b61060961093c565b6106125f610968565b565b61061c61093c565b6064811115610641576040516303dc98a160e51b8152600481018290526024016102a6565b60015460408051918252602082018390527fcc9ea5ff71a1e8b6550e68b72a214382a2b0b6b4a366c21d6eb2a3692b053af5910160405180910390a1600155565b61068a61093c565b600380545f9091556106c66001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836108c6565b816001600160a01b03167f9dc46f23cfb5ddcad0ae7ea2be38d47fec07bb9382ec7e564efc69e036dd66ce8260405161070191815260200190565b60405180910390a25050565b6107156108ab565b805f0361073557604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604081208054839290610753908490610c54565b925050819055508060025f82825461076b9190610c54565b909155506107a690506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610900565b60405181815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a261036360015f516020610c9e5f395f51905f5255565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03161461084f57604051635f8b555b60e11b81526001600160a01b03841660048201526024016102a6565b612710600154836108609190610c67565b61086a9190610c7e565b9392505050565b61087961093c565b6001600160a01b0381166108a257604051631e4fbdf760e01b81525f60048201526024016102a6565b61036381610968565b6108b36109b7565b60025f516020610c9e5f395f51905f5255565b6108d383838360016109e6565b6108fb57604051635274afe760e01b81526001600160a01b03841660048201526024016102a6565b505050565b61090e848484846001610a48565b61093657604051635274afe760e01b81526001600160a01b03851660048201526024016102a6565b50505050565b5f546001600160a01b031633146106125760405163118cdaa760e01b81523360048201526024016102a6565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f516020610c9e5f395f51905f525460020361061257604051633ee5aeb560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610a3c578383151615610a30573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610aa4578383151615610a98573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215610ac5575f5ffd5b5035919050565b6001600160a01b0381168114610363575f5ffd5b5f5f5f5f5f60808688031215610af4575f5ffd5b8535610aff81610acc565b94506020860135610b0f81610acc565b935060408601359250606086013567ffffffffffffffff811115610b31575f5ffd5b8601601f81018813610b41575f5ffd5b803567ffffffffffffffff811115610b57575f5ffd5b886020828401011115610b68575f5ffd5b959894975092955050506020019190565b5f60208284031215610b89575f5ffd5b813561086a81610acc565b5f5f60408385031215610ba5575f5ffd5b8235610bb081610acc565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105fb576105fb610bbe565b6001600160a01b03878116825286166020820152604081018590526060810184905260a0608082018190528101829052818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b5f60208284031215610c4d575f5ffd5b5051919050565b808201808211156105fb576105fb610bbe565b80820281158282048414176105fb576105fb610bbe565b5f82610c9857634e487b7160e01b5f52601260045260245ffd5b50049056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212203e3fc2ac67e263be53987886d824a2cee71d1444555576a90b207c938753933264736f6c634300081e0033",
}

// FlashGovLender is an auto generated Go binding around an Ethereum contract.
type FlashGovLender struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FlashGovLender) GetABI() abi.ABI {
	return c.abi
}

// NewFlashGovLender creates a new instance of FlashGovLender.
func NewFlashGovLender() *FlashGovLender {
	parsed, err := FlashGovLenderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FlashGovLender{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FlashGovLender) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address asset_, address initialOwner, uint256 feeBps_) returns()
func (flashGovLender *FlashGovLender) PackConstructor(asset_ common.Address, initialOwner common.Address, feeBps_ *big.Int) []byte {
	enc, err := flashGovLender.abi.Pack("", asset_, initialOwner, feeBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccruedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682c2058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accruedFees() view returns(uint256)
func (flashGovLender *FlashGovLender) PackAccruedFees() []byte {
	enc, err := flashGovLender.abi.Pack("accruedFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccruedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682c2058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accruedFees() view returns(uint256)
func (flashGovLender *FlashGovLender) TryPackAccruedFees() ([]byte, error) {
	return flashGovLender.abi.Pack("accruedFees")
}

// UnpackAccruedFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x682c2058.
//
// Solidity: function accruedFees() view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackAccruedFees(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("accruedFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (flashGovLender *FlashGovLender) PackAsset() []byte {
	enc, err := flashGovLender.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (flashGovLender *FlashGovLender) TryPackAsset() ([]byte, error) {
	return flashGovLender.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (flashGovLender *FlashGovLender) UnpackAsset(data []byte) (common.Address, error) {
	out, err := flashGovLender.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectFees(address to) returns()
func (flashGovLender *FlashGovLender) PackCollectFees(to common.Address) []byte {
	enc, err := flashGovLender.abi.Pack("collectFees", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectFees(address to) returns()
func (flashGovLender *FlashGovLender) TryPackCollectFees(to common.Address) ([]byte, error) {
	return flashGovLender.abi.Pack("collectFees", to)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (flashGovLender *FlashGovLender) PackDeposit(amount *big.Int) []byte {
	enc, err := flashGovLender.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (flashGovLender *FlashGovLender) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return flashGovLender.abi.Pack("deposit", amount)
}

// PackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e286d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposits(address account) view returns(uint256)
func (flashGovLender *FlashGovLender) PackDeposits(account common.Address) []byte {
	enc, err := flashGovLender.abi.Pack("deposits", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e286d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposits(address account) view returns(uint256)
func (flashGovLender *FlashGovLender) TryPackDeposits(account common.Address) ([]byte, error) {
	return flashGovLender.abi.Pack("deposits", account)
}

// UnpackDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc7e286d.
//
// Solidity: function deposits(address account) view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackDeposits(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("deposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (flashGovLender *FlashGovLender) PackFeeBps() []byte {
	enc, err := flashGovLender.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (flashGovLender *FlashGovLender) TryPackFeeBps() ([]byte, error) {
	return flashGovLender.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashFee(address token, uint256 amount) view returns(uint256)
func (flashGovLender *FlashGovLender) PackFlashFee(token common.Address, amount *big.Int) []byte {
	enc, err := flashGovLender.abi.Pack("flashFee", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashFee(address token, uint256 amount) view returns(uint256)
func (flashGovLender *FlashGovLender) TryPackFlashFee(token common.Address, amount *big.Int) ([]byte, error) {
	return flashGovLender.abi.Pack("flashFee", token, amount)
}

// UnpackFlashFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9d98ce4.
//
// Solidity: function flashFee(address token, uint256 amount) view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackFlashFee(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("flashFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cffe9de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashGovLender *FlashGovLender) PackFlashLoan(receiver common.Address, token common.Address, amount *big.Int, data []byte) []byte {
	enc, err := flashGovLender.abi.Pack("flashLoan", receiver, token, amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cffe9de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashGovLender *FlashGovLender) TryPackFlashLoan(receiver common.Address, token common.Address, amount *big.Int, data []byte) ([]byte, error) {
	return flashGovLender.abi.Pack("flashLoan", receiver, token, amount, data)
}

// UnpackFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cffe9de.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashGovLender *FlashGovLender) UnpackFlashLoan(data []byte) (bool, error) {
	out, err := flashGovLender.abi.Unpack("flashLoan", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613255ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashGovLender *FlashGovLender) PackMaxFlashLoan(token common.Address) []byte {
	enc, err := flashGovLender.abi.Pack("maxFlashLoan", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613255ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashGovLender *FlashGovLender) TryPackMaxFlashLoan(token common.Address) ([]byte, error) {
	return flashGovLender.abi.Pack("maxFlashLoan", token)
}

// UnpackMaxFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x613255ab.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackMaxFlashLoan(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("maxFlashLoan", data)
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
func (flashGovLender *FlashGovLender) PackOwner() []byte {
	enc, err := flashGovLender.abi.Pack("owner")
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
func (flashGovLender *FlashGovLender) TryPackOwner() ([]byte, error) {
	return flashGovLender.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (flashGovLender *FlashGovLender) UnpackOwner(data []byte) (common.Address, error) {
	out, err := flashGovLender.abi.Unpack("owner", data)
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
func (flashGovLender *FlashGovLender) PackRenounceOwnership() []byte {
	enc, err := flashGovLender.abi.Pack("renounceOwnership")
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
func (flashGovLender *FlashGovLender) TryPackRenounceOwnership() ([]byte, error) {
	return flashGovLender.abi.Pack("renounceOwnership")
}

// PackSetFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x907a267b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFlashFee(uint256 bps) returns()
func (flashGovLender *FlashGovLender) PackSetFlashFee(bps *big.Int) []byte {
	enc, err := flashGovLender.abi.Pack("setFlashFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x907a267b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFlashFee(uint256 bps) returns()
func (flashGovLender *FlashGovLender) TryPackSetFlashFee(bps *big.Int) ([]byte, error) {
	return flashGovLender.abi.Pack("setFlashFee", bps)
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (flashGovLender *FlashGovLender) PackTotalDeposits() []byte {
	enc, err := flashGovLender.abi.Pack("totalDeposits")
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
func (flashGovLender *FlashGovLender) TryPackTotalDeposits() ([]byte, error) {
	return flashGovLender.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (flashGovLender *FlashGovLender) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := flashGovLender.abi.Unpack("totalDeposits", data)
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
func (flashGovLender *FlashGovLender) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := flashGovLender.abi.Pack("transferOwnership", newOwner)
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
func (flashGovLender *FlashGovLender) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return flashGovLender.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (flashGovLender *FlashGovLender) PackWithdraw(amount *big.Int) []byte {
	enc, err := flashGovLender.abi.Pack("withdraw", amount)
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
func (flashGovLender *FlashGovLender) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return flashGovLender.abi.Pack("withdraw", amount)
}

// FlashGovLenderDeposited represents a Deposited event raised by the FlashGovLender contract.
type FlashGovLenderDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderDeposited) ContractEventName() string {
	return FlashGovLenderDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (flashGovLender *FlashGovLender) UnpackDepositedEvent(log *types.Log) (*FlashGovLenderDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderDeposited)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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

// FlashGovLenderFeesCollected represents a FeesCollected event raised by the FlashGovLender contract.
type FlashGovLenderFeesCollected struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderFeesCollectedEventName = "FeesCollected"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderFeesCollected) ContractEventName() string {
	return FlashGovLenderFeesCollectedEventName
}

// UnpackFeesCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCollected(address indexed to, uint256 amount)
func (flashGovLender *FlashGovLender) UnpackFeesCollectedEvent(log *types.Log) (*FlashGovLenderFeesCollected, error) {
	event := "FeesCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderFeesCollected)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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

// FlashGovLenderFlashFeeChanged represents a FlashFeeChanged event raised by the FlashGovLender contract.
type FlashGovLenderFlashFeeChanged struct {
	PreviousBps *big.Int
	NewBps      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderFlashFeeChangedEventName = "FlashFeeChanged"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderFlashFeeChanged) ContractEventName() string {
	return FlashGovLenderFlashFeeChangedEventName
}

// UnpackFlashFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashFeeChanged(uint256 previousBps, uint256 newBps)
func (flashGovLender *FlashGovLender) UnpackFlashFeeChangedEvent(log *types.Log) (*FlashGovLenderFlashFeeChanged, error) {
	event := "FlashFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderFlashFeeChanged)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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

// FlashGovLenderFlashLoan represents a FlashLoan event raised by the FlashGovLender contract.
type FlashGovLenderFlashLoan struct {
	Receiver common.Address
	Token    common.Address
	Amount   *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderFlashLoan) ContractEventName() string {
	return FlashGovLenderFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed receiver, address indexed token, uint256 amount, uint256 fee)
func (flashGovLender *FlashGovLender) UnpackFlashLoanEvent(log *types.Log) (*FlashGovLenderFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderFlashLoan)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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

// FlashGovLenderOwnershipTransferred represents a OwnershipTransferred event raised by the FlashGovLender contract.
type FlashGovLenderOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderOwnershipTransferred) ContractEventName() string {
	return FlashGovLenderOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (flashGovLender *FlashGovLender) UnpackOwnershipTransferredEvent(log *types.Log) (*FlashGovLenderOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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

// FlashGovLenderWithdrawn represents a Withdrawn event raised by the FlashGovLender contract.
type FlashGovLenderWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FlashGovLenderWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (FlashGovLenderWithdrawn) ContractEventName() string {
	return FlashGovLenderWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (flashGovLender *FlashGovLender) UnpackWithdrawnEvent(log *types.Log) (*FlashGovLenderWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovLenderWithdrawn)
	if len(log.Data) > 0 {
		if err := flashGovLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovLender.abi.Events[event].Inputs {
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
func (flashGovLender *FlashGovLender) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["CallbackFailed"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackCallbackFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["InsufficientDeposit"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackInsufficientDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["UnsupportedToken"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackUnsupportedTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovLender.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return flashGovLender.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FlashGovLenderCallbackFailed represents a CallbackFailed error raised by the FlashGovLender contract.
type FlashGovLenderCallbackFailed struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackFailed(address receiver)
func FlashGovLenderCallbackFailedErrorID() common.Hash {
	return common.HexToHash("0x37074e0c280f9eb922292e325f34957a9f32548a64fc1adfad28920edf6d8bce")
}

// UnpackCallbackFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackFailed(address receiver)
func (flashGovLender *FlashGovLender) UnpackCallbackFailedError(raw []byte) (*FlashGovLenderCallbackFailed, error) {
	out := new(FlashGovLenderCallbackFailed)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "CallbackFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderFeeTooHigh represents a FeeTooHigh error raised by the FlashGovLender contract.
type FlashGovLenderFeeTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 bps)
func FlashGovLenderFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 bps)
func (flashGovLender *FlashGovLender) UnpackFeeTooHighError(raw []byte) (*FlashGovLenderFeeTooHigh, error) {
	out := new(FlashGovLenderFeeTooHigh)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderInsufficientDeposit represents a InsufficientDeposit error raised by the FlashGovLender contract.
type FlashGovLenderInsufficientDeposit struct {
	Account common.Address
	Deposit *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientDeposit(address account, uint256 deposit, uint256 amount)
func FlashGovLenderInsufficientDepositErrorID() common.Hash {
	return common.HexToHash("0x2fc28c5342bc0732eba3524892d84c6255fcaf1bf05955b00d251c7dd6b9371a")
}

// UnpackInsufficientDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientDeposit(address account, uint256 deposit, uint256 amount)
func (flashGovLender *FlashGovLender) UnpackInsufficientDepositError(raw []byte) (*FlashGovLenderInsufficientDeposit, error) {
	out := new(FlashGovLenderInsufficientDeposit)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "InsufficientDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the FlashGovLender contract.
type FlashGovLenderOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func FlashGovLenderOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (flashGovLender *FlashGovLender) UnpackOwnableInvalidOwnerError(raw []byte) (*FlashGovLenderOwnableInvalidOwner, error) {
	out := new(FlashGovLenderOwnableInvalidOwner)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the FlashGovLender contract.
type FlashGovLenderOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func FlashGovLenderOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (flashGovLender *FlashGovLender) UnpackOwnableUnauthorizedAccountError(raw []byte) (*FlashGovLenderOwnableUnauthorizedAccount, error) {
	out := new(FlashGovLenderOwnableUnauthorizedAccount)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the FlashGovLender contract.
type FlashGovLenderReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func FlashGovLenderReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (flashGovLender *FlashGovLender) UnpackReentrancyGuardReentrantCallError(raw []byte) (*FlashGovLenderReentrancyGuardReentrantCall, error) {
	out := new(FlashGovLenderReentrancyGuardReentrantCall)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the FlashGovLender contract.
type FlashGovLenderSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func FlashGovLenderSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (flashGovLender *FlashGovLender) UnpackSafeERC20FailedOperationError(raw []byte) (*FlashGovLenderSafeERC20FailedOperation, error) {
	out := new(FlashGovLenderSafeERC20FailedOperation)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderUnsupportedToken represents a UnsupportedToken error raised by the FlashGovLender contract.
type FlashGovLenderUnsupportedToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedToken(address token)
func FlashGovLenderUnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0xbf16aab68b533663bda39930f665a3aca274d1ce9b11695c6d6218cb23bba198")
}

// UnpackUnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedToken(address token)
func (flashGovLender *FlashGovLender) UnpackUnsupportedTokenError(raw []byte) (*FlashGovLenderUnsupportedToken, error) {
	out := new(FlashGovLenderUnsupportedToken)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovLenderZeroAmount represents a ZeroAmount error raised by the FlashGovLender contract.
type FlashGovLenderZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func FlashGovLenderZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (flashGovLender *FlashGovLender) UnpackZeroAmountError(raw []byte) (*FlashGovLenderZeroAmount, error) {
	out := new(FlashGovLenderZeroAmount)
	if err := flashGovLender.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
