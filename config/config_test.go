package config_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
)

const valid = `
store:
  path: /tmp/w.db
chains:
  - name: dev
    chain_id: 1337
    endpoints:
      - url: ws://127.0.0.1:8546
monitors:
  - name: pool
    chain: dev
    contracts:
      - name: LendingPool
        address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
    detectors:
      - kind: large_outflow
        severity: high
        params:
          share: 0.05
    playbooks: [pause-pool]
playbooks:
  - name: pause-pool
    trigger:
      min_severity: critical
    steps:
      - action: pause
        contract: LendingPool
        signer: pauser
signers:
  - name: pauser
    key: env:WARDEN_PAUSER_KEY
`

func plugins() *config.Plugins {
	return &config.Plugins{
		Detectors: map[string]config.ParamsCheck{
			"large_outflow": func(_ *config.Monitor, n *yaml.Node) error {
				var p struct {
					Share float64 `yaml:"share"`
				}
				if err := config.DecodeStrict(n, &p); err != nil {
					return err
				}
				if p.Share <= 0 || p.Share > 1 {
					return errors.New("share: must be a fraction between 0 and 1")
				}
				return nil
			},
		},
		Actions: map[string]config.ParamsCheck{"pause": checkPause},
	}
}

// checkPause stands in for an action kind's check: strict params and a
// contract that must belong to the monitor when there is one.
func checkPause(mon *config.Monitor, n *yaml.Node) error {
	var p struct {
		Contract string `yaml:"contract"`
		Signer   string `yaml:"signer"`
	}
	if err := config.DecodeStrict(n, &p); err != nil {
		return err
	}
	if p.Contract == "" {
		return errors.New("contract: is required")
	}
	if mon != nil && !common.IsHexAddress(p.Contract) && !slices.ContainsFunc(mon.Contracts, func(c config.Contract) bool { return c.Name == p.Contract }) {
		return fmt.Errorf("contract: %q is not a contract of monitor %q", p.Contract, mon.Name)
	}
	return nil
}

func TestValidConfig(t *testing.T) {
	cfg, err := config.Parse([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(plugins()); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	if cfg.Chains[0].StartBlock != "latest" || cfg.Chains[0].PollInterval != config.DefaultPollInterval {
		t.Errorf("defaults not applied: %+v", cfg.Chains[0])
	}
}

// TestThreeMistakes is the acceptance check: every problem is reported at
// once, each with its path.
func TestThreeMistakes(t *testing.T) {
	bad := strings.NewReplacer(
		"playbooks: [pause-pool]", "playbooks: [pause-all]", // undefined playbook
		"share: 0.05", "share: 5", // out of range param
		"chain: dev\n", "chain: mainnet\n", // undefined chain
	).Replace(valid)
	cfg, err := config.Parse([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate(plugins())
	if err == nil {
		t.Fatal("config with three mistakes accepted")
	}
	want := []string{
		`monitors[0].playbooks[0]: "pause-all" is not defined`,
		`monitors[0].detectors[0].params: share: must be a fraction between 0 and 1`,
		`monitors[0].chain: "mainnet" is not defined in chains`,
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 3 {
		t.Errorf("%d problems reported, want 3:\n%v", n, err)
	}
}

func TestStrictDecoding(t *testing.T) {
	cases := map[string]struct {
		yaml string
		want string
	}{
		"unknown top-level field": {valid + "\nsurprise: 1\n", "field surprise not found"},
		"misspelt field":          {strings.Replace(valid, "min_severity", "min_sevrity", 1), "field min_sevrity not found"},
		"empty":                   {"", "config is empty"},
		"two documents":           {valid + "\n---\nchains: []\n", "more than one YAML document"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := config.Parse([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want error containing %q", err, tc.want)
			}
		})
	}
}

func TestUnknownParamField(t *testing.T) {
	cfg, err := config.Parse([]byte(strings.Replace(valid, "share: 0.05", "share: 0.05\n          shar: 1", 1)))
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate(plugins())
	if err == nil || !strings.Contains(err.Error(), "monitors[0].detectors[0].params") || !strings.Contains(err.Error(), "shar") {
		t.Fatalf("unknown param field not reported with its path: %v", err)
	}
}

func TestValidationProblems(t *testing.T) {
	cases := map[string]struct {
		from, to string
		want     string
	}{
		"inline key":      {"key: env:WARDEN_PAUSER_KEY", "key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "signers[0].key: must be a secret reference"},
		"bad address":     {`address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"`, `address: "0x1234"`, `monitors[0].contracts[0].address: "0x1234" is not a 20-byte hex address`},
		"bad url":         {"url: ws://127.0.0.1:8546", "url: ftp://x", "chains[0].endpoints[0].url"},
		"missing signer":  {"signer: pauser", "signer: nobody", `playbooks[0].steps[0].params.signer: "nobody" is not defined in signers`},
		"unknown action":  {"action: pause", "action: explode", `playbooks[0].steps[0].kind: "explode" is not an action kind`},
		"unknown kind":    {"kind: large_outflow", "kind: vibes", `monitors[0].detectors[0].kind: "vibes" is not a detector kind`},
		"bad severity":    {"severity: high", "severity: spicy", "monitors[0].detectors[0].severity"},
		"bad contract":    {"contract: LendingPool", "contract: Vault", `playbooks[0].steps[0].params: for monitor "pool": contract: "Vault" is not a contract of monitor "pool"`},
		"no chain id":     {"chain_id: 1337", "chain_id: 0", "chains[0].chain_id"},
		"bad start block": {"chain_id: 1337", "chain_id: 1337\n    start_block: soon", `chains[0].start_block: "soon"`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(valid, tc.from) {
				t.Fatalf("fixture lacks %q", tc.from)
			}
			cfg, err := config.Parse([]byte(strings.Replace(valid, tc.from, tc.to, 1)))
			if err != nil {
				t.Fatal(err)
			}
			err = cfg.Validate(plugins())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "ac0974bec39a17e36ba4a6b4d238ff944bacb478") {
				t.Fatal("error message leaks the inline key")
			}
		})
	}
}

func TestSecretRefs(t *testing.T) {
	t.Setenv("WARDEN_TEST_SECRET", "  s3cret \n")
	if v, err := config.SecretRef("env:WARDEN_TEST_SECRET").Resolve(); err != nil || v != "s3cret" {
		t.Fatalf("env: %q %v", v, err)
	}
	if _, err := config.SecretRef("env:WARDEN_TEST_MISSING").Resolve(); err == nil || !strings.Contains(err.Error(), "WARDEN_TEST_MISSING is not set") {
		t.Fatalf("missing env: %v", err)
	}
	p := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(p, []byte("abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if v, err := config.SecretRef("file:" + p).Resolve(); err != nil || v != "abc" {
		t.Fatalf("file: %q %v", v, err)
	}
	if _, err := config.SecretRef("file:/nonexistent/key").Resolve(); err == nil {
		t.Fatal("missing file accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte("chains: [{name: x}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := config.Parse(data)
		if err != nil {
			return
		}
		_ = cfg.Validate(plugins()) // must not panic
	})
}
