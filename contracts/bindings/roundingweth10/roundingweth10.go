// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package roundingweth10

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

// RoundingWETH10MetaData contains all meta data concerning the RoundingWETH10 contract.
var RoundingWETH10MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxLoan\",\"type\":\"uint256\"}],\"name\":\"ERC3156ExceededMaxLoan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC3156InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ERC3156UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dst\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"src\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"flashFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC3156FlashBorrower\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flashLoan\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"maxFlashLoan\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "RoundingWETH10",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280601081526020016f0577261707065642045746865722031360841b8152506040518060400160405280600681526020016505745544831360d41b81525081600390816100679190610114565b5060046100748282610114565b5050506101ce565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100a457607f821691505b6020821081036100c257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010f57805f5260205f20601f840160051c810160208510156100ed5750805b601f840160051c820191505b8181101561010c575f81556001016100f9565b50505b505050565b81516001600160401b0381111561012d5761012d61007c565b6101418161013b8454610090565b846100c8565b6020601f821160018114610173575f831561015c5750848201515b5f19600385901b1c1916600184901b17845561010c565b5f84815260208120601f198516915b828110156101a25787850151825560209485019460019092019101610182565b50848210156101bf57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610c95806101db5f395ff3fe6080604052600436106100dc575f3560e01c8063613255ab1161007c578063a9059cbb11610057578063a9059cbb14610245578063d0e30db014610264578063d9d98ce41461026c578063dd62ed3e1461028b575f5ffd5b8063613255ab146101de57806370a08231146101fd57806395d89b4114610231575f5ffd5b806323b872dd116100b757806323b872dd146101665780632e1a7d4d14610185578063313ce567146101a45780635cffe9de146101bf575f5ffd5b806306fdde03146100ef578063095ea7b31461011957806318160ddd14610148575f5ffd5b366100eb576100e96102cf565b005b5f5ffd5b3480156100fa575f5ffd5b50610103610310565b60405161011091906109c8565b60405180910390f35b348015610124575f5ffd5b50610138610133366004610a14565b6103a0565b6040519015158152602001610110565b348015610153575f5ffd5b506002545b604051908152602001610110565b348015610171575f5ffd5b50610138610180366004610a3e565b6103b9565b348015610190575f5ffd5b506100e961019f366004610a7c565b6103dc565b3480156101af575f5ffd5b5060405160128152602001610110565b3480156101ca575f5ffd5b506101386101d9366004610a93565b61048c565b3480156101e9575f5ffd5b506101586101f8366004610b2c565b6105fe565b348015610208575f5ffd5b50610158610217366004610b2c565b6001600160a01b03165f9081526020819052604090205490565b34801561023c575f5ffd5b50610103610623565b348015610250575f5ffd5b5061013861025f366004610a14565b610632565b6100e96102cf565b348015610277575f5ffd5b50610158610286366004610a14565b61063f565b348015610296575f5ffd5b506101586102a5366004610b47565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102d9333461067d565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b60606003805461031f90610b7e565b80601f016020809104026020016040519081016040528092919081815260200182805461034b90610b7e565b80156103965780601f1061036d57610100808354040283529160200191610396565b820191905f5260205f20905b81548152906001019060200180831161037957829003601f168201915b5050505050905090565b5f336103ad8185856106b5565b60019150505b92915050565b5f336103c68582856106c7565b6103d1858585610743565b506001949350505050565b6103e633826107a0565b6040515f90339083908381818185875af1925050503d805f8114610425576040519150601f19603f3d011682016040523d82523d5f602084013e61042a565b606091505b50509050806104535760405163464e254d60e01b81523360048201526024015b60405180910390fd5b60405182815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a25050565b5f5f610497866105fe565b9050808511156104bd5760405163fd9a760960e01b81526004810182905260240161044a565b5f6104c8878761063f565b90506104d4888761067d565b6040516323e30c8b60e01b81527f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd9906001600160a01b038a16906323e30c8b9061052c9033908c908c9088908d908d90600401610bb6565b6020604051808303815f875af1158015610548573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056c9190610c0e565b146105945760405162678c5b60e81b81526001600160a01b038916600482015260240161044a565b5f6105a989306105a4858b610c39565b6106c7565b8115806105bd57506001600160a01b038116155b156105da576105d5896105d0848a610c39565b6107a0565b6105ef565b6105e489886107a0565b6105ef898284610743565b50600198975050505050505050565b5f6001600160a01b0382163014610615575f6103b3565b6002546103b3905f19610c4c565b60606004805461031f90610b7e565b5f336103ad818585610743565b5f6001600160a01b038316301461067457604051635ad3edc960e11b81526001600160a01b038416600482015260240161044a565b5f5b9392505050565b6001600160a01b0382166106a65760405163ec442f0560e01b81525f600482015260240161044a565b6106b15f83836107d0565b5050565b6106c283838360016108f6565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561073d578181101561072f57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161044a565b61073d84848484035f6108f6565b50505050565b6001600160a01b03831661076c57604051634b637e8f60e11b81525f600482015260240161044a565b6001600160a01b0382166107955760405163ec442f0560e01b81525f600482015260240161044a565b6106c28383836107d0565b6001600160a01b0382166107c957604051634b637e8f60e11b81525f600482015260240161044a565b6106b1825f835b6001600160a01b0383166107fa578060025f8282546107ef9190610c39565b9091555061086a9050565b6001600160a01b0383165f908152602081905260409020548181101561084c5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161044a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610886576002805482900390556108a4565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516108e991815260200190565b60405180910390a3505050565b6001600160a01b03841661091f5760405163e602df0560e01b81525f600482015260240161044a565b6001600160a01b03831661094857604051634a1406b160e11b81525f600482015260240161044a565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561073d57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516109ba91815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610a11575f5ffd5b50565b5f5f60408385031215610a25575f5ffd5b8235610a30816109fd565b946020939093013593505050565b5f5f5f60608486031215610a50575f5ffd5b8335610a5b816109fd565b92506020840135610a6b816109fd565b929592945050506040919091013590565b5f60208284031215610a8c575f5ffd5b5035919050565b5f5f5f5f5f60808688031215610aa7575f5ffd5b8535610ab2816109fd565b94506020860135610ac2816109fd565b935060408601359250606086013567ffffffffffffffff811115610ae4575f5ffd5b8601601f81018813610af4575f5ffd5b803567ffffffffffffffff811115610b0a575f5ffd5b886020828401011115610b1b575f5ffd5b959894975092955050506020019190565b5f60208284031215610b3c575f5ffd5b8135610676816109fd565b5f5f60408385031215610b58575f5ffd5b8235610b63816109fd565b91506020830135610b73816109fd565b809150509250929050565b600181811c90821680610b9257607f821691505b602082108103610bb057634e487b7160e01b5f52602260045260245ffd5b50919050565b6001600160a01b03878116825286166020820152604081018590526060810184905260a0608082018190528101829052818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b5f60208284031215610c1e575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103b3576103b3610c25565b818103818111156103b3576103b3610c2556fea264697066735822122045127b2450eff054c5e70435432bf9b62f85e43dd0beb0a718825687d8befeec64736f6c634300081e0033",
}

// RoundingWETH10 is an auto generated Go binding around an Ethereum contract.
type RoundingWETH10 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RoundingWETH10) GetABI() abi.ABI {
	return c.abi
}

// NewRoundingWETH10 creates a new instance of RoundingWETH10.
func NewRoundingWETH10() *RoundingWETH10 {
	parsed, err := RoundingWETH10MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RoundingWETH10{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RoundingWETH10) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := roundingWETH10.abi.Pack("allowance", owner, spender)
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
func (roundingWETH10 *RoundingWETH10) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return roundingWETH10.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := roundingWETH10.abi.Unpack("allowance", data)
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
func (roundingWETH10 *RoundingWETH10) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := roundingWETH10.abi.Pack("approve", spender, value)
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
func (roundingWETH10 *RoundingWETH10) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return roundingWETH10.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (roundingWETH10 *RoundingWETH10) UnpackApprove(data []byte) (bool, error) {
	out, err := roundingWETH10.abi.Unpack("approve", data)
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
func (roundingWETH10 *RoundingWETH10) PackBalanceOf(account common.Address) []byte {
	enc, err := roundingWETH10.abi.Pack("balanceOf", account)
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
func (roundingWETH10 *RoundingWETH10) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return roundingWETH10.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := roundingWETH10.abi.Unpack("balanceOf", data)
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
func (roundingWETH10 *RoundingWETH10) PackDecimals() []byte {
	enc, err := roundingWETH10.abi.Pack("decimals")
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
func (roundingWETH10 *RoundingWETH10) TryPackDecimals() ([]byte, error) {
	return roundingWETH10.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (roundingWETH10 *RoundingWETH10) UnpackDecimals(data []byte) (uint8, error) {
	out, err := roundingWETH10.abi.Unpack("decimals", data)
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
func (roundingWETH10 *RoundingWETH10) PackDeposit() []byte {
	enc, err := roundingWETH10.abi.Pack("deposit")
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
func (roundingWETH10 *RoundingWETH10) TryPackDeposit() ([]byte, error) {
	return roundingWETH10.abi.Pack("deposit")
}

// PackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashFee(address token, uint256 value) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) PackFlashFee(token common.Address, value *big.Int) []byte {
	enc, err := roundingWETH10.abi.Pack("flashFee", token, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashFee(address token, uint256 value) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) TryPackFlashFee(token common.Address, value *big.Int) ([]byte, error) {
	return roundingWETH10.abi.Pack("flashFee", token, value)
}

// UnpackFlashFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9d98ce4.
//
// Solidity: function flashFee(address token, uint256 value) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) UnpackFlashFee(data []byte) (*big.Int, error) {
	out, err := roundingWETH10.abi.Unpack("flashFee", data)
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
// Solidity: function flashLoan(address receiver, address token, uint256 value, bytes data) returns(bool)
func (roundingWETH10 *RoundingWETH10) PackFlashLoan(receiver common.Address, token common.Address, value *big.Int, data []byte) []byte {
	enc, err := roundingWETH10.abi.Pack("flashLoan", receiver, token, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cffe9de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address receiver, address token, uint256 value, bytes data) returns(bool)
func (roundingWETH10 *RoundingWETH10) TryPackFlashLoan(receiver common.Address, token common.Address, value *big.Int, data []byte) ([]byte, error) {
	return roundingWETH10.abi.Pack("flashLoan", receiver, token, value, data)
}

// UnpackFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cffe9de.
//
// Solidity: function flashLoan(address receiver, address token, uint256 value, bytes data) returns(bool)
func (roundingWETH10 *RoundingWETH10) UnpackFlashLoan(data []byte) (bool, error) {
	out, err := roundingWETH10.abi.Unpack("flashLoan", data)
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
func (roundingWETH10 *RoundingWETH10) PackMaxFlashLoan(token common.Address) []byte {
	enc, err := roundingWETH10.abi.Pack("maxFlashLoan", token)
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
func (roundingWETH10 *RoundingWETH10) TryPackMaxFlashLoan(token common.Address) ([]byte, error) {
	return roundingWETH10.abi.Pack("maxFlashLoan", token)
}

// UnpackMaxFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x613255ab.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (roundingWETH10 *RoundingWETH10) UnpackMaxFlashLoan(data []byte) (*big.Int, error) {
	out, err := roundingWETH10.abi.Unpack("maxFlashLoan", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (roundingWETH10 *RoundingWETH10) PackName() []byte {
	enc, err := roundingWETH10.abi.Pack("name")
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
func (roundingWETH10 *RoundingWETH10) TryPackName() ([]byte, error) {
	return roundingWETH10.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (roundingWETH10 *RoundingWETH10) UnpackName(data []byte) (string, error) {
	out, err := roundingWETH10.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (roundingWETH10 *RoundingWETH10) PackSymbol() []byte {
	enc, err := roundingWETH10.abi.Pack("symbol")
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
func (roundingWETH10 *RoundingWETH10) TryPackSymbol() ([]byte, error) {
	return roundingWETH10.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (roundingWETH10 *RoundingWETH10) UnpackSymbol(data []byte) (string, error) {
	out, err := roundingWETH10.abi.Unpack("symbol", data)
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
func (roundingWETH10 *RoundingWETH10) PackTotalSupply() []byte {
	enc, err := roundingWETH10.abi.Pack("totalSupply")
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
func (roundingWETH10 *RoundingWETH10) TryPackTotalSupply() ([]byte, error) {
	return roundingWETH10.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (roundingWETH10 *RoundingWETH10) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := roundingWETH10.abi.Unpack("totalSupply", data)
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
func (roundingWETH10 *RoundingWETH10) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := roundingWETH10.abi.Pack("transfer", to, value)
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
func (roundingWETH10 *RoundingWETH10) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return roundingWETH10.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (roundingWETH10 *RoundingWETH10) UnpackTransfer(data []byte) (bool, error) {
	out, err := roundingWETH10.abi.Unpack("transfer", data)
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
func (roundingWETH10 *RoundingWETH10) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := roundingWETH10.abi.Pack("transferFrom", from, to, value)
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
func (roundingWETH10 *RoundingWETH10) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return roundingWETH10.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (roundingWETH10 *RoundingWETH10) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := roundingWETH10.abi.Unpack("transferFrom", data)
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
// Solidity: function withdraw(uint256 wad) returns()
func (roundingWETH10 *RoundingWETH10) PackWithdraw(wad *big.Int) []byte {
	enc, err := roundingWETH10.abi.Pack("withdraw", wad)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 wad) returns()
func (roundingWETH10 *RoundingWETH10) TryPackWithdraw(wad *big.Int) ([]byte, error) {
	return roundingWETH10.abi.Pack("withdraw", wad)
}

// RoundingWETH10Approval represents a Approval event raised by the RoundingWETH10 contract.
type RoundingWETH10Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoundingWETH10ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (RoundingWETH10Approval) ContractEventName() string {
	return RoundingWETH10ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (roundingWETH10 *RoundingWETH10) UnpackApprovalEvent(log *types.Log) (*RoundingWETH10Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingWETH10.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingWETH10Approval)
	if len(log.Data) > 0 {
		if err := roundingWETH10.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingWETH10.abi.Events[event].Inputs {
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

// RoundingWETH10Deposit represents a Deposit event raised by the RoundingWETH10 contract.
type RoundingWETH10Deposit struct {
	Dst common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const RoundingWETH10DepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (RoundingWETH10Deposit) ContractEventName() string {
	return RoundingWETH10DepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed dst, uint256 wad)
func (roundingWETH10 *RoundingWETH10) UnpackDepositEvent(log *types.Log) (*RoundingWETH10Deposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingWETH10.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingWETH10Deposit)
	if len(log.Data) > 0 {
		if err := roundingWETH10.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingWETH10.abi.Events[event].Inputs {
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

// RoundingWETH10Transfer represents a Transfer event raised by the RoundingWETH10 contract.
type RoundingWETH10Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RoundingWETH10TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (RoundingWETH10Transfer) ContractEventName() string {
	return RoundingWETH10TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (roundingWETH10 *RoundingWETH10) UnpackTransferEvent(log *types.Log) (*RoundingWETH10Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingWETH10.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingWETH10Transfer)
	if len(log.Data) > 0 {
		if err := roundingWETH10.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingWETH10.abi.Events[event].Inputs {
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

// RoundingWETH10Withdrawal represents a Withdrawal event raised by the RoundingWETH10 contract.
type RoundingWETH10Withdrawal struct {
	Src common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const RoundingWETH10WithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (RoundingWETH10Withdrawal) ContractEventName() string {
	return RoundingWETH10WithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed src, uint256 wad)
func (roundingWETH10 *RoundingWETH10) UnpackWithdrawalEvent(log *types.Log) (*RoundingWETH10Withdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingWETH10.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingWETH10Withdrawal)
	if len(log.Data) > 0 {
		if err := roundingWETH10.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingWETH10.abi.Events[event].Inputs {
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
func (roundingWETH10 *RoundingWETH10) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC3156ExceededMaxLoan"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC3156ExceededMaxLoanError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC3156InvalidReceiver"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC3156InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["ERC3156UnsupportedToken"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackERC3156UnsupportedTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingWETH10.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return roundingWETH10.UnpackEtherTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RoundingWETH10ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func RoundingWETH10ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InsufficientAllowanceError(raw []byte) (*RoundingWETH10ERC20InsufficientAllowance, error) {
	out := new(RoundingWETH10ERC20InsufficientAllowance)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func RoundingWETH10ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InsufficientBalanceError(raw []byte) (*RoundingWETH10ERC20InsufficientBalance, error) {
	out := new(RoundingWETH10ERC20InsufficientBalance)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func RoundingWETH10ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InvalidApproverError(raw []byte) (*RoundingWETH10ERC20InvalidApprover, error) {
	out := new(RoundingWETH10ERC20InvalidApprover)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func RoundingWETH10ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InvalidReceiverError(raw []byte) (*RoundingWETH10ERC20InvalidReceiver, error) {
	out := new(RoundingWETH10ERC20InvalidReceiver)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC20InvalidSender represents a ERC20InvalidSender error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func RoundingWETH10ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InvalidSenderError(raw []byte) (*RoundingWETH10ERC20InvalidSender, error) {
	out := new(RoundingWETH10ERC20InvalidSender)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func RoundingWETH10ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (roundingWETH10 *RoundingWETH10) UnpackERC20InvalidSpenderError(raw []byte) (*RoundingWETH10ERC20InvalidSpender, error) {
	out := new(RoundingWETH10ERC20InvalidSpender)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC3156ExceededMaxLoan represents a ERC3156ExceededMaxLoan error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC3156ExceededMaxLoan struct {
	MaxLoan *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3156ExceededMaxLoan(uint256 maxLoan)
func RoundingWETH10ERC3156ExceededMaxLoanErrorID() common.Hash {
	return common.HexToHash("0xfd9a760963b22e2dff202296e7e042c4db12101593102bcb48f23100e1096670")
}

// UnpackERC3156ExceededMaxLoanError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3156ExceededMaxLoan(uint256 maxLoan)
func (roundingWETH10 *RoundingWETH10) UnpackERC3156ExceededMaxLoanError(raw []byte) (*RoundingWETH10ERC3156ExceededMaxLoan, error) {
	out := new(RoundingWETH10ERC3156ExceededMaxLoan)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC3156ExceededMaxLoan", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC3156InvalidReceiver represents a ERC3156InvalidReceiver error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC3156InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3156InvalidReceiver(address receiver)
func RoundingWETH10ERC3156InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x678c5b001ca6cf8e7f105b2b4eb8c0fb398a620150a9ad96238c4d061393c0a8")
}

// UnpackERC3156InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3156InvalidReceiver(address receiver)
func (roundingWETH10 *RoundingWETH10) UnpackERC3156InvalidReceiverError(raw []byte) (*RoundingWETH10ERC3156InvalidReceiver, error) {
	out := new(RoundingWETH10ERC3156InvalidReceiver)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC3156InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10ERC3156UnsupportedToken represents a ERC3156UnsupportedToken error raised by the RoundingWETH10 contract.
type RoundingWETH10ERC3156UnsupportedToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3156UnsupportedToken(address token)
func RoundingWETH10ERC3156UnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0xb5a7db92dabd93cc129b0058393908541a5d4295ecef2ef20c4fd2d91b9c32e9")
}

// UnpackERC3156UnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3156UnsupportedToken(address token)
func (roundingWETH10 *RoundingWETH10) UnpackERC3156UnsupportedTokenError(raw []byte) (*RoundingWETH10ERC3156UnsupportedToken, error) {
	out := new(RoundingWETH10ERC3156UnsupportedToken)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "ERC3156UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingWETH10EtherTransferFailed represents a EtherTransferFailed error raised by the RoundingWETH10 contract.
type RoundingWETH10EtherTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed(address to)
func RoundingWETH10EtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x464e254d42a9ba2a9b0c41b10176fabc0301940cc9831e9b352b3e15cd23d063")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed(address to)
func (roundingWETH10 *RoundingWETH10) UnpackEtherTransferFailedError(raw []byte) (*RoundingWETH10EtherTransferFailed, error) {
	out := new(RoundingWETH10EtherTransferFailed)
	if err := roundingWETH10.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
