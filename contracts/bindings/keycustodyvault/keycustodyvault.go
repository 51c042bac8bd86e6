// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package keycustodyvault

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

// KeyCustodyVaultMetaData contains all meta data concerning the KeyCustodyVault contract.
var KeyCustodyVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"feeBps\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EmergencyWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBps\",\"type\":\"uint256\"}],\"name\":\"WithdrawFeeChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accruedFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"collectFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositEther\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"emergencyWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"etherBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setWithdrawFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"tokenBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawEther\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "KeyCustodyVault",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610e2d380380610e2d83398101604081905261002e91610107565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100a1565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0390921660805250600155610147565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610104575f5ffd5b50565b5f5f5f60608486031215610119575f5ffd5b8351610124816100f0565b6020850151909350610135816100f0565b80925050604084015190509250925092565b608051610cab6101825f395f81816102d2015281816103ca015281816104090152818161061d01528181610752015261078a0152610cab5ff3fe6080604052600436106100ef575f3560e01c8063b6ac642a11610087578063e63ea40811610057578063e63ea40814610258578063eedc966a14610277578063f2fde38b146102a2578063fc0c546a146102c1575f5ffd5b8063b6ac642a146101db578063b6b55f25146101fa578063cd0c589614610219578063d55be8c614610244575f5ffd5b80637aca2b59116100c25780637aca2b591461016f5780638da5cb5b1461018457806398ea5fca146101b4578063a480ca79146101bc575f5ffd5b80632e1a7d4d146100f35780633bed33ce14610114578063682c205814610133578063715018a61461015b575b5f5ffd5b3480156100fe575f5ffd5b5061011261010d366004610b53565b6102f4565b005b34801561011f575f5ffd5b5061011261012e366004610b53565b610472565b34801561013e575f5ffd5b5061014860025481565b6040519081526020015b60405180910390f35b348015610166575f5ffd5b50610112610555565b34801561017a575f5ffd5b5061014860015481565b34801561018f575f5ffd5b505f546001600160a01b03165b6040516001600160a01b039091168152602001610152565b610112610568565b3480156101c7575f5ffd5b506101126101d6366004610b85565b610600565b3480156101e6575f5ffd5b506101126101f5366004610b53565b61068b565b348015610205575f5ffd5b50610112610214366004610b53565b6106f9565b348015610224575f5ffd5b50610148610233366004610b85565b60046020525f908152604090205481565b34801561024f575f5ffd5b50610148603281565b348015610263575f5ffd5b50610112610272366004610ba5565b6107f0565b348015610282575f5ffd5b50610148610291366004610b85565b60036020525f908152604090205481565b3480156102ad575f5ffd5b506101126102bc366004610b85565b610899565b3480156102cc575f5ffd5b5061019c7f000000000000000000000000000000000000000000000000000000000000000081565b6102fc6108d3565b335f908152600360205260408120549082900361032c57604051631f2a200560e01b815260040160405180910390fd5b818110156103625760405163db42144d60e01b815233600482015260248101829052604481018390526064015b60405180910390fd5b61036c8282610bf3565b335f908152600360205260408120919091556001546127109061038f9085610c0c565b6103999190610c23565b90508060025f8282546103ac9190610c42565b909155506103f19050336103c08386610bf3565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691906108ee565b60408051848152602081018390526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169133917ff341246adaac6f497bc2a656f546ab9e182111d630394f0c57c710a59a2cb567910160405180910390a3505061046f60015f516020610c565f395f51905f5255565b50565b61047a6108d3565b335f90815260046020526040812054908290036104aa57604051631f2a200560e01b815260040160405180910390fd5b818110156104db5760405163db42144d60e01b81523360048201526024810182905260448101839052606401610359565b6104e58282610bf3565b335f818152600460205260409020919091556105019083610923565b604080518381525f602082018190529133917ff341246adaac6f497bc2a656f546ab9e182111d630394f0c57c710a59a2cb567910160405180910390a35061046f60015f516020610c565f395f51905f5255565b61055d61099e565b6105665f6109ca565b565b6105706108d3565b345f0361059057604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040812080543492906105ae908490610c42565b90915550506040513481525f9033907f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f629060200160405180910390a361056660015f516020610c565f395f51905f5255565b61060861099e565b600280545f9091556106446001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836108ee565b816001600160a01b03167f9dc46f23cfb5ddcad0ae7ea2be38d47fec07bb9382ec7e564efc69e036dd66ce8260405161067f91815260200190565b60405180910390a25050565b61069361099e565b60328111156106b8576040516303dc98a160e51b815260048101829052602401610359565b60015460408051918252602082018390527f3676620454a43b47d112e87d2514bb61822d17e95990d5df98c7f3b309bfa649910160405180910390a1600155565b6107016108d3565b805f0361072157604051631f2a200560e01b815260040160405180910390fd5b335f908152600360205260408120805483929061073f908490610c42565b9091555061077a90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610a19565b6040518181526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f629060200160405180910390a361046f60015f516020610c565f395f51905f5255565b6107f861099e565b6108006108d3565b6001600160a01b03831661081d576108188282610923565b610831565b6108316001600160a01b03841683836108ee565b816001600160a01b0316836001600160a01b03167f9495d03190a79a43e534c9e328ff322f6283261383f5f19c809564f6ad5a57b38360405161087691815260200190565b60405180910390a361089460015f516020610c565f395f51905f5255565b505050565b6108a161099e565b6001600160a01b0381166108ca57604051631e4fbdf760e01b81525f6004820152602401610359565b61046f816109ca565b6108db610a55565b60025f516020610c565f395f51905f5255565b6108fb8383836001610a84565b61089457604051635274afe760e01b81526001600160a01b0384166004820152602401610359565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461096c576040519150601f19603f3d011682016040523d82523d5f602084013e610971565b606091505b50509050806108945760405163464e254d60e01b81526001600160a01b0384166004820152602401610359565b5f546001600160a01b031633146105665760405163118cdaa760e01b8152336004820152602401610359565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b610a27848484846001610ae6565b610a4f57604051635274afe760e01b81526001600160a01b0385166004820152602401610359565b50505050565b5f516020610c565f395f51905f525460020361056657604051633ee5aeb560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610ada578383151615610ace573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610b42578383151615610b36573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215610b63575f5ffd5b5035919050565b80356001600160a01b0381168114610b80575f5ffd5b919050565b5f60208284031215610b95575f5ffd5b610b9e82610b6a565b9392505050565b5f5f5f60608486031215610bb7575f5ffd5b610bc084610b6a565b9250610bce60208501610b6a565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c0657610c06610bdf565b92915050565b8082028115828204841417610c0657610c06610bdf565b5f82610c3d57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610c0657610c06610bdf56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212200d252537cc71f87378613a741b07f04110dabcacbcc41b46d0bf00ac6d5e128464736f6c634300081e0033",
}

// KeyCustodyVault is an auto generated Go binding around an Ethereum contract.
type KeyCustodyVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KeyCustodyVault) GetABI() abi.ABI {
	return c.abi
}

// NewKeyCustodyVault creates a new instance of KeyCustodyVault.
func NewKeyCustodyVault() *KeyCustodyVault {
	parsed, err := KeyCustodyVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KeyCustodyVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KeyCustodyVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address initialOwner, uint256 feeBps) returns()
func (keyCustodyVault *KeyCustodyVault) PackConstructor(token_ common.Address, initialOwner common.Address, feeBps *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("", token_, initialOwner, feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) PackMAXFEEBPS() []byte {
	enc, err := keyCustodyVault.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) TryPackMAXFEEBPS() ([]byte, error) {
	return keyCustodyVault.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) UnpackMAXFEEBPS(data []byte) (*big.Int, error) {
	out, err := keyCustodyVault.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccruedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682c2058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accruedFees() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) PackAccruedFees() []byte {
	enc, err := keyCustodyVault.abi.Pack("accruedFees")
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
func (keyCustodyVault *KeyCustodyVault) TryPackAccruedFees() ([]byte, error) {
	return keyCustodyVault.abi.Pack("accruedFees")
}

// UnpackAccruedFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x682c2058.
//
// Solidity: function accruedFees() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) UnpackAccruedFees(data []byte) (*big.Int, error) {
	out, err := keyCustodyVault.abi.Unpack("accruedFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectFees(address to) returns()
func (keyCustodyVault *KeyCustodyVault) PackCollectFees(to common.Address) []byte {
	enc, err := keyCustodyVault.abi.Pack("collectFees", to)
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
func (keyCustodyVault *KeyCustodyVault) TryPackCollectFees(to common.Address) ([]byte, error) {
	return keyCustodyVault.abi.Pack("collectFees", to)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) PackDeposit(amount *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("deposit", amount)
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
func (keyCustodyVault *KeyCustodyVault) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return keyCustodyVault.abi.Pack("deposit", amount)
}

// PackDepositEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ea5fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositEther() payable returns()
func (keyCustodyVault *KeyCustodyVault) PackDepositEther() []byte {
	enc, err := keyCustodyVault.abi.Pack("depositEther")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ea5fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositEther() payable returns()
func (keyCustodyVault *KeyCustodyVault) TryPackDepositEther() ([]byte, error) {
	return keyCustodyVault.abi.Pack("depositEther")
}

// PackEmergencyWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ea408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergencyWithdraw(address asset, address to, uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) PackEmergencyWithdraw(asset common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("emergencyWithdraw", asset, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmergencyWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ea408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emergencyWithdraw(address asset, address to, uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) TryPackEmergencyWithdraw(asset common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return keyCustodyVault.abi.Pack("emergencyWithdraw", asset, to, amount)
}

// PackEtherBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0c5896.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function etherBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) PackEtherBalance(account common.Address) []byte {
	enc, err := keyCustodyVault.abi.Pack("etherBalance", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEtherBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0c5896.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function etherBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) TryPackEtherBalance(account common.Address) ([]byte, error) {
	return keyCustodyVault.abi.Pack("etherBalance", account)
}

// UnpackEtherBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd0c5896.
//
// Solidity: function etherBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) UnpackEtherBalance(data []byte) (*big.Int, error) {
	out, err := keyCustodyVault.abi.Unpack("etherBalance", data)
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
func (keyCustodyVault *KeyCustodyVault) PackOwner() []byte {
	enc, err := keyCustodyVault.abi.Pack("owner")
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
func (keyCustodyVault *KeyCustodyVault) TryPackOwner() ([]byte, error) {
	return keyCustodyVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (keyCustodyVault *KeyCustodyVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := keyCustodyVault.abi.Unpack("owner", data)
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
func (keyCustodyVault *KeyCustodyVault) PackRenounceOwnership() []byte {
	enc, err := keyCustodyVault.abi.Pack("renounceOwnership")
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
func (keyCustodyVault *KeyCustodyVault) TryPackRenounceOwnership() ([]byte, error) {
	return keyCustodyVault.abi.Pack("renounceOwnership")
}

// PackSetWithdrawFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ac642a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWithdrawFee(uint256 bps) returns()
func (keyCustodyVault *KeyCustodyVault) PackSetWithdrawFee(bps *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("setWithdrawFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWithdrawFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ac642a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWithdrawFee(uint256 bps) returns()
func (keyCustodyVault *KeyCustodyVault) TryPackSetWithdrawFee(bps *big.Int) ([]byte, error) {
	return keyCustodyVault.abi.Pack("setWithdrawFee", bps)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (keyCustodyVault *KeyCustodyVault) PackToken() []byte {
	enc, err := keyCustodyVault.abi.Pack("token")
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
func (keyCustodyVault *KeyCustodyVault) TryPackToken() ([]byte, error) {
	return keyCustodyVault.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (keyCustodyVault *KeyCustodyVault) UnpackToken(data []byte) (common.Address, error) {
	out, err := keyCustodyVault.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeedc966a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) PackTokenBalance(account common.Address) []byte {
	enc, err := keyCustodyVault.abi.Pack("tokenBalance", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeedc966a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) TryPackTokenBalance(account common.Address) ([]byte, error) {
	return keyCustodyVault.abi.Pack("tokenBalance", account)
}

// UnpackTokenBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeedc966a.
//
// Solidity: function tokenBalance(address account) view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) UnpackTokenBalance(data []byte) (*big.Int, error) {
	out, err := keyCustodyVault.abi.Unpack("tokenBalance", data)
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
func (keyCustodyVault *KeyCustodyVault) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := keyCustodyVault.abi.Pack("transferOwnership", newOwner)
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
func (keyCustodyVault *KeyCustodyVault) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return keyCustodyVault.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) PackWithdraw(amount *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("withdraw", amount)
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
func (keyCustodyVault *KeyCustodyVault) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return keyCustodyVault.abi.Pack("withdraw", amount)
}

// PackWithdrawEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bed33ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEther(uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) PackWithdrawEther(amount *big.Int) []byte {
	enc, err := keyCustodyVault.abi.Pack("withdrawEther", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bed33ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEther(uint256 amount) returns()
func (keyCustodyVault *KeyCustodyVault) TryPackWithdrawEther(amount *big.Int) ([]byte, error) {
	return keyCustodyVault.abi.Pack("withdrawEther", amount)
}

// PackWithdrawFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aca2b59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFeeBps() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) PackWithdrawFeeBps() []byte {
	enc, err := keyCustodyVault.abi.Pack("withdrawFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aca2b59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFeeBps() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) TryPackWithdrawFeeBps() ([]byte, error) {
	return keyCustodyVault.abi.Pack("withdrawFeeBps")
}

// UnpackWithdrawFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7aca2b59.
//
// Solidity: function withdrawFeeBps() view returns(uint256)
func (keyCustodyVault *KeyCustodyVault) UnpackWithdrawFeeBps(data []byte) (*big.Int, error) {
	out, err := keyCustodyVault.abi.Unpack("withdrawFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// KeyCustodyVaultDeposit represents a Deposit event raised by the KeyCustodyVault contract.
type KeyCustodyVaultDeposit struct {
	Account common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultDeposit) ContractEventName() string {
	return KeyCustodyVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, address indexed asset, uint256 amount)
func (keyCustodyVault *KeyCustodyVault) UnpackDepositEvent(log *types.Log) (*KeyCustodyVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultDeposit)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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

// KeyCustodyVaultEmergencyWithdrawal represents a EmergencyWithdrawal event raised by the KeyCustodyVault contract.
type KeyCustodyVaultEmergencyWithdrawal struct {
	Asset  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultEmergencyWithdrawalEventName = "EmergencyWithdrawal"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultEmergencyWithdrawal) ContractEventName() string {
	return KeyCustodyVaultEmergencyWithdrawalEventName
}

// UnpackEmergencyWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmergencyWithdrawal(address indexed asset, address indexed to, uint256 amount)
func (keyCustodyVault *KeyCustodyVault) UnpackEmergencyWithdrawalEvent(log *types.Log) (*KeyCustodyVaultEmergencyWithdrawal, error) {
	event := "EmergencyWithdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultEmergencyWithdrawal)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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

// KeyCustodyVaultFeesCollected represents a FeesCollected event raised by the KeyCustodyVault contract.
type KeyCustodyVaultFeesCollected struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultFeesCollectedEventName = "FeesCollected"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultFeesCollected) ContractEventName() string {
	return KeyCustodyVaultFeesCollectedEventName
}

// UnpackFeesCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCollected(address indexed to, uint256 amount)
func (keyCustodyVault *KeyCustodyVault) UnpackFeesCollectedEvent(log *types.Log) (*KeyCustodyVaultFeesCollected, error) {
	event := "FeesCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultFeesCollected)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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

// KeyCustodyVaultOwnershipTransferred represents a OwnershipTransferred event raised by the KeyCustodyVault contract.
type KeyCustodyVaultOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultOwnershipTransferred) ContractEventName() string {
	return KeyCustodyVaultOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (keyCustodyVault *KeyCustodyVault) UnpackOwnershipTransferredEvent(log *types.Log) (*KeyCustodyVaultOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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

// KeyCustodyVaultWithdraw represents a Withdraw event raised by the KeyCustodyVault contract.
type KeyCustodyVaultWithdraw struct {
	Account common.Address
	Asset   common.Address
	Amount  *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultWithdraw) ContractEventName() string {
	return KeyCustodyVaultWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, address indexed asset, uint256 amount, uint256 fee)
func (keyCustodyVault *KeyCustodyVault) UnpackWithdrawEvent(log *types.Log) (*KeyCustodyVaultWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultWithdraw)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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

// KeyCustodyVaultWithdrawFeeChanged represents a WithdrawFeeChanged event raised by the KeyCustodyVault contract.
type KeyCustodyVaultWithdrawFeeChanged struct {
	PreviousBps *big.Int
	NewBps      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const KeyCustodyVaultWithdrawFeeChangedEventName = "WithdrawFeeChanged"

// ContractEventName returns the user-defined event name.
func (KeyCustodyVaultWithdrawFeeChanged) ContractEventName() string {
	return KeyCustodyVaultWithdrawFeeChangedEventName
}

// UnpackWithdrawFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawFeeChanged(uint256 previousBps, uint256 newBps)
func (keyCustodyVault *KeyCustodyVault) UnpackWithdrawFeeChangedEvent(log *types.Log) (*KeyCustodyVaultWithdrawFeeChanged, error) {
	event := "WithdrawFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keyCustodyVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeyCustodyVaultWithdrawFeeChanged)
	if len(log.Data) > 0 {
		if err := keyCustodyVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keyCustodyVault.abi.Events[event].Inputs {
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
func (keyCustodyVault *KeyCustodyVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackEtherTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], keyCustodyVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return keyCustodyVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KeyCustodyVaultEtherTransferFailed represents a EtherTransferFailed error raised by the KeyCustodyVault contract.
type KeyCustodyVaultEtherTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed(address to)
func KeyCustodyVaultEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x464e254d42a9ba2a9b0c41b10176fabc0301940cc9831e9b352b3e15cd23d063")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed(address to)
func (keyCustodyVault *KeyCustodyVault) UnpackEtherTransferFailedError(raw []byte) (*KeyCustodyVaultEtherTransferFailed, error) {
	out := new(KeyCustodyVaultEtherTransferFailed)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultFeeTooHigh represents a FeeTooHigh error raised by the KeyCustodyVault contract.
type KeyCustodyVaultFeeTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 bps)
func KeyCustodyVaultFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 bps)
func (keyCustodyVault *KeyCustodyVault) UnpackFeeTooHighError(raw []byte) (*KeyCustodyVaultFeeTooHigh, error) {
	out := new(KeyCustodyVaultFeeTooHigh)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultInsufficientBalance represents a InsufficientBalance error raised by the KeyCustodyVault contract.
type KeyCustodyVaultInsufficientBalance struct {
	Account common.Address
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, uint256 balance, uint256 amount)
func KeyCustodyVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, uint256 balance, uint256 amount)
func (keyCustodyVault *KeyCustodyVault) UnpackInsufficientBalanceError(raw []byte) (*KeyCustodyVaultInsufficientBalance, error) {
	out := new(KeyCustodyVaultInsufficientBalance)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KeyCustodyVault contract.
type KeyCustodyVaultOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KeyCustodyVaultOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (keyCustodyVault *KeyCustodyVault) UnpackOwnableInvalidOwnerError(raw []byte) (*KeyCustodyVaultOwnableInvalidOwner, error) {
	out := new(KeyCustodyVaultOwnableInvalidOwner)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KeyCustodyVault contract.
type KeyCustodyVaultOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KeyCustodyVaultOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (keyCustodyVault *KeyCustodyVault) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KeyCustodyVaultOwnableUnauthorizedAccount, error) {
	out := new(KeyCustodyVaultOwnableUnauthorizedAccount)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KeyCustodyVault contract.
type KeyCustodyVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KeyCustodyVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (keyCustodyVault *KeyCustodyVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KeyCustodyVaultReentrancyGuardReentrantCall, error) {
	out := new(KeyCustodyVaultReentrancyGuardReentrantCall)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the KeyCustodyVault contract.
type KeyCustodyVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func KeyCustodyVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (keyCustodyVault *KeyCustodyVault) UnpackSafeERC20FailedOperationError(raw []byte) (*KeyCustodyVaultSafeERC20FailedOperation, error) {
	out := new(KeyCustodyVaultSafeERC20FailedOperation)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeyCustodyVaultZeroAmount represents a ZeroAmount error raised by the KeyCustodyVault contract.
type KeyCustodyVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func KeyCustodyVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (keyCustodyVault *KeyCustodyVault) UnpackZeroAmountError(raw []byte) (*KeyCustodyVaultZeroAmount, error) {
	out := new(KeyCustodyVaultZeroAmount)
	if err := keyCustodyVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
