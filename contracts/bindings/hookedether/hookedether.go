// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hookedether

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

// HookedEtherMetaData contains all meta data concerning the HookedEther contract.
var HookedEtherMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementer\",\"type\":\"address\"}],\"name\":\"HookSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hookOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementer\",\"type\":\"address\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HookedEther",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600c81526020016b2437b7b5b2b21022ba3432b960a11b815250604051806040016040528060048152602001630d08aa8960e31b8152508160039081610061919061010e565b50600461006e828261010e565b5050506101c8565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009e57607f821691505b6020821081036100bc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010957805f5260205f20601f840160051c810160208510156100e75750805b601f840160051c820191505b81811015610106575f81556001016100f3565b50505b505050565b81516001600160401b0381111561012757610127610076565b61013b81610135845461008a565b846100c2565b6020601f82116001811461016d575f83156101565750848201515b5f19600385901b1c1916600184901b178455610106565b5f84815260208120601f198516915b8281101561019c578785015182556020948501946001909201910161017c565b50848210156101b957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610a95806101d55f395ff3fe6080604052600436106100bf575f3560e01c80633dfd38731161007c578063a9059cbb11610057578063a9059cbb146101fc578063c8d5d8711461021b578063d0e30db014610267578063dd62ed3e1461026f575f5ffd5b80633dfd38731461019557806370a08231146101b457806395d89b41146101e8575f5ffd5b806306fdde03146100c3578063095ea7b3146100ed57806318160ddd1461011c57806323b872dd1461013a5780632e1a7d4d14610159578063313ce5671461017a575b5f5ffd5b3480156100ce575f5ffd5b506100d76102b3565b6040516100e491906108ee565b60405180910390f35b3480156100f8575f5ffd5b5061010c61010736600461093e565b610343565b60405190151581526020016100e4565b348015610127575f5ffd5b506002545b6040519081526020016100e4565b348015610145575f5ffd5b5061010c610154366004610966565b61035c565b348015610164575f5ffd5b506101786101733660046109a0565b61037f565b005b348015610185575f5ffd5b50604051601281526020016100e4565b3480156101a0575f5ffd5b506101786101af3660046109b7565b610428565b3480156101bf575f5ffd5b5061012c6101ce3660046109b7565b6001600160a01b03165f9081526020819052604090205490565b3480156101f3575f5ffd5b506100d761047e565b348015610207575f5ffd5b5061010c61021636600461093e565b61048d565b348015610226575f5ffd5b5061024f6102353660046109b7565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016100e4565b61017861049a565b34801561027a575f5ffd5b5061012c6102893660046109d7565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546102c290610a08565b80601f01602080910402602001604051908101604052809291908181526020018280546102ee90610a08565b80156103395780601f1061031057610100808354040283529160200191610339565b820191905f5260205f20905b81548152906001019060200180831161031c57829003601f168201915b5050505050905090565b5f336103508185856104db565b60019150505b92915050565b5f336103698582856104ed565b61037485858561056e565b506001949350505050565b61038933826105cb565b60405181815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146103fd576040519150601f19603f3d011682016040523d82523d5f602084013e610402565b606091505b505090508061042457604051630ce8f45160e31b815260040160405180910390fd5b5050565b335f8181526005602052604080822080546001600160a01b0319166001600160a01b03861690811790915590519092917fdeb921a539e5e8a04ad7d6f061836e89b42e8a002ee08a251374a291085cea7a91a350565b6060600480546102c290610a08565b5f3361035081858561056e565b6104a433346105ff565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b6104e88383836001610633565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610568578181101561055a57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61056884848484035f610633565b50505050565b6001600160a01b03831661059757604051634b637e8f60e11b81525f6004820152602401610551565b6001600160a01b0382166105c05760405163ec442f0560e01b81525f6004820152602401610551565b6104e8838383610705565b6001600160a01b0382166105f457604051634b637e8f60e11b81525f6004820152602401610551565b610424825f83610705565b6001600160a01b0382166106285760405163ec442f0560e01b81525f6004820152602401610551565b6104245f8383610705565b6001600160a01b03841661065c5760405163e602df0560e01b81525f6004820152602401610551565b6001600160a01b03831661068557604051634a1406b160e11b81525f6004820152602401610551565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561056857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516106f791815260200190565b60405180910390a350505050565b6107108383836107c8565b6001600160a01b038316158061072d57506001600160a01b038216155b1561073757505050565b6001600160a01b038083165f90815260056020526040902054168015610568576040516358581b1360e11b81523360048201526001600160a01b03858116602483015284811660448301526064820184905282169063b0b03626906084015f604051808303815f87803b1580156107ac575f5ffd5b505af11580156107be573d5f5f3e3d5ffd5b5050505050505050565b6001600160a01b0383166107f2578060025f8282546107e79190610a40565b909155506108629050565b6001600160a01b0383165f90815260208190526040902054818110156108445760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610551565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661087e5760028054829003905561089c565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516108e191815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610939575f5ffd5b919050565b5f5f6040838503121561094f575f5ffd5b61095883610923565b946020939093013593505050565b5f5f5f60608486031215610978575f5ffd5b61098184610923565b925061098f60208501610923565b929592945050506040919091013590565b5f602082840312156109b0575f5ffd5b5035919050565b5f602082840312156109c7575f5ffd5b6109d082610923565b9392505050565b5f5f604083850312156109e8575f5ffd5b6109f183610923565b91506109ff60208401610923565b90509250929050565b600181811c90821680610a1c57607f821691505b602082108103610a3a57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561035657634e487b7160e01b5f52601160045260245ffdfea264697066735822122090cc9a461308011ce495604e14e97e16f11bfa0dc2daf6bc3ac0f78cff288b2364736f6c634300081e0033",
}

// HookedEther is an auto generated Go binding around an Ethereum contract.
type HookedEther struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookedEther) GetABI() abi.ABI {
	return c.abi
}

// NewHookedEther creates a new instance of HookedEther.
func NewHookedEther() *HookedEther {
	parsed, err := HookedEtherMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookedEther{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookedEther) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookedEther *HookedEther) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hookedEther.abi.Pack("allowance", owner, spender)
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
func (hookedEther *HookedEther) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hookedEther.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookedEther *HookedEther) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hookedEther.abi.Unpack("allowance", data)
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
func (hookedEther *HookedEther) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := hookedEther.abi.Pack("approve", spender, value)
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
func (hookedEther *HookedEther) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return hookedEther.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookedEther *HookedEther) UnpackApprove(data []byte) (bool, error) {
	out, err := hookedEther.abi.Unpack("approve", data)
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
func (hookedEther *HookedEther) PackBalanceOf(account common.Address) []byte {
	enc, err := hookedEther.abi.Pack("balanceOf", account)
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
func (hookedEther *HookedEther) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hookedEther.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookedEther *HookedEther) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hookedEther.abi.Unpack("balanceOf", data)
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
func (hookedEther *HookedEther) PackDecimals() []byte {
	enc, err := hookedEther.abi.Pack("decimals")
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
func (hookedEther *HookedEther) TryPackDecimals() ([]byte, error) {
	return hookedEther.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hookedEther *HookedEther) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hookedEther.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (hookedEther *HookedEther) PackDeposit() []byte {
	enc, err := hookedEther.abi.Pack("deposit")
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
func (hookedEther *HookedEther) TryPackDeposit() ([]byte, error) {
	return hookedEther.abi.Pack("deposit")
}

// PackHookOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8d5d871.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hookOf(address ) view returns(address)
func (hookedEther *HookedEther) PackHookOf(arg0 common.Address) []byte {
	enc, err := hookedEther.abi.Pack("hookOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHookOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8d5d871.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hookOf(address ) view returns(address)
func (hookedEther *HookedEther) TryPackHookOf(arg0 common.Address) ([]byte, error) {
	return hookedEther.abi.Pack("hookOf", arg0)
}

// UnpackHookOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8d5d871.
//
// Solidity: function hookOf(address ) view returns(address)
func (hookedEther *HookedEther) UnpackHookOf(data []byte) (common.Address, error) {
	out, err := hookedEther.abi.Unpack("hookOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hookedEther *HookedEther) PackName() []byte {
	enc, err := hookedEther.abi.Pack("name")
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
func (hookedEther *HookedEther) TryPackName() ([]byte, error) {
	return hookedEther.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hookedEther *HookedEther) UnpackName(data []byte) (string, error) {
	out, err := hookedEther.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfd3873.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address implementer) returns()
func (hookedEther *HookedEther) PackSetHook(implementer common.Address) []byte {
	enc, err := hookedEther.abi.Pack("setHook", implementer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfd3873.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHook(address implementer) returns()
func (hookedEther *HookedEther) TryPackSetHook(implementer common.Address) ([]byte, error) {
	return hookedEther.abi.Pack("setHook", implementer)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hookedEther *HookedEther) PackSymbol() []byte {
	enc, err := hookedEther.abi.Pack("symbol")
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
func (hookedEther *HookedEther) TryPackSymbol() ([]byte, error) {
	return hookedEther.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hookedEther *HookedEther) UnpackSymbol(data []byte) (string, error) {
	out, err := hookedEther.abi.Unpack("symbol", data)
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
func (hookedEther *HookedEther) PackTotalSupply() []byte {
	enc, err := hookedEther.abi.Pack("totalSupply")
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
func (hookedEther *HookedEther) TryPackTotalSupply() ([]byte, error) {
	return hookedEther.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookedEther *HookedEther) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hookedEther.abi.Unpack("totalSupply", data)
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
func (hookedEther *HookedEther) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := hookedEther.abi.Pack("transfer", to, value)
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
func (hookedEther *HookedEther) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return hookedEther.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookedEther *HookedEther) UnpackTransfer(data []byte) (bool, error) {
	out, err := hookedEther.abi.Unpack("transfer", data)
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
func (hookedEther *HookedEther) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := hookedEther.abi.Pack("transferFrom", from, to, value)
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
func (hookedEther *HookedEther) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return hookedEther.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookedEther *HookedEther) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hookedEther.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hookedEther *HookedEther) PackWithdraw(amount *big.Int) []byte {
	enc, err := hookedEther.abi.Pack("withdraw", amount)
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
func (hookedEther *HookedEther) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return hookedEther.abi.Pack("withdraw", amount)
}

// HookedEtherApproval represents a Approval event raised by the HookedEther contract.
type HookedEtherApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HookedEtherApproval) ContractEventName() string {
	return HookedEtherApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hookedEther *HookedEther) UnpackApprovalEvent(log *types.Log) (*HookedEtherApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEther.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherApproval)
	if len(log.Data) > 0 {
		if err := hookedEther.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEther.abi.Events[event].Inputs {
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

// HookedEtherDeposit represents a Deposit event raised by the HookedEther contract.
type HookedEtherDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HookedEtherDeposit) ContractEventName() string {
	return HookedEtherDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hookedEther *HookedEther) UnpackDepositEvent(log *types.Log) (*HookedEtherDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEther.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherDeposit)
	if len(log.Data) > 0 {
		if err := hookedEther.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEther.abi.Events[event].Inputs {
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

// HookedEtherHookSet represents a HookSet event raised by the HookedEther contract.
type HookedEtherHookSet struct {
	Account     common.Address
	Implementer common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const HookedEtherHookSetEventName = "HookSet"

// ContractEventName returns the user-defined event name.
func (HookedEtherHookSet) ContractEventName() string {
	return HookedEtherHookSetEventName
}

// UnpackHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HookSet(address indexed account, address indexed implementer)
func (hookedEther *HookedEther) UnpackHookSetEvent(log *types.Log) (*HookedEtherHookSet, error) {
	event := "HookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEther.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherHookSet)
	if len(log.Data) > 0 {
		if err := hookedEther.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEther.abi.Events[event].Inputs {
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

// HookedEtherTransfer represents a Transfer event raised by the HookedEther contract.
type HookedEtherTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HookedEtherTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HookedEtherTransfer) ContractEventName() string {
	return HookedEtherTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hookedEther *HookedEther) UnpackTransferEvent(log *types.Log) (*HookedEtherTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEther.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherTransfer)
	if len(log.Data) > 0 {
		if err := hookedEther.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEther.abi.Events[event].Inputs {
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

// HookedEtherWithdrawal represents a Withdrawal event raised by the HookedEther contract.
type HookedEtherWithdrawal struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (HookedEtherWithdrawal) ContractEventName() string {
	return HookedEtherWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, uint256 amount)
func (hookedEther *HookedEther) UnpackWithdrawalEvent(log *types.Log) (*HookedEtherWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEther.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherWithdrawal)
	if len(log.Data) > 0 {
		if err := hookedEther.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEther.abi.Events[event].Inputs {
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
func (hookedEther *HookedEther) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return hookedEther.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEther.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return hookedEther.UnpackEtherTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookedEtherERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the HookedEther contract.
type HookedEtherERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func HookedEtherERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (hookedEther *HookedEther) UnpackERC20InsufficientAllowanceError(raw []byte) (*HookedEtherERC20InsufficientAllowance, error) {
	out := new(HookedEtherERC20InsufficientAllowance)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the HookedEther contract.
type HookedEtherERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func HookedEtherERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (hookedEther *HookedEther) UnpackERC20InsufficientBalanceError(raw []byte) (*HookedEtherERC20InsufficientBalance, error) {
	out := new(HookedEtherERC20InsufficientBalance)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherERC20InvalidApprover represents a ERC20InvalidApprover error raised by the HookedEther contract.
type HookedEtherERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func HookedEtherERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (hookedEther *HookedEther) UnpackERC20InvalidApproverError(raw []byte) (*HookedEtherERC20InvalidApprover, error) {
	out := new(HookedEtherERC20InvalidApprover)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the HookedEther contract.
type HookedEtherERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func HookedEtherERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (hookedEther *HookedEther) UnpackERC20InvalidReceiverError(raw []byte) (*HookedEtherERC20InvalidReceiver, error) {
	out := new(HookedEtherERC20InvalidReceiver)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherERC20InvalidSender represents a ERC20InvalidSender error raised by the HookedEther contract.
type HookedEtherERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func HookedEtherERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (hookedEther *HookedEther) UnpackERC20InvalidSenderError(raw []byte) (*HookedEtherERC20InvalidSender, error) {
	out := new(HookedEtherERC20InvalidSender)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherERC20InvalidSpender represents a ERC20InvalidSpender error raised by the HookedEther contract.
type HookedEtherERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func HookedEtherERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (hookedEther *HookedEther) UnpackERC20InvalidSpenderError(raw []byte) (*HookedEtherERC20InvalidSpender, error) {
	out := new(HookedEtherERC20InvalidSpender)
	if err := hookedEther.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherEtherTransferFailed represents a EtherTransferFailed error raised by the HookedEther contract.
type HookedEtherEtherTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed()
func HookedEtherEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6747a28882ab1fee136907293dd07ab109b9cdc40802358384917b05b5eae790")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed()
func (hookedEther *HookedEther) UnpackEtherTransferFailedError(raw []byte) (*HookedEtherEtherTransferFailed, error) {
	out := new(HookedEtherEtherTransferFailed)
	if err := hookedEther.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
