package abidecode_test

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/abidecode"
)

// testABI has the shapes decoding must get right: every elementary kind,
// dynamic and static arrays, tuples (static and dynamic), an overloaded
// name, and events with indexed value and hashed arguments.
const testABI = `[
 {"type":"function","name":"everything","inputs":[
   {"name":"small","type":"uint8"},{"name":"signed","type":"int256"},{"name":"who","type":"address"},
   {"name":"flag","type":"bool"},{"name":"note","type":"string"},{"name":"blob","type":"bytes"},
   {"name":"sel","type":"bytes4"},{"name":"amounts","type":"uint256[]"},
   {"name":"legs","type":"tuple[]","components":[{"name":"amount","type":"uint256"},{"name":"to","type":"address"}]},
   {"name":"pair","type":"string[2]"},{"name":"","type":"int8"}],"outputs":[]},
 {"type":"function","name":"transfer","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[{"type":"bool"}]},
 {"type":"function","name":"transfer","inputs":[{"name":"to","type":"address"}],"outputs":[]},
 {"type":"event","name":"Transfer","anonymous":false,"inputs":[
   {"indexed":true,"name":"from","type":"address"},{"indexed":true,"name":"to","type":"address"},{"indexed":false,"name":"value","type":"uint256"}]},
 {"type":"event","name":"Note","anonymous":false,"inputs":[
   {"indexed":true,"name":"topic","type":"string"},{"indexed":false,"name":"body","type":"string"},{"indexed":true,"name":"level","type":"int16"}]}
]`

func parse(t testing.TB) *abi.ABI {
	t.Helper()
	a, err := abidecode.ParseJSON([]byte(testABI))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestParseJSON(t *testing.T) {
	lp, err := os.ReadFile("../contracts/artifacts/LendingPool.abi")
	if err != nil {
		t.Fatal(err)
	}
	ok := map[string]string{
		"bare array":       testABI,
		"hardhat artifact": `{"_format":"hh-sol-artifact-1","contractName":"X","abi":` + testABI + `,"bytecode":"0x"}`,
		"foundry artifact": `{"abi":` + testABI + `,"bytecode":{"object":"0x"},"methodIdentifiers":{}}`,
		"real ABI file":    string(lp),
		"empty ABI":        `[]`,
	}
	for name, src := range ok {
		if _, err := abidecode.ParseJSON([]byte(src)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := map[string]string{
		"empty":             "",
		"not JSON":          "abi goes here",
		"object without":    `{"bytecode":"0x"}`,
		"abi not an array":  `{"abi":{"type":"function"}}`,
		"truncated":         testABI[:40],
		"unknown type":      `[{"type":"function","name":"f","inputs":[{"name":"x","type":"uint7"}]}]`,
		"number":            `42`,
		"array of numbers":  `[1,2,3]`,
		"broken artifact":   `{"abi": [}`,
		"tuple without ...": `[{"type":"event","name":"E","inputs":[{"name":"x","type":"tuple"}]}]`,
	}
	for name, src := range bad {
		if a, err := abidecode.ParseJSON([]byte(src)); err == nil {
			t.Errorf("%s: parsed without error: %+v", name, a)
		}
	}
}

func TestDecodeCallRoundTrip(t *testing.T) {
	a := parse(t)
	type leg struct {
		Amount *big.Int
		To     common.Address
	}
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	input, err := a.Pack("everything", uint8(200), big.NewInt(-5), who, true, "héllo", []byte{1, 2, 3},
		[4]byte{0xde, 0xad, 0xbe, 0xef}, []*big.Int{big.NewInt(1), big.NewInt(2)},
		[]leg{{big.NewInt(7), who}}, [2]string{"a", "bc"}, int8(-128))
	if err != nil {
		t.Fatal(err)
	}
	call, err := abidecode.DecodeCall(a, input)
	if err != nil {
		t.Fatal(err)
	}
	if call.Method.RawName != "everything" || len(call.Args) != 11 {
		t.Fatalf("call: %+v", call)
	}
	got := map[string]string{}
	for _, arg := range call.Args {
		got[arg.Name] = abidecode.Format(arg.Value)
	}
	want := map[string]string{
		"small":   "200",
		"signed":  "-5",
		"who":     who.Hex(),
		"flag":    "true",
		"note":    `"héllo"`,
		"blob":    "0x010203",
		"sel":     "0xdeadbeef",
		"amounts": "[1, 2]",
		"legs":    "[(amount: 7, to: " + who.Hex() + ")]",
		"pair":    `["a", "bc"]`,
		"":        "-128",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %s, want %s", k, got[k], v)
		}
	}
	if _, ok := call.Args[0].Value.(*big.Int); !ok {
		t.Errorf("uint8 decoded as %T, want *big.Int", call.Args[0].Value)
	}

	// Overloads are told apart by selector.
	one, _ := a.Pack("transfer0", who)
	if c, err := abidecode.DecodeCall(a, one); err != nil || c.Method.Sig != "transfer(address)" {
		t.Errorf("overload: %v %+v", err, c)
	}
}

func TestDecodeCallBadInput(t *testing.T) {
	a := parse(t)
	who := common.HexToAddress("0xaa")
	good, _ := a.Pack("transfer", who, big.NewInt(5))

	if _, err := abidecode.DecodeCall(a, good[:3]); !errors.Is(err, abidecode.ErrUnknownSelector) {
		t.Errorf("short calldata: %v", err)
	}
	if _, err := abidecode.DecodeCall(a, []byte{1, 2, 3, 4, 5}); !errors.Is(err, abidecode.ErrUnknownSelector) {
		t.Errorf("unknown selector: %v", err)
	}

	// Truncated: the address still decodes, the amount does not.
	c, err := abidecode.DecodeCall(a, good[:4+32+10])
	if err == nil || !strings.Contains(err.Error(), "amount") {
		t.Fatalf("truncated: %v", err)
	}
	if c.Args[0].Err != nil || c.Args[0].Value != who || c.Args[1].Err == nil || c.Args[1].Value != nil {
		t.Errorf("truncated: args %+v", c.Args)
	}

	// Dirty high bits in an address word: that argument fails alone.
	dirty := bytes.Clone(good)
	dirty[4] = 0xff
	c, err = abidecode.DecodeCall(a, dirty)
	if err == nil || c.Args[0].Err == nil || c.Args[1].Err != nil {
		t.Errorf("dirty address: %v %+v", err, c.Args)
	}

	// A uint8 word above 255 and a bool word of 2.
	sel := a.Methods["everything"].ID
	word := func(b ...byte) []byte { w := make([]byte, 32); copy(w[32-len(b):], b); return w }
	data := append(bytes.Clone(sel), word(1, 0)...) // 256 in a uint8
	data = append(data, word()...)
	data = append(data, word()...)
	data = append(data, word(2)...) // bool 2
	c, _ = abidecode.DecodeCall(a, data)
	if c.Args[0].Err == nil || !strings.Contains(c.Args[0].Err.Error(), "uint8") || c.Args[3].Err == nil || c.Args[1].Err != nil {
		t.Errorf("out of range words: %+v", c.Args[:4])
	}
}

func TestDecodeHostileOffsets(t *testing.T) {
	a := parse(t)
	sel := a.Methods["everything"].ID
	word := func(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	cases := map[string][]byte{}
	// Offsets and lengths beyond the data, beyond int64, pointing at
	// themselves; every dynamic argument pointing at one array whose
	// length claims a billion elements.
	for name, v := range map[string]*big.Int{"huge": huge, "past end": big.NewInt(1 << 20), "self": big.NewInt(128), "max int64": big.NewInt(1<<63 - 1)} {
		d := bytes.Clone(sel)
		for i := 0; i < 14; i++ {
			d = append(d, word(v)...)
		}
		cases[name] = d
	}
	bomb := bytes.Clone(sel)
	for i := 0; i < 12; i++ {
		bomb = append(bomb, word(big.NewInt(12*32))...)
	}
	bomb = append(bomb, word(big.NewInt(1_000_000_000))...)
	cases["length bomb"] = bomb
	for name, d := range cases {
		c, err := abidecode.DecodeCall(a, d)
		if err == nil {
			t.Errorf("%s: decoded without error: %+v", name, c)
		}
	}
}

func TestDecodeLog(t *testing.T) {
	a := parse(t)
	ev := a.Events["Transfer"]
	from, to := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	value := common.LeftPadBytes(big.NewInt(1000).Bytes(), 32)
	topics := []common.Hash{ev.ID, common.BytesToHash(from.Bytes()), common.BytesToHash(to.Bytes())}

	e, err := abidecode.DecodeLog(a, topics, value)
	if err != nil {
		t.Fatal(err)
	}
	if e.Args[0].Value != from || e.Args[1].Value != to || e.Args[2].Value.(*big.Int).Int64() != 1000 || !e.Args[0].Indexed {
		t.Errorf("transfer: %+v", e.Args)
	}

	// An ERC721 Transfer (tokenId indexed, no data) meets the ERC20 ABI:
	// same topic, one topic too many, data missing. from and to still
	// decode.
	nft := append(append([]common.Hash{}, topics...), common.BigToHash(big.NewInt(42)))
	e, err = abidecode.DecodeLog(a, nft, nil)
	if err == nil || !strings.Contains(err.Error(), "3 indexed topics, the ABI declares 2") {
		t.Errorf("erc721 log: %v", err)
	}
	if e == nil || e.Args[0].Value != from || e.Args[1].Value != to || e.Args[2].Err == nil {
		t.Errorf("erc721 log args: %+v", e)
	}

	// Too few topics: the missing indexed argument has an error.
	e, err = abidecode.DecodeLog(a, topics[:2], value)
	if err == nil || e.Args[1].Err == nil || e.Args[0].Err != nil || e.Args[2].Err != nil {
		t.Errorf("missing topic: %v %+v", err, e)
	}

	if _, err := abidecode.DecodeLog(a, nil, value); !errors.Is(err, abidecode.ErrUnknownEvent) {
		t.Errorf("no topics: %v", err)
	}
	if _, err := abidecode.DecodeLog(a, []common.Hash{{1}}, value); !errors.Is(err, abidecode.ErrUnknownEvent) {
		t.Errorf("unknown topic: %v", err)
	}

	// An indexed string is only its hash; the level is a value.
	note := a.Events["Note"]
	args := abi.Arguments{note.Inputs[1]}
	data, err := args.Pack("details")
	if err != nil {
		t.Fatal(err)
	}
	h := crypto.Keccak256Hash([]byte("alarm"))
	level := common.BigToHash(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(3))) // -3
	e, err = abidecode.DecodeLog(a, []common.Hash{note.ID, h, level}, data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.Args[0].Value.([]byte), h[:]) || e.Args[1].Value != "details" || e.Args[2].Value.(*big.Int).Int64() != -3 {
		t.Errorf("note: %+v", e.Args)
	}
}

func TestDecodeArgumentsOutputs(t *testing.T) {
	a := parse(t)
	out := a.Methods["transfer"].Outputs
	vals, err := abidecode.DecodeArguments(out, common.LeftPadBytes([]byte{1}, 32))
	if err != nil || vals[0].Value != true {
		t.Errorf("bool output: %v %+v", err, vals)
	}
	if _, err := abidecode.DecodeArguments(out, nil); err == nil {
		t.Error("empty return data decoded")
	}
}

func FuzzDecodeCall(f *testing.F) {
	a := parse(f)
	who := common.HexToAddress("0xaa")
	good, _ := a.Pack("transfer", who, big.NewInt(5))
	everything, _ := a.Pack("everything", uint8(1), big.NewInt(-1), who, false, "x", []byte{9},
		[4]byte{}, []*big.Int{big.NewInt(3)}, []struct {
			Amount *big.Int
			To     common.Address
		}{{big.NewInt(1), who}}, [2]string{"", "y"}, int8(3))
	f.Add(good)
	f.Add(everything)
	f.Add(everything[:len(everything)/2])
	f.Add([]byte{})
	f.Add(a.Methods["everything"].ID)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := abidecode.DecodeCall(a, data)
		if err == nil && c == nil {
			t.Fatal("nil call without error")
		}
		if c != nil {
			for _, arg := range c.Args {
				_ = abidecode.Format(arg.Value)
			}
		}
		// Any selector: also decode the data as every method's arguments.
		for _, m := range a.Methods {
			_, _ = abidecode.DecodeArguments(m.Inputs, data)
		}
	})
}

func FuzzDecodeLog(f *testing.F) {
	a := parse(f)
	ev := a.Events["Transfer"]
	note := a.Events["Note"]
	f.Add(ev.ID[:], make([]byte, 64), common.LeftPadBytes([]byte{5}, 32))
	f.Add(note.ID[:], make([]byte, 64), make([]byte, 96))
	f.Add(ev.ID[:], []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, topic0, rest, data []byte) {
		topics := []common.Hash{common.BytesToHash(topic0)}
		for len(rest) > 0 {
			n := min(32, len(rest))
			topics = append(topics, common.BytesToHash(rest[:n]))
			rest = rest[n:]
		}
		for _, id := range []common.Hash{topics[0], ev.ID, note.ID} {
			topics[0] = id
			e, err := abidecode.DecodeLog(a, topics, data)
			if err == nil && e == nil {
				t.Fatal("nil event without error")
			}
		}
	})
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(testABI))
	f.Add([]byte(`{"abi":[]}`))
	f.Add([]byte(`[{"type":"function","name":"f","inputs":[{"name":"x","type":"tuple[2][]","components":[{"name":"a","type":"uint256"}]}]}]`))
	f.Add([]byte(`[{"type":"event","name":"E","inputs":[{"name":"x","type":"uint256[99999999999999999999]"}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := abidecode.ParseJSON(data)
		if err != nil {
			return
		}
		// Whatever parsed must decode arbitrary bytes without panicking.
		for _, m := range a.Methods {
			_, _ = abidecode.DecodeArguments(m.Inputs, data)
		}
		for _, e := range a.Events {
			_, _ = abidecode.DecodeEvent(&e, []common.Hash{e.ID, {}}, data)
		}
	})
}
