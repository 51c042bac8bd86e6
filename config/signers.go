package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Signer kinds.
const (
	// SignerPrivateKey holds a hex private key behind a secret reference.
	SignerPrivateKey = "private_key"
	// SignerKeystore is an encrypted go-ethereum (Web3 Secret Storage) key
	// file whose password comes from a secret reference.
	SignerKeystore = "keystore"
	// SignerExternal is a remote signer spoken to over JSON-RPC (Web3Signer,
	// geth-style eth_signTransaction, or Clef's account_* API); the key
	// never enters Warden's memory.
	SignerExternal = "external"
)

// External signer APIs.
const (
	// SignerAPIEth is eth_signTransaction / eth_sign / eth_accounts, as
	// Web3Signer and geth serve them.
	SignerAPIEth = "eth"
	// SignerAPIClef is Clef's account_signTransaction / account_signData /
	// account_list.
	SignerAPIClef = "clef"
)

// DefaultExternalSignerTimeout bounds one request to an external signer
// when the signer sets no timeout. A response that waits longer than this
// for a signature has usually lost the race against the exploit anyway.
const DefaultExternalSignerTimeout = 10 * time.Second

var signerKinds = []string{SignerExternal, SignerKeystore, SignerPrivateKey}

// Signer is a key Warden may sign response transactions with. Which fields
// apply depends on Kind; validation rejects fields the kind does not use, so
// a misplaced password is not silently ignored.
type Signer struct {
	Name string `yaml:"name"`
	// Kind is "private_key" (the default), "keystore" or "external".
	Kind string `yaml:"kind"`

	// Key (private_key) is a secret reference ("env:NAME" or
	// "file:PATH"), never a key.
	Key SecretRef `yaml:"key"`

	// Path (keystore) is the keystore JSON file, relative to the config
	// file's directory unless absolute.
	Path string `yaml:"path"`
	// Password (keystore) is a secret reference to the keystore password.
	Password SecretRef `yaml:"password"`

	// Address is the account: optional for keystore (then asserted against
	// the file), required for external (the account the remote signs for).
	Address string `yaml:"address"`

	// URL (external) is the signer's http(s) JSON-RPC endpoint. It must not
	// carry credentials; put them in Headers.
	URL string `yaml:"url"`
	// API (external) is "eth" (default) or "clef".
	API string `yaml:"api"`
	// Headers (external) are sent with every request, each value from a
	// secret reference (e.g. Authorization: env:SIGNER_TOKEN).
	Headers map[string]SecretRef `yaml:"headers"`
	// Timeout (external) bounds one request (default 10s).
	Timeout time.Duration `yaml:"timeout"`

	// baseDir is where a relative Path is resolved; Validate sets it to
	// the config's base directory.
	baseDir string
}

// KeystoreFile is Path resolved against the config file's directory (after
// Load and Validate) or the working directory.
func (s *Signer) KeystoreFile() string {
	if s.Path == "" || filepath.IsAbs(s.Path) || s.baseDir == "" {
		return s.Path
	}
	return filepath.Join(s.baseDir, s.Path)
}

// ExternalAPI is API or its default.
func (s *Signer) ExternalAPI() string {
	if s.API == "" {
		return SignerAPIEth
	}
	return s.API
}

// ExternalTimeout is Timeout or its default.
func (s *Signer) ExternalTimeout() time.Duration {
	if s.Timeout <= 0 {
		return DefaultExternalSignerTimeout
	}
	return s.Timeout
}

// validate checks the kind-specific fields (name and uniqueness are checked
// by Config.Validate) and remembers baseDir for KeystoreFile. Secrets are
// not read: check-config must work where the keys are not present, and an
// error must never show a secret.
func (s *Signer) validate(baseDir, path string) []error {
	s.baseDir = baseDir
	var p problems
	used := map[string]bool{}
	switch s.Kind {
	case SignerPrivateKey:
		used["key"] = true
		if err := s.Key.Check(); err != nil {
			p.add(path+".key", "%v", err)
		}
	case SignerKeystore:
		used["path"], used["password"], used["address"] = true, true, true
		s.validateKeystore(&p, path)
	case SignerExternal:
		used["url"], used["api"], used["address"], used["headers"], used["timeout"] = true, true, true, true, true
		s.validateExternal(&p, path)
	default:
		p.add(path+".kind", "%q is not a signer kind (known: %s)", s.Kind, strings.Join(signerKinds, ", "))
		return p
	}
	set := map[string]bool{
		"key": s.Key != "", "path": s.Path != "", "password": s.Password != "", "address": s.Address != "",
		"url": s.URL != "", "api": s.API != "", "headers": len(s.Headers) > 0, "timeout": s.Timeout != 0,
	}
	fields := make([]string, 0, len(set))
	for f := range set {
		fields = append(fields, f)
	}
	slices.Sort(fields)
	for _, f := range fields {
		if set[f] && !used[f] {
			p.add(path+"."+f, "is not used by kind %s (it is for kind %s)", s.Kind, kindUsing(f))
		}
	}
	return p
}

func kindUsing(field string) string {
	switch field {
	case "key":
		return SignerPrivateKey
	case "path", "password":
		return SignerKeystore
	case "address":
		return SignerKeystore + " or " + SignerExternal
	default:
		return SignerExternal
	}
}

func (s *Signer) validateKeystore(p *problems, path string) {
	if err := s.Password.Check(); err != nil {
		p.add(path+".password", "%v", err)
	}
	var want common.Address
	if s.Address != "" {
		if !common.IsHexAddress(s.Address) {
			p.add(path+".address", "%q is not a 20-byte hex address", s.Address)
		} else {
			want = common.HexToAddress(s.Address)
		}
	}
	if s.Path == "" {
		p.add(path+".path", "is required (the keystore JSON file)")
		return
	}
	file := s.KeystoreFile()
	have, err := KeystoreAddress(file)
	if err != nil {
		p.add(path+".path", "%v", err)
		return
	}
	if want != (common.Address{}) && have != (common.Address{}) && have != want {
		p.add(path+".address", "%s does not match keystore %s, which holds %s", want.Hex(), file, have.Hex())
	}
}

// KeystoreAddress reads a keystore file far enough to know it is one and
// which address it claims (zero when the file does not say), without the
// password. The encrypted key is never part of an error.
func KeystoreAddress(file string) (common.Address, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return common.Address{}, fmt.Errorf("read keystore file: %w", err)
	}
	var ks struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
		// Version 1 files (and some tools) capitalise it.
		CryptoV1 json.RawMessage `json:"Crypto"`
	}
	if err := json.Unmarshal(data, &ks); err != nil || (len(ks.Crypto) == 0 && len(ks.CryptoV1) == 0) {
		return common.Address{}, fmt.Errorf("keystore %s is not a keystore file (JSON with a crypto section)", file)
	}
	if ks.Address == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(ks.Address) {
		return common.Address{}, fmt.Errorf("keystore %s: address %q is not a 20-byte hex address", file, ks.Address)
	}
	return common.HexToAddress(ks.Address), nil
}

func (s *Signer) validateExternal(p *problems, path string) {
	if err := checkSignerURL(s.URL); err != nil {
		p.add(path+".url", "%v", err)
	}
	switch {
	case s.Address == "":
		p.add(path+".address", "is required (the account the external signer signs for)")
	case !common.IsHexAddress(s.Address):
		p.add(path+".address", "%q is not a 20-byte hex address", s.Address)
	}
	if s.API != "" && s.API != SignerAPIEth && s.API != SignerAPIClef {
		p.add(path+".api", "%q is not an external signer API (known: %s, %s)", s.API, SignerAPIClef, SignerAPIEth)
	}
	if s.Timeout < 0 {
		p.add(path+".timeout", "must not be negative")
	}
	names := make([]string, 0, len(s.Headers))
	for name := range s.Headers {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		hpath := fmt.Sprintf("%s.headers[%q]", path, name)
		if !isHeaderName(name) {
			p.add(hpath, "is not a valid HTTP header name")
		}
		if err := s.Headers[name].Check(); err != nil {
			p.add(hpath, "%v", err)
		}
	}
}

// checkSignerURL accepts http(s) URLs with a host and no user:password,
// which would end up in logs and error messages.
func checkSignerURL(raw string) error {
	if raw == "" {
		return errors.New("is required (the signer's http(s) JSON-RPC endpoint)")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("is not a URL")
	}
	if u.User != nil {
		// Not echoed: it contains a credential.
		return errors.New("must not contain credentials; send them as headers from secret references")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: scheme must be http or https", u.Redacted())
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", u.Redacted())
	}
	return nil
}

// isHeaderName reports whether name is an RFC 9110 token.
func isHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case strings.ContainsRune("!#$%&'*+-.^_`|~", r):
		default:
			return false
		}
	}
	return true
}
