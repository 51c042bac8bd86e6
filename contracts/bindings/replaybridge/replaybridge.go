// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package replaybridge

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

// ReplayBridgeMetaData contains all meta data concerning the ReplayBridge contract.
var ReplayBridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"destChainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"BridgeOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBps\",\"type\":\"uint256\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousSigner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"SignerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"destChainId\",\"type\":\"uint256\"}],\"name\":\"bridgeOut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outboundNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"processed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"setSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"withdrawalHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReplayBridge",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d03380380610d0383398101604081905261002e91610122565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100bc565b506001600160a01b03838116608052600180546001600160a01b03191691841691821790556040515f907feeb293e1f8f3a9db91ade748726387ed1352ca78f5430c5f06fe3d1e1ad50579908290a350505061016c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461011f575f5ffd5b50565b5f5f5f60608486031215610134575f5ffd5b835161013f8161010b565b60208501519093506101508161010b565b60408501519092506101618161010b565b809150509250925092565b608051610b716101925f395f81816101d90152818161033a01526104dd0152610b715ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80636c19e78311610088578063eca3490011610063578063eca34900146101ae578063f2fde38b146101c1578063fc0c546a146101d4578063fd10ebe5146101fb575f5ffd5b80636c19e78314610183578063715018a6146101965780638da5cb5b1461019e575f5ffd5b806305a79e06146100cf57806306bf659a146101065780630bd0ca9a14610127578063238ac9331461013c57806324a9d8531461016757806369fe0e2d14610170575b5f5ffd5b6100f16100dd36600461096f565b60046020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6101196101143660046109a1565b610204565b6040519081526020016100fd565b61013a6101353660046109d1565b610251565b005b60015461014f906001600160a01b031681565b6040516001600160a01b0390911681526020016100fd565b61011960025481565b61013a61017e36600461096f565b6103ae565b61013a610191366004610a5f565b61041c565b61013a61047f565b5f546001600160a01b031661014f565b61013a6101bc366004610a7f565b610492565b61013a6101cf366004610a5f565b61057b565b61014f7f000000000000000000000000000000000000000000000000000000000000000081565b61011960035481565b604080513060208201526001600160a01b0385169181019190915260608101839052608081018290525f9060a0016040516020818303038152906040528051906020012090509392505050565b5f610292610260878787610204565b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c91909152603c902090565b90505f6102d48285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506105b892505050565b6001549091506001600160a01b0380831691161461031557604051633615713d60e21b81526001600160a01b03821660048201526024015b60405180910390fd5b5f858152600460205260409020805460ff191660011790556103616001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001688886105e2565b84876001600160a01b03167fdf273cb619d95419a9cd0ec88123a0538c85064229baa6363788f743fff90deb8860405161039d91815260200190565b60405180910390a350505050505050565b6103b661061c565b60648111156103db576040516303dc98a160e51b81526004810182905260240161030c565b60025460408051918252602082018390527f5fc463da23c1b063e66f9e352006a7fbe8db7223c455dc429e881a2dfe2f94f1910160405180910390a1600255565b61042461061c565b6001546040516001600160a01b038084169216907feeb293e1f8f3a9db91ade748726387ed1352ca78f5430c5f06fe3d1e1ad50579905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b61048761061c565b6104905f610648565b565b825f036104b257604051631f2a200560e01b815260040160405180910390fd5b5f612710600254856104c49190610ac6565b6104ce9190610add565b90506105056001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087610697565b6001600160a01b038316337f851c96625224ffddbbfd731fcf48b7b63286af4154a77ba79f2a34d507603a8261053b8488610afc565b6003805486918891905f61054e83610b0f565b9091555060408051948552602085019390935291830152606082015260800160405180910390a350505050565b61058361061c565b6001600160a01b0381166105ac57604051631e4fbdf760e01b81525f600482015260240161030c565b6105b581610648565b50565b5f5f5f5f6105c686866106d3565b9250925092506105d6828261071c565b50909150505b92915050565b6105ef83838360016107d8565b61061757604051635274afe760e01b81526001600160a01b038416600482015260240161030c565b505050565b5f546001600160a01b031633146104905760405163118cdaa760e01b815233600482015260240161030c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6106a584848484600161083a565b6106cd57604051635274afe760e01b81526001600160a01b038516600482015260240161030c565b50505050565b5f5f5f835160410361070a576020840151604085015160608601515f1a6106fc888285856108a7565b955095509550505050610715565b505081515f91506002905b9250925092565b5f82600381111561072f5761072f610b27565b03610738575050565b600182600381111561074c5761074c610b27565b0361076a5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561077e5761077e610b27565b0361079f5760405163fce698f760e01b81526004810182905260240161030c565b60038260038111156107b3576107b3610b27565b036107d4576040516335e2f38360e21b81526004810182905260240161030c565b5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661082e578383151615610822573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661089657838315161561088a573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156108e057505f91506003905082610965565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610931573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661095c57505f925060019150829050610965565b92505f91508190505b9450945094915050565b5f6020828403121561097f575f5ffd5b5035919050565b80356001600160a01b038116811461099c575f5ffd5b919050565b5f5f5f606084860312156109b3575f5ffd5b6109bc84610986565b95602085013595506040909401359392505050565b5f5f5f5f5f608086880312156109e5575f5ffd5b6109ee86610986565b94506020860135935060408601359250606086013567ffffffffffffffff811115610a17575f5ffd5b8601601f81018813610a27575f5ffd5b803567ffffffffffffffff811115610a3d575f5ffd5b886020828401011115610a4e575f5ffd5b959894975092955050506020019190565b5f60208284031215610a6f575f5ffd5b610a7882610986565b9392505050565b5f5f5f60608486031215610a91575f5ffd5b83359250610aa160208501610986565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176105dc576105dc610ab2565b5f82610af757634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156105dc576105dc610ab2565b5f60018201610b2057610b20610ab2565b5060010190565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220229e02dcf0cde90ff7ce65fbabecff9841eee8e7a09442ee23c26ee53aa914cc64736f6c634300081e0033",
}

// ReplayBridge is an auto generated Go binding around an Ethereum contract.
type ReplayBridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReplayBridge) GetABI() abi.ABI {
	return c.abi
}

// NewReplayBridge creates a new instance of ReplayBridge.
func NewReplayBridge() *ReplayBridge {
	parsed, err := ReplayBridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReplayBridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReplayBridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address signer_, address initialOwner) returns()
func (replayBridge *ReplayBridge) PackConstructor(token_ common.Address, signer_ common.Address, initialOwner common.Address) []byte {
	enc, err := replayBridge.abi.Pack("", token_, signer_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBridgeOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeca34900.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridgeOut(uint256 amount, address recipient, uint256 destChainId) returns()
func (replayBridge *ReplayBridge) PackBridgeOut(amount *big.Int, recipient common.Address, destChainId *big.Int) []byte {
	enc, err := replayBridge.abi.Pack("bridgeOut", amount, recipient, destChainId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridgeOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeca34900.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridgeOut(uint256 amount, address recipient, uint256 destChainId) returns()
func (replayBridge *ReplayBridge) TryPackBridgeOut(amount *big.Int, recipient common.Address, destChainId *big.Int) ([]byte, error) {
	return replayBridge.abi.Pack("bridgeOut", amount, recipient, destChainId)
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (replayBridge *ReplayBridge) PackFeeBps() []byte {
	enc, err := replayBridge.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (replayBridge *ReplayBridge) TryPackFeeBps() ([]byte, error) {
	return replayBridge.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (replayBridge *ReplayBridge) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := replayBridge.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutboundNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd10ebe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outboundNonce() view returns(uint256)
func (replayBridge *ReplayBridge) PackOutboundNonce() []byte {
	enc, err := replayBridge.abi.Pack("outboundNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutboundNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd10ebe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outboundNonce() view returns(uint256)
func (replayBridge *ReplayBridge) TryPackOutboundNonce() ([]byte, error) {
	return replayBridge.abi.Pack("outboundNonce")
}

// UnpackOutboundNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd10ebe5.
//
// Solidity: function outboundNonce() view returns(uint256)
func (replayBridge *ReplayBridge) UnpackOutboundNonce(data []byte) (*big.Int, error) {
	out, err := replayBridge.abi.Unpack("outboundNonce", data)
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
func (replayBridge *ReplayBridge) PackOwner() []byte {
	enc, err := replayBridge.abi.Pack("owner")
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
func (replayBridge *ReplayBridge) TryPackOwner() ([]byte, error) {
	return replayBridge.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (replayBridge *ReplayBridge) UnpackOwner(data []byte) (common.Address, error) {
	out, err := replayBridge.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a79e06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function processed(uint256 nonce) view returns(bool)
func (replayBridge *ReplayBridge) PackProcessed(nonce *big.Int) []byte {
	enc, err := replayBridge.abi.Pack("processed", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a79e06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function processed(uint256 nonce) view returns(bool)
func (replayBridge *ReplayBridge) TryPackProcessed(nonce *big.Int) ([]byte, error) {
	return replayBridge.abi.Pack("processed", nonce)
}

// UnpackProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05a79e06.
//
// Solidity: function processed(uint256 nonce) view returns(bool)
func (replayBridge *ReplayBridge) UnpackProcessed(data []byte) (bool, error) {
	out, err := replayBridge.abi.Unpack("processed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (replayBridge *ReplayBridge) PackRenounceOwnership() []byte {
	enc, err := replayBridge.abi.Pack("renounceOwnership")
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
func (replayBridge *ReplayBridge) TryPackRenounceOwnership() ([]byte, error) {
	return replayBridge.abi.Pack("renounceOwnership")
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe0e2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint256 bps) returns()
func (replayBridge *ReplayBridge) PackSetFee(bps *big.Int) []byte {
	enc, err := replayBridge.abi.Pack("setFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe0e2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint256 bps) returns()
func (replayBridge *ReplayBridge) TryPackSetFee(bps *big.Int) ([]byte, error) {
	return replayBridge.abi.Pack("setFee", bps)
}

// PackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSigner(address newSigner) returns()
func (replayBridge *ReplayBridge) PackSetSigner(newSigner common.Address) []byte {
	enc, err := replayBridge.abi.Pack("setSigner", newSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSigner(address newSigner) returns()
func (replayBridge *ReplayBridge) TryPackSetSigner(newSigner common.Address) ([]byte, error) {
	return replayBridge.abi.Pack("setSigner", newSigner)
}

// PackSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238ac933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signer() view returns(address)
func (replayBridge *ReplayBridge) PackSigner() []byte {
	enc, err := replayBridge.abi.Pack("signer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238ac933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signer() view returns(address)
func (replayBridge *ReplayBridge) TryPackSigner() ([]byte, error) {
	return replayBridge.abi.Pack("signer")
}

// UnpackSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x238ac933.
//
// Solidity: function signer() view returns(address)
func (replayBridge *ReplayBridge) UnpackSigner(data []byte) (common.Address, error) {
	out, err := replayBridge.abi.Unpack("signer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (replayBridge *ReplayBridge) PackToken() []byte {
	enc, err := replayBridge.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (replayBridge *ReplayBridge) TryPackToken() ([]byte, error) {
	return replayBridge.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (replayBridge *ReplayBridge) UnpackToken(data []byte) (common.Address, error) {
	out, err := replayBridge.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (replayBridge *ReplayBridge) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := replayBridge.abi.Pack("transferOwnership", newOwner)
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
func (replayBridge *ReplayBridge) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return replayBridge.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bd0ca9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to, uint256 amount, uint256 nonce, bytes signature) returns()
func (replayBridge *ReplayBridge) PackWithdraw(to common.Address, amount *big.Int, nonce *big.Int, signature []byte) []byte {
	enc, err := replayBridge.abi.Pack("withdraw", to, amount, nonce, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bd0ca9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to, uint256 amount, uint256 nonce, bytes signature) returns()
func (replayBridge *ReplayBridge) TryPackWithdraw(to common.Address, amount *big.Int, nonce *big.Int, signature []byte) ([]byte, error) {
	return replayBridge.abi.Pack("withdraw", to, amount, nonce, signature)
}

// PackWithdrawalHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06bf659a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalHash(address to, uint256 amount, uint256 nonce) view returns(bytes32)
func (replayBridge *ReplayBridge) PackWithdrawalHash(to common.Address, amount *big.Int, nonce *big.Int) []byte {
	enc, err := replayBridge.abi.Pack("withdrawalHash", to, amount, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06bf659a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalHash(address to, uint256 amount, uint256 nonce) view returns(bytes32)
func (replayBridge *ReplayBridge) TryPackWithdrawalHash(to common.Address, amount *big.Int, nonce *big.Int) ([]byte, error) {
	return replayBridge.abi.Pack("withdrawalHash", to, amount, nonce)
}

// UnpackWithdrawalHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06bf659a.
//
// Solidity: function withdrawalHash(address to, uint256 amount, uint256 nonce) view returns(bytes32)
func (replayBridge *ReplayBridge) UnpackWithdrawalHash(data []byte) ([32]byte, error) {
	out, err := replayBridge.abi.Unpack("withdrawalHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// ReplayBridgeBridgeOut represents a BridgeOut event raised by the ReplayBridge contract.
type ReplayBridgeBridgeOut struct {
	Sender      common.Address
	Recipient   common.Address
	Amount      *big.Int
	Fee         *big.Int
	DestChainId *big.Int
	Nonce       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReplayBridgeBridgeOutEventName = "BridgeOut"

// ContractEventName returns the user-defined event name.
func (ReplayBridgeBridgeOut) ContractEventName() string {
	return ReplayBridgeBridgeOutEventName
}

// UnpackBridgeOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BridgeOut(address indexed sender, address indexed recipient, uint256 amount, uint256 fee, uint256 destChainId, uint256 nonce)
func (replayBridge *ReplayBridge) UnpackBridgeOutEvent(log *types.Log) (*ReplayBridgeBridgeOut, error) {
	event := "BridgeOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != replayBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReplayBridgeBridgeOut)
	if len(log.Data) > 0 {
		if err := replayBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range replayBridge.abi.Events[event].Inputs {
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

// ReplayBridgeFeeChanged represents a FeeChanged event raised by the ReplayBridge contract.
type ReplayBridgeFeeChanged struct {
	PreviousBps *big.Int
	NewBps      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReplayBridgeFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (ReplayBridgeFeeChanged) ContractEventName() string {
	return ReplayBridgeFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint256 previousBps, uint256 newBps)
func (replayBridge *ReplayBridge) UnpackFeeChangedEvent(log *types.Log) (*ReplayBridgeFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != replayBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReplayBridgeFeeChanged)
	if len(log.Data) > 0 {
		if err := replayBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range replayBridge.abi.Events[event].Inputs {
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

// ReplayBridgeOwnershipTransferred represents a OwnershipTransferred event raised by the ReplayBridge contract.
type ReplayBridgeOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReplayBridgeOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ReplayBridgeOwnershipTransferred) ContractEventName() string {
	return ReplayBridgeOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (replayBridge *ReplayBridge) UnpackOwnershipTransferredEvent(log *types.Log) (*ReplayBridgeOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != replayBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReplayBridgeOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := replayBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range replayBridge.abi.Events[event].Inputs {
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

// ReplayBridgeSignerChanged represents a SignerChanged event raised by the ReplayBridge contract.
type ReplayBridgeSignerChanged struct {
	PreviousSigner common.Address
	NewSigner      common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ReplayBridgeSignerChangedEventName = "SignerChanged"

// ContractEventName returns the user-defined event name.
func (ReplayBridgeSignerChanged) ContractEventName() string {
	return ReplayBridgeSignerChangedEventName
}

// UnpackSignerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerChanged(address indexed previousSigner, address indexed newSigner)
func (replayBridge *ReplayBridge) UnpackSignerChangedEvent(log *types.Log) (*ReplayBridgeSignerChanged, error) {
	event := "SignerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != replayBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReplayBridgeSignerChanged)
	if len(log.Data) > 0 {
		if err := replayBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range replayBridge.abi.Events[event].Inputs {
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

// ReplayBridgeWithdrawal represents a Withdrawal event raised by the ReplayBridge contract.
type ReplayBridgeWithdrawal struct {
	To     common.Address
	Amount *big.Int
	Nonce  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReplayBridgeWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (ReplayBridgeWithdrawal) ContractEventName() string {
	return ReplayBridgeWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed to, uint256 amount, uint256 indexed nonce)
func (replayBridge *ReplayBridge) UnpackWithdrawalEvent(log *types.Log) (*ReplayBridgeWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != replayBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReplayBridgeWithdrawal)
	if len(log.Data) > 0 {
		if err := replayBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range replayBridge.abi.Events[event].Inputs {
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
func (replayBridge *ReplayBridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return replayBridge.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return replayBridge.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return replayBridge.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return replayBridge.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return replayBridge.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return replayBridge.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return replayBridge.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return replayBridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], replayBridge.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return replayBridge.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReplayBridgeECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ReplayBridge contract.
type ReplayBridgeECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ReplayBridgeECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (replayBridge *ReplayBridge) UnpackECDSAInvalidSignatureError(raw []byte) (*ReplayBridgeECDSAInvalidSignature, error) {
	out := new(ReplayBridgeECDSAInvalidSignature)
	if err := replayBridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ReplayBridge contract.
type ReplayBridgeECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ReplayBridgeECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (replayBridge *ReplayBridge) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ReplayBridgeECDSAInvalidSignatureLength, error) {
	out := new(ReplayBridgeECDSAInvalidSignatureLength)
	if err := replayBridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ReplayBridge contract.
type ReplayBridgeECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ReplayBridgeECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (replayBridge *ReplayBridge) UnpackECDSAInvalidSignatureSError(raw []byte) (*ReplayBridgeECDSAInvalidSignatureS, error) {
	out := new(ReplayBridgeECDSAInvalidSignatureS)
	if err := replayBridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeFeeTooHigh represents a FeeTooHigh error raised by the ReplayBridge contract.
type ReplayBridgeFeeTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 bps)
func ReplayBridgeFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 bps)
func (replayBridge *ReplayBridge) UnpackFeeTooHighError(raw []byte) (*ReplayBridgeFeeTooHigh, error) {
	out := new(ReplayBridgeFeeTooHigh)
	if err := replayBridge.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeInvalidSignature represents a InvalidSignature error raised by the ReplayBridge contract.
type ReplayBridgeInvalidSignature struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address recovered)
func ReplayBridgeInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address recovered)
func (replayBridge *ReplayBridge) UnpackInvalidSignatureError(raw []byte) (*ReplayBridgeInvalidSignature, error) {
	out := new(ReplayBridgeInvalidSignature)
	if err := replayBridge.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ReplayBridge contract.
type ReplayBridgeOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ReplayBridgeOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (replayBridge *ReplayBridge) UnpackOwnableInvalidOwnerError(raw []byte) (*ReplayBridgeOwnableInvalidOwner, error) {
	out := new(ReplayBridgeOwnableInvalidOwner)
	if err := replayBridge.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ReplayBridge contract.
type ReplayBridgeOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ReplayBridgeOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (replayBridge *ReplayBridge) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ReplayBridgeOwnableUnauthorizedAccount, error) {
	out := new(ReplayBridgeOwnableUnauthorizedAccount)
	if err := replayBridge.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ReplayBridge contract.
type ReplayBridgeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ReplayBridgeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (replayBridge *ReplayBridge) UnpackSafeERC20FailedOperationError(raw []byte) (*ReplayBridgeSafeERC20FailedOperation, error) {
	out := new(ReplayBridgeSafeERC20FailedOperation)
	if err := replayBridge.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReplayBridgeZeroAmount represents a ZeroAmount error raised by the ReplayBridge contract.
type ReplayBridgeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ReplayBridgeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (replayBridge *ReplayBridge) UnpackZeroAmountError(raw []byte) (*ReplayBridgeZeroAmount, error) {
	out := new(ReplayBridgeZeroAmount)
	if err := replayBridge.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
