package pause_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/pause"
	"github.com/warden-dev/warden/txmgr"
)

func TestPauseStepPausesVerifiesAndThenHasNothingToDo(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	mon := actiontest.Monitor(map[string]common.Address{"LendingPool": e.Proto.LendingPool}, nil)
	act, err := pause.Factory().New(actiontest.Params(t, `{contract: LendingPool, signer: pauser}`), e.BuildEnv(mon))
	if err != nil {
		t.Fatal(err)
	}
	in := actiontest.Input(e.Attacker.Address)
	plan, res, broadcasts, err := actiontest.Run(ctx, act, in, "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if plan.To != e.Proto.LendingPool || plan.From != e.Pauser.Address || !strings.HasPrefix(plan.Description, "pause() on LendingPool") {
		t.Fatalf("plan %+v", plan)
	}
	if !res.Verified || broadcasts != 1 || res.TxHash == (common.Hash{}) || !strings.Contains(res.Detail, "paused() is true at block") {
		t.Fatalf("result %+v after %d broadcasts", res, broadcasts)
	}
	if paused, err := e.Proto.Paused(ctx, e.Client); err != nil || !paused {
		t.Fatalf("pool paused=%v err=%v", paused, err)
	}
	// A pause is an emergency: it pays at least the emergency tip.
	tx, _, err := e.Client.TransactionByHash(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasTipCap().Cmp(txmgr.DefaultEmergencyTip) < 0 {
		t.Fatalf("pause paid a tip of %s wei, below the emergency floor %s", tx.GasTipCap(), txmgr.DefaultEmergencyTip)
	}

	// The next incident finds the pool paused: a no-op that sends nothing.
	_, res2, broadcasts, err := actiontest.Run(ctx, act, in, "inc-2/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if broadcasts != 0 || !res2.Verified || !strings.Contains(res2.Detail, "already paused") {
		t.Fatalf("second run %+v (%d broadcasts)", res2, broadcasts)
	}
	if n := e.Nonce(t, e.Pauser); n != 1 {
		t.Fatalf("pauser sent %d transactions, want 1", n)
	}
}

func TestPauseSimulationRevertIsDecodedAndNothingSent(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	mon := actiontest.Monitor(map[string]common.Address{"LendingPool": e.Proto.LendingPool}, nil)
	act, err := pause.Factory().New(actiontest.Params(t, `{contract: LendingPool, signer: stranger}`), e.BuildEnv(mon))
	if err != nil {
		t.Fatal(err)
	}
	_, err = act.Plan(ctx, actiontest.Input(e.Attacker.Address), "inc-1/pb/0")
	if err == nil {
		t.Fatal("a stranger's pause simulated fine")
	}
	for _, want := range []string{
		"simulating pause() on LendingPool (" + e.Proto.LendingPool.Hex() + ") from " + e.Stranger.Address.Hex(),
		"reverted: AccessControlUnauthorizedAccount(account: " + e.Stranger.Address.Hex() + ", neededRole: PAUSER_ROLE)",
		"the signer lacks the pauser role",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if n := e.Nonce(t, e.Stranger); n != 0 {
		t.Fatal("a transaction was sent despite the failed simulation")
	}
}

// TestPauseStepDrivesGuardianPauseAll uses the function and verify
// parameters for a circuit breaker that is not an OpenZeppelin Pausable by
// name: the Guardian's pauseAll() and allPaused().
func TestPauseStepDrivesGuardianPauseAll(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	if err := e.Proto.GrantGuardian(ctx, e.Client, e.Admin.Key, e.Pauser.Address); err != nil {
		t.Fatal(err)
	}
	mon := actiontest.Monitor(map[string]common.Address{"Guardian": e.Proto.Guardian}, nil)
	act, err := pause.Factory().New(actiontest.Params(t, `{contract: Guardian, signer: pauser, function: pauseAll(), verify: allPaused()}`), e.BuildEnv(mon))
	if err != nil {
		t.Fatal(err)
	}
	plan, res, _, err := actiontest.Run(ctx, act, actiontest.Input(e.Attacker.Address), "inc-1/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plan.Description, "pauseAll() on Guardian") || !res.Verified || !strings.Contains(res.Detail, "allPaused() is true") {
		t.Fatalf("plan %q result %+v", plan.Description, res)
	}
	if paused, err := e.Proto.Paused(ctx, e.Client); err != nil || !paused {
		t.Fatalf("pool paused=%v err=%v after Guardian.pauseAll", paused, err)
	}
}

// TestPauseActionLiteral keeps the struct the app and other tests build
// directly working, defaults included.
func TestPauseActionLiteral(t *testing.T) {
	e := actiontest.Start(t)
	ctx := context.Background()
	act := &pause.Action{Chain: "dev", Target: e.Proto.LendingPool, Name: "LendingPool", Caller: e.Client, Sender: e.Sender(e.Pauser)}
	_, res, _, err := actiontest.Run(ctx, act, nil, "inc-1/pb/0")
	if err != nil || !res.Verified {
		t.Fatalf("res %+v err %v", res, err)
	}
	if ok, err := pause.Paused(ctx, e.Client, e.Proto.LendingPool, nil); err != nil || !ok {
		t.Fatalf("Paused = %v, %v", ok, err)
	}
}

func TestPauseCheck(t *testing.T) {
	mon := actiontest.Monitor(map[string]common.Address{"LendingPool": common.HexToAddress("0x1000000000000000000000000000000000000001")}, nil)
	cases := []struct {
		params string
		want   string // "" = valid
	}{
		{`{contract: LendingPool, signer: pauser}`, ""},
		{`{contract: "0x1000000000000000000000000000000000000002", signer: pauser, function: pauseAll(), verify: allPaused()}`, ""},
		{`{signer: pauser}`, "contract: is required"},
		{`{contract: Vault, signer: pauser}`, `contract: "Vault" is neither a contract of monitor pool`},
		{`{contract: LendingPool}`, "signer: is required"},
		{`{contract: LendingPool, signer: pauser, function: "pause(uint256)"}`, "function: pause(uint256) takes arguments"},
		{`{contract: LendingPool, signer: pauser, function: "pause("}`, "function:"},
		{`{contract: LendingPool, signer: pauser, verify: "paused(bool x"}`, "verify:"},
		{`{contract: LendingPool, signer: pauser, function: pauseEverything}`, "the contract has no ABI configured, so give the signature"},
		{`{contract: LendingPool, signer: pauser, gas: 1}`, "field gas not found"},
	}
	for _, tc := range cases {
		err := pause.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{Monitor: mon})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
	}
}
