package signer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/signer"
)

// TestSecretsNeverPrinted prints and logs every signer type every way a
// careless caller might and looks for the key, the keystore password and
// the external signer's credential in the output.
func TestSecretsNeverPrinted(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	keyHex := hexKey(key)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	const password = "keystore-password-3b7f"
	dir := t.TempDir()
	path := writeKeystore(t, dir, "k.json", key, password)
	t.Setenv("WARDEN_TEST_RAW_KEY", "0x"+keyHex)
	t.Setenv("WARDEN_TEST_KS_PASSWORD", password)
	t.Setenv("WARDEN_TEST_SIGNER_AUTH", authToken)

	raw, err := signer.FromConfig(ctx, config.Signer{Name: "raw", Kind: "private_key", Key: "env:WARDEN_TEST_RAW_KEY"})
	if err != nil {
		t.Fatal(err)
	}
	ks, err := signer.FromConfig(ctx, config.Signer{Name: "ks", Kind: "keystore", Path: path, Password: "env:WARDEN_TEST_KS_PASSWORD"})
	if err != nil {
		t.Fatal(err)
	}
	ext, err := signer.FromConfig(ctx, config.Signer{Name: "ext", Kind: "external", URL: "https://signer.example/rpc?apikey=hunter2", Address: addr.Hex(),
		Headers: map[string]config.SecretRef{"Authorization": "env:WARDEN_TEST_SIGNER_AUTH"}})
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{keyHex, strings.ToUpper(keyHex), password, "s3cr3t-signer-token", "hunter2", key.D.String()}

	for name, s := range map[string]signer.Account{"private_key": raw, "keystore": ks, "external": ext} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T"} {
				fmt.Fprintf(&out, verb+"\n", s)
			}
			// Copies and containers: the struct itself, a struct holding it.
			switch v := s.(type) {
			case *signer.Key:
				fmt.Fprintf(&out, "%v %+v %#v\n", *v, *v, *v)
			case *signer.External:
				fmt.Fprintf(&out, "%v %+v %#v\n", *v, *v, *v)
			}
			holder := struct {
				Signer signer.Account
				hidden signer.Account
			}{s, s}
			fmt.Fprintf(&out, "%v %+v %#v\n", holder, holder, holder)
			fmt.Fprintln(&out, s)

			slog.New(slog.NewJSONHandler(&out, nil)).Info("signer ready", "signer", s, "nested", holder)
			slog.New(slog.NewTextHandler(&out, nil)).Info("signer ready", "signer", s)
			js, err := json.Marshal(map[string]any{"signer": s})
			if err != nil {
				t.Fatal(err)
			}
			out.Write(js)

			text := out.String()
			for _, secret := range secrets {
				if strings.Contains(text, secret) {
					t.Fatalf("output shows secret %q:\n%s", secret, text)
				}
			}
			// Still useful: the address is there.
			if !strings.Contains(text, addr.Hex()) {
				t.Fatalf("output does not show the address:\n%s", text)
			}
		})
	}
}

// TestFromConfigErrorsNameTheSigner checks the errors FromConfig gives for
// each kind start with the signer's name and carry no secret.
func TestFromConfigErrorsNameTheSigner(t *testing.T) {
	ctx := testCtx(t)
	p := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(p, []byte("not-a-key-but-secret-material"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("WARDEN_TEST_BAD_HEADER", "")
	for _, s := range []config.Signer{
		{Name: "a", Kind: "private_key", Key: config.SecretRef("file:" + p)},
		{Name: "b", Kind: "keystore", Path: p, Password: config.SecretRef("file:" + p)},
		{Name: "c", Kind: "external", URL: "http://127.0.0.1:1", Address: "0x00000000000000000000000000000000000000aa", Headers: map[string]config.SecretRef{"X-Token": "env:WARDEN_TEST_BAD_HEADER"}},
		{Name: "d", Kind: "external", URL: "http://127.0.0.1:1", Address: "nope"},
		{Name: "e", Kind: "hsm"},
	} {
		_, err := signer.FromConfig(ctx, s)
		if err == nil || !strings.HasPrefix(err.Error(), "signer "+s.Name+": ") {
			t.Fatalf("%s: got %v, want an error naming the signer", s.Name, err)
		}
		if strings.Contains(err.Error(), "secret-material") {
			t.Fatalf("%s: error leaks the secret: %v", s.Name, err)
		}
	}
}
