package rule_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/rule"
)

var (
	poolAddr  = common.HexToAddress("0x626b95297CB2c6D7346E6234C4C4b3846DB3b1Be")
	tokenAddr = common.HexToAddress("0x00000000000000000000000000000000000000d5")
	alice     = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
)

// tokenABI is inline JSON, as a config file may carry it. It has an
// overloaded function and an event with a CEL reserved word as a name.
const tokenABI = `[
 {"type":"function","name":"transfer","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[{"type":"bool"}]},
 {"type":"function","name":"transfer","inputs":[{"name":"to","type":"address"}],"outputs":[]},
 {"type":"function","name":"totalSupply","inputs":[],"outputs":[{"type":"uint256"}],"stateMutability":"view"},
 {"type":"function","name":"name","inputs":[],"outputs":[{"type":"string"}],"stateMutability":"view"},
 {"type":"function","name":"lookup","inputs":[{"name":"k","type":"string"}],"outputs":[{"type":"uint256"}],"stateMutability":"view"},
 {"type":"event","name":"Transfer","inputs":[{"indexed":true,"name":"from","type":"address"},{"indexed":true,"name":"to","type":"address"},{"indexed":false,"name":"value","type":"uint256"}],"anonymous":false},
 {"type":"event","name":"Moved","inputs":[{"indexed":false,"name":"in","type":"int256"},{"indexed":false,"name":"","type":"bool"},{"indexed":true,"name":"tag","type":"string"}],"anonymous":false}
]`

func monitorConfig(t testing.TB) *config.Monitor {
	t.Helper()
	return &config.Monitor{Name: "demo", Chain: "dev", Contracts: []config.Contract{
		{Name: "LendingPool", Address: poolAddr.Hex(), ABI: "../../contracts/artifacts/LendingPool.abi"},
		{Name: "Token", Address: tokenAddr.Hex(), ABI: tokenABI},
		{Name: "NoABI", Address: "0x00000000000000000000000000000000000000ee"},
	}}
}

func node(t testing.TB, src string) *yaml.Node {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatal(err)
	}
	if len(n.Content) == 0 {
		return &yaml.Node{}
	}
	return n.Content[0]
}

func TestCheckErrors(t *testing.T) {
	check := rule.Factory().Check
	mon := monitorConfig(t)
	cases := []struct{ name, params, want string }{
		{"no match", `{condition: "true"}`, "match: is required"},
		{"bad match", `{match: receipt}`, `match: "receipt" is not tx, call, event or block`},
		{"unknown param", `{match: tx, conditon: "true"}`, "field conditon not found"},
		{"unknown contract", `{match: event, contract: Vault, event: X}`, `contract: "Vault" is not a contract of this monitor (contracts: LendingPool, NoABI, Token)`},
		{"event needs contract", `{match: event, event: Borrowed}`, "contract: is required for match: event"},
		{"contract without ABI", `{match: event, contract: NoABI, event: X}`, `"NoABI" has no usable abi`},
		{"unknown event", `{match: event, contract: LendingPool, event: Borrow}`, `event: "Borrow" is not an event of the ABI (events: Borrowed(address,uint256)`},
		{"overloaded function", `{match: call, contract: Token, function: transfer}`, `"transfer" is overloaded; give the signature, one of transfer(address), transfer(address,uint256)`},
		{"event on tx", `{match: tx, event: Borrowed, condition: "true"}`, "event: only applies to match: event"},
		{"internal on event", `{match: event, contract: LendingPool, event: Borrowed, internal: true}`, "internal: only applies to match: call"},
		{"confidence", `{match: event, contract: LendingPool, event: Borrowed, confidence: 1.5}`, "confidence: 1.5 is not in (0, 1]"},
		{"tx needs condition", `{match: tx}`, "condition: is required for match: tx"},
		{"block needs state", `{match: block, condition: "true"}`, "state: match: block needs state variables"},
		{"syntax", `{match: tx, condition: "tx.value >"}`, "condition:1:11: Syntax error"},
		{"bigint vs string (tx)", `{match: tx, condition: 'tx.value > "x"'}`, "condition:1:10: found no matching overload for '_>_' applied to '(bigint, string)'"},
		{"bigint vs string (event)", `{match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount > "x"'}`, "found no matching overload for '_>_' applied to '(bigint, string)'"},
		{"missing argument", `{match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amout > 1'}`, "undefined field 'amout'"},
		{"missing tx field", `{match: tx, condition: 'tx.gasUsed > 1'}`, "undefined field 'gasUsed'"},
		{"not a bool", `{match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount'}`, "condition: must evaluate to bool"},
		{"address vs int", `{match: tx, condition: 'tx.from == 5'}`, "found no matching overload for '==' applied to '(address, int)'"},
		{"bad address literal", `{match: tx, condition: 'tx.from == "0x12"'}`, `condition:1:12: compared with an address, but "0x12" is not a 0x-prefixed 20-byte hex address`},
		{"bad address on the left", `{match: tx, condition: '"bob" != tx.to'}`, `condition:1:1: compared with an address`},
		{"bad uint256 literal", `{match: tx, condition: 'tx.value > uint256("1e18")'}`, `condition:1:20: uint256: "1e18" is not an integer`},
		{"negative uint256", `{match: tx, condition: 'tx.value > uint256(-1)'}`, "-1 out of range for uint256"},
		{"too many decimals", `{match: tx, condition: 'tx.value > ether("0.0000000000000000001")'}`, "has more than 18 decimals"},
		{"bad selector", `{match: tx, condition: 'tx.selector == selector("transfer")'}`, "is not a function signature"},
		{"state undeclared", `{match: tx, condition: 'state.x.now > 1'}`, "undeclared reference to 'state'"},
		{"event var on tx", `{match: tx, condition: 'event.args.amount > 1'}`, "undeclared reference to 'event'"},
		{"unknown contract name", `{match: tx, condition: 'tx.to == contracts.Vault'}`, "undefined field 'Vault'"},
		{"state function", `{match: block, condition: "true", state: {s: {contract: Token, call: supply}}}`, `state.s.call: "supply" is not a function of the ABI`},
		{"state args count", `{match: block, condition: "true", state: {s: {contract: Token, call: "totalSupply()", args: ["1"]}}}`, "state.s.args: totalSupply() takes 0 argument(s), 1 given"},
		{"state arg type", `{match: block, condition: "true", state: {s: {contract: Token, call: lookup, args: ["k"]}}}`, "state.s.args[0]: arguments of type string are not supported"},
		{"state arg value", `{match: block, condition: "true", state: {s: {contract: LendingPool, call: debtOf, args: ["Vault"]}}}`, `state.s.args[0]: "Vault" is not a 0x-prefixed 20-byte hex address (or a contract name of this monitor)`},
		{"state name", `{match: block, condition: "true", state: {"in": {contract: Token, call: totalSupply}}}`, `state.in: "in" is not usable as a name`},
		{"state type", `{match: block, state: {s: {contract: Token, call: name}}, condition: 'state.s.now > 5'}`, "found no matching overload for '_>_' applied to '(string, int)'"},
		{"title placeholder", `{match: event, contract: LendingPool, event: Borrowed, title: "{{amont}}"}`, "title {{amont}}:1:1: undeclared reference to 'amont'"},
		{"value type", `{match: event, contract: LendingPool, event: Borrowed, value: event.args.user}`, "value: must evaluate to bigint"},
		{"token", `{match: event, contract: LendingPool, event: Borrowed, token: dUSD}`, `token: "dUSD" is neither a contract of this monitor nor an address`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := check(mon, node(t, tc.params))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant %q", err, tc.want)
			}
		})
	}

	good := []string{
		`{match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount > uint256("50000000000000000000000")'}`,
		`{match: event, contract: LendingPool, event: "Borrowed(address, uint256)"}`,
		`{match: event, contract: Token, event: Moved, condition: 'event.args.in_ < 0 && event.args.arg1 && size(event.args.tag) == 32'}`,
		`{match: call, contract: Token, function: "transfer(address,uint256)", internal: true, condition: 'call.args.to == "0x000000000000000000000000000000000000dEaD" || 10 * call.args.amount >= ether(1)'}`,
		`{match: tx, contract: LendingPool, condition: '"0x626b95297cb2c6d7346e6234c4c4b3846db3b1be" == tx.to && tx.from in ["0x000000000000000000000000000000000000dEaD"] && tx.gas_used > 21000 && tx.value == 0'}`,
		`{match: block, state: {s: {contract: Token, call: "totalSupply()"}, d: {contract: LendingPool, call: debtOf, args: [LendingPool]}}, condition: 'abs(state.s.now - state.s.prev) * 100 > state.s.prev || state.d.now != state.d.prev', title: "supply {{s}} was {{state.s.prev}}"}`,
	}
	for _, g := range good {
		if err := check(mon, node(t, g)); err != nil {
			t.Errorf("%s: %v", g, err)
		}
	}
}

// TestValidateReportsRuleErrors: check-config shows a rule's type error
// under the detector's path, alongside a broken ABI on another contract.
func TestValidateReportsRuleErrors(t *testing.T) {
	reg := detect.NewRegistry(rule.Factory())
	cfg, err := config.Parse([]byte(`
chains: [{name: dev, chain_id: 1337, endpoints: [{url: "http://127.0.0.1:8545"}]}]
monitors:
  - name: demo
    chain: dev
    contracts:
      - {name: LendingPool, address: "0x626b95297CB2c6D7346E6234C4C4b3846DB3b1Be", abi: ../../contracts/artifacts/LendingPool.abi}
      - {name: Broken, address: "0x00000000000000000000000000000000000000ee", abi: "[{\"type\": \"function\""}
      - {name: Missing, address: "0x00000000000000000000000000000000000000ef", abi: nope/missing.json}
    detectors:
      - kind: rule
        name: big-borrow
        severity: high
        params: {match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount > "x"'}
`))
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate(&config.Plugins{Detectors: reg.ConfigChecks()})
	for _, want := range []string{
		"monitors[0].detectors[0].params: condition:1:19: found no matching overload for '_>_' applied to '(bigint, string)'",
		"monitors[0].contracts[1].abi: inline ABI: malformed ABI: unexpected EOF",
		"monitors[0].contracts[2].abi: read ABI file: open nope/missing.json",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("validate: %v\nwant %q", err, want)
		}
	}
}

// ---------------------------------------------------------------------
// Evaluation on constructed blocks: the semantics of the language.
// ---------------------------------------------------------------------

type txSpec struct {
	to     *common.Address
	data   []byte
	value  *big.Int
	status uint64
	logs   []*types.Log
}

func makeBundle(t testing.TB, key *ecdsa.PrivateKey, specs ...txSpec) *chain.Bundle {
	t.Helper()
	chainID := big.NewInt(1337)
	signer := types.LatestSignerForChainID(chainID)
	var txs []*types.Transaction
	var rcpts types.Receipts
	logIndex := uint(0)
	for i, s := range specs {
		v := s.value
		if v == nil {
			v = new(big.Int)
		}
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(i), Gas: 100_000, To: s.to,
			GasFeeCap: big.NewInt(2), GasTipCap: big.NewInt(1), Value: v, Data: s.data}), signer, key)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range s.logs {
			l.TxHash, l.TxIndex, l.Index = tx.Hash(), uint(i), logIndex
			logIndex++
		}
		txs = append(txs, tx)
		rcpts = append(rcpts, &types.Receipt{Status: s.status, TxHash: tx.Hash(), GasUsed: 50_000, Logs: s.logs, EffectiveGasPrice: big.NewInt(2)})
	}
	block := types.NewBlock(&types.Header{Number: big.NewInt(100), Time: 1_700_000_000, BaseFee: big.NewInt(1), GasLimit: 30_000_000},
		&types.Body{Transactions: txs}, rcpts, trie.NewStackTrie(nil))
	b, err := chain.NewBundle("dev", chainID, block, rcpts, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func borrowedLog(user common.Address, amount *big.Int) *types.Log {
	id := crypto.Keccak256Hash([]byte("Borrowed(address,uint256)"))
	return &types.Log{Address: poolAddr, Topics: []common.Hash{id, common.BytesToHash(user.Bytes())}, Data: common.LeftPadBytes(amount.Bytes(), 32)}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// run builds an engine with the given rules and runs it on b.
func run(t testing.TB, b *chain.Bundle, detectors string) []alert.Alert {
	t.Helper()
	var dets []config.Detector
	if err := yaml.Unmarshal([]byte(detectors), &dets); err != nil {
		t.Fatal(err)
	}
	mon := monitorConfig(t)
	mon.Detectors = dets
	cfg := &config.Config{Monitors: []config.Monitor{*mon}}
	reg := detect.NewRegistry(rule.Factory())
	for i, d := range dets {
		if err := reg.ConfigChecks()["rule"](mon, &d.Params); err != nil {
			t.Fatalf("detector %d: %v", i, err)
		}
	}
	e, err := detect.NewEngine(cfg, "dev", reg, detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	var out []alert.Alert
	for _, a := range e.Run(context.Background(), b) {
		// Only this package's alerts and its failures; the engine may
		// add its own (correlations of several rules on one tx).
		if a.Labels["kind"] == "rule" || a.Labels["kind"] == "detector_failed" {
			out = append(out, a)
		}
	}
	return out
}

func TestEventSemantics(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sender := crypto.PubkeyToAddress(key.PublicKey)
	b := makeBundle(t, key,
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, ether(60_000)), borrowedLog(sender, ether(70_000)), borrowedLog(alice, ether(5))}},
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, big.NewInt(7))}},
	)
	cond := func(name, c string) string {
		return fmt.Sprintf("- {kind: rule, name: %s, severity: high, params: {match: event, contract: LendingPool, event: Borrowed, condition: '%s'}}\n", name, c)
	}
	alerts := run(t, b,
		cond("big", `event.args.amount > ether(50000)`)+
			cond("int-left", `50000 * ether(1) < event.args.amount && 1 <= event.args.amount && 0 - event.args.amount < 0`)+
			cond("eq-both-sides", `7 == event.args.amount && event.args.amount == 7 && !(event.args.amount != 7)`)+
			cond("addr-string", `"`+strings.ToLower(alice.Hex())+`" == event.args.user && event.args.user != tx.from`)+
			cond("addr-list", `event.args.user in ["`+sender.Hex()+`", "0x000000000000000000000000000000000000dEaD"]`)+
			cond("arith", `(event.args.amount + 1) / 2 - event.args.amount % 3 * 0 == uint256("35000000000000000000000") && -event.args.amount < 0`)+
			cond("convert", `int(event.args.amount / ether(1)) == 5 && double(event.args.amount) > 4.9e18 && string(event.args.amount) == "5000000000000000000"`)+
			cond("meta", `event.name == "Borrowed" && event.contract == "LendingPool" && event.address == contracts.LendingPool && event.log_index == 3 && tx.index == 1 && block.number == 100`))
	got := map[string][]alert.Alert{}
	n := 0
	for _, a := range alerts {
		if a.Labels["kind"] != "rule" {
			continue // e.g. the engine's correlation of several rules firing on one tx
		}
		n++
		got[a.Detector] = append(got[a.Detector], a)
	}
	want := map[string]int{"big": 2, "int-left": 2, "eq-both-sides": 1, "addr-string": 3, "addr-list": 1, "arith": 1, "convert": 1, "meta": 1}
	for name, n := range want {
		if len(got[name]) != n {
			t.Errorf("%s: %d alerts, want %d: %+v", name, len(got[name]), n, got[name])
		}
	}
	if n != 12 {
		t.Errorf("%d rule alerts in all, want 12", n)
	}
	// Two matches in one transaction are two alerts with their own
	// fingerprints.
	big := got["big"]
	if len(big) == 2 && (big[0].TxHash != big[1].TxHash || big[0].Fingerprint == big[1].Fingerprint) {
		t.Errorf("two events of one tx: %+v", big)
	}
	for _, a := range big {
		if a.Labels["kind"] != "rule" || a.Labels["rule"] != "big" || a.Confidence != rule.DefaultConfidence || a.Severity != alert.SeverityHigh || a.From != sender {
			t.Errorf("alert fields: %+v", a)
		}
	}
}

func TestRuntimeErrorSkipsOneMatch(t *testing.T) {
	key, _ := crypto.GenerateKey()
	b := makeBundle(t, key,
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, big.NewInt(0))}},
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, big.NewInt(10))}},
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, big.NewInt(0))}},
	)
	alerts := run(t, b, `- {kind: rule, name: ratio, severity: high, params: {match: event, contract: LendingPool, event: Borrowed, condition: 'ether(1) / event.args.amount > 0'}}`)
	var matched, failed int
	for _, a := range alerts {
		switch a.Labels["kind"] {
		case "rule":
			matched++
			if a.TxIndex != 1 {
				t.Errorf("matched tx %d, want 1", a.TxIndex)
			}
		case "detector_failed":
			failed++
			if !strings.Contains(a.Summary, "2 match(es) in block 100 skipped") || !strings.Contains(a.Summary, "division by zero") {
				t.Errorf("failure summary: %s", a.Summary)
			}
		}
	}
	if matched != 1 || failed != 1 {
		t.Errorf("%d matches and %d failures, want 1 and 1: %+v", matched, failed, alerts)
	}
}

func TestMalformedLogsAndCalldata(t *testing.T) {
	key, _ := crypto.GenerateKey()
	borrowed := crypto.Keccak256Hash([]byte("Borrowed(address,uint256)"))
	borrowSel := crypto.Keccak256([]byte("borrow(uint256)"))[:4]
	b := makeBundle(t, key,
		txSpec{to: &poolAddr, status: 1, data: borrowSel, logs: []*types.Log{
			{Address: poolAddr, Topics: []common.Hash{borrowed}, Data: []byte{1, 2}},                                    // topics and data missing
			{Address: poolAddr, Topics: []common.Hash{{0xee}}, Data: nil},                                               // not in the ABI
			{Address: poolAddr, Topics: nil, Data: []byte{1}},                                                           // anonymous
			{Address: tokenAddr, Topics: []common.Hash{borrowed, {}}, Data: make([]byte, 32)},                           // another contract
			{Address: poolAddr, Topics: []common.Hash{borrowed, {0xff}, {1}}, Data: common.LeftPadBytes([]byte{9}, 32)}, // dirty address, extra topic
		}},
		txSpec{to: &poolAddr, status: 1, data: append(append([]byte{}, borrowSel...), 1, 2, 3)},
		txSpec{to: &poolAddr, status: 0, data: []byte{0xab}},
	)
	alerts := run(t, b, `
- {kind: rule, name: any-borrow, severity: low, params: {match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount > 0'}}
- {kind: rule, name: any-borrowed-event, severity: low, params: {match: event, contract: LendingPool, event: Borrowed}}
- {kind: rule, name: borrow-call, severity: low, params: {match: call, contract: LendingPool, function: borrow, condition: 'call.args.amount > 0'}}
- {kind: rule, name: any-borrow-call, severity: low, params: {match: call, contract: LendingPool, function: borrow, condition: '!call.success || call.success'}}`)
	got := map[string]int{}
	for _, a := range alerts {
		if a.Labels["kind"] == "detector_failed" {
			t.Errorf("malformed input failed the detector: %s", a.Summary)
		}
		got[a.Detector]++
	}
	// The last log decodes its amount (9) though its user does not; the
	// first decodes nothing: skipped quietly. Without a condition both
	// Borrowed logs fire, with the decoding problem in the evidence.
	if got["any-borrow"] != 1 || got["any-borrowed-event"] != 2 || got["borrow-call"] != 0 || got["any-borrow-call"] != 2 {
		t.Errorf("alerts per rule: %v", got)
	}
	for _, a := range alerts {
		if a.Detector == "any-borrowed-event" && (evidence(a, "decode_error") == "" || !strings.HasPrefix(evidence(a, "arg.user"), "undecodable")) {
			t.Errorf("evidence of an undecodable log: %+v", a.Evidence)
		}
	}
}

func TestTxRule(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sender := crypto.PubkeyToAddress(key.PublicKey)
	transfer := crypto.Keccak256([]byte("transfer(address,uint256)"))[:4]
	b := makeBundle(t, key,
		txSpec{to: &alice, value: ether(100), status: 1},
		txSpec{to: &tokenAddr, data: append(append([]byte{}, transfer...), make([]byte, 64)...), status: 1},
		txSpec{to: nil, data: []byte{0x60, 0x00}, status: 0},
	)
	alerts := run(t, b, fmt.Sprintf(`
- {kind: rule, name: whale, severity: medium, params: {match: tx, condition: 'tx.value >= ether(100) && tx.to == "%s"', title: "{{tx.value / ether(1)}} ETH to {{tx.to}}"}}
- {kind: rule, name: token-transfers, severity: low, params: {match: tx, contract: Token, condition: 'tx.selector == selector("transfer(address, uint256)") && size(tx.input) == 68'}}
- {kind: rule, name: failed-creations, severity: low, params: {match: tx, condition: '!tx.success && tx.to == "0x0000000000000000000000000000000000000000" && tx.from == "%s" && tx.gas_price == 2 && tx.type == 2'}}`, alice.Hex(), sender.Hex()))
	got := map[string]alert.Alert{}
	for _, a := range alerts {
		got[a.Detector] = a
	}
	if len(alerts) != 3 {
		t.Fatalf("%d alerts, want 3: %+v", len(alerts), alerts)
	}
	if a := got["whale"]; a.TxIndex != 0 || a.Title != "100 ETH to "+alice.Hex() || evidence(a, "value") == "" {
		t.Errorf("whale: %+v", a)
	}
	if got["token-transfers"].TxIndex != 1 || got["failed-creations"].TxIndex != 2 {
		t.Errorf("tx rules: %+v", got)
	}
}

func TestCallRuleFromTraces(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sender := crypto.PubkeyToAddress(key.PublicKey)
	borrow := func(amount *big.Int) []byte {
		return append(crypto.Keccak256([]byte("borrow(uint256)"))[:4], common.LeftPadBytes(amount.Bytes(), 32)...)
	}
	router := common.HexToAddress("0x0000000000000000000000000000000000000077")
	b := makeBundle(t, key, txSpec{to: &router, status: 1}, txSpec{to: &poolAddr, data: borrow(ether(1)), status: 1})
	txs := b.Block.Transactions()
	// The router calls the pool twice: once successfully, once inside a
	// sub-call that reverted. (The first trace has no txHash, as some
	// nodes report them: traces are in block order.)
	b.Traces = []chain.TxTrace{
		{Result: &chain.CallFrame{Type: "CALL", From: sender, To: router, Calls: []chain.CallFrame{
			{Type: "CALL", From: router, To: poolAddr, Input: borrow(ether(60_000))},
			{Type: "CALL", From: router, To: alice, Error: "execution reverted", Calls: []chain.CallFrame{
				{Type: "CALL", From: alice, To: poolAddr, Input: borrow(ether(80_000))},
			}},
		}}},
		{TxHash: txs[1].Hash(), Result: &chain.CallFrame{Type: "CALL", From: sender, To: poolAddr, Input: borrow(ether(1))}},
	}
	alerts := run(t, b, `
- {kind: rule, name: internal, severity: high, params: {match: call, contract: LendingPool, function: borrow, internal: true, condition: 'call.args.amount > ether(10)'}}
- {kind: rule, name: internal-ok, severity: high, params: {match: call, contract: LendingPool, function: borrow, internal: true, condition: 'call.success && call.internal'}}
- {kind: rule, name: all, severity: high, params: {match: call, contract: LendingPool, function: borrow, internal: true}}
- {kind: rule, name: top, severity: high, params: {match: call, contract: LendingPool, function: borrow}}`)
	got := map[string][]string{}
	for _, a := range alerts {
		if a.Labels["kind"] == "detector_failed" {
			t.Fatal(a.Summary)
		}
		got[a.Detector] = append(got[a.Detector], fmt.Sprintf("%d:%s", a.TxIndex, strings.TrimPrefix(evidence(a, "call"), "")))
	}
	if len(got["internal"]) != 2 || len(got["internal-ok"]) != 1 || len(got["all"]) != 3 || len(got["top"]) != 1 {
		t.Errorf("alerts: %v", got)
	}
	if len(got["internal-ok"]) == 1 && !strings.Contains(got["internal-ok"][0], "trace position 0.0") {
		t.Errorf("internal-ok: %v", got["internal-ok"])
	}

	// A transaction the node could not trace is reported, and its
	// top-level call is still checked.
	b.Traces[1] = chain.TxTrace{TxHash: txs[1].Hash(), Error: "state unavailable"}
	alerts = run(t, b, `- {kind: rule, name: all, severity: high, params: {match: call, contract: LendingPool, function: borrow, internal: true}}`)
	var n, failed int
	for _, a := range alerts {
		if a.Labels["kind"] == "detector_failed" {
			failed++
			if !strings.Contains(a.Summary, "could not trace it (state unavailable)") {
				t.Errorf("failure: %s", a.Summary)
			}
		} else {
			n++
		}
	}
	if n != 3 || failed != 1 {
		t.Errorf("untraceable tx: %d alerts, %d failures", n, failed)
	}
}

func TestABIFileForms(t *testing.T) {
	raw, err := os.ReadFile("../../contracts/artifacts/LendingPool.abi")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	artifact := dir + "/LendingPool.json"
	if err := os.WriteFile(artifact, []byte(`{"contractName":"LendingPool","abi":`+string(raw)+`,"bytecode":"0x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	mon := monitorConfig(t)
	mon.Contracts[0].ABI = artifact
	err = rule.Factory().Check(mon, node(t, `{match: event, contract: LendingPool, event: Borrowed, condition: 'event.args.amount > 1'}`))
	if err != nil {
		t.Errorf("artifact ABI: %v", err)
	}
}
