package baseline_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect/baseline"
)

func byMetric(alerts []alert.Alert) map[string]alert.Alert {
	out := map[string]alert.Alert{}
	for _, a := range alerts {
		out[a.Labels["metric"]] = a
	}
	return out
}

func metricsOf(alerts []alert.Alert) []string {
	var out []string
	for _, a := range alerts {
		out = append(out, a.Labels["metric"]+"="+a.Severity.String())
	}
	return out
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func TestWarmupThenDrainAlerts(t *testing.T) {
	d := newDetector(t, `{warmup: 30, contract_warmup: 1000000, forest: {disabled: true}}`)
	tr := newTraffic(1, 40)
	attacker := common.HexToAddress("0xbad0000000000000000000000000000000000bad")
	drain := func() synthTx {
		return synthTx{from: attacker, to: vault, sel: selWithdraw, gas: 70_000,
			logs: []*types.Log{transferLog(token, vault, attacker, ether(500_000))}}
	}
	// Before warm-up (25 observations of the value per transaction, 5 of
	// the outflow per block) even a drain is only learned.
	for i := 0; i < 5; i++ {
		if got := detectAll(t, d, tr.block(t, 5, false)); len(got) != 0 {
			t.Fatalf("block %d: alerts during warm-up: %v", i, metricsOf(got))
		}
	}
	if got := detectAll(t, d, tr.block(t, 5, false, drain())); len(got) != 0 {
		t.Fatalf("drain during warm-up alerted: %v", metricsOf(got))
	}
	for i := 0; i < 60; i++ {
		if got := detectAll(t, d, tr.block(t, 5, false)); len(got) != 0 {
			t.Fatalf("ordinary block %d alerted: %v", i, metricsOf(got))
		}
	}
	got := byMetric(detectAll(t, d, tr.block(t, 5, false, drain())))
	out, ok := got["outflow:"+token.Hex()]
	if !ok {
		t.Fatalf("no outflow alert on a 500x drain: %v", got)
	}
	if out.Severity != alert.SeverityMedium || out.Labels["kind"] != "baseline" || out.Key == "" {
		t.Errorf("outflow alert: severity %s labels %v key %q", out.Severity, out.Labels, out.Key)
	}
	if out.TxIndex != 5 || out.Value.Cmp(ether(500_000)) != 0 || out.Token != token {
		t.Errorf("outflow alert: tx %d value %s token %s, want the drain tx, 500000e18, the token", out.TxIndex, out.Value, out.Token)
	}
	for _, name := range []string{"contract", "metric", "observed", "baseline_median", "baseline_mad", "ewma_mean", "ewma_stddev", "n", "score"} {
		found := false
		for _, e := range out.Evidence {
			found = found || e.Name == name
		}
		if !found {
			t.Errorf("outflow alert lacks evidence %q", name)
		}
	}
	if out.Confidence <= 0 || out.Confidence > 0.5 {
		t.Errorf("single-signal confidence %.2f, want in (0, 0.5]", out.Confidence)
	}
	// A single deviation, however large, is never high.
	for _, a := range got {
		if a.Severity >= alert.SeverityHigh {
			t.Errorf("single-family deviation %s is %s", a.Labels["metric"], a.Severity)
		}
	}
}

func TestNoveltyAndPrivilegedCallers(t *testing.T) {
	admin := common.HexToAddress("0xad00000000000000000000000000000000000001")
	keeper := common.HexToAddress("0xad00000000000000000000000000000000000002")
	stranger := common.HexToAddress("0x5700000000000000000000000000000000000003")
	call := func(from common.Address, sel [4]byte) synthTx {
		return synthTx{from: from, to: vault, sel: sel, gas: 40_000}
	}
	selPause := [4]byte{0x84, 0x56, 0xcb, 0x59} // pause()
	params := `{warmup: 10, contract_warmup: 100, forest: {disabled: true},
		privileged_selectors: ["pause()"], known_callers: ["` + keeper.Hex() + `"]}`
	d := newDetector(t, params)
	tr := newTraffic(2, 30)
	// Warm-up: ordinary traffic, the admin sets the fee 12 times (a
	// function only one account ever calls) and pauses once.
	for i := 0; i < 12; i++ {
		detectAll(t, d, tr.block(t, 10, false, call(admin, selSetFee)))
	}
	detectAll(t, d, tr.block(t, 10, false, call(admin, selPause)))
	if got := detectAll(t, d, tr.block(t, 10, false, call(admin, selSetFee))); len(got) != 0 {
		t.Fatalf("the usual admin call alerted: %v", metricsOf(got))
	}

	sel := func(b [4]byte) string { return hexutil.Encode(b[:]) }
	cases := []struct {
		name string
		tx   synthTx
		want string // metric label, "" = no alert
		sev  alert.Severity
	}{
		{"stranger calls the admin-only setFee", call(stranger, selSetFee), "new_privileged_caller:" + sel(selSetFee), alert.SeverityMedium},
		{"stranger calls configured pause()", call(stranger, selPause), "new_privileged_caller:" + sel(selPause), alert.SeverityMedium},
		{"known keeper calls pause()", call(keeper, selPause), "", 0},
		{"never-seen function", call(stranger, [4]byte{1, 2, 3, 4}), "new_selector:0x01020304", alert.SeverityMedium},
		{"never-seen function by a known caller", call(keeper, [4]byte{1, 2, 3, 5}), "new_selector:0x01020305", alert.SeverityLow},
		{"stranger deposits like everyone", call(stranger, selDeposit), "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := detectAll(t, d, tr.block(t, 10, false, tc.tx))
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("alerts %v, want none", metricsOf(got))
				}
				return
			}
			a, ok := byMetric(got)[tc.want]
			if !ok || len(got) != 1 {
				t.Fatalf("alerts %v, want only %s", metricsOf(got), tc.want)
			}
			if a.Severity != tc.sev || a.Labels["family"] != "novelty" || a.TxIndex != 10 {
				t.Errorf("alert %s: severity %s family %s tx %d", tc.want, a.Severity, a.Labels["family"], a.TxIndex)
			}
		})
	}
}

// reentrantTrace is a call tree of an attacker contract re-entering the
// vault's withdraw depth times.
func reentrantTrace(eoa, contract common.Address, depth int) *chain.CallFrame {
	in := append(selWithdraw[:], make([]byte, 32)...)
	root := &chain.CallFrame{Type: "CALL", From: eoa, To: contract, Input: []byte{0xde, 0xad, 0xbe, 0xef}}
	cur := root
	for i := 0; i < depth; i++ {
		call := chain.CallFrame{Type: "CALL", From: contract, To: vault, Input: in, GasUsed: 50_000}
		cur.Calls = append(cur.Calls, call)
		vf := &cur.Calls[len(cur.Calls)-1]
		// The vault calls back into the attacker, which re-enters.
		vf.Calls = append(vf.Calls, chain.CallFrame{Type: "CALL", From: vault, To: contract, Input: nil, Value: (*hexutil.Big)(ether(1))})
		cur = &vf.Calls[0]
	}
	return root
}

func TestReentrancyLoopWithTraces(t *testing.T) {
	d := newDetector(t, `{warmup: 20, contract_warmup: 200, traces: true, forest: {window: 128, sample: 64, retrain_every: 64}}`)
	if r := d.Requirements(); !r.Traces || len(r.TraceAddresses) != 1 || r.TraceAddresses[0] != vault {
		t.Fatalf("requirements %+v, want traces of the vault", r)
	}
	tr := newTraffic(3, 50)
	for i := 0; i < 60; i++ {
		if got := detectAll(t, d, tr.block(t, 10, true)); len(got) != 0 {
			t.Fatalf("ordinary block %d alerted: %v", i, metricsOf(got))
		}
	}
	eoa := common.HexToAddress("0xe0a0000000000000000000000000000000000e0a")
	contract := common.HexToAddress("0xc0de00000000000000000000000000000000c0de")
	var logs []*types.Log
	for i := 0; i < 40; i++ {
		logs = append(logs, transferLog(token, vault, contract, ether(1000)))
	}
	attack := synthTx{from: eoa, to: contract, sel: [4]byte{0xde, 0xad, 0xbe, 0xef}, gas: 2_500_000, logs: logs,
		trace: reentrantTrace(eoa, contract, 40)}
	got := detectAll(t, d, tr.block(t, 10, true, attack))
	m := byMetric(got)
	t.Logf("alerts: %v", metricsOf(got))
	if a, ok := m["tx_calls"]; !ok || a.TxIndex != 10 {
		t.Errorf("no calls-per-transaction alert for 40 re-entrant calls")
	}
	if _, ok := m["new_contract_caller"]; !ok {
		t.Errorf("no new-contract-caller alert for the attacker contract")
	}
	c, ok := m["combined"]
	if !ok || c.Severity != alert.SeverityHigh {
		t.Fatalf("no high combined alert: %v", metricsOf(got))
	}
	if !strings.Contains(c.Labels["family"], "calls") || !strings.Contains(c.Labels["family"], "novelty") {
		t.Errorf("combined families %q", c.Labels["family"])
	}
	// A detector configured with severity medium says at most medium.
	capped := newDetectorSeverity(t, `{warmup: 20, contract_warmup: 200, traces: true, forest: {window: 128, sample: 64, retrain_every: 64}}`, alert.SeverityMedium)
	tr2 := newTraffic(3, 50)
	for i := 0; i < 60; i++ {
		detectAll(t, capped, tr2.block(t, 10, true))
	}
	attack.trace = reentrantTrace(eoa, contract, 40)
	for _, a := range detectAll(t, capped, tr2.block(t, 10, true, attack)) {
		if a.Severity > alert.SeverityMedium {
			t.Errorf("capped detector emitted %s %s", a.Severity, a.Labels["metric"])
		}
	}

	// The attack is not learned: the same contract re-entering again in
	// the next block is still new and still high.
	attack.trace = reentrantTrace(eoa, contract, 40)
	again := byMetric(detectAll(t, d, tr.block(t, 10, true, attack)))
	if a, ok := again["combined"]; !ok || a.Severity != alert.SeverityHigh {
		t.Errorf("repeated attack: %v", again)
	}
}

func TestParamsValidation(t *testing.T) {
	check := baseline.Factory().Check
	mon := &config.Monitor{Name: "m", Contracts: []config.Contract{{Name: "Vault", Address: vault.Hex()}}}
	cases := []struct{ params, want string }{
		{"{warmup: 0}", "warmup: 0 is not between 1"},
		{"{window: 4}", "window: 4 is too small"},
		{"{thresholds: {outflow: -1}}", "thresholds.outflow: -1 is not a positive z-score"},
		{"{thresholds: {multivariate: 1.5}}", "thresholds.multivariate: 1.5 is not an isolation-forest score"},
		{"{thresholds: {speed: 3}}", "thresholds.speed: unknown metric"},
		{"{privileged_selectors: [\"0x1234\"]}", "privileged_selectors[0]: \"0x1234\" is not a 4-byte selector"},
		{"{privileged_selectors: [\"pause\"]}", "privileged_selectors[0]"},
		{"{known_callers: [\"0x12\"]}", "known_callers[0]: \"0x12\" is not an address"},
		{"{contracts: [Nope]}", "contracts[0]: \"Nope\" is neither"},
		{"{forest: {sample: 512, window: 256}}", "forest.sample: 512 is larger than forest.window 256"},
		{"{forest: {trees: 0}}", "forest.trees: 0"},
		{"{extreme_factor: 0.5}", "extreme_factor"},
		{"{rare_callers: 99}", "rare_callers: 99"},
		{"{warmup: 5, warmups: 6}", "field warmups not found"},
	}
	for _, tc := range cases {
		var node yaml.Node
		if err := yaml.Unmarshal([]byte(tc.params), &node); err != nil {
			t.Fatal(err)
		}
		err := check(mon, node.Content[0])
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.params, err, tc.want)
		}
	}
	// Several problems are reported together.
	var node yaml.Node
	_ = yaml.Unmarshal([]byte("{warmup: 0, window: 2}"), &node)
	if err := check(mon, node.Content[0]); err == nil || !strings.Contains(err.Error(), "warmup") || !strings.Contains(err.Error(), "window") {
		t.Errorf("want both problems, got %v", err)
	}
	// Good parameters, and none at all, pass.
	for _, ok := range []string{"{}", `{contracts: [Vault], privileged_selectors: ["0x8456cb59", "transferOwnership(address)"], thresholds: {outflow: 5, "gas:0xa9059cbb": 10, "value:ETH": 9}}`} {
		_ = yaml.Unmarshal([]byte(ok), &node)
		if err := check(mon, node.Content[0]); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	if err := check(mon, nil); err != nil {
		t.Errorf("no params: %v", err)
	}
}

// TestOrdinaryTrafficIsQuiet: 9,000 transactions of random but ordinary
// use (log-normal amounts, 300 users who come and go) with the default
// parameters raise nothing.
func TestOrdinaryTrafficIsQuiet(t *testing.T) {
	for _, traced := range []bool{false, true} {
		d := newDetector(t, `{}`)
		tr := newTraffic(11, 300)
		blocks := 120
		if traced {
			blocks = 60
		}
		for i := 0; i < blocks; i++ {
			if got := detectAll(t, d, tr.block(t, 50, traced)); len(got) != 0 {
				t.Errorf("traced=%v block %d: %v", traced, i, metricsOf(got))
			}
		}
	}
}

func TestSpamTokensAreBounded(t *testing.T) {
	d := newDetector(t, `{warmup: 5, contract_warmup: 10}`)
	tr := newTraffic(12, 10)
	for i := 0; i < 20; i++ {
		// Each block airdrops 40 junk tokens to the vault.
		var drops []synthTx
		for k := 0; k < 40; k++ {
			junk := common.BigToAddress(big.NewInt(int64(0x5000000 + i*100 + k)))
			drops = append(drops, synthTx{from: tr.users[0], to: junk, sel: [4]byte{0xa9, 0x05, 0x9c, 0xbb}, gas: 30_000,
				logs: []*types.Log{transferLog(junk, tr.users[0], vault, ether(1))}})
		}
		for _, a := range detectAll(t, d, tr.block(t, 5, false, drops...)) {
			if a.Severity >= alert.SeverityMedium {
				t.Errorf("airdrop of junk tokens raised %s %s", a.Severity, a.Title)
			}
		}
	}
	data, err := d.(interface{ MarshalState() ([]byte, error) }).MarshalState()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), `"metric":`); n > 512 {
		t.Errorf("%d metrics kept for one contract, want at most 512", n)
	}
}
