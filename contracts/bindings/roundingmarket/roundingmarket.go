// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package roundingmarket

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

// RoundingMarketMetaData contains all meta data concerning the RoundingMarket contract.
var RoundingMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"underlying_\",\"type\":\"address\"},{\"internalType\":\"contractRoundingComptroller\",\"name\":\"comptroller_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialExchangeRate_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientCash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RepayTooMuch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountBorrows\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalBorrows\",\"type\":\"uint256\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Mint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"redeemer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Redeem\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountBorrows\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalBorrows\",\"type\":\"uint256\"}],\"name\":\"RepayBorrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"borrowBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"comptroller\",\"outputs\":[{\"internalType\":\"contractRoundingComptroller\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccountSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialExchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"redeemUnderlying\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repayBorrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBorrows\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"underlying\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RoundingMarket",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161166238038061166283398101604081905261002e91610158565b8181600361003c8382610270565b5060046100498282610270565b505050600161006261005f61008060201b60201c565b90565b5550506001600160a01b03928316608052911660a05260c05261032a565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0090565b6001600160a01b03811681146100b8575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100de575f5ffd5b81516001600160401b038111156100f7576100f76100bb565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610125576101256100bb565b60405281815283820160200185101561013c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f60a0868803121561016c575f5ffd5b8551610177816100a4565b6020870151909550610188816100a4565b6040870151606088015191955093506001600160401b038111156101aa575f5ffd5b6101b6888289016100cf565b608088015190935090506001600160401b038111156101d3575f5ffd5b6101df888289016100cf565b9150509295509295909350565b600181811c9082168061020057607f821691505b60208210810361021e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026b57805f5260205f20601f840160051c810160208510156102495750805b601f840160051c820191505b81811015610268575f8155600101610255565b50505b505050565b81516001600160401b03811115610289576102896100bb565b61029d8161029784546101ec565b84610224565b6020601f8211600181146102cf575f83156102b85750848201515b5f19600385901b1c1916600184901b178455610268565b5f84815260208120601f198516915b828110156102fe57878501518255602094850194600190920191016102de565b508482101561031b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516112cf6103935f395f8181610247015261061301525f81816102080152818161083301528181610b420152610e8201525f818161026e015281816104880152818161058701528181610729015281816109110152610bed01526112cf5ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80636d019f35116100b4578063a0712d6811610079578063a0712d68146102d3578063a9059cbb146102e6578063c37f68e2146102f9578063c5ebeaec14610327578063db006a751461033a578063dd62ed3e1461034d575f5ffd5b80636d019f35146102425780636f307dc31461026957806370a0823114610290578063852a12e3146102b857806395d89b41146102cb575f5ffd5b8063313ce56711610105578063313ce567146101bc5780633b1d21a2146101cb5780633ba0b9a9146101d357806347bd3718146101db5780634d73e9ba146101e45780635fe3b56714610203575f5ffd5b806306fdde0314610141578063095ea7b31461015f5780630e7527021461018257806318160ddd1461019757806323b872dd146101a9575b5f5ffd5b610149610385565b60405161015691906110a0565b60405180910390f35b61017261016d3660046110f0565b610415565b6040519015158152602001610156565b610195610190366004611118565b61042e565b005b6002545b604051908152602001610156565b6101726101b736600461112f565b61054d565b60405160088152602001610156565b61019b610570565b61019b6105fd565b61019b60055481565b61019b6101f2366004611169565b60066020525f908152604090205481565b61022a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610156565b61019b7f000000000000000000000000000000000000000000000000000000000000000081565b61022a7f000000000000000000000000000000000000000000000000000000000000000081565b61019b61029e366004611169565b6001600160a01b03165f9081526020819052604090205490565b6101956102c6366004611118565b610670565b6101496106bb565b6101956102e1366004611118565b6106ca565b6101726102f43660046110f0565b6107ae565b61030c610307366004611169565b6107bb565b60408051938452602084019290925290820152606001610156565b610195610335366004611118565b610809565b610195610348366004611118565b61098b565b61019b61035b366004611189565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b606060038054610394906111ba565b80601f01602080910402602001604051908101604052809291908181526020018280546103c0906111ba565b801561040b5780601f106103e25761010080835404028352916020019161040b565b820191905f5260205f20905b8154815290600101906020018083116103ee57829003601f168201915b5050505050905090565b5f336104228185856109c1565b60019150505b92915050565b6104366109d3565b335f908152600660205260409020548082111561047b576040516398612d9d60e01b815233600482015260248101829052604481018390526064015b60405180910390fd5b6104b06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330856109ee565b6104ba8282611206565b335f90815260066020526040812091909155600580548492906104de908490611206565b90915550339050807f1a2a22cb034d26d1854bdc6666a5b91fe25efbbb5dcad3b0355478d6f5c362a1846105128186611206565b6005546040805193845260208401929092529082015260600160405180910390a35061054a60015f51602061127a5f395f51905f5255565b50565b5f3361055a858285610a2a565b610565858585610aa0565b506001949350505050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156105d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f89190611219565b905090565b5f5f61060860025490565b9050805f03610638577f000000000000000000000000000000000000000000000000000000000000000091505090565b80600554610644610570565b61064e9190611230565b61066090670de0b6b3a7640000611243565b61066a919061125a565b91505090565b6106786109d3565b6106a56106836105fd565b61069583670de0b6b3a7640000611243565b61069f919061125a565b82610afd565b61054a60015f51602061127a5f395f51905f5255565b606060048054610394906111ba565b6106d26109d3565b5f6106db6105fd565b6106ed83670de0b6b3a7640000611243565b6106f7919061125a565b9050805f0361071c57604051636e3699b760e11b815260048101839052602401610472565b6107516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330856109ee565b61075b3382610c54565b604080518381526020810183905233917f4c209b5fc8ad50758f13e2e1088ba56a560dff690a1c6fef26394f4c03821c4f91015b60405180910390a25061054a60015f51602061127a5f395f51905f5255565b5f33610422818585610aa0565b5f5f5f6107dc846001600160a01b03165f9081526020819052604090205490565b6001600160a01b0385165f908152600660205260409020546107fc6105fd565b9250925092509193909250565b6108116109d3565b60405163368f515360e21b8152306004820152336024820152604481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063da3d454c906064015f604051808303815f87803b15801561087c575f5ffd5b505af115801561088e573d5f5f3e3d5ffd5b505050505f61089b610570565b9050818110156108c85760405163c23240ad60e01b81526004810182905260248101839052604401610472565b335f90815260066020526040812080548492906108e6908490611230565b925050819055508160055f8282546108fe9190611230565b9091555061093890506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610c8c565b335f8181526006602090815260409182902054600554835187815292830191909152918101919091527f13ed6866d4e1ee6da46f845c46d7e54120883d75c5ea9a2dacc1c4ca8984ab809060600161078f565b6109936109d3565b6106a581670de0b6b3a76400006109a86105fd565b6109b29085611243565b6109bc919061125a565b610afd565b6109ce8383836001610cc1565b505050565b6109db610d93565b60025f51602061127a5f395f51905f5255565b6109fc848484846001610dc4565b610a2457604051635274afe760e01b81526001600160a01b0385166004820152602401610472565b50505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610a245781811015610a9257604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610472565b610a2484848484035f610cc1565b6001600160a01b038316610ac957604051634b637e8f60e11b81525f6004820152602401610472565b6001600160a01b038216610af25760405163ec442f0560e01b81525f6004820152602401610472565b6109ce838383610e31565b815f03610b2057604051636e3699b760e11b815260048101829052602401610472565b60405163eabe7d9160e01b8152306004820152336024820152604481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eabe7d91906064015f6040518083038186803b158015610b8a575f5ffd5b505afa158015610b9c573d5f5f3e3d5ffd5b505050505f610ba9610570565b905081811015610bd65760405163c23240ad60e01b81526004810182905260248101839052604401610472565b610be03384610ee4565b610c146001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610c8c565b604080518381526020810185905233917fe5b754fb1abb7f01b499791d0b820ae3b6af3424ac1c59768edb53f4ec31a929910160405180910390a2505050565b6001600160a01b038216610c7d5760405163ec442f0560e01b81525f6004820152602401610472565b610c885f8383610e31565b5050565b610c998383836001610f18565b6109ce57604051635274afe760e01b81526001600160a01b0384166004820152602401610472565b6001600160a01b038416610cea5760405163e602df0560e01b81525f6004820152602401610472565b6001600160a01b038316610d1357604051634a1406b160e11b81525f6004820152602401610472565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015610a2457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610d8591815260200190565b60405180910390a350505050565b5f51602061127a5f395f51905f5254600203610dc257604051633ee5aeb560e01b815260040160405180910390fd5b565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610e20578383151615610e14573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b03831615801590610e5157506001600160a01b03821615155b15610ed95760405163eabe7d9160e01b81523060048201526001600160a01b038481166024830152604482018390527f0000000000000000000000000000000000000000000000000000000000000000169063eabe7d91906064015f6040518083038186803b158015610ec2575f5ffd5b505afa158015610ed4573d5f5f3e3d5ffd5b505050505b6109ce838383610f7a565b6001600160a01b038216610f0d57604051634b637e8f60e11b81525f6004820152602401610472565b610c88825f83610e31565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610f6e578383151615610f62573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b038316610fa4578060025f828254610f999190611230565b909155506110149050565b6001600160a01b0383165f9081526020819052604090205481811015610ff65760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610472565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166110305760028054829003905561104e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161109391815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146110eb575f5ffd5b919050565b5f5f60408385031215611101575f5ffd5b61110a836110d5565b946020939093013593505050565b5f60208284031215611128575f5ffd5b5035919050565b5f5f5f60608486031215611141575f5ffd5b61114a846110d5565b9250611158602085016110d5565b929592945050506040919091013590565b5f60208284031215611179575f5ffd5b611182826110d5565b9392505050565b5f5f6040838503121561119a575f5ffd5b6111a3836110d5565b91506111b1602084016110d5565b90509250929050565b600181811c908216806111ce57607f821691505b6020821081036111ec57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610428576104286111f2565b5f60208284031215611229575f5ffd5b5051919050565b80820180821115610428576104286111f2565b8082028115828204841417610428576104286111f2565b5f8261127457634e487b7160e01b5f52601260045260245ffd5b50049056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220c07350874cdc08afd8348f9f6523e553e5a9a2fa5316ca733f3f28c1eaf0784f64736f6c634300081e0033",
}

// RoundingMarket is an auto generated Go binding around an Ethereum contract.
type RoundingMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RoundingMarket) GetABI() abi.ABI {
	return c.abi
}

// NewRoundingMarket creates a new instance of RoundingMarket.
func NewRoundingMarket() *RoundingMarket {
	parsed, err := RoundingMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RoundingMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RoundingMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address underlying_, address comptroller_, uint256 initialExchangeRate_, string name_, string symbol_) returns()
func (roundingMarket *RoundingMarket) PackConstructor(underlying_ common.Address, comptroller_ common.Address, initialExchangeRate_ *big.Int, name_ string, symbol_ string) []byte {
	enc, err := roundingMarket.abi.Pack("", underlying_, comptroller_, initialExchangeRate_, name_, symbol_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (roundingMarket *RoundingMarket) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := roundingMarket.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return roundingMarket.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) UnpackApprove(data []byte) (bool, error) {
	out, err := roundingMarket.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) PackBalanceOf(account common.Address) []byte {
	enc, err := roundingMarket.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return roundingMarket.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("balanceOf", data)
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
func (roundingMarket *RoundingMarket) PackBorrow(amount *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("borrow", amount)
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
func (roundingMarket *RoundingMarket) TryPackBorrow(amount *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("borrow", amount)
}

// PackBorrowBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d73e9ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowBalance(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) PackBorrowBalance(account common.Address) []byte {
	enc, err := roundingMarket.abi.Pack("borrowBalance", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d73e9ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowBalance(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackBorrowBalance(account common.Address) ([]byte, error) {
	return roundingMarket.abi.Pack("borrowBalance", account)
}

// UnpackBorrowBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d73e9ba.
//
// Solidity: function borrowBalance(address account) view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackBorrowBalance(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("borrowBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackComptroller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fe3b567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function comptroller() view returns(address)
func (roundingMarket *RoundingMarket) PackComptroller() []byte {
	enc, err := roundingMarket.abi.Pack("comptroller")
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
func (roundingMarket *RoundingMarket) TryPackComptroller() ([]byte, error) {
	return roundingMarket.abi.Pack("comptroller")
}

// UnpackComptroller is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fe3b567.
//
// Solidity: function comptroller() view returns(address)
func (roundingMarket *RoundingMarket) UnpackComptroller(data []byte) (common.Address, error) {
	out, err := roundingMarket.abi.Unpack("comptroller", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (roundingMarket *RoundingMarket) PackDecimals() []byte {
	enc, err := roundingMarket.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (roundingMarket *RoundingMarket) TryPackDecimals() ([]byte, error) {
	return roundingMarket.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (roundingMarket *RoundingMarket) UnpackDecimals(data []byte) (uint8, error) {
	out, err := roundingMarket.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ba0b9a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) PackExchangeRate() []byte {
	enc, err := roundingMarket.abi.Pack("exchangeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ba0b9a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackExchangeRate() ([]byte, error) {
	return roundingMarket.abi.Pack("exchangeRate")
}

// UnpackExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ba0b9a9.
//
// Solidity: function exchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackExchangeRate(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("exchangeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAccountSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc37f68e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAccountSnapshot(address account) view returns(uint256, uint256, uint256)
func (roundingMarket *RoundingMarket) PackGetAccountSnapshot(account common.Address) []byte {
	enc, err := roundingMarket.abi.Pack("getAccountSnapshot", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAccountSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc37f68e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAccountSnapshot(address account) view returns(uint256, uint256, uint256)
func (roundingMarket *RoundingMarket) TryPackGetAccountSnapshot(account common.Address) ([]byte, error) {
	return roundingMarket.abi.Pack("getAccountSnapshot", account)
}

// GetAccountSnapshotOutput serves as a container for the return parameters of contract
// method GetAccountSnapshot.
type GetAccountSnapshotOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackGetAccountSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc37f68e2.
//
// Solidity: function getAccountSnapshot(address account) view returns(uint256, uint256, uint256)
func (roundingMarket *RoundingMarket) UnpackGetAccountSnapshot(data []byte) (GetAccountSnapshotOutput, error) {
	out, err := roundingMarket.abi.Unpack("getAccountSnapshot", data)
	outstruct := new(GetAccountSnapshotOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetCash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1d21a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCash() view returns(uint256)
func (roundingMarket *RoundingMarket) PackGetCash() []byte {
	enc, err := roundingMarket.abi.Pack("getCash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1d21a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCash() view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackGetCash() ([]byte, error) {
	return roundingMarket.abi.Pack("getCash")
}

// UnpackGetCash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b1d21a2.
//
// Solidity: function getCash() view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackGetCash(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("getCash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d019f35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialExchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) PackInitialExchangeRate() []byte {
	enc, err := roundingMarket.abi.Pack("initialExchangeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d019f35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialExchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackInitialExchangeRate() ([]byte, error) {
	return roundingMarket.abi.Pack("initialExchangeRate")
}

// UnpackInitialExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d019f35.
//
// Solidity: function initialExchangeRate() view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackInitialExchangeRate(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("initialExchangeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0712d68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 amount) returns()
func (roundingMarket *RoundingMarket) PackMint(amount *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("mint", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0712d68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 amount) returns()
func (roundingMarket *RoundingMarket) TryPackMint(amount *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("mint", amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (roundingMarket *RoundingMarket) PackName() []byte {
	enc, err := roundingMarket.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (roundingMarket *RoundingMarket) TryPackName() ([]byte, error) {
	return roundingMarket.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (roundingMarket *RoundingMarket) UnpackName(data []byte) (string, error) {
	out, err := roundingMarket.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares) returns()
func (roundingMarket *RoundingMarket) PackRedeem(shares *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("redeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares) returns()
func (roundingMarket *RoundingMarket) TryPackRedeem(shares *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("redeem", shares)
}

// PackRedeemUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x852a12e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemUnderlying(uint256 amount) returns()
func (roundingMarket *RoundingMarket) PackRedeemUnderlying(amount *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("redeemUnderlying", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x852a12e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemUnderlying(uint256 amount) returns()
func (roundingMarket *RoundingMarket) TryPackRedeemUnderlying(amount *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("redeemUnderlying", amount)
}

// PackRepayBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e752702.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repayBorrow(uint256 amount) returns()
func (roundingMarket *RoundingMarket) PackRepayBorrow(amount *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("repayBorrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepayBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e752702.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repayBorrow(uint256 amount) returns()
func (roundingMarket *RoundingMarket) TryPackRepayBorrow(amount *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("repayBorrow", amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (roundingMarket *RoundingMarket) PackSymbol() []byte {
	enc, err := roundingMarket.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (roundingMarket *RoundingMarket) TryPackSymbol() ([]byte, error) {
	return roundingMarket.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (roundingMarket *RoundingMarket) UnpackSymbol(data []byte) (string, error) {
	out, err := roundingMarket.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalBorrows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47bd3718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBorrows() view returns(uint256)
func (roundingMarket *RoundingMarket) PackTotalBorrows() []byte {
	enc, err := roundingMarket.abi.Pack("totalBorrows")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBorrows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47bd3718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBorrows() view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackTotalBorrows() ([]byte, error) {
	return roundingMarket.abi.Pack("totalBorrows")
}

// UnpackTotalBorrows is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47bd3718.
//
// Solidity: function totalBorrows() view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackTotalBorrows(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("totalBorrows", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (roundingMarket *RoundingMarket) PackTotalSupply() []byte {
	enc, err := roundingMarket.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (roundingMarket *RoundingMarket) TryPackTotalSupply() ([]byte, error) {
	return roundingMarket.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (roundingMarket *RoundingMarket) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := roundingMarket.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) UnpackTransfer(data []byte) (bool, error) {
	out, err := roundingMarket.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := roundingMarket.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return roundingMarket.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (roundingMarket *RoundingMarket) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := roundingMarket.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function underlying() view returns(address)
func (roundingMarket *RoundingMarket) PackUnderlying() []byte {
	enc, err := roundingMarket.abi.Pack("underlying")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function underlying() view returns(address)
func (roundingMarket *RoundingMarket) TryPackUnderlying() ([]byte, error) {
	return roundingMarket.abi.Pack("underlying")
}

// UnpackUnderlying is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (roundingMarket *RoundingMarket) UnpackUnderlying(data []byte) (common.Address, error) {
	out, err := roundingMarket.abi.Unpack("underlying", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RoundingMarketApproval represents a Approval event raised by the RoundingMarket contract.
type RoundingMarketApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoundingMarketApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (RoundingMarketApproval) ContractEventName() string {
	return RoundingMarketApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (roundingMarket *RoundingMarket) UnpackApprovalEvent(log *types.Log) (*RoundingMarketApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketApproval)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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

// RoundingMarketBorrow represents a Borrow event raised by the RoundingMarket contract.
type RoundingMarketBorrow struct {
	Borrower       common.Address
	Amount         *big.Int
	AccountBorrows *big.Int
	TotalBorrows   *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RoundingMarketBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (RoundingMarketBorrow) ContractEventName() string {
	return RoundingMarketBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed borrower, uint256 amount, uint256 accountBorrows, uint256 totalBorrows)
func (roundingMarket *RoundingMarket) UnpackBorrowEvent(log *types.Log) (*RoundingMarketBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketBorrow)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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

// RoundingMarketMint represents a Mint event raised by the RoundingMarket contract.
type RoundingMarketMint struct {
	Minter common.Address
	Amount *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RoundingMarketMintEventName = "Mint"

// ContractEventName returns the user-defined event name.
func (RoundingMarketMint) ContractEventName() string {
	return RoundingMarketMintEventName
}

// UnpackMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Mint(address indexed minter, uint256 amount, uint256 shares)
func (roundingMarket *RoundingMarket) UnpackMintEvent(log *types.Log) (*RoundingMarketMint, error) {
	event := "Mint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketMint)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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

// RoundingMarketRedeem represents a Redeem event raised by the RoundingMarket contract.
type RoundingMarketRedeem struct {
	Redeemer common.Address
	Amount   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RoundingMarketRedeemEventName = "Redeem"

// ContractEventName returns the user-defined event name.
func (RoundingMarketRedeem) ContractEventName() string {
	return RoundingMarketRedeemEventName
}

// UnpackRedeemEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeem(address indexed redeemer, uint256 amount, uint256 shares)
func (roundingMarket *RoundingMarket) UnpackRedeemEvent(log *types.Log) (*RoundingMarketRedeem, error) {
	event := "Redeem"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketRedeem)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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

// RoundingMarketRepayBorrow represents a RepayBorrow event raised by the RoundingMarket contract.
type RoundingMarketRepayBorrow struct {
	Payer          common.Address
	Borrower       common.Address
	Amount         *big.Int
	AccountBorrows *big.Int
	TotalBorrows   *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RoundingMarketRepayBorrowEventName = "RepayBorrow"

// ContractEventName returns the user-defined event name.
func (RoundingMarketRepayBorrow) ContractEventName() string {
	return RoundingMarketRepayBorrowEventName
}

// UnpackRepayBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RepayBorrow(address indexed payer, address indexed borrower, uint256 amount, uint256 accountBorrows, uint256 totalBorrows)
func (roundingMarket *RoundingMarket) UnpackRepayBorrowEvent(log *types.Log) (*RoundingMarketRepayBorrow, error) {
	event := "RepayBorrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketRepayBorrow)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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

// RoundingMarketTransfer represents a Transfer event raised by the RoundingMarket contract.
type RoundingMarketTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RoundingMarketTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (RoundingMarketTransfer) ContractEventName() string {
	return RoundingMarketTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (roundingMarket *RoundingMarket) UnpackTransferEvent(log *types.Log) (*RoundingMarketTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != roundingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoundingMarketTransfer)
	if len(log.Data) > 0 {
		if err := roundingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range roundingMarket.abi.Events[event].Inputs {
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
func (roundingMarket *RoundingMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["InsufficientCash"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackInsufficientCashError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["RepayTooMuch"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackRepayTooMuchError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], roundingMarket.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return roundingMarket.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RoundingMarketERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the RoundingMarket contract.
type RoundingMarketERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func RoundingMarketERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (roundingMarket *RoundingMarket) UnpackERC20InsufficientAllowanceError(raw []byte) (*RoundingMarketERC20InsufficientAllowance, error) {
	out := new(RoundingMarketERC20InsufficientAllowance)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the RoundingMarket contract.
type RoundingMarketERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func RoundingMarketERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (roundingMarket *RoundingMarket) UnpackERC20InsufficientBalanceError(raw []byte) (*RoundingMarketERC20InsufficientBalance, error) {
	out := new(RoundingMarketERC20InsufficientBalance)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketERC20InvalidApprover represents a ERC20InvalidApprover error raised by the RoundingMarket contract.
type RoundingMarketERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func RoundingMarketERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (roundingMarket *RoundingMarket) UnpackERC20InvalidApproverError(raw []byte) (*RoundingMarketERC20InvalidApprover, error) {
	out := new(RoundingMarketERC20InvalidApprover)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the RoundingMarket contract.
type RoundingMarketERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func RoundingMarketERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (roundingMarket *RoundingMarket) UnpackERC20InvalidReceiverError(raw []byte) (*RoundingMarketERC20InvalidReceiver, error) {
	out := new(RoundingMarketERC20InvalidReceiver)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketERC20InvalidSender represents a ERC20InvalidSender error raised by the RoundingMarket contract.
type RoundingMarketERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func RoundingMarketERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (roundingMarket *RoundingMarket) UnpackERC20InvalidSenderError(raw []byte) (*RoundingMarketERC20InvalidSender, error) {
	out := new(RoundingMarketERC20InvalidSender)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketERC20InvalidSpender represents a ERC20InvalidSpender error raised by the RoundingMarket contract.
type RoundingMarketERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func RoundingMarketERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (roundingMarket *RoundingMarket) UnpackERC20InvalidSpenderError(raw []byte) (*RoundingMarketERC20InvalidSpender, error) {
	out := new(RoundingMarketERC20InvalidSpender)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketInsufficientCash represents a InsufficientCash error raised by the RoundingMarket contract.
type RoundingMarketInsufficientCash struct {
	Cash   *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCash(uint256 cash, uint256 amount)
func RoundingMarketInsufficientCashErrorID() common.Hash {
	return common.HexToHash("0xc23240add96391a8f15c99287b299e2c6d749a15746f0a81904104a866b0bb46")
}

// UnpackInsufficientCashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCash(uint256 cash, uint256 amount)
func (roundingMarket *RoundingMarket) UnpackInsufficientCashError(raw []byte) (*RoundingMarketInsufficientCash, error) {
	out := new(RoundingMarketInsufficientCash)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "InsufficientCash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the RoundingMarket contract.
type RoundingMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RoundingMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (roundingMarket *RoundingMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RoundingMarketReentrancyGuardReentrantCall, error) {
	out := new(RoundingMarketReentrancyGuardReentrantCall)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketRepayTooMuch represents a RepayTooMuch error raised by the RoundingMarket contract.
type RoundingMarketRepayTooMuch struct {
	Borrower common.Address
	Debt     *big.Int
	Amount   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepayTooMuch(address borrower, uint256 debt, uint256 amount)
func RoundingMarketRepayTooMuchErrorID() common.Hash {
	return common.HexToHash("0x98612d9dfc87b12f32b20b2b1aedd2f913c7568e76db1c3513edb3520acac5e0")
}

// UnpackRepayTooMuchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepayTooMuch(address borrower, uint256 debt, uint256 amount)
func (roundingMarket *RoundingMarket) UnpackRepayTooMuchError(raw []byte) (*RoundingMarketRepayTooMuch, error) {
	out := new(RoundingMarketRepayTooMuch)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "RepayTooMuch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RoundingMarket contract.
type RoundingMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RoundingMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (roundingMarket *RoundingMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*RoundingMarketSafeERC20FailedOperation, error) {
	out := new(RoundingMarketSafeERC20FailedOperation)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoundingMarketZeroShares represents a ZeroShares error raised by the RoundingMarket contract.
type RoundingMarketZeroShares struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares(uint256 amount)
func RoundingMarketZeroSharesErrorID() common.Hash {
	return common.HexToHash("0xdc6d336e1be9020d1a3b7a1185b7acc84117855a60c20db363efff4650d9a92b")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares(uint256 amount)
func (roundingMarket *RoundingMarket) UnpackZeroSharesError(raw []byte) (*RoundingMarketZeroShares, error) {
	out := new(RoundingMarketZeroShares)
	if err := roundingMarket.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}
