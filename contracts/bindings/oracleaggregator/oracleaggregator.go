// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package oracleaggregator

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

// OracleAggregatorMetaData contains all meta data concerning the OracleAggregator contract.
var OracleAggregatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"updater_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotUpdater\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousUpdater\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newUpdater\",\"type\":\"address\"}],\"name\":\"UpdaterChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newUpdater\",\"type\":\"address\"}],\"name\":\"setUpdater\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updater\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OracleAggregator",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b06380380610b0683398101604081905261002e91610141565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100c3565b5060016100728482610295565b50600280546001600160a01b0319166001600160a01b0384169081179091556040515f907f662a4a4a892f5f13cf7ee050fdaa045f8641601fdbc843e8a71f418099cacd4e908290a350505061034f565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461013c575f5ffd5b919050565b5f5f5f60608486031215610153575f5ffd5b83516001600160401b03811115610168575f5ffd5b8401601f81018613610178575f5ffd5b80516001600160401b0381111561019157610191610112565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101bf576101bf610112565b6040528181528282016020018810156101d6575f5ffd5b8160208401602083015e5f602083830101528095505050506101fa60208501610126565b915061020860408501610126565b90509250925092565b600181811c9082168061022557607f821691505b60208210810361024357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561029057805f5260205f20601f840160051c8101602085101561026e5750805b601f840160051c820191505b8181101561028d575f815560010161027a565b50505b505050565b81516001600160401b038111156102ae576102ae610112565b6102c2816102bc8454610211565b84610249565b6020601f8211600181146102f4575f83156102dd5750848201515b5f19600385901b1c1916600184901b17845561028d565b5f84815260208120601f198516915b828110156103235787850151825560209485019460019092019101610303565b508482101561034057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6107aa8061035c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638da5cb5b116100885780639d54f419116100635780639d54f41914610249578063df034cd01461025c578063f2fde38b1461026f578063feaf968c14610282575f5ffd5b80638da5cb5b146101cb5780639a6fc8f5146101ef5780639b25df0b14610236575f5ffd5b8063668a0f02116100c3578063668a0f0214610140578063715018a6146101725780637284e4161461017c5780638205bf6a14610191575f5ffd5b8063313ce567146100e957806350d25bcd1461010857806354fd4d5014610138575b5f5ffd5b6100f1600881565b60405160ff90911681526020015b60405180910390f35b600254600160a01b90046001600160501b03165f908152600360205260409020545b6040519081526020016100ff565b61012a600481565b60025461015a90600160a01b90046001600160501b031681565b6040516001600160501b0390911681526020016100ff565b61017a61028a565b005b61018461029d565b6040516100ff919061066c565b600254600160a01b90046001600160501b03165f90815260036020526040902060010154600160401b900467ffffffffffffffff1661012a565b5f546001600160a01b03165b6040516001600160a01b0390911681526020016100ff565b6102026101fd3660046106a1565b610329565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a0016100ff565b61017a6102443660046106ce565b6103ba565b61017a6102573660046106e5565b61051d565b6002546101d7906001600160a01b031681565b61017a61027d3660046106e5565b610580565b6102026105bd565b6102926105f1565b61029b5f61061d565b565b600180546102aa9061070b565b80601f01602080910402602001604051908101604052809291908181526020018280546102d69061070b565b80156103215780601f106102f857610100808354040283529160200191610321565b820191905f5260205f20905b81548152906001019060200180831161030457829003601f168201915b505050505081565b6001600160501b0381165f90815260036020526040812060018101548291829182918291600160401b900467ffffffffffffffff16820361038d576040516302fee12b60e61b81526001600160501b03881660048201526024015b60405180910390fd5b80546001909101549697909667ffffffffffffffff8082169750600160401b909104169450879350915050565b6002546001600160a01b031633146103e75760405163d7041e1160e01b8152336004820152602401610384565b6002545f9061040790600160a01b90046001600160501b03166001610743565b600280546001600160501b038316600160a01b810269ffffffffffffffffffff60a01b19909216919091179091556040805160608101825285815267ffffffffffffffff4281811660208085018281528587019283525f888152600383528790209551865551600195909501805492518516600160401b026fffffffffffffffffffffffffffffffff19909316959094169490941717909155915191825292935033927f0109fc6f55cf40689f02fbaad7af7fe7bbac8a3d2186600afc7d3e10cac60271910160405180910390a3806001600160501b0316827f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f4260405161051191815260200190565b60405180910390a35050565b6105256105f1565b6002546040516001600160a01b038084169216907f662a4a4a892f5f13cf7ee050fdaa045f8641601fdbc843e8a71f418099cacd4e905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b6105886105f1565b6001600160a01b0381166105b157604051631e4fbdf760e01b81525f6004820152602401610384565b6105ba8161061d565b50565b5f5f5f5f5f6105e0600260149054906101000a90046001600160501b0316610329565b945094509450945094509091929394565b5f546001600160a01b0316331461029b5760405163118cdaa760e01b8152336004820152602401610384565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156106b1575f5ffd5b81356001600160501b03811681146106c7575f5ffd5b9392505050565b5f602082840312156106de575f5ffd5b5035919050565b5f602082840312156106f5575f5ffd5b81356001600160a01b03811681146106c7575f5ffd5b600181811c9082168061071f57607f821691505b60208210810361073d57634e487b7160e01b5f52602260045260245ffd5b50919050565b6001600160501b03818116838216019081111561076e57634e487b7160e01b5f52601160045260245ffd5b9291505056fea26469706673582212207b4c0960e650aac0c09fe67b1e94c45f799ebe6cddbb172c6a9e3bfd69fc388464736f6c634300081e0033",
}

// OracleAggregator is an auto generated Go binding around an Ethereum contract.
type OracleAggregator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleAggregator) GetABI() abi.ABI {
	return c.abi
}

// NewOracleAggregator creates a new instance of OracleAggregator.
func NewOracleAggregator() *OracleAggregator {
	parsed, err := OracleAggregatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleAggregator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleAggregator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string description_, address updater_, address initialOwner) returns()
func (oracleAggregator *OracleAggregator) PackConstructor(description_ string, updater_ common.Address, initialOwner common.Address) []byte {
	enc, err := oracleAggregator.abi.Pack("", description_, updater_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (oracleAggregator *OracleAggregator) PackDecimals() []byte {
	enc, err := oracleAggregator.abi.Pack("decimals")
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
func (oracleAggregator *OracleAggregator) TryPackDecimals() ([]byte, error) {
	return oracleAggregator.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (oracleAggregator *OracleAggregator) UnpackDecimals(data []byte) (uint8, error) {
	out, err := oracleAggregator.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (oracleAggregator *OracleAggregator) PackDescription() []byte {
	enc, err := oracleAggregator.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (oracleAggregator *OracleAggregator) TryPackDescription() ([]byte, error) {
	return oracleAggregator.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (oracleAggregator *OracleAggregator) UnpackDescription(data []byte) (string, error) {
	out, err := oracleAggregator.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := oracleAggregator.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return oracleAggregator.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := oracleAggregator.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (oracleAggregator *OracleAggregator) PackLatestAnswer() []byte {
	enc, err := oracleAggregator.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (oracleAggregator *OracleAggregator) TryPackLatestAnswer() ([]byte, error) {
	return oracleAggregator.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (oracleAggregator *OracleAggregator) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := oracleAggregator.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint80)
func (oracleAggregator *OracleAggregator) PackLatestRound() []byte {
	enc, err := oracleAggregator.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint80)
func (oracleAggregator *OracleAggregator) TryPackLatestRound() ([]byte, error) {
	return oracleAggregator.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint80)
func (oracleAggregator *OracleAggregator) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := oracleAggregator.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) PackLatestRoundData() []byte {
	enc, err := oracleAggregator.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) TryPackLatestRoundData() ([]byte, error) {
	return oracleAggregator.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (oracleAggregator *OracleAggregator) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := oracleAggregator.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (oracleAggregator *OracleAggregator) PackLatestTimestamp() []byte {
	enc, err := oracleAggregator.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (oracleAggregator *OracleAggregator) TryPackLatestTimestamp() ([]byte, error) {
	return oracleAggregator.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (oracleAggregator *OracleAggregator) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := oracleAggregator.abi.Unpack("latestTimestamp", data)
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
func (oracleAggregator *OracleAggregator) PackOwner() []byte {
	enc, err := oracleAggregator.abi.Pack("owner")
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
func (oracleAggregator *OracleAggregator) TryPackOwner() ([]byte, error) {
	return oracleAggregator.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (oracleAggregator *OracleAggregator) UnpackOwner(data []byte) (common.Address, error) {
	out, err := oracleAggregator.abi.Unpack("owner", data)
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
func (oracleAggregator *OracleAggregator) PackRenounceOwnership() []byte {
	enc, err := oracleAggregator.abi.Pack("renounceOwnership")
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
func (oracleAggregator *OracleAggregator) TryPackRenounceOwnership() ([]byte, error) {
	return oracleAggregator.abi.Pack("renounceOwnership")
}

// PackSetUpdater is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d54f419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUpdater(address newUpdater) returns()
func (oracleAggregator *OracleAggregator) PackSetUpdater(newUpdater common.Address) []byte {
	enc, err := oracleAggregator.abi.Pack("setUpdater", newUpdater)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUpdater is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d54f419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUpdater(address newUpdater) returns()
func (oracleAggregator *OracleAggregator) TryPackSetUpdater(newUpdater common.Address) ([]byte, error) {
	return oracleAggregator.abi.Pack("setUpdater", newUpdater)
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b25df0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(int256 answer) returns()
func (oracleAggregator *OracleAggregator) PackSubmit(answer *big.Int) []byte {
	enc, err := oracleAggregator.abi.Pack("submit", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b25df0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(int256 answer) returns()
func (oracleAggregator *OracleAggregator) TryPackSubmit(answer *big.Int) ([]byte, error) {
	return oracleAggregator.abi.Pack("submit", answer)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (oracleAggregator *OracleAggregator) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := oracleAggregator.abi.Pack("transferOwnership", newOwner)
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
func (oracleAggregator *OracleAggregator) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return oracleAggregator.abi.Pack("transferOwnership", newOwner)
}

// PackUpdater is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf034cd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updater() view returns(address)
func (oracleAggregator *OracleAggregator) PackUpdater() []byte {
	enc, err := oracleAggregator.abi.Pack("updater")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdater is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf034cd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updater() view returns(address)
func (oracleAggregator *OracleAggregator) TryPackUpdater() ([]byte, error) {
	return oracleAggregator.abi.Pack("updater")
}

// UnpackUpdater is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf034cd0.
//
// Solidity: function updater() view returns(address)
func (oracleAggregator *OracleAggregator) UnpackUpdater(data []byte) (common.Address, error) {
	out, err := oracleAggregator.abi.Unpack("updater", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (oracleAggregator *OracleAggregator) PackVersion() []byte {
	enc, err := oracleAggregator.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(uint256)
func (oracleAggregator *OracleAggregator) TryPackVersion() ([]byte, error) {
	return oracleAggregator.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (oracleAggregator *OracleAggregator) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := oracleAggregator.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OracleAggregatorAnswerUpdated represents a AnswerUpdated event raised by the OracleAggregator contract.
type OracleAggregatorAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleAggregatorAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (OracleAggregatorAnswerUpdated) ContractEventName() string {
	return OracleAggregatorAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (oracleAggregator *OracleAggregator) UnpackAnswerUpdatedEvent(log *types.Log) (*OracleAggregatorAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAggregatorAnswerUpdated)
	if len(log.Data) > 0 {
		if err := oracleAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAggregator.abi.Events[event].Inputs {
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

// OracleAggregatorNewRound represents a NewRound event raised by the OracleAggregator contract.
type OracleAggregatorNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleAggregatorNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (OracleAggregatorNewRound) ContractEventName() string {
	return OracleAggregatorNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (oracleAggregator *OracleAggregator) UnpackNewRoundEvent(log *types.Log) (*OracleAggregatorNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAggregatorNewRound)
	if len(log.Data) > 0 {
		if err := oracleAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAggregator.abi.Events[event].Inputs {
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

// OracleAggregatorOwnershipTransferred represents a OwnershipTransferred event raised by the OracleAggregator contract.
type OracleAggregatorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OracleAggregatorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OracleAggregatorOwnershipTransferred) ContractEventName() string {
	return OracleAggregatorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (oracleAggregator *OracleAggregator) UnpackOwnershipTransferredEvent(log *types.Log) (*OracleAggregatorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAggregatorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := oracleAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAggregator.abi.Events[event].Inputs {
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

// OracleAggregatorUpdaterChanged represents a UpdaterChanged event raised by the OracleAggregator contract.
type OracleAggregatorUpdaterChanged struct {
	PreviousUpdater common.Address
	NewUpdater      common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const OracleAggregatorUpdaterChangedEventName = "UpdaterChanged"

// ContractEventName returns the user-defined event name.
func (OracleAggregatorUpdaterChanged) ContractEventName() string {
	return OracleAggregatorUpdaterChangedEventName
}

// UnpackUpdaterChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdaterChanged(address indexed previousUpdater, address indexed newUpdater)
func (oracleAggregator *OracleAggregator) UnpackUpdaterChangedEvent(log *types.Log) (*OracleAggregatorUpdaterChanged, error) {
	event := "UpdaterChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAggregatorUpdaterChanged)
	if len(log.Data) > 0 {
		if err := oracleAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAggregator.abi.Events[event].Inputs {
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
func (oracleAggregator *OracleAggregator) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleAggregator.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return oracleAggregator.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleAggregator.abi.Errors["NotUpdater"].ID.Bytes()[:4]) {
		return oracleAggregator.UnpackNotUpdaterError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleAggregator.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return oracleAggregator.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleAggregator.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return oracleAggregator.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleAggregatorNoSuchRound represents a NoSuchRound error raised by the OracleAggregator contract.
type OracleAggregatorNoSuchRound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(uint80 roundId)
func OracleAggregatorNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0xbfb84ac0b5eaedfad3a54cc3c429e9be27ae3f10922d16b92801a2ed7c1c8134")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(uint80 roundId)
func (oracleAggregator *OracleAggregator) UnpackNoSuchRoundError(raw []byte) (*OracleAggregatorNoSuchRound, error) {
	out := new(OracleAggregatorNoSuchRound)
	if err := oracleAggregator.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleAggregatorNotUpdater represents a NotUpdater error raised by the OracleAggregator contract.
type OracleAggregatorNotUpdater struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUpdater(address caller)
func OracleAggregatorNotUpdaterErrorID() common.Hash {
	return common.HexToHash("0xd7041e11e9de9e10885e46609afd9df33864c0a58d5a2af055339d1a6e24e14c")
}

// UnpackNotUpdaterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUpdater(address caller)
func (oracleAggregator *OracleAggregator) UnpackNotUpdaterError(raw []byte) (*OracleAggregatorNotUpdater, error) {
	out := new(OracleAggregatorNotUpdater)
	if err := oracleAggregator.abi.UnpackIntoInterface(out, "NotUpdater", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleAggregatorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the OracleAggregator contract.
type OracleAggregatorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func OracleAggregatorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (oracleAggregator *OracleAggregator) UnpackOwnableInvalidOwnerError(raw []byte) (*OracleAggregatorOwnableInvalidOwner, error) {
	out := new(OracleAggregatorOwnableInvalidOwner)
	if err := oracleAggregator.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleAggregatorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the OracleAggregator contract.
type OracleAggregatorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func OracleAggregatorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (oracleAggregator *OracleAggregator) UnpackOwnableUnauthorizedAccountError(raw []byte) (*OracleAggregatorOwnableUnauthorizedAccount, error) {
	out := new(OracleAggregatorOwnableUnauthorizedAccount)
	if err := oracleAggregator.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
