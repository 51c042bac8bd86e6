package call_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/contracts/bindings/blacklistabletoken"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/call"
)

var tokenABI = blacklistabletoken.NewBlacklistableToken()

type world struct {
	*actiontest.Env
	token common.Address
	env   respond.BuildEnv
}

// setup deploys a blacklistable token (admin is its blacklister and
// minter) and names it, the pool and WETH in the monitor; the token and
// the pool have their ABIs configured.
func setup(t *testing.T) *world {
	e := actiontest.Start(t)
	w := &world{Env: e}
	w.token = e.Deploy(t, &blacklistabletoken.BlacklistableTokenMetaData, tokenABI.PackConstructor(e.Admin.Address))
	mon := actiontest.Monitor(
		map[string]common.Address{"bUSD": w.token, "LendingPool": e.Proto.LendingPool, "WETH": e.Proto.WETH},
		map[string]*abi.ABI{"bUSD": actiontest.ArtifactABI(t, "BlacklistableToken"), "LendingPool": actiontest.ArtifactABI(t, "LendingPool")})
	w.env = e.BuildEnv(mon)
	return w
}

func (w *world) build(t *testing.T, params string) respond.Action {
	t.Helper()
	if err := call.Factory().Check(actiontest.Params(t, params), respond.CheckEnv{Monitor: w.env.Monitor}); err != nil {
		t.Fatalf("check: %v", err)
	}
	a, err := call.Factory().New(actiontest.Params(t, params), w.env)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCallWithPlaceholderArgsIsVerified(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	act := w.build(t, `
contract: bUSD
signer: admin
function: blacklist(address)
args: ["{{incident.attacker}}"]
verify: {function: "isBlacklisted(address)", args: ["{{incident.attacker}}"], expect: true}`)
	in := actiontest.Input(w.Attacker.Address)
	plan, res, broadcasts, err := actiontest.Run(ctx, act, in, "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if want := append(crypto.Keccak256([]byte("blacklist(address)"))[:4], common.LeftPadBytes(w.Attacker.Address.Bytes(), 32)...); string(plan.Data) != string(want) {
		t.Fatalf("call data %x, want %x", plan.Data, want)
	}
	if !strings.HasPrefix(plan.Description, "blacklist("+w.Attacker.Address.Hex()+") on bUSD") {
		t.Fatalf("description %q", plan.Description)
	}
	if !res.Verified || broadcasts != 1 || !strings.Contains(res.Detail, "isBlacklisted("+w.Attacker.Address.Hex()+") returns true at block") {
		t.Fatalf("result %+v", res)
	}
	listed, err := tokenABI.UnpackIsBlacklisted(w.Call(t, w.token, tokenABI.PackIsBlacklisted(w.Attacker.Address)))
	if err != nil || !listed {
		t.Fatalf("isBlacklisted = %v, %v", listed, err)
	}
	// The verification holds before a second incident's call: nothing to do.
	p2, err := act.Plan(ctx, in, "inc-2/pb/0")
	if err != nil || !p2.Noop || !strings.Contains(p2.Reason, "already in effect") {
		t.Fatalf("second plan %+v, %v", p2, err)
	}
}

// TestCallByMethodNameWithNumbersAndAlertFields resolves the function by
// name through the configured ABI, takes the receiver from the triggering
// alert and checks a uint256 result.
func TestCallByMethodNameWithNumbersAndAlertFields(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	receiver := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	act := w.build(t, `
contract: bUSD
signer: admin
function: mint
args: ["{{alert.labels.receiver}}", "1_000_000_000_000_000_000_000"]
verify: {function: balanceOf, args: ["{{alert.labels.receiver}}"], expect: "1000000000000000000000"}`)
	in := actiontest.Input(w.Attacker.Address, alert.Alert{Detector: "approval_drain", Severity: alert.SeverityCritical, Title: "drain", Labels: map[string]string{"receiver": receiver.Hex()}})
	_, res, _, err := actiontest.Run(ctx, act, in, "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || !strings.Contains(res.Detail, "balanceOf("+receiver.Hex()+") returns 1000000000000000000000") {
		t.Fatalf("result %+v", res)
	}
}

// TestCallSendsValueAndVerifiesWithLiteralArgs deposits ether into WETH
// (no ABI configured: signatures only) and reads the signer's balance.
func TestCallSendsValueAndVerifiesWithLiteralArgs(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	act := w.build(t, `
contract: WETH
signer: stranger
function: deposit()
value: "1000000000000000000"
verify: {function: "balanceOf(address)", args: ["`+w.Stranger.Address.Hex()+`"], expect: "1000000000000000000"}`)
	plan, res, _, err := actiontest.Run(ctx, act, actiontest.Input(w.Attacker.Address), "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if plan.Value == nil || plan.Value.Cmp(big.NewInt(1e18)) != 0 || !res.Verified {
		t.Fatalf("plan value %v, result %+v", plan.Value, res)
	}
}

func TestCallSimulationRevertsAreDecoded(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	in := actiontest.Input(w.Attacker.Address)
	cases := []struct{ name, params, want string }{
		{"missing role", `{contract: LendingPool, signer: stranger, function: "setMaxBorrowPerTx(uint256)", args: ["5"]}`,
			"simulating setMaxBorrowPerTx(5) on LendingPool (" + w.Proto.LendingPool.Hex() + ") from " + w.Stranger.Address.Hex() +
				": reverted: AccessControlUnauthorizedAccount(account: " + w.Stranger.Address.Hex() + ", neededRole: DEFAULT_ADMIN_ROLE)"},
		{"contract's own error from its ABI", `{contract: LendingPool, signer: stranger, function: borrow, args: ["0"]}`,
			"reverted: ZeroAmount()"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.build(t, tc.params).Plan(ctx, in, "inc-x/pb/0")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if w.Nonce(t, w.Stranger) != 0 {
		t.Fatal("a reverting call was sent")
	}
}

func TestCallPlanErrorsNameTheArgument(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	act := w.build(t, `{contract: bUSD, signer: admin, function: "blacklist(address)", args: ["{{alert.labels.receiver}}"]}`)
	bad := alert.Alert{Detector: "d", Title: "t", Severity: alert.SeverityHigh, Labels: map[string]string{"receiver": "not-an-address"}}
	cases := []struct {
		in   *respond.Input
		want string
	}{
		{actiontest.Input(w.Attacker.Address, bad), `blacklist(address): args[0] (address): "not-an-address" is not a 0x address`},
		{actiontest.Input(w.Attacker.Address), "args[0] (address): {{alert.labels.receiver}}: no alerts were given to the step"},
	}
	for _, tc := range cases {
		_, err := act.Plan(ctx, tc.in, "inc-x/pb/0")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want it to contain %q", err, tc.want)
		}
	}
}

func TestCallCheck(t *testing.T) {
	pool := actiontest.ArtifactABI(t, "LendingPool")
	mon := actiontest.Monitor(map[string]common.Address{
		"LendingPool": common.HexToAddress("0x1000000000000000000000000000000000000001"),
		"Token":       common.HexToAddress("0x1000000000000000000000000000000000000002"),
	}, map[string]*abi.ABI{"LendingPool": pool})
	cases := []struct{ params, want string }{
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"]}`, ""},
		{`{contract: Token, signer: s, function: "transfer(address to, uint amount)", args: ["0x00000000000000000000000000000000000000aa", "0x10"]}`, ""},
		{`{contract: Token, signer: s, function: "setLimits(uint256[], bool)", args: [[1, 2, 3], true]}`, ""},
		{`{contract: LendingPool, signer: s, function: pause}`, ""},
		{`{contract: Token, signer: s, function: "blacklist(address)"}`, "args: 0 given, the function takes 1 (address)"},
		{`{contract: Token, signer: s, function: "setCap(uint8)", args: ["256"]}`, "args[0] (uint8): 256 is out of range for uint8"},
		{`{contract: Token, signer: s, function: "setCap(uint256)", args: ["lots"]}`, `args[0] (uint256): "lots" is not a whole number`},
		{`{contract: Token, signer: s, function: "setFlag(bool)", args: ["yes"]}`, `"yes" is not true or false`},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["0x00000000000000000000000000000000000000AA"]}`, ""},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]}`, ""},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"]}`, "wrong EIP-55 checksum"},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.who}}"]}`, "{{incident.who}}: unknown field"},
		{`{contract: Token, signer: s, function: "setRoot(bytes32)", args: ["0x12"]}`, `"0x12" is not 32 bytes of 0x-prefixed hex`},
		{`{contract: Token, signer: s, function: "setLimits(uint256[2])", args: [[1]]}`, "want 2 elements, got 1"},
		{`{contract: Token, signer: s, function: "setLimits(uint256[])", args: ["1"]}`, "want a list for uint256[]"},
		{`{contract: Token, signer: s, function: "f((uint256,address))", args: ["1"]}`, "tuple types are not supported"},
		{`{contract: Token, signer: s, function: "blacklist(adress)", args: ["1"]}`, `"adress" is not a Solidity type`},
		{`{contract: Token, signer: s, function: pause}`, "the contract has no ABI configured, so give the signature"},
		{`{contract: LendingPool, signer: s, function: pauze}`, `"pauze" is not a function of the contract's ABI`},
		{`{contract: Token, signer: s}`, "function: is required"},
		{`{contract: Token, signer: s, function: "deposit()", value: "-1"}`, `value: "-1" is not an amount of wei`},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"], verify: {function: "isBlacklisted(address)", args: ["{{alert.from}}"]}}`,
			`verify: args[0]: "{{alert.from}}" is not one of the call's args`},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"], verify: {function: "isBlacklisted(address)", args: ["{{incident.attacker}}"], expect: maybe}}`,
			`cannot tell isBlacklisted(address)'s return type from "maybe"`},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"], verify: {function: "isBlacklisted(address) returns (bool)", args: ["{{incident.attacker}}"], expect: "1"}}`,
			`expect: "1" is not true or false`},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"], verify: {function: "balanceOf(uint256)", args: ["{{incident.attacker}}"]}}`,
			"verify: args[0]: uint256, but the call's args[0] with the same placeholder is address"},
		{`{contract: Token, signer: s, function: "blacklist(address)", args: ["{{incident.attacker}}"], verify: {args: []}}`, "verify: function: is required"},
		{`{contract: Token, signer: s, function: "blacklist(address)", arguments: []}`, "field arguments not found"},
	}
	for _, tc := range cases {
		err := call.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{Monitor: mon})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
	}
}
