// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package flashgovernor

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

// FlashGovernorMetaData contains all meta data concerning the FlashGovernor contract.
var FlashGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractERC20Votes\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votingPeriod_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ActionsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidActions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumFlashGovernor.ProposalState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotExecutable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"endBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"QuorumVotesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"support\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"support\",\"type\":\"bool\"}],\"name\":\"castVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"executed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"actionsHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"setQuorumVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumFlashGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractERC20Votes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "FlashGovernor",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516116c23803806116c283398101604081905261002e91610070565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b039093166080525f919091556001556002556100b7565b5f5f5f5f60808587031215610083575f5ffd5b84516001600160a01b0381168114610099575f5ffd5b60208601516040870151606090970151919890975090945092505050565b6080516115de6100e45f395f8181610342015281816104df01528181610630015261099d01526115de5ff3fe6080604052600436106100dc575f3560e01c80634590239b1161007c578063da35c66411610057578063da35c664146102de578063ea0217cf146102f3578063ece40cc114610312578063fc0c546a14610331575f5ffd5b80634590239b146102975780637d5e81e2146102aa578063b58131b0146102c9575f5ffd5b806315373e3d116100b757806315373e3d146101ee57806324bc1a641461020d5780633e4f49e614610222578063438596321461024e575f5ffd5b8063013cf08b146100e757806302a251a3146101ab57806302ec8f9e146101cd575f5ffd5b366100e357005b5f5ffd5b3480156100f2575f5ffd5b5061015a610101366004610cf6565b600460208190525f9182526040909120805460018201546002830154600384015493909401546001600160a01b03831694600160a01b9093046001600160401b039081169490831693600160401b90930460ff16929187565b604080516001600160a01b039890981688526001600160401b03968716602089015294909516938601939093529015156060850152608084015260a083015260c082015260e0015b60405180910390f35b3480156101b6575f5ffd5b506101bf5f5481565b6040519081526020016101a2565b3480156101d8575f5ffd5b506101ec6101e7366004610cf6565b61037c565b005b3480156101f9575f5ffd5b506101ec610208366004610d0d565b6103e4565b348015610218575f5ffd5b506101bf60025481565b34801561022d575f5ffd5b5061024161023c366004610cf6565b6105d9565b6040516101a29190610d73565b348015610259575f5ffd5b50610287610268366004610da2565b600560209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016101a2565b6101ec6102a5366004610e13565b61071c565b3480156102b5575f5ffd5b506101bf6102c4366004611096565b610949565b3480156102d4575f5ffd5b506101bf60015481565b3480156102e9575f5ffd5b506101bf60035481565b3480156102fe575f5ffd5b506101ec61030d366004610cf6565b610ae7565b34801561031d575f5ffd5b506101ec61032c366004610cf6565b610b48565b34801561033c575f5ffd5b506103647f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a2565b3330146103a35760405163ab1e998f60e01b81523360048201526024015b60405180910390fd5b60025460408051918252602082018390527fffff0a251408cb8f05a4fc2ab0bdffe28e1519cb8ee5bdb6531e5d6ca51aaf75910160405180910390a1600255565b5f82815260046020526040902080546001600160a01b031661041c5760405163147067ad60e11b81526004810184905260240161039a565b60018101546001600160401b031643118061044257506001810154600160401b900460ff165b1561046357604051638e9b46a760e01b81526004810184905260240161039a565b5f83815260056020908152604080832033845290915290205460ff16156104a6576040516304f9da6360e01b81526004810184905233602482015260440161039a565b5f838152600560209081526040808320338085529252808320805460ff19166001179055516309ab24eb60e41b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639ab24eb090602401602060405180830381865afa15801561052c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055091906111a9565b905082156105765780826002015f82825461056b91906111d4565b9091555061058f9050565b80826003015f82825461058991906111d4565b90915550505b60408051858152841515602082015290810182905233907f877856338e13f63d0c36822ff0ef736b80934cd90574a3a5bc9262c39d217c469060600160405180910390a250505050565b5f81815260046020526040812080546001600160a01b03166106115760405163147067ad60e11b81526004810184905260240161039a565b6001810154600160401b900460ff161561062e5750600392915050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561068a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ae91906111a9565b6002808301546106bd916111e7565b11156106cc5750600292915050565b60018101546001600160401b031643116106e857505f92915050565b806003015481600201541180156107055750600254816002015410155b156107135750600292915050565b50600192915050565b610724610bab565b5f61072e886105d9565b9050600281600381111561074457610744610d3f565b1461076657878160405163fde1ccf160e01b815260040161039a9291906111fe565b5f88815260046020818152604092839020918201549251919291610796918b918b918b918b918b918b91016112ce565b60405160208183030381529060405280519060200120146107cd576040516317910d2d60e11b8152600481018a905260240161039a565b60018101805468ff00000000000000001916600160401b1790555f5b878110156108e1575f89898381811061080457610804611362565b90506020020160208101906108199190611376565b6001600160a01b031688888481811061083457610834611362565b9050602002013587878581811061084d5761084d611362565b905060200281019061085f919061138f565b60405161086d9291906113d1565b5f6040518083038185875af1925050503d805f81146108a7576040519150601f19603f3d011682016040523d82523d5f602084013e6108ac565b606091505b50509050806108d857604051632da5c66160e01b8152600481018c90526024810183905260440161039a565b506001016107e9565b506040518981527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a1505061094060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050505050565b5f84515f148061095b57508351855114155b8061096857508251855114155b15610986576040516333b028a960e01b815260040160405180910390fd5b6040516309ab24eb60e41b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639ab24eb090602401602060405180830381865afa1580156109ea573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a0e91906111a9565b9050600154811015610a4757600154604051631528a47d60e21b815233600482015260248101839052604481019190915260640161039a565b60035f8154610a55906113e0565b91905081905591505f5f610a9384898989604051602001610a78939291906114e7565b60405160208183030381529060405280519060200120610bd9565b915091507f95f03e437e6d5037418f12bef80fc7e0a5f27754c078a1d5d3f62d39bac44e5084338a8a8a87878c604051610ad4989796959493929190611529565b60405180910390a1505050949350505050565b333014610b095760405163ab1e998f60e01b815233600482015260240161039a565b5f5460408051918252602082018390527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a15f55565b333014610b6a5760405163ab1e998f60e01b815233600482015260240161039a565b60015460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600155565b610bb3610cb2565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8054439190610be990836111d4565b6040805160e0810182523381526001600160401b0380861660208084019182528286168486019081525f606086018181526080870182815260a0880183815260c089019d8e529d8352600494859052979091209551865494518616600160a01b026001600160e01b03199095166001600160a01b0391909116179390931785555160018501805493511515600160401b0268ffffffffffffffffff1990941691909416179190911790915591516002820155955160038701559351949093019390935592909150565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610cf457604051633ee5aeb560e01b815260040160405180910390fd5b565b5f60208284031215610d06575f5ffd5b5035919050565b5f5f60408385031215610d1e575f5ffd5b8235915060208301358015158114610d34575f5ffd5b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b60048110610d6f57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610d818284610d53565b92915050565b80356001600160a01b0381168114610d9d575f5ffd5b919050565b5f5f60408385031215610db3575f5ffd5b82359150610dc360208401610d87565b90509250929050565b5f5f83601f840112610ddc575f5ffd5b5081356001600160401b03811115610df2575f5ffd5b6020830191508360208260051b8501011115610e0c575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a031215610e29575f5ffd5b8735965060208801356001600160401b03811115610e45575f5ffd5b610e518a828b01610dcc565b90975095505060408801356001600160401b03811115610e6f575f5ffd5b610e7b8a828b01610dcc565b90955093505060608801356001600160401b03811115610e99575f5ffd5b610ea58a828b01610dcc565b989b979a50959850939692959293505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610ef457610ef4610eb8565b604052919050565b5f6001600160401b03821115610f1457610f14610eb8565b5060051b60200190565b5f82601f830112610f2d575f5ffd5b8135610f40610f3b82610efc565b610ecc565b8082825260208201915060208360051b860101925085831115610f61575f5ffd5b602085015b83811015610f7e578035835260209283019201610f66565b5095945050505050565b5f5f6001600160401b03841115610fa157610fa1610eb8565b50601f8301601f1916602001610fb681610ecc565b915050828152838383011115610fca575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112610fef575f5ffd5b8135610ffd610f3b82610efc565b8082825260208201915060208360051b86010192508583111561101e575f5ffd5b602085015b83811015610f7e5780356001600160401b03811115611040575f5ffd5b8601603f81018813611050575f5ffd5b61106288602083013560408401610f88565b84525060209283019201611023565b5f82601f830112611080575f5ffd5b61108f83833560208501610f88565b9392505050565b5f5f5f5f608085870312156110a9575f5ffd5b84356001600160401b038111156110be575f5ffd5b8501601f810187136110ce575f5ffd5b80356110dc610f3b82610efc565b8082825260208201915060208360051b8501019250898311156110fd575f5ffd5b6020840193505b828410156111265761111584610d87565b825260209384019390910190611104565b965050505060208501356001600160401b03811115611143575f5ffd5b61114f87828801610f1e565b93505060408501356001600160401b0381111561116a575f5ffd5b61117687828801610fe0565b92505060608501356001600160401b03811115611191575f5ffd5b61119d87828801611071565b91505092959194509250565b5f602082840312156111b9575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d8157610d816111c0565b8082028115828204841417610d8157610d816111c0565b8281526040810161108f6020830184610d53565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b868110156112c257838303601f19018852813536879003601e19018112611276575f5ffd5b86016020810190356001600160401b03811115611291575f5ffd5b80360382131561129f575f5ffd5b6112aa858284611212565b60209a8b019a90955093909301925050600101611251565b50909695505050505050565b606080825281018690525f8760808301825b8981101561130e576001600160a01b036112f984610d87565b168252602092830192909101906001016112e0565b5083810360208501528681526001600160fb1b0387111561132d575f5ffd5b8660051b9150818860208301370182810360209081016040850152611355908201858761123a565b9998505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611386575f5ffd5b61108f82610d87565b5f5f8335601e198436030181126113a4575f5ffd5b8301803591506001600160401b038211156113bd575f5ffd5b602001915036819003821315610e0c575f5ffd5b818382375f9101908152919050565b5f600182016113f1576113f16111c0565b5060010190565b5f8151808452602084019350602083015f5b828110156114315781516001600160a01b031686526020958601959091019060010161140a565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561143157815186526020958601959091019060010161144d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b838110156112c257601f198584030188526114d183835161146b565b60209889019890935091909101906001016114b5565b606081525f6114f960608301866113f8565b828103602084015261150b818661143b565b9050828103604084015261151f8185611499565b9695505050505050565b8881526001600160a01b0388166020820152610100604082018190525f90611553908301896113f8565b8281036060840152611565818961143b565b905082810360808401526115798188611499565b90508560a08401528460c084015282810360e0840152611599818561146b565b9b9a505050505050505050505056fea2646970667358221220e5e5ee8e87ffa24c5cb6356bd02b44c62e369ea90b0dbcddb8a101ac753fc02664736f6c634300081e0033",
}

// FlashGovernor is an auto generated Go binding around an Ethereum contract.
type FlashGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FlashGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewFlashGovernor creates a new instance of FlashGovernor.
func NewFlashGovernor() *FlashGovernor {
	parsed, err := FlashGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FlashGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FlashGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, uint256 votingPeriod_, uint256 threshold, uint256 quorum) returns()
func (flashGovernor *FlashGovernor) PackConstructor(token_ common.Address, votingPeriod_ *big.Int, threshold *big.Int, quorum *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("", token_, votingPeriod_, threshold, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15373e3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 id, bool support) returns()
func (flashGovernor *FlashGovernor) PackCastVote(id *big.Int, support bool) []byte {
	enc, err := flashGovernor.abi.Pack("castVote", id, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15373e3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 id, bool support) returns()
func (flashGovernor *FlashGovernor) TryPackCastVote(id *big.Int, support bool) ([]byte, error) {
	return flashGovernor.abi.Pack("castVote", id, support)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4590239b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 id, address[] targets, uint256[] values, bytes[] calldatas) payable returns()
func (flashGovernor *FlashGovernor) PackExecute(id *big.Int, targets []common.Address, values []*big.Int, calldatas [][]byte) []byte {
	enc, err := flashGovernor.abi.Pack("execute", id, targets, values, calldatas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4590239b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 id, address[] targets, uint256[] values, bytes[] calldatas) payable returns()
func (flashGovernor *FlashGovernor) TryPackExecute(id *big.Int, targets []common.Address, values []*big.Int, calldatas [][]byte) ([]byte, error) {
	return flashGovernor.abi.Pack("execute", id, targets, values, calldatas)
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (flashGovernor *FlashGovernor) PackHasVoted(id *big.Int, voter common.Address) []byte {
	enc, err := flashGovernor.abi.Pack("hasVoted", id, voter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (flashGovernor *FlashGovernor) TryPackHasVoted(id *big.Int, voter common.Address) ([]byte, error) {
	return flashGovernor.abi.Pack("hasVoted", id, voter)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (flashGovernor *FlashGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := flashGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (flashGovernor *FlashGovernor) PackProposalCount() []byte {
	enc, err := flashGovernor.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (flashGovernor *FlashGovernor) TryPackProposalCount() ([]byte, error) {
	return flashGovernor.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (flashGovernor *FlashGovernor) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := flashGovernor.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (flashGovernor *FlashGovernor) PackProposalThreshold() []byte {
	enc, err := flashGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (flashGovernor *FlashGovernor) TryPackProposalThreshold() ([]byte, error) {
	return flashGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (flashGovernor *FlashGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := flashGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startBlock, uint64 endBlock, bool executed, uint256 forVotes, uint256 againstVotes, bytes32 actionsHash)
func (flashGovernor *FlashGovernor) PackProposals(id *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("proposals", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startBlock, uint64 endBlock, bool executed, uint256 forVotes, uint256 againstVotes, bytes32 actionsHash)
func (flashGovernor *FlashGovernor) TryPackProposals(id *big.Int) ([]byte, error) {
	return flashGovernor.abi.Pack("proposals", id)
}

// ProposalsOutput serves as a container for the return parameters of contract
// method Proposals.
type ProposalsOutput struct {
	Proposer     common.Address
	StartBlock   uint64
	EndBlock     uint64
	Executed     bool
	ForVotes     *big.Int
	AgainstVotes *big.Int
	ActionsHash  [32]byte
}

// UnpackProposals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x013cf08b.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startBlock, uint64 endBlock, bool executed, uint256 forVotes, uint256 againstVotes, bytes32 actionsHash)
func (flashGovernor *FlashGovernor) UnpackProposals(data []byte) (ProposalsOutput, error) {
	out, err := flashGovernor.abi.Unpack("proposals", data)
	outstruct := new(ProposalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Proposer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.StartBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.EndBlock = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Executed = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.ForVotes = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.AgainstVotes = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.ActionsHash = *abi.ConvertType(out[6], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256 id)
func (flashGovernor *FlashGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := flashGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256 id)
func (flashGovernor *FlashGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return flashGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256 id)
func (flashGovernor *FlashGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := flashGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24bc1a64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumVotes() view returns(uint256)
func (flashGovernor *FlashGovernor) PackQuorumVotes() []byte {
	enc, err := flashGovernor.abi.Pack("quorumVotes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24bc1a64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumVotes() view returns(uint256)
func (flashGovernor *FlashGovernor) TryPackQuorumVotes() ([]byte, error) {
	return flashGovernor.abi.Pack("quorumVotes")
}

// UnpackQuorumVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24bc1a64.
//
// Solidity: function quorumVotes() view returns(uint256)
func (flashGovernor *FlashGovernor) UnpackQuorumVotes(data []byte) (*big.Int, error) {
	out, err := flashGovernor.abi.Unpack("quorumVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 votes) returns()
func (flashGovernor *FlashGovernor) PackSetProposalThreshold(votes *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("setProposalThreshold", votes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 votes) returns()
func (flashGovernor *FlashGovernor) TryPackSetProposalThreshold(votes *big.Int) ([]byte, error) {
	return flashGovernor.abi.Pack("setProposalThreshold", votes)
}

// PackSetQuorumVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02ec8f9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorumVotes(uint256 votes) returns()
func (flashGovernor *FlashGovernor) PackSetQuorumVotes(votes *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("setQuorumVotes", votes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorumVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02ec8f9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorumVotes(uint256 votes) returns()
func (flashGovernor *FlashGovernor) TryPackSetQuorumVotes(votes *big.Int) ([]byte, error) {
	return flashGovernor.abi.Pack("setQuorumVotes", votes)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0217cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint256 blocks) returns()
func (flashGovernor *FlashGovernor) PackSetVotingPeriod(blocks *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("setVotingPeriod", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0217cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint256 blocks) returns()
func (flashGovernor *FlashGovernor) TryPackSetVotingPeriod(blocks *big.Int) ([]byte, error) {
	return flashGovernor.abi.Pack("setVotingPeriod", blocks)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (flashGovernor *FlashGovernor) PackState(id *big.Int) []byte {
	enc, err := flashGovernor.abi.Pack("state", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (flashGovernor *FlashGovernor) TryPackState(id *big.Int) ([]byte, error) {
	return flashGovernor.abi.Pack("state", id)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (flashGovernor *FlashGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := flashGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (flashGovernor *FlashGovernor) PackToken() []byte {
	enc, err := flashGovernor.abi.Pack("token")
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
func (flashGovernor *FlashGovernor) TryPackToken() ([]byte, error) {
	return flashGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (flashGovernor *FlashGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := flashGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (flashGovernor *FlashGovernor) PackVotingPeriod() []byte {
	enc, err := flashGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (flashGovernor *FlashGovernor) TryPackVotingPeriod() ([]byte, error) {
	return flashGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (flashGovernor *FlashGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := flashGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// FlashGovernorProposalCreated represents a ProposalCreated event raised by the FlashGovernor contract.
type FlashGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	StartBlock  *big.Int
	EndBlock    *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const FlashGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (FlashGovernorProposalCreated) ContractEventName() string {
	return FlashGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, bytes[] calldatas, uint256 startBlock, uint256 endBlock, string description)
func (flashGovernor *FlashGovernor) UnpackProposalCreatedEvent(log *types.Log) (*FlashGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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

// FlashGovernorProposalExecuted represents a ProposalExecuted event raised by the FlashGovernor contract.
type FlashGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FlashGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (FlashGovernorProposalExecuted) ContractEventName() string {
	return FlashGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (flashGovernor *FlashGovernor) UnpackProposalExecutedEvent(log *types.Log) (*FlashGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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

// FlashGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the FlashGovernor contract.
type FlashGovernorProposalThresholdSet struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FlashGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (FlashGovernorProposalThresholdSet) ContractEventName() string {
	return FlashGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 previous, uint256 current)
func (flashGovernor *FlashGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*FlashGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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

// FlashGovernorQuorumVotesSet represents a QuorumVotesSet event raised by the FlashGovernor contract.
type FlashGovernorQuorumVotesSet struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FlashGovernorQuorumVotesSetEventName = "QuorumVotesSet"

// ContractEventName returns the user-defined event name.
func (FlashGovernorQuorumVotesSet) ContractEventName() string {
	return FlashGovernorQuorumVotesSetEventName
}

// UnpackQuorumVotesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumVotesSet(uint256 previous, uint256 current)
func (flashGovernor *FlashGovernor) UnpackQuorumVotesSetEvent(log *types.Log) (*FlashGovernorQuorumVotesSet, error) {
	event := "QuorumVotesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorQuorumVotesSet)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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

// FlashGovernorVoteCast represents a VoteCast event raised by the FlashGovernor contract.
type FlashGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    bool
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FlashGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (FlashGovernorVoteCast) ContractEventName() string {
	return FlashGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, bool support, uint256 weight)
func (flashGovernor *FlashGovernor) UnpackVoteCastEvent(log *types.Log) (*FlashGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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

// FlashGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the FlashGovernor contract.
type FlashGovernorVotingPeriodSet struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FlashGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (FlashGovernorVotingPeriodSet) ContractEventName() string {
	return FlashGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 previous, uint256 current)
func (flashGovernor *FlashGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*FlashGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := flashGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashGovernor.abi.Events[event].Inputs {
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
func (flashGovernor *FlashGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["ActionsMismatch"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackActionsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["BelowThreshold"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["InvalidActions"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackInvalidActionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["NotExecutable"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackNotExecutableError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["OnlyGovernance"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackOnlyGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["UnknownProposal"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackUnknownProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], flashGovernor.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return flashGovernor.UnpackVotingClosedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FlashGovernorActionsMismatch represents a ActionsMismatch error raised by the FlashGovernor contract.
type FlashGovernorActionsMismatch struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ActionsMismatch(uint256 id)
func FlashGovernorActionsMismatchErrorID() common.Hash {
	return common.HexToHash("0x2f221a5a66e3a30d94d8a90d2a56a53a45eb5659702c4aaddc7bb125becddd1b")
}

// UnpackActionsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ActionsMismatch(uint256 id)
func (flashGovernor *FlashGovernor) UnpackActionsMismatchError(raw []byte) (*FlashGovernorActionsMismatch, error) {
	out := new(FlashGovernorActionsMismatch)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "ActionsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorAlreadyVoted represents a AlreadyVoted error raised by the FlashGovernor contract.
type FlashGovernorAlreadyVoted struct {
	Id    *big.Int
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 id, address voter)
func FlashGovernorAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 id, address voter)
func (flashGovernor *FlashGovernor) UnpackAlreadyVotedError(raw []byte) (*FlashGovernorAlreadyVoted, error) {
	out := new(FlashGovernorAlreadyVoted)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorBelowThreshold represents a BelowThreshold error raised by the FlashGovernor contract.
type FlashGovernorBelowThreshold struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowThreshold(address proposer, uint256 votes, uint256 threshold)
func FlashGovernorBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x54a291f47ffdafad7d040b6602018f899013aa1a18d6666ade2867f9189ec742")
}

// UnpackBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowThreshold(address proposer, uint256 votes, uint256 threshold)
func (flashGovernor *FlashGovernor) UnpackBelowThresholdError(raw []byte) (*FlashGovernorBelowThreshold, error) {
	out := new(FlashGovernorBelowThreshold)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "BelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorCallFailed represents a CallFailed error raised by the FlashGovernor contract.
type FlashGovernorCallFailed struct {
	Id    *big.Int
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(uint256 id, uint256 index)
func FlashGovernorCallFailedErrorID() common.Hash {
	return common.HexToHash("0x2da5c661ee0902acd4e8b1fec661ade3aaaa0b3b63963fa591724787581df941")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(uint256 id, uint256 index)
func (flashGovernor *FlashGovernor) UnpackCallFailedError(raw []byte) (*FlashGovernorCallFailed, error) {
	out := new(FlashGovernorCallFailed)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorInvalidActions represents a InvalidActions error raised by the FlashGovernor contract.
type FlashGovernorInvalidActions struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidActions()
func FlashGovernorInvalidActionsErrorID() common.Hash {
	return common.HexToHash("0x33b028a98b04dcee66383ca76089c345754bca8d4cebe431a6a8cadaa0d957ef")
}

// UnpackInvalidActionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidActions()
func (flashGovernor *FlashGovernor) UnpackInvalidActionsError(raw []byte) (*FlashGovernorInvalidActions, error) {
	out := new(FlashGovernorInvalidActions)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "InvalidActions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorNotExecutable represents a NotExecutable error raised by the FlashGovernor contract.
type FlashGovernorNotExecutable struct {
	Id    *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExecutable(uint256 id, uint8 state)
func FlashGovernorNotExecutableErrorID() common.Hash {
	return common.HexToHash("0xfde1ccf18d9a705970b812856372f3519d4241dc348a99967a6e6be0e97866e2")
}

// UnpackNotExecutableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExecutable(uint256 id, uint8 state)
func (flashGovernor *FlashGovernor) UnpackNotExecutableError(raw []byte) (*FlashGovernorNotExecutable, error) {
	out := new(FlashGovernorNotExecutable)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "NotExecutable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorOnlyGovernance represents a OnlyGovernance error raised by the FlashGovernor contract.
type FlashGovernorOnlyGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyGovernance(address caller)
func FlashGovernorOnlyGovernanceErrorID() common.Hash {
	return common.HexToHash("0xab1e998ff1b17a09532f3e9a2bc42f40744a4dbda45bd2c8ea20d6e2b7ad5151")
}

// UnpackOnlyGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyGovernance(address caller)
func (flashGovernor *FlashGovernor) UnpackOnlyGovernanceError(raw []byte) (*FlashGovernorOnlyGovernance, error) {
	out := new(FlashGovernorOnlyGovernance)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "OnlyGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the FlashGovernor contract.
type FlashGovernorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func FlashGovernorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (flashGovernor *FlashGovernor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*FlashGovernorReentrancyGuardReentrantCall, error) {
	out := new(FlashGovernorReentrancyGuardReentrantCall)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorUnknownProposal represents a UnknownProposal error raised by the FlashGovernor contract.
type FlashGovernorUnknownProposal struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProposal(uint256 id)
func FlashGovernorUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x28e0cf5a770b9ab4da594ebd0cf7af68f08abd0573138e8389260fc0eb761d74")
}

// UnpackUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProposal(uint256 id)
func (flashGovernor *FlashGovernor) UnpackUnknownProposalError(raw []byte) (*FlashGovernorUnknownProposal, error) {
	out := new(FlashGovernorUnknownProposal)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FlashGovernorVotingClosed represents a VotingClosed error raised by the FlashGovernor contract.
type FlashGovernorVotingClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(uint256 id)
func FlashGovernorVotingClosedErrorID() common.Hash {
	return common.HexToHash("0x8e9b46a70b3967bc9ea56ca61732c363a191fac88ae3ba011f4e030711c90117")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(uint256 id)
func (flashGovernor *FlashGovernor) UnpackVotingClosedError(raw []byte) (*FlashGovernorVotingClosed, error) {
	out := new(FlashGovernorVotingClosed)
	if err := flashGovernor.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
