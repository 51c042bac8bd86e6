// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package blacklistabletoken

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

// BlacklistableTokenMetaData contains all meta data concerning the BlacklistableToken contract.
var BlacklistableTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountBlacklisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Blacklisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"UnBlacklisted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLACKLISTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"blacklist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isBlacklisted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unBlacklist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BlacklistableToken",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161105c38038061105c83398101604081905261002e916101aa565b60405180604001604052806011815260200170109b1858dadb1a5cdd18589b19481554d1607a1b81525060405180604001604052806004815260200163189554d160e21b8152508160039081610084919061026f565b506004610091828261026f565b506100a091505f9050826100fd565b506100cb7f98db8a220cd0f09badce9f22d0ba7e93edb3d404448cc3560d391ab096ad16e9826100fd565b506100f67f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6826100fd565b5050610329565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166101a1575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101593390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101a4565b505f5b92915050565b5f602082840312156101ba575f5ffd5b81516001600160a01b03811681146101d0575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101ff57607f821691505b60208210810361021d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026a57805f5260205f20601f840160051c810160208510156102485750805b601f840160051c820191505b81811015610267575f8155600101610254565b50505b505050565b81516001600160401b03811115610288576102886101d7565b61029c8161029684546101eb565b84610223565b6020601f8211600181146102ce575f83156102b75750848201515b5f19600385901b1c1916600184901b178455610267565b5f84815260208120601f198516915b828110156102fd57878501518255602094850194600190920191016102dd565b508482101561031a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610d26806103365f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370a08231116100b4578063d539139311610079578063d539139314610292578063d547741f146102b9578063dd62ed3e146102cc578063f515e6f214610304578063f9f92be41461032b578063fe575a871461033e575f5ffd5b806370a082311461023557806391d148541461025d57806395d89b4114610270578063a217fddf14610278578063a9059cbb1461027f575f5ffd5b806323b872dd1161010557806323b872dd146101b8578063248a9ca3146101cb5780632f2ff15d146101ed578063313ce5671461020057806336568abe1461020f57806340c10f1914610222575f5ffd5b806301ffc9a71461014157806306fdde0314610169578063095ea7b31461017e57806318160ddd146101915780631a895266146101a3575b5f5ffd5b61015461014f366004610b37565b610369565b60405190151581526020015b60405180910390f35b61017161039f565b6040516101609190610b65565b61015461018c366004610bb5565b61042f565b6002545b604051908152602001610160565b6101b66101b1366004610bdd565b610446565b005b6101546101c6366004610bf6565b6104b9565b6101956101d9366004610c30565b5f9081526005602052604090206001015490565b6101b66101fb366004610c47565b6104dc565b60405160128152602001610160565b6101b661021d366004610c47565b610506565b6101b6610230366004610bb5565b61053e565b610195610243366004610bdd565b6001600160a01b03165f9081526020819052604090205490565b61015461026b366004610c47565b610572565b61017161059c565b6101955f81565b61015461028d366004610bb5565b6105ab565b6101957f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101b66102c7366004610c47565b6105b8565b6101956102da366004610c71565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101957f98db8a220cd0f09badce9f22d0ba7e93edb3d404448cc3560d391ab096ad16e981565b6101b6610339366004610bdd565b6105dc565b61015461034c366004610bdd565b6001600160a01b03165f9081526006602052604090205460ff1690565b5f6001600160e01b03198216637965db0b60e01b148061039957506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546103ae90610c99565b80601f01602080910402602001604051908101604052809291908181526020018280546103da90610c99565b80156104255780601f106103fc57610100808354040283529160200191610425565b820191905f5260205f20905b81548152906001019060200180831161040857829003601f168201915b5050505050905090565b5f3361043c818585610652565b5060019392505050565b7f98db8a220cd0f09badce9f22d0ba7e93edb3d404448cc3560d391ab096ad16e96104708161065f565b6001600160a01b0382165f81815260066020526040808220805460ff19169055517f117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e9190a25050565b5f336104c685828561066c565b6104d18585856106e7565b506001949350505050565b5f828152600560205260409020600101546104f68161065f565b6105008383610744565b50505050565b6001600160a01b038116331461052f5760405163334bd91960e11b815260040160405180910390fd5b61053982826107d5565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66105688161065f565b6105398383610840565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546103ae90610c99565b5f3361043c8185856106e7565b5f828152600560205260409020600101546105d28161065f565b61050083836107d5565b7f98db8a220cd0f09badce9f22d0ba7e93edb3d404448cc3560d391ab096ad16e96106068161065f565b6001600160a01b0382165f81815260066020526040808220805460ff19166001179055517fffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b8559190a25050565b6105398383836001610878565b610669813361094a565b50565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561050057818110156106d957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61050084848484035f610878565b6001600160a01b03831661071057604051634b637e8f60e11b81525f60048201526024016106d0565b6001600160a01b0382166107395760405163ec442f0560e01b81525f60048201526024016106d0565b610539838383610983565b5f61074f8383610572565b6107ce575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556107863390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610399565b505f610399565b5f6107e08383610572565b156107ce575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610399565b6001600160a01b0382166108695760405163ec442f0560e01b81525f60048201526024016106d0565b6108745f8383610983565b5050565b6001600160a01b0384166108a15760405163e602df0560e01b81525f60048201526024016106d0565b6001600160a01b0383166108ca57604051634a1406b160e11b81525f60048201526024016106d0565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561050057826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161093c91815260200190565b60405180910390a350505050565b6109548282610572565b6108745760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106d0565b6001600160a01b0383165f9081526006602052604090205460ff16156109c75760405163571f7b4960e01b81526001600160a01b03841660048201526024016106d0565b6001600160a01b0382165f9081526006602052604090205460ff1615610a0b5760405163571f7b4960e01b81526001600160a01b03831660048201526024016106d0565b6105398383836001600160a01b038316610a3b578060025f828254610a309190610cd1565b90915550610aab9050565b6001600160a01b0383165f9081526020819052604090205481811015610a8d5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016106d0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610ac757600280548290039055610ae5565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610b2a91815260200190565b60405180910390a3505050565b5f60208284031215610b47575f5ffd5b81356001600160e01b031981168114610b5e575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610bb0575f5ffd5b919050565b5f5f60408385031215610bc6575f5ffd5b610bcf83610b9a565b946020939093013593505050565b5f60208284031215610bed575f5ffd5b610b5e82610b9a565b5f5f5f60608486031215610c08575f5ffd5b610c1184610b9a565b9250610c1f60208501610b9a565b929592945050506040919091013590565b5f60208284031215610c40575f5ffd5b5035919050565b5f5f60408385031215610c58575f5ffd5b82359150610c6860208401610b9a565b90509250929050565b5f5f60408385031215610c82575f5ffd5b610c8b83610b9a565b9150610c6860208401610b9a565b600181811c90821680610cad57607f821691505b602082108103610ccb57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561039957634e487b7160e01b5f52601160045260245ffdfea2646970667358221220fe5eea80ceb916f254d6a38ba5f2a673244ba24500ee84fbfafff61d6b5bae9564736f6c634300081e0033",
}

// BlacklistableToken is an auto generated Go binding around an Ethereum contract.
type BlacklistableToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlacklistableToken) GetABI() abi.ABI {
	return c.abi
}

// NewBlacklistableToken creates a new instance of BlacklistableToken.
func NewBlacklistableToken() *BlacklistableToken {
	parsed, err := BlacklistableTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlacklistableToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlacklistableToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (blacklistableToken *BlacklistableToken) PackConstructor(admin common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBLACKLISTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf515e6f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BLACKLISTER_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) PackBLACKLISTERROLE() []byte {
	enc, err := blacklistableToken.abi.Pack("BLACKLISTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBLACKLISTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf515e6f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BLACKLISTER_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) TryPackBLACKLISTERROLE() ([]byte, error) {
	return blacklistableToken.abi.Pack("BLACKLISTER_ROLE")
}

// UnpackBLACKLISTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf515e6f2.
//
// Solidity: function BLACKLISTER_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) UnpackBLACKLISTERROLE(data []byte) ([32]byte, error) {
	out, err := blacklistableToken.abi.Unpack("BLACKLISTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) PackDEFAULTADMINROLE() []byte {
	enc, err := blacklistableToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (blacklistableToken *BlacklistableToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return blacklistableToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := blacklistableToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (blacklistableToken *BlacklistableToken) PackMINTERROLE() []byte {
	enc, err := blacklistableToken.abi.Pack("MINTER_ROLE")
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
func (blacklistableToken *BlacklistableToken) TryPackMINTERROLE() ([]byte, error) {
	return blacklistableToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (blacklistableToken *BlacklistableToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := blacklistableToken.abi.Unpack("MINTER_ROLE", data)
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
func (blacklistableToken *BlacklistableToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("allowance", owner, spender)
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
func (blacklistableToken *BlacklistableToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blacklistableToken *BlacklistableToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blacklistableToken.abi.Unpack("allowance", data)
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
func (blacklistableToken *BlacklistableToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blacklistableToken.abi.Pack("approve", spender, value)
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
func (blacklistableToken *BlacklistableToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blacklistableToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackApprove(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("approve", data)
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
func (blacklistableToken *BlacklistableToken) PackBalanceOf(account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("balanceOf", account)
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
func (blacklistableToken *BlacklistableToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blacklistableToken *BlacklistableToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blacklistableToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f92be4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blacklist(address account) returns()
func (blacklistableToken *BlacklistableToken) PackBlacklist(account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("blacklist", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f92be4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blacklist(address account) returns()
func (blacklistableToken *BlacklistableToken) TryPackBlacklist(account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("blacklist", account)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (blacklistableToken *BlacklistableToken) PackDecimals() []byte {
	enc, err := blacklistableToken.abi.Pack("decimals")
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
func (blacklistableToken *BlacklistableToken) TryPackDecimals() ([]byte, error) {
	return blacklistableToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (blacklistableToken *BlacklistableToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blacklistableToken.abi.Unpack("decimals", data)
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
func (blacklistableToken *BlacklistableToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := blacklistableToken.abi.Pack("getRoleAdmin", role)
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
func (blacklistableToken *BlacklistableToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return blacklistableToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (blacklistableToken *BlacklistableToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := blacklistableToken.abi.Unpack("getRoleAdmin", data)
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
func (blacklistableToken *BlacklistableToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("grantRole", role, account)
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
func (blacklistableToken *BlacklistableToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (blacklistableToken *BlacklistableToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("hasRole", role, account)
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
func (blacklistableToken *BlacklistableToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (blacklistableToken *BlacklistableToken) PackIsBlacklisted(account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("isBlacklisted", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (blacklistableToken *BlacklistableToken) TryPackIsBlacklisted(account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("isBlacklisted", account)
}

// UnpackIsBlacklisted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe575a87.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackIsBlacklisted(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("isBlacklisted", data)
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
func (blacklistableToken *BlacklistableToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := blacklistableToken.abi.Pack("mint", to, amount)
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
func (blacklistableToken *BlacklistableToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return blacklistableToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blacklistableToken *BlacklistableToken) PackName() []byte {
	enc, err := blacklistableToken.abi.Pack("name")
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
func (blacklistableToken *BlacklistableToken) TryPackName() ([]byte, error) {
	return blacklistableToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blacklistableToken *BlacklistableToken) UnpackName(data []byte) (string, error) {
	out, err := blacklistableToken.abi.Unpack("name", data)
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
func (blacklistableToken *BlacklistableToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (blacklistableToken *BlacklistableToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (blacklistableToken *BlacklistableToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("revokeRole", role, account)
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
func (blacklistableToken *BlacklistableToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (blacklistableToken *BlacklistableToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := blacklistableToken.abi.Pack("supportsInterface", interfaceId)
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
func (blacklistableToken *BlacklistableToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return blacklistableToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("supportsInterface", data)
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
func (blacklistableToken *BlacklistableToken) PackSymbol() []byte {
	enc, err := blacklistableToken.abi.Pack("symbol")
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
func (blacklistableToken *BlacklistableToken) TryPackSymbol() ([]byte, error) {
	return blacklistableToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blacklistableToken *BlacklistableToken) UnpackSymbol(data []byte) (string, error) {
	out, err := blacklistableToken.abi.Unpack("symbol", data)
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
func (blacklistableToken *BlacklistableToken) PackTotalSupply() []byte {
	enc, err := blacklistableToken.abi.Pack("totalSupply")
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
func (blacklistableToken *BlacklistableToken) TryPackTotalSupply() ([]byte, error) {
	return blacklistableToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blacklistableToken *BlacklistableToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blacklistableToken.abi.Unpack("totalSupply", data)
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
func (blacklistableToken *BlacklistableToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blacklistableToken.abi.Pack("transfer", to, value)
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
func (blacklistableToken *BlacklistableToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blacklistableToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("transfer", data)
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
func (blacklistableToken *BlacklistableToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blacklistableToken.abi.Pack("transferFrom", from, to, value)
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
func (blacklistableToken *BlacklistableToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blacklistableToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blacklistableToken *BlacklistableToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blacklistableToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a895266.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unBlacklist(address account) returns()
func (blacklistableToken *BlacklistableToken) PackUnBlacklist(account common.Address) []byte {
	enc, err := blacklistableToken.abi.Pack("unBlacklist", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a895266.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unBlacklist(address account) returns()
func (blacklistableToken *BlacklistableToken) TryPackUnBlacklist(account common.Address) ([]byte, error) {
	return blacklistableToken.abi.Pack("unBlacklist", account)
}

// BlacklistableTokenApproval represents a Approval event raised by the BlacklistableToken contract.
type BlacklistableTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenApproval) ContractEventName() string {
	return BlacklistableTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blacklistableToken *BlacklistableToken) UnpackApprovalEvent(log *types.Log) (*BlacklistableTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenApproval)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenBlacklisted represents a Blacklisted event raised by the BlacklistableToken contract.
type BlacklistableTokenBlacklisted struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenBlacklistedEventName = "Blacklisted"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenBlacklisted) ContractEventName() string {
	return BlacklistableTokenBlacklistedEventName
}

// UnpackBlacklistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Blacklisted(address indexed account)
func (blacklistableToken *BlacklistableToken) UnpackBlacklistedEvent(log *types.Log) (*BlacklistableTokenBlacklisted, error) {
	event := "Blacklisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenBlacklisted)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenRoleAdminChanged represents a RoleAdminChanged event raised by the BlacklistableToken contract.
type BlacklistableTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenRoleAdminChanged) ContractEventName() string {
	return BlacklistableTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (blacklistableToken *BlacklistableToken) UnpackRoleAdminChangedEvent(log *types.Log) (*BlacklistableTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenRoleGranted represents a RoleGranted event raised by the BlacklistableToken contract.
type BlacklistableTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenRoleGranted) ContractEventName() string {
	return BlacklistableTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (blacklistableToken *BlacklistableToken) UnpackRoleGrantedEvent(log *types.Log) (*BlacklistableTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenRoleRevoked represents a RoleRevoked event raised by the BlacklistableToken contract.
type BlacklistableTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenRoleRevoked) ContractEventName() string {
	return BlacklistableTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (blacklistableToken *BlacklistableToken) UnpackRoleRevokedEvent(log *types.Log) (*BlacklistableTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenTransfer represents a Transfer event raised by the BlacklistableToken contract.
type BlacklistableTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenTransfer) ContractEventName() string {
	return BlacklistableTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blacklistableToken *BlacklistableToken) UnpackTransferEvent(log *types.Log) (*BlacklistableTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenTransfer)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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

// BlacklistableTokenUnBlacklisted represents a UnBlacklisted event raised by the BlacklistableToken contract.
type BlacklistableTokenUnBlacklisted struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistableTokenUnBlacklistedEventName = "UnBlacklisted"

// ContractEventName returns the user-defined event name.
func (BlacklistableTokenUnBlacklisted) ContractEventName() string {
	return BlacklistableTokenUnBlacklistedEventName
}

// UnpackUnBlacklistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnBlacklisted(address indexed account)
func (blacklistableToken *BlacklistableToken) UnpackUnBlacklistedEvent(log *types.Log) (*BlacklistableTokenUnBlacklisted, error) {
	event := "UnBlacklisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistableToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistableTokenUnBlacklisted)
	if len(log.Data) > 0 {
		if err := blacklistableToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistableToken.abi.Events[event].Inputs {
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
func (blacklistableToken *BlacklistableToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["AccountBlacklisted"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackAccountBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistableToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blacklistableToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlacklistableTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BlacklistableToken contract.
type BlacklistableTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BlacklistableTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (blacklistableToken *BlacklistableToken) UnpackAccessControlBadConfirmationError(raw []byte) (*BlacklistableTokenAccessControlBadConfirmation, error) {
	out := new(BlacklistableTokenAccessControlBadConfirmation)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BlacklistableToken contract.
type BlacklistableTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BlacklistableTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (blacklistableToken *BlacklistableToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BlacklistableTokenAccessControlUnauthorizedAccount, error) {
	out := new(BlacklistableTokenAccessControlUnauthorizedAccount)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenAccountBlacklisted represents a AccountBlacklisted error raised by the BlacklistableToken contract.
type BlacklistableTokenAccountBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountBlacklisted(address account)
func BlacklistableTokenAccountBlacklistedErrorID() common.Hash {
	return common.HexToHash("0x571f7b497ee6f6b62bf6238259f34ef72ad585355587cf9feed80bb4a2b5ce93")
}

// UnpackAccountBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountBlacklisted(address account)
func (blacklistableToken *BlacklistableToken) UnpackAccountBlacklistedError(raw []byte) (*BlacklistableTokenAccountBlacklisted, error) {
	out := new(BlacklistableTokenAccountBlacklisted)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "AccountBlacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlacklistableTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blacklistableToken *BlacklistableToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlacklistableTokenERC20InsufficientAllowance, error) {
	out := new(BlacklistableTokenERC20InsufficientAllowance)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlacklistableTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blacklistableToken *BlacklistableToken) UnpackERC20InsufficientBalanceError(raw []byte) (*BlacklistableTokenERC20InsufficientBalance, error) {
	out := new(BlacklistableTokenERC20InsufficientBalance)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlacklistableTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blacklistableToken *BlacklistableToken) UnpackERC20InvalidApproverError(raw []byte) (*BlacklistableTokenERC20InvalidApprover, error) {
	out := new(BlacklistableTokenERC20InvalidApprover)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlacklistableTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blacklistableToken *BlacklistableToken) UnpackERC20InvalidReceiverError(raw []byte) (*BlacklistableTokenERC20InvalidReceiver, error) {
	out := new(BlacklistableTokenERC20InvalidReceiver)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlacklistableTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blacklistableToken *BlacklistableToken) UnpackERC20InvalidSenderError(raw []byte) (*BlacklistableTokenERC20InvalidSender, error) {
	out := new(BlacklistableTokenERC20InvalidSender)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistableTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlacklistableToken contract.
type BlacklistableTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlacklistableTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blacklistableToken *BlacklistableToken) UnpackERC20InvalidSpenderError(raw []byte) (*BlacklistableTokenERC20InvalidSpender, error) {
	out := new(BlacklistableTokenERC20InvalidSpender)
	if err := blacklistableToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
