// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package guardian

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

// GuardianMetaData contains all meta data concerning the Guardian contract.
var GuardianMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoTargets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"NotPausable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"TargetAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TargetPauseFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyTargets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"UnknownTarget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"breaker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"BreakerResetForwarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"breaker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"BreakerTripForwarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"PauseFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paused\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"alreadyPaused\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"}],\"name\":\"PausedAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"TargetAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"TargetPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"TargetRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TARGETS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"addTarget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"isTarget\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseAll\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pausedCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"failedCount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseStates\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"targets_\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"paused_\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"pauseTarget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"removeTarget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractICircuitBreaker\",\"name\":\"breaker\",\"type\":\"address\"}],\"name\":\"resetBreaker\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targets\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractICircuitBreaker\",\"name\":\"breaker\",\"type\":\"address\"}],\"name\":\"tripBreaker\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Guardian",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161141b38038061141b83398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b6112d2806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80636de45dee116100b4578063a217fddf11610079578063a217fddf1461026e578063aa64227414610275578063aa85b6381461029f578063d547741f146102b2578063d5d7ff3c146102c5578063f6b25a40146102d8575f5ffd5b80636de45dee146102175780636fd74b7c1461022a5780638456cb591461024057806391d1485414610248578063a076780d1461025b575f5ffd5b806336568abe116100fa57806336568abe146101cc5780634cee8abc146101df578063595c6a67146101f25780635c975abb1461020f578063697a80b71461020f575f5ffd5b806301ffc9a714610136578063248a9ca31461015e57806324ea54f41461018e57806326d60fb4146101a25780632f2ff15d146101b7575b5f5ffd5b610149610144366004611018565b6102e0565b60405190151581526020015b60405180910390f35b61018061016c366004611046565b5f9081526020819052604090206001015490565b604051908152602001610155565b6101805f51602061127d5f395f51905f5281565b6101aa610316565b60405161015591906110a0565b6101ca6101c53660046110c6565b610376565b005b6101ca6101da3660046110c6565b6103a0565b6101ca6101ed3660046110f4565b6103d8565b6101fa6104a2565b60408051928352602083019190915201610155565b6101496104cc565b6101ca6102253660046110f4565b6104da565b610232610662565b60405161015592919061110f565b6101ca610762565b6101496102563660046110c6565b610781565b6101ca6102693660046110f4565b6107a9565b6101805f81565b6101496102833660046110f4565b6001600160a01b03165f90815260026020526040902054151590565b6101ca6102ad3660046110f4565b61086e565b6101ca6102c03660046110c6565b610933565b6101ca6102d33660046110f4565b610957565b610180602081565b5f6001600160e01b03198216637965db0b60e01b148061031057506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600180548060200260200160405190810160405280929190818152602001828054801561036c57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161034e575b5050505050905090565b5f8281526020819052604090206001015461039081610aad565b61039a8383610aba565b50505050565b6001600160a01b03811633146103c95760405163334bd91960e11b815260040160405180910390fd5b6103d38282610b49565b505050565b5f51602061127d5f395f51905f526103ef81610aad565b6001600160a01b0382165f90815260026020526040812054900361043657604051632233f0e360e11b81526001600160a01b03831660048201526024015b60405180910390fd5b5f5f61044184610bb2565b9150915081610467578381604051631292e4b560e11b815260040161042d929190611197565b60405133906001600160a01b038616907fc95c1d48dccafbdacacc3f6dbf482b5c82706646f271ea739825b11a886d4193905f90a350505050565b5f5f5f51602061127d5f395f51905f526104bb81610aad565b6104c3610cee565b92509250509091565b5f6104d5610e78565b905090565b5f6104e481610aad565b6001600160a01b03821661050b5760405163d92e233d60e01b815260040160405180910390fd5b306001600160a01b0383160361053f57604051633375784d60e01b81526001600160a01b038316600482015260240161042d565b6001600160a01b0382165f9081526002602052604090205415610580576040516313ae1d3560e11b81526001600160a01b038316600482015260240161042d565b6001546020116105a657604051630a522ec960e11b81526020600482015260240161042d565b5f6105b083610ef7565b509050806105dc57604051633375784d60e01b81526001600160a01b038416600482015260240161042d565b6001805480820182557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60180546001600160a01b0319166001600160a01b03861690811790915590545f828152600260205260408082209290925590517f2124916666eafb28928bfe4bad7d911dc792fa4c41427d6b7e28112e992e5a1a9190a2505050565b600180546040805160208084028201810190925282815260609384939283908301828280156106b857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161069a575b505050505092508067ffffffffffffffff8111156106d8576106d86111c2565b604051908082528060200260200182016040528015610701578160200160208202803683370190505b5091505f5b8181101561075c57610730848281518110610723576107236111d6565b6020026020010151610ef7565b9050838281518110610744576107446111d6565b91151560209283029190910190910152600101610706565b50509091565b5f51602061127d5f395f51905f5261077981610aad565b6103d3610cee565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f51602061127d5f395f51905f526107c081610aad565b6001600160a01b0382166107e75760405163d92e233d60e01b815260040160405180910390fd5b816001600160a01b031663d826f88f6040518163ffffffff1660e01b81526004015f604051808303815f87803b15801561081f575f5ffd5b505af1158015610831573d5f5f3e3d5ffd5b50506040513392506001600160a01b03851691507f677889db808de9a02eeb9dbaa98517bd29e6b5f53f289362d6646cf44e7d48c0905f90a35050565b5f51602061127d5f395f51905f5261088581610aad565b6001600160a01b0382166108ac5760405163d92e233d60e01b815260040160405180910390fd5b816001600160a01b031663b518ba296040518163ffffffff1660e01b81526004015f604051808303815f87803b1580156108e4575f5ffd5b505af11580156108f6573d5f5f3e3d5ffd5b50506040513392506001600160a01b03851691507f77974a9edb0688abe6f86e70ce10db588df9236bfb9cfc95652f971297195691905f90a35050565b5f8281526020819052604090206001015461094d81610aad565b61039a8383610b49565b5f61096181610aad565b6001600160a01b0382165f90815260026020526040812054908190036109a557604051632233f0e360e11b81526001600160a01b038416600482015260240161042d565b600180545f91906109b79082906111fe565b815481106109c7576109c76111d6565b5f918252602090912001546001600160a01b031690508060016109ea81856111fe565b815481106109fa576109fa6111d6565b5f91825260208083209190910180546001600160a01b0319166001600160a01b0394851617905591831681526002909152604090208290556001805480610a4357610a43611211565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038616808352600290915260408083208390555190917fe553c8d5c5394d64d3220f3548c51ee149f9d77f3052d1e18ce62f0926a1608091a250505050565b610ab78133610fdb565b50565b5f610ac58383610781565b610b42575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610afa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610310565b505f610310565b5f610b548383610781565b15610b42575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610310565b5f6060826001600160a01b03163b5f03610c10575050604080516001600160a01b039290921660248084019190915281518084039091018152604490920190526020810180516001600160e01b0316633375784d60e01b1790525f91565b604051638456cb5960e01b808252905f8060048382895af193503d610100811115610c3a57506101005b819350808452805f602086013e601f01601f191683016020016040525082610c65575f925050915091565b5f5f610c7086610ef7565b91509150811580610c7f575080155b15610cd1575050604080516001600160a01b039590951660248087019190915281518087039091018152604490950190525050506020810180516001600160e01b0316633375784d60e01b1790525f91565b600160405180602001604052805f81525094509450505050915091565b6001545f908190808203610d145760405162ee087360e61b815260040160405180910390fd5b5f805b82811015610e2e575f60018281548110610d3357610d336111d6565b5f9182526020822001546001600160a01b0316915080610d5283610ef7565b91509150818015610d605750805b15610d7857610d6e85611225565b9450505050610e26565b5f5f610d8385610bb2565b915091508115610dd357610d968a611225565b604051909a5033906001600160a01b038716907fc95c1d48dccafbdacacc3f6dbf482b5c82706646f271ea739825b11a886d4193905f90a3610e20565b610ddc89611225565b9850846001600160a01b03167fc746970ad1e0a498f968fe1139f71993feac2235fbfaab2a9f658e71049776a282604051610e17919061123d565b60405180910390a25b50505050505b600101610d17565b50604080518581526020810183905290810184905233907fa2dba8f9d31b6757960615b8a40057af15f1dd945909fd79bd2c2e988e943fa09060600160405180910390a250509091565b6001545f90808203610e8b575f91505090565b5f5b81811015610eee575f5f610ec660018481548110610ead57610ead6111d6565b5f918252602090912001546001600160a01b0316610ef7565b91509150811580610ed5575080155b15610ee4575f94505050505090565b5050600101610e8d565b50600191505090565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f918291829182916001600160a01b03871691610f3d9161124f565b5f60405180830381855afa9150503d805f8114610f75576040519150601f19603f3d011682016040523d82523d5f602084013e610f7a565b606091505b5091509150811580610f8e57508051602014155b15610f9f57505f9485945092505050565b5f81806020019051810190610fb49190611265565b90506001811115610fcc57505f958695509350505050565b60019690871495509350505050565b610fe58282610781565b6110145760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161042d565b5050565b5f60208284031215611028575f5ffd5b81356001600160e01b03198116811461103f575f5ffd5b9392505050565b5f60208284031215611056575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156110965781516001600160a01b031686526020958601959091019060010161106f565b5093949350505050565b602081525f61103f602083018461105d565b6001600160a01b0381168114610ab7575f5ffd5b5f5f604083850312156110d7575f5ffd5b8235915060208301356110e9816110b2565b809150509250929050565b5f60208284031215611104575f5ffd5b813561103f816110b2565b604081525f611121604083018561105d565b82810360208401528084518083526020830191506020860192505f5b8181101561115d578351151583526020938401939092019160010161113d565b50909695505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b03831681526040602082018190525f906111ba90830184611169565b949350505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610310576103106111ea565b634e487b7160e01b5f52603160045260245ffd5b5f60018201611236576112366111ea565b5060010190565b602081525f61103f6020830184611169565b5f82518060208501845e5f920191825250919050565b5f60208284031215611275575f5ffd5b505191905056fe55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220e736acf39782b515e314e7502baf2c9e4333057ff4497c8d3e0a0b3870ac754f64736f6c634300081e0033",
}

// Guardian is an auto generated Go binding around an Ethereum contract.
type Guardian struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Guardian) GetABI() abi.ABI {
	return c.abi
}

// NewGuardian creates a new instance of Guardian.
func NewGuardian() *Guardian {
	parsed, err := GuardianMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Guardian{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Guardian) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (guardian *Guardian) PackConstructor(admin common.Address) []byte {
	enc, err := guardian.abi.Pack("", admin)
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
func (guardian *Guardian) PackDEFAULTADMINROLE() []byte {
	enc, err := guardian.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (guardian *Guardian) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return guardian.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (guardian *Guardian) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := guardian.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (guardian *Guardian) PackGUARDIANROLE() []byte {
	enc, err := guardian.abi.Pack("GUARDIAN_ROLE")
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
func (guardian *Guardian) TryPackGUARDIANROLE() ([]byte, error) {
	return guardian.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (guardian *Guardian) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := guardian.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXTARGETS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6b25a40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TARGETS() view returns(uint256)
func (guardian *Guardian) PackMAXTARGETS() []byte {
	enc, err := guardian.abi.Pack("MAX_TARGETS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTARGETS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6b25a40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TARGETS() view returns(uint256)
func (guardian *Guardian) TryPackMAXTARGETS() ([]byte, error) {
	return guardian.abi.Pack("MAX_TARGETS")
}

// UnpackMAXTARGETS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6b25a40.
//
// Solidity: function MAX_TARGETS() view returns(uint256)
func (guardian *Guardian) UnpackMAXTARGETS(data []byte) (*big.Int, error) {
	out, err := guardian.abi.Unpack("MAX_TARGETS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6de45dee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addTarget(address target) returns()
func (guardian *Guardian) PackAddTarget(target common.Address) []byte {
	enc, err := guardian.abi.Pack("addTarget", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6de45dee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addTarget(address target) returns()
func (guardian *Guardian) TryPackAddTarget(target common.Address) ([]byte, error) {
	return guardian.abi.Pack("addTarget", target)
}

// PackAllPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x697a80b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allPaused() view returns(bool)
func (guardian *Guardian) PackAllPaused() []byte {
	enc, err := guardian.abi.Pack("allPaused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x697a80b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allPaused() view returns(bool)
func (guardian *Guardian) TryPackAllPaused() ([]byte, error) {
	return guardian.abi.Pack("allPaused")
}

// UnpackAllPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x697a80b7.
//
// Solidity: function allPaused() view returns(bool)
func (guardian *Guardian) UnpackAllPaused(data []byte) (bool, error) {
	out, err := guardian.abi.Unpack("allPaused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (guardian *Guardian) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := guardian.abi.Pack("getRoleAdmin", role)
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
func (guardian *Guardian) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return guardian.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (guardian *Guardian) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := guardian.abi.Unpack("getRoleAdmin", data)
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
func (guardian *Guardian) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := guardian.abi.Pack("grantRole", role, account)
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
func (guardian *Guardian) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardian.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (guardian *Guardian) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := guardian.abi.Pack("hasRole", role, account)
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
func (guardian *Guardian) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardian.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (guardian *Guardian) UnpackHasRole(data []byte) (bool, error) {
	out, err := guardian.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa642274.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTarget(address target) view returns(bool)
func (guardian *Guardian) PackIsTarget(target common.Address) []byte {
	enc, err := guardian.abi.Pack("isTarget", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa642274.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTarget(address target) view returns(bool)
func (guardian *Guardian) TryPackIsTarget(target common.Address) ([]byte, error) {
	return guardian.abi.Pack("isTarget", target)
}

// UnpackIsTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa642274.
//
// Solidity: function isTarget(address target) view returns(bool)
func (guardian *Guardian) UnpackIsTarget(data []byte) (bool, error) {
	out, err := guardian.abi.Unpack("isTarget", data)
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
func (guardian *Guardian) PackPause() []byte {
	enc, err := guardian.abi.Pack("pause")
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
func (guardian *Guardian) TryPackPause() ([]byte, error) {
	return guardian.abi.Pack("pause")
}

// PackPauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x595c6a67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseAll() returns(uint256 pausedCount, uint256 failedCount)
func (guardian *Guardian) PackPauseAll() []byte {
	enc, err := guardian.abi.Pack("pauseAll")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x595c6a67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseAll() returns(uint256 pausedCount, uint256 failedCount)
func (guardian *Guardian) TryPackPauseAll() ([]byte, error) {
	return guardian.abi.Pack("pauseAll")
}

// PauseAllOutput serves as a container for the return parameters of contract
// method PauseAll.
type PauseAllOutput struct {
	PausedCount *big.Int
	FailedCount *big.Int
}

// UnpackPauseAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x595c6a67.
//
// Solidity: function pauseAll() returns(uint256 pausedCount, uint256 failedCount)
func (guardian *Guardian) UnpackPauseAll(data []byte) (PauseAllOutput, error) {
	out, err := guardian.abi.Unpack("pauseAll", data)
	outstruct := new(PauseAllOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PausedCount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FailedCount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPauseStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fd74b7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseStates() view returns(address[] targets_, bool[] paused_)
func (guardian *Guardian) PackPauseStates() []byte {
	enc, err := guardian.abi.Pack("pauseStates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fd74b7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseStates() view returns(address[] targets_, bool[] paused_)
func (guardian *Guardian) TryPackPauseStates() ([]byte, error) {
	return guardian.abi.Pack("pauseStates")
}

// PauseStatesOutput serves as a container for the return parameters of contract
// method PauseStates.
type PauseStatesOutput struct {
	Targets []common.Address
	Paused  []bool
}

// UnpackPauseStates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fd74b7c.
//
// Solidity: function pauseStates() view returns(address[] targets_, bool[] paused_)
func (guardian *Guardian) UnpackPauseStates(data []byte) (PauseStatesOutput, error) {
	out, err := guardian.abi.Unpack("pauseStates", data)
	outstruct := new(PauseStatesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Targets = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Paused = *abi.ConvertType(out[1], new([]bool)).(*[]bool)
	return *outstruct, nil
}

// PackPauseTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cee8abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseTarget(address target) returns()
func (guardian *Guardian) PackPauseTarget(target common.Address) []byte {
	enc, err := guardian.abi.Pack("pauseTarget", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cee8abc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseTarget(address target) returns()
func (guardian *Guardian) TryPackPauseTarget(target common.Address) ([]byte, error) {
	return guardian.abi.Pack("pauseTarget", target)
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (guardian *Guardian) PackPaused() []byte {
	enc, err := guardian.abi.Pack("paused")
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
func (guardian *Guardian) TryPackPaused() ([]byte, error) {
	return guardian.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (guardian *Guardian) UnpackPaused(data []byte) (bool, error) {
	out, err := guardian.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d7ff3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeTarget(address target) returns()
func (guardian *Guardian) PackRemoveTarget(target common.Address) []byte {
	enc, err := guardian.abi.Pack("removeTarget", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d7ff3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeTarget(address target) returns()
func (guardian *Guardian) TryPackRemoveTarget(target common.Address) ([]byte, error) {
	return guardian.abi.Pack("removeTarget", target)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (guardian *Guardian) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := guardian.abi.Pack("renounceRole", role, callerConfirmation)
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
func (guardian *Guardian) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return guardian.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackResetBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa076780d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resetBreaker(address breaker) returns()
func (guardian *Guardian) PackResetBreaker(breaker common.Address) []byte {
	enc, err := guardian.abi.Pack("resetBreaker", breaker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResetBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa076780d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resetBreaker(address breaker) returns()
func (guardian *Guardian) TryPackResetBreaker(breaker common.Address) ([]byte, error) {
	return guardian.abi.Pack("resetBreaker", breaker)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (guardian *Guardian) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := guardian.abi.Pack("revokeRole", role, account)
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
func (guardian *Guardian) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return guardian.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guardian *Guardian) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := guardian.abi.Pack("supportsInterface", interfaceId)
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
func (guardian *Guardian) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return guardian.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guardian *Guardian) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := guardian.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTargets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d60fb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targets() view returns(address[])
func (guardian *Guardian) PackTargets() []byte {
	enc, err := guardian.abi.Pack("targets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d60fb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targets() view returns(address[])
func (guardian *Guardian) TryPackTargets() ([]byte, error) {
	return guardian.abi.Pack("targets")
}

// UnpackTargets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26d60fb4.
//
// Solidity: function targets() view returns(address[])
func (guardian *Guardian) UnpackTargets(data []byte) ([]common.Address, error) {
	out, err := guardian.abi.Unpack("targets", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackTripBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa85b638.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tripBreaker(address breaker) returns()
func (guardian *Guardian) PackTripBreaker(breaker common.Address) []byte {
	enc, err := guardian.abi.Pack("tripBreaker", breaker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTripBreaker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa85b638.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tripBreaker(address breaker) returns()
func (guardian *Guardian) TryPackTripBreaker(breaker common.Address) ([]byte, error) {
	return guardian.abi.Pack("tripBreaker", breaker)
}

// GuardianBreakerResetForwarded represents a BreakerResetForwarded event raised by the Guardian contract.
type GuardianBreakerResetForwarded struct {
	Breaker common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianBreakerResetForwardedEventName = "BreakerResetForwarded"

// ContractEventName returns the user-defined event name.
func (GuardianBreakerResetForwarded) ContractEventName() string {
	return GuardianBreakerResetForwardedEventName
}

// UnpackBreakerResetForwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BreakerResetForwarded(address indexed breaker, address indexed by)
func (guardian *Guardian) UnpackBreakerResetForwardedEvent(log *types.Log) (*GuardianBreakerResetForwarded, error) {
	event := "BreakerResetForwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianBreakerResetForwarded)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianBreakerTripForwarded represents a BreakerTripForwarded event raised by the Guardian contract.
type GuardianBreakerTripForwarded struct {
	Breaker common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianBreakerTripForwardedEventName = "BreakerTripForwarded"

// ContractEventName returns the user-defined event name.
func (GuardianBreakerTripForwarded) ContractEventName() string {
	return GuardianBreakerTripForwardedEventName
}

// UnpackBreakerTripForwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BreakerTripForwarded(address indexed breaker, address indexed by)
func (guardian *Guardian) UnpackBreakerTripForwardedEvent(log *types.Log) (*GuardianBreakerTripForwarded, error) {
	event := "BreakerTripForwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianBreakerTripForwarded)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianPauseFailed represents a PauseFailed event raised by the Guardian contract.
type GuardianPauseFailed struct {
	Target common.Address
	Reason []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const GuardianPauseFailedEventName = "PauseFailed"

// ContractEventName returns the user-defined event name.
func (GuardianPauseFailed) ContractEventName() string {
	return GuardianPauseFailedEventName
}

// UnpackPauseFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauseFailed(address indexed target, bytes reason)
func (guardian *Guardian) UnpackPauseFailedEvent(log *types.Log) (*GuardianPauseFailed, error) {
	event := "PauseFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianPauseFailed)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianPausedAll represents a PausedAll event raised by the Guardian contract.
type GuardianPausedAll struct {
	By            common.Address
	Paused        *big.Int
	AlreadyPaused *big.Int
	Failed        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const GuardianPausedAllEventName = "PausedAll"

// ContractEventName returns the user-defined event name.
func (GuardianPausedAll) ContractEventName() string {
	return GuardianPausedAllEventName
}

// UnpackPausedAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PausedAll(address indexed by, uint256 paused, uint256 alreadyPaused, uint256 failed)
func (guardian *Guardian) UnpackPausedAllEvent(log *types.Log) (*GuardianPausedAll, error) {
	event := "PausedAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianPausedAll)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianRoleAdminChanged represents a RoleAdminChanged event raised by the Guardian contract.
type GuardianRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GuardianRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GuardianRoleAdminChanged) ContractEventName() string {
	return GuardianRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (guardian *Guardian) UnpackRoleAdminChangedEvent(log *types.Log) (*GuardianRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianRoleGranted represents a RoleGranted event raised by the Guardian contract.
type GuardianRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GuardianRoleGranted) ContractEventName() string {
	return GuardianRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (guardian *Guardian) UnpackRoleGrantedEvent(log *types.Log) (*GuardianRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRoleGranted)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianRoleRevoked represents a RoleRevoked event raised by the Guardian contract.
type GuardianRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuardianRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GuardianRoleRevoked) ContractEventName() string {
	return GuardianRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (guardian *Guardian) UnpackRoleRevokedEvent(log *types.Log) (*GuardianRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianRoleRevoked)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianTargetAdded represents a TargetAdded event raised by the Guardian contract.
type GuardianTargetAdded struct {
	Target common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GuardianTargetAddedEventName = "TargetAdded"

// ContractEventName returns the user-defined event name.
func (GuardianTargetAdded) ContractEventName() string {
	return GuardianTargetAddedEventName
}

// UnpackTargetAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TargetAdded(address indexed target)
func (guardian *Guardian) UnpackTargetAddedEvent(log *types.Log) (*GuardianTargetAdded, error) {
	event := "TargetAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianTargetAdded)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianTargetPaused represents a TargetPaused event raised by the Guardian contract.
type GuardianTargetPaused struct {
	Target common.Address
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GuardianTargetPausedEventName = "TargetPaused"

// ContractEventName returns the user-defined event name.
func (GuardianTargetPaused) ContractEventName() string {
	return GuardianTargetPausedEventName
}

// UnpackTargetPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TargetPaused(address indexed target, address indexed by)
func (guardian *Guardian) UnpackTargetPausedEvent(log *types.Log) (*GuardianTargetPaused, error) {
	event := "TargetPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianTargetPaused)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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

// GuardianTargetRemoved represents a TargetRemoved event raised by the Guardian contract.
type GuardianTargetRemoved struct {
	Target common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GuardianTargetRemovedEventName = "TargetRemoved"

// ContractEventName returns the user-defined event name.
func (GuardianTargetRemoved) ContractEventName() string {
	return GuardianTargetRemovedEventName
}

// UnpackTargetRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TargetRemoved(address indexed target)
func (guardian *Guardian) UnpackTargetRemovedEvent(log *types.Log) (*GuardianTargetRemoved, error) {
	event := "TargetRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guardian.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuardianTargetRemoved)
	if len(log.Data) > 0 {
		if err := guardian.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guardian.abi.Events[event].Inputs {
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
func (guardian *Guardian) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], guardian.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return guardian.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return guardian.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["NoTargets"].ID.Bytes()[:4]) {
		return guardian.UnpackNoTargetsError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["NotPausable"].ID.Bytes()[:4]) {
		return guardian.UnpackNotPausableError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["TargetAlreadyRegistered"].ID.Bytes()[:4]) {
		return guardian.UnpackTargetAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["TargetPauseFailed"].ID.Bytes()[:4]) {
		return guardian.UnpackTargetPauseFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["TooManyTargets"].ID.Bytes()[:4]) {
		return guardian.UnpackTooManyTargetsError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["UnknownTarget"].ID.Bytes()[:4]) {
		return guardian.UnpackUnknownTargetError(raw[4:])
	}
	if bytes.Equal(raw[:4], guardian.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return guardian.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GuardianAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Guardian contract.
type GuardianAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GuardianAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (guardian *Guardian) UnpackAccessControlBadConfirmationError(raw []byte) (*GuardianAccessControlBadConfirmation, error) {
	out := new(GuardianAccessControlBadConfirmation)
	if err := guardian.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Guardian contract.
type GuardianAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GuardianAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (guardian *Guardian) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GuardianAccessControlUnauthorizedAccount, error) {
	out := new(GuardianAccessControlUnauthorizedAccount)
	if err := guardian.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianNoTargets represents a NoTargets error raised by the Guardian contract.
type GuardianNoTargets struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoTargets()
func GuardianNoTargetsErrorID() common.Hash {
	return common.HexToHash("0x3b821cc08e84d0f7cc154e2d51e762a502cf85827e0a03c31d21242cbff202aa")
}

// UnpackNoTargetsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoTargets()
func (guardian *Guardian) UnpackNoTargetsError(raw []byte) (*GuardianNoTargets, error) {
	out := new(GuardianNoTargets)
	if err := guardian.abi.UnpackIntoInterface(out, "NoTargets", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianNotPausable represents a NotPausable error raised by the Guardian contract.
type GuardianNotPausable struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPausable(address target)
func GuardianNotPausableErrorID() common.Hash {
	return common.HexToHash("0x3375784d27eb8a927cec59ea45f558baac05d2c09ac514c23b59feb18f9170aa")
}

// UnpackNotPausableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPausable(address target)
func (guardian *Guardian) UnpackNotPausableError(raw []byte) (*GuardianNotPausable, error) {
	out := new(GuardianNotPausable)
	if err := guardian.abi.UnpackIntoInterface(out, "NotPausable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianTargetAlreadyRegistered represents a TargetAlreadyRegistered error raised by the Guardian contract.
type GuardianTargetAlreadyRegistered struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TargetAlreadyRegistered(address target)
func GuardianTargetAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x275c3a6a59e5341c471743dd7a68ca58607f97ddede304c5184bf5217b682b3c")
}

// UnpackTargetAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TargetAlreadyRegistered(address target)
func (guardian *Guardian) UnpackTargetAlreadyRegisteredError(raw []byte) (*GuardianTargetAlreadyRegistered, error) {
	out := new(GuardianTargetAlreadyRegistered)
	if err := guardian.abi.UnpackIntoInterface(out, "TargetAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianTargetPauseFailed represents a TargetPauseFailed error raised by the Guardian contract.
type GuardianTargetPauseFailed struct {
	Target common.Address
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TargetPauseFailed(address target, bytes reason)
func GuardianTargetPauseFailedErrorID() common.Hash {
	return common.HexToHash("0x2525c96aeaf62c2c79f9eb6132533c58ed775a61881ac9414ff4cec5e68c2447")
}

// UnpackTargetPauseFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TargetPauseFailed(address target, bytes reason)
func (guardian *Guardian) UnpackTargetPauseFailedError(raw []byte) (*GuardianTargetPauseFailed, error) {
	out := new(GuardianTargetPauseFailed)
	if err := guardian.abi.UnpackIntoInterface(out, "TargetPauseFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianTooManyTargets represents a TooManyTargets error raised by the Guardian contract.
type GuardianTooManyTargets struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyTargets(uint256 max)
func GuardianTooManyTargetsErrorID() common.Hash {
	return common.HexToHash("0x14a45d924415bc5d62975ca7749e58fcbece79622de542b02373e0125321abb2")
}

// UnpackTooManyTargetsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyTargets(uint256 max)
func (guardian *Guardian) UnpackTooManyTargetsError(raw []byte) (*GuardianTooManyTargets, error) {
	out := new(GuardianTooManyTargets)
	if err := guardian.abi.UnpackIntoInterface(out, "TooManyTargets", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianUnknownTarget represents a UnknownTarget error raised by the Guardian contract.
type GuardianUnknownTarget struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTarget(address target)
func GuardianUnknownTargetErrorID() common.Hash {
	return common.HexToHash("0x4467e1c659908777426a1fbd2b95cc00306d4bbebfe28a603cd6be5efe543d03")
}

// UnpackUnknownTargetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTarget(address target)
func (guardian *Guardian) UnpackUnknownTargetError(raw []byte) (*GuardianUnknownTarget, error) {
	out := new(GuardianUnknownTarget)
	if err := guardian.abi.UnpackIntoInterface(out, "UnknownTarget", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuardianZeroAddress represents a ZeroAddress error raised by the Guardian contract.
type GuardianZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func GuardianZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (guardian *Guardian) UnpackZeroAddressError(raw []byte) (*GuardianZeroAddress, error) {
	out := new(GuardianZeroAddress)
	if err := guardian.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
