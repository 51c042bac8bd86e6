// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package proxyvaulthijack

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

// ProxyVaultHijackMetaData contains all meta data concerning the ProxyVaultHijack contract.
var ProxyVaultHijackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAttacker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attacker\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"drain\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ProxyVaultHijack",
	Bin: "0x60c060405230608052348015610013575f5ffd5b503360a05260805160a05161086b61005b5f395f8181606901528181610193015281816101f1015261032901525f8181610283015281816102ac0152610435015261086b5ff3fe608060405260043610610054575f3560e01c806348eb76ee146100585780634f1ef286146100a857806352d1902d146100bd57806354fd4d50146100df578063ad3cb1cc146100f2578063ece531321461012f575b5f5ffd5b348015610063575f5ffd5b5061008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100bb6100b63660046106e1565b61014e565b005b3480156100c8575f5ffd5b506100d161016d565b60405190815260200161009f565b3480156100ea575f5ffd5b505f196100d1565b3480156100fd575f5ffd5b50610122604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161009f91906107a7565b34801561013a575f5ffd5b506100bb6101493660046107dc565b610188565b610156610278565b61015f8261031e565b6101698282610369565b5050565b5f61017661042a565b505f5160206108165f395f51905f5290565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101d85760405163fcb269b960e01b81523360048201526024015b60405180910390fd5b6040516370a0823160e01b8152306004820152610275907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b038416906370a0823190602401602060405180830381865afa158015610240573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026491906107fe565b6001600160a01b0384169190610473565b50565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806102fe57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166102f25f5160206108165f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561031c5760405163703e46dd60e11b815260040160405180910390fd5b565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102755760405163fcb269b960e01b81523360048201526024016101cf565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156103c3575060408051601f3d908101601f191682019092526103c0918101906107fe565b60015b6103eb57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016101cf565b5f5160206108165f395f51905f52811461041b57604051632a87526960e21b8152600481018290526024016101cf565b61042583836104a8565b505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461031c5760405163703e46dd60e11b815260040160405180910390fd5b61048083838360016104fd565b61042557604051635274afe760e01b81526001600160a01b03841660048201526024016101cf565b6104b18261055f565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156104f55761042582826105c2565b610169610663565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610553578383151615610547573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b806001600160a01b03163b5f0361059457604051634c9c8ce360e01b81526001600160a01b03821660048201526024016101cf565b5f5160206108165f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6105cf8484610682565b90508080156105f057505f3d11806105f057505f846001600160a01b03163b115b15610605576105fd610695565b91505061065d565b801561062f57604051639996b31560e01b81526001600160a01b03851660048201526024016101cf565b3d156106425761063d6106ae565b61065b565b60405163d6bda27560e01b815260040160405180910390fd5b505b92915050565b341561031c5760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b6001600160a01b0381168114610275575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156106f2575f5ffd5b82356106fd816106b9565b9150602083013567ffffffffffffffff811115610718575f5ffd5b8301601f81018513610728575f5ffd5b803567ffffffffffffffff811115610742576107426106cd565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610771576107716106cd565b604052818152828201602001871015610788575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156107ec575f5ffd5b81356107f7816106b9565b9392505050565b5f6020828403121561080e575f5ffd5b505191905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbca26469706673582212204d87811e8c4396efde379f9f15186de1fd4678ca292b9385d1fa1ce22292010a64736f6c634300081e0033",
}

// ProxyVaultHijack is an auto generated Go binding around an Ethereum contract.
type ProxyVaultHijack struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProxyVaultHijack) GetABI() abi.ABI {
	return c.abi
}

// NewProxyVaultHijack creates a new instance of ProxyVaultHijack.
func NewProxyVaultHijack() *ProxyVaultHijack {
	parsed, err := ProxyVaultHijackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProxyVaultHijack{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProxyVaultHijack) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (proxyVaultHijack *ProxyVaultHijack) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := proxyVaultHijack.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (proxyVaultHijack *ProxyVaultHijack) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return proxyVaultHijack.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (proxyVaultHijack *ProxyVaultHijack) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := proxyVaultHijack.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAttacker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48eb76ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attacker() view returns(address)
func (proxyVaultHijack *ProxyVaultHijack) PackAttacker() []byte {
	enc, err := proxyVaultHijack.abi.Pack("attacker")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttacker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48eb76ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attacker() view returns(address)
func (proxyVaultHijack *ProxyVaultHijack) TryPackAttacker() ([]byte, error) {
	return proxyVaultHijack.abi.Pack("attacker")
}

// UnpackAttacker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48eb76ee.
//
// Solidity: function attacker() view returns(address)
func (proxyVaultHijack *ProxyVaultHijack) UnpackAttacker(data []byte) (common.Address, error) {
	out, err := proxyVaultHijack.abi.Unpack("attacker", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDrain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece53132.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drain(address token) returns()
func (proxyVaultHijack *ProxyVaultHijack) PackDrain(token common.Address) []byte {
	enc, err := proxyVaultHijack.abi.Pack("drain", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece53132.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drain(address token) returns()
func (proxyVaultHijack *ProxyVaultHijack) TryPackDrain(token common.Address) ([]byte, error) {
	return proxyVaultHijack.abi.Pack("drain", token)
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (proxyVaultHijack *ProxyVaultHijack) PackProxiableUUID() []byte {
	enc, err := proxyVaultHijack.abi.Pack("proxiableUUID")
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
func (proxyVaultHijack *ProxyVaultHijack) TryPackProxiableUUID() ([]byte, error) {
	return proxyVaultHijack.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (proxyVaultHijack *ProxyVaultHijack) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := proxyVaultHijack.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (proxyVaultHijack *ProxyVaultHijack) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := proxyVaultHijack.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (proxyVaultHijack *ProxyVaultHijack) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return proxyVaultHijack.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (proxyVaultHijack *ProxyVaultHijack) PackVersion() []byte {
	enc, err := proxyVaultHijack.abi.Pack("version")
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
func (proxyVaultHijack *ProxyVaultHijack) TryPackVersion() ([]byte, error) {
	return proxyVaultHijack.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (proxyVaultHijack *ProxyVaultHijack) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := proxyVaultHijack.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ProxyVaultHijackUpgraded represents a Upgraded event raised by the ProxyVaultHijack contract.
type ProxyVaultHijackUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProxyVaultHijackUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ProxyVaultHijackUpgraded) ContractEventName() string {
	return ProxyVaultHijackUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (proxyVaultHijack *ProxyVaultHijack) UnpackUpgradedEvent(log *types.Log) (*ProxyVaultHijackUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proxyVaultHijack.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProxyVaultHijackUpgraded)
	if len(log.Data) > 0 {
		if err := proxyVaultHijack.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proxyVaultHijack.abi.Events[event].Inputs {
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
func (proxyVaultHijack *ProxyVaultHijack) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["NotAttacker"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackNotAttackerError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], proxyVaultHijack.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return proxyVaultHijack.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProxyVaultHijackAddressEmptyCode represents a AddressEmptyCode error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ProxyVaultHijackAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (proxyVaultHijack *ProxyVaultHijack) UnpackAddressEmptyCodeError(raw []byte) (*ProxyVaultHijackAddressEmptyCode, error) {
	out := new(ProxyVaultHijackAddressEmptyCode)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ProxyVaultHijackERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (proxyVaultHijack *ProxyVaultHijack) UnpackERC1967InvalidImplementationError(raw []byte) (*ProxyVaultHijackERC1967InvalidImplementation, error) {
	out := new(ProxyVaultHijackERC1967InvalidImplementation)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackERC1967NonPayable represents a ERC1967NonPayable error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ProxyVaultHijackERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (proxyVaultHijack *ProxyVaultHijack) UnpackERC1967NonPayableError(raw []byte) (*ProxyVaultHijackERC1967NonPayable, error) {
	out := new(ProxyVaultHijackERC1967NonPayable)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackFailedCall represents a FailedCall error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ProxyVaultHijackFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (proxyVaultHijack *ProxyVaultHijack) UnpackFailedCallError(raw []byte) (*ProxyVaultHijackFailedCall, error) {
	out := new(ProxyVaultHijackFailedCall)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackNotAttacker represents a NotAttacker error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackNotAttacker struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttacker(address caller)
func ProxyVaultHijackNotAttackerErrorID() common.Hash {
	return common.HexToHash("0xfcb269b95d4669dc407d320fefc4d918d247848843b7089b54f18fe16ca6f2fb")
}

// UnpackNotAttackerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttacker(address caller)
func (proxyVaultHijack *ProxyVaultHijack) UnpackNotAttackerError(raw []byte) (*ProxyVaultHijackNotAttacker, error) {
	out := new(ProxyVaultHijackNotAttacker)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "NotAttacker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ProxyVaultHijackSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (proxyVaultHijack *ProxyVaultHijack) UnpackSafeERC20FailedOperationError(raw []byte) (*ProxyVaultHijackSafeERC20FailedOperation, error) {
	out := new(ProxyVaultHijackSafeERC20FailedOperation)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ProxyVaultHijackUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (proxyVaultHijack *ProxyVaultHijack) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ProxyVaultHijackUUPSUnauthorizedCallContext, error) {
	out := new(ProxyVaultHijackUUPSUnauthorizedCallContext)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProxyVaultHijackUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ProxyVaultHijack contract.
type ProxyVaultHijackUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ProxyVaultHijackUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (proxyVaultHijack *ProxyVaultHijack) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ProxyVaultHijackUUPSUnsupportedProxiableUUID, error) {
	out := new(ProxyVaultHijackUUPSUnsupportedProxiableUUID)
	if err := proxyVaultHijack.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
