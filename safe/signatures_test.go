package safe_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/safe"
	"github.com/warden-dev/warden/signer"
)

func newKey(t *testing.T) *signer.Key {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return signer.NewKey(k)
}

func digestSig(t *testing.T, k *signer.Key, h common.Hash) []byte {
	t.Helper()
	ds, err := k.SignDigest(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := safe.FromDigestSignature(ds)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func TestCheckKeepsOwnersAndSaysWhyNot(t *testing.T) {
	a, b, c, outsider := newKey(t), newKey(t), newKey(t), newKey(t)
	owners := []common.Address{a.Address(), b.Address(), c.Address()}
	h := common.HexToHash("0x5afe")
	other := common.HexToHash("0xbad")

	raw := digestSig(t, b, h)
	raw[64] -= 27 // as crypto.Sign returns it: v 0/1
	short := digestSig(t, c, h)[:64]
	badV := digestSig(t, c, h)
	badV[64] = 40

	cands := []safe.Candidate{
		{Claimed: a.Address(), Sig: digestSig(t, a, h), Source: "a"},
		{Claimed: outsider.Address(), Sig: digestSig(t, outsider, h), Source: "outsider"},
		{Claimed: c.Address(), Sig: digestSig(t, c, other), Source: "c, other hash"},
		{Claimed: a.Address(), Sig: digestSig(t, a, h), Source: "a again"},
		{Claimed: b.Address(), Sig: raw, Source: "b raw"},
		{Claimed: c.Address(), Sig: short, Source: "c short"},
		{Claimed: c.Address(), Sig: badV, Source: "c bad v"},
		{Claimed: c.Address(), Sig: safe.ApprovedHashSignature(c.Address()), Source: "c marker"},
	}
	valid, rejected := safe.Check(h, owners, cands)
	if len(valid) != 2 {
		t.Fatalf("valid %v, want a and b", valid)
	}
	for _, v := range valid {
		if v.Owner != a.Address() && v.Owner != b.Address() {
			t.Fatalf("unexpected valid signer %s", v.Owner.Hex())
		}
		if v.Sig[64] != 27 && v.Sig[64] != 28 {
			t.Fatalf("%s: v=%d not normalised", v.Source, v.Sig[64])
		}
	}
	want := map[string]string{
		"outsider":      "is not an owner",
		"c, other hash": "not to the claimed signer",
		"a again":       "already signed",
		"c short":       "64 bytes",
		"c bad v":       "v=40",
		"c marker":      "not accepted",
	}
	if len(rejected) != len(want) {
		t.Fatalf("rejected %v", rejected)
	}
	for _, r := range rejected {
		if !strings.Contains(r.Reason, want[r.Candidate.Source]) {
			t.Errorf("%s rejected with %q, want it to mention %q", r.Candidate.Source, r.Reason, want[r.Candidate.Source])
		}
	}
	if !strings.Contains(rejected[0].String(), outsider.Address().Hex()) {
		t.Errorf("rejection text %q does not name the signer", rejected[0])
	}
}

func TestEthSignSignatureRecovers(t *testing.T) {
	k := newKey(t)
	h := common.HexToHash("0x1234")
	sig := ethSignKey(t, k, h)
	got, norm, err := safe.Recover(h, sig)
	if err != nil || got != k.Address() {
		t.Fatalf("recovered %s, %v; want %s", got.Hex(), err, k.Address().Hex())
	}
	if norm[64] != sig[64] {
		t.Fatalf("eth_sign v changed from %d to %d", sig[64], norm[64])
	}
	// The same bytes read as a plain signature recover to someone else.
	plain := append([]byte{}, sig...)
	plain[64] -= 4
	if other, _, _ := safe.Recover(h, plain); other == k.Address() {
		t.Fatal("prefix ignored")
	}
}

func ethSignKey(t *testing.T, k *signer.Key, h common.Hash) []byte {
	t.Helper()
	// signer.Key signs digests; eth_sign signs the prefixed one.
	prefixed := crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n32"), h[:])
	ds, err := k.SignDigest(context.Background(), prefixed)
	if err != nil {
		t.Fatal(err)
	}
	ds.EthSign = true
	sig, err := safe.FromDigestSignature(ds)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func TestPackOrdersAndCounts(t *testing.T) {
	lo := safe.Signature{Owner: common.HexToAddress("0x01"), Sig: make([]byte, 65)}
	hi := safe.Signature{Owner: common.HexToAddress("0xff"), Sig: make([]byte, 65)}
	lo.Sig[0], hi.Sig[0] = 1, 2
	out, err := safe.Pack([]safe.Signature{hi, lo, hi}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 130 || out[0] != 1 || out[65] != 2 {
		t.Fatalf("packed %x", out)
	}
	if _, err := safe.Pack([]safe.Signature{hi, hi}, 2); err == nil {
		t.Fatal("one owner twice passed a threshold of 2")
	}
}
