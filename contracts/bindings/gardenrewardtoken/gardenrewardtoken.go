// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gardenrewardtoken

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

// GardenRewardTokenMetaData contains all meta data concerning the GardenRewardToken contract.
var GardenRewardTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "GardenRewardToken",
	Bin: "0x608060405234801561000f575f5ffd5b506040516110cb3803806110cb83398101604081905261002e91610174565b6040518060400160405280600681526020016523b0b93232b760d11b8152506040518060400160405280600481526020016323a9222760e11b81525081600390816100799190610239565b5060046100868282610239565b5061009591505f9050826100c7565b506100c07f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6826100c7565b50506102f3565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff1661016b575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101233390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161016e565b505f5b92915050565b5f60208284031215610184575f5ffd5b81516001600160a01b038116811461019a575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101c957607f821691505b6020821081036101e757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561023457805f5260205f20601f840160051c810160208510156102125750805b601f840160051c820191505b81811015610231575f815560010161021e565b50505b505050565b81516001600160401b03811115610252576102526101a1565b6102668161026084546101b5565b846101ed565b6020601f821160018114610298575f83156102815750848201515b5f19600385901b1c1916600184901b178455610231565b5f84815260208120601f198516915b828110156102c757878501518255602094850194600190920191016102a7565b50848210156102e457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610dcb806103005f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806342966c68116100b457806395d89b411161007957806395d89b411461028b578063a217fddf14610293578063a9059cbb1461029a578063d5391393146102ad578063d547741f146102d4578063dd62ed3e146102e7575f5ffd5b806342966c681461021757806370a082311461022a57806379cc6790146102525780637c88e3d91461026557806391d1485414610278575f5ffd5b8063248a9ca3116100fa578063248a9ca3146101ab5780632f2ff15d146101cd578063313ce567146101e257806336568abe146101f157806340c10f1914610204575f5ffd5b806301ffc9a71461013657806306fdde031461015e578063095ea7b31461017357806318160ddd1461018657806323b872dd14610198575b5f5ffd5b610149610144366004610b14565b61031f565b60405190151581526020015b60405180910390f35b610166610355565b6040516101559190610b42565b610149610181366004610b92565b6103e5565b6002545b604051908152602001610155565b6101496101a6366004610bba565b6103fc565b61018a6101b9366004610bf4565b5f9081526005602052604090206001015490565b6101e06101db366004610c0b565b61041f565b005b60405160128152602001610155565b6101e06101ff366004610c0b565b610449565b6101e0610212366004610b92565b610481565b6101e0610225366004610bf4565b6104cf565b61018a610238366004610c35565b6001600160a01b03165f9081526020819052604090205490565b6101e0610260366004610b92565b6104dc565b6101e0610273366004610c96565b6104f5565b610149610286366004610c0b565b610626565b610166610650565b61018a5f81565b6101496102a8366004610b92565b61065f565b61018a7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101e06102e2366004610c0b565b61066c565b61018a6102f5366004610d02565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6001600160e01b03198216637965db0b60e01b148061034f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461036490610d2a565b80601f016020809104026020016040519081016040528092919081815260200182805461039090610d2a565b80156103db5780601f106103b2576101008083540402835291602001916103db565b820191905f5260205f20905b8154815290600101906020018083116103be57829003601f168201915b5050505050905090565b5f336103f2818585610690565b5060019392505050565b5f3361040985828561069d565b610414858585610718565b506001949350505050565b5f8281526005602052604090206001015461043981610775565b610443838361077f565b50505050565b6001600160a01b03811633146104725760405163334bd91960e11b815260040160405180910390fd5b61047c8282610810565b505050565b61048b828261087b565b6040518181526001600160a01b0383169033907ffa8ccab40e7da8146c2304cd0950334fd30a6ba093abe86261aa13911fed849c9060200160405180910390a35050565b6104d933826108af565b50565b6104e782338361069d565b6104f182826108af565b5050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661051f81610775565b838214610542576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8481101561061e5761059486868381811061056157610561610d62565b90506020020160208101906105769190610c35565b85858481811061058857610588610d62565b9050602002013561087b565b8585828181106105a6576105a6610d62565b90506020020160208101906105bb9190610c35565b6001600160a01b0316337ffa8ccab40e7da8146c2304cd0950334fd30a6ba093abe86261aa13911fed849c8686858181106105f8576105f8610d62565b9050602002013560405161060e91815260200190565b60405180910390a3600101610544565b505050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461036490610d2a565b5f336103f2818585610718565b5f8281526005602052604090206001015461068681610775565b6104438383610810565b61047c83838360016108e3565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610443578181101561070a57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61044384848484035f6108e3565b6001600160a01b03831661074157604051634b637e8f60e11b81525f6004820152602401610701565b6001600160a01b03821661076a5760405163ec442f0560e01b81525f6004820152602401610701565b61047c8383836109b5565b6104d98133610adb565b5f61078a8383610626565b610809575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556107c13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161034f565b505f61034f565b5f61081b8383610626565b15610809575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161034f565b6001600160a01b0382166108a45760405163ec442f0560e01b81525f6004820152602401610701565b6104f15f83836109b5565b6001600160a01b0382166108d857604051634b637e8f60e11b81525f6004820152602401610701565b6104f1825f836109b5565b6001600160a01b03841661090c5760405163e602df0560e01b81525f6004820152602401610701565b6001600160a01b03831661093557604051634a1406b160e11b81525f6004820152602401610701565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561044357826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516109a791815260200190565b60405180910390a350505050565b6001600160a01b0383166109df578060025f8282546109d49190610d76565b90915550610a4f9050565b6001600160a01b0383165f9081526020819052604090205481811015610a315760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610701565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610a6b57600280548290039055610a89565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610ace91815260200190565b60405180910390a3505050565b610ae58282610626565b6104f15760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610701565b5f60208284031215610b24575f5ffd5b81356001600160e01b031981168114610b3b575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610b8d575f5ffd5b919050565b5f5f60408385031215610ba3575f5ffd5b610bac83610b77565b946020939093013593505050565b5f5f5f60608486031215610bcc575f5ffd5b610bd584610b77565b9250610be360208501610b77565b929592945050506040919091013590565b5f60208284031215610c04575f5ffd5b5035919050565b5f5f60408385031215610c1c575f5ffd5b82359150610c2c60208401610b77565b90509250929050565b5f60208284031215610c45575f5ffd5b610b3b82610b77565b5f5f83601f840112610c5e575f5ffd5b50813567ffffffffffffffff811115610c75575f5ffd5b6020830191508360208260051b8501011115610c8f575f5ffd5b9250929050565b5f5f5f5f60408587031215610ca9575f5ffd5b843567ffffffffffffffff811115610cbf575f5ffd5b610ccb87828801610c4e565b909550935050602085013567ffffffffffffffff811115610cea575f5ffd5b610cf687828801610c4e565b95989497509550505050565b5f5f60408385031215610d13575f5ffd5b610d1c83610b77565b9150610c2c60208401610b77565b600181811c90821680610d3e57607f821691505b602082108103610d5c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561034f57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220bbc03f3d2d16f57183c5c7784def580f0d0fa117691af96f6e81d5e0863c6c7c64736f6c634300081e0033",
}

// GardenRewardToken is an auto generated Go binding around an Ethereum contract.
type GardenRewardToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GardenRewardToken) GetABI() abi.ABI {
	return c.abi
}

// NewGardenRewardToken creates a new instance of GardenRewardToken.
func NewGardenRewardToken() *GardenRewardToken {
	parsed, err := GardenRewardTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GardenRewardToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GardenRewardToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (gardenRewardToken *GardenRewardToken) PackConstructor(admin common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("", admin)
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
func (gardenRewardToken *GardenRewardToken) PackDEFAULTADMINROLE() []byte {
	enc, err := gardenRewardToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (gardenRewardToken *GardenRewardToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return gardenRewardToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := gardenRewardToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) PackMINTERROLE() []byte {
	enc, err := gardenRewardToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) TryPackMINTERROLE() ([]byte, error) {
	return gardenRewardToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := gardenRewardToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gardenRewardToken *GardenRewardToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("allowance", owner, spender)
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
func (gardenRewardToken *GardenRewardToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gardenRewardToken *GardenRewardToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := gardenRewardToken.abi.Unpack("allowance", data)
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
func (gardenRewardToken *GardenRewardToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("approve", spender, value)
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
func (gardenRewardToken *GardenRewardToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gardenRewardToken *GardenRewardToken) UnpackApprove(data []byte) (bool, error) {
	out, err := gardenRewardToken.abi.Unpack("approve", data)
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
func (gardenRewardToken *GardenRewardToken) PackBalanceOf(account common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("balanceOf", account)
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
func (gardenRewardToken *GardenRewardToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gardenRewardToken *GardenRewardToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gardenRewardToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (gardenRewardToken *GardenRewardToken) PackBurn(value *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (gardenRewardToken *GardenRewardToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("burn", value)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (gardenRewardToken *GardenRewardToken) PackBurnFrom(account common.Address, value *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("burnFrom", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (gardenRewardToken *GardenRewardToken) TryPackBurnFrom(account common.Address, value *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("burnFrom", account, value)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (gardenRewardToken *GardenRewardToken) PackDecimals() []byte {
	enc, err := gardenRewardToken.abi.Pack("decimals")
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
func (gardenRewardToken *GardenRewardToken) TryPackDecimals() ([]byte, error) {
	return gardenRewardToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (gardenRewardToken *GardenRewardToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := gardenRewardToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := gardenRewardToken.abi.Pack("getRoleAdmin", role)
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
func (gardenRewardToken *GardenRewardToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return gardenRewardToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gardenRewardToken *GardenRewardToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := gardenRewardToken.abi.Unpack("getRoleAdmin", data)
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
func (gardenRewardToken *GardenRewardToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("grantRole", role, account)
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
func (gardenRewardToken *GardenRewardToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gardenRewardToken *GardenRewardToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("hasRole", role, account)
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
func (gardenRewardToken *GardenRewardToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gardenRewardToken *GardenRewardToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := gardenRewardToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (gardenRewardToken *GardenRewardToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (gardenRewardToken *GardenRewardToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("mint", to, amount)
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c88e3d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(address[] to, uint256[] amounts) returns()
func (gardenRewardToken *GardenRewardToken) PackMintBatch(to []common.Address, amounts []*big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("mintBatch", to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c88e3d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(address[] to, uint256[] amounts) returns()
func (gardenRewardToken *GardenRewardToken) TryPackMintBatch(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("mintBatch", to, amounts)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (gardenRewardToken *GardenRewardToken) PackName() []byte {
	enc, err := gardenRewardToken.abi.Pack("name")
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
func (gardenRewardToken *GardenRewardToken) TryPackName() ([]byte, error) {
	return gardenRewardToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gardenRewardToken *GardenRewardToken) UnpackName(data []byte) (string, error) {
	out, err := gardenRewardToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gardenRewardToken *GardenRewardToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (gardenRewardToken *GardenRewardToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gardenRewardToken *GardenRewardToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := gardenRewardToken.abi.Pack("revokeRole", role, account)
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
func (gardenRewardToken *GardenRewardToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return gardenRewardToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gardenRewardToken *GardenRewardToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := gardenRewardToken.abi.Pack("supportsInterface", interfaceId)
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
func (gardenRewardToken *GardenRewardToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return gardenRewardToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gardenRewardToken *GardenRewardToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := gardenRewardToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gardenRewardToken *GardenRewardToken) PackSymbol() []byte {
	enc, err := gardenRewardToken.abi.Pack("symbol")
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
func (gardenRewardToken *GardenRewardToken) TryPackSymbol() ([]byte, error) {
	return gardenRewardToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gardenRewardToken *GardenRewardToken) UnpackSymbol(data []byte) (string, error) {
	out, err := gardenRewardToken.abi.Unpack("symbol", data)
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
func (gardenRewardToken *GardenRewardToken) PackTotalSupply() []byte {
	enc, err := gardenRewardToken.abi.Pack("totalSupply")
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
func (gardenRewardToken *GardenRewardToken) TryPackTotalSupply() ([]byte, error) {
	return gardenRewardToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gardenRewardToken *GardenRewardToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gardenRewardToken.abi.Unpack("totalSupply", data)
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
func (gardenRewardToken *GardenRewardToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("transfer", to, value)
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
func (gardenRewardToken *GardenRewardToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gardenRewardToken *GardenRewardToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := gardenRewardToken.abi.Unpack("transfer", data)
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
func (gardenRewardToken *GardenRewardToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := gardenRewardToken.abi.Pack("transferFrom", from, to, value)
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
func (gardenRewardToken *GardenRewardToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return gardenRewardToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gardenRewardToken *GardenRewardToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := gardenRewardToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// GardenRewardTokenApproval represents a Approval event raised by the GardenRewardToken contract.
type GardenRewardTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenApproval) ContractEventName() string {
	return GardenRewardTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (gardenRewardToken *GardenRewardToken) UnpackApprovalEvent(log *types.Log) (*GardenRewardTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenApproval)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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

// GardenRewardTokenRewardsMinted represents a RewardsMinted event raised by the GardenRewardToken contract.
type GardenRewardTokenRewardsMinted struct {
	Minter common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenRewardsMintedEventName = "RewardsMinted"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenRewardsMinted) ContractEventName() string {
	return GardenRewardTokenRewardsMintedEventName
}

// UnpackRewardsMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsMinted(address indexed minter, address indexed to, uint256 amount)
func (gardenRewardToken *GardenRewardToken) UnpackRewardsMintedEvent(log *types.Log) (*GardenRewardTokenRewardsMinted, error) {
	event := "RewardsMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenRewardsMinted)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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

// GardenRewardTokenRoleAdminChanged represents a RoleAdminChanged event raised by the GardenRewardToken contract.
type GardenRewardTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenRoleAdminChanged) ContractEventName() string {
	return GardenRewardTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (gardenRewardToken *GardenRewardToken) UnpackRoleAdminChangedEvent(log *types.Log) (*GardenRewardTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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

// GardenRewardTokenRoleGranted represents a RoleGranted event raised by the GardenRewardToken contract.
type GardenRewardTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenRoleGranted) ContractEventName() string {
	return GardenRewardTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (gardenRewardToken *GardenRewardToken) UnpackRoleGrantedEvent(log *types.Log) (*GardenRewardTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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

// GardenRewardTokenRoleRevoked represents a RoleRevoked event raised by the GardenRewardToken contract.
type GardenRewardTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenRoleRevoked) ContractEventName() string {
	return GardenRewardTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (gardenRewardToken *GardenRewardToken) UnpackRoleRevokedEvent(log *types.Log) (*GardenRewardTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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

// GardenRewardTokenTransfer represents a Transfer event raised by the GardenRewardToken contract.
type GardenRewardTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GardenRewardTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GardenRewardTokenTransfer) ContractEventName() string {
	return GardenRewardTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (gardenRewardToken *GardenRewardToken) UnpackTransferEvent(log *types.Log) (*GardenRewardTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gardenRewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GardenRewardTokenTransfer)
	if len(log.Data) > 0 {
		if err := gardenRewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gardenRewardToken.abi.Events[event].Inputs {
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
func (gardenRewardToken *GardenRewardToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gardenRewardToken.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return gardenRewardToken.UnpackLengthMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GardenRewardTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GardenRewardToken contract.
type GardenRewardTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GardenRewardTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (gardenRewardToken *GardenRewardToken) UnpackAccessControlBadConfirmationError(raw []byte) (*GardenRewardTokenAccessControlBadConfirmation, error) {
	out := new(GardenRewardTokenAccessControlBadConfirmation)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GardenRewardToken contract.
type GardenRewardTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GardenRewardTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (gardenRewardToken *GardenRewardToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GardenRewardTokenAccessControlUnauthorizedAccount, error) {
	out := new(GardenRewardTokenAccessControlUnauthorizedAccount)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GardenRewardTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*GardenRewardTokenERC20InsufficientAllowance, error) {
	out := new(GardenRewardTokenERC20InsufficientAllowance)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GardenRewardTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InsufficientBalanceError(raw []byte) (*GardenRewardTokenERC20InsufficientBalance, error) {
	out := new(GardenRewardTokenERC20InsufficientBalance)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GardenRewardTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InvalidApproverError(raw []byte) (*GardenRewardTokenERC20InvalidApprover, error) {
	out := new(GardenRewardTokenERC20InvalidApprover)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GardenRewardTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InvalidReceiverError(raw []byte) (*GardenRewardTokenERC20InvalidReceiver, error) {
	out := new(GardenRewardTokenERC20InvalidReceiver)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GardenRewardTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InvalidSenderError(raw []byte) (*GardenRewardTokenERC20InvalidSender, error) {
	out := new(GardenRewardTokenERC20InvalidSender)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GardenRewardToken contract.
type GardenRewardTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GardenRewardTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (gardenRewardToken *GardenRewardToken) UnpackERC20InvalidSpenderError(raw []byte) (*GardenRewardTokenERC20InvalidSpender, error) {
	out := new(GardenRewardTokenERC20InvalidSpender)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GardenRewardTokenLengthMismatch represents a LengthMismatch error raised by the GardenRewardToken contract.
type GardenRewardTokenLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func GardenRewardTokenLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (gardenRewardToken *GardenRewardToken) UnpackLengthMismatchError(raw []byte) (*GardenRewardTokenLengthMismatch, error) {
	out := new(GardenRewardTokenLengthMismatch)
	if err := gardenRewardToken.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
