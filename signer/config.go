package signer

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/config"
)

// FromConfig builds the signer a config entry describes, resolving its
// secret references. Keystores are decrypted here (about a second with
// standard scrypt parameters); external signers are not contacted (call
// (*External).Check for that). Errors start with "signer NAME:" and never
// contain a secret. s should come from a validated config, so a relative
// keystore path is resolved against the config file's directory.
func FromConfig(ctx context.Context, s config.Signer) (Account, error) {
	wrap := func(err error) error { return fmt.Errorf("signer %s: %w", s.Name, err) }
	switch s.Kind {
	case config.SignerPrivateKey, "":
		k, err := FromSecret(s.Key)
		if err != nil {
			return nil, wrap(err)
		}
		return k, nil
	case config.SignerKeystore:
		var want common.Address
		if s.Address != "" {
			if !common.IsHexAddress(s.Address) {
				return nil, wrap(fmt.Errorf("address %q is not a 20-byte hex address", s.Address))
			}
			want = common.HexToAddress(s.Address)
		}
		k, err := LoadKeystore(ctx, s.KeystoreFile(), s.Password, want)
		if err != nil {
			return nil, wrap(err)
		}
		return k, nil
	case config.SignerExternal:
		if !common.IsHexAddress(s.Address) {
			return nil, wrap(fmt.Errorf("address %q is not a 20-byte hex address", s.Address))
		}
		headers := make(map[string]string, len(s.Headers))
		names := make([]string, 0, len(s.Headers))
		for name := range s.Headers {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			ref := s.Headers[name]
			v, err := ref.Resolve()
			if err != nil {
				return nil, wrap(fmt.Errorf("header %s from %s: %w", name, ref, err))
			}
			headers[name] = v
		}
		e, err := NewExternal(ExternalConfig{
			URL:     s.URL,
			Address: common.HexToAddress(s.Address),
			API:     s.ExternalAPI(),
			Headers: headers,
			Timeout: s.ExternalTimeout(),
		})
		if err != nil {
			return nil, wrap(err)
		}
		return e, nil
	default:
		return nil, wrap(fmt.Errorf("kind %q is not a signer kind (known: %s, %s, %s)", s.Kind, config.SignerExternal, config.SignerKeystore, config.SignerPrivateKey))
	}
}
