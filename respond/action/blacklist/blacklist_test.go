package blacklist_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/contracts/bindings/blacklistabletoken"
	"github.com/warden-dev/warden/contracts/bindings/tetherliketoken"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/blacklist"
	"github.com/warden-dev/warden/revert"
)

var (
	usdcABI   = blacklistabletoken.NewBlacklistableToken()
	tetherABI = tetherliketoken.NewTetherLikeToken()
)

type world struct {
	*actiontest.Env
	usdc, tether common.Address
}

// setup deploys one token of each pattern from the admin (who is the
// USDC-like token's blacklister and the Tether-like token's owner) and
// gives the attacker a balance on both.
func setup(t *testing.T) *world {
	e := actiontest.Start(t)
	w := &world{Env: e}
	w.usdc = e.Deploy(t, &blacklistabletoken.BlacklistableTokenMetaData, usdcABI.PackConstructor(e.Admin.Address))
	w.tether = e.Deploy(t, &tetherliketoken.TetherLikeTokenMetaData, tetherABI.PackConstructor(e.Admin.Address))
	e.Transact(t, e.Admin.Key, w.usdc, usdcABI.PackMint(e.Attacker.Address, big.NewInt(1e6)))
	e.Transact(t, e.Admin.Key, w.tether, tetherABI.PackMint(e.Attacker.Address, big.NewInt(1e6)))
	return w
}

// env names the tokens as a monitor's contracts; bUSD has its ABI
// configured, tUSD does not.
func (w *world) env(t *testing.T) respond.BuildEnv {
	mon := actiontest.Monitor(map[string]common.Address{"bUSD": w.usdc, "tUSD": w.tether, "LendingPool": w.Proto.LendingPool},
		map[string]*abi.ABI{"bUSD": actiontest.ArtifactABI(t, "BlacklistableToken")})
	return w.BuildEnv(mon)
}

func (w *world) usdcListed(t *testing.T, who common.Address) bool {
	out := w.Call(t, w.usdc, usdcABI.PackIsBlacklisted(who))
	v, err := usdcABI.UnpackIsBlacklisted(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestBlacklistUSDCPatternFreezesTheAttacker(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	act, err := blacklist.Factory().New(actiontest.Params(t, `{contract: bUSD, signer: admin}`), w.env(t))
	if err != nil {
		t.Fatal(err)
	}
	in := actiontest.Input(w.Attacker.Address)
	plan, res, broadcasts, err := actiontest.Run(ctx, act, in, "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plan.Description, "blacklist("+w.Attacker.Address.Hex()+") on bUSD") {
		t.Fatalf("description %q", plan.Description)
	}
	if !res.Verified || broadcasts != 1 || !strings.Contains(res.Detail, "isBlacklisted(address) for "+w.Attacker.Address.Hex()+" is true at block") {
		t.Fatalf("result %+v (%d broadcasts)", res, broadcasts)
	}
	if !w.usdcListed(t, w.Attacker.Address) {
		t.Fatal("isBlacklisted(attacker) is false on chain")
	}
	// The blacklist holds: the attacker's transfer reverts, and the
	// token's own custom error is decoded with its ABI.
	_, err = w.Client.CallContract(ctx, ethereum.CallMsg{From: w.Attacker.Address, To: &w.usdc, Data: usdcABI.PackTransfer(w.Stranger.Address, big.NewInt(1))}, nil)
	tokenABI := actiontest.ArtifactABI(t, "BlacklistableToken")
	if got := revert.Explain(err, tokenABI); got == nil || !strings.Contains(got.Error(), "AccountBlacklisted(account: "+w.Attacker.Address.Hex()+")") {
		t.Fatalf("attacker transfer after blacklisting: %v", got)
	}

	_, res2, broadcasts, err := actiontest.Run(ctx, act, in, "inc-2/pb/0")
	if err != nil || broadcasts != 0 || !res2.Verified || !strings.Contains(res2.Detail, "already blacklisted") {
		t.Fatalf("second run: %+v, %d broadcasts, %v", res2, broadcasts, err)
	}
}

func TestBlacklistTetherPatternDetectedAutomatically(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	// The account comes from the triggering alert's label.
	victimFunds := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	alerts := []alert.Alert{
		{Detector: "large_outflow", Severity: alert.SeverityHigh, Title: "outflow", Labels: map[string]string{"receiver": w.Stranger.Address.Hex()}},
		{Detector: "approval_drain", Severity: alert.SeverityCritical, Title: "drain", Labels: map[string]string{"receiver": victimFunds.Hex()}},
	}
	act, err := blacklist.Factory().New(actiontest.Params(t, `{contract: tUSD, signer: admin, account: "{{alert.labels.receiver}}"}`), w.env(t))
	if err != nil {
		t.Fatal(err)
	}
	plan, res, _, err := actiontest.Run(ctx, act, actiontest.Input(w.Attacker.Address, alerts...), "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plan.Description, "addBlackList("+victimFunds.Hex()+")") || !res.Verified || !strings.Contains(res.Detail, "isBlackListed(address)") {
		t.Fatalf("plan %q result %+v", plan.Description, res)
	}
	out := w.Call(t, w.tether, tetherABI.PackGetBlackListStatus(victimFunds))
	if listed, err := tetherABI.UnpackGetBlackListStatus(out); err != nil || !listed {
		t.Fatalf("getBlackListStatus(critical alert's receiver) = %v, %v", listed, err)
	}
	out = w.Call(t, w.tether, tetherABI.PackGetBlackListStatus(w.Stranger.Address))
	if listed, _ := tetherABI.UnpackGetBlackListStatus(out); listed {
		t.Fatal("the lower-severity alert's receiver was blacklisted")
	}
}

func TestBlacklistFailuresNameTheProblem(t *testing.T) {
	w := setup(t)
	ctx := context.Background()
	in := actiontest.Input(w.Attacker.Address)
	cases := []struct {
		name, params string
		in           *respond.Input
		want         []string
	}{
		{"signer lacks the blacklister role", `{contract: bUSD, signer: stranger}`, in,
			[]string{"simulating blacklist(" + w.Attacker.Address.Hex() + ") on bUSD", "from " + w.Stranger.Address.Hex(),
				"reverted: AccessControlUnauthorizedAccount(account: " + w.Stranger.Address.Hex() + ", neededRole: BLACKLISTER_ROLE)"}},
		{"signer is not the Tether owner", `{contract: tUSD, signer: stranger}`, in,
			[]string{"reverted: OwnableUnauthorizedAccount(account: " + w.Stranger.Address.Hex() + ")"}},
		{"wrong explicit pattern", `{contract: bUSD, signer: admin, pattern: tether}`, in,
			[]string{"pattern tether", "isBlackListed(address) on bUSD"}},
		{"not a blacklisting token", `{contract: LendingPool, signer: admin}`, in,
			[]string{"pattern auto", "answers none of isBlacklisted(address), isBlackListed(address), getBlackListStatus(address)"}},
		{"no attacker", `{contract: bUSD, signer: admin}`, actiontest.Input(common.Address{}),
			[]string{"account: {{incident.attacker}}: the incident has no attacker address"}},
		{"label missing", `{contract: bUSD, signer: admin, account: "{{alert.labels.receiver}}"}`,
			actiontest.Input(w.Attacker.Address, alert.Alert{Detector: "flash_loan", Title: "t", Severity: alert.SeverityCritical}),
			[]string{"{{alert.labels.receiver}}: the triggering alert (flash_loan, t) does not carry it"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			act, err := blacklist.Factory().New(actiontest.Params(t, tc.params), w.env(t))
			if err != nil {
				t.Fatal(err)
			}
			_, err = act.Plan(ctx, tc.in, "inc-x/pb/0")
			if err == nil {
				t.Fatal("planned without error")
			}
			t.Log(err)
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
	if w.Nonce(t, w.Stranger) != 0 {
		t.Fatal("a failed plan sent a transaction")
	}
	if w.usdcListed(t, w.Attacker.Address) {
		t.Fatal("attacker blacklisted by a failed plan")
	}
}

func TestBlacklistCheck(t *testing.T) {
	mon := actiontest.Monitor(map[string]common.Address{"bUSD": common.HexToAddress("0x1000000000000000000000000000000000000001")}, nil)
	cases := []struct{ params, want string }{
		{`{contract: bUSD, signer: admin}`, ""},
		{`{contract: bUSD, signer: admin, pattern: usdc, account: "0x00000000000000000000000000000000000000aa"}`, ""},
		{`{contract: bUSD, signer: admin, account: "{{alert.to}}"}`, ""},
		{`{contract: bUSD, signer: admin, pattern: circle}`, `pattern: "circle" is not auto, usdc or tether`},
		{`{contract: bUSD, signer: admin, account: "0x12"}`, `account: "0x12" is not a 0x address`},
		{`{contract: bUSD, signer: admin, account: "{{incident.atacker}}"}`, "{{incident.atacker}}: unknown field"},
		{`{contract: bUSD}`, "signer: is required"},
		{`{contract: Nope, signer: admin}`, `contract: "Nope" is neither`},
		{`{contract: bUSD, signer: admin, accounts: []}`, "field accounts not found"},
	}
	for _, tc := range cases {
		err := blacklist.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{Monitor: mon})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
	}
}
