package safeaction

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
)

// Kind is the step kind in playbooks.
const Kind = "safe"

// params of a `safe` step (inline or under params:):
//
//	kind: safe
//	safe: "0x…"            # the Safe: an address or a monitor contract name
//	contract: LendingPool  # what the Safe calls: a monitor contract name or an address
//	function: pause()      # a function without arguments, or
//	data: "0x8456cb59"     # raw calldata (exactly one of function and data)
//	signer: responder      # submits execTransaction (any funded signer)
//
// Owner signatures arrive with approvals; pause() is verified with paused()
// and contains the incident.
type params struct {
	Safe     string `yaml:"safe"`
	Contract string `yaml:"contract"`
	Function string `yaml:"function"`
	Data     string `yaml:"data"`
	Signer   string `yaml:"signer"`
}

var noArgFunction = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*\(\)$`)

// Factory makes `safe` steps from playbook params.
func Factory() respond.ActionFactory {
	return respond.ActionFactory{
		Kind: Kind,
		Check: func(n *yaml.Node, env respond.CheckEnv) error {
			p, err := decode(n)
			if err != nil {
				return err
			}
			if env.Monitor != nil {
				if _, _, ok := env.Target(p.Safe); !ok {
					return fmt.Errorf("safe: %q is neither an address nor a contract of monitor %s", p.Safe, env.Monitor.Name)
				}
				if _, _, ok := env.Target(p.Contract); !ok {
					return fmt.Errorf("contract: %q is neither an address nor a contract of monitor %s", p.Contract, env.Monitor.Name)
				}
			}
			return nil
		},
		New: func(n *yaml.Node, env respond.BuildEnv) (respond.Action, error) {
			p, err := decode(n)
			if err != nil {
				return nil, err
			}
			safeAddr, _, ok := env.Target(p.Safe)
			if !ok {
				return nil, fmt.Errorf("safe: %q is neither an address nor a contract of the monitor", p.Safe)
			}
			target, _, ok := env.Target(p.Contract)
			if !ok {
				return nil, fmt.Errorf("contract: %q is neither an address nor a contract of the monitor", p.Contract)
			}
			node, ok := env.Caller.(Node)
			if !ok {
				return nil, fmt.Errorf("safe step: the chain client (%T) cannot read logs and block numbers", env.Caller)
			}
			if env.Sender == nil {
				return nil, errors.New("safe step: no signers configured")
			}
			sender, err := env.Sender(p.Signer)
			if err != nil {
				return nil, fmt.Errorf("signer: %w", err)
			}
			cfg := Config{Chain: env.Chain, ChainID: env.ChainID, Safe: safeAddr, Node: node, Sender: sender, Logger: env.Logger}
			if env.StepData != nil {
				cfg.Pins = StoredPins{Data: env.StepData}
			}
			if p.Function == "pause()" {
				cfg.Call = PauseCall(target, p.Contract)
				cfg.Verify, cfg.Contains, cfg.Emergency = PausedCheck(node, target), true, true
			} else {
				cfg.Call = Call{To: target, Data: p.calldata(), Name: fmt.Sprintf("%s on %s (%s)", p.what(), p.Contract, target.Hex())}
			}
			return New(cfg)
		},
	}
}

func decode(n *yaml.Node) (*params, error) {
	var p params
	if err := config.DecodeStrict(n, &p); err != nil {
		return nil, err
	}
	var problems []string
	if p.Safe == "" {
		problems = append(problems, "safe: required (the Safe's address)")
	}
	if p.Contract == "" {
		problems = append(problems, "contract: required (what the Safe calls)")
	}
	if p.Signer == "" {
		problems = append(problems, "signer: required (who submits execTransaction)")
	}
	switch {
	case (p.Function == "") == (p.Data == ""):
		problems = append(problems, "function, data: give exactly one")
	case p.Function != "" && !noArgFunction.MatchString(p.Function):
		problems = append(problems, fmt.Sprintf("function: %q is not a function without arguments such as pause()", p.Function))
	case p.Data != "":
		if b, err := hexutil.Decode(p.Data); err != nil || len(b) < 4 {
			problems = append(problems, fmt.Sprintf("data: %q is not 0x-prefixed calldata with a 4-byte selector", p.Data))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "; "))
	}
	return &p, nil
}

func (p *params) calldata() []byte {
	if p.Function != "" {
		return crypto.Keccak256([]byte(p.Function))[:4]
	}
	return common.FromHex(p.Data)
}

func (p *params) what() string {
	if p.Function != "" {
		return p.Function
	}
	return "call " + p.Data[:min(len(p.Data), 10)]
}
