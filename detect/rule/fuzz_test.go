package rule_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/rule"
)

// params builds a params node without going through YAML text, so any
// string can be a condition.
func params(kv ...string) yaml.Node {
	n := yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for _, s := range kv {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
	}
	return n
}

// FuzzCompileCondition: no condition string, however malformed, panics
// the checker, and whatever compiles also evaluates without panicking.
func FuzzCompileCondition(f *testing.F) {
	for _, seed := range []string{
		`event.args.amount > ether(50000)`,
		`5 < event.args.amount && event.args.user == "0x000000000000000000000000000000000000dEaD"`,
		`event.args.user in ["0x000000000000000000000000000000000000dEaD"] || tx.from != tx.to`,
		`ether(1) / event.args.amount % 3 == -event.args.amount`,
		`uint256("0x" + "ff") > 0`,
		`int(event.args.amount) > 1 && double(event.args.amount) < 1e30 && string(tx.value) != ""`,
		`[1, 2, 3].exists(x, x * event.args.amount > 0)`,
		`[event.args.amount].map(x, x * x).all(y, y >= 0)`,
		`has(event.args.amount) && size(tx.input) >= 0 ? true : false`,
		`change(event.args.amount, tx.value) < -0.5`,
		`(((((((((((((((((((((((((((((((((true)))))))))))))))))))))))))))))))))`,
		`units("1.5", 6) == uint256(1500000) && gwei(2) < tx.gas_price * 1000000000`,
		`event.args.amount == [1][0] && {"a": event.args.user}["a"] == tx.from`,
		`tx.from == tx.from == true`,
		`"\xff" == tx.hash`,
		`ether(-1) < event.args.amount`,
		`uint256(event.args.amount) == int256("-1")`,
		`event.`, `)`, `"`, `a.b.c.d.e`, `1 +`, ``, `*`,
	} {
		f.Add(seed)
	}
	mon := monitorConfig(f)
	reg := detect.NewRegistry(rule.Factory())
	check := reg.ConfigChecks()["rule"]
	key, _ := crypto.GenerateKey()
	b := makeBundle(f, key,
		txSpec{to: &poolAddr, status: 1, logs: []*types.Log{borrowedLog(alice, big.NewInt(0)), borrowedLog(alice, ether(3))}})
	f.Fuzz(func(t *testing.T, cond string) {
		p := params("match", "event", "contract", "LendingPool", "event", "Borrowed", "condition", cond, "title", "{{"+cond+"}}")
		if err := check(mon, &p); err != nil {
			return
		}
		m := *mon
		m.Detectors = []config.Detector{{Kind: "rule", Name: "fuzz", Severity: "low", Params: p}}
		e, err := detect.NewEngine(&config.Config{Monitors: []config.Monitor{m}}, "dev", reg, detect.Deps{})
		if err != nil {
			t.Fatalf("checked, but the engine refused it: %v", err)
		}
		for _, a := range e.Run(context.Background(), b) {
			for _, ev := range a.Evidence {
				if strings.HasPrefix(ev.Value, "panic:") {
					t.Fatalf("condition %q panicked: %s", cond, ev.Value)
				}
			}
		}
	})
}
