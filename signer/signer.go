// Package signer signs response transactions. The Signer interface is the
// seam; this package implements it with a private key from a secret
// reference, an encrypted go-ethereum keystore file, and an external signer
// over JSON-RPC (Web3Signer, geth, Clef). FromConfig picks one.
//
// Keys and passwords never leave this package: every type holding one
// formats itself (fmt, slog, JSON) as its address and where it came from,
// and no error carries a secret.
package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
)

// Signer signs transactions for one address.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// DigestSigner signs a 32-byte digest, the way Safe owners sign a Safe
// transaction hash. Signers that can only sign messages (eth_sign) return
// the signature over the prefixed message and say so with EthSign, which
// Safe accepts with v raised by 4.
type DigestSigner interface {
	Address() common.Address
	SignDigest(ctx context.Context, digest common.Hash) (DigestSignature, error)
}

// DigestSignature is a 65-byte [R || S || V] signature with V in {27, 28}.
type DigestSignature struct {
	Sig []byte
	// EthSign is true when Sig signs keccak256("\x19Ethereum Signed
	// Message:\n32" || digest) rather than the digest itself.
	EthSign bool
}

// Account is a Signer that can also sign digests; every signer FromConfig
// builds is one.
type Account interface {
	Signer
	DigestSigner
}

// Key signs with an in-memory private key. It prints, logs and marshals as
// its address and source only (see redact.go).
type Key struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	// source says where the key came from ("env:NAME", "keystore PATH"),
	// for messages; never the key.
	source string
}

// NewKey wraps a private key.
func NewKey(k *ecdsa.PrivateKey) *Key {
	return &Key{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), source: "in-memory key"}
}

// FromSecret resolves a secret reference holding a hex private key.
func FromSecret(ref config.SecretRef) (*Key, error) {
	raw, err := ref.Resolve()
	if err != nil {
		return nil, fmt.Errorf("signer key %s: %w", ref, err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(raw, "0x"))
	if err != nil {
		// The error text of HexToECDSA never contains the key, but say
		// nothing about the value anyway.
		return nil, fmt.Errorf("signer key %s: not a 32-byte hex private key", ref)
	}
	key := NewKey(k)
	key.source = "secret " + string(ref)
	return key, nil
}

// Address is the signing account.
func (k *Key) Address() common.Address { return k.addr }

// SignTx signs with the London/Cancun signer for chainID.
func (k *Key) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("sign: chain ID is required")
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), k.key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return signed, nil
}

// SignDigest signs the digest itself (no message prefix), V in {27, 28}.
func (k *Key) SignDigest(_ context.Context, digest common.Hash) (DigestSignature, error) {
	sig, err := crypto.Sign(digest[:], k.key)
	if err != nil {
		return DigestSignature{}, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return DigestSignature{Sig: sig}, nil
}
