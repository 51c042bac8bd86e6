package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
)

const signerChains = `chains:
  - name: dev
    chain_id: 1337
    endpoints:
      - url: http://127.0.0.1:8545
signers:
`

// keystoreDir writes a real keystore file at dir/keys/pauser.json and
// returns dir and the file's address.
func keystoreDir(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(k.PublicKey)
	data, err := keystore.EncryptKey(&keystore.Key{Address: addr, PrivateKey: k}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "keys"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "keys", "pauser.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, addr.Hex()
}

func loadSigners(t *testing.T, dir, signers string) (*config.Config, error) {
	t.Helper()
	path := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(path, []byte(signerChains+signers), 0o600); err != nil {
		t.Fatal(err)
	}
	return config.Load(path, nil)
}

func TestSignerKinds(t *testing.T) {
	dir, addr := keystoreDir(t)
	cfg, err := loadSigners(t, dir, `
  - name: hot
    key: env:WARDEN_HOT_KEY
  - name: cold
    kind: keystore
    path: keys/pauser.json
    password: file:/run/secrets/pauser-password
    address: "`+addr+`"
  - name: remote
    kind: external
    url: https://signer.internal:9000
    address: "0x00000000000000000000000000000000000000aa"
    api: clef
    headers:
      Authorization: env:SIGNER_TOKEN
    timeout: 3s
`)
	if err != nil {
		t.Fatalf("valid signers rejected: %v", err)
	}
	hot, _ := cfg.Signer("hot")
	if hot.Kind != config.SignerPrivateKey {
		t.Errorf("default kind %q, want private_key", hot.Kind)
	}
	cold, _ := cfg.Signer("cold")
	// Relative to the config file, not to the working directory.
	if want := filepath.Join(dir, "keys", "pauser.json"); cold.KeystoreFile() != want {
		t.Errorf("keystore file %q, want %q", cold.KeystoreFile(), want)
	}
	remote, _ := cfg.Signer("remote")
	if remote.ExternalAPI() != "clef" || remote.ExternalTimeout().String() != "3s" {
		t.Errorf("external api %q timeout %s", remote.ExternalAPI(), remote.ExternalTimeout())
	}
	if (&config.Signer{}).ExternalAPI() != config.SignerAPIEth || (&config.Signer{}).ExternalTimeout() != config.DefaultExternalSignerTimeout {
		t.Error("external defaults not applied")
	}
}

func TestSignerValidationProblems(t *testing.T) {
	dir, addr := keystoreDir(t)
	if err := os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"hello": "world"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	const other = "0x00000000000000000000000000000000000000aa"
	cases := map[string]struct {
		yaml string
		want []string
	}{
		"unknown kind": {"  - name: s\n    kind: hsm\n",
			[]string{`signers[0].kind: "hsm" is not a signer kind (known: external, keystore, private_key)`}},
		"inline key": {"  - name: s\n    key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n",
			[]string{"signers[0].key: must be a secret reference"}},
		"field of another kind": {"  - name: s\n    key: env:K\n    password: env:P\n    url: http://x\n",
			[]string{"signers[0].password: is not used by kind private_key (it is for kind keystore)", "signers[0].url: is not used by kind private_key (it is for kind external)"}},
		"keystore empty": {"  - name: s\n    kind: keystore\n",
			[]string{"signers[0].path: is required", "signers[0].password: is required"}},
		"keystore missing file": {"  - name: s\n    kind: keystore\n    path: keys/nope.json\n    password: env:P\n",
			[]string{"signers[0].path: read keystore file", filepath.Join(dir, "keys", "nope.json")}},
		"keystore not a keystore": {"  - name: s\n    kind: keystore\n    path: notes.json\n    password: env:P\n",
			[]string{"signers[0].path: keystore " + filepath.Join(dir, "notes.json") + " is not a keystore file"}},
		"keystore other address": {"  - name: s\n    kind: keystore\n    path: keys/pauser.json\n    password: env:P\n    address: \"" + other + "\"\n",
			[]string{"signers[0].address: 0x00000000000000000000000000000000000000AA does not match keystore", "which holds " + addr}},
		"keystore inline password": {"  - name: s\n    kind: keystore\n    path: keys/pauser.json\n    password: hunter2\n",
			[]string{"signers[0].password: must be a secret reference"}},
		"external empty": {"  - name: s\n    kind: external\n",
			[]string{"signers[0].url: is required", "signers[0].address: is required"}},
		"external bad fields": {"  - name: s\n    kind: external\n    url: ws://signer:9000\n    address: \"0x1234\"\n    api: vault\n    timeout: -1s\n",
			[]string{`signers[0].url: "ws://signer:9000": scheme must be http or https`, `signers[0].address: "0x1234" is not a 20-byte hex address`,
				`signers[0].api: "vault" is not an external signer API (known: clef, eth)`, "signers[0].timeout: must not be negative"}},
		"external credentials in url": {"  - name: s\n    kind: external\n    url: https://admin:hunter2@signer:9000\n    address: \"" + other + "\"\n",
			[]string{"signers[0].url: must not contain credentials"}},
		"external bad headers": {"  - name: s\n    kind: external\n    url: https://signer:9000\n    address: \"" + other + "\"\n    headers:\n      \"Bad Header\": env:T\n      Authorization: Bearer hunter2\n",
			[]string{`signers[0].headers["Bad Header"]: is not a valid HTTP header name`, `signers[0].headers["Authorization"]: must be a secret reference`}},
		"external key field": {"  - name: s\n    kind: external\n    url: https://signer:9000\n    address: \"" + other + "\"\n    key: env:K\n",
			[]string{"signers[0].key: is not used by kind external (it is for kind private_key)"}},
		"duplicate name kept": {"  - name: s\n    key: env:K\n  - name: s\n    key: env:K\n",
			[]string{`signers[1].name: "s" is defined twice`}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := loadSigners(t, dir, tc.yaml)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("missing %q in:\n%v", want, err)
				}
			}
			for _, secret := range []string{"hunter2", "ac0974bec39a17e36ba4a6b4d238ff944bacb478"} {
				if strings.Contains(err.Error(), secret) {
					t.Fatalf("error leaks %q: %v", secret, err)
				}
			}
		})
	}
}
