// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mixerpool

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

// MixerPoolMetaData contains all meta data concerning the MixerPool contract.
var MixerPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"CommitmentExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifierHash\",\"type\":\"bytes32\"}],\"name\":\"NoteSpent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"WrongDenomination\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"leafIndex\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nullifierHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"denomination\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifierHash\",\"type\":\"bytes32\"}],\"name\":\"isSpent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextIndex\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifierHash\",\"type\":\"bytes32\"}],\"name\":\"nullifierHashes\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nullifierHash\",\"type\":\"bytes32\"},{\"internalType\":\"addresspayable\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MixerPool",
	Bin: "0x6080604052348015600e575f5ffd5b5061060e8061001c5f395ff3fe60806040526004361061006e575f3560e01c8063a43eec871161004c578063a43eec871461010c578063b214faa51461012d578063e5285dcc14610140578063fc7e9c6f1461016e575f5ffd5b806317cc915c14610072578063839df945146100b55780638bca6d16146100e3575b5f5ffd5b34801561007d575f5ffd5b506100a061008c36600461051c565b60026020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b3480156100c0575f5ffd5b506100a06100cf36600461051c565b60016020525f908152604090205460ff1681565b3480156100ee575f5ffd5b506100fe67016345785d8a000081565b6040519081526020016100ac565b348015610117575f5ffd5b5061012b61012636600461054e565b61019e565b005b61012b61013b36600461051c565b610386565b34801561014b575f5ffd5b506100a061015a36600461051c565b5f9081526002602052604090205460ff1690565b348015610179575f5ffd5b505f546101899063ffffffff1681565b60405163ffffffff90911681526020016100ac565b6101a6610474565b67016345785d8a00008111156101d7576040516303dc98a160e51b8152600481018290526024015b60405180910390fd5b5f8381526002602052604090205460ff16156102095760405163d13faa8160e01b8152600481018490526024016101ce565b5f838152600260205260408120805460ff191660011790556001600160a01b03851661023d8367016345785d8a00006105a3565b6040515f81818185875af1925050503d805f8114610276576040519150601f19603f3d011682016040523d82523d5f602084013e61027b565b606091505b50509050806102a8576040516306d133c960e31b81526001600160a01b03861660048201526024016101ce565b8115610328576040516001600160a01b0384169083905f81818185875af1925050503d805f81146102f4576040519150601f19603f3d011682016040523d82523d5f602084013e6102f9565b606091505b50508091505080610328576040516306d133c960e31b81526001600160a01b03841660048201526024016101ce565b604080516001600160a01b03878116825260208201879052918101849052908416907fe9e508bad6d4c3227e881ca19068f099da81b5164dd6d62b2eaf1e8bc6c349319060600160405180910390a2506103806104ab565b50505050565b61038e610474565b67016345785d8a000034146103b85760405163a9d9f14b60e01b81523460048201526024016101ce565b5f8181526001602052604090205460ff16156103ea5760405163e90f941560e01b8152600481018290526024016101ce565b5f8181526001602081905260408220805460ff191682179055905463ffffffff16906104179082906105bc565b5f805463ffffffff191663ffffffff92831617905560408051918316825242602083015283917fa945e51eec50ab98c161376f0db4cf2aeba3ec92755fe2fcd388bdbbb80ff196910160405180910390a2506104716104ab565b50565b61047c6104d5565b6104a960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610515565b565b6104a95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006104a3565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156104a957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6020828403121561052c575f5ffd5b5035919050565b80356001600160a01b0381168114610549575f5ffd5b919050565b5f5f5f5f60808587031215610561575f5ffd5b61056a85610533565b93506020850135925061057f60408601610533565b9396929550929360600135925050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105b6576105b661058f565b92915050565b63ffffffff81811683821601908111156105b6576105b661058f56fea26469706673582212200f3db1818ddee0b3952ad5b822e3e707ec7293cc39acf92bec16d7b6b7960b1664736f6c634300081e0033",
}

// MixerPool is an auto generated Go binding around an Ethereum contract.
type MixerPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MixerPool) GetABI() abi.ABI {
	return c.abi
}

// NewMixerPool creates a new instance of MixerPool.
func NewMixerPool() *MixerPool {
	parsed, err := MixerPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MixerPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MixerPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(bytes32 commitment) view returns(bool)
func (mixerPool *MixerPool) PackCommitments(commitment [32]byte) []byte {
	enc, err := mixerPool.abi.Pack("commitments", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(bytes32 commitment) view returns(bool)
func (mixerPool *MixerPool) TryPackCommitments(commitment [32]byte) ([]byte, error) {
	return mixerPool.abi.Pack("commitments", commitment)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x839df945.
//
// Solidity: function commitments(bytes32 commitment) view returns(bool)
func (mixerPool *MixerPool) UnpackCommitments(data []byte) (bool, error) {
	out, err := mixerPool.abi.Unpack("commitments", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bca6d16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function denomination() view returns(uint256)
func (mixerPool *MixerPool) PackDenomination() []byte {
	enc, err := mixerPool.abi.Pack("denomination")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDenomination is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bca6d16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function denomination() view returns(uint256)
func (mixerPool *MixerPool) TryPackDenomination() ([]byte, error) {
	return mixerPool.abi.Pack("denomination")
}

// UnpackDenomination is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bca6d16.
//
// Solidity: function denomination() view returns(uint256)
func (mixerPool *MixerPool) UnpackDenomination(data []byte) (*big.Int, error) {
	out, err := mixerPool.abi.Unpack("denomination", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 commitment) payable returns()
func (mixerPool *MixerPool) PackDeposit(commitment [32]byte) []byte {
	enc, err := mixerPool.abi.Pack("deposit", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 commitment) payable returns()
func (mixerPool *MixerPool) TryPackDeposit(commitment [32]byte) ([]byte, error) {
	return mixerPool.abi.Pack("deposit", commitment)
}

// PackIsSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5285dcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSpent(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) PackIsSpent(nullifierHash [32]byte) []byte {
	enc, err := mixerPool.abi.Pack("isSpent", nullifierHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5285dcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSpent(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) TryPackIsSpent(nullifierHash [32]byte) ([]byte, error) {
	return mixerPool.abi.Pack("isSpent", nullifierHash)
}

// UnpackIsSpent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5285dcc.
//
// Solidity: function isSpent(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) UnpackIsSpent(data []byte) (bool, error) {
	out, err := mixerPool.abi.Unpack("isSpent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e9c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextIndex() view returns(uint32)
func (mixerPool *MixerPool) PackNextIndex() []byte {
	enc, err := mixerPool.abi.Pack("nextIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e9c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextIndex() view returns(uint32)
func (mixerPool *MixerPool) TryPackNextIndex() ([]byte, error) {
	return mixerPool.abi.Pack("nextIndex")
}

// UnpackNextIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc7e9c6f.
//
// Solidity: function nextIndex() view returns(uint32)
func (mixerPool *MixerPool) UnpackNextIndex(data []byte) (uint32, error) {
	out, err := mixerPool.abi.Unpack("nextIndex", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNullifierHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17cc915c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nullifierHashes(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) PackNullifierHashes(nullifierHash [32]byte) []byte {
	enc, err := mixerPool.abi.Pack("nullifierHashes", nullifierHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNullifierHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17cc915c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nullifierHashes(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) TryPackNullifierHashes(nullifierHash [32]byte) ([]byte, error) {
	return mixerPool.abi.Pack("nullifierHashes", nullifierHash)
}

// UnpackNullifierHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17cc915c.
//
// Solidity: function nullifierHashes(bytes32 nullifierHash) view returns(bool)
func (mixerPool *MixerPool) UnpackNullifierHashes(data []byte) (bool, error) {
	out, err := mixerPool.abi.Unpack("nullifierHashes", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa43eec87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address recipient, bytes32 nullifierHash, address relayer, uint256 fee) returns()
func (mixerPool *MixerPool) PackWithdraw(recipient common.Address, nullifierHash [32]byte, relayer common.Address, fee *big.Int) []byte {
	enc, err := mixerPool.abi.Pack("withdraw", recipient, nullifierHash, relayer, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa43eec87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address recipient, bytes32 nullifierHash, address relayer, uint256 fee) returns()
func (mixerPool *MixerPool) TryPackWithdraw(recipient common.Address, nullifierHash [32]byte, relayer common.Address, fee *big.Int) ([]byte, error) {
	return mixerPool.abi.Pack("withdraw", recipient, nullifierHash, relayer, fee)
}

// MixerPoolDeposit represents a Deposit event raised by the MixerPool contract.
type MixerPoolDeposit struct {
	Commitment [32]byte
	LeafIndex  uint32
	Timestamp  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const MixerPoolDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (MixerPoolDeposit) ContractEventName() string {
	return MixerPoolDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(bytes32 indexed commitment, uint32 leafIndex, uint256 timestamp)
func (mixerPool *MixerPool) UnpackDepositEvent(log *types.Log) (*MixerPoolDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mixerPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MixerPoolDeposit)
	if len(log.Data) > 0 {
		if err := mixerPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mixerPool.abi.Events[event].Inputs {
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

// MixerPoolWithdrawal represents a Withdrawal event raised by the MixerPool contract.
type MixerPoolWithdrawal struct {
	To            common.Address
	NullifierHash [32]byte
	Relayer       common.Address
	Fee           *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MixerPoolWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (MixerPoolWithdrawal) ContractEventName() string {
	return MixerPoolWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address to, bytes32 nullifierHash, address indexed relayer, uint256 fee)
func (mixerPool *MixerPool) UnpackWithdrawalEvent(log *types.Log) (*MixerPoolWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mixerPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MixerPoolWithdrawal)
	if len(log.Data) > 0 {
		if err := mixerPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mixerPool.abi.Events[event].Inputs {
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
func (mixerPool *MixerPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["CommitmentExists"].ID.Bytes()[:4]) {
		return mixerPool.UnpackCommitmentExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return mixerPool.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["NoteSpent"].ID.Bytes()[:4]) {
		return mixerPool.UnpackNoteSpentError(raw[4:])
	}
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return mixerPool.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return mixerPool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], mixerPool.abi.Errors["WrongDenomination"].ID.Bytes()[:4]) {
		return mixerPool.UnpackWrongDenominationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MixerPoolCommitmentExists represents a CommitmentExists error raised by the MixerPool contract.
type MixerPoolCommitmentExists struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func MixerPoolCommitmentExistsErrorID() common.Hash {
	return common.HexToHash("0xe90f94151beb5dfd3298ccdff2304109cb32f56df9b8c52bcd9b97da0e0d34b2")
}

// UnpackCommitmentExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func (mixerPool *MixerPool) UnpackCommitmentExistsError(raw []byte) (*MixerPoolCommitmentExists, error) {
	out := new(MixerPoolCommitmentExists)
	if err := mixerPool.abi.UnpackIntoInterface(out, "CommitmentExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MixerPoolFeeTooHigh represents a FeeTooHigh error raised by the MixerPool contract.
type MixerPoolFeeTooHigh struct {
	Fee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 fee)
func MixerPoolFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 fee)
func (mixerPool *MixerPool) UnpackFeeTooHighError(raw []byte) (*MixerPoolFeeTooHigh, error) {
	out := new(MixerPoolFeeTooHigh)
	if err := mixerPool.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MixerPoolNoteSpent represents a NoteSpent error raised by the MixerPool contract.
type MixerPoolNoteSpent struct {
	NullifierHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoteSpent(bytes32 nullifierHash)
func MixerPoolNoteSpentErrorID() common.Hash {
	return common.HexToHash("0xd13faa8100906cf559aebacf9c16532cfc9708645c198c8f15798ee049dbcfc1")
}

// UnpackNoteSpentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoteSpent(bytes32 nullifierHash)
func (mixerPool *MixerPool) UnpackNoteSpentError(raw []byte) (*MixerPoolNoteSpent, error) {
	out := new(MixerPoolNoteSpent)
	if err := mixerPool.abi.UnpackIntoInterface(out, "NoteSpent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MixerPoolPaymentFailed represents a PaymentFailed error raised by the MixerPool contract.
type MixerPoolPaymentFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address to)
func MixerPoolPaymentFailedErrorID() common.Hash {
	return common.HexToHash("0x36899e48161ee4504f5f89aa55f7aed73460d464cb62f64e03057df7dbcdd0aa")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address to)
func (mixerPool *MixerPool) UnpackPaymentFailedError(raw []byte) (*MixerPoolPaymentFailed, error) {
	out := new(MixerPoolPaymentFailed)
	if err := mixerPool.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MixerPoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MixerPool contract.
type MixerPoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MixerPoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (mixerPool *MixerPool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MixerPoolReentrancyGuardReentrantCall, error) {
	out := new(MixerPoolReentrancyGuardReentrantCall)
	if err := mixerPool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MixerPoolWrongDenomination represents a WrongDenomination error raised by the MixerPool contract.
type MixerPoolWrongDenomination struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDenomination(uint256 value)
func MixerPoolWrongDenominationErrorID() common.Hash {
	return common.HexToHash("0xa9d9f14bd2b76c8e4d09c9ffd6629652edb0421b53d646b4213ced88118f4ae3")
}

// UnpackWrongDenominationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDenomination(uint256 value)
func (mixerPool *MixerPool) UnpackWrongDenominationError(raw []byte) (*MixerPoolWrongDenomination, error) {
	out := new(MixerPoolWrongDenomination)
	if err := mixerPool.abi.UnpackIntoInterface(out, "WrongDenomination", raw); err != nil {
		return nil, err
	}
	return out, nil
}
