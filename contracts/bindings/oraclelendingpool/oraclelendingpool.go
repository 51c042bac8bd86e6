// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package oraclelendingpool

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

// OracleLendingPoolMetaData contains all meta data concerning the OracleLendingPool contract.
var OracleLendingPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"collateral_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"contractAggregatorV3Interface\",\"name\":\"feed_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadParameters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Healthy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Insufficient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RepayTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"Undercollateralized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"}],\"name\":\"Liquidation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltvBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThresholdBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonusBps\",\"type\":\"uint256\"}],\"name\":\"RiskParametersChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOSE_FACTOR_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"borrowLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"collateralOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"collateralValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"debtOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feed\",\"outputs\":[{\"internalType\":\"contractAggregatorV3Interface\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isLiquidatable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"repayAmount\",\"type\":\"uint256\"}],\"name\":\"liquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidationBonusBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidationThresholdBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ltvBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bonus\",\"type\":\"uint256\"}],\"name\":\"setRiskParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"supplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBorrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OracleLendingPool",
	Bin: "0x60e0604052611d4c600155611f406002556101f4600355348015610021575f5ffd5b506040516113ff3803806113ff83398101604081905261004091610120565b806001600160a01b03811661006e57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610077816100ba565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055506001600160a01b0392831660805290821660a0521660c05261017c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461011d575f5ffd5b50565b5f5f5f5f60808587031215610133575f5ffd5b845161013e81610109565b602086015190945061014f81610109565b604086015190935061016081610109565b606086015190925061017181610109565b939692955090935050565b60805160a05160c05161121a6101e55f395f818161029101526107ff01525f81816102d0015281816105a101528181610689015281816107a101528181610c050152610d3f01525f81816103b00152818161093501528181610a2e0152610c3a015261121a5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c80634c19386c116100f3578063bad4a01f11610093578063d283e75f1161006e578063d283e75f1461038c578063d8dfeb45146103ab578063e4864731146103d2578063f2fde38b146103db575f5ffd5b8063bad4a01f14610353578063bcbaf48714610366578063c5ebeaec14610379575f5ffd5b8063630fd0ac116100ce578063630fd0ac1461031f578063715018a6146103285780637544aa44146103305780638da5cb5b14610343575f5ffd5b80634c19386c146102fb5780635891de72146103045780636112fe2e1461030c575f5ffd5b806329b391581161015e578063371fd8e611610139578063371fd8e61461027957806337a7b7d81461028c57806338d52e0f146102cb57806348ddab64146102f2575f5ffd5b806329b391581461023e5780632e1a7d4d146102535780633540302314610266575f5ffd5b8063042e02cf146101a5578063155a7205146101cd57806319970d8e146101fa5780631aefb10714610203578063276b73771461022257806328f5f5021461022b575b5f5ffd5b6101b86101b3366004611065565b6103ee565b60405190151581526020015b60405180910390f35b6101ec6101db366004611065565b60066020525f908152604090205481565b6040519081526020016101c4565b6101ec60035481565b6101ec610211366004611065565b60076020525f908152604090205481565b6101ec60015481565b6101ec610239366004611065565b610431565b61025161024c366004611085565b61045b565b005b6102516102613660046110ae565b6104f2565b6102516102743660046110ae565b610618565b6102516102873660046110ae565b6106fd565b6102b37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101c4565b6102b37f000000000000000000000000000000000000000000000000000000000000000081565b6101ec61138881565b6101ec60055481565b6101ec6107fb565b61025161031a3660046110ae565b61089a565b6101ec60045481565b61025161098e565b6101ec61033e366004611065565b6109a1565b5f546001600160a01b03166102b3565b6102516103613660046110ae565b6109d5565b6102516103743660046110c5565b610a88565b6102516103873660046110ae565b610cc5565b6101ec61039a366004611065565b60086020525f908152604090205481565b6102b37f000000000000000000000000000000000000000000000000000000000000000081565b6101ec60025481565b6102516103e9366004611065565b610d98565b5f6002546103fb836109a1565b6104059190611101565b6001600160a01b0383165f9081526008602052604090205461042a9061271090611101565b1192915050565b5f612710600154610441846109a1565b61044b9190611101565b6104559190611118565b92915050565b610463610dd2565b8183101580610473575061232882115b8061047f57506105dc81115b1561049d5760405163a18a709360e01b815260040160405180910390fd5b60018390556002829055600381905560408051848152602081018490529081018290527fdd210e02f5b4a6f3edf967c92df5966f8111f6255adef07b8cd55554033056d19060600160405180910390a1505050565b6104fa610dfe565b335f908152600660205260408120549082900361052a57604051631f2a200560e01b815260040160405180910390fd5b818110156105605760405163a8b2134560e01b815233600482015260248101829052604481018390526064015b60405180910390fd5b61056a8282611137565b335f908152600660205260408120919091556004805484929061058e908490611137565b909155506105c890506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610e19565b60405182815233907f884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a9424364906020015b60405180910390a25061061560015f5160206111c55f395f51905f5255565b50565b610620610dfe565b805f0361064057604051631f2a200560e01b815260040160405180910390fd5b335f908152600660205260408120805483929061065e90849061114a565b925050819055508060045f828254610676919061114a565b909155506106b190506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610e53565b60405181815233907fadacf827efe383160192c092d8658471945c074229a9746679b5e2b74adff191906020015b60405180910390a261061560015f5160206111c55f395f51905f5255565b610705610dfe565b335f908152600860205260408120549082900361073557604051631f2a200560e01b815260040160405180910390fd5b81811015610760576040516339400d8f60e01b81526004810183905260248101829052604401610557565b61076a8282611137565b335f908152600860205260408120919091556005805484929061078e908490611137565b909155506107c990506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610e53565b60405182815233907f5c16de4f8b59bd9caf0f49a545f25819a895ed223294290b408242e72a594231906020016105f6565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015610859573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087d9190611176565b505050915050806402540be4006108949190611101565b91505090565b6108a2610dfe565b335f90815260076020526040812054908290036108d257604051631f2a200560e01b815260040160405180910390fd5b818110156109035760405163a8b2134560e01b81523360048201526024810182905260448101839052606401610557565b61090d8282611137565b335f8181526007602052604090209190915561092890610e8f565b61095c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610e19565b60405182815233907fc30fcfbcaac9e0deffa719714eaa82396ff506a0d0d0eebe170830177288715d906020016105f6565b610996610dd2565b61099f5f610efd565b565b5f670de0b6b3a76400006109b36107fb565b6001600160a01b0384165f9081526007602052604090205461044b9190611101565b6109dd610dfe565b805f036109fd57604051631f2a200560e01b815260040160405180910390fd5b335f9081526007602052604081208054839290610a1b90849061114a565b90915550610a5690506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610e53565b60405181815233907fd7243f6f8212d5188fd054141cf6ea89cfc0d91facb8c3afe2f88a1358480142906020016106df565b610a90610dfe565b610a99826103ee565b610ac15760405163f54f6a4f60e01b81526001600160a01b0383166004820152602401610557565b6001600160a01b0382165f9081526008602052604081205490612710610ae961138884611101565b610af39190611118565b9050821580610b0157508083115b15610b29576040516339400d8f60e01b81526004810184905260248101829052604401610557565b5f612710600354612710610b3d919061114a565b610b456107fb565b610b5787670de0b6b3a7640000611101565b610b619190611118565b610b6b9190611101565b610b759190611118565b6001600160a01b0386165f9081526007602052604090205490915080821115610b9c578091505b610ba68585611137565b6001600160a01b0387165f9081526008602052604081209190915560058054879290610bd3908490611137565b90915550610be390508282611137565b6001600160a01b038088165f90815260076020526040902091909155610c2d907f000000000000000000000000000000000000000000000000000000000000000016333088610e53565b610c616001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610e19565b60408051868152602081018490526001600160a01b0388169133917f4ecae3269f800df64b16cb9f6f8b0b507018888521d1cff0841823e44bc0b00d910160405180910390a350505050610cc160015f5160206111c55f395f51905f5255565b5050565b610ccd610dfe565b805f03610ced57604051631f2a200560e01b815260040160405180910390fd5b335f9081526008602052604081208054839290610d0b90849061114a565b925050819055508060055f828254610d23919061114a565b90915550610d32905033610e8f565b610d666001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383610e19565b60405181815233907fcbc04eca7e9da35cb1393a6135a199ca52e450d5e9251cbd99f7847d33a36750906020016106df565b610da0610dd2565b6001600160a01b038116610dc957604051631e4fbdf760e01b81525f6004820152602401610557565b61061581610efd565b5f546001600160a01b0316331461099f5760405163118cdaa760e01b8152336004820152602401610557565b610e06610f4c565b60025f5160206111c55f395f51905f5255565b610e268383836001610f7b565b610e4e57604051635274afe760e01b81526001600160a01b0384166004820152602401610557565b505050565b610e61848484846001610fdd565b610e8957604051635274afe760e01b81526001600160a01b0385166004820152602401610557565b50505050565b5f610e9982610431565b6001600160a01b0383165f90815260086020526040902054909150811015610cc1576001600160a01b0382165f8181526008602052604090819020549051630fa5e1fb60e01b81526004810192909252602482015260448101829052606401610557565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5160206111c55f395f51905f525460020361099f57604051633ee5aeb560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610fd1578383151615610fc5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661103957838315161561102d573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114611060575f5ffd5b919050565b5f60208284031215611075575f5ffd5b61107e8261104a565b9392505050565b5f5f5f60608486031215611097575f5ffd5b505081359360208301359350604090920135919050565b5f602082840312156110be575f5ffd5b5035919050565b5f5f604083850312156110d6575f5ffd5b6110df8361104a565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610455576104556110ed565b5f8261113257634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610455576104556110ed565b80820180821115610455576104556110ed565b805169ffffffffffffffffffff81168114611060575f5ffd5b5f5f5f5f5f60a0868803121561118a575f5ffd5b6111938661115d565b602087015160408801516060890151929750909550935091506111b86080870161115d565b9050929550929590935056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212204b09373c05a554a4eb8567ac9d5b590d789927a18ef66fb6f720fe0a1d8bf3a064736f6c634300081e0033",
}

// OracleLendingPool is an auto generated Go binding around an Ethereum contract.
type OracleLendingPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleLendingPool) GetABI() abi.ABI {
	return c.abi
}

// NewOracleLendingPool creates a new instance of OracleLendingPool.
func NewOracleLendingPool() *OracleLendingPool {
	parsed, err := OracleLendingPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleLendingPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleLendingPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address collateral_, address asset_, address feed_, address initialOwner) returns()
func (oracleLendingPool *OracleLendingPool) PackConstructor(collateral_ common.Address, asset_ common.Address, feed_ common.Address, initialOwner common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("", collateral_, asset_, feed_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOSEFACTORBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48ddab64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOSE_FACTOR_BPS() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackCLOSEFACTORBPS() []byte {
	enc, err := oracleLendingPool.abi.Pack("CLOSE_FACTOR_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOSEFACTORBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48ddab64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOSE_FACTOR_BPS() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackCLOSEFACTORBPS() ([]byte, error) {
	return oracleLendingPool.abi.Pack("CLOSE_FACTOR_BPS")
}

// UnpackCLOSEFACTORBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48ddab64.
//
// Solidity: function CLOSE_FACTOR_BPS() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackCLOSEFACTORBPS(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("CLOSE_FACTOR_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (oracleLendingPool *OracleLendingPool) PackAsset() []byte {
	enc, err := oracleLendingPool.abi.Pack("asset")
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
func (oracleLendingPool *OracleLendingPool) TryPackAsset() ([]byte, error) {
	return oracleLendingPool.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (oracleLendingPool *OracleLendingPool) UnpackAsset(data []byte) (common.Address, error) {
	out, err := oracleLendingPool.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5ebeaec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(uint256 amount) returns()
func (oracleLendingPool *OracleLendingPool) PackBorrow(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("borrow", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackBorrow(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("borrow", amount)
}

// PackBorrowLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f5f502.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowLimit(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackBorrowLimit(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("borrowLimit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f5f502.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowLimit(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackBorrowLimit(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("borrowLimit", account)
}

// UnpackBorrowLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28f5f502.
//
// Solidity: function borrowLimit(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackBorrowLimit(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("borrowLimit", data)
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
func (oracleLendingPool *OracleLendingPool) PackCollateral() []byte {
	enc, err := oracleLendingPool.abi.Pack("collateral")
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
func (oracleLendingPool *OracleLendingPool) TryPackCollateral() ([]byte, error) {
	return oracleLendingPool.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(address)
func (oracleLendingPool *OracleLendingPool) UnpackCollateral(data []byte) (common.Address, error) {
	out, err := oracleLendingPool.abi.Unpack("collateral", data)
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
// Solidity: function collateralOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackCollateralOf(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("collateralOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aefb107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackCollateralOf(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("collateralOf", account)
}

// UnpackCollateralOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aefb107.
//
// Solidity: function collateralOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackCollateralOf(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("collateralOf", data)
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
func (oracleLendingPool *OracleLendingPool) PackCollateralPrice() []byte {
	enc, err := oracleLendingPool.abi.Pack("collateralPrice")
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
func (oracleLendingPool *OracleLendingPool) TryPackCollateralPrice() ([]byte, error) {
	return oracleLendingPool.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("collateralPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7544aa44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralValue(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackCollateralValue(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("collateralValue", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7544aa44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralValue(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackCollateralValue(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("collateralValue", account)
}

// UnpackCollateralValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7544aa44.
//
// Solidity: function collateralValue(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackCollateralValue(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("collateralValue", data)
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
// Solidity: function debtOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackDebtOf(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("debtOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd283e75f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackDebtOf(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("debtOf", account)
}

// UnpackDebtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd283e75f.
//
// Solidity: function debtOf(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackDebtOf(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("debtOf", data)
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
func (oracleLendingPool *OracleLendingPool) PackDepositCollateral(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("depositCollateral", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackDepositCollateral(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("depositCollateral", amount)
}

// PackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feed() view returns(address)
func (oracleLendingPool *OracleLendingPool) PackFeed() []byte {
	enc, err := oracleLendingPool.abi.Pack("feed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feed() view returns(address)
func (oracleLendingPool *OracleLendingPool) TryPackFeed() ([]byte, error) {
	return oracleLendingPool.abi.Pack("feed")
}

// UnpackFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37a7b7d8.
//
// Solidity: function feed() view returns(address)
func (oracleLendingPool *OracleLendingPool) UnpackFeed(data []byte) (common.Address, error) {
	out, err := oracleLendingPool.abi.Unpack("feed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsLiquidatable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042e02cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLiquidatable(address account) view returns(bool)
func (oracleLendingPool *OracleLendingPool) PackIsLiquidatable(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("isLiquidatable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLiquidatable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042e02cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLiquidatable(address account) view returns(bool)
func (oracleLendingPool *OracleLendingPool) TryPackIsLiquidatable(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("isLiquidatable", account)
}

// UnpackIsLiquidatable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x042e02cf.
//
// Solidity: function isLiquidatable(address account) view returns(bool)
func (oracleLendingPool *OracleLendingPool) UnpackIsLiquidatable(data []byte) (bool, error) {
	out, err := oracleLendingPool.abi.Unpack("isLiquidatable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbaf487.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate(address borrower, uint256 repayAmount) returns()
func (oracleLendingPool *OracleLendingPool) PackLiquidate(borrower common.Address, repayAmount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("liquidate", borrower, repayAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbaf487.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate(address borrower, uint256 repayAmount) returns()
func (oracleLendingPool *OracleLendingPool) TryPackLiquidate(borrower common.Address, repayAmount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("liquidate", borrower, repayAmount)
}

// PackLiquidationBonusBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19970d8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationBonusBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackLiquidationBonusBps() []byte {
	enc, err := oracleLendingPool.abi.Pack("liquidationBonusBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationBonusBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19970d8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationBonusBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackLiquidationBonusBps() ([]byte, error) {
	return oracleLendingPool.abi.Pack("liquidationBonusBps")
}

// UnpackLiquidationBonusBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19970d8e.
//
// Solidity: function liquidationBonusBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackLiquidationBonusBps(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("liquidationBonusBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidationThresholdBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4864731.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationThresholdBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackLiquidationThresholdBps() []byte {
	enc, err := oracleLendingPool.abi.Pack("liquidationThresholdBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationThresholdBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4864731.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationThresholdBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackLiquidationThresholdBps() ([]byte, error) {
	return oracleLendingPool.abi.Pack("liquidationThresholdBps")
}

// UnpackLiquidationThresholdBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4864731.
//
// Solidity: function liquidationThresholdBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackLiquidationThresholdBps(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("liquidationThresholdBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLtvBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x276b7377.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ltvBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackLtvBps() []byte {
	enc, err := oracleLendingPool.abi.Pack("ltvBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLtvBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x276b7377.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ltvBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackLtvBps() ([]byte, error) {
	return oracleLendingPool.abi.Pack("ltvBps")
}

// UnpackLtvBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x276b7377.
//
// Solidity: function ltvBps() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackLtvBps(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("ltvBps", data)
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
func (oracleLendingPool *OracleLendingPool) PackOwner() []byte {
	enc, err := oracleLendingPool.abi.Pack("owner")
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
func (oracleLendingPool *OracleLendingPool) TryPackOwner() ([]byte, error) {
	return oracleLendingPool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (oracleLendingPool *OracleLendingPool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := oracleLendingPool.abi.Unpack("owner", data)
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
func (oracleLendingPool *OracleLendingPool) PackRenounceOwnership() []byte {
	enc, err := oracleLendingPool.abi.Pack("renounceOwnership")
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
func (oracleLendingPool *OracleLendingPool) TryPackRenounceOwnership() ([]byte, error) {
	return oracleLendingPool.abi.Pack("renounceOwnership")
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 amount) returns()
func (oracleLendingPool *OracleLendingPool) PackRepay(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("repay", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackRepay(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("repay", amount)
}

// PackSetRiskParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29b39158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRiskParameters(uint256 ltv, uint256 threshold, uint256 bonus) returns()
func (oracleLendingPool *OracleLendingPool) PackSetRiskParameters(ltv *big.Int, threshold *big.Int, bonus *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("setRiskParameters", ltv, threshold, bonus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRiskParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29b39158.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRiskParameters(uint256 ltv, uint256 threshold, uint256 bonus) returns()
func (oracleLendingPool *OracleLendingPool) TryPackSetRiskParameters(ltv *big.Int, threshold *big.Int, bonus *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("setRiskParameters", ltv, threshold, bonus)
}

// PackSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155a7205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplied(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackSupplied(account common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("supplied", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155a7205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplied(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackSupplied(account common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("supplied", account)
}

// UnpackSupplied is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x155a7205.
//
// Solidity: function supplied(address account) view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackSupplied(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("supplied", data)
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
func (oracleLendingPool *OracleLendingPool) PackSupply(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("supply", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackSupply(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("supply", amount)
}

// PackTotalBorrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c19386c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBorrowed() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackTotalBorrowed() []byte {
	enc, err := oracleLendingPool.abi.Pack("totalBorrowed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBorrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c19386c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBorrowed() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackTotalBorrowed() ([]byte, error) {
	return oracleLendingPool.abi.Pack("totalBorrowed")
}

// UnpackTotalBorrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c19386c.
//
// Solidity: function totalBorrowed() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackTotalBorrowed(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("totalBorrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630fd0ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupplied() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) PackTotalSupplied() []byte {
	enc, err := oracleLendingPool.abi.Pack("totalSupplied")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupplied is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630fd0ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupplied() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) TryPackTotalSupplied() ([]byte, error) {
	return oracleLendingPool.abi.Pack("totalSupplied")
}

// UnpackTotalSupplied is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x630fd0ac.
//
// Solidity: function totalSupplied() view returns(uint256)
func (oracleLendingPool *OracleLendingPool) UnpackTotalSupplied(data []byte) (*big.Int, error) {
	out, err := oracleLendingPool.abi.Unpack("totalSupplied", data)
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
func (oracleLendingPool *OracleLendingPool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := oracleLendingPool.abi.Pack("transferOwnership", newOwner)
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
func (oracleLendingPool *OracleLendingPool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return oracleLendingPool.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (oracleLendingPool *OracleLendingPool) PackWithdraw(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("withdraw", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("withdraw", amount)
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (oracleLendingPool *OracleLendingPool) PackWithdrawCollateral(amount *big.Int) []byte {
	enc, err := oracleLendingPool.abi.Pack("withdrawCollateral", amount)
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
func (oracleLendingPool *OracleLendingPool) TryPackWithdrawCollateral(amount *big.Int) ([]byte, error) {
	return oracleLendingPool.abi.Pack("withdrawCollateral", amount)
}

// OracleLendingPoolBorrow represents a Borrow event raised by the OracleLendingPool contract.
type OracleLendingPoolBorrow struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolBorrow) ContractEventName() string {
	return OracleLendingPoolBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackBorrowEvent(log *types.Log) (*OracleLendingPoolBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolBorrow)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolCollateralDeposited represents a CollateralDeposited event raised by the OracleLendingPool contract.
type OracleLendingPoolCollateralDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolCollateralDepositedEventName = "CollateralDeposited"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolCollateralDeposited) ContractEventName() string {
	return OracleLendingPoolCollateralDepositedEventName
}

// UnpackCollateralDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralDeposited(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackCollateralDepositedEvent(log *types.Log) (*OracleLendingPoolCollateralDeposited, error) {
	event := "CollateralDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolCollateralDeposited)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolCollateralWithdrawn represents a CollateralWithdrawn event raised by the OracleLendingPool contract.
type OracleLendingPoolCollateralWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolCollateralWithdrawnEventName = "CollateralWithdrawn"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolCollateralWithdrawn) ContractEventName() string {
	return OracleLendingPoolCollateralWithdrawnEventName
}

// UnpackCollateralWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralWithdrawn(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackCollateralWithdrawnEvent(log *types.Log) (*OracleLendingPoolCollateralWithdrawn, error) {
	event := "CollateralWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolCollateralWithdrawn)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolLiquidation represents a Liquidation event raised by the OracleLendingPool contract.
type OracleLendingPoolLiquidation struct {
	Liquidator common.Address
	Borrower   common.Address
	Repaid     *big.Int
	Seized     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolLiquidationEventName = "Liquidation"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolLiquidation) ContractEventName() string {
	return OracleLendingPoolLiquidationEventName
}

// UnpackLiquidationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidation(address indexed liquidator, address indexed borrower, uint256 repaid, uint256 seized)
func (oracleLendingPool *OracleLendingPool) UnpackLiquidationEvent(log *types.Log) (*OracleLendingPoolLiquidation, error) {
	event := "Liquidation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolLiquidation)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolOwnershipTransferred represents a OwnershipTransferred event raised by the OracleLendingPool contract.
type OracleLendingPoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolOwnershipTransferred) ContractEventName() string {
	return OracleLendingPoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (oracleLendingPool *OracleLendingPool) UnpackOwnershipTransferredEvent(log *types.Log) (*OracleLendingPoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolRepay represents a Repay event raised by the OracleLendingPool contract.
type OracleLendingPoolRepay struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolRepay) ContractEventName() string {
	return OracleLendingPoolRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackRepayEvent(log *types.Log) (*OracleLendingPoolRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolRepay)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolRiskParametersChanged represents a RiskParametersChanged event raised by the OracleLendingPool contract.
type OracleLendingPoolRiskParametersChanged struct {
	LtvBps                  *big.Int
	LiquidationThresholdBps *big.Int
	LiquidationBonusBps     *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolRiskParametersChangedEventName = "RiskParametersChanged"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolRiskParametersChanged) ContractEventName() string {
	return OracleLendingPoolRiskParametersChangedEventName
}

// UnpackRiskParametersChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RiskParametersChanged(uint256 ltvBps, uint256 liquidationThresholdBps, uint256 liquidationBonusBps)
func (oracleLendingPool *OracleLendingPool) UnpackRiskParametersChangedEvent(log *types.Log) (*OracleLendingPoolRiskParametersChanged, error) {
	event := "RiskParametersChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolRiskParametersChanged)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolSupply represents a Supply event raised by the OracleLendingPool contract.
type OracleLendingPoolSupply struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolSupply) ContractEventName() string {
	return OracleLendingPoolSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackSupplyEvent(log *types.Log) (*OracleLendingPoolSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolSupply)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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

// OracleLendingPoolWithdraw represents a Withdraw event raised by the OracleLendingPool contract.
type OracleLendingPoolWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleLendingPoolWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (OracleLendingPoolWithdraw) ContractEventName() string {
	return OracleLendingPoolWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackWithdrawEvent(log *types.Log) (*OracleLendingPoolWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleLendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleLendingPoolWithdraw)
	if len(log.Data) > 0 {
		if err := oracleLendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleLendingPool.abi.Events[event].Inputs {
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
func (oracleLendingPool *OracleLendingPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["BadParameters"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackBadParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["Healthy"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackHealthyError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["Insufficient"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackInsufficientError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["RepayTooLarge"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackRepayTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["Undercollateralized"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackUndercollateralizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleLendingPool.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return oracleLendingPool.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleLendingPoolBadParameters represents a BadParameters error raised by the OracleLendingPool contract.
type OracleLendingPoolBadParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameters()
func OracleLendingPoolBadParametersErrorID() common.Hash {
	return common.HexToHash("0xa18a7093f7404a17016907fa5b1c7597f4d04a36e0d0a5f233a0b829fa72eef1")
}

// UnpackBadParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameters()
func (oracleLendingPool *OracleLendingPool) UnpackBadParametersError(raw []byte) (*OracleLendingPoolBadParameters, error) {
	out := new(OracleLendingPoolBadParameters)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "BadParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolHealthy represents a Healthy error raised by the OracleLendingPool contract.
type OracleLendingPoolHealthy struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Healthy(address account)
func OracleLendingPoolHealthyErrorID() common.Hash {
	return common.HexToHash("0xf54f6a4fd2e1d8f2a6b20bfbc0685c145c5ef80f4a02d20e00f8e3570245e272")
}

// UnpackHealthyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Healthy(address account)
func (oracleLendingPool *OracleLendingPool) UnpackHealthyError(raw []byte) (*OracleLendingPoolHealthy, error) {
	out := new(OracleLendingPoolHealthy)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "Healthy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolInsufficient represents a Insufficient error raised by the OracleLendingPool contract.
type OracleLendingPoolInsufficient struct {
	Account   common.Address
	Available *big.Int
	Amount    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Insufficient(address account, uint256 available, uint256 amount)
func OracleLendingPoolInsufficientErrorID() common.Hash {
	return common.HexToHash("0xa8b21345fff0ee3f69a6606be6f9301436d0addda89b2803af3ec72b56d96e06")
}

// UnpackInsufficientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Insufficient(address account, uint256 available, uint256 amount)
func (oracleLendingPool *OracleLendingPool) UnpackInsufficientError(raw []byte) (*OracleLendingPoolInsufficient, error) {
	out := new(OracleLendingPoolInsufficient)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "Insufficient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the OracleLendingPool contract.
type OracleLendingPoolOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func OracleLendingPoolOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (oracleLendingPool *OracleLendingPool) UnpackOwnableInvalidOwnerError(raw []byte) (*OracleLendingPoolOwnableInvalidOwner, error) {
	out := new(OracleLendingPoolOwnableInvalidOwner)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the OracleLendingPool contract.
type OracleLendingPoolOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func OracleLendingPoolOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (oracleLendingPool *OracleLendingPool) UnpackOwnableUnauthorizedAccountError(raw []byte) (*OracleLendingPoolOwnableUnauthorizedAccount, error) {
	out := new(OracleLendingPoolOwnableUnauthorizedAccount)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the OracleLendingPool contract.
type OracleLendingPoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func OracleLendingPoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (oracleLendingPool *OracleLendingPool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*OracleLendingPoolReentrancyGuardReentrantCall, error) {
	out := new(OracleLendingPoolReentrancyGuardReentrantCall)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolRepayTooLarge represents a RepayTooLarge error raised by the OracleLendingPool contract.
type OracleLendingPoolRepayTooLarge struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepayTooLarge(uint256 amount, uint256 max)
func OracleLendingPoolRepayTooLargeErrorID() common.Hash {
	return common.HexToHash("0x39400d8f8577951cb9e4416b3b2da8e2415fe59928ba7c37bfaccdf1ce73d627")
}

// UnpackRepayTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepayTooLarge(uint256 amount, uint256 max)
func (oracleLendingPool *OracleLendingPool) UnpackRepayTooLargeError(raw []byte) (*OracleLendingPoolRepayTooLarge, error) {
	out := new(OracleLendingPoolRepayTooLarge)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "RepayTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OracleLendingPool contract.
type OracleLendingPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OracleLendingPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (oracleLendingPool *OracleLendingPool) UnpackSafeERC20FailedOperationError(raw []byte) (*OracleLendingPoolSafeERC20FailedOperation, error) {
	out := new(OracleLendingPoolSafeERC20FailedOperation)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolUndercollateralized represents a Undercollateralized error raised by the OracleLendingPool contract.
type OracleLendingPoolUndercollateralized struct {
	Account common.Address
	Debt    *big.Int
	Limit   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Undercollateralized(address account, uint256 debt, uint256 limit)
func OracleLendingPoolUndercollateralizedErrorID() common.Hash {
	return common.HexToHash("0x0fa5e1fb5dd1b396499877fce70479dfec54f27859766e17f362627065107c96")
}

// UnpackUndercollateralizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Undercollateralized(address account, uint256 debt, uint256 limit)
func (oracleLendingPool *OracleLendingPool) UnpackUndercollateralizedError(raw []byte) (*OracleLendingPoolUndercollateralized, error) {
	out := new(OracleLendingPoolUndercollateralized)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "Undercollateralized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleLendingPoolZeroAmount represents a ZeroAmount error raised by the OracleLendingPool contract.
type OracleLendingPoolZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func OracleLendingPoolZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (oracleLendingPool *OracleLendingPool) UnpackZeroAmountError(raw []byte) (*OracleLendingPoolZeroAmount, error) {
	out := new(OracleLendingPoolZeroAmount)
	if err := oracleLendingPool.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
