// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package circuitbreaker

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

// CircuitBreakerClaim is an auto generated low-level Go binding around an user-defined struct.
type CircuitBreakerClaim struct {
	Token     common.Address
	ReleaseAt uint64
	Settled   bool
	Recipient common.Address
	Source    common.Address
	Amount    *big.Int
}

// CircuitBreakerLimit is an auto generated low-level Go binding around an user-defined struct.
type CircuitBreakerLimit struct {
	Vault         common.Address
	ShareBps      uint16
	Window        uint32
	Mode          uint8
	Active        bool
	BaseAllowance *big.Int
}

// CircuitBreakerMetaData contains all meta data concerning the CircuitBreaker contract.
var CircuitBreakerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"cooldown_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyTripped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BreakerTripped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"ClaimNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"baseAllowance\",\"type\":\"uint256\"}],\"name\":\"InvalidLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"InvalidWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NoLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTripped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"RateLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ClaimRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"previous\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"CooldownSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"LimitRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseAllowance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumCircuitBreaker.Mode\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"LimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OutflowClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"OutflowDelayed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"windowOutflow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutflowRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Reset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Tripped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tvl\",\"type\":\"uint256\"}],\"name\":\"TvlSnapshotTaken\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BUCKETS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROTECTED_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"available\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structCircuitBreaker.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cooldown\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"currentLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"limitOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"enumCircuitBreaker.Mode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"baseAllowance\",\"type\":\"uint256\"}],\"internalType\":\"structCircuitBreaker.Limit\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"onOutflow\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"release\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"removeLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revokeClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"cooldown_\",\"type\":\"uint32\"}],\"name\":\"setCooldown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"baseAllowance\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"enumCircuitBreaker.Mode\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"setLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trip\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tripped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tvlSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tvl\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"takenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"windowOutflow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CircuitBreaker",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161211338038061211383398101604081905261002e91610168565b6001600160a01b0382166100555760405163d92e233d60e01b815260040160405180910390fd5b6001805464ffffffff00191661010063ffffffff8416021790556100795f836100bf565b50604080515f815263ffffffff831660208201527f2bdfdb427780c8e0905e3b830418d32910f92d15585dd4d62a3139e7b3fd3102910160405180910390a150506101b3565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661015f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101173390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610162565b505f5b92915050565b5f5f60408385031215610179575f5ffd5b82516001600160a01b038116811461018f575f5ffd5b602084015190925063ffffffff811681146101a8575f5ffd5b809150509250929050565b611f53806101c05f395ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c8063858f2440116100f3578063b518ba2911610093578063d547741f1161006e578063d547741f1461054a578063d826f88f1461055d578063f79c01a614610565578063f8718c5a14610578575f5ffd5b8063b518ba291461051c578063c21d89dd14610524578063d28a3b9714610537575f5ffd5b80639d7a5e12116100ce5780639d7a5e1214610473578063a153e70814610480578063a217fddf1461049f578063a854c798146104a6575f5ffd5b8063858f2440146104305780638da4d3c91461045757806391d1485414610460575f5ffd5b80632f2ff15d1161015e578063546a2ca411610139578063546a2ca4146102ba5780635c362233146102da578063787a08a6146103f35780637e19f1741461041d575f5ffd5b80632f2ff15d1461028157806336568abe14610294578063379607f5146102a7575f5ffd5b806310098ad51161019957806310098ad5146102105780631b99a8df14610223578063248a9ca31461023857806324ea54f41461025a575f5ffd5b806301ffc9a7146101bf57806304491038146101e75780630a53d927146101fd575b5f5ffd5b6101d26101cd366004611be0565b61058b565b60405190151581526020015b60405180910390f35b6101ef600c81565b6040519081526020016101de565b6101ef61020b366004611c22565b6105c1565b6101ef61021e366004611c22565b61069d565b610236610231366004611c22565b6106ee565b005b6101ef610246366004611c3b565b5f9081526020819052604090206001015490565b6101ef7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61023661028f366004611c52565b6107c9565b6102366102a2366004611c52565b6107f3565b6102366102b5366004611c3b565b61082b565b6102cd6102c8366004611c22565b6109c0565b6040516101de9190611cb0565b6103916102e8366004611c3b565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260076020908152604091829020825160c08101845281546001600160a01b038082168352600160a01b82046001600160401b031694830194909452600160e01b900460ff16151593810193909352600181015482166060840152600281015490911660808301526003015460a082015290565b6040516101de919081516001600160a01b0390811682526020808401516001600160401b0316908301526040808401511515908301526060808401518216908301526080808401519091169082015260a0918201519181019190915260c00190565b60015461040890610100900463ffffffff1681565b60405163ffffffff90911681526020016101de565b6101ef61042b366004611c22565b610a9b565b6101ef7f5ec266e2dcd7dcc2ccf76e1151115cf73cb37330cb63fe2d5c3ec4bab9b807f781565b6101ef60025481565b6101d261046e366004611c52565b610b6b565b6001546101d29060ff1681565b6101ef61048e366004611c22565b60036020525f908152604090205481565b6101ef5f81565b6104ff6104b4366004611c22565b6001600160a01b03165f908152600560209081526040918290208251808401909352546001600160c01b038116808452600160c01b9091046001600160401b03169290910182905291565b604080519283526001600160401b039091166020830152016101de565b610236610b93565b610236610532366004611c3b565b610c1a565b610236610545366004611d22565b610d49565b610236610558366004611c52565b610ff2565b610236611016565b6101d2610573366004611d9a565b61109a565b610236610586366004611dd3565b6113c4565b5f6001600160e01b03198216637965db0b60e01b14806105bb57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6001600160a01b038181165f908152600460209081526040808320815160c08101835281549586168152600160a01b860461ffff1693810193909352600160b01b850463ffffffff169183019190915291928392906060830190600160d01b900460ff16600181111561063657610636611c7c565b600181111561064757610647611c7c565b81528154600160d81b900460ff1615156020820152600190910154604090910152608081015190915061067d57505f1992915050565b5f610688848361143a565b509050610695828261155d565b949350505050565b6001545f9060ff16156106b157505f919050565b5f6106bb836105c1565b90505f1981036106cb5792915050565b5f6106d584610a9b565b90508082116106e4575f610695565b6106958183611e00565b5f6106f881611597565b6001600160a01b0382165f90815260046020526040902054600160d81b900460ff1661074757604051631ca56ffd60e31b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b0382165f90815260046020908152604080832080546001600160e01b03191681556001018390556006909152812061078591611bc2565b6001600160a01b0382165f81815260056020526040808220829055517f4db6f4959b93000076f55f4266e43b5403c495ee56bff472fc26486c0a2262e09190a25050565b5f828152602081905260409020600101546107e381611597565b6107ed83836115a4565b50505050565b6001600160a01b038116331461081c5760405163334bd91960e11b815260040160405180910390fd5b6108268282611633565b505050565b5f81815260076020526040902080546001600160a01b0316610863576040516379ee13b960e11b81526004810183905260240161073e565b8054600160e01b900460ff1615610890576040516386732f8f60e01b81526004810183905260240161073e565b60015460ff16156108b4576040516322744eed60e21b815260040160405180910390fd5b8054600160a01b90046001600160401b0316421015610901578054604051631c056ef560e01b815260048101849052600160a01b9091046001600160401b0316602482015260440161073e565b805460ff60e01b198116600160e01b1782556003808301546001600160a01b039092165f908152602091909152604081208054909190610942908490611e00565b909155505060018101546003820154825461096b926001600160a01b039182169291169061169c565b6001810154815460038301546040519081526001600160a01b03928316929091169084907fae610782059fb48d1d227f6dc9d0db89bd9d8cd7e28a4c196130853b6d2d62589060200160405180910390a45050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001600160a01b038281165f90815260046020908152604091829020825160c08101845281549485168152600160a01b850461ffff1692810192909252600160b01b840463ffffffff1692820192909252916060830190600160d01b900460ff166001811115610a6357610a63611c7c565b6001811115610a7457610a74611c7c565b81528154600160d81b900460ff161515602082015260019091015460409091015292915050565b6001600160a01b038181165f908152600460209081526040808320815160c08101835281549586168152600160a01b860461ffff1693810193909352600160b01b850463ffffffff169183019190915291928392906060830190600160d01b900460ff166001811115610b1057610b10611c7c565b6001811115610b2157610b21611c7c565b81528154600160d81b900460ff16151560208201526001909101546040909101526080810151909150610b5657505f92915050565b610b648382604001516116d1565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041610bbd81611597565b60015460ff1615610be15760405163014b51f560e51b815260040160405180910390fd5b6001805460ff19168117905560405133907f40235fda6a583946dbf5dcc11945918ff1e7f4d8466b2567708cc149e7c4bacc905f90a250565b5f610c2481611597565b5f82815260076020526040902080546001600160a01b0316610c5c576040516379ee13b960e11b81526004810184905260240161073e565b8054600160e01b900460ff1615610c89576040516386732f8f60e01b81526004810184905260240161073e565b805460ff60e01b198116600160e01b1782556003808301546001600160a01b039092165f908152602091909152604081208054909190610cca908490611e00565b9091555050600281015460038201548254610cf3926001600160a01b039182169291169061169c565b6002810154815460038301546040519081526001600160a01b03928316929091169085907f1404aa5d97262fb36394218b0cc014e619650950c8a42d0e9d544044c392325b9060200160405180910390a4505050565b5f610d5381611597565b6001600160a01b0387161580610d7057506001600160a01b038616155b15610d8e5760405163d92e233d60e01b815260040160405180910390fd5b6127108561ffff161180610dad575061ffff8516158015610dad575083155b15610dd85760405163b1040d2960e01b815261ffff861660048201526024810185905260440161073e565b600c8363ffffffff161080610dfc5750610df9600c63ffffffff8516611e27565b15155b15610e2257604051630ee2ae5160e41b815263ffffffff8416600482015260240161073e565b6001600160a01b0387165f9081526004602052604090205463ffffffff848116600160b01b9092041614610e70576001600160a01b0387165f908152600660205260408120610e7091611bc2565b6040518060c00160405280876001600160a01b031681526020018661ffff1681526020018463ffffffff168152602001836001811115610eb257610eb2611c7c565b81526001602080830182905260409283018890526001600160a01b03808c165f9081526004835284902085518154938701519587015163ffffffff16600160b01b0263ffffffff60b01b1961ffff909716600160a01b026001600160b01b031990951691909316179290921793841681178255606085015191939192849260ff60d01b1990921664ffffffffff60b01b199092169190911790600160d01b908490811115610f6257610f62611c7c565b021790555060808201518154901515600160d81b0260ff60d81b1990911617815560a0909101516001909101556001600160a01b0387165f8181526005602052604080822091909155517f06ed64d7b3f198e2cac7ab86aee3d6bf8287e564e016e2969194b68a454be7e490610fe19089908990899089908990611e3a565b60405180910390a250505050505050565b5f8281526020819052604090206001015461100c81611597565b6107ed8383611633565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161104081611597565b60015460ff1661106357604051635756a32160e01b815260040160405180910390fd5b6001805460ff1916905560405133907f162f46783fcc741c289a7af5bd16474ace09d7e8a9d5fe1ac0d37b12afc0ccac905f90a250565b5f7f5ec266e2dcd7dcc2ccf76e1151115cf73cb37330cb63fe2d5c3ec4bab9b807f76110c581611597565b835f036110d557600191506113bc565b6001600160a01b038581165f908152600460209081526040808320815160c08101835281549586168152600160a01b860461ffff1693810193909352600160b01b850463ffffffff169183019190915291929091906060830190600160d01b900460ff16600181111561114a5761114a611c7c565b600181111561115b5761115b611c7c565b8152815460ff600160d81b909104811615156020830152600192830154604090920191909152905491925016156111e557806080015115806111b257506001816060015160018111156111b0576111b0611c7c565b145b156111d0576040516322744eed60e21b815260040160405180910390fd5b6111dc8686865f611799565b5f9250506113bc565b80608001516111f85760019250506113bc565b5f5f611204888461143a565b91509150801561129e576040805180820182526001600160c01b0380851682526001600160401b0342811660208085019182526001600160a01b038e165f81815260059092529086902094519151909216600160c01b0292169190911790915590517f18531782a214e5c5890d331063158b85fa6113bed7bd5822b98e85e6c5799b1f906112959085815260200190565b60405180910390a25b5f6112a9848461155d565b90505f6112ba8a86604001516116d1565b90505f8183116112ca575f6112d4565b6112d48284611e00565b9050808a1115611347576001866060015160018111156112f6576112f6611c7c565b0361132d576040516310a7b17960e31b81526001600160a01b038c166004820152602481018b90526044810182905260640161073e565b6113398b8b8b84611799565b5f97505050505050506113bc565b6113568b8b88604001516119ab565b6001600160a01b03808a169033908d167fe72303e75e27e97b196f0fe70cef834dd79b965a1bcdf519f3ca48fad96566958d6113928188611e7e565b604080519283526020830191909152810188905260600160405180910390a4600197505050505050505b509392505050565b5f6113ce81611597565b6001546040805163ffffffff6101009093048316815291841660208301527f2bdfdb427780c8e0905e3b830418d32910f92d15585dd4d62a3139e7b3fd3102910160405180910390a1506001805463ffffffff9092166101000264ffffffff0019909216919091179055565b6001600160a01b0382165f9081526005602090815260408083208151808301909252546001600160c01b0381168252600160c01b90046001600160401b03169181018290528291158015906114b05750836040015163ffffffff1681602001516001600160401b03166114ad9190611e7e565b42105b156114c957516001600160c01b031691505f9050611556565b83516040516370a0823160e01b81526001600160a01b039182166004820152908616906370a0823190602401602060405180830381865afa158015611510573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115349190611e91565b92506001600160c01b03831115611550576001600160c01b0392505b50600190505b9250929050565b5f5f612710846020015161ffff16846115769190611ea8565b6115809190611ebf565b90508360a001518111610b64578360a00151610695565b6115a18133611ab7565b50565b5f6115af8383610b6b565b61162c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556115e43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105bb565b505f6105bb565b5f61163e8383610b6b565b1561162c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105bb565b6116a98383836001611af4565b61082657604051635274afe760e01b81526001600160a01b038416600482015260240161073e565b5f806116e4600c63ffffffff8516611ebf565b6116ee9042611ebf565b6001600160a01b0385165f9081526006602052604081209192505b600c811015611790575f8282600c811061172557611725611ed2565b604080518082019091529101546001600160401b038116808352600160401b9091046001600160c01b03166020830152909150849061176690600c90611e7e565b1115611787576020810151611784906001600160c01b031686611e7e565b94505b50600101611709565b50505092915050565b5f60025f81546117a890611ee6565b91829055506001549091505f906117ca90610100900463ffffffff1642611efe565b90506040518060c00160405280876001600160a01b03168152602001826001600160401b031681526020015f15158152602001856001600160a01b03168152602001336001600160a01b031681526020018681525060075f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506080820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a082015181600301559050508460035f886001600160a01b03166001600160a01b031681526020019081526020015f205f82825461193c9190611e7e565b909155505060408051338152602081018790529081018490526001600160401b03821660608201526001600160a01b03808616919088169084907fd2b91d847374418848784925e0edcc68712a877cf49cb8b338ca79729d7876f59060800160405180910390a4505050505050565b5f6119bd600c63ffffffff8416611ebf565b6119c79042611ebf565b6001600160a01b0385165f908152600660205260408120919250906119ed600c84611e27565b600c81106119fd576119fd611ed2565b0180549091506001600160401b03168214611a6757611a1b82611b56565b815467ffffffffffffffff19166001600160401b0391909116178155611a4084611b8f565b81546001600160c01b0391909116600160401b026001600160401b03909116178155611ab0565b8054611a8d90611a88908690600160401b90046001600160c01b0316611e7e565b611b8f565b81546001600160c01b0391909116600160401b026001600160401b039091161781555b5050505050565b611ac18282610b6b565b611af05760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161073e565b5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611b4a578383151615611b3e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6001600160401b03821115611b8b57604080516306dfcc6560e41b815260048101919091526024810183905260440161073e565b5090565b5f6001600160c01b03821115611b8b576040516306dfcc6560e41b815260c060048201526024810183905260440161073e565b506115a190600c8101905b80821115611b8b575f8155600101611bcd565b5f60208284031215611bf0575f5ffd5b81356001600160e01b031981168114610b64575f5ffd5b80356001600160a01b0381168114611c1d575f5ffd5b919050565b5f60208284031215611c32575f5ffd5b610b6482611c07565b5f60208284031215611c4b575f5ffd5b5035919050565b5f5f60408385031215611c63575f5ffd5b82359150611c7360208401611c07565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60028110611cac57634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815260208083015161ffff169082015260408083015163ffffffff169082015260608083015160c0830191611cf290840182611c90565b5060808301511515608083015260a083015160a083015292915050565b803563ffffffff81168114611c1d575f5ffd5b5f5f5f5f5f5f60c08789031215611d37575f5ffd5b611d4087611c07565b9550611d4e60208801611c07565b9450604087013561ffff81168114611d64575f5ffd5b935060608701359250611d7960808801611d0f565b915060a087013560028110611d8c575f5ffd5b809150509295509295509295565b5f5f5f60608486031215611dac575f5ffd5b611db584611c07565b925060208401359150611dca60408501611c07565b90509250925092565b5f60208284031215611de3575f5ffd5b610b6482611d0f565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105bb576105bb611dec565b634e487b7160e01b5f52601260045260245ffd5b5f82611e3557611e35611e13565b500690565b6001600160a01b038616815261ffff851660208201526040810184905263ffffffff8316606082015260a08101611e746080830184611c90565b9695505050505050565b808201808211156105bb576105bb611dec565b5f60208284031215611ea1575f5ffd5b5051919050565b80820281158282048414176105bb576105bb611dec565b5f82611ecd57611ecd611e13565b500490565b634e487b7160e01b5f52603260045260245ffd5b5f60018201611ef757611ef7611dec565b5060010190565b6001600160401b0381811683821601908111156105bb576105bb611dec56fea26469706673582212206822a107a44535dc03b6823f7e7af403fd5cb6fc19df3ed3029eb3989f4f512a64736f6c634300081e0033",
}

// CircuitBreaker is an auto generated Go binding around an Ethereum contract.
type CircuitBreaker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CircuitBreaker) GetABI() abi.ABI {
	return c.abi
}

// NewCircuitBreaker creates a new instance of CircuitBreaker.
func NewCircuitBreaker() *CircuitBreaker {
	parsed, err := CircuitBreakerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CircuitBreaker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CircuitBreaker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint32 cooldown_) returns()
func (circuitBreaker *CircuitBreaker) PackConstructor(admin common.Address, cooldown_ uint32) []byte {
	enc, err := circuitBreaker.abi.Pack("", admin, cooldown_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBUCKETS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04491038.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BUCKETS() view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackBUCKETS() []byte {
	enc, err := circuitBreaker.abi.Pack("BUCKETS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBUCKETS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04491038.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BUCKETS() view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackBUCKETS() ([]byte, error) {
	return circuitBreaker.abi.Pack("BUCKETS")
}

// UnpackBUCKETS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04491038.
//
// Solidity: function BUCKETS() view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackBUCKETS(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("BUCKETS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) PackDEFAULTADMINROLE() []byte {
	enc, err := circuitBreaker.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (circuitBreaker *CircuitBreaker) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return circuitBreaker.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := circuitBreaker.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (circuitBreaker *CircuitBreaker) PackGUARDIANROLE() []byte {
	enc, err := circuitBreaker.abi.Pack("GUARDIAN_ROLE")
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
func (circuitBreaker *CircuitBreaker) TryPackGUARDIANROLE() ([]byte, error) {
	return circuitBreaker.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := circuitBreaker.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROTECTEDROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x858f2440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROTECTED_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) PackPROTECTEDROLE() []byte {
	enc, err := circuitBreaker.abi.Pack("PROTECTED_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROTECTEDROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x858f2440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROTECTED_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) TryPackPROTECTEDROLE() ([]byte, error) {
	return circuitBreaker.abi.Pack("PROTECTED_ROLE")
}

// UnpackPROTECTEDROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x858f2440.
//
// Solidity: function PROTECTED_ROLE() view returns(bytes32)
func (circuitBreaker *CircuitBreaker) UnpackPROTECTEDROLE(data []byte) ([32]byte, error) {
	out, err := circuitBreaker.abi.Unpack("PROTECTED_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10098ad5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function available(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackAvailable(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("available", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10098ad5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function available(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackAvailable(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("available", token)
}

// UnpackAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10098ad5.
//
// Solidity: function available(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackAvailable(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("available", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 id) returns()
func (circuitBreaker *CircuitBreaker) PackClaim(id *big.Int) []byte {
	enc, err := circuitBreaker.abi.Pack("claim", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 id) returns()
func (circuitBreaker *CircuitBreaker) TryPackClaim(id *big.Int) ([]byte, error) {
	return circuitBreaker.abi.Pack("claim", id)
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount() view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackClaimCount() []byte {
	enc, err := circuitBreaker.abi.Pack("claimCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCount() view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackClaimCount() ([]byte, error) {
	return circuitBreaker.abi.Pack("claimCount")
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackClaimCount(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("claimCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c362233.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimInfo(uint256 id) view returns((address,uint64,bool,address,address,uint256))
func (circuitBreaker *CircuitBreaker) PackClaimInfo(id *big.Int) []byte {
	enc, err := circuitBreaker.abi.Pack("claimInfo", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c362233.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimInfo(uint256 id) view returns((address,uint64,bool,address,address,uint256))
func (circuitBreaker *CircuitBreaker) TryPackClaimInfo(id *big.Int) ([]byte, error) {
	return circuitBreaker.abi.Pack("claimInfo", id)
}

// UnpackClaimInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c362233.
//
// Solidity: function claimInfo(uint256 id) view returns((address,uint64,bool,address,address,uint256))
func (circuitBreaker *CircuitBreaker) UnpackClaimInfo(data []byte) (CircuitBreakerClaim, error) {
	out, err := circuitBreaker.abi.Unpack("claimInfo", data)
	if err != nil {
		return *new(CircuitBreakerClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(CircuitBreakerClaim)).(*CircuitBreakerClaim)
	return out0, nil
}

// PackCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787a08a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cooldown() view returns(uint32)
func (circuitBreaker *CircuitBreaker) PackCooldown() []byte {
	enc, err := circuitBreaker.abi.Pack("cooldown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787a08a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cooldown() view returns(uint32)
func (circuitBreaker *CircuitBreaker) TryPackCooldown() ([]byte, error) {
	return circuitBreaker.abi.Pack("cooldown")
}

// UnpackCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x787a08a6.
//
// Solidity: function cooldown() view returns(uint32)
func (circuitBreaker *CircuitBreaker) UnpackCooldown(data []byte) (uint32, error) {
	out, err := circuitBreaker.abi.Unpack("cooldown", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCurrentLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a53d927.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentLimit(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackCurrentLimit(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("currentLimit", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a53d927.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentLimit(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackCurrentLimit(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("currentLimit", token)
}

// UnpackCurrentLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a53d927.
//
// Solidity: function currentLimit(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackCurrentLimit(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("currentLimit", data)
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
func (circuitBreaker *CircuitBreaker) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := circuitBreaker.abi.Pack("getRoleAdmin", role)
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
func (circuitBreaker *CircuitBreaker) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return circuitBreaker.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (circuitBreaker *CircuitBreaker) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := circuitBreaker.abi.Unpack("getRoleAdmin", data)
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
func (circuitBreaker *CircuitBreaker) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("grantRole", role, account)
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
func (circuitBreaker *CircuitBreaker) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (circuitBreaker *CircuitBreaker) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("hasRole", role, account)
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
func (circuitBreaker *CircuitBreaker) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (circuitBreaker *CircuitBreaker) UnpackHasRole(data []byte) (bool, error) {
	out, err := circuitBreaker.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLimitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x546a2ca4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function limitOf(address token) view returns((address,uint16,uint32,uint8,bool,uint256))
func (circuitBreaker *CircuitBreaker) PackLimitOf(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("limitOf", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLimitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x546a2ca4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function limitOf(address token) view returns((address,uint16,uint32,uint8,bool,uint256))
func (circuitBreaker *CircuitBreaker) TryPackLimitOf(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("limitOf", token)
}

// UnpackLimitOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x546a2ca4.
//
// Solidity: function limitOf(address token) view returns((address,uint16,uint32,uint8,bool,uint256))
func (circuitBreaker *CircuitBreaker) UnpackLimitOf(data []byte) (CircuitBreakerLimit, error) {
	out, err := circuitBreaker.abi.Unpack("limitOf", data)
	if err != nil {
		return *new(CircuitBreakerLimit), err
	}
	out0 := *abi.ConvertType(out[0], new(CircuitBreakerLimit)).(*CircuitBreakerLimit)
	return out0, nil
}

// PackLockedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa153e708.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedAmount(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackLockedAmount(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("lockedAmount", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa153e708.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedAmount(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackLockedAmount(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("lockedAmount", token)
}

// UnpackLockedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa153e708.
//
// Solidity: function lockedAmount(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackLockedAmount(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("lockedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf79c01a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onOutflow(address token, uint256 amount, address recipient) returns(bool release)
func (circuitBreaker *CircuitBreaker) PackOnOutflow(token common.Address, amount *big.Int, recipient common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("onOutflow", token, amount, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf79c01a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onOutflow(address token, uint256 amount, address recipient) returns(bool release)
func (circuitBreaker *CircuitBreaker) TryPackOnOutflow(token common.Address, amount *big.Int, recipient common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("onOutflow", token, amount, recipient)
}

// UnpackOnOutflow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf79c01a6.
//
// Solidity: function onOutflow(address token, uint256 amount, address recipient) returns(bool release)
func (circuitBreaker *CircuitBreaker) UnpackOnOutflow(data []byte) (bool, error) {
	out, err := circuitBreaker.abi.Unpack("onOutflow", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b99a8df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLimit(address token) returns()
func (circuitBreaker *CircuitBreaker) PackRemoveLimit(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("removeLimit", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b99a8df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeLimit(address token) returns()
func (circuitBreaker *CircuitBreaker) TryPackRemoveLimit(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("removeLimit", token)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (circuitBreaker *CircuitBreaker) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("renounceRole", role, callerConfirmation)
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
func (circuitBreaker *CircuitBreaker) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reset() returns()
func (circuitBreaker *CircuitBreaker) PackReset() []byte {
	enc, err := circuitBreaker.abi.Pack("reset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reset() returns()
func (circuitBreaker *CircuitBreaker) TryPackReset() ([]byte, error) {
	return circuitBreaker.abi.Pack("reset")
}

// PackRevokeClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc21d89dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeClaim(uint256 id) returns()
func (circuitBreaker *CircuitBreaker) PackRevokeClaim(id *big.Int) []byte {
	enc, err := circuitBreaker.abi.Pack("revokeClaim", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc21d89dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeClaim(uint256 id) returns()
func (circuitBreaker *CircuitBreaker) TryPackRevokeClaim(id *big.Int) ([]byte, error) {
	return circuitBreaker.abi.Pack("revokeClaim", id)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (circuitBreaker *CircuitBreaker) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("revokeRole", role, account)
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
func (circuitBreaker *CircuitBreaker) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("revokeRole", role, account)
}

// PackSetCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8718c5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCooldown(uint32 cooldown_) returns()
func (circuitBreaker *CircuitBreaker) PackSetCooldown(cooldown uint32) []byte {
	enc, err := circuitBreaker.abi.Pack("setCooldown", cooldown)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8718c5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCooldown(uint32 cooldown_) returns()
func (circuitBreaker *CircuitBreaker) TryPackSetCooldown(cooldown uint32) ([]byte, error) {
	return circuitBreaker.abi.Pack("setCooldown", cooldown)
}

// PackSetLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28a3b97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLimit(address token, address vault, uint16 shareBps, uint256 baseAllowance, uint32 window, uint8 mode) returns()
func (circuitBreaker *CircuitBreaker) PackSetLimit(token common.Address, vault common.Address, shareBps uint16, baseAllowance *big.Int, window uint32, mode uint8) []byte {
	enc, err := circuitBreaker.abi.Pack("setLimit", token, vault, shareBps, baseAllowance, window, mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28a3b97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLimit(address token, address vault, uint16 shareBps, uint256 baseAllowance, uint32 window, uint8 mode) returns()
func (circuitBreaker *CircuitBreaker) TryPackSetLimit(token common.Address, vault common.Address, shareBps uint16, baseAllowance *big.Int, window uint32, mode uint8) ([]byte, error) {
	return circuitBreaker.abi.Pack("setLimit", token, vault, shareBps, baseAllowance, window, mode)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (circuitBreaker *CircuitBreaker) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := circuitBreaker.abi.Pack("supportsInterface", interfaceId)
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
func (circuitBreaker *CircuitBreaker) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return circuitBreaker.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (circuitBreaker *CircuitBreaker) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := circuitBreaker.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTrip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb518ba29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trip() returns()
func (circuitBreaker *CircuitBreaker) PackTrip() []byte {
	enc, err := circuitBreaker.abi.Pack("trip")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb518ba29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trip() returns()
func (circuitBreaker *CircuitBreaker) TryPackTrip() ([]byte, error) {
	return circuitBreaker.abi.Pack("trip")
}

// PackTripped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7a5e12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tripped() view returns(bool)
func (circuitBreaker *CircuitBreaker) PackTripped() []byte {
	enc, err := circuitBreaker.abi.Pack("tripped")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTripped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7a5e12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tripped() view returns(bool)
func (circuitBreaker *CircuitBreaker) TryPackTripped() ([]byte, error) {
	return circuitBreaker.abi.Pack("tripped")
}

// UnpackTripped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d7a5e12.
//
// Solidity: function tripped() view returns(bool)
func (circuitBreaker *CircuitBreaker) UnpackTripped(data []byte) (bool, error) {
	out, err := circuitBreaker.abi.Unpack("tripped", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTvlSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa854c798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tvlSnapshot(address token) view returns(uint256 tvl, uint64 takenAt)
func (circuitBreaker *CircuitBreaker) PackTvlSnapshot(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("tvlSnapshot", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTvlSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa854c798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tvlSnapshot(address token) view returns(uint256 tvl, uint64 takenAt)
func (circuitBreaker *CircuitBreaker) TryPackTvlSnapshot(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("tvlSnapshot", token)
}

// TvlSnapshotOutput serves as a container for the return parameters of contract
// method TvlSnapshot.
type TvlSnapshotOutput struct {
	Tvl     *big.Int
	TakenAt uint64
}

// UnpackTvlSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa854c798.
//
// Solidity: function tvlSnapshot(address token) view returns(uint256 tvl, uint64 takenAt)
func (circuitBreaker *CircuitBreaker) UnpackTvlSnapshot(data []byte) (TvlSnapshotOutput, error) {
	out, err := circuitBreaker.abi.Unpack("tvlSnapshot", data)
	outstruct := new(TvlSnapshotOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Tvl = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TakenAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackWindowOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e19f174.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function windowOutflow(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) PackWindowOutflow(token common.Address) []byte {
	enc, err := circuitBreaker.abi.Pack("windowOutflow", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWindowOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e19f174.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function windowOutflow(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) TryPackWindowOutflow(token common.Address) ([]byte, error) {
	return circuitBreaker.abi.Pack("windowOutflow", token)
}

// UnpackWindowOutflow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e19f174.
//
// Solidity: function windowOutflow(address token) view returns(uint256)
func (circuitBreaker *CircuitBreaker) UnpackWindowOutflow(data []byte) (*big.Int, error) {
	out, err := circuitBreaker.abi.Unpack("windowOutflow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CircuitBreakerClaimRevoked represents a ClaimRevoked event raised by the CircuitBreaker contract.
type CircuitBreakerClaimRevoked struct {
	ClaimId *big.Int
	Token   common.Address
	Source  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerClaimRevokedEventName = "ClaimRevoked"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerClaimRevoked) ContractEventName() string {
	return CircuitBreakerClaimRevokedEventName
}

// UnpackClaimRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRevoked(uint256 indexed claimId, address indexed token, address indexed source, uint256 amount)
func (circuitBreaker *CircuitBreaker) UnpackClaimRevokedEvent(log *types.Log) (*CircuitBreakerClaimRevoked, error) {
	event := "ClaimRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerClaimRevoked)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerCooldownSet represents a CooldownSet event raised by the CircuitBreaker contract.
type CircuitBreakerCooldownSet struct {
	Previous uint32
	Current  uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerCooldownSetEventName = "CooldownSet"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerCooldownSet) ContractEventName() string {
	return CircuitBreakerCooldownSetEventName
}

// UnpackCooldownSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CooldownSet(uint32 previous, uint32 current)
func (circuitBreaker *CircuitBreaker) UnpackCooldownSetEvent(log *types.Log) (*CircuitBreakerCooldownSet, error) {
	event := "CooldownSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerCooldownSet)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerLimitRemoved represents a LimitRemoved event raised by the CircuitBreaker contract.
type CircuitBreakerLimitRemoved struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerLimitRemovedEventName = "LimitRemoved"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerLimitRemoved) ContractEventName() string {
	return CircuitBreakerLimitRemovedEventName
}

// UnpackLimitRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LimitRemoved(address indexed token)
func (circuitBreaker *CircuitBreaker) UnpackLimitRemovedEvent(log *types.Log) (*CircuitBreakerLimitRemoved, error) {
	event := "LimitRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerLimitRemoved)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerLimitSet represents a LimitSet event raised by the CircuitBreaker contract.
type CircuitBreakerLimitSet struct {
	Token         common.Address
	Vault         common.Address
	ShareBps      uint16
	BaseAllowance *big.Int
	Window        uint32
	Mode          uint8
	Raw           *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerLimitSetEventName = "LimitSet"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerLimitSet) ContractEventName() string {
	return CircuitBreakerLimitSetEventName
}

// UnpackLimitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LimitSet(address indexed token, address vault, uint16 shareBps, uint256 baseAllowance, uint32 window, uint8 mode)
func (circuitBreaker *CircuitBreaker) UnpackLimitSetEvent(log *types.Log) (*CircuitBreakerLimitSet, error) {
	event := "LimitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerLimitSet)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerOutflowClaimed represents a OutflowClaimed event raised by the CircuitBreaker contract.
type CircuitBreakerOutflowClaimed struct {
	ClaimId   *big.Int
	Token     common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerOutflowClaimedEventName = "OutflowClaimed"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerOutflowClaimed) ContractEventName() string {
	return CircuitBreakerOutflowClaimedEventName
}

// UnpackOutflowClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutflowClaimed(uint256 indexed claimId, address indexed token, address indexed recipient, uint256 amount)
func (circuitBreaker *CircuitBreaker) UnpackOutflowClaimedEvent(log *types.Log) (*CircuitBreakerOutflowClaimed, error) {
	event := "OutflowClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerOutflowClaimed)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerOutflowDelayed represents a OutflowDelayed event raised by the CircuitBreaker contract.
type CircuitBreakerOutflowDelayed struct {
	ClaimId   *big.Int
	Token     common.Address
	Recipient common.Address
	Source    common.Address
	Amount    *big.Int
	Available *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerOutflowDelayedEventName = "OutflowDelayed"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerOutflowDelayed) ContractEventName() string {
	return CircuitBreakerOutflowDelayedEventName
}

// UnpackOutflowDelayedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutflowDelayed(uint256 indexed claimId, address indexed token, address indexed recipient, address source, uint256 amount, uint256 available, uint64 releaseAt)
func (circuitBreaker *CircuitBreaker) UnpackOutflowDelayedEvent(log *types.Log) (*CircuitBreakerOutflowDelayed, error) {
	event := "OutflowDelayed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerOutflowDelayed)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerOutflowRecorded represents a OutflowRecorded event raised by the CircuitBreaker contract.
type CircuitBreakerOutflowRecorded struct {
	Token         common.Address
	Source        common.Address
	Recipient     common.Address
	Amount        *big.Int
	WindowOutflow *big.Int
	Limit         *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerOutflowRecordedEventName = "OutflowRecorded"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerOutflowRecorded) ContractEventName() string {
	return CircuitBreakerOutflowRecordedEventName
}

// UnpackOutflowRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutflowRecorded(address indexed token, address indexed source, address indexed recipient, uint256 amount, uint256 windowOutflow, uint256 limit)
func (circuitBreaker *CircuitBreaker) UnpackOutflowRecordedEvent(log *types.Log) (*CircuitBreakerOutflowRecorded, error) {
	event := "OutflowRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerOutflowRecorded)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerReset represents a Reset event raised by the CircuitBreaker contract.
type CircuitBreakerReset struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerResetEventName = "Reset"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerReset) ContractEventName() string {
	return CircuitBreakerResetEventName
}

// UnpackResetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reset(address indexed by)
func (circuitBreaker *CircuitBreaker) UnpackResetEvent(log *types.Log) (*CircuitBreakerReset, error) {
	event := "Reset"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerReset)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerRoleAdminChanged represents a RoleAdminChanged event raised by the CircuitBreaker contract.
type CircuitBreakerRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerRoleAdminChanged) ContractEventName() string {
	return CircuitBreakerRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (circuitBreaker *CircuitBreaker) UnpackRoleAdminChangedEvent(log *types.Log) (*CircuitBreakerRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerRoleGranted represents a RoleGranted event raised by the CircuitBreaker contract.
type CircuitBreakerRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerRoleGranted) ContractEventName() string {
	return CircuitBreakerRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (circuitBreaker *CircuitBreaker) UnpackRoleGrantedEvent(log *types.Log) (*CircuitBreakerRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerRoleGranted)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerRoleRevoked represents a RoleRevoked event raised by the CircuitBreaker contract.
type CircuitBreakerRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerRoleRevoked) ContractEventName() string {
	return CircuitBreakerRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (circuitBreaker *CircuitBreaker) UnpackRoleRevokedEvent(log *types.Log) (*CircuitBreakerRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerRoleRevoked)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerTripped represents a Tripped event raised by the CircuitBreaker contract.
type CircuitBreakerTripped struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerTrippedEventName = "Tripped"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerTripped) ContractEventName() string {
	return CircuitBreakerTrippedEventName
}

// UnpackTrippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Tripped(address indexed by)
func (circuitBreaker *CircuitBreaker) UnpackTrippedEvent(log *types.Log) (*CircuitBreakerTripped, error) {
	event := "Tripped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerTripped)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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

// CircuitBreakerTvlSnapshotTaken represents a TvlSnapshotTaken event raised by the CircuitBreaker contract.
type CircuitBreakerTvlSnapshotTaken struct {
	Token common.Address
	Tvl   *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CircuitBreakerTvlSnapshotTakenEventName = "TvlSnapshotTaken"

// ContractEventName returns the user-defined event name.
func (CircuitBreakerTvlSnapshotTaken) ContractEventName() string {
	return CircuitBreakerTvlSnapshotTakenEventName
}

// UnpackTvlSnapshotTakenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TvlSnapshotTaken(address indexed token, uint256 tvl)
func (circuitBreaker *CircuitBreaker) UnpackTvlSnapshotTakenEvent(log *types.Log) (*CircuitBreakerTvlSnapshotTaken, error) {
	event := "TvlSnapshotTaken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != circuitBreaker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CircuitBreakerTvlSnapshotTaken)
	if len(log.Data) > 0 {
		if err := circuitBreaker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range circuitBreaker.abi.Events[event].Inputs {
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
func (circuitBreaker *CircuitBreaker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["AlreadyTripped"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackAlreadyTrippedError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["BreakerTripped"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackBreakerTrippedError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["ClaimAlreadySettled"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackClaimAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["ClaimNotReady"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackClaimNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["InvalidLimit"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackInvalidLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["InvalidWindow"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackInvalidWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["NoLimit"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackNoLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["NotTripped"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackNotTrippedError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["RateLimitExceeded"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackRateLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["UnknownClaim"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackUnknownClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], circuitBreaker.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return circuitBreaker.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CircuitBreakerAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CircuitBreaker contract.
type CircuitBreakerAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CircuitBreakerAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (circuitBreaker *CircuitBreaker) UnpackAccessControlBadConfirmationError(raw []byte) (*CircuitBreakerAccessControlBadConfirmation, error) {
	out := new(CircuitBreakerAccessControlBadConfirmation)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CircuitBreaker contract.
type CircuitBreakerAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CircuitBreakerAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (circuitBreaker *CircuitBreaker) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CircuitBreakerAccessControlUnauthorizedAccount, error) {
	out := new(CircuitBreakerAccessControlUnauthorizedAccount)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerAlreadyTripped represents a AlreadyTripped error raised by the CircuitBreaker contract.
type CircuitBreakerAlreadyTripped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyTripped()
func CircuitBreakerAlreadyTrippedErrorID() common.Hash {
	return common.HexToHash("0x296a3ea03e348ed1b8ca04b123f0a5a5c93386118e7c297991ca28cc03437fb8")
}

// UnpackAlreadyTrippedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyTripped()
func (circuitBreaker *CircuitBreaker) UnpackAlreadyTrippedError(raw []byte) (*CircuitBreakerAlreadyTripped, error) {
	out := new(CircuitBreakerAlreadyTripped)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "AlreadyTripped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerBreakerTripped represents a BreakerTripped error raised by the CircuitBreaker contract.
type CircuitBreakerBreakerTripped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BreakerTripped()
func CircuitBreakerBreakerTrippedErrorID() common.Hash {
	return common.HexToHash("0x89d13bb49725ed11962b4717339b000a206188adb34b6d251a8dc0d66cd2c598")
}

// UnpackBreakerTrippedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BreakerTripped()
func (circuitBreaker *CircuitBreaker) UnpackBreakerTrippedError(raw []byte) (*CircuitBreakerBreakerTripped, error) {
	out := new(CircuitBreakerBreakerTripped)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "BreakerTripped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerClaimAlreadySettled represents a ClaimAlreadySettled error raised by the CircuitBreaker contract.
type CircuitBreakerClaimAlreadySettled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadySettled(uint256 id)
func CircuitBreakerClaimAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x86732f8f03d81faf0fadfaec79565b2077d20997ade947b7870593d9c11791a8")
}

// UnpackClaimAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadySettled(uint256 id)
func (circuitBreaker *CircuitBreaker) UnpackClaimAlreadySettledError(raw []byte) (*CircuitBreakerClaimAlreadySettled, error) {
	out := new(CircuitBreakerClaimAlreadySettled)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "ClaimAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerClaimNotReady represents a ClaimNotReady error raised by the CircuitBreaker contract.
type CircuitBreakerClaimNotReady struct {
	Id        *big.Int
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotReady(uint256 id, uint64 releaseAt)
func CircuitBreakerClaimNotReadyErrorID() common.Hash {
	return common.HexToHash("0x1c056ef5a98fd1ee7a7cd8a542464760f60fa2c0dccb3d2c41a89ec21ec6b8a0")
}

// UnpackClaimNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotReady(uint256 id, uint64 releaseAt)
func (circuitBreaker *CircuitBreaker) UnpackClaimNotReadyError(raw []byte) (*CircuitBreakerClaimNotReady, error) {
	out := new(CircuitBreakerClaimNotReady)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "ClaimNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerInvalidLimit represents a InvalidLimit error raised by the CircuitBreaker contract.
type CircuitBreakerInvalidLimit struct {
	ShareBps      uint16
	BaseAllowance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLimit(uint16 shareBps, uint256 baseAllowance)
func CircuitBreakerInvalidLimitErrorID() common.Hash {
	return common.HexToHash("0xb1040d29ddf61c97eeb0d69998876a09819f0b8a65bcea9ae427fceecd3819f0")
}

// UnpackInvalidLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLimit(uint16 shareBps, uint256 baseAllowance)
func (circuitBreaker *CircuitBreaker) UnpackInvalidLimitError(raw []byte) (*CircuitBreakerInvalidLimit, error) {
	out := new(CircuitBreakerInvalidLimit)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "InvalidLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerInvalidWindow represents a InvalidWindow error raised by the CircuitBreaker contract.
type CircuitBreakerInvalidWindow struct {
	Window uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWindow(uint32 window)
func CircuitBreakerInvalidWindowErrorID() common.Hash {
	return common.HexToHash("0xee2ae5107d30143ce2d5277a3f24af0df7a0f20245e97122fe307bd3e872da9d")
}

// UnpackInvalidWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWindow(uint32 window)
func (circuitBreaker *CircuitBreaker) UnpackInvalidWindowError(raw []byte) (*CircuitBreakerInvalidWindow, error) {
	out := new(CircuitBreakerInvalidWindow)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "InvalidWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerNoLimit represents a NoLimit error raised by the CircuitBreaker contract.
type CircuitBreakerNoLimit struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoLimit(address token)
func CircuitBreakerNoLimitErrorID() common.Hash {
	return common.HexToHash("0xe52b7fe83174cc31d2933d813e4fb68c1681bfd5e2d678befa6ae0e100bd4439")
}

// UnpackNoLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoLimit(address token)
func (circuitBreaker *CircuitBreaker) UnpackNoLimitError(raw []byte) (*CircuitBreakerNoLimit, error) {
	out := new(CircuitBreakerNoLimit)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "NoLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerNotTripped represents a NotTripped error raised by the CircuitBreaker contract.
type CircuitBreakerNotTripped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTripped()
func CircuitBreakerNotTrippedErrorID() common.Hash {
	return common.HexToHash("0x5756a321b41121b6770ec07df7ba3595a1c787ad8b50d5266d295e0ead1a5409")
}

// UnpackNotTrippedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTripped()
func (circuitBreaker *CircuitBreaker) UnpackNotTrippedError(raw []byte) (*CircuitBreakerNotTripped, error) {
	out := new(CircuitBreakerNotTripped)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "NotTripped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerRateLimitExceeded represents a RateLimitExceeded error raised by the CircuitBreaker contract.
type CircuitBreakerRateLimitExceeded struct {
	Token     common.Address
	Amount    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimitExceeded(address token, uint256 amount, uint256 available)
func CircuitBreakerRateLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x853d8bc84624b52a1a6244e2d8e0961ad8035ee7ed75d6054cd4d49a2c247a42")
}

// UnpackRateLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimitExceeded(address token, uint256 amount, uint256 available)
func (circuitBreaker *CircuitBreaker) UnpackRateLimitExceededError(raw []byte) (*CircuitBreakerRateLimitExceeded, error) {
	out := new(CircuitBreakerRateLimitExceeded)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "RateLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CircuitBreaker contract.
type CircuitBreakerSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CircuitBreakerSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (circuitBreaker *CircuitBreaker) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CircuitBreakerSafeCastOverflowedUintDowncast, error) {
	out := new(CircuitBreakerSafeCastOverflowedUintDowncast)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CircuitBreaker contract.
type CircuitBreakerSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CircuitBreakerSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (circuitBreaker *CircuitBreaker) UnpackSafeERC20FailedOperationError(raw []byte) (*CircuitBreakerSafeERC20FailedOperation, error) {
	out := new(CircuitBreakerSafeERC20FailedOperation)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerUnknownClaim represents a UnknownClaim error raised by the CircuitBreaker contract.
type CircuitBreakerUnknownClaim struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClaim(uint256 id)
func CircuitBreakerUnknownClaimErrorID() common.Hash {
	return common.HexToHash("0xf3dc2772ad1b6f102be43b4e246474c67c59b2e25bcc633b2c1e8b0bbea918cc")
}

// UnpackUnknownClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClaim(uint256 id)
func (circuitBreaker *CircuitBreaker) UnpackUnknownClaimError(raw []byte) (*CircuitBreakerUnknownClaim, error) {
	out := new(CircuitBreakerUnknownClaim)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "UnknownClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CircuitBreakerZeroAddress represents a ZeroAddress error raised by the CircuitBreaker contract.
type CircuitBreakerZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CircuitBreakerZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (circuitBreaker *CircuitBreaker) UnpackZeroAddressError(raw []byte) (*CircuitBreakerZeroAddress, error) {
	out := new(CircuitBreakerZeroAddress)
	if err := circuitBreaker.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
