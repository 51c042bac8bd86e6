// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hookedethervault

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

// HookedEtherVaultMetaData contains all meta data concerning the HookedEtherVault contract.
var HookedEtherVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"depositCap_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"DepositCapUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCap\",\"type\":\"uint256\"}],\"name\":\"setDepositCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HookedEtherVault",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610e68380380610e6883398101604081905261002e9161019d565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038316158061006f57506001600160a01b038216155b1561008d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03831660805260048190556100a95f836100dd565b506100d47f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041836100dd565b505050506101dd565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661017d575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101353390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610180565b505f5b92915050565b6001600160a01b038116811461019a575f5ffd5b50565b5f5f5f606084860312156101af575f5ffd5b83516101ba81610186565b60208501519093506101cb81610186565b80925050604084015190509250925092565b608051610c656102035f395f81816102910152818161037d01526106ed0152610c655ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806370a08231116100a9578063a9059cbb1161006e578063a9059cbb1461024a578063b6b55f251461025d578063d547741f14610270578063dbd5edc714610283578063fc0c546a1461028c575f5ffd5b806370a08231146101f65780638456cb5914610215578063866512031461021d57806391d1485414610230578063a217fddf14610243575f5ffd5b80632e1a7d4d116100ef5780632e1a7d4d146101a85780632f2ff15d146101bd57806336568abe146101d05780633f4ba83a146101e35780635c975abb146101eb575f5ffd5b806301ffc9a71461012057806318160ddd14610148578063248a9ca31461015f57806324ea54f414610181575b5f5ffd5b61013361012e366004610b2a565b6102cb565b60405190151581526020015b60405180910390f35b61015160035481565b60405190815260200161013f565b61015161016d366004610b58565b5f9081526020819052604090206001015490565b6101517f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b6101bb6101b6366004610b58565b610301565b005b6101bb6101cb366004610b8a565b61043a565b6101bb6101de366004610b8a565b610464565b6101bb61049c565b60015460ff16610133565b610151610204366004610bb4565b60026020525f908152604090205481565b6101bb6104ae565b6101bb61022b366004610b58565b6104e0565b61013361023e366004610b8a565b61052c565b6101515f81565b610133610258366004610bcd565b610554565b6101bb61026b366004610b58565b610649565b6101bb61027e366004610b8a565b610747565b61015160045481565b6102b37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b5f6001600160e01b03198216637965db0b60e01b14806102fb57506301ffc9a760e01b6001600160e01b03198316145b92915050565b61030961076b565b610311610799565b805f0361033157604051631f2a200560e01b815260040160405180910390fd5b335f90815260026020526040902054808211156103705760405163cf47918160e01b815260048101839052602481018290526044015b60405180910390fd5b6103a46001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846107bf565b6103ae8282610c09565b335f90815260026020526040812091909155600380548492906103d2908490610c09565b909155505060405182815233907f884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a9424364906020015b60405180910390a25061043760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50565b5f82815260208190526040902060010154610454816107f4565b61045e83836107fe565b50505050565b6001600160a01b038116331461048d5760405163334bd91960e11b815260040160405180910390fd5b610497828261088d565b505050565b5f6104a6816107f4565b6104376108f6565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416104d8816107f4565b610437610948565b5f6104ea816107f4565b60045460408051918252602082018490527ffbe912fdd0185617e8cafd12d97b59175b90e15f5c629faf6413469af54ee080910160405180910390a150600455565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61055d610799565b6001600160a01b0383166105845760405163d92e233d60e01b815260040160405180910390fd5b335f90815260026020526040902054808311156105be5760405163cf47918160e01b81526004810184905260248101829052604401610367565b6105c88382610c09565b335f90815260026020526040808220929092556001600160a01b038616815290812080548592906105fa908490610c1c565b90915550506040518381526001600160a01b0385169033907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35060019392505050565b61065161076b565b610659610799565b805f0361067957604051631f2a200560e01b815260040160405180910390fd5b5f816003546106889190610c1c565b90506004548111156106b8576004805460405163f480e28560e01b81529182018390526024820152604401610367565b335f90815260026020526040812080548492906106d6908490610c1c565b909155505060038190556107156001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610983565b60405182815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c90602001610405565b5f82815260208190526040902060010154610761816107f4565b61045e838361088d565b6107736109b9565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60015460ff16156107bd5760405163d93c066560e01b815260040160405180910390fd5b565b6107cc83838360016109fb565b61049757604051635274afe760e01b81526001600160a01b0384166004820152602401610367565b6104378133610a5d565b5f610809838361052c565b610886575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561083e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102fb565b505f6102fb565b5f610898838361052c565b15610886575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102fb565b6108fe610a9a565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b610950610799565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361092b565b610991848484846001610abd565b61045e57604051635274afe760e01b81526001600160a01b0385166004820152602401610367565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00546002036107bd57604051633ee5aeb560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610a51578383151615610a45573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b610a67828261052c565b610a965760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610367565b5050565b60015460ff166107bd57604051638dfc202b60e01b815260040160405180910390fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610b19578383151615610b0d573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215610b3a575f5ffd5b81356001600160e01b031981168114610b51575f5ffd5b9392505050565b5f60208284031215610b68575f5ffd5b5035919050565b80356001600160a01b0381168114610b85575f5ffd5b919050565b5f5f60408385031215610b9b575f5ffd5b82359150610bab60208401610b6f565b90509250929050565b5f60208284031215610bc4575f5ffd5b610b5182610b6f565b5f5f60408385031215610bde575f5ffd5b610be783610b6f565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156102fb576102fb610bf5565b808201808211156102fb576102fb610bf556fea26469706673582212200463f9913d832b3ebdda26e39006c515886bb85d2c524b637229fc6ef87361cf64736f6c634300081e0033",
}

// HookedEtherVault is an auto generated Go binding around an Ethereum contract.
type HookedEtherVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookedEtherVault) GetABI() abi.ABI {
	return c.abi
}

// NewHookedEtherVault creates a new instance of HookedEtherVault.
func NewHookedEtherVault() *HookedEtherVault {
	parsed, err := HookedEtherVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookedEtherVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookedEtherVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin, uint256 depositCap_) returns()
func (hookedEtherVault *HookedEtherVault) PackConstructor(token_ common.Address, admin common.Address, depositCap_ *big.Int) []byte {
	enc, err := hookedEtherVault.abi.Pack("", token_, admin, depositCap_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) PackDEFAULTADMINROLE() []byte {
	enc, err := hookedEtherVault.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return hookedEtherVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := hookedEtherVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) PackGUARDIANROLE() []byte {
	enc, err := hookedEtherVault.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) TryPackGUARDIANROLE() ([]byte, error) {
	return hookedEtherVault.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := hookedEtherVault.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hookedEtherVault *HookedEtherVault) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := hookedEtherVault.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hookedEtherVault *HookedEtherVault) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return hookedEtherVault.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hookedEtherVault *HookedEtherVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hookedEtherVault.abi.Unpack("balanceOf", data)
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
func (hookedEtherVault *HookedEtherVault) PackDeposit(amount *big.Int) []byte {
	enc, err := hookedEtherVault.abi.Pack("deposit", amount)
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
func (hookedEtherVault *HookedEtherVault) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return hookedEtherVault.abi.Pack("deposit", amount)
}

// PackDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd5edc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCap() view returns(uint256)
func (hookedEtherVault *HookedEtherVault) PackDepositCap() []byte {
	enc, err := hookedEtherVault.abi.Pack("depositCap")
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
func (hookedEtherVault *HookedEtherVault) TryPackDepositCap() ([]byte, error) {
	return hookedEtherVault.abi.Pack("depositCap")
}

// UnpackDepositCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (hookedEtherVault *HookedEtherVault) UnpackDepositCap(data []byte) (*big.Int, error) {
	out, err := hookedEtherVault.abi.Unpack("depositCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := hookedEtherVault.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return hookedEtherVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (hookedEtherVault *HookedEtherVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := hookedEtherVault.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (hookedEtherVault *HookedEtherVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := hookedEtherVault.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (hookedEtherVault *HookedEtherVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return hookedEtherVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (hookedEtherVault *HookedEtherVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := hookedEtherVault.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (hookedEtherVault *HookedEtherVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return hookedEtherVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (hookedEtherVault *HookedEtherVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := hookedEtherVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (hookedEtherVault *HookedEtherVault) PackPause() []byte {
	enc, err := hookedEtherVault.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (hookedEtherVault *HookedEtherVault) TryPackPause() ([]byte, error) {
	return hookedEtherVault.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (hookedEtherVault *HookedEtherVault) PackPaused() []byte {
	enc, err := hookedEtherVault.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (hookedEtherVault *HookedEtherVault) TryPackPaused() ([]byte, error) {
	return hookedEtherVault.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (hookedEtherVault *HookedEtherVault) UnpackPaused(data []byte) (bool, error) {
	out, err := hookedEtherVault.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (hookedEtherVault *HookedEtherVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := hookedEtherVault.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (hookedEtherVault *HookedEtherVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return hookedEtherVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (hookedEtherVault *HookedEtherVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := hookedEtherVault.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (hookedEtherVault *HookedEtherVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return hookedEtherVault.abi.Pack("revokeRole", role, account)
}

// PackSetDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86651203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDepositCap(uint256 newCap) returns()
func (hookedEtherVault *HookedEtherVault) PackSetDepositCap(newCap *big.Int) []byte {
	enc, err := hookedEtherVault.abi.Pack("setDepositCap", newCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86651203.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDepositCap(uint256 newCap) returns()
func (hookedEtherVault *HookedEtherVault) TryPackSetDepositCap(newCap *big.Int) ([]byte, error) {
	return hookedEtherVault.abi.Pack("setDepositCap", newCap)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (hookedEtherVault *HookedEtherVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := hookedEtherVault.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (hookedEtherVault *HookedEtherVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return hookedEtherVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (hookedEtherVault *HookedEtherVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := hookedEtherVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hookedEtherVault *HookedEtherVault) PackToken() []byte {
	enc, err := hookedEtherVault.abi.Pack("token")
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
func (hookedEtherVault *HookedEtherVault) TryPackToken() ([]byte, error) {
	return hookedEtherVault.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hookedEtherVault *HookedEtherVault) UnpackToken(data []byte) (common.Address, error) {
	out, err := hookedEtherVault.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookedEtherVault *HookedEtherVault) PackTotalSupply() []byte {
	enc, err := hookedEtherVault.abi.Pack("totalSupply")
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
func (hookedEtherVault *HookedEtherVault) TryPackTotalSupply() ([]byte, error) {
	return hookedEtherVault.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookedEtherVault *HookedEtherVault) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hookedEtherVault.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hookedEtherVault *HookedEtherVault) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := hookedEtherVault.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hookedEtherVault *HookedEtherVault) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return hookedEtherVault.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hookedEtherVault *HookedEtherVault) UnpackTransfer(data []byte) (bool, error) {
	out, err := hookedEtherVault.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (hookedEtherVault *HookedEtherVault) PackUnpause() []byte {
	enc, err := hookedEtherVault.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (hookedEtherVault *HookedEtherVault) TryPackUnpause() ([]byte, error) {
	return hookedEtherVault.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hookedEtherVault *HookedEtherVault) PackWithdraw(amount *big.Int) []byte {
	enc, err := hookedEtherVault.abi.Pack("withdraw", amount)
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
func (hookedEtherVault *HookedEtherVault) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return hookedEtherVault.abi.Pack("withdraw", amount)
}

// HookedEtherVaultDeposit represents a Deposit event raised by the HookedEtherVault contract.
type HookedEtherVaultDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultDeposit) ContractEventName() string {
	return HookedEtherVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hookedEtherVault *HookedEtherVault) UnpackDepositEvent(log *types.Log) (*HookedEtherVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultDeposit)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultDepositCapUpdated represents a DepositCapUpdated event raised by the HookedEtherVault contract.
type HookedEtherVaultDepositCapUpdated struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultDepositCapUpdatedEventName = "DepositCapUpdated"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultDepositCapUpdated) ContractEventName() string {
	return HookedEtherVaultDepositCapUpdatedEventName
}

// UnpackDepositCapUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositCapUpdated(uint256 previous, uint256 current)
func (hookedEtherVault *HookedEtherVault) UnpackDepositCapUpdatedEvent(log *types.Log) (*HookedEtherVaultDepositCapUpdated, error) {
	event := "DepositCapUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultDepositCapUpdated)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultPaused represents a Paused event raised by the HookedEtherVault contract.
type HookedEtherVaultPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultPaused) ContractEventName() string {
	return HookedEtherVaultPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (hookedEtherVault *HookedEtherVault) UnpackPausedEvent(log *types.Log) (*HookedEtherVaultPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultPaused)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultRoleAdminChanged represents a RoleAdminChanged event raised by the HookedEtherVault contract.
type HookedEtherVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultRoleAdminChanged) ContractEventName() string {
	return HookedEtherVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (hookedEtherVault *HookedEtherVault) UnpackRoleAdminChangedEvent(log *types.Log) (*HookedEtherVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultRoleGranted represents a RoleGranted event raised by the HookedEtherVault contract.
type HookedEtherVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultRoleGranted) ContractEventName() string {
	return HookedEtherVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (hookedEtherVault *HookedEtherVault) UnpackRoleGrantedEvent(log *types.Log) (*HookedEtherVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultRoleRevoked represents a RoleRevoked event raised by the HookedEtherVault contract.
type HookedEtherVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultRoleRevoked) ContractEventName() string {
	return HookedEtherVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (hookedEtherVault *HookedEtherVault) UnpackRoleRevokedEvent(log *types.Log) (*HookedEtherVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultTransfer represents a Transfer event raised by the HookedEtherVault contract.
type HookedEtherVaultTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultTransfer) ContractEventName() string {
	return HookedEtherVaultTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 amount)
func (hookedEtherVault *HookedEtherVault) UnpackTransferEvent(log *types.Log) (*HookedEtherVaultTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultTransfer)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultUnpaused represents a Unpaused event raised by the HookedEtherVault contract.
type HookedEtherVaultUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultUnpaused) ContractEventName() string {
	return HookedEtherVaultUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (hookedEtherVault *HookedEtherVault) UnpackUnpausedEvent(log *types.Log) (*HookedEtherVaultUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultUnpaused)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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

// HookedEtherVaultWithdraw represents a Withdraw event raised by the HookedEtherVault contract.
type HookedEtherVaultWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookedEtherVaultWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HookedEtherVaultWithdraw) ContractEventName() string {
	return HookedEtherVaultWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hookedEtherVault *HookedEtherVault) UnpackWithdrawEvent(log *types.Log) (*HookedEtherVaultWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookedEtherVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookedEtherVaultWithdraw)
	if len(log.Data) > 0 {
		if err := hookedEtherVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookedEtherVault.abi.Events[event].Inputs {
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
func (hookedEtherVault *HookedEtherVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["CapExceeded"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookedEtherVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return hookedEtherVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookedEtherVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the HookedEtherVault contract.
type HookedEtherVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func HookedEtherVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (hookedEtherVault *HookedEtherVault) UnpackAccessControlBadConfirmationError(raw []byte) (*HookedEtherVaultAccessControlBadConfirmation, error) {
	out := new(HookedEtherVaultAccessControlBadConfirmation)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the HookedEtherVault contract.
type HookedEtherVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func HookedEtherVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (hookedEtherVault *HookedEtherVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*HookedEtherVaultAccessControlUnauthorizedAccount, error) {
	out := new(HookedEtherVaultAccessControlUnauthorizedAccount)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultCapExceeded represents a CapExceeded error raised by the HookedEtherVault contract.
type HookedEtherVaultCapExceeded struct {
	TotalAfter *big.Int
	Cap        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapExceeded(uint256 totalAfter, uint256 cap)
func HookedEtherVaultCapExceededErrorID() common.Hash {
	return common.HexToHash("0xf480e2850bfea7f2377ccca2189896041990c94ce0d428ccc05aefd1ae47897a")
}

// UnpackCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapExceeded(uint256 totalAfter, uint256 cap)
func (hookedEtherVault *HookedEtherVault) UnpackCapExceededError(raw []byte) (*HookedEtherVaultCapExceeded, error) {
	out := new(HookedEtherVaultCapExceeded)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "CapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultEnforcedPause represents a EnforcedPause error raised by the HookedEtherVault contract.
type HookedEtherVaultEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func HookedEtherVaultEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (hookedEtherVault *HookedEtherVault) UnpackEnforcedPauseError(raw []byte) (*HookedEtherVaultEnforcedPause, error) {
	out := new(HookedEtherVaultEnforcedPause)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultExpectedPause represents a ExpectedPause error raised by the HookedEtherVault contract.
type HookedEtherVaultExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func HookedEtherVaultExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (hookedEtherVault *HookedEtherVault) UnpackExpectedPauseError(raw []byte) (*HookedEtherVaultExpectedPause, error) {
	out := new(HookedEtherVaultExpectedPause)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultInsufficientBalance represents a InsufficientBalance error raised by the HookedEtherVault contract.
type HookedEtherVaultInsufficientBalance struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 requested, uint256 available)
func HookedEtherVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 requested, uint256 available)
func (hookedEtherVault *HookedEtherVault) UnpackInsufficientBalanceError(raw []byte) (*HookedEtherVaultInsufficientBalance, error) {
	out := new(HookedEtherVaultInsufficientBalance)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the HookedEtherVault contract.
type HookedEtherVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func HookedEtherVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (hookedEtherVault *HookedEtherVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*HookedEtherVaultReentrancyGuardReentrantCall, error) {
	out := new(HookedEtherVaultReentrancyGuardReentrantCall)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the HookedEtherVault contract.
type HookedEtherVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func HookedEtherVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (hookedEtherVault *HookedEtherVault) UnpackSafeERC20FailedOperationError(raw []byte) (*HookedEtherVaultSafeERC20FailedOperation, error) {
	out := new(HookedEtherVaultSafeERC20FailedOperation)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultZeroAddress represents a ZeroAddress error raised by the HookedEtherVault contract.
type HookedEtherVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func HookedEtherVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (hookedEtherVault *HookedEtherVault) UnpackZeroAddressError(raw []byte) (*HookedEtherVaultZeroAddress, error) {
	out := new(HookedEtherVaultZeroAddress)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookedEtherVaultZeroAmount represents a ZeroAmount error raised by the HookedEtherVault contract.
type HookedEtherVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func HookedEtherVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (hookedEtherVault *HookedEtherVault) UnpackZeroAmountError(raw []byte) (*HookedEtherVaultZeroAmount, error) {
	out := new(HookedEtherVaultZeroAmount)
	if err := hookedEtherVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
