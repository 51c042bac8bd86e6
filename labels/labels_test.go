package labels_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/labels"
)

func TestDefault(t *testing.T) {
	s := labels.Default()
	if s.Len() < 1400 {
		t.Fatalf("only %d labelled addresses", s.Len())
	}
	pool := common.HexToAddress("0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc")
	l, ok := s.Lookup(pool)
	if !ok || l.Name != "Tornado.Cash: 0.1 ETH" || !s.IsMixer(pool) || !s.IsSanctioned(pool) {
		t.Errorf("Tornado 0.1 ETH pool: %+v %v", l, ok)
	}
	torn := common.HexToAddress("0x77777feddddffc19ff86db637967013e6c6a116c")
	if l, ok := s.Lookup(torn); !ok || !l.Has(labels.TagTornadoCash) || s.IsMixer(torn) || !s.IsSanctioned(torn) {
		t.Errorf("TORN token is sanctioned but not a mixer: %+v", l)
	}
	// A Lazarus address on the OFAC list.
	lazarus := common.HexToAddress("0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
	if !s.IsSanctioned(lazarus) || s.IsMixer(lazarus) {
		t.Error("OFAC-listed address is not sanctioned (or is a mixer)")
	}
	// The zero address is tagged "blocked" by Etherscan; that is not a sanction.
	if s.IsSanctioned(common.Address{}) || s.IsMixer(common.Address{}) {
		t.Error("the zero address counts as sanctioned or mixer")
	}
	if s.IsMixer(common.HexToAddress("0x1234")) {
		t.Error("unknown address is a mixer")
	}
}

func TestParse(t *testing.T) {
	s, err := labels.Parse([]byte(`{"0xAbC0000000000000000000000000000000000001": {"name": "A", "labels": ["x"]},
		"0xabc0000000000000000000000000000000000001": {"name": "", "labels": ["ethereum-mixer"]}}`),
		[]byte("# comment\n\n0xabc0000000000000000000000000000000000002\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := common.HexToAddress("0xabc0000000000000000000000000000000000001")
	if l, _ := s.Lookup(a); l.Name != "A" || strings.Join(l.Tags, ",") != "ethereum-mixer,mixer,x" {
		t.Errorf("merged entry: %+v", l)
	}
	if !s.IsSanctioned(common.HexToAddress("0xabc0000000000000000000000000000000000002")) {
		t.Error("listed address not sanctioned")
	}
	s2 := s.With(map[common.Address]labels.Label{common.HexToAddress("0x01"): {Name: "private pool", Tags: []string{labels.TagMixer}}})
	if !s2.IsMixer(common.HexToAddress("0x01")) || s.IsMixer(common.HexToAddress("0x01")) {
		t.Error("With must add to a copy")
	}
	for _, tc := range []struct{ js, list, want string }{
		{`{"nope": {}}`, "", `key "nope" is not an address`},
		{`[1]`, "", "etherscan labels"},
		{`{}`, "0x12\n", "sanctioned list line 1"},
	} {
		if _, err := labels.Parse([]byte(tc.js), []byte(tc.list)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%s, %q) = %v, want %q", tc.js, tc.list, err, tc.want)
		}
	}
}
