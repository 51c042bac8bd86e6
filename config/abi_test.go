package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
)

const tokenABI = `[{"type":"function","name":"totalSupply","inputs":[],"outputs":[{"type":"uint256"}],"stateMutability":"view"}]`

// withABI is the valid config with an abi on its contract, and a
// detector check that records which ABI it saw.
func withABI(abi string) string {
	return strings.Replace(valid, `        address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"`,
		`        address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
        abi: '`+abi+`'`, 1)
}

func TestABIResolvedRelativeToConfigFile(t *testing.T) {
	t.Setenv("WARDEN_PAUSER_KEY", "0x01")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "abi"), 0o700); err != nil {
		t.Fatal(err)
	}
	// A Foundry-style artifact: the ABI under "abi".
	if err := os.WriteFile(filepath.Join(dir, "abi", "Pool.json"), []byte(`{"abi":`+tokenABI+`,"bytecode":{"object":"0x"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(path, []byte(withABI("abi/Pool.json")), 0o600); err != nil {
		t.Fatal(err)
	}
	var seen *config.Contract
	p := plugins()
	p.Detectors["large_outflow"] = func(m *config.Monitor, _ *yaml.Node) error {
		seen = &m.Contracts[0]
		return nil
	}
	cfg, err := config.Load(path, p)
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Monitors[0].Contracts[0].ParsedABI
	if a == nil || a.Methods["totalSupply"].Sig != "totalSupply()" {
		t.Fatalf("parsed ABI: %+v", a)
	}
	if seen == nil || seen.ParsedABI != a {
		t.Error("the detector check did not see the parsed ABI")
	}
}

func TestABIInline(t *testing.T) {
	cfg, err := config.Parse([]byte(withABI(tokenABI)))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("WARDEN_PAUSER_KEY", "0x01")
	if err := cfg.Validate(plugins()); err != nil {
		t.Fatal(err)
	}
	if cfg.Monitors[0].Contracts[0].ParsedABI == nil {
		t.Fatal("inline ABI not parsed")
	}
}

func TestABIProblems(t *testing.T) {
	t.Setenv("WARDEN_PAUSER_KEY", "0x01")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"bytecode":"0x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"missing.json":        `monitors[0].contracts[0].abi: read ABI file: open `,
		"bad.json":            `monitors[0].contracts[0].abi: ABI file ` + filepath.Join(dir, "bad.json") + `: ABI artifact has no "abi" key`,
		`[{"type":"function"`: `monitors[0].contracts[0].abi: inline ABI: malformed ABI`,
		`[{"type":"event","name":"E","inputs":[{"name":"x","type":"uint7"}]}]`: `monitors[0].contracts[0].abi: inline ABI: malformed ABI: event E: parameter "x": uint7 is not an integer type`,
	}
	for abi, want := range cases {
		path := filepath.Join(dir, "warden.yaml")
		if err := os.WriteFile(path, []byte(withABI(abi)), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := config.Load(path, plugins())
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("abi %s: got %v\nwant %q", abi, err, want)
		}
	}
}
