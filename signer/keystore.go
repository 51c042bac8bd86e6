package signer

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/config"
)

// LoadKeystore decrypts a go-ethereum keystore file (Web3 Secret Storage,
// version 3 or 1) with the password behind a secret reference. When want is
// not the zero address the decrypted key must belong to it. The password is
// dropped once the key is decrypted; the key prints as its address and the
// file path only.
//
// Decryption runs the file's scrypt parameters (about a second and 256 MB
// for geth's standard ones), so load keystores once at start-up.
func LoadKeystore(ctx context.Context, file string, password config.SecretRef, want common.Address) (*Key, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", file, err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", file, err)
	}
	claimed, err := config.KeystoreAddress(file)
	if err != nil {
		return nil, err
	}
	pass, err := password.Resolve()
	if err != nil {
		return nil, fmt.Errorf("keystore %s: password %s: %w", file, password, err)
	}
	dec, err := keystore.DecryptKey(data, pass)
	if err != nil {
		// Neither the password nor anything read from the file goes into
		// the message. A MAC mismatch (ErrDecrypt) cannot tell a wrong
		// password from a damaged ciphertext; anything else is a file
		// geth's keystore does not understand.
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("keystore %s: wrong password or corrupt file", file)
		}
		return nil, fmt.Errorf("keystore %s: unsupported or corrupt keystore file", file)
	}
	if claimed != (common.Address{}) && claimed != dec.Address {
		return nil, fmt.Errorf("keystore %s: the file says address %s but its key is for %s", file, claimed.Hex(), dec.Address.Hex())
	}
	if want != (common.Address{}) && want != dec.Address {
		return nil, fmt.Errorf("keystore %s holds %s, not the configured address %s", file, dec.Address.Hex(), want.Hex())
	}
	k := NewKey(dec.PrivateKey)
	k.source = "keystore " + file
	return k, nil
}
