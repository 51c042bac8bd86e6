package guardian_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/contracts/bindings/circuitbreaker"
	"github.com/warden-dev/warden/contracts/bindings/stablecoin"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/guardian"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/pause"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

func word(v any) []byte {
	switch x := v.(type) {
	case common.Address:
		return common.LeftPadBytes(x.Bytes(), 32)
	case common.Hash:
		return x.Bytes()
	case int64:
		return common.LeftPadBytes(big.NewInt(x).Bytes(), 32)
	}
	panic("word: unsupported")
}

func TestDecodeRevert(t *testing.T) {
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	denied := slices.Concat(selector("AccessControlUnauthorizedAccount(address,bytes32)"), word(who), word(guardian.PauserRole))
	// TargetPauseFailed(address,bytes) with the denial nested in it.
	nested := slices.Concat(selector("TargetPauseFailed(address,bytes)"), word(who), word(int64(64)), word(int64(len(denied))),
		common.RightPadBytes(denied, (len(denied)+31)/32*32))
	stringErr, _ := abi.NewType("string", "", nil)
	errData, _ := abi.Arguments{{Type: stringErr}}.Pack("nope")
	cases := []struct {
		data []byte
		want string
	}{
		{denied, "AccessControlUnauthorizedAccount(account: " + who.Hex() + ", neededRole: PAUSER_ROLE)"},
		{nested, "TargetPauseFailed(target: " + who.Hex() + ", reason: AccessControlUnauthorizedAccount(account: " + who.Hex() + ", neededRole: PAUSER_ROLE))"},
		{slices.Concat(selector("RateLimitExceeded(address,uint256,uint256)"), word(who), word(int64(7)), word(int64(3))), "RateLimitExceeded(token: " + who.Hex() + ", amount: 7, available: 3)"},
		{selector("EnforcedPause()"), "EnforcedPause()"},
		{selector("BreakerTripped()"), "BreakerTripped()"},
		{slices.Concat(selector("Error(string)"), errData), `nope`},
		{[]byte{0xde, 0xad, 0xbe, 0xef}, "unknown error 0xdeadbeef (data 0xdeadbeef)"},
		{nil, "no revert data (a function the contract does not have, a require without a message, or out of gas)"},
	}
	for _, c := range cases {
		if got := guardian.DecodeRevert(c.data); got != c.want {
			t.Errorf("DecodeRevert(%x) = %q, want %q", c.data, got, c.want)
		}
	}
}

func TestSetLimitData(t *testing.T) {
	token, vault := common.Address{1}, common.Address{2}
	good := guardian.Limit{Vault: vault, ShareBps: 2500, BaseAllowance: big.NewInt(10), Window: time.Hour, Mode: guardian.ModeRevert}
	data, err := guardian.SetLimitData(token, good)
	if err != nil {
		t.Fatal(err)
	}
	m := circuitbreaker.NewCircuitBreaker().GetABI().Methods["setLimit"]
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		t.Fatal(err)
	}
	if args[0] != token || args[1] != vault || args[2] != uint16(2500) || args[3].(*big.Int).Int64() != 10 || args[4] != uint32(3600) || args[5] != uint8(1) {
		t.Errorf("setLimit args %v", args)
	}
	for name, bad := range map[string]struct {
		mod  func(*guardian.Limit)
		want string
	}{
		"no vault":       {func(l *guardian.Limit) { l.Vault = common.Address{} }, "must both be set"},
		"share over 100": {func(l *guardian.Limit) { l.ShareBps = 10_001 }, "over 10000"},
		"nothing out":    {func(l *guardian.Limit) { l.ShareBps, l.BaseAllowance = 0, nil }, "both zero"},
		"odd window":     {func(l *guardian.Limit) { l.Window = 100 * time.Second }, "multiple of 12 s"},
		"sub-second":     {func(l *guardian.Limit) { l.Window = 1500 * time.Millisecond }, "whole seconds"},
		"unknown mode":   {func(l *guardian.Limit) { l.Mode = 7 }, "unknown mode"},
		"negative base":  {func(l *guardian.Limit) { l.BaseAllowance = big.NewInt(-1) }, "negative"},
	} {
		l := good
		bad.mod(&l)
		if _, err := guardian.SetLimitData(token, l); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: err %v, want %q", name, err, bad.want)
		}
	}
}

func TestParsePauseAllNeedsSummary(t *testing.T) {
	_, err := guardian.ParsePauseAll(&types.Receipt{Status: 0}, common.Address{9})
	if err == nil || !strings.Contains(err.Error(), "no PausedAll event") {
		t.Errorf("receipt without events: %v", err)
	}
}

type world struct {
	ctx    context.Context
	chain  *devchain.Chain
	client *ethclient.Client
	p      *demoprotocol.Protocol
	admin  *ecdsa.PrivateKey
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 4})
	p, err := demoprotocol.Deploy(ctx, client, c.Accounts()[0].Key, demoprotocol.Params{})
	if err != nil {
		t.Fatal(err)
	}
	return &world{ctx: ctx, chain: c, client: client, p: p, admin: c.Accounts()[0].Key}
}

// send signs data to `to` from key and waits for a successful receipt.
func (w *world) send(t *testing.T, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	tx, err := bind.NewBoundContract(to, abi.ABI{}, w.client, w.client, w.client).RawTransact(w.opts(key), data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := demoprotocol.Wait(w.ctx, w.client, "send", tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (w *world) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(key, w.p.ChainID)
	o.Context = w.ctx
	return o
}

// Warden's existing pause action, pointed at the Guardian, pauses the whole
// protocol and verifies it; when one target cannot be paused the action
// reports it unverified, and this package says which target and why.
func TestPauseActionDrivesGuardian(t *testing.T) {
	w := newWorld(t)
	ctx, c, p := w.ctx, w.client, w.p
	responder := w.chain.Accounts()[1]
	if err := p.GrantGuardian(ctx, c, w.admin, responder.Address); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	act := &pause.Action{Chain: "dev", Target: p.Guardian, Name: "Guardian", Caller: c,
		Sender: txmgr.New("dev", p.ChainID, c, signer.NewKey(responder.Key), st, nil)}
	run := func(key string) *respond.Result {
		t.Helper()
		plan, err := act.Plan(ctx, nil, key)
		if err != nil {
			t.Fatal(err)
		}
		res, err := act.Execute(ctx, plan, respond.Approval{}, func(txmgr.Record) {})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	res := run("inc-1/pause/0")
	if !res.Verified {
		t.Fatalf("pause through the Guardian not verified: %+v", res)
	}
	r, err := c.TransactionReceipt(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	out, err := guardian.ParsePauseAll(r, p.Guardian)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(out.Paused, []common.Address{p.LendingPool, p.Stable}) || len(out.Failed) != 0 {
		t.Fatalf("pause() on the Guardian did %+v, want the pool and dUSD paused", out)
	}

	// A third target whose pauser role the Guardian lacks: a token the
	// admin deploys and registers but forgets to grant.
	if err := p.UnpauseAll(ctx, c, w.admin); err != nil {
		t.Fatal(err)
	}
	token, tx, err := bind.DeployContract(w.opts(w.admin), common.FromHex(stablecoin.StableCoinMetaData.Bin), c,
		stablecoin.NewStableCoin().PackConstructor(crypto.PubkeyToAddress(w.admin.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demoprotocol.Wait(ctx, c, "deploy third target", tx); err != nil {
		t.Fatal(err)
	}
	w.send(t, w.admin, p.Guardian, guardian.AddTargetData(token))

	pre, err := guardian.CheckPauseAll(ctx, c, p.Guardian, responder.Address)
	if err != nil {
		t.Fatal(err)
	}
	if pre.Ready() || len(pre.Targets) != 3 || pre.Targets[2].Target != token ||
		pre.Targets[2].Reason != "AccessControlUnauthorizedAccount(account: "+p.Guardian.Hex()+", neededRole: PAUSER_ROLE)" {
		t.Fatalf("preflight %+v, want the new token refused", pre)
	}
	res = run("inc-2/pause/0")
	if res.Verified {
		t.Fatalf("pause verified although a target could not be paused: %+v", res)
	}
	r, err = c.TransactionReceipt(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	out, err = guardian.ParsePauseAll(r, p.Guardian)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Paused) != 2 || len(out.Failed) != 1 || out.Failed[0].Target != token || out.Failed[0].Reason != pre.Targets[2].Reason {
		t.Errorf("outcome %+v, want the token failed with %s", out, pre.Targets[2].Reason)
	}
	state, err := guardian.ReadState(ctx, c, p.Guardian, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(state.Running(), []common.Address{token}) {
		t.Errorf("running after the pause: %v, want only %s", state.Running(), token.Hex())
	}
}

func TestGuardianRefusals(t *testing.T) {
	w := newWorld(t)
	ctx, c, p := w.ctx, w.client, w.p
	admin := crypto.PubkeyToAddress(w.admin.PublicKey)
	outsider := w.chain.Accounts()[2].Address
	simulate := func(from common.Address, data []byte) string {
		t.Helper()
		_, err := c.CallContract(ctx, callMsg(from, p.Guardian, data), nil)
		if err == nil {
			return ""
		}
		rd, ok := guardian.RevertData(err)
		if !ok {
			t.Fatalf("no revert data in %v", err)
		}
		return guardian.DecodeRevert(rd)
	}
	for _, c := range []struct {
		what string
		from common.Address
		data []byte
		want string
	}{
		{"an EOA is not pausable", admin, guardian.AddTargetData(outsider), "NotPausable(target: " + outsider.Hex() + ")"},
		{"not itself", admin, guardian.AddTargetData(p.Guardian), "NotPausable(target: " + p.Guardian.Hex() + ")"},
		{"a target once", admin, guardian.AddTargetData(p.Stable), "TargetAlreadyRegistered(target: " + p.Stable.Hex() + ")"},
		{"registry is the admin's", outsider, guardian.AddTargetData(p.WETH), "AccessControlUnauthorizedAccount(account: " + outsider.Hex() + ", neededRole: DEFAULT_ADMIN_ROLE)"},
		{"pauseAll is the guardian's", admin, guardian.PauseAllData(), "AccessControlUnauthorizedAccount(account: " + admin.Hex() + ", neededRole: GUARDIAN_ROLE)"},
		{"removing an unknown target", admin, guardian.RemoveTargetData(p.WETH), "UnknownTarget(target: " + p.WETH.Hex() + ")"},
	} {
		if got := simulate(c.from, c.data); got != c.want {
			t.Errorf("%s: %q, want %q", c.what, got, c.want)
		}
	}

	// Removing a target takes it out of pauseAll and the state.
	w.send(t, w.admin, p.Guardian, guardian.RemoveTargetData(p.LendingPool))
	st, err := guardian.ReadState(ctx, c, p.Guardian, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Targets) != 1 || st.Targets[0].Address != p.Stable {
		t.Errorf("targets after removing the pool: %+v", st.Targets)
	}
	// A read error names what is wrong.
	if _, err := guardian.ReadState(ctx, c, p.Stable, nil); err == nil || !strings.Contains(err.Error(), "pauseStates()") {
		t.Errorf("ReadState on a token: %v", err)
	}
	if _, err := guardian.ReadClaim(ctx, c, p.Breaker, 42, nil); err == nil || !strings.Contains(err.Error(), "no claim 42") {
		t.Errorf("ReadClaim of a missing claim: %v", err)
	}
}

func callMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
