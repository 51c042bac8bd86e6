// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lendingpool

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

// LendingPoolMetaData contains all meta data concerning the LendingPool contract.
var LendingPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"collateral_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pricePair_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxBorrowPerTx_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"BorrowCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"debtAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BorrowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReserves\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"}],\"name\":\"InsufficientSupplied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDebt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"MaxBorrowPerTxUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Supplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LTV_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availableLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"borrowLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"collateralOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"debtOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBorrowPerTx\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pricePair\",\"outputs\":[{\"internalType\":\"contractIUniswapV2Pair\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCap\",\"type\":\"uint256\"}],\"name\":\"setMaxBorrowPerTx\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"supplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LendingPool",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161181638038061181683398101604081905261002f91610339565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038516158061007057506001600160a01b038416155b8061008257506001600160a01b038316155b8061009457506001600160a01b038116155b156100b25760405163d92e233d60e01b815260040160405180910390fd5b5f8390505f816001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061011791906103a0565b90505f826001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017a91906103a0565b90505f876001600160a01b0316836001600160a01b03161480156101af5750886001600160a01b0316826001600160a01b0316145b90505f886001600160a01b0316836001600160a01b03161480156101e45750896001600160a01b0316846001600160a01b0316145b9050811580156101f2575080155b1561021057604051631af5057360e01b815260040160405180910390fd5b6001600160a01b03808b1660805289811660a052851660c05281151560e052600287905561023e5f87610279565b506102697f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a87610279565b50505050505050505050506103c2565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610319575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102d13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161031c565b505f5b92915050565b6001600160a01b0381168114610336575f5ffd5b50565b5f5f5f5f5f60a0868803121561034d575f5ffd5b855161035881610322565b602087015190955061036981610322565b604087015190945061037a81610322565b60608701516080880151919450925061039281610322565b809150509295509295909350565b5f602082840312156103b0575f5ffd5b81516103bb81610322565b9392505050565b60805160a05160c05160e0516113e961042d5f395f61095301525f818161037b01526108cc01525f818161041d01528181610ad30152610c7401525f81816102e2015281816105c4015281816106cf0152818161080701528181610b430152610dcc01526113e95ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80635c975abb116100fe578063a217fddf1161009e578063d547741f1161006e578063d547741f14610405578063d8dfeb4514610418578063e63ab1e91461043f578063fae3706f14610466575f5ffd5b8063a217fddf146103b0578063bad4a01f146103b7578063c5ebeaec146103ca578063d283e75f146103dd575f5ffd5b806374375359116100d957806374375359146103665780638456cb591461036e578063863a66291461037657806391d148541461039d575f5ffd5b80635c975abb1461033f5780636112fe2e1461034a57806372417ece1461035d575f5ffd5b8063354030231161016957806338d52e0f1161014457806338d52e0f146102dd578063395fe4941461031c5780633f4ba83a1461032f5780635891de7214610337575f5ffd5b806335403023146102a457806336568abe146102b7578063371fd8e6146102ca575f5ffd5b8063248a9ca3116101a4578063248a9ca31461024757806328f5f502146102695780632e1a7d4d1461027c5780632f2ff15d14610291575f5ffd5b806301ffc9a7146101ca578063155a7205146101f25780631aefb1071461021f575b5f5ffd5b6101dd6101d8366004611207565b61046f565b60405190151581526020015b60405180910390f35b610211610200366004611250565b60036020525f908152604090205481565b6040519081526020016101e9565b61021161022d366004611250565b6001600160a01b03165f9081526004602052604090205490565b610211610255366004611269565b5f9081526020819052604090206001015490565b610211610277366004611250565b6104a5565b61028f61028a366004611269565b6104fd565b005b61028f61029f366004611280565b610644565b61028f6102b2366004611269565b61066e565b61028f6102c5366004611280565b610743565b61028f6102d8366004611269565b61077b565b6103047f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101e9565b61028f61032a366004611269565b610869565b61028f6108b5565b6102116108c7565b60015460ff166101dd565b61028f610358366004611269565b6109f8565b61021160025481565b610211610b2c565b61028f610bb9565b6103047f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103ab366004611280565b610beb565b6102115f81565b61028f6103c5366004611269565b610c13565b61028f6103d8366004611269565b610cce565b6102116103eb366004611250565b6001600160a01b03165f9081526005602052604090205490565b61028f610413366004611280565b610e4a565b6103047f000000000000000000000000000000000000000000000000000000000000000081565b6102117f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b610211611d4c81565b5f6001600160e01b03198216637965db0b60e01b148061049f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f612710611d4c670de0b6b3a76400006104bd6108c7565b6001600160a01b0386165f908152600460205260409020546104df91906112be565b6104e991906112d5565b6104f391906112be565b61049f91906112d5565b610505610e6e565b61050d610e89565b805f0361052d57604051631f2a200560e01b815260040160405180910390fd5b335f908152600360205260409020548082111561056c57604051634eb7b71360e01b815260048101839052602481018290526044015b60405180910390fd5b5f610575610b2c565b9050808311156105a25760405163a17e11d560e01b81526004810184905260248101829052604401610563565b6105ac83836112f4565b335f818152600360205260409020919091556105f3907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169085610eaf565b60405183815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a2505061064160015f5160206113945f395f51905f5255565b50565b5f8281526020819052604090206001015461065e81610ee4565b6106688383610eee565b50505050565b610676610e6e565b61067e610e89565b805f0361069e57604051631f2a200560e01b815260040160405180910390fd5b335f90815260036020526040812080548392906106bc908490611307565b909155506106f790506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610f7d565b60405181815233907f6473c9f7da8f23a3d810f05b3e8fb3945f0ad17deadcc09e302cdf5d58e48fe7906020015b60405180910390a261064160015f5160206113945f395f51905f5255565b6001600160a01b038116331461076c5760405163334bd91960e11b815260040160405180910390fd5b6107768282610fb3565b505050565b610783610e6e565b805f036107a357604051631f2a200560e01b815260040160405180910390fd5b335f90815260056020526040812054908190036107d3576040516308d1fde360e11b815260040160405180910390fd5b5f8183106107e157816107e3565b825b90506107ef81836112f4565b335f81815260056020526040902091909155610837907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316903084610f7d565b60405181815233907f0516911bcc3a0a7412a44601057c0a0a1ec628bde049a84284bc42886653448890602001610621565b5f61087381610ee4565b60025460408051918252602082018490527f56580b731558fbd3ac4c9cb2aac298bf5090e5febb2afaf681eece5ae6cd3120910160405180910390a150600255565b5f6108bf81610ee4565b61064161101c565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610926573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061094a9190611330565b50915091505f5f7f000000000000000000000000000000000000000000000000000000000000000061098f57826001600160701b0316846001600160701b03166109a4565b836001600160701b0316836001600160701b03165b91509150815f14806109b4575080155b156109d2576040516345a5389f60e11b815260040160405180910390fd5b816109e5670de0b6b3a7640000836112be565b6109ef91906112d5565b94505050505090565b610a00610e6e565b610a08610e89565b805f03610a2857604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604090205480821115610a6257604051632c1f8ef160e21b81526004810183905260248101829052604401610563565b610a6c82826112f4565b335f908152600460209081526040808320939093556005905220548015610ac6575f610a97336104a5565b905080821115610ac45760405163d771d8e960e01b81526004810183905260248101829052604401610563565b505b610afa6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385610eaf565b60405183815233907fc30fcfbcaac9e0deffa719714eaa82396ff506a0d0d0eebe170830177288715d90602001610621565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610b90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb4919061137c565b905090565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610be381610ee4565b61064161106e565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610c1b610e6e565b610c23610e89565b805f03610c4357604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604081208054839290610c61908490611307565b90915550610c9c90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610f7d565b60405181815233907fd7243f6f8212d5188fd054141cf6ea89cfc0d91facb8c3afe2f88a135848014290602001610725565b610cd6610e6e565b610cde610e89565b805f03610cfe57604051631f2a200560e01b815260040160405180910390fd5b60025480821115610d2c576040516331198c6560e21b81526004810183905260248101829052604401610563565b335f90815260056020526040812054610d46908490611307565b90505f610d52336104a5565b905080821115610d7f5760405163d771d8e960e01b81526004810183905260248101829052604401610563565b5f610d88610b2c565b905080851115610db55760405163a17e11d560e01b81526004810186905260248101829052604401610563565b335f818152600560205260409020849055610dfb907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169087610eaf565b60405185815233907fac59582e5396aca512fa873a2047e7f4c80f8f55d4a06cb34a78a0187f62719f9060200160405180910390a25050505061064160015f5160206113945f395f51905f5255565b5f82815260208190526040902060010154610e6481610ee4565b6106688383610fb3565b610e766110a9565b60025f5160206113945f395f51905f5255565b60015460ff1615610ead5760405163d93c066560e01b815260040160405180910390fd5b565b610ebc83838360016110d8565b61077657604051635274afe760e01b81526001600160a01b0384166004820152602401610563565b610641813361113a565b5f610ef98383610beb565b610f76575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f2e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161049f565b505f61049f565b610f8b848484846001611177565b61066857604051635274afe760e01b81526001600160a01b0385166004820152602401610563565b5f610fbe8383610beb565b15610f76575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161049f565b6110246111e4565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b611076610e89565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611051565b5f5160206113945f395f51905f5254600203610ead57604051633ee5aeb560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661112e578383151615611122573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6111448282610beb565b6111735760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610563565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166111d35783831516156111c7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60015460ff16610ead57604051638dfc202b60e01b815260040160405180910390fd5b5f60208284031215611217575f5ffd5b81356001600160e01b03198116811461122e575f5ffd5b9392505050565b80356001600160a01b038116811461124b575f5ffd5b919050565b5f60208284031215611260575f5ffd5b61122e82611235565b5f60208284031215611279575f5ffd5b5035919050565b5f5f60408385031215611291575f5ffd5b823591506112a160208401611235565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761049f5761049f6112aa565b5f826112ef57634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561049f5761049f6112aa565b8082018082111561049f5761049f6112aa565b80516001600160701b038116811461124b575f5ffd5b5f5f5f60608486031215611342575f5ffd5b61134b8461131a565b92506113596020850161131a565b9150604084015163ffffffff81168114611371575f5ffd5b809150509250925092565b5f6020828403121561138c575f5ffd5b505191905056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220e9cedcb94ca3f723819b03436e39148f8872edb32923ac5710654612e0cc8a5c64736f6c634300081e0033",
}

// LendingPool is an auto generated Go binding around an Ethereum contract.
type LendingPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LendingPool) GetABI() abi.ABI {
	return c.abi
}

// NewLendingPool creates a new instance of LendingPool.
func NewLendingPool() *LendingPool {
	parsed, err := LendingPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LendingPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LendingPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address asset_, address collateral_, address pricePair_, uint256 maxBorrowPerTx_, address admin) returns()
func (lendingPool *LendingPool) PackConstructor(asset_ common.Address, collateral_ common.Address, pricePair_ common.Address, maxBorrowPerTx_ *big.Int, admin common.Address) []byte {
	enc, err := lendingPool.abi.Pack("", asset_, collateral_, pricePair_, maxBorrowPerTx_, admin)
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
func (lendingPool *LendingPool) PackDEFAULTADMINROLE() []byte {
	enc, err := lendingPool.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (lendingPool *LendingPool) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return lendingPool.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLTVBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae3706f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingPool *LendingPool) PackLTVBPS() []byte {
	enc, err := lendingPool.abi.Pack("LTV_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLTVBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae3706f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingPool *LendingPool) TryPackLTVBPS() ([]byte, error) {
	return lendingPool.abi.Pack("LTV_BPS")
}

// UnpackLTVBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfae3706f.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingPool *LendingPool) UnpackLTVBPS(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("LTV_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) PackPAUSERROLE() []byte {
	enc, err := lendingPool.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) TryPackPAUSERROLE() ([]byte, error) {
	return lendingPool.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (lendingPool *LendingPool) PackAsset() []byte {
	enc, err := lendingPool.abi.Pack("asset")
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
func (lendingPool *LendingPool) TryPackAsset() ([]byte, error) {
	return lendingPool.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (lendingPool *LendingPool) UnpackAsset(data []byte) (common.Address, error) {
	out, err := lendingPool.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAvailableLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74375359.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availableLiquidity() view returns(uint256)
func (lendingPool *LendingPool) PackAvailableLiquidity() []byte {
	enc, err := lendingPool.abi.Pack("availableLiquidity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailableLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74375359.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availableLiquidity() view returns(uint256)
func (lendingPool *LendingPool) TryPackAvailableLiquidity() ([]byte, error) {
	return lendingPool.abi.Pack("availableLiquidity")
}

// UnpackAvailableLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74375359.
//
// Solidity: function availableLiquidity() view returns(uint256)
func (lendingPool *LendingPool) UnpackAvailableLiquidity(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("availableLiquidity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5ebeaec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(uint256 amount) returns()
func (lendingPool *LendingPool) PackBorrow(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("borrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5ebeaec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(uint256 amount) returns()
func (lendingPool *LendingPool) TryPackBorrow(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("borrow", amount)
}

// PackBorrowLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f5f502.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowLimit(address user) view returns(uint256)
func (lendingPool *LendingPool) PackBorrowLimit(user common.Address) []byte {
	enc, err := lendingPool.abi.Pack("borrowLimit", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f5f502.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowLimit(address user) view returns(uint256)
func (lendingPool *LendingPool) TryPackBorrowLimit(user common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("borrowLimit", user)
}

// UnpackBorrowLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28f5f502.
//
// Solidity: function borrowLimit(address user) view returns(uint256)
func (lendingPool *LendingPool) UnpackBorrowLimit(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("borrowLimit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(address)
func (lendingPool *LendingPool) PackCollateral() []byte {
	enc, err := lendingPool.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(address)
func (lendingPool *LendingPool) TryPackCollateral() ([]byte, error) {
	return lendingPool.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(address)
func (lendingPool *LendingPool) UnpackCollateral(data []byte) (common.Address, error) {
	out, err := lendingPool.abi.Unpack("collateral", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCollateralOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aefb107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralOf(address user) view returns(uint256)
func (lendingPool *LendingPool) PackCollateralOf(user common.Address) []byte {
	enc, err := lendingPool.abi.Pack("collateralOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aefb107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralOf(address user) view returns(uint256)
func (lendingPool *LendingPool) TryPackCollateralOf(user common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("collateralOf", user)
}

// UnpackCollateralOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aefb107.
//
// Solidity: function collateralOf(address user) view returns(uint256)
func (lendingPool *LendingPool) UnpackCollateralOf(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("collateralOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingPool *LendingPool) PackCollateralPrice() []byte {
	enc, err := lendingPool.abi.Pack("collateralPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingPool *LendingPool) TryPackCollateralPrice() ([]byte, error) {
	return lendingPool.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingPool *LendingPool) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("collateralPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDebtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd283e75f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtOf(address user) view returns(uint256)
func (lendingPool *LendingPool) PackDebtOf(user common.Address) []byte {
	enc, err := lendingPool.abi.Pack("debtOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd283e75f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtOf(address user) view returns(uint256)
func (lendingPool *LendingPool) TryPackDebtOf(user common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("debtOf", user)
}

// UnpackDebtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd283e75f.
//
// Solidity: function debtOf(address user) view returns(uint256)
func (lendingPool *LendingPool) UnpackDebtOf(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("debtOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (lendingPool *LendingPool) PackDepositCollateral(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("depositCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (lendingPool *LendingPool) TryPackDepositCollateral(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("depositCollateral", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingPool *LendingPool) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := lendingPool.abi.Pack("getRoleAdmin", role)
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
func (lendingPool *LendingPool) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return lendingPool.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingPool *LendingPool) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("getRoleAdmin", data)
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
func (lendingPool *LendingPool) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("grantRole", role, account)
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
func (lendingPool *LendingPool) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingPool *LendingPool) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("hasRole", role, account)
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
func (lendingPool *LendingPool) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingPool *LendingPool) UnpackHasRole(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxBorrowPerTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72417ece.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBorrowPerTx() view returns(uint256)
func (lendingPool *LendingPool) PackMaxBorrowPerTx() []byte {
	enc, err := lendingPool.abi.Pack("maxBorrowPerTx")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBorrowPerTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72417ece.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBorrowPerTx() view returns(uint256)
func (lendingPool *LendingPool) TryPackMaxBorrowPerTx() ([]byte, error) {
	return lendingPool.abi.Pack("maxBorrowPerTx")
}

// UnpackMaxBorrowPerTx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72417ece.
//
// Solidity: function maxBorrowPerTx() view returns(uint256)
func (lendingPool *LendingPool) UnpackMaxBorrowPerTx(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("maxBorrowPerTx", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (lendingPool *LendingPool) PackPause() []byte {
	enc, err := lendingPool.abi.Pack("pause")
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
func (lendingPool *LendingPool) TryPackPause() ([]byte, error) {
	return lendingPool.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (lendingPool *LendingPool) PackPaused() []byte {
	enc, err := lendingPool.abi.Pack("paused")
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
func (lendingPool *LendingPool) TryPackPaused() ([]byte, error) {
	return lendingPool.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (lendingPool *LendingPool) UnpackPaused(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPricePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863a6629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pricePair() view returns(address)
func (lendingPool *LendingPool) PackPricePair() []byte {
	enc, err := lendingPool.abi.Pack("pricePair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPricePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863a6629.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pricePair() view returns(address)
func (lendingPool *LendingPool) TryPackPricePair() ([]byte, error) {
	return lendingPool.abi.Pack("pricePair")
}

// UnpackPricePair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863a6629.
//
// Solidity: function pricePair() view returns(address)
func (lendingPool *LendingPool) UnpackPricePair(data []byte) (common.Address, error) {
	out, err := lendingPool.abi.Unpack("pricePair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (lendingPool *LendingPool) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := lendingPool.abi.Pack("renounceRole", role, callerConfirmation)
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
func (lendingPool *LendingPool) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 amount) returns()
func (lendingPool *LendingPool) PackRepay(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("repay", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 amount) returns()
func (lendingPool *LendingPool) TryPackRepay(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("repay", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (lendingPool *LendingPool) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("revokeRole", role, account)
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
func (lendingPool *LendingPool) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("revokeRole", role, account)
}

// PackSetMaxBorrowPerTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x395fe494.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBorrowPerTx(uint256 newCap) returns()
func (lendingPool *LendingPool) PackSetMaxBorrowPerTx(newCap *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("setMaxBorrowPerTx", newCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxBorrowPerTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x395fe494.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxBorrowPerTx(uint256 newCap) returns()
func (lendingPool *LendingPool) TryPackSetMaxBorrowPerTx(newCap *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("setMaxBorrowPerTx", newCap)
}

// PackSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155a7205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplied(address ) view returns(uint256)
func (lendingPool *LendingPool) PackSupplied(arg0 common.Address) []byte {
	enc, err := lendingPool.abi.Pack("supplied", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155a7205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplied(address ) view returns(uint256)
func (lendingPool *LendingPool) TryPackSupplied(arg0 common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("supplied", arg0)
}

// UnpackSupplied is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x155a7205.
//
// Solidity: function supplied(address ) view returns(uint256)
func (lendingPool *LendingPool) UnpackSupplied(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("supplied", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35403023.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply(uint256 amount) returns()
func (lendingPool *LendingPool) PackSupply(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("supply", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35403023.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply(uint256 amount) returns()
func (lendingPool *LendingPool) TryPackSupply(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("supply", amount)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingPool *LendingPool) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := lendingPool.abi.Pack("supportsInterface", interfaceId)
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
func (lendingPool *LendingPool) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return lendingPool.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingPool *LendingPool) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("supportsInterface", data)
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
func (lendingPool *LendingPool) PackUnpause() []byte {
	enc, err := lendingPool.abi.Pack("unpause")
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
func (lendingPool *LendingPool) TryPackUnpause() ([]byte, error) {
	return lendingPool.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (lendingPool *LendingPool) PackWithdraw(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("withdraw", amount)
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
func (lendingPool *LendingPool) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("withdraw", amount)
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (lendingPool *LendingPool) PackWithdrawCollateral(amount *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("withdrawCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (lendingPool *LendingPool) TryPackWithdrawCollateral(amount *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("withdrawCollateral", amount)
}

// LendingPoolBorrowed represents a Borrowed event raised by the LendingPool contract.
type LendingPoolBorrowed struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolBorrowedEventName = "Borrowed"

// ContractEventName returns the user-defined event name.
func (LendingPoolBorrowed) ContractEventName() string {
	return LendingPoolBorrowedEventName
}

// UnpackBorrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrowed(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackBorrowedEvent(log *types.Log) (*LendingPoolBorrowed, error) {
	event := "Borrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolBorrowed)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolCollateralDeposited represents a CollateralDeposited event raised by the LendingPool contract.
type LendingPoolCollateralDeposited struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolCollateralDepositedEventName = "CollateralDeposited"

// ContractEventName returns the user-defined event name.
func (LendingPoolCollateralDeposited) ContractEventName() string {
	return LendingPoolCollateralDepositedEventName
}

// UnpackCollateralDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralDeposited(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackCollateralDepositedEvent(log *types.Log) (*LendingPoolCollateralDeposited, error) {
	event := "CollateralDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolCollateralDeposited)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolCollateralWithdrawn represents a CollateralWithdrawn event raised by the LendingPool contract.
type LendingPoolCollateralWithdrawn struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolCollateralWithdrawnEventName = "CollateralWithdrawn"

// ContractEventName returns the user-defined event name.
func (LendingPoolCollateralWithdrawn) ContractEventName() string {
	return LendingPoolCollateralWithdrawnEventName
}

// UnpackCollateralWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralWithdrawn(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackCollateralWithdrawnEvent(log *types.Log) (*LendingPoolCollateralWithdrawn, error) {
	event := "CollateralWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolCollateralWithdrawn)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolMaxBorrowPerTxUpdated represents a MaxBorrowPerTxUpdated event raised by the LendingPool contract.
type LendingPoolMaxBorrowPerTxUpdated struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LendingPoolMaxBorrowPerTxUpdatedEventName = "MaxBorrowPerTxUpdated"

// ContractEventName returns the user-defined event name.
func (LendingPoolMaxBorrowPerTxUpdated) ContractEventName() string {
	return LendingPoolMaxBorrowPerTxUpdatedEventName
}

// UnpackMaxBorrowPerTxUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBorrowPerTxUpdated(uint256 previous, uint256 current)
func (lendingPool *LendingPool) UnpackMaxBorrowPerTxUpdatedEvent(log *types.Log) (*LendingPoolMaxBorrowPerTxUpdated, error) {
	event := "MaxBorrowPerTxUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolMaxBorrowPerTxUpdated)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolPaused represents a Paused event raised by the LendingPool contract.
type LendingPoolPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LendingPoolPaused) ContractEventName() string {
	return LendingPoolPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (lendingPool *LendingPool) UnpackPausedEvent(log *types.Log) (*LendingPoolPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolPaused)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRepaid represents a Repaid event raised by the LendingPool contract.
type LendingPoolRepaid struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolRepaidEventName = "Repaid"

// ContractEventName returns the user-defined event name.
func (LendingPoolRepaid) ContractEventName() string {
	return LendingPoolRepaidEventName
}

// UnpackRepaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repaid(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackRepaidEvent(log *types.Log) (*LendingPoolRepaid, error) {
	event := "Repaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRepaid)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleAdminChanged represents a RoleAdminChanged event raised by the LendingPool contract.
type LendingPoolRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleAdminChanged) ContractEventName() string {
	return LendingPoolRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (lendingPool *LendingPool) UnpackRoleAdminChangedEvent(log *types.Log) (*LendingPoolRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleGranted represents a RoleGranted event raised by the LendingPool contract.
type LendingPoolRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleGranted) ContractEventName() string {
	return LendingPoolRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingPool *LendingPool) UnpackRoleGrantedEvent(log *types.Log) (*LendingPoolRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleGranted)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleRevoked represents a RoleRevoked event raised by the LendingPool contract.
type LendingPoolRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleRevoked) ContractEventName() string {
	return LendingPoolRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingPool *LendingPool) UnpackRoleRevokedEvent(log *types.Log) (*LendingPoolRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleRevoked)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolSupplied represents a Supplied event raised by the LendingPool contract.
type LendingPoolSupplied struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolSuppliedEventName = "Supplied"

// ContractEventName returns the user-defined event name.
func (LendingPoolSupplied) ContractEventName() string {
	return LendingPoolSuppliedEventName
}

// UnpackSuppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supplied(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackSuppliedEvent(log *types.Log) (*LendingPoolSupplied, error) {
	event := "Supplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolSupplied)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolUnpaused represents a Unpaused event raised by the LendingPool contract.
type LendingPoolUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LendingPoolUnpaused) ContractEventName() string {
	return LendingPoolUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (lendingPool *LendingPool) UnpackUnpausedEvent(log *types.Log) (*LendingPoolUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolUnpaused)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolWithdrawn represents a Withdrawn event raised by the LendingPool contract.
type LendingPoolWithdrawn struct {
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LendingPoolWithdrawn) ContractEventName() string {
	return LendingPoolWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed user, uint256 amount)
func (lendingPool *LendingPool) UnpackWithdrawnEvent(log *types.Log) (*LendingPoolWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolWithdrawn)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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
func (lendingPool *LendingPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return lendingPool.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return lendingPool.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["BorrowCapExceeded"].ID.Bytes()[:4]) {
		return lendingPool.UnpackBorrowCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["BorrowLimitExceeded"].ID.Bytes()[:4]) {
		return lendingPool.UnpackBorrowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["EmptyReserves"].ID.Bytes()[:4]) {
		return lendingPool.UnpackEmptyReservesError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return lendingPool.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return lendingPool.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return lendingPool.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return lendingPool.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["InsufficientSupplied"].ID.Bytes()[:4]) {
		return lendingPool.UnpackInsufficientSuppliedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["NoDebt"].ID.Bytes()[:4]) {
		return lendingPool.UnpackNoDebtError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["PairMismatch"].ID.Bytes()[:4]) {
		return lendingPool.UnpackPairMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return lendingPool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return lendingPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return lendingPool.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return lendingPool.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LendingPoolAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the LendingPool contract.
type LendingPoolAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func LendingPoolAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (lendingPool *LendingPool) UnpackAccessControlBadConfirmationError(raw []byte) (*LendingPoolAccessControlBadConfirmation, error) {
	out := new(LendingPoolAccessControlBadConfirmation)
	if err := lendingPool.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the LendingPool contract.
type LendingPoolAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func LendingPoolAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (lendingPool *LendingPool) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*LendingPoolAccessControlUnauthorizedAccount, error) {
	out := new(LendingPoolAccessControlUnauthorizedAccount)
	if err := lendingPool.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolBorrowCapExceeded represents a BorrowCapExceeded error raised by the LendingPool contract.
type LendingPoolBorrowCapExceeded struct {
	Amount *big.Int
	Cap    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowCapExceeded(uint256 amount, uint256 cap)
func LendingPoolBorrowCapExceededErrorID() common.Hash {
	return common.HexToHash("0xc4663194fea56b940d86859ce23fee211d0c2ce1be9890591886bb29b9fdead1")
}

// UnpackBorrowCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowCapExceeded(uint256 amount, uint256 cap)
func (lendingPool *LendingPool) UnpackBorrowCapExceededError(raw []byte) (*LendingPoolBorrowCapExceeded, error) {
	out := new(LendingPoolBorrowCapExceeded)
	if err := lendingPool.abi.UnpackIntoInterface(out, "BorrowCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolBorrowLimitExceeded represents a BorrowLimitExceeded error raised by the LendingPool contract.
type LendingPoolBorrowLimitExceeded struct {
	DebtAfter *big.Int
	Limit     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowLimitExceeded(uint256 debtAfter, uint256 limit)
func LendingPoolBorrowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xd771d8e95160434b0f5289534564b3c2a11748c0cc9a621068f8d387c722d610")
}

// UnpackBorrowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowLimitExceeded(uint256 debtAfter, uint256 limit)
func (lendingPool *LendingPool) UnpackBorrowLimitExceededError(raw []byte) (*LendingPoolBorrowLimitExceeded, error) {
	out := new(LendingPoolBorrowLimitExceeded)
	if err := lendingPool.abi.UnpackIntoInterface(out, "BorrowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolEmptyReserves represents a EmptyReserves error raised by the LendingPool contract.
type LendingPoolEmptyReserves struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyReserves()
func LendingPoolEmptyReservesErrorID() common.Hash {
	return common.HexToHash("0x8b4a713eef6dbc839f63d9d04e494faca958fb9f2377aa0000e991833062ac77")
}

// UnpackEmptyReservesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyReserves()
func (lendingPool *LendingPool) UnpackEmptyReservesError(raw []byte) (*LendingPoolEmptyReserves, error) {
	out := new(LendingPoolEmptyReserves)
	if err := lendingPool.abi.UnpackIntoInterface(out, "EmptyReserves", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolEnforcedPause represents a EnforcedPause error raised by the LendingPool contract.
type LendingPoolEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LendingPoolEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (lendingPool *LendingPool) UnpackEnforcedPauseError(raw []byte) (*LendingPoolEnforcedPause, error) {
	out := new(LendingPoolEnforcedPause)
	if err := lendingPool.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolExpectedPause represents a ExpectedPause error raised by the LendingPool contract.
type LendingPoolExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LendingPoolExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (lendingPool *LendingPool) UnpackExpectedPauseError(raw []byte) (*LendingPoolExpectedPause, error) {
	out := new(LendingPoolExpectedPause)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolInsufficientCollateral represents a InsufficientCollateral error raised by the LendingPool contract.
type LendingPoolInsufficientCollateral struct {
	Requested *big.Int
	Deposited *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 deposited)
func LendingPoolInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0xb07e3bc4c23a2d5a3367eec63320a439a69fa5b14b5619ba643e23b3ab6ef805")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 deposited)
func (lendingPool *LendingPool) UnpackInsufficientCollateralError(raw []byte) (*LendingPoolInsufficientCollateral, error) {
	out := new(LendingPoolInsufficientCollateral)
	if err := lendingPool.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolInsufficientLiquidity represents a InsufficientLiquidity error raised by the LendingPool contract.
type LendingPoolInsufficientLiquidity struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func LendingPoolInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0xa17e11d5aed9d2c4240142d28db52e7da7283f43ac33766dd68e8f3dc6613c0d")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func (lendingPool *LendingPool) UnpackInsufficientLiquidityError(raw []byte) (*LendingPoolInsufficientLiquidity, error) {
	out := new(LendingPoolInsufficientLiquidity)
	if err := lendingPool.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolInsufficientSupplied represents a InsufficientSupplied error raised by the LendingPool contract.
type LendingPoolInsufficientSupplied struct {
	Requested *big.Int
	Supplied  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSupplied(uint256 requested, uint256 supplied)
func LendingPoolInsufficientSuppliedErrorID() common.Hash {
	return common.HexToHash("0x4eb7b71303af6e7fd63b45ef92300cd9089bf1b7765d042bf595d8a5a66fdbc7")
}

// UnpackInsufficientSuppliedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSupplied(uint256 requested, uint256 supplied)
func (lendingPool *LendingPool) UnpackInsufficientSuppliedError(raw []byte) (*LendingPoolInsufficientSupplied, error) {
	out := new(LendingPoolInsufficientSupplied)
	if err := lendingPool.abi.UnpackIntoInterface(out, "InsufficientSupplied", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolNoDebt represents a NoDebt error raised by the LendingPool contract.
type LendingPoolNoDebt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDebt()
func LendingPoolNoDebtErrorID() common.Hash {
	return common.HexToHash("0x11a3fbc6038930990010ab8a391682d459d3a4b3048e4dadcce0ed7eb985acbb")
}

// UnpackNoDebtError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDebt()
func (lendingPool *LendingPool) UnpackNoDebtError(raw []byte) (*LendingPoolNoDebt, error) {
	out := new(LendingPoolNoDebt)
	if err := lendingPool.abi.UnpackIntoInterface(out, "NoDebt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolPairMismatch represents a PairMismatch error raised by the LendingPool contract.
type LendingPoolPairMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PairMismatch()
func LendingPoolPairMismatchErrorID() common.Hash {
	return common.HexToHash("0x1af50573b08506eb4bc652db92deaebe5acf0706446d3d3db8c708ec42005d8c")
}

// UnpackPairMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PairMismatch()
func (lendingPool *LendingPool) UnpackPairMismatchError(raw []byte) (*LendingPoolPairMismatch, error) {
	out := new(LendingPoolPairMismatch)
	if err := lendingPool.abi.UnpackIntoInterface(out, "PairMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LendingPool contract.
type LendingPoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LendingPoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (lendingPool *LendingPool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LendingPoolReentrancyGuardReentrantCall, error) {
	out := new(LendingPoolReentrancyGuardReentrantCall)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LendingPool contract.
type LendingPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LendingPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (lendingPool *LendingPool) UnpackSafeERC20FailedOperationError(raw []byte) (*LendingPoolSafeERC20FailedOperation, error) {
	out := new(LendingPoolSafeERC20FailedOperation)
	if err := lendingPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolZeroAddress represents a ZeroAddress error raised by the LendingPool contract.
type LendingPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LendingPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (lendingPool *LendingPool) UnpackZeroAddressError(raw []byte) (*LendingPoolZeroAddress, error) {
	out := new(LendingPoolZeroAddress)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolZeroAmount represents a ZeroAmount error raised by the LendingPool contract.
type LendingPoolZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LendingPoolZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (lendingPool *LendingPool) UnpackZeroAmountError(raw []byte) (*LendingPoolZeroAmount, error) {
	out := new(LendingPoolZeroAmount)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
