// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package simpleyieldvault

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

// SimpleYieldVaultMetaData contains all meta data concerning the SimpleYieldVault contract.
var SimpleYieldVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"depositCap_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ExceedsMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ExceedsMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"DepositCapUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"YieldReported\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"reportYield\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCap\",\"type\":\"uint256\"}],\"name\":\"setDepositCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SimpleYieldVault",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611a91380380611a9183398101604081905261002e916101ff565b8383600361003c8382610318565b5060046100498282610318565b5050506001600160a01b03851660805260068190556100685f8361009e565b506100937ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8361009e565b5050505050506103d2565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff16610142575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100fa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610145565b505f5b92915050565b6001600160a01b038116811461015f575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610185575f5ffd5b81516001600160401b0381111561019e5761019e610162565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101cc576101cc610162565b6040528181528382016020018510156101e3575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f60a08688031215610213575f5ffd5b855161021e8161014b565b60208701519095506001600160401b03811115610239575f5ffd5b61024588828901610176565b604088015190955090506001600160401b03811115610262575f5ffd5b61026e88828901610176565b935050606086015161027f8161014b565b80925050608086015190509295509295909350565b600181811c908216806102a857607f821691505b6020821081036102c657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561031357805f5260205f20601f840160051c810160208510156102f15750805b601f840160051c820191505b81811015610310575f81556001016102fd565b50505b505050565b81516001600160401b0381111561033157610331610162565b6103458161033f8454610294565b846102cc565b6020601f821160018114610377575f83156103605750848201515b5f19600385901b1c1916600184901b178455610310565b5f84815260208120601f198516915b828110156103a65787850151825560209485019460019092019101610386565b50848210156103c357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805161168461040d5f395f8181610356015281816105520152818161075301528181610b1501528181610dc10152610e7101526116845ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c8063866512031161011f578063c63d75b6116100a9578063d905777e11610079578063d905777e146104c1578063dbd5edc7146104d4578063dd62ed3e146104dd578063e203ad0614610515578063ef8b30f714610528575f5ffd5b8063c63d75b614610475578063c6e6f59214610488578063ce96cb771461049b578063d547741f146104ae575f5ffd5b8063a217fddf116100ef578063a217fddf14610422578063a9059cbb14610429578063b3d7f6b91461043c578063b460af941461044f578063ba08765214610462575f5ffd5b806386651203146103e157806391d14854146103f457806394bf804d1461040757806395d89b411461041a575f5ffd5b80632f2ff15d116101a057806338d52e0f1161017057806338d52e0f14610349578063402d267d146103805780634cdad506146103935780636e553f65146103a657806370a08231146103b9575f5ffd5b80632f2ff15d146102e0578063313ce567146102f5578063364bc15a1461030f57806336568abe14610336575f5ffd5b8063095ea7b3116101e6578063095ea7b31461027d5780630a28a4771461029057806318160ddd146102a357806323b872dd146102ab578063248a9ca3146102be575f5ffd5b806301e1d1141461021757806301ffc9a71461023257806306fdde031461025557806307a2d13a1461026a575b5f5ffd5b61021f61053b565b6040519081526020015b60405180910390f35b6102456102403660046113bc565b6105c8565b6040519015158152602001610229565b61025d6105fe565b60405161022991906113e3565b61021f610278366004611418565b61068e565b61024561028b36600461144a565b6106c3565b61021f61029e366004611418565b6106da565b60025461021f565b6102456102b9366004611472565b610703565b61021f6102cc366004611418565b5f9081526005602052604090206001015490565b6102f36102ee3660046114ac565b610726565b005b6102fd610750565b60405160ff9091168152602001610229565b61021f7ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab81565b6102f36103443660046114ac565b6107d1565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610229565b61021f61038e3660046114d6565b610809565b61021f6103a1366004611418565b610835565b61021f6103b43660046114ac565b61083f565b61021f6103c73660046114d6565b6001600160a01b03165f9081526020819052604090205490565b6102f36103ef366004611418565b610899565b6102456104023660046114ac565b6108e5565b61021f6104153660046114ac565b61090f565b61025d61095d565b61021f5f81565b61024561043736600461144a565b61096c565b61021f61044a366004611418565b610979565b61021f61045d3660046114ef565b6109a1565b61021f6104703660046114ef565b6109f8565b61021f6104833660046114d6565b610a47565b61021f610496366004611418565b610a54565b61021f6104a93660046114d6565b610a7c565b6102f36104bc3660046114ac565b610a9d565b61021f6104cf3660046114d6565b610ac1565b61021f60065481565b61021f6104eb366004611528565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102f3610523366004611418565b610ade565b61021f610536366004611418565b610b76565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561059f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c39190611550565b905090565b5f6001600160e01b03198216637965db0b60e01b14806105f857506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461060d90611567565b80601f016020809104026020016040519081016040528092919081815260200182805461063990611567565b80156106845780601f1061065b57610100808354040283529160200191610684565b820191905f5260205f20905b81548152906001019060200180831161066757829003601f168201915b5050505050905090565b5f5f61069960025490565b905080156106ba576106b56106ac61053b565b8490835f610b80565b6106bc565b825b9392505050565b5f336106d0818585610bcb565b5060019392505050565b5f5f6106e560025490565b905080156106ba576106b5816106f961053b565b8591906001610b80565b5f33610710858285610bd8565b61071b858585610c4e565b506001949350505050565b5f8281526005602052604090206001015461074081610cab565b61074a8383610cb8565b50505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c3919061159f565b6001600160a01b03811633146107fa5760405163334bd91960e11b815260040160405180910390fd5b6108048282610d49565b505050565b5f5f61081361053b565b905060065481101561082d57806006546106b591906115d3565b5f9392505050565b5f6105f88261068e565b5f5f61084a83610809565b90508084111561087c5760405163f480e28560e01b815260048101859052602481018290526044015b60405180910390fd5b61088584610b76565b9150610892838584610db4565b5092915050565b5f6108a381610cab565b60065460408051918252602082018490527ffbe912fdd0185617e8cafd12d97b59175b90e15f5c629faf6413469af54ee080910160405180910390a150600655565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61091983610979565b90505f61092583610809565b9050808211156109525760405163f480e28560e01b81526004810183905260248101829052604401610873565b610892838386610db4565b60606004805461060d90611567565b5f336106d0818585610c4e565b5f5f61098460025490565b905080156106ba576106b561099761053b565b8490836001610b80565b5f5f6109ac83610a7c565b9050808511156109d95760405163087da9fd60e01b81526004810186905260248101829052604401610873565b6109e2856106da565b91506109f084848785610e3f565b509392505050565b5f5f610a0383610ac1565b905080851115610a3057604051633ba76f2b60e21b81526004810186905260248101829052604401610873565b610a3985610835565b91506109f084848488610e3f565b5f6105f861049683610809565b5f5f610a5f60025490565b905080156106ba576106b581610a7361053b565b8591905f610b80565b6001600160a01b0381165f908152602081905260408120546105f89061068e565b5f82815260056020526040902060010154610ab781610cab565b61074a8383610d49565b6001600160a01b0381165f908152602081905260408120546105f8565b7ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab610b0881610cab565b610b3d6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610ee9565b60405182815233907f0d95cfac633922e99f7c861b42672cf29738e55b6c7958cd638605bed5d0b6a69060200160405180910390a25050565b5f6105f882610a54565b5f610bad610b8d83610f1f565b8015610ba857505f8480610ba357610ba36115e6565b868809115b151590565b610bb8868686610f4b565b610bc291906115fa565b95945050505050565b6108048383836001610ffb565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561074a5781811015610c4057604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610873565b61074a84848484035f610ffb565b6001600160a01b038316610c7757604051634b637e8f60e11b81525f6004820152602401610873565b6001600160a01b038216610ca05760405163ec442f0560e01b81525f6004820152602401610873565b6108048383836110cd565b610cb581336111e6565b50565b5f610cc383836108e5565b610d42575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610cfa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105f8565b505f6105f8565b5f610d5483836108e5565b15610d42575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105f8565b610de96001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610ee9565b610df38382611223565b60408051838152602081018390526001600160a01b0385169133917fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d791015b60405180910390a3505050565b336001600160a01b03841614610e5a57610e5a833383610bd8565b610e648382611257565b610e986001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016858461128b565b60408051838152602081018390526001600160a01b03808616929087169133917ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db910160405180910390a450505050565b610ef78484848460016112c0565b61074a57604051635274afe760e01b81526001600160a01b0385166004820152602401610873565b5f6002826003811115610f3457610f3461160d565b610f3e9190611621565b60ff166001149050919050565b5f5f5f610f58868661132d565b91509150815f03610f7c57838181610f7257610f726115e6565b04925050506106bc565b818411610f9357610f936003851502601118611349565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6001600160a01b0384166110245760405163e602df0560e01b81525f6004820152602401610873565b6001600160a01b03831661104d57604051634a1406b160e11b81525f6004820152602401610873565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561074a57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516110bf91815260200190565b60405180910390a350505050565b6001600160a01b0383166110f7578060025f8282546110ec91906115fa565b909155506111679050565b6001600160a01b0383165f90815260208190526040902054818110156111495760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610873565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611183576002805482900390556111a1565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e3291815260200190565b6111f082826108e5565b61121f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610873565b5050565b6001600160a01b03821661124c5760405163ec442f0560e01b81525f6004820152602401610873565b61121f5f83836110cd565b6001600160a01b03821661128057604051634b637e8f60e11b81525f6004820152602401610873565b61121f825f836110cd565b611298838383600161135a565b61080457604051635274afe760e01b81526001600160a01b0384166004820152602401610873565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661131c578383151615611310573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166113b05783831516156113a4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f602082840312156113cc575f5ffd5b81356001600160e01b0319811681146106bc575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215611428575f5ffd5b5035919050565b80356001600160a01b0381168114611445575f5ffd5b919050565b5f5f6040838503121561145b575f5ffd5b6114648361142f565b946020939093013593505050565b5f5f5f60608486031215611484575f5ffd5b61148d8461142f565b925061149b6020850161142f565b929592945050506040919091013590565b5f5f604083850312156114bd575f5ffd5b823591506114cd6020840161142f565b90509250929050565b5f602082840312156114e6575f5ffd5b6106bc8261142f565b5f5f5f60608486031215611501575f5ffd5b833592506115116020850161142f565b915061151f6040850161142f565b90509250925092565b5f5f60408385031215611539575f5ffd5b6115428361142f565b91506114cd6020840161142f565b5f60208284031215611560575f5ffd5b5051919050565b600181811c9082168061157b57607f821691505b60208210810361159957634e487b7160e01b5f52602260045260245ffd5b50919050565b5f602082840312156115af575f5ffd5b815160ff811681146106bc575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156105f8576105f86115bf565b634e487b7160e01b5f52601260045260245ffd5b808201808211156105f8576105f86115bf565b634e487b7160e01b5f52602160045260245ffd5b5f60ff83168061163f57634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea26469706673582212206b5b08b2e9a23412a21c662da095623fd861fe4f3041a3b766b093fca8f8914c64736f6c634300081e0033",
}

// SimpleYieldVault is an auto generated Go binding around an Ethereum contract.
type SimpleYieldVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SimpleYieldVault) GetABI() abi.ABI {
	return c.abi
}

// NewSimpleYieldVault creates a new instance of SimpleYieldVault.
func NewSimpleYieldVault() *SimpleYieldVault {
	parsed, err := SimpleYieldVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SimpleYieldVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SimpleYieldVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address asset_, string name_, string symbol_, address admin, uint256 depositCap_) returns()
func (simpleYieldVault *SimpleYieldVault) PackConstructor(asset_ common.Address, name_ string, symbol_ string, admin common.Address, depositCap_ *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("", asset_, name_, symbol_, admin, depositCap_)
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
func (simpleYieldVault *SimpleYieldVault) PackDEFAULTADMINROLE() []byte {
	enc, err := simpleYieldVault.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (simpleYieldVault *SimpleYieldVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return simpleYieldVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (simpleYieldVault *SimpleYieldVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := simpleYieldVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKEEPERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364bc15a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (simpleYieldVault *SimpleYieldVault) PackKEEPERROLE() []byte {
	enc, err := simpleYieldVault.abi.Pack("KEEPER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEEPERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364bc15a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (simpleYieldVault *SimpleYieldVault) TryPackKEEPERROLE() ([]byte, error) {
	return simpleYieldVault.abi.Pack("KEEPER_ROLE")
}

// UnpackKEEPERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x364bc15a.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (simpleYieldVault *SimpleYieldVault) UnpackKEEPERROLE(data []byte) ([32]byte, error) {
	out, err := simpleYieldVault.abi.Unpack("KEEPER_ROLE", data)
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
func (simpleYieldVault *SimpleYieldVault) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("allowance", owner, spender)
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
func (simpleYieldVault *SimpleYieldVault) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("allowance", data)
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
func (simpleYieldVault *SimpleYieldVault) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("approve", spender, value)
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
func (simpleYieldVault *SimpleYieldVault) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (simpleYieldVault *SimpleYieldVault) UnpackApprove(data []byte) (bool, error) {
	out, err := simpleYieldVault.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (simpleYieldVault *SimpleYieldVault) PackAsset() []byte {
	enc, err := simpleYieldVault.abi.Pack("asset")
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
func (simpleYieldVault *SimpleYieldVault) TryPackAsset() ([]byte, error) {
	return simpleYieldVault.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (simpleYieldVault *SimpleYieldVault) UnpackAsset(data []byte) (common.Address, error) {
	out, err := simpleYieldVault.abi.Unpack("asset", data)
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
func (simpleYieldVault *SimpleYieldVault) PackBalanceOf(account common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("balanceOf", account)
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
func (simpleYieldVault *SimpleYieldVault) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackConvertToShares(assets *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (simpleYieldVault *SimpleYieldVault) PackDecimals() []byte {
	enc, err := simpleYieldVault.abi.Pack("decimals")
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
func (simpleYieldVault *SimpleYieldVault) TryPackDecimals() ([]byte, error) {
	return simpleYieldVault.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (simpleYieldVault *SimpleYieldVault) UnpackDecimals(data []byte) (uint8, error) {
	out, err := simpleYieldVault.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd5edc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCap() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackDepositCap() []byte {
	enc, err := simpleYieldVault.abi.Pack("depositCap")
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
func (simpleYieldVault *SimpleYieldVault) TryPackDepositCap() ([]byte, error) {
	return simpleYieldVault.abi.Pack("depositCap")
}

// UnpackDepositCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackDepositCap(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("depositCap", data)
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
func (simpleYieldVault *SimpleYieldVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := simpleYieldVault.abi.Pack("getRoleAdmin", role)
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
func (simpleYieldVault *SimpleYieldVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return simpleYieldVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (simpleYieldVault *SimpleYieldVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := simpleYieldVault.abi.Unpack("getRoleAdmin", data)
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
func (simpleYieldVault *SimpleYieldVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("grantRole", role, account)
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
func (simpleYieldVault *SimpleYieldVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (simpleYieldVault *SimpleYieldVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("hasRole", role, account)
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
func (simpleYieldVault *SimpleYieldVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (simpleYieldVault *SimpleYieldVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := simpleYieldVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackMaxDeposit(arg0 common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("maxDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackMaxDeposit(arg0 common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("maxDeposit", arg0)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackMaxMint(receiver common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("maxMint", receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackMaxMint(receiver common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("maxMint", receiver)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackMaxRedeem(owner common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("maxRedeem", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackMaxRedeem(owner common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("maxRedeem", owner)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackMaxWithdraw(owner common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("maxWithdraw", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackMaxWithdraw(owner common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("maxWithdraw", owner)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) UnpackMint(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (simpleYieldVault *SimpleYieldVault) PackName() []byte {
	enc, err := simpleYieldVault.abi.Pack("name")
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
func (simpleYieldVault *SimpleYieldVault) TryPackName() ([]byte, error) {
	return simpleYieldVault.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (simpleYieldVault *SimpleYieldVault) UnpackName(data []byte) (string, error) {
	out, err := simpleYieldVault.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackPreviewDeposit(assets *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("previewDeposit", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackPreviewDeposit(assets *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("previewDeposit", assets)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackPreviewMint(shares *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("previewMint", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackPreviewMint(shares *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("previewMint", shares)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackPreviewRedeem(shares *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("previewRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackPreviewRedeem(shares *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("previewRedeem", shares)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackPreviewWithdraw(assets *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("previewWithdraw", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackPreviewWithdraw(assets *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("previewWithdraw", assets)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("previewWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) PackRedeem(shares *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("redeem", shares, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) TryPackRedeem(shares *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("redeem", shares, receiver, owner)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
func (simpleYieldVault *SimpleYieldVault) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (simpleYieldVault *SimpleYieldVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("renounceRole", role, callerConfirmation)
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
func (simpleYieldVault *SimpleYieldVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportYield is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe203ad06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportYield(uint256 amount) returns()
func (simpleYieldVault *SimpleYieldVault) PackReportYield(amount *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("reportYield", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportYield is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe203ad06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportYield(uint256 amount) returns()
func (simpleYieldVault *SimpleYieldVault) TryPackReportYield(amount *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("reportYield", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (simpleYieldVault *SimpleYieldVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("revokeRole", role, account)
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
func (simpleYieldVault *SimpleYieldVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("revokeRole", role, account)
}

// PackSetDepositCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86651203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDepositCap(uint256 newCap) returns()
func (simpleYieldVault *SimpleYieldVault) PackSetDepositCap(newCap *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("setDepositCap", newCap)
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
func (simpleYieldVault *SimpleYieldVault) TryPackSetDepositCap(newCap *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("setDepositCap", newCap)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (simpleYieldVault *SimpleYieldVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := simpleYieldVault.abi.Pack("supportsInterface", interfaceId)
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
func (simpleYieldVault *SimpleYieldVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return simpleYieldVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (simpleYieldVault *SimpleYieldVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := simpleYieldVault.abi.Unpack("supportsInterface", data)
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
func (simpleYieldVault *SimpleYieldVault) PackSymbol() []byte {
	enc, err := simpleYieldVault.abi.Pack("symbol")
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
func (simpleYieldVault *SimpleYieldVault) TryPackSymbol() ([]byte, error) {
	return simpleYieldVault.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (simpleYieldVault *SimpleYieldVault) UnpackSymbol(data []byte) (string, error) {
	out, err := simpleYieldVault.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackTotalAssets() []byte {
	enc, err := simpleYieldVault.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) TryPackTotalAssets() ([]byte, error) {
	return simpleYieldVault.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) PackTotalSupply() []byte {
	enc, err := simpleYieldVault.abi.Pack("totalSupply")
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
func (simpleYieldVault *SimpleYieldVault) TryPackTotalSupply() ([]byte, error) {
	return simpleYieldVault.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (simpleYieldVault *SimpleYieldVault) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("totalSupply", data)
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
func (simpleYieldVault *SimpleYieldVault) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("transfer", to, value)
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
func (simpleYieldVault *SimpleYieldVault) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (simpleYieldVault *SimpleYieldVault) UnpackTransfer(data []byte) (bool, error) {
	out, err := simpleYieldVault.abi.Unpack("transfer", data)
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
func (simpleYieldVault *SimpleYieldVault) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := simpleYieldVault.abi.Pack("transferFrom", from, to, value)
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
func (simpleYieldVault *SimpleYieldVault) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return simpleYieldVault.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (simpleYieldVault *SimpleYieldVault) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := simpleYieldVault.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) PackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := simpleYieldVault.abi.Pack("withdraw", assets, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) TryPackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return simpleYieldVault.abi.Pack("withdraw", assets, receiver, owner)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (simpleYieldVault *SimpleYieldVault) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := simpleYieldVault.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SimpleYieldVaultApproval represents a Approval event raised by the SimpleYieldVault contract.
type SimpleYieldVaultApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultApproval) ContractEventName() string {
	return SimpleYieldVaultApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (simpleYieldVault *SimpleYieldVault) UnpackApprovalEvent(log *types.Log) (*SimpleYieldVaultApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultApproval)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultDeposit represents a Deposit event raised by the SimpleYieldVault contract.
type SimpleYieldVaultDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultDeposit) ContractEventName() string {
	return SimpleYieldVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (simpleYieldVault *SimpleYieldVault) UnpackDepositEvent(log *types.Log) (*SimpleYieldVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultDeposit)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultDepositCapUpdated represents a DepositCapUpdated event raised by the SimpleYieldVault contract.
type SimpleYieldVaultDepositCapUpdated struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultDepositCapUpdatedEventName = "DepositCapUpdated"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultDepositCapUpdated) ContractEventName() string {
	return SimpleYieldVaultDepositCapUpdatedEventName
}

// UnpackDepositCapUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositCapUpdated(uint256 previous, uint256 current)
func (simpleYieldVault *SimpleYieldVault) UnpackDepositCapUpdatedEvent(log *types.Log) (*SimpleYieldVaultDepositCapUpdated, error) {
	event := "DepositCapUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultDepositCapUpdated)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultRoleAdminChanged represents a RoleAdminChanged event raised by the SimpleYieldVault contract.
type SimpleYieldVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultRoleAdminChanged) ContractEventName() string {
	return SimpleYieldVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (simpleYieldVault *SimpleYieldVault) UnpackRoleAdminChangedEvent(log *types.Log) (*SimpleYieldVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultRoleGranted represents a RoleGranted event raised by the SimpleYieldVault contract.
type SimpleYieldVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultRoleGranted) ContractEventName() string {
	return SimpleYieldVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (simpleYieldVault *SimpleYieldVault) UnpackRoleGrantedEvent(log *types.Log) (*SimpleYieldVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultRoleRevoked represents a RoleRevoked event raised by the SimpleYieldVault contract.
type SimpleYieldVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultRoleRevoked) ContractEventName() string {
	return SimpleYieldVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (simpleYieldVault *SimpleYieldVault) UnpackRoleRevokedEvent(log *types.Log) (*SimpleYieldVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultTransfer represents a Transfer event raised by the SimpleYieldVault contract.
type SimpleYieldVaultTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultTransfer) ContractEventName() string {
	return SimpleYieldVaultTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (simpleYieldVault *SimpleYieldVault) UnpackTransferEvent(log *types.Log) (*SimpleYieldVaultTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultTransfer)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultWithdraw represents a Withdraw event raised by the SimpleYieldVault contract.
type SimpleYieldVaultWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultWithdraw) ContractEventName() string {
	return SimpleYieldVaultWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (simpleYieldVault *SimpleYieldVault) UnpackWithdrawEvent(log *types.Log) (*SimpleYieldVaultWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultWithdraw)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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

// SimpleYieldVaultYieldReported represents a YieldReported event raised by the SimpleYieldVault contract.
type SimpleYieldVaultYieldReported struct {
	Keeper common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SimpleYieldVaultYieldReportedEventName = "YieldReported"

// ContractEventName returns the user-defined event name.
func (SimpleYieldVaultYieldReported) ContractEventName() string {
	return SimpleYieldVaultYieldReportedEventName
}

// UnpackYieldReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event YieldReported(address indexed keeper, uint256 amount)
func (simpleYieldVault *SimpleYieldVault) UnpackYieldReportedEvent(log *types.Log) (*SimpleYieldVaultYieldReported, error) {
	event := "YieldReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simpleYieldVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimpleYieldVaultYieldReported)
	if len(log.Data) > 0 {
		if err := simpleYieldVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simpleYieldVault.abi.Events[event].Inputs {
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
func (simpleYieldVault *SimpleYieldVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["CapExceeded"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ExceedsMaxRedeem"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackExceedsMaxRedeemError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["ExceedsMaxWithdraw"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackExceedsMaxWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], simpleYieldVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return simpleYieldVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SimpleYieldVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the SimpleYieldVault contract.
type SimpleYieldVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func SimpleYieldVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (simpleYieldVault *SimpleYieldVault) UnpackAccessControlBadConfirmationError(raw []byte) (*SimpleYieldVaultAccessControlBadConfirmation, error) {
	out := new(SimpleYieldVaultAccessControlBadConfirmation)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the SimpleYieldVault contract.
type SimpleYieldVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func SimpleYieldVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (simpleYieldVault *SimpleYieldVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*SimpleYieldVaultAccessControlUnauthorizedAccount, error) {
	out := new(SimpleYieldVaultAccessControlUnauthorizedAccount)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultCapExceeded represents a CapExceeded error raised by the SimpleYieldVault contract.
type SimpleYieldVaultCapExceeded struct {
	Assets *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapExceeded(uint256 assets, uint256 max)
func SimpleYieldVaultCapExceededErrorID() common.Hash {
	return common.HexToHash("0xf480e2850bfea7f2377ccca2189896041990c94ce0d428ccc05aefd1ae47897a")
}

// UnpackCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapExceeded(uint256 assets, uint256 max)
func (simpleYieldVault *SimpleYieldVault) UnpackCapExceededError(raw []byte) (*SimpleYieldVaultCapExceeded, error) {
	out := new(SimpleYieldVaultCapExceeded)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "CapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SimpleYieldVaultERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InsufficientAllowanceError(raw []byte) (*SimpleYieldVaultERC20InsufficientAllowance, error) {
	out := new(SimpleYieldVaultERC20InsufficientAllowance)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SimpleYieldVaultERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InsufficientBalanceError(raw []byte) (*SimpleYieldVaultERC20InsufficientBalance, error) {
	out := new(SimpleYieldVaultERC20InsufficientBalance)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SimpleYieldVaultERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InvalidApproverError(raw []byte) (*SimpleYieldVaultERC20InvalidApprover, error) {
	out := new(SimpleYieldVaultERC20InvalidApprover)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SimpleYieldVaultERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InvalidReceiverError(raw []byte) (*SimpleYieldVaultERC20InvalidReceiver, error) {
	out := new(SimpleYieldVaultERC20InvalidReceiver)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InvalidSender represents a ERC20InvalidSender error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SimpleYieldVaultERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InvalidSenderError(raw []byte) (*SimpleYieldVaultERC20InvalidSender, error) {
	out := new(SimpleYieldVaultERC20InvalidSender)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SimpleYieldVault contract.
type SimpleYieldVaultERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SimpleYieldVaultERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (simpleYieldVault *SimpleYieldVault) UnpackERC20InvalidSpenderError(raw []byte) (*SimpleYieldVaultERC20InvalidSpender, error) {
	out := new(SimpleYieldVaultERC20InvalidSpender)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultExceedsMaxRedeem represents a ExceedsMaxRedeem error raised by the SimpleYieldVault contract.
type SimpleYieldVaultExceedsMaxRedeem struct {
	Shares *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsMaxRedeem(uint256 shares, uint256 max)
func SimpleYieldVaultExceedsMaxRedeemErrorID() common.Hash {
	return common.HexToHash("0xee9dbcac53c1b02c8e3f73c0afc1216c8d810aab24a815ad5c06a36001369add")
}

// UnpackExceedsMaxRedeemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsMaxRedeem(uint256 shares, uint256 max)
func (simpleYieldVault *SimpleYieldVault) UnpackExceedsMaxRedeemError(raw []byte) (*SimpleYieldVaultExceedsMaxRedeem, error) {
	out := new(SimpleYieldVaultExceedsMaxRedeem)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ExceedsMaxRedeem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultExceedsMaxWithdraw represents a ExceedsMaxWithdraw error raised by the SimpleYieldVault contract.
type SimpleYieldVaultExceedsMaxWithdraw struct {
	Assets *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsMaxWithdraw(uint256 assets, uint256 max)
func SimpleYieldVaultExceedsMaxWithdrawErrorID() common.Hash {
	return common.HexToHash("0x087da9fd24c95f6df4b70d772df2101ccd1ef03109aeaed6125fd00a72aae6a7")
}

// UnpackExceedsMaxWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsMaxWithdraw(uint256 assets, uint256 max)
func (simpleYieldVault *SimpleYieldVault) UnpackExceedsMaxWithdrawError(raw []byte) (*SimpleYieldVaultExceedsMaxWithdraw, error) {
	out := new(SimpleYieldVaultExceedsMaxWithdraw)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "ExceedsMaxWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimpleYieldVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the SimpleYieldVault contract.
type SimpleYieldVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SimpleYieldVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (simpleYieldVault *SimpleYieldVault) UnpackSafeERC20FailedOperationError(raw []byte) (*SimpleYieldVaultSafeERC20FailedOperation, error) {
	out := new(SimpleYieldVaultSafeERC20FailedOperation)
	if err := simpleYieldVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
