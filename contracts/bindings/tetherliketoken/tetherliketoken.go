// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package tetherliketoken

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

// TetherLikeTokenMetaData contains all meta data concerning the TetherLikeToken contract.
var TetherLikeTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"AddedBlackList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"RemovedBlackList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"evilUser\",\"type\":\"address\"}],\"name\":\"addBlackList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"}],\"name\":\"getBlackListStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isBlackListed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"clearedUser\",\"type\":\"address\"}],\"name\":\"removeBlackList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TetherLikeToken",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610d14380380610d1483398101604081905261002e91610121565b806040518060400160405280600f81526020016e15195d1a195c8b5b1a5ad9481554d1608a1b815250604051806040016040528060048152602001631d1554d160e21b815250816003908161008391906101e6565b50600461009082826101e6565b5050506001600160a01b0381166100c057604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100c9816100d0565b50506102a0565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610131575f5ffd5b81516001600160a01b0381168114610147575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017657607f821691505b60208210810361019457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101e157805f5260205f20601f840160051c810160208510156101bf5750805b601f840160051c820191505b818110156101de575f81556001016101cb565b50505b505050565b81516001600160401b038111156101ff576101ff61014e565b6102138161020d8454610162565b8461019a565b6020601f821160018114610245575f831561022e5750848201515b5f19600385901b1c1916600184901b1784556101de565b5f84815260208120601f198516915b828110156102745787850151825560209485019460019092019101610254565b508482101561029157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610a67806102ad5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c806370a082311161009e578063a9059cbb1161006e578063a9059cbb14610225578063dd62ed3e14610238578063e47d606014610270578063e4997dc514610292578063f2fde38b146102a5575f5ffd5b806370a08231146101d2578063715018a6146101fa5780638da5cb5b1461020257806395d89b411461021d575f5ffd5b806323b872dd116100d957806323b872dd14610172578063313ce5671461018557806340c10f191461019457806359bf1abe146101a7575f5ffd5b806306fdde031461010a578063095ea7b3146101285780630ecb93c01461014b57806318160ddd14610160575b5f5ffd5b6101126102b8565b60405161011f91906108d7565b60405180910390f35b61013b610136366004610927565b610348565b604051901515815260200161011f565b61015e61015936600461094f565b610361565b005b6002545b60405190815260200161011f565b61013b61018036600461096f565b6103c3565b6040516012815260200161011f565b61015e6101a2366004610927565b6103e6565b61013b6101b536600461094f565b6001600160a01b03165f9081526006602052604090205460ff1690565b6101646101e036600461094f565b6001600160a01b03165f9081526020819052604090205490565b61015e6103fc565b6005546040516001600160a01b03909116815260200161011f565b61011261040f565b61013b610233366004610927565b61041e565b6101646102463660046109a9565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61013b61027e36600461094f565b60066020525f908152604090205460ff1681565b61015e6102a036600461094f565b61042b565b61015e6102b336600461094f565b610483565b6060600380546102c7906109da565b80601f01602080910402602001604051908101604052809291908181526020018280546102f3906109da565b801561033e5780601f106103155761010080835404028352916020019161033e565b820191905f5260205f20905b81548152906001019060200180831161032157829003601f168201915b5050505050905090565b5f336103558185856104c5565b60019150505b92915050565b6103696104d7565b6001600160a01b0381165f81815260066020908152604091829020805460ff1916600117905590519182527f42e160154868087d6bfdc0ca23d96a1c1cfa32f1b72ba9ba27b69b98a0d819dc91015b60405180910390a150565b5f336103d0858285610504565b6103db858585610580565b506001949350505050565b6103ee6104d7565b6103f882826105dd565b5050565b6104046104d7565b61040d5f610611565b565b6060600480546102c7906109da565b5f33610355818585610580565b6104336104d7565b6001600160a01b0381165f81815260066020908152604091829020805460ff1916905590519182527fd7e9ec6e6ecd65492dce6bf513cd6867560d49544421d0783ddf06e76c24470c91016103b8565b61048b6104d7565b6001600160a01b0381166104b957604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6104c281610611565b50565b6104d28383836001610662565b505050565b6005546001600160a01b0316331461040d5760405163118cdaa760e01b81523360048201526024016104b0565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561057a578181101561056c57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016104b0565b61057a84848484035f610662565b50505050565b6001600160a01b0383166105a957604051634b637e8f60e11b81525f60048201526024016104b0565b6001600160a01b0382166105d25760405163ec442f0560e01b81525f60048201526024016104b0565b6104d2838383610734565b6001600160a01b0382166106065760405163ec442f0560e01b81525f60048201526024016104b0565b6103f85f8383610734565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03841661068b5760405163e602df0560e01b81525f60048201526024016104b0565b6001600160a01b0383166106b457604051634a1406b160e11b81525f60048201526024016104b0565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561057a57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161072691815260200190565b60405180910390a350505050565b6001600160a01b0383165f9081526006602052604090205460ff16156107ab5760405162461bcd60e51b815260206004820152602660248201527f5465746865724c696b65546f6b656e3a2073656e64657220697320626c61636b6044820152651b1a5cdd195960d21b60648201526084016104b0565b6104d28383836001600160a01b0383166107db578060025f8282546107d09190610a12565b9091555061084b9050565b6001600160a01b0383165f908152602081905260409020548181101561082d5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016104b0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661086757600280548290039055610885565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516108ca91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610922575f5ffd5b919050565b5f5f60408385031215610938575f5ffd5b6109418361090c565b946020939093013593505050565b5f6020828403121561095f575f5ffd5b6109688261090c565b9392505050565b5f5f5f60608486031215610981575f5ffd5b61098a8461090c565b92506109986020850161090c565b929592945050506040919091013590565b5f5f604083850312156109ba575f5ffd5b6109c38361090c565b91506109d16020840161090c565b90509250929050565b600181811c908216806109ee57607f821691505b602082108103610a0c57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561035b57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220508f7b70c6948da5fe1a16f35999cfb8a13b633547e15f75b77690507e20eb8a64736f6c634300081e0033",
}

// TetherLikeToken is an auto generated Go binding around an Ethereum contract.
type TetherLikeToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TetherLikeToken) GetABI() abi.ABI {
	return c.abi
}

// NewTetherLikeToken creates a new instance of TetherLikeToken.
func NewTetherLikeToken() *TetherLikeToken {
	parsed, err := TetherLikeTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TetherLikeToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TetherLikeToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (tetherLikeToken *TetherLikeToken) PackConstructor(initialOwner common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecb93c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBlackList(address evilUser) returns()
func (tetherLikeToken *TetherLikeToken) PackAddBlackList(evilUser common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("addBlackList", evilUser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecb93c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBlackList(address evilUser) returns()
func (tetherLikeToken *TetherLikeToken) TryPackAddBlackList(evilUser common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("addBlackList", evilUser)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := tetherLikeToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := tetherLikeToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return tetherLikeToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) UnpackApprove(data []byte) (bool, error) {
	out, err := tetherLikeToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) PackBalanceOf(account common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (tetherLikeToken *TetherLikeToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := tetherLikeToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (tetherLikeToken *TetherLikeToken) PackDecimals() []byte {
	enc, err := tetherLikeToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (tetherLikeToken *TetherLikeToken) TryPackDecimals() ([]byte, error) {
	return tetherLikeToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (tetherLikeToken *TetherLikeToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := tetherLikeToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetBlackListStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59bf1abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBlackListStatus(address maker) view returns(bool)
func (tetherLikeToken *TetherLikeToken) PackGetBlackListStatus(maker common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("getBlackListStatus", maker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBlackListStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59bf1abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBlackListStatus(address maker) view returns(bool)
func (tetherLikeToken *TetherLikeToken) TryPackGetBlackListStatus(maker common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("getBlackListStatus", maker)
}

// UnpackGetBlackListStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59bf1abe.
//
// Solidity: function getBlackListStatus(address maker) view returns(bool)
func (tetherLikeToken *TetherLikeToken) UnpackGetBlackListStatus(data []byte) (bool, error) {
	out, err := tetherLikeToken.abi.Unpack("getBlackListStatus", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlackListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe47d6060.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (tetherLikeToken *TetherLikeToken) PackIsBlackListed(arg0 common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("isBlackListed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlackListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe47d6060.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (tetherLikeToken *TetherLikeToken) TryPackIsBlackListed(arg0 common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("isBlackListed", arg0)
}

// UnpackIsBlackListed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe47d6060.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (tetherLikeToken *TetherLikeToken) UnpackIsBlackListed(data []byte) (bool, error) {
	out, err := tetherLikeToken.abi.Unpack("isBlackListed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (tetherLikeToken *TetherLikeToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := tetherLikeToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (tetherLikeToken *TetherLikeToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return tetherLikeToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (tetherLikeToken *TetherLikeToken) PackName() []byte {
	enc, err := tetherLikeToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (tetherLikeToken *TetherLikeToken) TryPackName() ([]byte, error) {
	return tetherLikeToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (tetherLikeToken *TetherLikeToken) UnpackName(data []byte) (string, error) {
	out, err := tetherLikeToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (tetherLikeToken *TetherLikeToken) PackOwner() []byte {
	enc, err := tetherLikeToken.abi.Pack("owner")
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
func (tetherLikeToken *TetherLikeToken) TryPackOwner() ([]byte, error) {
	return tetherLikeToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (tetherLikeToken *TetherLikeToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := tetherLikeToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4997dc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeBlackList(address clearedUser) returns()
func (tetherLikeToken *TetherLikeToken) PackRemoveBlackList(clearedUser common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("removeBlackList", clearedUser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4997dc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeBlackList(address clearedUser) returns()
func (tetherLikeToken *TetherLikeToken) TryPackRemoveBlackList(clearedUser common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("removeBlackList", clearedUser)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (tetherLikeToken *TetherLikeToken) PackRenounceOwnership() []byte {
	enc, err := tetherLikeToken.abi.Pack("renounceOwnership")
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
func (tetherLikeToken *TetherLikeToken) TryPackRenounceOwnership() ([]byte, error) {
	return tetherLikeToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (tetherLikeToken *TetherLikeToken) PackSymbol() []byte {
	enc, err := tetherLikeToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (tetherLikeToken *TetherLikeToken) TryPackSymbol() ([]byte, error) {
	return tetherLikeToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (tetherLikeToken *TetherLikeToken) UnpackSymbol(data []byte) (string, error) {
	out, err := tetherLikeToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (tetherLikeToken *TetherLikeToken) PackTotalSupply() []byte {
	enc, err := tetherLikeToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (tetherLikeToken *TetherLikeToken) TryPackTotalSupply() ([]byte, error) {
	return tetherLikeToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (tetherLikeToken *TetherLikeToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := tetherLikeToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := tetherLikeToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return tetherLikeToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := tetherLikeToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := tetherLikeToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return tetherLikeToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (tetherLikeToken *TetherLikeToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := tetherLikeToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (tetherLikeToken *TetherLikeToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := tetherLikeToken.abi.Pack("transferOwnership", newOwner)
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
func (tetherLikeToken *TetherLikeToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return tetherLikeToken.abi.Pack("transferOwnership", newOwner)
}

// TetherLikeTokenAddedBlackList represents a AddedBlackList event raised by the TetherLikeToken contract.
type TetherLikeTokenAddedBlackList struct {
	User common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const TetherLikeTokenAddedBlackListEventName = "AddedBlackList"

// ContractEventName returns the user-defined event name.
func (TetherLikeTokenAddedBlackList) ContractEventName() string {
	return TetherLikeTokenAddedBlackListEventName
}

// UnpackAddedBlackListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedBlackList(address user)
func (tetherLikeToken *TetherLikeToken) UnpackAddedBlackListEvent(log *types.Log) (*TetherLikeTokenAddedBlackList, error) {
	event := "AddedBlackList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tetherLikeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TetherLikeTokenAddedBlackList)
	if len(log.Data) > 0 {
		if err := tetherLikeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tetherLikeToken.abi.Events[event].Inputs {
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

// TetherLikeTokenApproval represents a Approval event raised by the TetherLikeToken contract.
type TetherLikeTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TetherLikeTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TetherLikeTokenApproval) ContractEventName() string {
	return TetherLikeTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (tetherLikeToken *TetherLikeToken) UnpackApprovalEvent(log *types.Log) (*TetherLikeTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tetherLikeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TetherLikeTokenApproval)
	if len(log.Data) > 0 {
		if err := tetherLikeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tetherLikeToken.abi.Events[event].Inputs {
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

// TetherLikeTokenOwnershipTransferred represents a OwnershipTransferred event raised by the TetherLikeToken contract.
type TetherLikeTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const TetherLikeTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (TetherLikeTokenOwnershipTransferred) ContractEventName() string {
	return TetherLikeTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (tetherLikeToken *TetherLikeToken) UnpackOwnershipTransferredEvent(log *types.Log) (*TetherLikeTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tetherLikeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TetherLikeTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := tetherLikeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tetherLikeToken.abi.Events[event].Inputs {
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

// TetherLikeTokenRemovedBlackList represents a RemovedBlackList event raised by the TetherLikeToken contract.
type TetherLikeTokenRemovedBlackList struct {
	User common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const TetherLikeTokenRemovedBlackListEventName = "RemovedBlackList"

// ContractEventName returns the user-defined event name.
func (TetherLikeTokenRemovedBlackList) ContractEventName() string {
	return TetherLikeTokenRemovedBlackListEventName
}

// UnpackRemovedBlackListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedBlackList(address user)
func (tetherLikeToken *TetherLikeToken) UnpackRemovedBlackListEvent(log *types.Log) (*TetherLikeTokenRemovedBlackList, error) {
	event := "RemovedBlackList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tetherLikeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TetherLikeTokenRemovedBlackList)
	if len(log.Data) > 0 {
		if err := tetherLikeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tetherLikeToken.abi.Events[event].Inputs {
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

// TetherLikeTokenTransfer represents a Transfer event raised by the TetherLikeToken contract.
type TetherLikeTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TetherLikeTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TetherLikeTokenTransfer) ContractEventName() string {
	return TetherLikeTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (tetherLikeToken *TetherLikeToken) UnpackTransferEvent(log *types.Log) (*TetherLikeTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tetherLikeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TetherLikeTokenTransfer)
	if len(log.Data) > 0 {
		if err := tetherLikeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tetherLikeToken.abi.Events[event].Inputs {
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
func (tetherLikeToken *TetherLikeToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], tetherLikeToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return tetherLikeToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TetherLikeTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TetherLikeTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*TetherLikeTokenERC20InsufficientAllowance, error) {
	out := new(TetherLikeTokenERC20InsufficientAllowance)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TetherLikeTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InsufficientBalanceError(raw []byte) (*TetherLikeTokenERC20InsufficientBalance, error) {
	out := new(TetherLikeTokenERC20InsufficientBalance)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TetherLikeTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InvalidApproverError(raw []byte) (*TetherLikeTokenERC20InvalidApprover, error) {
	out := new(TetherLikeTokenERC20InvalidApprover)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TetherLikeTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InvalidReceiverError(raw []byte) (*TetherLikeTokenERC20InvalidReceiver, error) {
	out := new(TetherLikeTokenERC20InvalidReceiver)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TetherLikeTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InvalidSenderError(raw []byte) (*TetherLikeTokenERC20InvalidSender, error) {
	out := new(TetherLikeTokenERC20InvalidSender)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TetherLikeToken contract.
type TetherLikeTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TetherLikeTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (tetherLikeToken *TetherLikeToken) UnpackERC20InvalidSpenderError(raw []byte) (*TetherLikeTokenERC20InvalidSpender, error) {
	out := new(TetherLikeTokenERC20InvalidSpender)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the TetherLikeToken contract.
type TetherLikeTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func TetherLikeTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (tetherLikeToken *TetherLikeToken) UnpackOwnableInvalidOwnerError(raw []byte) (*TetherLikeTokenOwnableInvalidOwner, error) {
	out := new(TetherLikeTokenOwnableInvalidOwner)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TetherLikeTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the TetherLikeToken contract.
type TetherLikeTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func TetherLikeTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (tetherLikeToken *TetherLikeToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*TetherLikeTokenOwnableUnauthorizedAccount, error) {
	out := new(TetherLikeTokenOwnableUnauthorizedAccount)
	if err := tetherLikeToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
