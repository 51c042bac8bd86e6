package config_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/warden-dev/warden/config"
)

const response = `
chains:
  - name: dev
    chain_id: 1337
    endpoints: [{url: ws://127.0.0.1:8546}]
monitors:
  - name: pool
    chain: dev
    contracts:
      - {name: LendingPool, address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}
      - {name: Guardian, address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"}
    detectors: [{kind: large_outflow, params: {share: 0.05}}]
    playbooks: [pause-lending, old-style]
users:
  - {name: alice, roles: [approver, responder], token: env:WARDEN_TOKEN_ALICE}
  - {name: bob, roles: [approver], token: file:/run/secrets/bob}
  - {name: carol, roles: [approver], token: env:WARDEN_TOKEN_CAROL}
response:
  kill_switch: true
playbooks:
  - name: pause-lending
    mode: approval
    min_confidence: 0.8
    approvals: {required: 2, role: approver}
    max_actions_per_hour: 5
    allowlist: {contracts: [LendingPool, Guardian], functions: ["pause()", "pauseAll()"]}
    trigger: {detectors: [large_outflow, correlated_attack], min_severity: critical, min_confidence: 0.5, contracts: [LendingPool], chains: [dev]}
    steps:
      - {kind: pause, contract: LendingPool, signer: pauser}
      - {kind: pause, name: second, parallel: true, params: {contract: Guardian, signer: pauser}}
      - {kind: approval, message: "also the guardian?"}
      - {kind: pause, contract: Guardian, signer: pauser}
  - name: old-style
    trigger: {min_severity: high}
    steps:
      - action: pause
        contract: LendingPool
        signer: pauser
signers:
  - name: pauser
    key: env:WARDEN_PAUSER_KEY
`

func TestPlaybookSchema(t *testing.T) {
	cfg, err := config.Parse([]byte(response))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	pb := cfg.Playbooks[0]
	if pb.Mode != config.ModeApproval || pb.Approvals.Required != 2 || pb.MaxActionsPerHour != 5 || len(pb.Allowlist.Functions) != 2 || len(pb.Trigger.Detectors) != 2 {
		t.Fatalf("decoded %+v", pb)
	}
	if s, _ := pb.Steps[0].Param("signer"); s != "pauser" || pb.Steps[0].Kind != "pause" || pb.Steps[0].StepName() != "pause" {
		t.Fatalf("inline params: %+v", pb.Steps[0])
	}
	if c, _ := pb.Steps[1].Param("contract"); c != "Guardian" || !pb.Steps[1].Parallel || pb.Steps[1].StepName() != "second" {
		t.Fatalf("params block: %+v", pb.Steps[1])
	}
	gate, err := pb.ApprovalParams(&pb.Steps[2])
	if err != nil || gate.Required != 2 || gate.Role != "approver" || gate.Message != "also the guardian?" {
		t.Fatalf("approval step %+v %v", gate, err)
	}
	old := cfg.Playbooks[1]
	if old.Mode != config.ModeAuto || old.Approvals.Required != 1 || old.Approvals.Role != config.RoleApprover || old.Steps[0].Kind != "pause" {
		t.Fatalf("defaults and the older action key: %+v", old)
	}
	if !cfg.Response.KillSwitch || len(cfg.Users) != 3 {
		t.Fatalf("users %v, response %+v", cfg.Users, cfg.Response)
	}
	if u, ok := cfg.User("alice"); !ok || !u.HasRole(config.RoleResponder) || u.HasRole("admin") {
		t.Fatalf("user lookup: %+v", u)
	}
}

func TestStepDecoding(t *testing.T) {
	for name, tc := range map[string]struct{ step, want string }{
		"params twice":    {`{kind: pause, contract: LendingPool, params: {signer: pauser}}`, "put them all under params"},
		"kind and action": {`{kind: pause, action: pause}`, "both kind and action"},
		"not a mapping":   {`pause`, "must be a mapping"},
	} {
		t.Run(name, func(t *testing.T) {
			doc := strings.Replace(response, "      - {kind: pause, contract: LendingPool, signer: pauser}", "      - "+tc.step, 1)
			if _, err := config.Parse([]byte(doc)); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestPlaybookValidation(t *testing.T) {
	cases := map[string]struct {
		from, to string
		want     string
	}{
		"bad mode":          {"mode: approval", "mode: yolo", `playbooks[0].mode: "yolo" is not a mode`},
		"confidence range":  {"min_confidence: 0.8", "min_confidence: 8", "playbooks[0].min_confidence: 8 is outside 0..1"},
		"no quorum":         {"required: 2, role: approver", "required: 4, role: approver", `playbooks[0].approvals: needs 4 approval(s) from users with role "approver" but only 3 user(s) hold it`},
		"nobody holds role": {"required: 2, role: approver", "required: 1, role: treasurer", `role "treasurer" but only 0 user(s)`},
		"gate quorum":       {`message: "also the guardian?"`, `message: "x", required: 5`, "playbooks[0].steps[2].params: needs 5 approval(s)"},
		"parallel gate":     {`message: "also the guardian?"`, `message: "x"}` + "\n      - {kind: approval, parallel: true", "an approval step is a gate between steps and cannot run in parallel"},
		"negative cap":      {"max_actions_per_hour: 5", "max_actions_per_hour: -1", "playbooks[0].max_actions_per_hour: must not be negative"},
		"bad function":      {`"pauseAll()"`, `"pause all"`, `playbooks[0].allowlist.functions[1]: "pause all" is not a function signature`},
		"bad arg type":      {`"pauseAll()"`, `"pause(address,uint7)"`, `argument type "uint7"`},
		"unknown contract":  {"contracts: [LendingPool, Guardian]", "contracts: [LendingPool, Vault]", `playbooks[0].allowlist.contracts[1]: "Vault" is neither a contract of monitor "pool" nor an address`},
		"trigger contract":  {"contracts: [LendingPool], chains", "contracts: [Vault], chains", `playbooks[0].trigger.contracts[0]: "Vault"`},
		"trigger chain":     {"chains: [dev]", "chains: [mainnet]", `playbooks[0].trigger.chains[0]: "mainnet" is not defined in chains`},
		"trigger range":     {"min_confidence: 0.5", "min_confidence: -1", "playbooks[0].trigger.min_confidence: -1 is outside 0..1"},
		"unknown kind":      {"- {kind: pause, contract: Guardian, signer: pauser}", "- {kind: explode}", `playbooks[0].steps[3].kind: "explode" is not an action kind (known: approval, pause)`},
		"unknown signer":    {"{contract: Guardian, signer: pauser}", "{contract: Guardian, signer: root}", `playbooks[0].steps[1].params.signer: "root" is not defined in signers`},
		"unknown receiver":  {"{contract: Guardian, signer: pauser}", "{contract: Guardian, signer: pauser, receiver: nobody}", `playbooks[0].steps[1].params.receiver: "nobody" is not defined in receivers`},
		"bad params":        {"{contract: Guardian, signer: pauser}", "{contract: Guardian, signer: pauser, gas: 1}", "playbooks[0].steps[1].params: yaml: unmarshal errors"},
		"contract per mon":  {"{contract: Guardian, signer: pauser}", "{contract: Vault, signer: pauser}", `playbooks[0].steps[1].params: for monitor "pool": contract: "Vault" is not a contract of monitor "pool"`},
		"inline token":      {"token: env:WARDEN_TOKEN_CAROL", "token: s3cr3t-t0ken", "users[2].token: must be a secret reference"},
		"user twice":        {"name: carol", "name: bob", `users[2].name: "bob" is defined twice`},
		"no roles":          {"roles: [approver], token: env:WARDEN_TOKEN_CAROL", "roles: [], token: env:WARDEN_TOKEN_CAROL", "users[2].roles: at least one role is required"},
		"reserved name":     {"name: carol", "name: playbook:x", "reserved for playbooks"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(response, tc.from) {
				t.Fatalf("fixture lacks %q", tc.from)
			}
			cfg, err := config.Parse([]byte(strings.Replace(response, tc.from, tc.to, 1)))
			if err != nil {
				t.Fatal(err)
			}
			err = cfg.Validate(plugins())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v\nwant %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "s3cr3t") {
				t.Fatal("an inline token leaked into the error")
			}
		})
	}
}

func TestDryRunNeedsNoApprovers(t *testing.T) {
	doc := strings.Replace(response, "mode: approval", "mode: approval\n    dry_run: true", 1)
	doc = strings.Replace(doc, "required: 2, role: approver", "required: 9, role: approver", 1)
	cfg, err := config.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err != nil && strings.Contains(err.Error(), "playbooks[0].approvals") {
		t.Fatalf("a dry run asks nobody, yet: %v", err)
	}
}

func TestFunctionSelector(t *testing.T) {
	for ref, want := range map[string]string{
		"pause()":                     "8456cb59",
		" pause( ) ":                  "8456cb59",
		"transfer(address,uint256)":   "a9059cbb",
		"transfer(address, uint)":     "a9059cbb",
		"0xa9059cbb":                  "a9059cbb",
		"revokeRole(bytes32,address)": "d547741f",
		"blacklist(address)":          "f9f92be4",
		"setPaused(bool)":             "16c38b3c",
	} {
		sel, err := config.FunctionSelector(ref)
		if err != nil || hex.EncodeToString(sel[:]) != want {
			t.Errorf("%q: %x %v, want %s", ref, sel, err, want)
		}
	}
	for _, bad := range []string{"", "pause", "0x1234", "0xzzzzzzzz", "(address)", "1pause()", "f(uint7)", "f((address,uint256))", "f(address"} {
		if _, err := config.FunctionSelector(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
