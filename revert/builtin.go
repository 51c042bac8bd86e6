package revert

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// openZeppelinErrors are the custom errors of OpenZeppelin Contracts 5
// that response steps run into most (access control, pausing, tokens,
// proxies), as declared in its sources. Most deployed protocols inherit
// them, so a revert can be named even when no ABI was configured.
var openZeppelinErrors = []string{
	// access/AccessControl, IAccessControl, AccessControlDefaultAdminRules
	"AccessControlUnauthorizedAccount(address account, bytes32 neededRole)",
	"AccessControlBadConfirmation()",
	"AccessControlInvalidDefaultAdmin(address defaultAdmin)",
	"AccessControlEnforcedDefaultAdminRules()",
	"AccessControlEnforcedDefaultAdminDelay(uint48 schedule)",
	// access/Ownable
	"OwnableUnauthorizedAccount(address account)",
	"OwnableInvalidOwner(address owner)",
	// access/manager
	"AccessManagedUnauthorized(address caller)",
	"AccessManagedRequiredDelay(address caller, uint32 delay)",
	"AccessManagedInvalidAuthority(address authority)",
	"AccessManagerUnauthorizedAccount(address msgsender, uint64 roleId)",
	"AccessManagerUnauthorizedCall(address caller, address target, bytes4 selector)",
	"AccessManagerNotScheduled(bytes32 operationId)",
	"AccessManagerNotReady(bytes32 operationId)",
	"AccessManagerExpired(bytes32 operationId)",
	// utils/Pausable
	"EnforcedPause()",
	"ExpectedPause()",
	// utils/ReentrancyGuard
	"ReentrancyGuardReentrantCall()",
	// interfaces/draft-IERC6093 (ERC20, ERC721, ERC1155)
	"ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)",
	"ERC20InvalidSender(address sender)",
	"ERC20InvalidReceiver(address receiver)",
	"ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)",
	"ERC20InvalidApprover(address approver)",
	"ERC20InvalidSpender(address spender)",
	"ERC20ExceededCap(uint256 increasedSupply, uint256 cap)",
	"ERC20InvalidCap(uint256 cap)",
	"ERC2612ExpiredSignature(uint256 deadline)",
	"ERC2612InvalidSigner(address signer, address owner)",
	"ERC721InvalidOwner(address owner)",
	"ERC721NonexistentToken(uint256 tokenId)",
	"ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)",
	"ERC721InvalidSender(address sender)",
	"ERC721InvalidReceiver(address receiver)",
	"ERC721InsufficientApproval(address operator, uint256 tokenId)",
	"ERC721InvalidApprover(address approver)",
	"ERC721InvalidOperator(address operator)",
	"ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)",
	"ERC1155MissingApprovalForAll(address operator, address owner)",
	// token/ERC20/utils/SafeERC20
	"SafeERC20FailedOperation(address token)",
	"SafeERC20FailedDecreaseAllowance(address spender, uint256 currentAllowance, uint256 requestedDecrease)",
	// utils/Address, utils/Errors, utils/Nonces, cryptography, math
	"AddressEmptyCode(address target)",
	"FailedCall()",
	"FailedDeployment()",
	"InsufficientBalance(uint256 balance, uint256 needed)",
	"MissingPrecompile(address)",
	"InvalidAccountNonce(address account, uint256 currentNonce)",
	"ECDSAInvalidSignature()",
	"ECDSAInvalidSignatureLength(uint256 length)",
	"ECDSAInvalidSignatureS(bytes32 s)",
	"SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)",
	"SafeCastOverflowedIntDowncast(uint8 bits, int256 value)",
	// proxy
	"InvalidInitialization()",
	"NotInitializing()",
	"ERC1967InvalidImplementation(address implementation)",
	"ERC1967InvalidAdmin(address admin)",
	"ERC1967InvalidBeacon(address beacon)",
	"ERC1967NonPayable()",
	"UUPSUnauthorizedCallContext()",
	"UUPSUnsupportedProxiableUUID(bytes32 slot)",
}

// wellKnownRoles are role names used across AccessControl deployments;
// a role is keccak256 of its name, except DEFAULT_ADMIN_ROLE, which is 0.
var wellKnownRoles = []string{
	"PAUSER_ROLE", "UNPAUSER_ROLE", "MINTER_ROLE", "BURNER_ROLE", "UPGRADER_ROLE", "ADMIN_ROLE",
	"OPERATOR_ROLE", "MANAGER_ROLE", "GUARDIAN_ROLE", "EMERGENCY_ROLE", "BLACKLISTER_ROLE",
	"FREEZER_ROLE", "KEEPER_ROLE", "RELAYER_ROLE", "ORACLE_ROLE", "GOVERNOR_ROLE", "GOVERNANCE_ROLE",
	"PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE", "TIMELOCK_ADMIN_ROLE", "SNAPSHOT_ROLE",
	"STRATEGIST_ROLE", "HARVESTER_ROLE", "LIQUIDATOR_ROLE", "TREASURER_ROLE", "BRIDGE_ROLE",
	"DEPOSITOR_ROLE", "WITHDRAWER_ROLE", "RESCUER_ROLE", "SETTER_ROLE", "CONFIGURATOR_ROLE", "PROTECTED_ROLE",
}

var (
	builtinErrors = map[[4]byte][]abi.Error{}
	roleNames     = map[common.Hash]string{{}: "DEFAULT_ADMIN_ROLE"}
)

func init() {
	for _, decl := range openZeppelinErrors {
		e, err := parseErrorDecl(decl)
		if err != nil {
			panic(fmt.Sprintf("revert: built-in error %q: %v", decl, err))
		}
		var sel [4]byte
		copy(sel[:], e.ID[:4])
		builtinErrors[sel] = append(builtinErrors[sel], e)
	}
	for _, name := range wellKnownRoles {
		roleNames[crypto.Keccak256Hash([]byte(name))] = name
	}
}

// RoleName names a well-known AccessControl role hash.
func RoleName(h common.Hash) (string, bool) {
	name, ok := roleNames[h]
	return name, ok
}

// parseErrorDecl parses "Name(type name, type)": elementary types only,
// which is all the built-in table needs.
func parseErrorDecl(decl string) (abi.Error, error) {
	name, rest, ok := strings.Cut(decl, "(")
	if !ok || !strings.HasSuffix(rest, ")") {
		return abi.Error{}, fmt.Errorf("want Name(type name, ...)")
	}
	var inputs abi.Arguments
	if params := strings.TrimSuffix(rest, ")"); strings.TrimSpace(params) != "" {
		for _, p := range strings.Split(params, ",") {
			fields := strings.Fields(p)
			if len(fields) == 0 || len(fields) > 2 {
				return abi.Error{}, fmt.Errorf("bad parameter %q", p)
			}
			t, err := abi.NewType(fields[0], "", nil)
			if err != nil {
				return abi.Error{}, err
			}
			arg := abi.Argument{Type: t}
			if len(fields) == 2 {
				arg.Name = fields[1]
			}
			inputs = append(inputs, arg)
		}
	}
	return abi.NewError(name, inputs), nil
}
