package signer_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/signer"
)

// writeKeystore encrypts k into dir/rel with light scrypt parameters (the
// standard ones take a second per test) and returns the file's path.
func writeKeystore(t *testing.T, dir, rel string, k *ecdsa.PrivateKey, password string) string {
	t.Helper()
	data, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// loadConfig writes a config whose only signer is the given YAML block and
// loads it, so relative paths resolve like in production.
func loadConfig(t *testing.T, dir, signerYAML string) *config.Config {
	t.Helper()
	yml := "chains:\n  - name: dev\n    chain_id: 1337\n    endpoints:\n      - url: http://127.0.0.1:8545\nsigners:\n" + signerYAML
	path := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestKeystoreFromConfigSignsOnDevchain(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	const password = "correct horse battery staple"
	writeKeystore(t, dir, "keys/pauser.json", key, password)
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("WARDEN_TEST_KS_PASSWORD", password)

	chain, cl := startChain(t, addr)
	for name, ref := range map[string]string{"env": "env:WARDEN_TEST_KS_PASSWORD", "file": "file:" + pwFile} {
		t.Run(name, func(t *testing.T) {
			// The config lives in dir; the keystore path is relative to it,
			// not to the working directory.
			cfg := loadConfig(t, dir, "  - name: pauser\n    kind: keystore\n    path: keys/pauser.json\n    password: "+ref+"\n    address: \""+addr.Hex()+"\"\n")
			sc, _ := cfg.Signer("pauser")
			s, err := signer.FromConfig(ctx, *sc)
			if err != nil {
				t.Fatal(err)
			}
			if s.Address() != addr {
				t.Fatalf("address %s, want %s", s.Address(), addr)
			}
			signAndSend(ctx, t, cl, s, chain.ChainID())
			checkDigest(t, s, false)
		})
	}
}

func TestKeystoreWrongPasswordOrCorruptFile(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	dir := t.TempDir()
	const password = "the-real-password-9f2c"
	path := writeKeystore(t, dir, "k.json", key, password)

	// Flip the ciphertext: the MAC no longer matches, as with a wrong
	// password.
	var ks map[string]any
	data, _ := os.ReadFile(path)
	if err := json.Unmarshal(data, &ks); err != nil {
		t.Fatal(err)
	}
	cryptoSection := ks["crypto"].(map[string]any)
	ct := cryptoSection["ciphertext"].(string)
	cryptoSection["ciphertext"] = strings.Repeat("0", len(ct))
	corrupt, _ := json.Marshal(ks)
	corruptPath := filepath.Join(dir, "corrupt.json")
	if err := os.WriteFile(corruptPath, corrupt, 0o600); err != nil {
		t.Fatal(err)
	}

	const wrong = "a-wrong-password-77ab"
	t.Setenv("WARDEN_TEST_KS_WRONG", wrong)
	t.Setenv("WARDEN_TEST_KS_RIGHT", password)
	cases := map[string]struct {
		file, ref string
	}{
		"wrong password": {path, "env:WARDEN_TEST_KS_WRONG"},
		"corrupt file":   {corruptPath, "env:WARDEN_TEST_KS_RIGHT"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := signer.FromConfig(ctx, config.Signer{Name: "pauser", Kind: "keystore", Path: tc.file, Password: config.SecretRef(tc.ref)})
			want := "signer pauser: keystore " + tc.file + ": wrong password or corrupt file"
			if err == nil || err.Error() != want {
				t.Fatalf("got %v, want %q", err, want)
			}
			for _, secret := range []string{wrong, password, hexKey(key)} {
				if strings.Contains(err.Error(), secret) {
					t.Fatalf("error leaks a secret: %v", err)
				}
			}
		})
	}
}

func TestKeystoreAddressChecked(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	path := writeKeystore(t, dir, "k.json", key, "pw")
	t.Setenv("WARDEN_TEST_KS_PW", "pw")

	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, err := signer.FromConfig(ctx, config.Signer{Name: "pauser", Kind: "keystore", Path: path, Password: "env:WARDEN_TEST_KS_PW", Address: other.Hex()})
	if err == nil || !strings.Contains(err.Error(), addr.Hex()) || !strings.Contains(err.Error(), other.Hex()) || !strings.HasPrefix(err.Error(), "signer pauser: ") {
		t.Fatalf("mismatch not named with both addresses: %v", err)
	}

	// A file whose address field lies about its key is refused too.
	data, _ := os.ReadFile(path)
	lying := strings.Replace(string(data), strings.ToLower(addr.Hex()[2:]), strings.Repeat("ab", 20), 1)
	if lying == string(data) {
		t.Fatal("fixture: address field not found")
	}
	lyingPath := filepath.Join(dir, "lying.json")
	if err := os.WriteFile(lyingPath, []byte(lying), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = signer.FromConfig(ctx, config.Signer{Name: "pauser", Kind: "keystore", Path: lyingPath, Password: "env:WARDEN_TEST_KS_PW"})
	if err == nil || !strings.Contains(err.Error(), addr.Hex()) {
		t.Fatalf("lying address field not caught: %v", err)
	}

	// Unset password and missing file are named without secrets.
	_, err = signer.FromConfig(ctx, config.Signer{Name: "pauser", Kind: "keystore", Path: path, Password: "env:WARDEN_TEST_KS_UNSET"})
	if err == nil || !strings.Contains(err.Error(), "WARDEN_TEST_KS_UNSET is not set") {
		t.Fatalf("unset password: %v", err)
	}
	_, err = signer.FromConfig(ctx, config.Signer{Name: "pauser", Kind: "keystore", Path: filepath.Join(dir, "missing.json"), Password: "env:WARDEN_TEST_KS_PW"})
	if err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Fatalf("missing file: %v", err)
	}
}

func hexKey(k *ecdsa.PrivateKey) string { return common.Bytes2Hex(crypto.FromECDSA(k)) }
