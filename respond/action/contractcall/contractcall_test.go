package contractcall_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/contractcall"
)

func TestParseFunction(t *testing.T) {
	pool := actiontest.ArtifactABI(t, "LendingPool")
	cases := []struct {
		spec    string
		abi     *abi.ABI
		sig     string
		outputs int
	}{
		{"pause()", nil, "pause()", 0},
		{" blacklist( address ) ", nil, "blacklist(address)", 0},
		{"transfer(address to, uint amount)", nil, "transfer(address,uint256)", 0},
		{"balanceOf(address) returns (uint256)", nil, "balanceOf(address)", 1},
		{"setLimits(uint256[], bytes32[2])", nil, "setLimits(uint256[],bytes32[2])", 0},
		// The ABI supplies what a signature leaves out (the return type).
		{"paused()", pool, "paused()", 1},
		{"borrow", pool, "borrow(uint256)", 0},
	}
	for _, tc := range cases {
		m, err := contractcall.ParseFunction(tc.spec, tc.abi)
		if err != nil {
			t.Errorf("%q: %v", tc.spec, err)
			continue
		}
		if m.Sig != tc.sig || len(m.Outputs) != tc.outputs || string(m.ID) != string(crypto.Keccak256([]byte(tc.sig))[:4]) {
			t.Errorf("%q: sig %s, %d outputs, selector %x", tc.spec, m.Sig, len(m.Outputs), m.ID)
		}
	}
	for spec, want := range map[string]string{
		"":                            "is empty",
		"pause(":                      "not closed",
		"1pause()":                    "is not a function name",
		"f(uint256) returning (bool)": `want "returns (type)"`,
		"f(address a b)":              "is not \"type\" or \"type name\"",
		"borrow":                      "no ABI configured",
	} {
		if _, err := contractcall.ParseFunction(spec, nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", spec, err, want)
		}
	}
}

func TestMatches(t *testing.T) {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	m := func(spec string) *abi.Method {
		f, err := contractcall.ParseFunction(spec, nil)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	cases := []struct {
		fn, want string
		out      []byte
		ok       bool
	}{
		{"isBlacklisted(address)", "true", word([]byte{1}), true},
		{"isBlacklisted(address)", "true", word([]byte{0}), false},
		{"isBlacklisted(address)", "false", word([]byte{0}), true},
		{"owner()", who.Hex(), word(who.Bytes()), true},
		{"cap()", "1000", word(big.NewInt(1000).Bytes()), true},
		{"cap() returns (uint8)", "7", word([]byte{7}), true},
		{"cap()", "999", word(big.NewInt(1000).Bytes()), false},
	}
	for _, tc := range cases {
		typ, err := contractcall.ExpectType(m(tc.fn), tc.want)
		if err != nil {
			t.Fatal(err)
		}
		ok, got, err := contractcall.Matches(typ, tc.out, tc.want)
		if err != nil || ok != tc.ok {
			t.Errorf("%s want %s: ok=%v got=%s err=%v", tc.fn, tc.want, ok, got, err)
		}
	}
	typ, _ := contractcall.ExpectType(m("isBlacklisted(address)"), "true")
	if _, _, err := contractcall.Matches(typ, nil, "true"); err == nil {
		t.Error("empty output matched a bool")
	}
}
