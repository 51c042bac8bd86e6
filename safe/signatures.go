package safe

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/signer"
)

// Safe reads the last byte (v) of each 65-byte signature as its kind.
const (
	vContract     = 0  // EIP-1271 signature of a contract owner (not accepted here)
	vApprovedHash = 1  // r = owner who called approveHash, or the submitter itself
	ethSignOffset = 4  // v 31/32: ECDSA over the eth_sign-prefixed hash
	sigLen        = 65 // r || s || v
)

// Candidate is a signature offered for a Safe transaction hash.
type Candidate struct {
	// Claimed is the owner the signature says it is from (zero: take
	// whoever it recovers to).
	Claimed common.Address
	// Sig is r || s || v in Safe's encoding: v 27/28 signs the hash
	// itself, v 31/32 signs the eth_sign-prefixed hash. v 0/1 (as raw
	// secp256k1 signers produce) is read as 27/28.
	Sig []byte
	// Source says where it came from, for messages ("local signer",
	// "approval by alice").
	Source string
}

// Signature is an owner's signature the Safe will accept for one hash.
type Signature struct {
	Owner  common.Address
	Sig    []byte // 65 bytes, Safe's encoding
	Source string
}

// Rejection is a candidate that does not count, and why.
type Rejection struct {
	Candidate Candidate
	Reason    string
}

func (r Rejection) String() string {
	who := r.Candidate.Claimed.Hex()
	if r.Candidate.Claimed == (common.Address{}) {
		who = "unnamed signer"
	}
	if r.Candidate.Source != "" {
		who += " (" + r.Candidate.Source + ")"
	}
	return who + ": " + r.Reason
}

// FromDigestSignature converts a signer's digest signature to Safe's
// encoding: an eth_sign signature has v raised by 4.
func FromDigestSignature(ds signer.DigestSignature) ([]byte, error) {
	if len(ds.Sig) != sigLen {
		return nil, fmt.Errorf("safe: digest signature is %d bytes, want %d", len(ds.Sig), sigLen)
	}
	sig := bytes.Clone(ds.Sig)
	if sig[64] < 27 {
		sig[64] += 27
	}
	if ds.EthSign {
		sig[64] += ethSignOffset
	}
	return sig, nil
}

// ApprovedHashSignature is the signature entry for an owner who approved
// the hash on chain with approveHash (or who submits execTransaction
// itself): r = owner, s = 0, v = 1. The Safe checks the approval when it
// executes, so only use it for an owner whose approval was read on chain.
func ApprovedHashSignature(owner common.Address) []byte {
	sig := make([]byte, sigLen)
	copy(sig[12:32], owner[:])
	sig[64] = vApprovedHash
	return sig
}

// Recover returns the address that signed hash with sig (Safe's
// encoding, or v 0/1 for a raw signature), and sig normalised to the
// encoding the Safe expects.
func Recover(hash common.Hash, sig []byte) (common.Address, []byte, error) {
	if len(sig) != sigLen {
		return common.Address{}, nil, fmt.Errorf("signature is %d bytes, want %d (r || s || v)", len(sig), sigLen)
	}
	norm := bytes.Clone(sig)
	digest := hash
	var recID byte // secp256k1 recovery id: 0 or 1
	switch v := norm[64]; v {
	case 0, 1:
		recID, norm[64] = v, v+27
	case 27, 28:
		recID = v - 27
	case 27 + ethSignOffset, 28 + ethSignOffset:
		recID = v - 27 - ethSignOffset
		digest = common.BytesToHash(accounts.TextHash(hash[:]))
	default:
		return common.Address{}, nil, fmt.Errorf("signature has v=%d; want 27/28 (signs the hash) or 31/32 (eth_sign)", v)
	}
	raw := bytes.Clone(norm)
	raw[64] = recID
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("signature does not recover: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), norm, nil
}

// Check keeps the candidates the Safe will accept for hash: each must
// recover to the owner it claims to be from, that owner must be one of
// owners, and only the first signature per owner counts. The result is
// sorted by owner address ascending, the order execTransaction requires.
// Contract (v=0) and approved-hash (v=1 with s=0) entries are rejected:
// an on-chain approval is read from the Safe and added with
// ApprovedHashSignature.
func Check(hash common.Hash, owners []common.Address, candidates []Candidate) ([]Signature, []Rejection) {
	isOwner := make(map[common.Address]bool, len(owners))
	for _, o := range owners {
		isOwner[o] = true
	}
	var valid []Signature
	var rejected []Rejection
	seen := make(map[common.Address]string)
	for _, c := range candidates {
		reject := func(format string, args ...any) {
			rejected = append(rejected, Rejection{Candidate: c, Reason: fmt.Sprintf(format, args...)})
		}
		if len(c.Sig) == sigLen && c.Sig[64] <= vApprovedHash && isZero(c.Sig[32:64]) {
			reject("contract signatures and approveHash markers are not accepted as submitted signatures")
			continue
		}
		addr, norm, err := Recover(hash, c.Sig)
		if err != nil {
			reject("%v", err)
			continue
		}
		if c.Claimed != (common.Address{}) && addr != c.Claimed {
			reject("signature recovers to %s, not to the claimed signer (signed a different safeTxHash? want %s)", addr.Hex(), hash.Hex())
			continue
		}
		if !isOwner[addr] {
			reject("%s is not an owner of the Safe", addr.Hex())
			continue
		}
		if src, dup := seen[addr]; dup {
			reject("owner %s already signed (%s); counted once", addr.Hex(), src)
			continue
		}
		seen[addr] = c.Source
		valid = append(valid, Signature{Owner: addr, Sig: norm, Source: c.Source})
	}
	SortByOwner(valid)
	return valid, rejected
}

// SortByOwner sorts signatures by owner address ascending, the order the
// Safe checks them in (each owner must be greater than the previous one).
func SortByOwner(sigs []Signature) {
	slices.SortStableFunc(sigs, func(a, b Signature) int { return bytes.Compare(a.Owner[:], b.Owner[:]) })
}

// Pack concatenates the first threshold signatures, one per owner, in
// ascending owner order, as execTransaction expects. It fails if there
// are fewer than threshold distinct owners.
func Pack(sigs []Signature, threshold uint64) ([]byte, error) {
	if threshold == 0 {
		return nil, errors.New("safe: threshold is 0")
	}
	sorted := slices.Clone(sigs)
	SortByOwner(sorted)
	out := make([]byte, 0, int(threshold)*sigLen)
	var last common.Address
	n := uint64(0)
	for i, s := range sorted {
		if n == threshold {
			break
		}
		if i > 0 && s.Owner == last {
			continue
		}
		if len(s.Sig) != sigLen {
			return nil, fmt.Errorf("safe: signature of %s is %d bytes, want %d", s.Owner.Hex(), len(s.Sig), sigLen)
		}
		out = append(out, s.Sig...)
		last = s.Owner
		n++
	}
	if n < threshold {
		return nil, fmt.Errorf("safe: %d owner signatures, threshold is %d", n, threshold)
	}
	return out, nil
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
