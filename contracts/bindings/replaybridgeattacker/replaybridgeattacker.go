// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package replaybridgeattacker

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

// ReplayBridgeAttackerMetaData contains all meta data concerning the ReplayBridgeAttacker contract.
var ReplayBridgeAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractReplayBridge\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"times\",\"type\":\"uint256\"}],\"name\":\"replay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReplayBridgeAttacker",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516102a56100305f395f8181603d0152609b01526102a55ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80638da5cb5b14610038578063f7a257231461007b575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b61008e610089366004610177565b610090565b005b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100df5760405163245aecd360e01b815233600482015260240160405180910390fd5b5f5b81811015610156576040516305e8654d60e11b81526001600160a01b03891690630bd0ca9a9061011d908a908a908a908a908a90600401610224565b5f604051808303815f87803b158015610134575f5ffd5b505af1158015610146573d5f5f3e3d5ffd5b5050600190920191506100e19050565b5050505050505050565b6001600160a01b0381168114610174575f5ffd5b50565b5f5f5f5f5f5f5f60c0888a03121561018d575f5ffd5b873561019881610160565b965060208801356101a881610160565b95506040880135945060608801359350608088013567ffffffffffffffff8111156101d1575f5ffd5b8801601f81018a136101e1575f5ffd5b803567ffffffffffffffff8111156101f7575f5ffd5b8a6020828401011115610208575f5ffd5b979a9699509497939660209095019560a0909401359392505050565b60018060a01b038616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f1916010194935050505056fea264697066735822122024e68651d8b7ad5ae7c6260bdac0508b1ccf2e79d86f07e036e6e354a5d7bc6464736f6c634300081e0033",
}

// ReplayBridgeAttacker is an auto generated Go binding around an Ethereum contract.
type ReplayBridgeAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReplayBridgeAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewReplayBridgeAttacker creates a new instance of ReplayBridgeAttacker.
func NewReplayBridgeAttacker() *ReplayBridgeAttacker {
	parsed, err := ReplayBridgeAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReplayBridgeAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReplayBridgeAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (replayBridgeAttacker *ReplayBridgeAttacker) PackOwner() []byte {
	enc, err := replayBridgeAttacker.abi.Pack("owner")
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
func (replayBridgeAttacker *ReplayBridgeAttacker) TryPackOwner() ([]byte, error) {
	return replayBridgeAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (replayBridgeAttacker *ReplayBridgeAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := replayBridgeAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReplay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a25723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function replay(address bridge, address to, uint256 amount, uint256 nonce, bytes sig, uint256 times) returns()
func (replayBridgeAttacker *ReplayBridgeAttacker) PackReplay(bridge common.Address, to common.Address, amount *big.Int, nonce *big.Int, sig []byte, times *big.Int) []byte {
	enc, err := replayBridgeAttacker.abi.Pack("replay", bridge, to, amount, nonce, sig, times)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReplay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a25723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function replay(address bridge, address to, uint256 amount, uint256 nonce, bytes sig, uint256 times) returns()
func (replayBridgeAttacker *ReplayBridgeAttacker) TryPackReplay(bridge common.Address, to common.Address, amount *big.Int, nonce *big.Int, sig []byte, times *big.Int) ([]byte, error) {
	return replayBridgeAttacker.abi.Pack("replay", bridge, to, amount, nonce, sig, times)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (replayBridgeAttacker *ReplayBridgeAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], replayBridgeAttacker.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return replayBridgeAttacker.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReplayBridgeAttackerNotOwner represents a NotOwner error raised by the ReplayBridgeAttacker contract.
type ReplayBridgeAttackerNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func ReplayBridgeAttackerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (replayBridgeAttacker *ReplayBridgeAttacker) UnpackNotOwnerError(raw []byte) (*ReplayBridgeAttackerNotOwner, error) {
	out := new(ReplayBridgeAttackerNotOwner)
	if err := replayBridgeAttacker.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
