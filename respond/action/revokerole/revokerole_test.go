package revokerole_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/bindings/blacklistabletoken"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/revokerole"
	"github.com/warden-dev/warden/revert"
)

var (
	tokenABI   = blacklistabletoken.NewBlacklistableToken()
	minterRole = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
)

func TestRevokeRoleTakesTheMinterRoleFromTheAttacker(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	token := e.Deploy(t, &blacklistabletoken.BlacklistableTokenMetaData, tokenABI.PackConstructor(e.Admin.Address))
	// The attacker holds MINTER_ROLE: a compromised minter key.
	e.Transact(t, e.Admin.Key, token, tokenABI.PackGrantRole(minterRole, e.Attacker.Address))
	hasRole := func() bool {
		v, err := tokenABI.UnpackHasRole(e.Call(t, token, tokenABI.PackHasRole(minterRole, e.Attacker.Address)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if !hasRole() {
		t.Fatal("setup: attacker has no MINTER_ROLE")
	}
	env := e.BuildEnv(actiontest.Monitor(map[string]common.Address{"bUSD": token}, nil))
	act, err := revokerole.Factory().New(actiontest.Params(t, `{contract: bUSD, signer: admin, role: MINTER_ROLE}`), env)
	if err != nil {
		t.Fatal(err)
	}
	in := actiontest.Input(e.Attacker.Address)
	plan, res, broadcasts, err := actiontest.Run(ctx, act, in, "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plan.Description, "revokeRole(MINTER_ROLE, "+e.Attacker.Address.Hex()+") on bUSD") {
		t.Fatalf("description %q", plan.Description)
	}
	if !res.Verified || broadcasts != 1 || !strings.Contains(res.Detail, "hasRole(MINTER_ROLE, "+e.Attacker.Address.Hex()+") is false at block") {
		t.Fatalf("result %+v (%d broadcasts)", res, broadcasts)
	}
	if hasRole() {
		t.Fatal("attacker still holds MINTER_ROLE")
	}
	// The compromised key can no longer mint.
	_, err = e.Client.CallContract(ctx, ethereum.CallMsg{From: e.Attacker.Address, To: &token, Data: tokenABI.PackMint(e.Attacker.Address, big.NewInt(1))}, nil)
	if got := revert.Explain(err); got == nil || !strings.Contains(got.Error(), "neededRole: MINTER_ROLE") {
		t.Fatalf("attacker's mint after the revoke: %v", got)
	}
	_, res2, broadcasts, err := actiontest.Run(ctx, act, in, "inc-2/pb/0")
	if err != nil || broadcasts != 0 || !res2.Verified || !strings.Contains(res2.Detail, "does not hold MINTER_ROLE") {
		t.Fatalf("second run %+v, %d broadcasts, %v", res2, broadcasts, err)
	}
}

func TestRevokeRoleOnLendingPoolByRoleID(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	env := e.BuildEnv(actiontest.Monitor(map[string]common.Address{"LendingPool": e.Proto.LendingPool}, nil))
	params := `{contract: LendingPool, signer: admin, role: "` + demoprotocol.PauserRole.Hex() + `", account: "` + e.Pauser.Address.Hex() + `"}`
	act, err := revokerole.Factory().New(actiontest.Params(t, params), env)
	if err != nil {
		t.Fatal(err)
	}
	_, res, _, err := actiontest.Run(ctx, act, actiontest.Input(e.Attacker.Address), "inc-1/pb/0")
	if err != nil || !res.Verified {
		t.Fatalf("res %+v err %v", res, err)
	}
	if held, err := e.Proto.HasRole(ctx, e.Client, demoprotocol.PauserRole, e.Pauser.Address); err != nil || held {
		t.Fatalf("pauser still holds PAUSER_ROLE: %v %v", held, err)
	}
}

func TestRevokeRoleFailures(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	env := e.BuildEnv(actiontest.Monitor(map[string]common.Address{"LendingPool": e.Proto.LendingPool}, nil))
	in := actiontest.Input(e.Pauser.Address) // the "attacker" is the pauser
	cases := []struct{ name, params, want string }{
		{"signer is not the role's admin", `{contract: LendingPool, signer: stranger, role: PAUSER_ROLE}`,
			"reverted: AccessControlUnauthorizedAccount(account: " + e.Stranger.Address.Hex() + ", neededRole: DEFAULT_ADMIN_ROLE)"},
		{"not a contract with roles", `{contract: "0x000000000000000000000000000000000000dEaD", signer: admin, role: PAUSER_ROLE}`,
			"hasRole(bytes32,address) on 0x000000000000000000000000000000000000dEaD returned 0 bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			act, err := revokerole.Factory().New(actiontest.Params(t, tc.params), env)
			if err != nil {
				t.Fatal(err)
			}
			_, err = act.Plan(ctx, in, "inc-x/pb/0")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
	// A role the pool has no getter for is hashed by convention and, not
	// being held, is nothing to do.
	act, err := revokerole.Factory().New(actiontest.Params(t, `{contract: LendingPool, signer: admin, role: UPGRADER_ROLE}`), env)
	if err != nil {
		t.Fatal(err)
	}
	p, err := act.Plan(ctx, in, "inc-y/pb/0")
	if err != nil || !p.Noop || !strings.Contains(p.Reason, "does not hold UPGRADER_ROLE") {
		t.Fatalf("plan %+v err %v", p, err)
	}
	if e.Nonce(t, e.Stranger) != 0 {
		t.Fatal("a failed plan sent a transaction")
	}
}

func TestRevokeRoleCheck(t *testing.T) {
	mon := actiontest.Monitor(map[string]common.Address{"LendingPool": common.HexToAddress("0x1000000000000000000000000000000000000001")}, nil)
	cases := []struct{ params, want string }{
		{`{contract: LendingPool, signer: admin, role: MINTER_ROLE}`, ""},
		{`{contract: LendingPool, signer: admin, role: "0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6", account: "{{alert.from}}"}`, ""},
		{`{contract: LendingPool, signer: admin}`, "role: is required"},
		{`{contract: LendingPool, signer: admin, role: "minter role"}`, `role: "minter role" is neither a role name`},
		{`{contract: LendingPool, signer: admin, role: "0x1234"}`, `role: "0x1234" is neither`},
		{`{contract: LendingPool, signer: admin, role: MINTER_ROLE, account: attacker}`, `account: "attacker" is not a 0x address`},
		{`{contract: LendingPool, role: MINTER_ROLE}`, "signer: is required"},
		{`{contract: LendingPool, signer: admin, role: MINTER_ROLE, roles: []}`, "field roles not found"},
	}
	for _, tc := range cases {
		err := revokerole.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{Monitor: mon})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
	}
}
