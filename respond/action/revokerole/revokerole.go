// Package revokerole takes an OpenZeppelin AccessControl role away from an
// account (revokeRole(bytes32,address)) and proves it with
// hasRole(bytes32,address): the answer to a compromised minter or
// operator key.
package revokerole

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/contractcall"
	"github.com/warden-dev/warden/revert"
)

// Params are the revoke-role step's parameters.
type Params struct {
	Contract string `yaml:"contract"`
	Signer   string `yaml:"signer"` // must hold the role's admin role
	// Role is a role name ("MINTER_ROLE") or its 32-byte id (0x...).
	Role string `yaml:"role"`
	// Account loses the role: an address or a placeholder (default
	// {{incident.attacker}}).
	Account string `yaml:"account"`
}

// DefaultAccount is the incident's attacker: the key that used the role.
const DefaultAccount = "{{incident.attacker}}"

const defaultAdminRole = "DEFAULT_ADMIN_ROLE"

var (
	roleName      = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	roleID        = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
	revokeRoleSel = crypto.Keccak256([]byte("revokeRole(bytes32,address)"))[:4]
	hasRoleSel    = crypto.Keccak256([]byte("hasRole(bytes32,address)"))[:4]
)

func decode(node *yaml.Node) (*Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	var errs []error
	switch {
	case p.Role == "":
		errs = append(errs, errors.New("role: is required (a name such as MINTER_ROLE, or the role's 0x id)"))
	case !roleName.MatchString(p.Role) && !roleID.MatchString(p.Role):
		errs = append(errs, fmt.Errorf("role: %q is neither a role name such as MINTER_ROLE nor a 32-byte 0x id", p.Role))
	}
	if p.Account == "" {
		p.Account = DefaultAccount
	}
	if err := contractcall.CheckAccount(p.Account); err != nil {
		errs = append(errs, fmt.Errorf("account: %w", err))
	}
	return &p, errors.Join(errs...)
}

// Factory makes revoke-role steps: {contract, signer, role, account?}.
func Factory() respond.ActionFactory {
	return contractcall.Factory("revoke-role", decode, func(c *contractcall.Contract, p *Params) respond.Action { return build(c, p) })
}

// ContractAndSigner implements contractcall.Target.
func (p *Params) ContractAndSigner() (string, string) { return p.Contract, p.Signer }

func build(c *contractcall.Contract, p *Params) *contractcall.Call {
	return &contractcall.Call{
		Contract: c,
		Build: func(ctx context.Context, in *respond.Input) (*contractcall.Built, error) {
			acct, err := contractcall.Account(p.Account, in)
			if err != nil {
				return nil, fmt.Errorf("account: %w", err)
			}
			role, err := resolveRole(ctx, c, p.Role)
			if err != nil {
				return nil, err
			}
			b := &contractcall.Built{
				What: fmt.Sprintf("revokeRole(%s, %s)", show(role), acct.Hex()),
				Data: encode(revokeRoleSel, role, acct),
			}
			held, err := hasRole(ctx, c, role, acct, nil)
			if err != nil {
				return nil, err
			}
			if !held {
				b.Noop = fmt.Sprintf("%s does not hold %s", acct.Hex(), show(role))
			}
			return b, nil
		},
		Verify: func(ctx context.Context, data []byte, block *big.Int) (bool, string, error) {
			if len(data) != 68 || string(data[:4]) != string(revokeRoleSel) {
				return false, "", fmt.Errorf("the sent call 0x%x is not revokeRole(bytes32,address)", data)
			}
			role, acct := common.BytesToHash(data[4:36]), common.BytesToAddress(data[36:68])
			held, err := hasRole(ctx, c, role, acct, block)
			if err != nil {
				return false, "", err
			}
			return !held, fmt.Sprintf("hasRole(%s, %s) is %v at block %s", show(role), acct.Hex(), held, block), nil
		},
	}
}

// resolveRole turns the configured role into its id. A name is first
// asked of the contract (AccessControl contracts expose their roles as
// public constants, e.g. MINTER_ROLE()), since nothing forces an id to be
// keccak256 of its name; a contract without that getter gets the
// convention.
func resolveRole(ctx context.Context, c *contractcall.Contract, role string) (common.Hash, error) {
	if roleID.MatchString(role) {
		return common.HexToHash(role), nil
	}
	out, err := c.Read(ctx, crypto.Keccak256([]byte(role + "()"))[:4], nil)
	if err == nil && len(out) == 32 {
		return common.BytesToHash(out), nil
	}
	if role == defaultAdminRole {
		return common.Hash{}, nil
	}
	return crypto.Keccak256Hash([]byte(role)), nil
}

func hasRole(ctx context.Context, c *contractcall.Contract, role common.Hash, acct common.Address, block *big.Int) (bool, error) {
	return c.ReadBool(ctx, "hasRole(bytes32,address)", encode(hasRoleSel, role, acct), block)
}

func encode(selector []byte, role common.Hash, acct common.Address) []byte {
	out := append([]byte{}, selector...)
	out = append(out, role.Bytes()...)
	return append(out, common.LeftPadBytes(acct.Bytes(), 32)...)
}

// show names a role for people, by name when it is a well-known one.
func show(role common.Hash) string {
	if name, ok := revert.RoleName(role); ok {
		return name
	}
	return role.Hex()
}
