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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"collateral_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pricePair_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxBorrowPerTx_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"BorrowCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"debtAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BorrowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReserves\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"}],\"name\":\"InsufficientSupplied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDebt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"CircuitBreakerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"MaxBorrowPerTxUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Supplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LTV_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availableLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"borrowLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"circuitBreaker\",\"outputs\":[{\"internalType\":\"contractICircuitBreaker\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"collateralOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"debtOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBorrowPerTx\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pricePair\",\"outputs\":[{\"internalType\":\"contractIUniswapV2Pair\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractICircuitBreaker\",\"name\":\"breaker\",\"type\":\"address\"}],\"name\":\"setCircuitBreaker\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCap\",\"type\":\"uint256\"}],\"name\":\"setMaxBorrowPerTx\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"supplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LendingPool",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161198c38038061198c83398101604081905261002f91610339565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038516158061007057506001600160a01b038416155b8061008257506001600160a01b038316155b8061009457506001600160a01b038116155b156100b25760405163d92e233d60e01b815260040160405180910390fd5b5f8390505f816001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061011791906103a0565b90505f826001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017a91906103a0565b90505f876001600160a01b0316836001600160a01b03161480156101af5750886001600160a01b0316826001600160a01b0316145b90505f886001600160a01b0316836001600160a01b03161480156101e45750896001600160a01b0316846001600160a01b0316145b9050811580156101f2575080155b1561021057604051631af5057360e01b815260040160405180910390fd5b6001600160a01b03808b1660805289811660a052851660c05281151560e052600287905561023e5f87610279565b506102697f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a87610279565b50505050505050505050506103c2565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610319575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102d13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161031c565b505f5b92915050565b6001600160a01b0381168114610336575f5ffd5b50565b5f5f5f5f5f60a0868803121561034d575f5ffd5b855161035881610322565b602087015190955061036981610322565b604087015190945061037a81610322565b60608701516080880151919450925061039281610322565b809150509295509295909350565b5f602082840312156103b0575f5ffd5b81516103bb81610322565b9392505050565b60805160a05160c05160e05161155f61042d5f395f61098601525f81816103b701526108ff01525f818161045901528181610afe0152610d1201525f818161032301528181610600015281816107020152818161083a01528181610b6d0152610e6a015261155f5ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80635c975abb11610109578063a217fddf1161009e578063d547741f1161006e578063d547741f14610441578063d8dfeb4514610454578063e63ab1e91461047b578063fae3706f146104a2575f5ffd5b8063a217fddf146103ec578063bad4a01f146103f3578063c5ebeaec14610406578063d283e75f14610419575f5ffd5b806382beee89116100d957806382beee89146103975780638456cb59146103aa578063863a6629146103b257806391d14854146103d9575f5ffd5b80635c975abb146103685780636112fe2e1461037357806372417ece14610386578063743753591461038f575f5ffd5b80632f2ff15d1161017f57806338d52e0f1161014f57806338d52e0f1461031e578063395fe494146103455780633f4ba83a146103585780635891de7214610360575f5ffd5b80632f2ff15d146102d257806335403023146102e557806336568abe146102f8578063371fd8e61461030b575f5ffd5b80631aefb107116101ba5780631aefb10714610260578063248a9ca31461028857806328f5f502146102aa5780632e1a7d4d146102bd575f5ffd5b806301ffc9a7146101e0578063155a72051461020857806316efd94114610235575b5f5ffd5b6101f36101ee36600461135a565b6104ab565b60405190151581526020015b60405180910390f35b61022761021636600461139c565b60036020525f908152604090205481565b6040519081526020016101ff565b600654610248906001600160a01b031681565b6040516001600160a01b0390911681526020016101ff565b61022761026e36600461139c565b6001600160a01b03165f9081526004602052604090205490565b6102276102963660046113b7565b5f9081526020819052604090206001015490565b6102276102b836600461139c565b6104e1565b6102d06102cb3660046113b7565b610539565b005b6102d06102e03660046113ce565b610677565b6102d06102f33660046113b7565b6106a1565b6102d06103063660046113ce565b610776565b6102d06103193660046113b7565b6107ae565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6102d06103533660046113b7565b61089c565b6102d06108e8565b6102276108fa565b60015460ff166101f3565b6102d06103813660046113b7565b610a2b565b61022760025481565b610227610b56565b6102d06103a536600461139c565b610be3565b6102d0610c57565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6101f36103e73660046113ce565b610c89565b6102275f81565b6102d06104013660046113b7565b610cb1565b6102d06104143660046113b7565b610d6c565b61022761042736600461139c565b6001600160a01b03165f9081526005602052604090205490565b6102d061044f3660046113ce565b610edf565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6102277f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b610227611d4c81565b5f6001600160e01b03198216637965db0b60e01b14806104db57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f612710611d4c670de0b6b3a76400006104f96108fa565b6001600160a01b0386165f9081526004602052604090205461051b9190611410565b6105259190611427565b61052f9190611410565b6104db9190611427565b610541610f03565b610549610f1e565b805f0361056957604051631f2a200560e01b815260040160405180910390fd5b335f90815260036020526040902054808211156105a857604051634eb7b71360e01b815260048101839052602481018290526044015b60405180910390fd5b5f6105b1610b56565b9050808311156105de5760405163a17e11d560e01b8152600481018490526024810182905260440161059f565b6105e88383611446565b335f81815260036020526040902091909155610626907f00000000000000000000000000000000000000000000000000000000000000009085610f44565b60405183815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a2505061067460015f51602061150a5f395f51905f5255565b50565b5f8281526020819052604090206001015461069181611002565b61069b838361100c565b50505050565b6106a9610f03565b6106b1610f1e565b805f036106d157604051631f2a200560e01b815260040160405180910390fd5b335f90815260036020526040812080548392906106ef908490611459565b9091555061072a90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461109b565b60405181815233907f6473c9f7da8f23a3d810f05b3e8fb3945f0ad17deadcc09e302cdf5d58e48fe7906020015b60405180910390a261067460015f51602061150a5f395f51905f5255565b6001600160a01b038116331461079f5760405163334bd91960e11b815260040160405180910390fd5b6107a982826110d1565b505050565b6107b6610f03565b805f036107d657604051631f2a200560e01b815260040160405180910390fd5b335f9081526005602052604081205490819003610806576040516308d1fde360e11b815260040160405180910390fd5b5f8183106108145781610816565b825b90506108228183611446565b335f8181526005602052604090209190915561086a907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690308461109b565b60405181815233907f0516911bcc3a0a7412a44601057c0a0a1ec628bde049a84284bc42886653448890602001610654565b5f6108a681611002565b60025460408051918252602082018490527f56580b731558fbd3ac4c9cb2aac298bf5090e5febb2afaf681eece5ae6cd3120910160405180910390a150600255565b5f6108f281611002565b61067461113a565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610959573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061097d9190611487565b50915091505f5f7f00000000000000000000000000000000000000000000000000000000000000006109c257826001600160701b0316846001600160701b03166109d7565b836001600160701b0316836001600160701b03165b91509150815f14806109e7575080155b15610a05576040516345a5389f60e11b815260040160405180910390fd5b81610a18670de0b6b3a764000083611410565b610a229190611427565b94505050505090565b610a33610f03565b610a3b610f1e565b805f03610a5b57604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604090205480821115610a9557604051632c1f8ef160e21b8152600481018390526024810182905260440161059f565b610a9f8282611446565b335f908152600460209081526040808320939093556005905220548015610af9575f610aca336104e1565b905080821115610af75760405163d771d8e960e01b8152600481018390526024810182905260440161059f565b505b610b247f00000000000000000000000000000000000000000000000000000000000000003385610f44565b60405183815233907fc30fcfbcaac9e0deffa719714eaa82396ff506a0d0d0eebe170830177288715d90602001610654565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610bba573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bde91906114d3565b905090565b5f610bed81611002565b600654604080516001600160a01b03928316815291841660208301527fad6ede2bab15d4cc29f9aa4e11f38e7bffe6fe0296e8928492a62d29a8ab11d6910160405180910390a150600680546001600160a01b0319166001600160a01b0392909216919091179055565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610c8181611002565b61067461118c565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610cb9610f03565b610cc1610f1e565b805f03610ce157604051631f2a200560e01b815260040160405180910390fd5b335f9081526004602052604081208054839290610cff908490611459565b90915550610d3a90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461109b565b60405181815233907fd7243f6f8212d5188fd054141cf6ea89cfc0d91facb8c3afe2f88a135848014290602001610758565b610d74610f03565b610d7c610f1e565b805f03610d9c57604051631f2a200560e01b815260040160405180910390fd5b60025480821115610dca576040516331198c6560e21b8152600481018390526024810182905260440161059f565b335f90815260056020526040812054610de4908490611459565b90505f610df0336104e1565b905080821115610e1d5760405163d771d8e960e01b8152600481018390526024810182905260440161059f565b5f610e26610b56565b905080851115610e535760405163a17e11d560e01b8152600481018690526024810182905260440161059f565b335f818152600560205260409020849055610e90907f00000000000000000000000000000000000000000000000000000000000000009087610f44565b60405185815233907fac59582e5396aca512fa873a2047e7f4c80f8f55d4a06cb34a78a0187f62719f9060200160405180910390a25050505061067460015f51602061150a5f395f51905f5255565b5f82815260208190526040902060010154610ef981611002565b61069b83836110d1565b610f0b6111c7565b60025f51602061150a5f395f51905f5255565b60015460ff1615610f425760405163d93c066560e01b815260040160405180910390fd5b565b6006546001600160a01b0316801580610fd05750604051637bce00d360e11b81526001600160a01b03858116600483015260248201849052848116604483015282169063f79c01a6906064016020604051808303815f875af1158015610fac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fd091906114ea565b15610fee57610fe96001600160a01b03851684846111f6565b61069b565b61069b6001600160a01b03851682846111f6565b610674813361122b565b5f6110178383610c89565b611094575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561104c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104db565b505f6104db565b6110a9848484846001611268565b61069b57604051635274afe760e01b81526001600160a01b038516600482015260240161059f565b5f6110dc8383610c89565b15611094575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104db565b6111426112d5565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b611194610f1e565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361116f565b5f51602061150a5f395f51905f5254600203610f4257604051633ee5aeb560e01b815260040160405180910390fd5b61120383838360016112f8565b6107a957604051635274afe760e01b81526001600160a01b038416600482015260240161059f565b6112358282610c89565b6112645760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161059f565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166112c45783831516156112b8573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60015460ff16610f4257604051638dfc202b60e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661134e578383151615611342573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6020828403121561136a575f5ffd5b81356001600160e01b031981168114611381575f5ffd5b9392505050565b6001600160a01b0381168114610674575f5ffd5b5f602082840312156113ac575f5ffd5b813561138181611388565b5f602082840312156113c7575f5ffd5b5035919050565b5f5f604083850312156113df575f5ffd5b8235915060208301356113f181611388565b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104db576104db6113fc565b5f8261144157634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156104db576104db6113fc565b808201808211156104db576104db6113fc565b80516001600160701b0381168114611482575f5ffd5b919050565b5f5f5f60608486031215611499575f5ffd5b6114a28461146c565b92506114b06020850161146c565b9150604084015163ffffffff811681146114c8575f5ffd5b809150509250925092565b5f602082840312156114e3575f5ffd5b5051919050565b5f602082840312156114fa575f5ffd5b81518015158114611381575f5ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220f1ad0a4b1a101cd9af07b1d6e023b43ef3c35982ec19c631a28df4c0564d61a664736f6c634300081e0033",
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

// PackCircuitBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16efd941.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitBreaker() view returns(address)
func (lendingPool *LendingPool) PackCircuitBreaker() []byte {
	enc, err := lendingPool.abi.Pack("circuitBreaker")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16efd941.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitBreaker() view returns(address)
func (lendingPool *LendingPool) TryPackCircuitBreaker() ([]byte, error) {
	return lendingPool.abi.Pack("circuitBreaker")
}

// UnpackCircuitBreaker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16efd941.
//
// Solidity: function circuitBreaker() view returns(address)
func (lendingPool *LendingPool) UnpackCircuitBreaker(data []byte) (common.Address, error) {
	out, err := lendingPool.abi.Unpack("circuitBreaker", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackSetCircuitBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82beee89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCircuitBreaker(address breaker) returns()
func (lendingPool *LendingPool) PackSetCircuitBreaker(breaker common.Address) []byte {
	enc, err := lendingPool.abi.Pack("setCircuitBreaker", breaker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCircuitBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82beee89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCircuitBreaker(address breaker) returns()
func (lendingPool *LendingPool) TryPackSetCircuitBreaker(breaker common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("setCircuitBreaker", breaker)
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

// LendingPoolCircuitBreakerUpdated represents a CircuitBreakerUpdated event raised by the LendingPool contract.
type LendingPoolCircuitBreakerUpdated struct {
	Previous common.Address
	Current  common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const LendingPoolCircuitBreakerUpdatedEventName = "CircuitBreakerUpdated"

// ContractEventName returns the user-defined event name.
func (LendingPoolCircuitBreakerUpdated) ContractEventName() string {
	return LendingPoolCircuitBreakerUpdatedEventName
}

// UnpackCircuitBreakerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CircuitBreakerUpdated(address previous, address current)
func (lendingPool *LendingPool) UnpackCircuitBreakerUpdatedEvent(log *types.Log) (*LendingPoolCircuitBreakerUpdated, error) {
	event := "CircuitBreakerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolCircuitBreakerUpdated)
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
