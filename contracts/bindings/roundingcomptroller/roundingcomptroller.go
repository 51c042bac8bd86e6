// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package roundingcomptroller

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

// RoundingComptrollerMetaData contains all meta data concerning the RoundingComptroller contract.
var RoundingComptrollerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"AlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"factor\",\"type\":\"uint256\"}],\"name\":\"FactorTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shortfall\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"NotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"CollateralFactorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"MarketEntered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralFactor\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"MarketListed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_COLLATERAL_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"allMarkets\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrowAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"name\":\"enterMarkets\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccountLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shortfall\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAssetsIn\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"modify\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"redeemShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowAmount\",\"type\":\"uint256\"}],\"name\":\"getHypotheticalAccountLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shortfall\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"collateralFactor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"listMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"markets\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"collateralFactor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"membership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"redeemer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"redeemAllowed\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"factor\",\"type\":\"uint256\"}],\"name\":\"setCollateralFactor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "RoundingComptroller",
	Bin: "0x6080604052348015600e575f5ffd5b50604051611065380380611065833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b610f79806100ec5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c80638da5cb5b11610093578063c299823811610063578063c299823814610286578063da3d454c14610299578063eabe7d91146102ac578063f2fde38b146102bf575f5ffd5b80638da5cb5b146101f35780638e8f294b14610203578063abfceffc14610253578063c04f31ff14610273575f5ffd5b806352d84d1e116100ce57806352d84d1e146101705780635ec88c791461019b578063715018a6146101ae57806383142503146101b6575f5ffd5b8062e4768b146100fe5780632d1140201461011357806339492e7d146101355780634e79238f14610148575b5f5ffd5b61011161010c366004610c99565b6102d2565b005b610122670c7d713b49da000081565b6040519081526020015b60405180910390f35b610111610143366004610cc1565b610395565b61015b610156366004610cf1565b6104d9565b6040805192835260208301919091520161012c565b61018361017e366004610d30565b610615565b6040516001600160a01b03909116815260200161012c565b61015b6101a9366004610d47565b61063d565b610111610654565b6101e36101c4366004610d67565b600360209081525f928352604080842090915290825290205460ff1681565b604051901515815260200161012c565b5f546001600160a01b0316610183565b610236610211366004610d47565b600160208190525f918252604090912080549181015460029091015460ff9092169183565b60408051931515845260208401929092529082015260600161012c565b610266610261366004610d47565b610667565b60405161012c9190610d98565b610111610281366004610c99565b6106da565b610111610294366004610de3565b6107c5565b6101116102a7366004610e54565b61080c565b6101116102ba366004610e54565b6108f7565b6101116102cd366004610d47565b610978565b6102da6109b5565b6001600160a01b0382165f9081526001602052604090205460ff1661032257604051635d35c42960e01b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b0382165f818152600160209081526040918290206002015482519081529081018490527fb556fac599c3c70efb9ab1fa725ecace6c81cc48d1455f886607def065f3e0c0910160405180910390a26001600160a01b039091165f90815260016020526040902060020155565b61039d6109b5565b6001600160a01b0383165f9081526001602052604090205460ff16156103e1576040516319cd459560e01b81526001600160a01b0384166004820152602401610319565b670c7d713b49da000082111561040d57604051634da279d760e01b815260048101839052602401610319565b60408051606081018252600180825260208083018681528385018681526001600160a01b0389165f8181528585528781209651875460ff1916901515178755925186860155905160029095019490945560048054938401815590527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b90910180546001600160a01b03191683179055825185815290810184905290917fa3f92f365c97fbeaea3525e34ec2025ac640b189e6f1ac1093b50cd35b443421910160405180910390a2505050565b6001600160a01b0384165f908152600260205260408120819081908190815b81548110156105d9575f5f6105b28c85858154811061051957610519610e8e565b905f5260205f20015f9054906101000a90046001600160a01b03168d6001600160a01b031687878154811061055057610550610e8e565b5f918252602090912001546001600160a01b03161461056f575f610571565b8c5b8e6001600160a01b031688888154811061058d5761058d610e8e565b5f918252602090912001546001600160a01b0316146105ac575f6109e1565b8c6109e1565b90925090506105c18287610eb6565b95506105cd8186610eb6565b945050506001016104f8565b50818311156105f9576105ec8284610ecf565b5f9450945050505061060c565b5f6106048484610ecf565b945094505050505b94509492505050565b60048181548110610624575f80fd5b5f918252602090912001546001600160a01b0316905081565b5f5f61064b835f5f5f6104d9565b91509150915091565b61065c6109b5565b6106655f610b31565b565b6001600160a01b0381165f908152600260209081526040918290208054835181840281018401909452808452606093928301828280156106ce57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116106b0575b50505050509050919050565b6106e26109b5565b6001600160a01b0382165f9081526001602052604090205460ff1661072557604051635d35c42960e01b81526001600160a01b0383166004820152602401610319565b670c7d713b49da000081111561075157604051634da279d760e01b815260048101829052602401610319565b6001600160a01b0382165f818152600160208181526040928390209091015482519081529081018490527fc2f96ab74e3217311185dd5e673763d80c3bdfca13a82853a8b7f25e0292bc49910160405180910390a26001600160a01b039091165f9081526001602081905260409091200155565b5f5b81811015610807576107ff8383838181106107e4576107e4610e8e565b90506020020160208101906107f99190610d47565b33610b80565b6001016107c7565b505050565b6001600160a01b0383165f9081526001602052604090205460ff1661084f57604051635d35c42960e01b81526001600160a01b0384166004820152602401610319565b6001600160a01b038083165f9081526003602090815260408083209387168352929052205460ff166108b057336001600160a01b038416146108a657604051635d35c42960e01b8152336004820152602401610319565b6108b08383610b80565b5f6108bd83855f856104d9565b91505080156108f1576040516306a8008360e11b81526001600160a01b038416600482015260248101829052604401610319565b50505050565b6001600160a01b0383165f9081526001602052604090205460ff1661093a57604051635d35c42960e01b81526001600160a01b0384166004820152602401610319565b6001600160a01b038083165f9081526003602090815260408083209387168352929052205460ff1661096b57505050565b5f6108bd8385845f6104d9565b6109806109b5565b6001600160a01b0381166109a957604051631e4fbdf760e01b81525f6004820152602401610319565b6109b281610b31565b50565b5f546001600160a01b031633146106655760405163118cdaa760e01b8152336004820152602401610319565b6001600160a01b038381165f8181526001602052604080822090516361bfb47160e11b815293881660048501529092839283918291829163c37f68e290602401606060405180830381865afa158015610a3c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a609190610ee2565b9250925092505f670de0b6b3a76400008560010154670de0b6b3a7640000876002015485610a8e9190610f0d565b610a989190610f24565b610aa29190610f0d565b610aac9190610f24565b9050670de0b6b3a7640000610ac18286610f0d565b610acb9190610f24565b9650670de0b6b3a7640000610ae0828b610f0d565b610aea9190610f24565b6002860154670de0b6b3a764000090610b038b87610eb6565b610b0d9190610f0d565b610b179190610f24565b610b219190610eb6565b9550505050505094509492505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0382165f9081526001602052604090205460ff16610bc357604051635d35c42960e01b81526001600160a01b0383166004820152602401610319565b6001600160a01b038082165f9081526003602090815260408083209386168352929052205460ff1615610bf4575050565b6001600160a01b038082165f818152600360209081526040808320948716808452948252808320805460ff191660019081179091558484526002835281842080549182018155845291832090910180546001600160a01b03191685179055519192917f3ab23ab0d51cccc0c3085aec51f99228625aa1a922b3a8ca89a26b0f2027a1a59190a35050565b80356001600160a01b0381168114610c94575f5ffd5b919050565b5f5f60408385031215610caa575f5ffd5b610cb383610c7e565b946020939093013593505050565b5f5f5f60608486031215610cd3575f5ffd5b610cdc84610c7e565b95602085013595506040909401359392505050565b5f5f5f5f60808587031215610d04575f5ffd5b610d0d85610c7e565b9350610d1b60208601610c7e565b93969395505050506040820135916060013590565b5f60208284031215610d40575f5ffd5b5035919050565b5f60208284031215610d57575f5ffd5b610d6082610c7e565b9392505050565b5f5f60408385031215610d78575f5ffd5b610d8183610c7e565b9150610d8f60208401610c7e565b90509250929050565b602080825282518282018190525f918401906040840190835b81811015610dd85783516001600160a01b0316835260209384019390920191600101610db1565b509095945050505050565b5f5f60208385031215610df4575f5ffd5b823567ffffffffffffffff811115610e0a575f5ffd5b8301601f81018513610e1a575f5ffd5b803567ffffffffffffffff811115610e30575f5ffd5b8560208260051b8401011115610e44575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215610e66575f5ffd5b610e6f84610c7e565b9250610e7d60208501610c7e565b929592945050506040919091013590565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ec957610ec9610ea2565b92915050565b81810381811115610ec957610ec9610ea2565b5f5f5f60608486031215610ef4575f5ffd5b5050815160208301516040909301519094929350919050565b8082028115828204841417610ec957610ec9610ea2565b5f82610f3e57634e487b7160e01b5f52601260045260245ffd5b50049056fea26469706673582212202d817e77b107953965e466da46087e3173a7c17051b9876f165cde00db7fc32964736f6c634300081e0033",
}

// RoundingComptroller is an auto generated Go binding around an Ethereum contract.
type RoundingComptroller struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RoundingComptroller) GetABI() abi.ABI {
	return c.abi
}

// NewRoundingComptroller creates a new instance of RoundingComptroller.
func NewRoundingComptroller() *RoundingComptroller {
	parsed, err := RoundingComptrollerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RoundingComptroller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RoundingComptroller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (roundingComptroller *RoundingComptroller) PackConstructor(initialOwner common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXCOLLATERALFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d114020.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COLLATERAL_FACTOR() view returns(uint256)
func (roundingComptroller *RoundingComptroller) PackMAXCOLLATERALFACTOR() []byte {
	enc, err := roundingComptroller.abi.Pack("MAX_COLLATERAL_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOLLATERALFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d114020.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COLLATERAL_FACTOR() view returns(uint256)
func (roundingComptroller *RoundingComptroller) TryPackMAXCOLLATERALFACTOR() ([]byte, error) {
	return roundingComptroller.abi.Pack("MAX_COLLATERAL_FACTOR")
}

// UnpackMAXCOLLATERALFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d114020.
//
// Solidity: function MAX_COLLATERAL_FACTOR() view returns(uint256)
func (roundingComptroller *RoundingComptroller) UnpackMAXCOLLATERALFACTOR(data []byte) (*big.Int, error) {
	out, err := roundingComptroller.abi.Unpack("MAX_COLLATERAL_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d84d1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allMarkets(uint256 ) view returns(address)
func (roundingComptroller *RoundingComptroller) PackAllMarkets(arg0 *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("allMarkets", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d84d1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allMarkets(uint256 ) view returns(address)
func (roundingComptroller *RoundingComptroller) TryPackAllMarkets(arg0 *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("allMarkets", arg0)
}

// UnpackAllMarkets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d84d1e.
//
// Solidity: function allMarkets(uint256 ) view returns(address)
func (roundingComptroller *RoundingComptroller) UnpackAllMarkets(data []byte) (common.Address, error) {
	out, err := roundingComptroller.abi.Unpack("allMarkets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBorrowAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda3d454c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowAllowed(address market, address borrower, uint256 amount) returns()
func (roundingComptroller *RoundingComptroller) PackBorrowAllowed(market common.Address, borrower common.Address, amount *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("borrowAllowed", market, borrower, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda3d454c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowAllowed(address market, address borrower, uint256 amount) returns()
func (roundingComptroller *RoundingComptroller) TryPackBorrowAllowed(market common.Address, borrower common.Address, amount *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("borrowAllowed", market, borrower, amount)
}

// PackEnterMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2998238.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enterMarkets(address[] list) returns()
func (roundingComptroller *RoundingComptroller) PackEnterMarkets(list []common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("enterMarkets", list)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnterMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2998238.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enterMarkets(address[] list) returns()
func (roundingComptroller *RoundingComptroller) TryPackEnterMarkets(list []common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("enterMarkets", list)
}

// PackGetAccountLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ec88c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAccountLiquidity(address account) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) PackGetAccountLiquidity(account common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("getAccountLiquidity", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAccountLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ec88c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAccountLiquidity(address account) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) TryPackGetAccountLiquidity(account common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("getAccountLiquidity", account)
}

// GetAccountLiquidityOutput serves as a container for the return parameters of contract
// method GetAccountLiquidity.
type GetAccountLiquidityOutput struct {
	Liquidity *big.Int
	Shortfall *big.Int
}

// UnpackGetAccountLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ec88c79.
//
// Solidity: function getAccountLiquidity(address account) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) UnpackGetAccountLiquidity(data []byte) (GetAccountLiquidityOutput, error) {
	out, err := roundingComptroller.abi.Unpack("getAccountLiquidity", data)
	outstruct := new(GetAccountLiquidityOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Liquidity = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Shortfall = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetAssetsIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfceffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAssetsIn(address account) view returns(address[])
func (roundingComptroller *RoundingComptroller) PackGetAssetsIn(account common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("getAssetsIn", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAssetsIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfceffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAssetsIn(address account) view returns(address[])
func (roundingComptroller *RoundingComptroller) TryPackGetAssetsIn(account common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("getAssetsIn", account)
}

// UnpackGetAssetsIn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabfceffc.
//
// Solidity: function getAssetsIn(address account) view returns(address[])
func (roundingComptroller *RoundingComptroller) UnpackGetAssetsIn(data []byte) ([]common.Address, error) {
	out, err := roundingComptroller.abi.Unpack("getAssetsIn", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetHypotheticalAccountLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e79238f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getHypotheticalAccountLiquidity(address account, address modify, uint256 redeemShares, uint256 borrowAmount) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) PackGetHypotheticalAccountLiquidity(account common.Address, modify common.Address, redeemShares *big.Int, borrowAmount *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("getHypotheticalAccountLiquidity", account, modify, redeemShares, borrowAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetHypotheticalAccountLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e79238f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getHypotheticalAccountLiquidity(address account, address modify, uint256 redeemShares, uint256 borrowAmount) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) TryPackGetHypotheticalAccountLiquidity(account common.Address, modify common.Address, redeemShares *big.Int, borrowAmount *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("getHypotheticalAccountLiquidity", account, modify, redeemShares, borrowAmount)
}

// GetHypotheticalAccountLiquidityOutput serves as a container for the return parameters of contract
// method GetHypotheticalAccountLiquidity.
type GetHypotheticalAccountLiquidityOutput struct {
	Liquidity *big.Int
	Shortfall *big.Int
}

// UnpackGetHypotheticalAccountLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e79238f.
//
// Solidity: function getHypotheticalAccountLiquidity(address account, address modify, uint256 redeemShares, uint256 borrowAmount) view returns(uint256 liquidity, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) UnpackGetHypotheticalAccountLiquidity(data []byte) (GetHypotheticalAccountLiquidityOutput, error) {
	out, err := roundingComptroller.abi.Unpack("getHypotheticalAccountLiquidity", data)
	outstruct := new(GetHypotheticalAccountLiquidityOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Liquidity = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Shortfall = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackListMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39492e7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listMarket(address market, uint256 collateralFactor, uint256 price) returns()
func (roundingComptroller *RoundingComptroller) PackListMarket(market common.Address, collateralFactor *big.Int, price *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("listMarket", market, collateralFactor, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39492e7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listMarket(address market, uint256 collateralFactor, uint256 price) returns()
func (roundingComptroller *RoundingComptroller) TryPackListMarket(market common.Address, collateralFactor *big.Int, price *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("listMarket", market, collateralFactor, price)
}

// PackMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8f294b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markets(address market) view returns(bool listed, uint256 collateralFactor, uint256 price)
func (roundingComptroller *RoundingComptroller) PackMarkets(market common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("markets", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8f294b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markets(address market) view returns(bool listed, uint256 collateralFactor, uint256 price)
func (roundingComptroller *RoundingComptroller) TryPackMarkets(market common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("markets", market)
}

// MarketsOutput serves as a container for the return parameters of contract
// method Markets.
type MarketsOutput struct {
	Listed           bool
	CollateralFactor *big.Int
	Price            *big.Int
}

// UnpackMarkets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e8f294b.
//
// Solidity: function markets(address market) view returns(bool listed, uint256 collateralFactor, uint256 price)
func (roundingComptroller *RoundingComptroller) UnpackMarkets(data []byte) (MarketsOutput, error) {
	out, err := roundingComptroller.abi.Unpack("markets", data)
	outstruct := new(MarketsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Listed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.CollateralFactor = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Price = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83142503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function membership(address account, address market) view returns(bool)
func (roundingComptroller *RoundingComptroller) PackMembership(account common.Address, market common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("membership", account, market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83142503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function membership(address account, address market) view returns(bool)
func (roundingComptroller *RoundingComptroller) TryPackMembership(account common.Address, market common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("membership", account, market)
}

// UnpackMembership is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83142503.
//
// Solidity: function membership(address account, address market) view returns(bool)
func (roundingComptroller *RoundingComptroller) UnpackMembership(data []byte) (bool, error) {
	out, err := roundingComptroller.abi.Unpack("membership", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (roundingComptroller *RoundingComptroller) PackOwner() []byte {
	enc, err := roundingComptroller.abi.Pack("owner")
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
func (roundingComptroller *RoundingComptroller) TryPackOwner() ([]byte, error) {
	return roundingComptroller.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (roundingComptroller *RoundingComptroller) UnpackOwner(data []byte) (common.Address, error) {
	out, err := roundingComptroller.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRedeemAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeabe7d91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemAllowed(address market, address redeemer, uint256 shares) view returns()
func (roundingComptroller *RoundingComptroller) PackRedeemAllowed(market common.Address, redeemer common.Address, shares *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("redeemAllowed", market, redeemer, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeabe7d91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemAllowed(address market, address redeemer, uint256 shares) view returns()
func (roundingComptroller *RoundingComptroller) TryPackRedeemAllowed(market common.Address, redeemer common.Address, shares *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("redeemAllowed", market, redeemer, shares)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (roundingComptroller *RoundingComptroller) PackRenounceOwnership() []byte {
	enc, err := roundingComptroller.abi.Pack("renounceOwnership")
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
func (roundingComptroller *RoundingComptroller) TryPackRenounceOwnership() ([]byte, error) {
	return roundingComptroller.abi.Pack("renounceOwnership")
}

// PackSetCollateralFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04f31ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCollateralFactor(address market, uint256 factor) returns()
func (roundingComptroller *RoundingComptroller) PackSetCollateralFactor(market common.Address, factor *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("setCollateralFactor", market, factor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCollateralFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04f31ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCollateralFactor(address market, uint256 factor) returns()
func (roundingComptroller *RoundingComptroller) TryPackSetCollateralFactor(market common.Address, factor *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("setCollateralFactor", market, factor)
}

// PackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e4768b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPrice(address market, uint256 price) returns()
func (roundingComptroller *RoundingComptroller) PackSetPrice(market common.Address, price *big.Int) []byte {
	enc, err := roundingComptroller.abi.Pack("setPrice", market, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e4768b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPrice(address market, uint256 price) returns()
func (roundingComptroller *RoundingComptroller) TryPackSetPrice(market common.Address, price *big.Int) ([]byte, error) {
	return roundingComptroller.abi.Pack("setPrice", market, price)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (roundingComptroller *RoundingComptroller) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := roundingComptroller.abi.Pack("transferOwnership", newOwner)
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
func (roundingComptroller *RoundingComptroller) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return roundingComptroller.abi.Pack("transferOwnership", newOwner)
}

// RoundingComptrollerCollateralFactorChanged represents a CollateralFactorChanged event raised by the RoundingComptroller contract.
type RoundingComptrollerCollateralFactorChanged struct {
	Market   common.Address
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RoundingComptrollerCollateralFactorChangedEventName = "CollateralFactorChanged"

// ContractEventName returns the user-defined event name.
func (RoundingComptrollerCollateralFactorChanged) ContractEventName() string {
	return RoundingComptrollerCollateralFactorChangedEventName
}

// UnpackCollateralFactorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralFactorChanged(address indexed market, uint256 previous, uint256 current)
func (roundingComptroller *RoundingComptroller) UnpackCollateralFactorChangedEvent(log *types.Log) (*RoundingComptrollerCollateralFactorChanged, error) {
	event := "CollateralFactorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingComptroller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingComptrollerCollateralFactorChanged)
	if len(log.Data) > 0 {
		if err := roundingComptroller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingComptroller.abi.Events[event].Inputs {
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

// RoundingComptrollerMarketEntered represents a MarketEntered event raised by the RoundingComptroller contract.
type RoundingComptrollerMarketEntered struct {
	Market  common.Address
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoundingComptrollerMarketEnteredEventName = "MarketEntered"

// ContractEventName returns the user-defined event name.
func (RoundingComptrollerMarketEntered) ContractEventName() string {
	return RoundingComptrollerMarketEnteredEventName
}

// UnpackMarketEnteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketEntered(address indexed market, address indexed account)
func (roundingComptroller *RoundingComptroller) UnpackMarketEnteredEvent(log *types.Log) (*RoundingComptrollerMarketEntered, error) {
	event := "MarketEntered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingComptroller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingComptrollerMarketEntered)
	if len(log.Data) > 0 {
		if err := roundingComptroller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingComptroller.abi.Events[event].Inputs {
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

// RoundingComptrollerMarketListed represents a MarketListed event raised by the RoundingComptroller contract.
type RoundingComptrollerMarketListed struct {
	Market           common.Address
	CollateralFactor *big.Int
	Price            *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const RoundingComptrollerMarketListedEventName = "MarketListed"

// ContractEventName returns the user-defined event name.
func (RoundingComptrollerMarketListed) ContractEventName() string {
	return RoundingComptrollerMarketListedEventName
}

// UnpackMarketListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketListed(address indexed market, uint256 collateralFactor, uint256 price)
func (roundingComptroller *RoundingComptroller) UnpackMarketListedEvent(log *types.Log) (*RoundingComptrollerMarketListed, error) {
	event := "MarketListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingComptroller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingComptrollerMarketListed)
	if len(log.Data) > 0 {
		if err := roundingComptroller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingComptroller.abi.Events[event].Inputs {
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

// RoundingComptrollerOwnershipTransferred represents a OwnershipTransferred event raised by the RoundingComptroller contract.
type RoundingComptrollerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RoundingComptrollerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RoundingComptrollerOwnershipTransferred) ContractEventName() string {
	return RoundingComptrollerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (roundingComptroller *RoundingComptroller) UnpackOwnershipTransferredEvent(log *types.Log) (*RoundingComptrollerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingComptroller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingComptrollerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := roundingComptroller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingComptroller.abi.Events[event].Inputs {
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

// RoundingComptrollerPriceUpdated represents a PriceUpdated event raised by the RoundingComptroller contract.
type RoundingComptrollerPriceUpdated struct {
	Market   common.Address
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RoundingComptrollerPriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (RoundingComptrollerPriceUpdated) ContractEventName() string {
	return RoundingComptrollerPriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(address indexed market, uint256 previous, uint256 current)
func (roundingComptroller *RoundingComptroller) UnpackPriceUpdatedEvent(log *types.Log) (*RoundingComptrollerPriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingComptroller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingComptrollerPriceUpdated)
	if len(log.Data) > 0 {
		if err := roundingComptroller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingComptroller.abi.Events[event].Inputs {
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
func (roundingComptroller *RoundingComptroller) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["AlreadyListed"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["FactorTooHigh"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackFactorTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["NotListed"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingComptroller.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return roundingComptroller.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RoundingComptrollerAlreadyListed represents a AlreadyListed error raised by the RoundingComptroller contract.
type RoundingComptrollerAlreadyListed struct {
	Market common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyListed(address market)
func RoundingComptrollerAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x19cd45959170cfb6a7c442727f0974f504e3b1bf4faaf155537ac5fdd0223fdb")
}

// UnpackAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyListed(address market)
func (roundingComptroller *RoundingComptroller) UnpackAlreadyListedError(raw []byte) (*RoundingComptrollerAlreadyListed, error) {
	out := new(RoundingComptrollerAlreadyListed)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "AlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingComptrollerFactorTooHigh represents a FactorTooHigh error raised by the RoundingComptroller contract.
type RoundingComptrollerFactorTooHigh struct {
	Factor *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FactorTooHigh(uint256 factor)
func RoundingComptrollerFactorTooHighErrorID() common.Hash {
	return common.HexToHash("0x4da279d70fd5f329a790d9d80ab0b7b01fcf59bc8d56f885b7c22fb62eaea590")
}

// UnpackFactorTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FactorTooHigh(uint256 factor)
func (roundingComptroller *RoundingComptroller) UnpackFactorTooHighError(raw []byte) (*RoundingComptrollerFactorTooHigh, error) {
	out := new(RoundingComptrollerFactorTooHigh)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "FactorTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingComptrollerInsufficientLiquidity represents a InsufficientLiquidity error raised by the RoundingComptroller contract.
type RoundingComptrollerInsufficientLiquidity struct {
	Account   common.Address
	Shortfall *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(address account, uint256 shortfall)
func RoundingComptrollerInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0x0d500106c94099f9c16544ace8d4bba335a71c6eb7449da80303ac4bfa141777")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(address account, uint256 shortfall)
func (roundingComptroller *RoundingComptroller) UnpackInsufficientLiquidityError(raw []byte) (*RoundingComptrollerInsufficientLiquidity, error) {
	out := new(RoundingComptrollerInsufficientLiquidity)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingComptrollerNotListed represents a NotListed error raised by the RoundingComptroller contract.
type RoundingComptrollerNotListed struct {
	Market common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListed(address market)
func RoundingComptrollerNotListedErrorID() common.Hash {
	return common.HexToHash("0x5d35c42925f643c6c2edbae62e0ff8799b4b08d376fc0a31da9a4b2972aa653e")
}

// UnpackNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListed(address market)
func (roundingComptroller *RoundingComptroller) UnpackNotListedError(raw []byte) (*RoundingComptrollerNotListed, error) {
	out := new(RoundingComptrollerNotListed)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "NotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingComptrollerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the RoundingComptroller contract.
type RoundingComptrollerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RoundingComptrollerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (roundingComptroller *RoundingComptroller) UnpackOwnableInvalidOwnerError(raw []byte) (*RoundingComptrollerOwnableInvalidOwner, error) {
	out := new(RoundingComptrollerOwnableInvalidOwner)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingComptrollerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the RoundingComptroller contract.
type RoundingComptrollerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RoundingComptrollerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (roundingComptroller *RoundingComptroller) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RoundingComptrollerOwnableUnauthorizedAccount, error) {
	out := new(RoundingComptrollerOwnableUnauthorizedAccount)
	if err := roundingComptroller.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
