// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package omniswapaggregator

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

// OmniSwapAggregatorCall is an auto generated low-level Go binding around an user-defined struct.
type OmniSwapAggregatorCall struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
}

// OmniSwapAggregatorSwapDescription is an auto generated low-level Go binding around an user-defined struct.
type OmniSwapAggregatorSwapDescription struct {
	SrcToken  common.Address
	DstToken  common.Address
	Amount    *big.Int
	MinReturn *big.Int
	Recipient common.Address
}

// OmniSwapAggregatorMetaData contains all meta data concerning the OmniSwapAggregator contract.
var OmniSwapAggregatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"feeBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BadValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minReturn\",\"type\":\"uint256\"}],\"name\":\"ReturnTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"RouteCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"FeeRecipientUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBps\",\"type\":\"uint256\"}],\"name\":\"FeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Swapped\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newBps\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minReturn\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structOmniSwapAggregator.SwapDescription\",\"name\":\"desc\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structOmniSwapAggregator.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"swap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountOut\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "OmniSwapAggregator",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610da3380380610da383398101604081905261002e9161011e565b826001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100b4565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055600280546001600160a01b0319166001600160a01b03939093169290921790915560015550610157565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610119575f5ffd5b919050565b5f5f5f60608486031215610130575f5ffd5b61013984610103565b925061014760208501610103565b9150604084015190509250925092565b610c3f806101645f395ff3fe608060405260043610610087575f3560e01c80638322fff2116100575780638322fff2146101265780638da5cb5b1461014d5780638fdc14ad14610169578063e74b981b1461017c578063f2fde38b1461019b575f5ffd5b806324a9d8531461009257806346904840146100ba57806369fe0e2d146100f1578063715018a614610112575f5ffd5b3661008e57005b5f5ffd5b34801561009d575f5ffd5b506100a760015481565b6040519081526020015b60405180910390f35b3480156100c5575f5ffd5b506002546100d9906001600160a01b031681565b6040516001600160a01b0390911681526020016100b1565b3480156100fc575f5ffd5b5061011061010b366004610a09565b6101ba565b005b34801561011d575f5ffd5b5061011061022d565b348015610131575f5ffd5b506100d973eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee81565b348015610158575f5ffd5b505f546001600160a01b03166100d9565b6100a7610177366004610a20565b610240565b348015610187575f5ffd5b50610110610196366004610aa8565b6105ec565b3480156101a6575f5ffd5b506101106101b5366004610aa8565b61064f565b6101c261068c565b60648111156101ec576040516303dc98a160e51b8152600481018290526024015b60405180910390fd5b60015460408051918252602082018390527f528d9479e9f9889a87a3c30c7f7ba537e5e59c4c85a37733b16e57c62df61302910160405180910390a1600155565b61023561068c565b61023e5f6106b8565b565b5f610249610707565b83604001355f0361026d57604051631f2a200560e01b815260040160405180910390fd5b73eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee61028f6020860186610aa8565b6001600160a01b0316036102d257836040013534146102cd5760408051638c54e30960e01b81523460048201529085013560248201526044016101e3565b610321565b34156102f957604051638c54e30960e01b81523460048201525f60248201526044016101e3565b610321333060408701356103106020890189610aa8565b6001600160a01b0316929190610735565b5f61033a6103356040870160208801610aa8565b610771565b90505f5b8381101561045b575f5f86868481811061035a5761035a610ace565b905060200281019061036c9190610ae2565b61037a906020810190610aa8565b6001600160a01b031687878581811061039557610395610ace565b90506020028101906103a79190610ae2565b602001358888868181106103bd576103bd610ace565b90506020028101906103cf9190610ae2565b6103dd906040810190610b00565b6040516103eb929190610b4a565b5f6040518083038185875af1925050503d805f8114610425576040519150601f19603f3d011682016040523d82523d5f602084013e61042a565b606091505b509150915081610451578281604051638736e7a560e01b81526004016101e3929190610b59565b505060010161033e565b50806104706103356040880160208901610aa8565b61047a9190610ba9565b91505f6127106001548461048e9190610bbc565b6104989190610bd3565b90505f6104a58285610ba9565b905086606001358110156104d957604051630208c5e160e41b815260048101829052606088013560248201526044016101e3565b6104fe6104ec6040890160208a01610aa8565b6002546001600160a01b031684610809565b6105276105116040890160208a01610aa8565b61052160a08a0160808b01610aa8565b83610809565b6105376040880160208901610aa8565b6001600160a01b031661054d6020890189610aa8565b6001600160a01b0316337fc007afccfb096c18134ad3ecc7e9ef71a52270d5ebfd6b168122e684a5baf12b61058860a08c0160808d01610aa8565b604080516001600160a01b039092168252808d0135602083015281018690526060810187905260800160405180910390a45050506105e560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9392505050565b6105f461068c565b6002546040516001600160a01b038084169216907faaebcf1bfa00580e41d966056b48521fa9f202645c86d4ddf28113e617c1b1d3905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b61065761068c565b6001600160a01b03811661068057604051631e4fbdf760e01b81525f60048201526024016101e3565b610689816106b8565b50565b5f546001600160a01b0316331461023e5760405163118cdaa760e01b81523360048201526024016101e3565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61070f6108c3565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610743848484846001610905565b61076b57604051635274afe760e01b81526001600160a01b03851660048201526024016101e3565b50505050565b5f6001600160a01b03821673eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee14610801576040516370a0823160e01b81523060048201526001600160a01b038316906370a0823190602401602060405180830381865afa1580156107d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107fc9190610bf2565b610803565b475b92915050565b805f0361081557505050565b73eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeed196001600160a01b038416016108aa575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610883576040519150601f19603f3d011682016040523d82523d5f602084013e610888565b606091505b505090508061076b57604051630ce8f45160e31b815260040160405180910390fd5b6108be6001600160a01b0384168383610972565b505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361023e57604051633ee5aeb560e01b815260040160405180910390fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610961578383151615610955573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b61097f83838360016109a7565b6108be57604051635274afe760e01b81526001600160a01b03841660048201526024016101e3565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166109fd5783831516156109f1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60208284031215610a19575f5ffd5b5035919050565b5f5f5f83850360c0811215610a33575f5ffd5b60a0811215610a40575f5ffd5b5083925060a084013567ffffffffffffffff811115610a5d575f5ffd5b8401601f81018613610a6d575f5ffd5b803567ffffffffffffffff811115610a83575f5ffd5b8660208260051b8401011115610a97575f5ffd5b939660209190910195509293505050565b5f60208284031215610ab8575f5ffd5b81356001600160a01b03811681146105e5575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112610af6575f5ffd5b9190910192915050565b5f5f8335601e19843603018112610b15575f5ffd5b83018035915067ffffffffffffffff821115610b2f575f5ffd5b602001915036819003821315610b43575f5ffd5b9250929050565b818382375f9101908152919050565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561080357610803610b95565b808202811582820484141761080357610803610b95565b5f82610bed57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610c02575f5ffd5b505191905056fea2646970667358221220041e6eca5e83f472570e5b25209715fb9c798258ef6c7defad4e2f7af665888664736f6c634300081e0033",
}

// OmniSwapAggregator is an auto generated Go binding around an Ethereum contract.
type OmniSwapAggregator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OmniSwapAggregator) GetABI() abi.ABI {
	return c.abi
}

// NewOmniSwapAggregator creates a new instance of OmniSwapAggregator.
func NewOmniSwapAggregator() *OmniSwapAggregator {
	parsed, err := OmniSwapAggregatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OmniSwapAggregator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OmniSwapAggregator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address feeRecipient_, uint256 feeBps_) returns()
func (omniSwapAggregator *OmniSwapAggregator) PackConstructor(owner_ common.Address, feeRecipient_ common.Address, feeBps_ *big.Int) []byte {
	enc, err := omniSwapAggregator.abi.Pack("", owner_, feeRecipient_, feeBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ETH() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) PackETH() []byte {
	enc, err := omniSwapAggregator.abi.Pack("ETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ETH() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) TryPackETH() ([]byte, error) {
	return omniSwapAggregator.abi.Pack("ETH")
}

// UnpackETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) UnpackETH(data []byte) (common.Address, error) {
	out, err := omniSwapAggregator.abi.Unpack("ETH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (omniSwapAggregator *OmniSwapAggregator) PackFeeBps() []byte {
	enc, err := omniSwapAggregator.abi.Pack("feeBps")
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
func (omniSwapAggregator *OmniSwapAggregator) TryPackFeeBps() ([]byte, error) {
	return omniSwapAggregator.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (omniSwapAggregator *OmniSwapAggregator) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := omniSwapAggregator.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) PackFeeRecipient() []byte {
	enc, err := omniSwapAggregator.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) TryPackFeeRecipient() ([]byte, error) {
	return omniSwapAggregator.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := omniSwapAggregator.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) PackOwner() []byte {
	enc, err := omniSwapAggregator.abi.Pack("owner")
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
func (omniSwapAggregator *OmniSwapAggregator) TryPackOwner() ([]byte, error) {
	return omniSwapAggregator.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (omniSwapAggregator *OmniSwapAggregator) UnpackOwner(data []byte) (common.Address, error) {
	out, err := omniSwapAggregator.abi.Unpack("owner", data)
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
func (omniSwapAggregator *OmniSwapAggregator) PackRenounceOwnership() []byte {
	enc, err := omniSwapAggregator.abi.Pack("renounceOwnership")
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
func (omniSwapAggregator *OmniSwapAggregator) TryPackRenounceOwnership() ([]byte, error) {
	return omniSwapAggregator.abi.Pack("renounceOwnership")
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe0e2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint256 newBps) returns()
func (omniSwapAggregator *OmniSwapAggregator) PackSetFee(newBps *big.Int) []byte {
	enc, err := omniSwapAggregator.abi.Pack("setFee", newBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe0e2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint256 newBps) returns()
func (omniSwapAggregator *OmniSwapAggregator) TryPackSetFee(newBps *big.Int) ([]byte, error) {
	return omniSwapAggregator.abi.Pack("setFee", newBps)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (omniSwapAggregator *OmniSwapAggregator) PackSetFeeRecipient(newRecipient common.Address) []byte {
	enc, err := omniSwapAggregator.abi.Pack("setFeeRecipient", newRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (omniSwapAggregator *OmniSwapAggregator) TryPackSetFeeRecipient(newRecipient common.Address) ([]byte, error) {
	return omniSwapAggregator.abi.Pack("setFeeRecipient", newRecipient)
}

// PackSwap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fdc14ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swap((address,address,uint256,uint256,address) desc, (address,uint256,bytes)[] calls) payable returns(uint256 amountOut)
func (omniSwapAggregator *OmniSwapAggregator) PackSwap(desc OmniSwapAggregatorSwapDescription, calls []OmniSwapAggregatorCall) []byte {
	enc, err := omniSwapAggregator.abi.Pack("swap", desc, calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fdc14ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swap((address,address,uint256,uint256,address) desc, (address,uint256,bytes)[] calls) payable returns(uint256 amountOut)
func (omniSwapAggregator *OmniSwapAggregator) TryPackSwap(desc OmniSwapAggregatorSwapDescription, calls []OmniSwapAggregatorCall) ([]byte, error) {
	return omniSwapAggregator.abi.Pack("swap", desc, calls)
}

// UnpackSwap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fdc14ad.
//
// Solidity: function swap((address,address,uint256,uint256,address) desc, (address,uint256,bytes)[] calls) payable returns(uint256 amountOut)
func (omniSwapAggregator *OmniSwapAggregator) UnpackSwap(data []byte) (*big.Int, error) {
	out, err := omniSwapAggregator.abi.Unpack("swap", data)
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
func (omniSwapAggregator *OmniSwapAggregator) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := omniSwapAggregator.abi.Pack("transferOwnership", newOwner)
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
func (omniSwapAggregator *OmniSwapAggregator) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return omniSwapAggregator.abi.Pack("transferOwnership", newOwner)
}

// OmniSwapAggregatorFeeRecipientUpdated represents a FeeRecipientUpdated event raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorFeeRecipientUpdated struct {
	Previous common.Address
	Current  common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const OmniSwapAggregatorFeeRecipientUpdatedEventName = "FeeRecipientUpdated"

// ContractEventName returns the user-defined event name.
func (OmniSwapAggregatorFeeRecipientUpdated) ContractEventName() string {
	return OmniSwapAggregatorFeeRecipientUpdatedEventName
}

// UnpackFeeRecipientUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientUpdated(address indexed previous, address indexed current)
func (omniSwapAggregator *OmniSwapAggregator) UnpackFeeRecipientUpdatedEvent(log *types.Log) (*OmniSwapAggregatorFeeRecipientUpdated, error) {
	event := "FeeRecipientUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != omniSwapAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OmniSwapAggregatorFeeRecipientUpdated)
	if len(log.Data) > 0 {
		if err := omniSwapAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range omniSwapAggregator.abi.Events[event].Inputs {
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

// OmniSwapAggregatorFeeUpdated represents a FeeUpdated event raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorFeeUpdated struct {
	PreviousBps *big.Int
	NewBps      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OmniSwapAggregatorFeeUpdatedEventName = "FeeUpdated"

// ContractEventName returns the user-defined event name.
func (OmniSwapAggregatorFeeUpdated) ContractEventName() string {
	return OmniSwapAggregatorFeeUpdatedEventName
}

// UnpackFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeUpdated(uint256 previousBps, uint256 newBps)
func (omniSwapAggregator *OmniSwapAggregator) UnpackFeeUpdatedEvent(log *types.Log) (*OmniSwapAggregatorFeeUpdated, error) {
	event := "FeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != omniSwapAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OmniSwapAggregatorFeeUpdated)
	if len(log.Data) > 0 {
		if err := omniSwapAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range omniSwapAggregator.abi.Events[event].Inputs {
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

// OmniSwapAggregatorOwnershipTransferred represents a OwnershipTransferred event raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OmniSwapAggregatorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OmniSwapAggregatorOwnershipTransferred) ContractEventName() string {
	return OmniSwapAggregatorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (omniSwapAggregator *OmniSwapAggregator) UnpackOwnershipTransferredEvent(log *types.Log) (*OmniSwapAggregatorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != omniSwapAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OmniSwapAggregatorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := omniSwapAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range omniSwapAggregator.abi.Events[event].Inputs {
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

// OmniSwapAggregatorSwapped represents a Swapped event raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorSwapped struct {
	Sender    common.Address
	SrcToken  common.Address
	DstToken  common.Address
	Recipient common.Address
	AmountIn  *big.Int
	AmountOut *big.Int
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OmniSwapAggregatorSwappedEventName = "Swapped"

// ContractEventName returns the user-defined event name.
func (OmniSwapAggregatorSwapped) ContractEventName() string {
	return OmniSwapAggregatorSwappedEventName
}

// UnpackSwappedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swapped(address indexed sender, address indexed srcToken, address indexed dstToken, address recipient, uint256 amountIn, uint256 amountOut, uint256 fee)
func (omniSwapAggregator *OmniSwapAggregator) UnpackSwappedEvent(log *types.Log) (*OmniSwapAggregatorSwapped, error) {
	event := "Swapped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != omniSwapAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OmniSwapAggregatorSwapped)
	if len(log.Data) > 0 {
		if err := omniSwapAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range omniSwapAggregator.abi.Events[event].Inputs {
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
func (omniSwapAggregator *OmniSwapAggregator) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["BadValue"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackBadValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackEtherTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["ReturnTooLow"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackReturnTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["RouteCallFailed"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackRouteCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], omniSwapAggregator.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return omniSwapAggregator.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OmniSwapAggregatorBadValue represents a BadValue error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorBadValue struct {
	Sent   *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadValue(uint256 sent, uint256 amount)
func OmniSwapAggregatorBadValueErrorID() common.Hash {
	return common.HexToHash("0x8c54e3091117be9621f1d084bb1df95b753eb26f2c0a73717088a736ad3be0cb")
}

// UnpackBadValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadValue(uint256 sent, uint256 amount)
func (omniSwapAggregator *OmniSwapAggregator) UnpackBadValueError(raw []byte) (*OmniSwapAggregatorBadValue, error) {
	out := new(OmniSwapAggregatorBadValue)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "BadValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorEtherTransferFailed represents a EtherTransferFailed error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorEtherTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed()
func OmniSwapAggregatorEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6747a28882ab1fee136907293dd07ab109b9cdc40802358384917b05b5eae790")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed()
func (omniSwapAggregator *OmniSwapAggregator) UnpackEtherTransferFailedError(raw []byte) (*OmniSwapAggregatorEtherTransferFailed, error) {
	out := new(OmniSwapAggregatorEtherTransferFailed)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorFeeTooHigh represents a FeeTooHigh error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorFeeTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 bps)
func OmniSwapAggregatorFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 bps)
func (omniSwapAggregator *OmniSwapAggregator) UnpackFeeTooHighError(raw []byte) (*OmniSwapAggregatorFeeTooHigh, error) {
	out := new(OmniSwapAggregatorFeeTooHigh)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func OmniSwapAggregatorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (omniSwapAggregator *OmniSwapAggregator) UnpackOwnableInvalidOwnerError(raw []byte) (*OmniSwapAggregatorOwnableInvalidOwner, error) {
	out := new(OmniSwapAggregatorOwnableInvalidOwner)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func OmniSwapAggregatorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (omniSwapAggregator *OmniSwapAggregator) UnpackOwnableUnauthorizedAccountError(raw []byte) (*OmniSwapAggregatorOwnableUnauthorizedAccount, error) {
	out := new(OmniSwapAggregatorOwnableUnauthorizedAccount)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func OmniSwapAggregatorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (omniSwapAggregator *OmniSwapAggregator) UnpackReentrancyGuardReentrantCallError(raw []byte) (*OmniSwapAggregatorReentrancyGuardReentrantCall, error) {
	out := new(OmniSwapAggregatorReentrancyGuardReentrantCall)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorReturnTooLow represents a ReturnTooLow error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorReturnTooLow struct {
	AmountOut *big.Int
	MinReturn *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReturnTooLow(uint256 amountOut, uint256 minReturn)
func OmniSwapAggregatorReturnTooLowErrorID() common.Hash {
	return common.HexToHash("0x208c5e10e77d6b19ac84e5843012ff0e4afb70f037bb0248850e625be8a292b8")
}

// UnpackReturnTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReturnTooLow(uint256 amountOut, uint256 minReturn)
func (omniSwapAggregator *OmniSwapAggregator) UnpackReturnTooLowError(raw []byte) (*OmniSwapAggregatorReturnTooLow, error) {
	out := new(OmniSwapAggregatorReturnTooLow)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "ReturnTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorRouteCallFailed represents a RouteCallFailed error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorRouteCallFailed struct {
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RouteCallFailed(uint256 index, bytes reason)
func OmniSwapAggregatorRouteCallFailedErrorID() common.Hash {
	return common.HexToHash("0x8736e7a504e1c0786fe69f8d29953d45df0961dd19f756de74b67e137e5dc924")
}

// UnpackRouteCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RouteCallFailed(uint256 index, bytes reason)
func (omniSwapAggregator *OmniSwapAggregator) UnpackRouteCallFailedError(raw []byte) (*OmniSwapAggregatorRouteCallFailed, error) {
	out := new(OmniSwapAggregatorRouteCallFailed)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "RouteCallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OmniSwapAggregatorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (omniSwapAggregator *OmniSwapAggregator) UnpackSafeERC20FailedOperationError(raw []byte) (*OmniSwapAggregatorSafeERC20FailedOperation, error) {
	out := new(OmniSwapAggregatorSafeERC20FailedOperation)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OmniSwapAggregatorZeroAmount represents a ZeroAmount error raised by the OmniSwapAggregator contract.
type OmniSwapAggregatorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func OmniSwapAggregatorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (omniSwapAggregator *OmniSwapAggregator) UnpackZeroAmountError(raw []byte) (*OmniSwapAggregatorZeroAmount, error) {
	out := new(OmniSwapAggregatorZeroAmount)
	if err := omniSwapAggregator.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
