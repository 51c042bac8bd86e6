// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package oracleweth

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

// OracleWETHMetaData contains all meta data concerning the OracleWETH contract.
var OracleWETHMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dst\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"src\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "OracleWETH",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280601481526020017f4f7261636c652057726170706564204574686572000000000000000000000000815250604051806040016040528060058152602001640deae8aa8960db1b81525081600390816100739190610120565b5060046100808282610120565b5050506101da565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100b057607f821691505b6020821081036100ce57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011b57805f5260205f20601f840160051c810160208510156100f95750805b601f840160051c820191505b81811015610118575f8155600101610105565b50505b505050565b81516001600160401b0381111561013957610139610088565b61014d81610147845461009c565b846100d4565b6020601f82116001811461017f575f83156101685750848201515b5f19600385901b1c1916600184901b178455610118565b5f84815260208120601f198516915b828110156101ae578785015182556020948501946001909201910161018e565b50848210156101cb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6108fe806101e75f395ff3fe60806040526004361061009d575f3560e01c8063313ce56711610062578063313ce5671461016557806370a082311461018057806395d89b41146101b4578063a9059cbb146101c8578063d0e30db0146101e7578063dd62ed3e146101ef575f5ffd5b806306fdde03146100b0578063095ea7b3146100da57806318160ddd1461010957806323b872dd146101275780632e1a7d4d14610146575f5ffd5b366100ac576100aa610233565b005b5f5ffd5b3480156100bb575f5ffd5b506100c4610274565b6040516100d19190610757565b60405180910390f35b3480156100e5575f5ffd5b506100f96100f43660046107a7565b610304565b60405190151581526020016100d1565b348015610114575f5ffd5b506002545b6040519081526020016100d1565b348015610132575f5ffd5b506100f96101413660046107cf565b61031d565b348015610151575f5ffd5b506100aa610160366004610809565b610340565b348015610170575f5ffd5b50604051601281526020016100d1565b34801561018b575f5ffd5b5061011961019a366004610820565b6001600160a01b03165f9081526020819052604090205490565b3480156101bf575f5ffd5b506100c46103f0565b3480156101d3575f5ffd5b506100f96101e23660046107a7565b6103ff565b6100aa610233565b3480156101fa575f5ffd5b50610119610209366004610840565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61023d333461040c565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b60606003805461028390610871565b80601f01602080910402602001604051908101604052809291908181526020018280546102af90610871565b80156102fa5780601f106102d1576101008083540402835291602001916102fa565b820191905f5260205f20905b8154815290600101906020018083116102dd57829003601f168201915b5050505050905090565b5f33610311818585610444565b60019150505b92915050565b5f3361032a858285610456565b6103358585856104d2565b506001949350505050565b61034a338261052f565b6040515f90339083908381818185875af1925050503d805f8114610389576040519150601f19603f3d011682016040523d82523d5f602084013e61038e565b606091505b50509050806103b75760405163464e254d60e01b81523360048201526024015b60405180910390fd5b60405182815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a25050565b60606004805461028390610871565b5f336103118185856104d2565b6001600160a01b0382166104355760405163ec442f0560e01b81525f60048201526024016103ae565b6104405f838361055f565b5050565b6104518383836001610685565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104cc57818110156104be57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016103ae565b6104cc84848484035f610685565b50505050565b6001600160a01b0383166104fb57604051634b637e8f60e11b81525f60048201526024016103ae565b6001600160a01b0382166105245760405163ec442f0560e01b81525f60048201526024016103ae565b61045183838361055f565b6001600160a01b03821661055857604051634b637e8f60e11b81525f60048201526024016103ae565b610440825f835b6001600160a01b038316610589578060025f82825461057e91906108a9565b909155506105f99050565b6001600160a01b0383165f90815260208190526040902054818110156105db5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016103ae565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661061557600280548290039055610633565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161067891815260200190565b60405180910390a3505050565b6001600160a01b0384166106ae5760405163e602df0560e01b81525f60048201526024016103ae565b6001600160a01b0383166106d757604051634a1406b160e11b81525f60048201526024016103ae565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104cc57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161074991815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107a2575f5ffd5b919050565b5f5f604083850312156107b8575f5ffd5b6107c18361078c565b946020939093013593505050565b5f5f5f606084860312156107e1575f5ffd5b6107ea8461078c565b92506107f86020850161078c565b929592945050506040919091013590565b5f60208284031215610819575f5ffd5b5035919050565b5f60208284031215610830575f5ffd5b6108398261078c565b9392505050565b5f5f60408385031215610851575f5ffd5b61085a8361078c565b91506108686020840161078c565b90509250929050565b600181811c9082168061088557607f821691505b6020821081036108a357634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561031757634e487b7160e01b5f52601160045260245ffdfea2646970667358221220783518fe5d9b54040a14bab6b7708a03fc867ae82d8218086376522760660eb864736f6c634300081e0033",
}

// OracleWETH is an auto generated Go binding around an Ethereum contract.
type OracleWETH struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleWETH) GetABI() abi.ABI {
	return c.abi
}

// NewOracleWETH creates a new instance of OracleWETH.
func NewOracleWETH() *OracleWETH {
	parsed, err := OracleWETHMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleWETH{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleWETH) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (oracleWETH *OracleWETH) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := oracleWETH.abi.Pack("allowance", owner, spender)
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
func (oracleWETH *OracleWETH) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return oracleWETH.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (oracleWETH *OracleWETH) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := oracleWETH.abi.Unpack("allowance", data)
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
func (oracleWETH *OracleWETH) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := oracleWETH.abi.Pack("approve", spender, value)
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
func (oracleWETH *OracleWETH) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return oracleWETH.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (oracleWETH *OracleWETH) UnpackApprove(data []byte) (bool, error) {
	out, err := oracleWETH.abi.Unpack("approve", data)
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
func (oracleWETH *OracleWETH) PackBalanceOf(account common.Address) []byte {
	enc, err := oracleWETH.abi.Pack("balanceOf", account)
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
func (oracleWETH *OracleWETH) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return oracleWETH.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (oracleWETH *OracleWETH) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := oracleWETH.abi.Unpack("balanceOf", data)
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
func (oracleWETH *OracleWETH) PackDecimals() []byte {
	enc, err := oracleWETH.abi.Pack("decimals")
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
func (oracleWETH *OracleWETH) TryPackDecimals() ([]byte, error) {
	return oracleWETH.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (oracleWETH *OracleWETH) UnpackDecimals(data []byte) (uint8, error) {
	out, err := oracleWETH.abi.Unpack("decimals", data)
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
func (oracleWETH *OracleWETH) PackDeposit() []byte {
	enc, err := oracleWETH.abi.Pack("deposit")
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
func (oracleWETH *OracleWETH) TryPackDeposit() ([]byte, error) {
	return oracleWETH.abi.Pack("deposit")
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (oracleWETH *OracleWETH) PackName() []byte {
	enc, err := oracleWETH.abi.Pack("name")
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
func (oracleWETH *OracleWETH) TryPackName() ([]byte, error) {
	return oracleWETH.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (oracleWETH *OracleWETH) UnpackName(data []byte) (string, error) {
	out, err := oracleWETH.abi.Unpack("name", data)
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
func (oracleWETH *OracleWETH) PackSymbol() []byte {
	enc, err := oracleWETH.abi.Pack("symbol")
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
func (oracleWETH *OracleWETH) TryPackSymbol() ([]byte, error) {
	return oracleWETH.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (oracleWETH *OracleWETH) UnpackSymbol(data []byte) (string, error) {
	out, err := oracleWETH.abi.Unpack("symbol", data)
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
func (oracleWETH *OracleWETH) PackTotalSupply() []byte {
	enc, err := oracleWETH.abi.Pack("totalSupply")
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
func (oracleWETH *OracleWETH) TryPackTotalSupply() ([]byte, error) {
	return oracleWETH.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (oracleWETH *OracleWETH) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := oracleWETH.abi.Unpack("totalSupply", data)
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
func (oracleWETH *OracleWETH) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := oracleWETH.abi.Pack("transfer", to, value)
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
func (oracleWETH *OracleWETH) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return oracleWETH.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (oracleWETH *OracleWETH) UnpackTransfer(data []byte) (bool, error) {
	out, err := oracleWETH.abi.Unpack("transfer", data)
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
func (oracleWETH *OracleWETH) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := oracleWETH.abi.Pack("transferFrom", from, to, value)
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
func (oracleWETH *OracleWETH) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return oracleWETH.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (oracleWETH *OracleWETH) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := oracleWETH.abi.Unpack("transferFrom", data)
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
func (oracleWETH *OracleWETH) PackWithdraw(wad *big.Int) []byte {
	enc, err := oracleWETH.abi.Pack("withdraw", wad)
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
func (oracleWETH *OracleWETH) TryPackWithdraw(wad *big.Int) ([]byte, error) {
	return oracleWETH.abi.Pack("withdraw", wad)
}

// OracleWETHApproval represents a Approval event raised by the OracleWETH contract.
type OracleWETHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleWETHApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (OracleWETHApproval) ContractEventName() string {
	return OracleWETHApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (oracleWETH *OracleWETH) UnpackApprovalEvent(log *types.Log) (*OracleWETHApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleWETHApproval)
	if len(log.Data) > 0 {
		if err := oracleWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleWETH.abi.Events[event].Inputs {
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

// OracleWETHDeposit represents a Deposit event raised by the OracleWETH contract.
type OracleWETHDeposit struct {
	Dst common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const OracleWETHDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (OracleWETHDeposit) ContractEventName() string {
	return OracleWETHDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed dst, uint256 wad)
func (oracleWETH *OracleWETH) UnpackDepositEvent(log *types.Log) (*OracleWETHDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleWETHDeposit)
	if len(log.Data) > 0 {
		if err := oracleWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleWETH.abi.Events[event].Inputs {
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

// OracleWETHTransfer represents a Transfer event raised by the OracleWETH contract.
type OracleWETHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OracleWETHTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (OracleWETHTransfer) ContractEventName() string {
	return OracleWETHTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (oracleWETH *OracleWETH) UnpackTransferEvent(log *types.Log) (*OracleWETHTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleWETHTransfer)
	if len(log.Data) > 0 {
		if err := oracleWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleWETH.abi.Events[event].Inputs {
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

// OracleWETHWithdrawal represents a Withdrawal event raised by the OracleWETH contract.
type OracleWETHWithdrawal struct {
	Src common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const OracleWETHWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (OracleWETHWithdrawal) ContractEventName() string {
	return OracleWETHWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed src, uint256 wad)
func (oracleWETH *OracleWETH) UnpackWithdrawalEvent(log *types.Log) (*OracleWETHWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleWETHWithdrawal)
	if len(log.Data) > 0 {
		if err := oracleWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleWETH.abi.Events[event].Inputs {
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
func (oracleWETH *OracleWETH) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleWETH.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return oracleWETH.UnpackEtherTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleWETHERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the OracleWETH contract.
type OracleWETHERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func OracleWETHERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (oracleWETH *OracleWETH) UnpackERC20InsufficientAllowanceError(raw []byte) (*OracleWETHERC20InsufficientAllowance, error) {
	out := new(OracleWETHERC20InsufficientAllowance)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the OracleWETH contract.
type OracleWETHERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func OracleWETHERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (oracleWETH *OracleWETH) UnpackERC20InsufficientBalanceError(raw []byte) (*OracleWETHERC20InsufficientBalance, error) {
	out := new(OracleWETHERC20InsufficientBalance)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHERC20InvalidApprover represents a ERC20InvalidApprover error raised by the OracleWETH contract.
type OracleWETHERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func OracleWETHERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (oracleWETH *OracleWETH) UnpackERC20InvalidApproverError(raw []byte) (*OracleWETHERC20InvalidApprover, error) {
	out := new(OracleWETHERC20InvalidApprover)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the OracleWETH contract.
type OracleWETHERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func OracleWETHERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (oracleWETH *OracleWETH) UnpackERC20InvalidReceiverError(raw []byte) (*OracleWETHERC20InvalidReceiver, error) {
	out := new(OracleWETHERC20InvalidReceiver)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHERC20InvalidSender represents a ERC20InvalidSender error raised by the OracleWETH contract.
type OracleWETHERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func OracleWETHERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (oracleWETH *OracleWETH) UnpackERC20InvalidSenderError(raw []byte) (*OracleWETHERC20InvalidSender, error) {
	out := new(OracleWETHERC20InvalidSender)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHERC20InvalidSpender represents a ERC20InvalidSpender error raised by the OracleWETH contract.
type OracleWETHERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func OracleWETHERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (oracleWETH *OracleWETH) UnpackERC20InvalidSpenderError(raw []byte) (*OracleWETHERC20InvalidSpender, error) {
	out := new(OracleWETHERC20InvalidSpender)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleWETHEtherTransferFailed represents a EtherTransferFailed error raised by the OracleWETH contract.
type OracleWETHEtherTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed(address to)
func OracleWETHEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x464e254d42a9ba2a9b0c41b10176fabc0301940cc9831e9b352b3e15cd23d063")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed(address to)
func (oracleWETH *OracleWETH) UnpackEtherTransferFailedError(raw []byte) (*OracleWETHEtherTransferFailed, error) {
	out := new(OracleWETHEtherTransferFailed)
	if err := oracleWETH.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
