// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package proxyvaultv2

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

// ProxyVaultV2MetaData contains all meta data concerning the ProxyVaultV2 contract.
var ProxyVaultV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"NotAnUpgrade\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newCap\",\"type\":\"uint256\"}],\"name\":\"DepositCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setDepositCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProxyVaultV2",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051610f766100f95f395f81816107f20152818161081b0152610a140152610f765ff3fe6080604052600436106100e4575f3560e01c806370a0823111610087578063ad3cb1cc11610057578063ad3cb1cc14610248578063b6b55f2514610285578063dbd5edc7146102a4578063f2fde38b146102b9575f5ffd5b806370a08231146101ca5780637d882097146101f5578063866512031461020a5780638da5cb5b14610229575f5ffd5b806338d52e0f116100c257806338d52e0f146101475780634f1ef2861461018257806352d1902d1461019557806354fd4d50146101b7575f5ffd5b80631794bb3c146100e85780632e1a7d4d146101095780632f4f21e214610128575b5f5ffd5b3480156100f3575f5ffd5b50610107610102366004610d1f565b6102d8565b005b348015610114575f5ffd5b50610107610123366004610d5d565b610460565b348015610133575f5ffd5b50610107610142366004610d74565b610547565b348015610152575f5ffd5b505f54610165906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b610107610190366004610db2565b610556565b3480156101a0575f5ffd5b506101a9610571565b604051908152602001610179565b3480156101c2575f5ffd5b5060026101a9565b3480156101d5575f5ffd5b506101a96101e4366004610e78565b60046020525f908152604090205481565b348015610200575f5ffd5b506101a960035481565b348015610215575f5ffd5b50610107610224366004610d5d565b61058c565b348015610234575f5ffd5b50600154610165906001600160a01b031681565b348015610253575f5ffd5b50610278604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101799190610e9a565b348015610290575f5ffd5b5061010761029f366004610d5d565b6105fa565b3480156102af575f5ffd5b506101a960025481565b3480156102c4575f5ffd5b506101076102d3366004610e78565b610608565b5f6102e1610690565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156103085750825b90505f8267ffffffffffffffff1660011480156103245750303b155b905081158015610332575080155b156103505760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561037a57845460ff60401b1916600160401b1785555b5f80546001600160a01b03808b166001600160a01b031992831617835560018054918b1691909216811790915560028890556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3604080515f8152602081018890527f5483844e9f566147a9751d3de5443c005505e14cea4f3339c0831a80f8766b35910160405180910390a1831561045657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b805f0361048057604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040902054818110156104c55760405163db42144d60e01b815233600482015260248101829052604481018390526064015b60405180910390fd5b6104cf8282610ee3565b335f90815260046020526040812091909155600380548492906104f3908490610ee3565b90915550505f5461050e906001600160a01b031633846106ba565b60405182815233907f884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a94243649060200160405180910390a25050565b6105523383836106f4565b5050565b61055e6107e7565b6105678261088d565b610552828261094d565b5f61057a610a09565b505f516020610f215f395f51905f5290565b6001546001600160a01b031633146105b95760405163245aecd360e01b81523360048201526024016104bc565b60025460408051918252602082018390527f5483844e9f566147a9751d3de5443c005505e14cea4f3339c0831a80f8766b35910160405180910390a1600255565b6106053333836106f4565b50565b6001546001600160a01b031633146106355760405163245aecd360e01b81523360048201526024016104bc565b6001546040516001600160a01b038084169216907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6106c78383836001610a52565b6106ef57604051635274afe760e01b81526001600160a01b03841660048201526024016104bc565b505050565b805f0361071457604051631f2a200560e01b815260040160405180910390fd5b5f816003546107239190610ef6565b90506002548111156107565760025460405163f480e28560e01b81526104bc918391600401918252602082015260400190565b60038190556001600160a01b0383165f9081526004602052604081208054849290610782908490610ef6565b90915550505f5461079e906001600160a01b0316853085610ab4565b826001600160a01b03167fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c836040516107d991815260200190565b60405180910390a250505050565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061086d57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166108615f516020610f215f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561088b5760405163703e46dd60e11b815260040160405180910390fd5b565b806001600160a01b03163b5f036108c2576040516323ca04d760e21b81526001600160a01b03821660048201526024016104bc565b6002816001600160a01b03166354fd4d506040518163ffffffff1660e01b8152600401602060405180830381865afa158015610900573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109249190610f09565b11610605576040516323ca04d760e21b81526001600160a01b03821660048201526024016104bc565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156109a7575060408051601f3d908101601f191682019092526109a491810190610f09565b60015b6109cf57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016104bc565b5f516020610f215f395f51905f5281146109ff57604051632a87526960e21b8152600481018290526024016104bc565b6106ef8383610af0565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461088b5760405163703e46dd60e11b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610aa8578383151615610a9c573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b610ac2848484846001610b45565b610aea57604051635274afe760e01b81526001600160a01b03851660048201526024016104bc565b50505050565b610af982610bb2565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115610b3d576106ef8282610c15565b610552610cb5565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610ba1578383151615610b95573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b806001600160a01b03163b5f03610be757604051634c9c8ce360e01b81526001600160a01b03821660048201526024016104bc565b5f516020610f215f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f610c228484610cd4565b9050808015610c4357505f3d1180610c4357505f846001600160a01b03163b115b15610c5857610c50610ce7565b9150506106b4565b8015610c8257604051639996b31560e01b81526001600160a01b03851660048201526024016104bc565b3d15610c9557610c90610d00565b610cae565b60405163d6bda27560e01b815260040160405180910390fd5b5092915050565b341561088b5760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b6001600160a01b0381168114610605575f5ffd5b5f5f5f60608486031215610d31575f5ffd5b8335610d3c81610d0b565b92506020840135610d4c81610d0b565b929592945050506040919091013590565b5f60208284031215610d6d575f5ffd5b5035919050565b5f5f60408385031215610d85575f5ffd5b8235610d9081610d0b565b946020939093013593505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610dc3575f5ffd5b8235610dce81610d0b565b9150602083013567ffffffffffffffff811115610de9575f5ffd5b8301601f81018513610df9575f5ffd5b803567ffffffffffffffff811115610e1357610e13610d9e565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610e4257610e42610d9e565b604052818152828201602001871015610e59575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f60208284031215610e88575f5ffd5b8135610e9381610d0b565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156106b4576106b4610ecf565b808201808211156106b4576106b4610ecf565b5f60208284031215610f19575f5ffd5b505191905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbca2646970667358221220d1b995a9319a8afce59449473e55bc8adfcfdbbc2ecf64d605f19091239f531c64736f6c634300081e0033",
}

// ProxyVaultV2 is an auto generated Go binding around an Ethereum contract.
type ProxyVaultV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProxyVaultV2) GetABI() abi.ABI {
	return c.abi
}

// NewProxyVaultV2 creates a new instance of ProxyVaultV2.
func NewProxyVaultV2() *ProxyVaultV2 {
	parsed, err := ProxyVaultV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProxyVaultV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProxyVaultV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (proxyVaultV2 *ProxyVaultV2) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := proxyVaultV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (proxyVaultV2 *ProxyVaultV2) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return proxyVaultV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (proxyVaultV2 *ProxyVaultV2) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := proxyVaultV2.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (proxyVaultV2 *ProxyVaultV2) PackAsset() []byte {
	enc, err := proxyVaultV2.abi.Pack("asset")
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
func (proxyVaultV2 *ProxyVaultV2) TryPackAsset() ([]byte, error) {
	return proxyVaultV2.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (proxyVaultV2 *ProxyVaultV2) UnpackAsset(data []byte) (common.Address, error) {
	out, err := proxyVaultV2.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) PackBalanceOf(account common.Address) []byte {
	enc, err := proxyVaultV2.abi.Pack("balanceOf", account)
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
func (proxyVaultV2 *ProxyVaultV2) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return proxyVaultV2.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := proxyVaultV2.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (proxyVaultV2 *ProxyVaultV2) PackDeposit(amount *big.Int) []byte {
	enc, err := proxyVaultV2.abi.Pack("deposit", amount)
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
func (proxyVaultV2 *ProxyVaultV2) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return proxyVaultV2.abi.Pack("deposit", amount)
}

// PackDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd5edc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCap() view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) PackDepositCap() []byte {
	enc, err := proxyVaultV2.abi.Pack("depositCap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd5edc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCap() view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) TryPackDepositCap() ([]byte, error) {
	return proxyVaultV2.abi.Pack("depositCap")
}

// UnpackDepositCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) UnpackDepositCap(data []byte) (*big.Int, error) {
	out, err := proxyVaultV2.abi.Unpack("depositCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (proxyVaultV2 *ProxyVaultV2) PackDepositFor(account common.Address, amount *big.Int) []byte {
	enc, err := proxyVaultV2.abi.Pack("depositFor", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (proxyVaultV2 *ProxyVaultV2) TryPackDepositFor(account common.Address, amount *big.Int) ([]byte, error) {
	return proxyVaultV2.abi.Pack("depositFor", account, amount)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address asset_, address owner_, uint256 cap) returns()
func (proxyVaultV2 *ProxyVaultV2) PackInitialize(asset common.Address, owner common.Address, cap *big.Int) []byte {
	enc, err := proxyVaultV2.abi.Pack("initialize", asset, owner, cap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address asset_, address owner_, uint256 cap) returns()
func (proxyVaultV2 *ProxyVaultV2) TryPackInitialize(asset common.Address, owner common.Address, cap *big.Int) ([]byte, error) {
	return proxyVaultV2.abi.Pack("initialize", asset, owner, cap)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (proxyVaultV2 *ProxyVaultV2) PackOwner() []byte {
	enc, err := proxyVaultV2.abi.Pack("owner")
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
func (proxyVaultV2 *ProxyVaultV2) TryPackOwner() ([]byte, error) {
	return proxyVaultV2.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (proxyVaultV2 *ProxyVaultV2) UnpackOwner(data []byte) (common.Address, error) {
	out, err := proxyVaultV2.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (proxyVaultV2 *ProxyVaultV2) PackProxiableUUID() []byte {
	enc, err := proxyVaultV2.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (proxyVaultV2 *ProxyVaultV2) TryPackProxiableUUID() ([]byte, error) {
	return proxyVaultV2.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (proxyVaultV2 *ProxyVaultV2) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := proxyVaultV2.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86651203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDepositCap(uint256 cap) returns()
func (proxyVaultV2 *ProxyVaultV2) PackSetDepositCap(cap *big.Int) []byte {
	enc, err := proxyVaultV2.abi.Pack("setDepositCap", cap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86651203.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDepositCap(uint256 cap) returns()
func (proxyVaultV2 *ProxyVaultV2) TryPackSetDepositCap(cap *big.Int) ([]byte, error) {
	return proxyVaultV2.abi.Pack("setDepositCap", cap)
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) PackTotalDeposits() []byte {
	enc, err := proxyVaultV2.abi.Pack("totalDeposits")
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
func (proxyVaultV2 *ProxyVaultV2) TryPackTotalDeposits() ([]byte, error) {
	return proxyVaultV2.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := proxyVaultV2.abi.Unpack("totalDeposits", data)
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
func (proxyVaultV2 *ProxyVaultV2) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := proxyVaultV2.abi.Pack("transferOwnership", newOwner)
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
func (proxyVaultV2 *ProxyVaultV2) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return proxyVaultV2.abi.Pack("transferOwnership", newOwner)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (proxyVaultV2 *ProxyVaultV2) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := proxyVaultV2.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (proxyVaultV2 *ProxyVaultV2) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return proxyVaultV2.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) PackVersion() []byte {
	enc, err := proxyVaultV2.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) TryPackVersion() ([]byte, error) {
	return proxyVaultV2.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (proxyVaultV2 *ProxyVaultV2) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := proxyVaultV2.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (proxyVaultV2 *ProxyVaultV2) PackWithdraw(amount *big.Int) []byte {
	enc, err := proxyVaultV2.abi.Pack("withdraw", amount)
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
func (proxyVaultV2 *ProxyVaultV2) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return proxyVaultV2.abi.Pack("withdraw", amount)
}

// ProxyVaultV2Deposit represents a Deposit event raised by the ProxyVaultV2 contract.
type ProxyVaultV2Deposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2DepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2Deposit) ContractEventName() string {
	return ProxyVaultV2DepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (proxyVaultV2 *ProxyVaultV2) UnpackDepositEvent(log *types.Log) (*ProxyVaultV2Deposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2Deposit)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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

// ProxyVaultV2DepositCapChanged represents a DepositCapChanged event raised by the ProxyVaultV2 contract.
type ProxyVaultV2DepositCapChanged struct {
	PreviousCap *big.Int
	NewCap      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2DepositCapChangedEventName = "DepositCapChanged"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2DepositCapChanged) ContractEventName() string {
	return ProxyVaultV2DepositCapChangedEventName
}

// UnpackDepositCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositCapChanged(uint256 previousCap, uint256 newCap)
func (proxyVaultV2 *ProxyVaultV2) UnpackDepositCapChangedEvent(log *types.Log) (*ProxyVaultV2DepositCapChanged, error) {
	event := "DepositCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2DepositCapChanged)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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

// ProxyVaultV2Initialized represents a Initialized event raised by the ProxyVaultV2 contract.
type ProxyVaultV2Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2Initialized) ContractEventName() string {
	return ProxyVaultV2InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (proxyVaultV2 *ProxyVaultV2) UnpackInitializedEvent(log *types.Log) (*ProxyVaultV2Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2Initialized)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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

// ProxyVaultV2OwnershipTransferred represents a OwnershipTransferred event raised by the ProxyVaultV2 contract.
type ProxyVaultV2OwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2OwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2OwnershipTransferred) ContractEventName() string {
	return ProxyVaultV2OwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (proxyVaultV2 *ProxyVaultV2) UnpackOwnershipTransferredEvent(log *types.Log) (*ProxyVaultV2OwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2OwnershipTransferred)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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

// ProxyVaultV2Upgraded represents a Upgraded event raised by the ProxyVaultV2 contract.
type ProxyVaultV2Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2Upgraded) ContractEventName() string {
	return ProxyVaultV2UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (proxyVaultV2 *ProxyVaultV2) UnpackUpgradedEvent(log *types.Log) (*ProxyVaultV2Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2Upgraded)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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

// ProxyVaultV2Withdraw represents a Withdraw event raised by the ProxyVaultV2 contract.
type ProxyVaultV2Withdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProxyVaultV2WithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (ProxyVaultV2Withdraw) ContractEventName() string {
	return ProxyVaultV2WithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (proxyVaultV2 *ProxyVaultV2) UnpackWithdrawEvent(log *types.Log) (*ProxyVaultV2Withdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultV2Withdraw)
	if len(log.Data) > 0 {
		if err := proxyVaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultV2.abi.Events[event].Inputs {
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
func (proxyVaultV2 *ProxyVaultV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["CapExceeded"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["NotAnUpgrade"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackNotAnUpgradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultV2.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return proxyVaultV2.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProxyVaultV2AddressEmptyCode represents a AddressEmptyCode error raised by the ProxyVaultV2 contract.
type ProxyVaultV2AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ProxyVaultV2AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (proxyVaultV2 *ProxyVaultV2) UnpackAddressEmptyCodeError(raw []byte) (*ProxyVaultV2AddressEmptyCode, error) {
	out := new(ProxyVaultV2AddressEmptyCode)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2CapExceeded represents a CapExceeded error raised by the ProxyVaultV2 contract.
type ProxyVaultV2CapExceeded struct {
	TotalAfter *big.Int
	Cap        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapExceeded(uint256 totalAfter, uint256 cap)
func ProxyVaultV2CapExceededErrorID() common.Hash {
	return common.HexToHash("0xf480e2850bfea7f2377ccca2189896041990c94ce0d428ccc05aefd1ae47897a")
}

// UnpackCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapExceeded(uint256 totalAfter, uint256 cap)
func (proxyVaultV2 *ProxyVaultV2) UnpackCapExceededError(raw []byte) (*ProxyVaultV2CapExceeded, error) {
	out := new(ProxyVaultV2CapExceeded)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "CapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ProxyVaultV2 contract.
type ProxyVaultV2ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ProxyVaultV2ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (proxyVaultV2 *ProxyVaultV2) UnpackERC1967InvalidImplementationError(raw []byte) (*ProxyVaultV2ERC1967InvalidImplementation, error) {
	out := new(ProxyVaultV2ERC1967InvalidImplementation)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2ERC1967NonPayable represents a ERC1967NonPayable error raised by the ProxyVaultV2 contract.
type ProxyVaultV2ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ProxyVaultV2ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (proxyVaultV2 *ProxyVaultV2) UnpackERC1967NonPayableError(raw []byte) (*ProxyVaultV2ERC1967NonPayable, error) {
	out := new(ProxyVaultV2ERC1967NonPayable)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2FailedCall represents a FailedCall error raised by the ProxyVaultV2 contract.
type ProxyVaultV2FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ProxyVaultV2FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (proxyVaultV2 *ProxyVaultV2) UnpackFailedCallError(raw []byte) (*ProxyVaultV2FailedCall, error) {
	out := new(ProxyVaultV2FailedCall)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2InsufficientBalance represents a InsufficientBalance error raised by the ProxyVaultV2 contract.
type ProxyVaultV2InsufficientBalance struct {
	Account common.Address
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, uint256 balance, uint256 amount)
func ProxyVaultV2InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, uint256 balance, uint256 amount)
func (proxyVaultV2 *ProxyVaultV2) UnpackInsufficientBalanceError(raw []byte) (*ProxyVaultV2InsufficientBalance, error) {
	out := new(ProxyVaultV2InsufficientBalance)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2InvalidInitialization represents a InvalidInitialization error raised by the ProxyVaultV2 contract.
type ProxyVaultV2InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ProxyVaultV2InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (proxyVaultV2 *ProxyVaultV2) UnpackInvalidInitializationError(raw []byte) (*ProxyVaultV2InvalidInitialization, error) {
	out := new(ProxyVaultV2InvalidInitialization)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2NotAnUpgrade represents a NotAnUpgrade error raised by the ProxyVaultV2 contract.
type ProxyVaultV2NotAnUpgrade struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnUpgrade(address implementation)
func ProxyVaultV2NotAnUpgradeErrorID() common.Hash {
	return common.HexToHash("0x8f28135c5e59fa3e6fdbdbaff87496c69228ae5f3dddff0246107c5187bc949f")
}

// UnpackNotAnUpgradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnUpgrade(address implementation)
func (proxyVaultV2 *ProxyVaultV2) UnpackNotAnUpgradeError(raw []byte) (*ProxyVaultV2NotAnUpgrade, error) {
	out := new(ProxyVaultV2NotAnUpgrade)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "NotAnUpgrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2NotInitializing represents a NotInitializing error raised by the ProxyVaultV2 contract.
type ProxyVaultV2NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ProxyVaultV2NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (proxyVaultV2 *ProxyVaultV2) UnpackNotInitializingError(raw []byte) (*ProxyVaultV2NotInitializing, error) {
	out := new(ProxyVaultV2NotInitializing)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2NotOwner represents a NotOwner error raised by the ProxyVaultV2 contract.
type ProxyVaultV2NotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func ProxyVaultV2NotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (proxyVaultV2 *ProxyVaultV2) UnpackNotOwnerError(raw []byte) (*ProxyVaultV2NotOwner, error) {
	out := new(ProxyVaultV2NotOwner)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2SafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ProxyVaultV2 contract.
type ProxyVaultV2SafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ProxyVaultV2SafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (proxyVaultV2 *ProxyVaultV2) UnpackSafeERC20FailedOperationError(raw []byte) (*ProxyVaultV2SafeERC20FailedOperation, error) {
	out := new(ProxyVaultV2SafeERC20FailedOperation)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ProxyVaultV2 contract.
type ProxyVaultV2UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ProxyVaultV2UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (proxyVaultV2 *ProxyVaultV2) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ProxyVaultV2UUPSUnauthorizedCallContext, error) {
	out := new(ProxyVaultV2UUPSUnauthorizedCallContext)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ProxyVaultV2 contract.
type ProxyVaultV2UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ProxyVaultV2UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (proxyVaultV2 *ProxyVaultV2) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ProxyVaultV2UUPSUnsupportedProxiableUUID, error) {
	out := new(ProxyVaultV2UUPSUnsupportedProxiableUUID)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultV2ZeroAmount represents a ZeroAmount error raised by the ProxyVaultV2 contract.
type ProxyVaultV2ZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ProxyVaultV2ZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (proxyVaultV2 *ProxyVaultV2) UnpackZeroAmountError(raw []byte) (*ProxyVaultV2ZeroAmount, error) {
	out := new(ProxyVaultV2ZeroAmount)
	if err := proxyVaultV2.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
