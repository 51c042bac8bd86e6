package revert_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/revert"
)

// encode builds revert data the way Solidity does: selector of sig, then
// the ABI-encoded arguments.
func encode(t *testing.T, sig string, types []string, args ...any) []byte {
	t.Helper()
	var in abi.Arguments
	for _, ty := range types {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, abi.Argument{Type: typ})
	}
	packed, err := in.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], packed...)
}

func loadABI(t *testing.T, name string) *abi.ABI {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "contracts", "artifacts", name+".abi"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := abi.JSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

func TestDecode(t *testing.T) {
	pool := loadABI(t, "LendingPool")
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	pauser := crypto.Keccak256Hash([]byte("PAUSER_ROLE"))
	unknownRole := crypto.Keccak256Hash([]byte("NOT_A_WELL_KNOWN_ROLE"))
	cases := []struct {
		name string
		data []byte
		abis []*abi.ABI
		want string
	}{
		{"error string", encode(t, "Error(string)", []string{"string"}, "TetherLikeToken: sender is blacklisted"), nil,
			"TetherLikeToken: sender is blacklisted"},
		{"empty reason string", encode(t, "Error(string)", []string{"string"}, ""), nil, `Error("") (an empty reason string)`},
		{"reason with a newline is quoted", encode(t, "Error(string)", []string{"string"}, "a\nb"), nil, `Error("a\nb")`},
		{"panic overflow", encode(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)), nil,
			"Panic(0x11): arithmetic overflow or underflow"},
		{"panic unknown code", encode(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x99)), nil,
			"Panic(0x99): unknown panic code"},
		{"built-in access control with role name", encode(t, "AccessControlUnauthorizedAccount(address,bytes32)", []string{"address", "bytes32"}, who, pauser), nil,
			"AccessControlUnauthorizedAccount(account: " + who.Hex() + ", neededRole: PAUSER_ROLE)"},
		{"default admin role is zero", encode(t, "AccessControlUnauthorizedAccount(address,bytes32)", []string{"address", "bytes32"}, who, [32]byte{}), nil,
			"AccessControlUnauthorizedAccount(account: " + who.Hex() + ", neededRole: DEFAULT_ADMIN_ROLE)"},
		{"unknown role stays hex", encode(t, "AccessControlUnauthorizedAccount(address,bytes32)", []string{"address", "bytes32"}, who, unknownRole), nil,
			"neededRole: " + unknownRole.Hex() + ")"},
		{"built-in without arguments", encode(t, "EnforcedPause()", nil), nil, "EnforcedPause()"},
		{"built-in ERC20", encode(t, "ERC20InsufficientBalance(address,uint256,uint256)", []string{"address", "uint256", "uint256"}, who, big.NewInt(5), big.NewInt(7)), nil,
			"ERC20InsufficientBalance(sender: " + who.Hex() + ", balance: 5, needed: 7)"},
		{"contract's own error from its ABI", encode(t, "BorrowCapExceeded(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(100), big.NewInt(50)), []*abi.ABI{nil, pool},
			"BorrowCapExceeded(amount: 100, cap: 50)"},
		{"contract's own error without its ABI", encode(t, "BorrowCapExceeded(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(100), big.NewInt(50)), nil,
			"unknown error 0x"},
		{"selector with truncated arguments", encode(t, "OwnableUnauthorizedAccount(address)", nil), nil, "unknown error 0x118cdaa7"},
		{"empty", nil, nil, "no revert data"},
		{"short", []byte{1, 2}, nil, "malformed revert data 0x0102"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := revert.Decode(tc.data, tc.abis...)
			if !strings.Contains(got, tc.want) {
				t.Fatalf("Decode = %q, want it to contain %q", got, tc.want)
			}
		})
	}
}

// TestBuiltinsMatchCompiledErrors checks the hand-written OpenZeppelin
// table against the errors solc put into our own artifacts: a typo in a
// parameter type would give a different selector and never match.
func TestBuiltinsMatchCompiledErrors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "contracts", "artifacts", "*.abi"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no artifacts: %v", err)
	}
	checked := map[string]bool{}
	for _, f := range files {
		a := loadABI(t, strings.TrimSuffix(filepath.Base(f), ".abi"))
		for _, e := range a.Errors {
			// Encode the error with zero arguments of its own types and see
			// that the built-in table (no ABI given) names it.
			args := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				args[i] = zero(in.Type)
			}
			packed, err := e.Inputs.Pack(args...)
			if err != nil {
				t.Fatalf("%s: %v", e.Sig, err)
			}
			got := revert.Decode(append(e.ID[:4:4], packed...))
			if strings.HasPrefix(got, "unknown error") {
				continue // a project-specific error
			}
			if !strings.HasPrefix(got, e.Name+"(") {
				t.Errorf("%s decoded by the built-in table as %q", e.Sig, got)
			}
			checked[e.Name] = true
		}
	}
	for _, must := range []string{"AccessControlUnauthorizedAccount", "EnforcedPause", "ExpectedPause", "OwnableUnauthorizedAccount", "ERC20InsufficientBalance", "SafeERC20FailedOperation", "ReentrancyGuardReentrantCall"} {
		if !checked[must] {
			t.Errorf("built-in table does not name %s, which the compiled contracts declare", must)
		}
	}
}

func zero(t abi.Type) any {
	if t.GetType() == reflect.TypeOf((*big.Int)(nil)) {
		return new(big.Int)
	}
	return reflect.Zero(t.GetType()).Interface()
}

// TestBuiltinsAreOpenZeppelinDeclarations reads the installed OpenZeppelin
// sources (when npm ci has been run) and checks every built-in declaration
// appears there verbatim.
func TestBuiltinsAreOpenZeppelinDeclarations(t *testing.T) {
	root := filepath.Join("..", "contracts", "node_modules", "@openzeppelin", "contracts")
	if _, err := os.Stat(root); err != nil {
		t.Skip("OpenZeppelin sources not installed (cd contracts && npm ci)")
	}
	var all strings.Builder
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".sol") {
			return err
		}
		b, err := os.ReadFile(p)
		all.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range revert.BuiltinDeclarations() {
		if !strings.Contains(all.String(), "error "+decl+";") {
			t.Errorf("built-in %q is not declared in OpenZeppelin %s", decl, root)
		}
	}
}

// TestFromErrorOnRealRevert simulates pause() from an account without
// PAUSER_ROLE on the demo LendingPool over JSON-RPC and decodes the node's
// error.
func TestFromErrorOnRealRevert(t *testing.T) {
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2})
	p, err := demoprotocol.Deploy(ctx, client, c.Accounts()[0].Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	stranger := c.Accounts()[1].Address
	_, err = client.CallContract(ctx, ethereum.CallMsg{From: stranger, To: &p.LendingPool, Data: crypto.Keccak256([]byte("pause()"))[:4]}, nil)
	if err == nil {
		t.Fatal("a stranger could pause the pool")
	}
	data, ok := revert.FromError(err)
	if !ok {
		t.Fatalf("no revert data in %v", err)
	}
	want := "AccessControlUnauthorizedAccount(account: " + stranger.Hex() + ", neededRole: PAUSER_ROLE)"
	if got := revert.Decode(data); got != want {
		t.Fatalf("Decode = %q, want %q", got, want)
	}
	explained := revert.Explain(err)
	var re *revert.Error
	if !errors.As(explained, &re) || re.Reason != want || !errors.Is(explained, err) {
		t.Fatalf("Explain = %v (%T)", explained, explained)
	}
	if _, ok := revert.FromError(errors.New("dial tcp: connection refused")); ok {
		t.Fatal("FromError found data in a transport error")
	}
	if got := revert.Explain(context.DeadlineExceeded); got != context.DeadlineExceeded {
		t.Fatalf("Explain changed an error without revert data: %v", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{})
	f.Add(crypto.Keccak256([]byte("Error(string)"))[:4])
	f.Add(append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], make([]byte, 32)...))
	f.Add(append(crypto.Keccak256([]byte("AccessControlUnauthorizedAccount(address,bytes32)"))[:4], make([]byte, 64)...))
	f.Add(append(crypto.Keccak256([]byte("Error(string)"))[:4], common.FromHex("0x0000000000000000000000000000000000000000000000000000000000000020ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")...))
	pool := loadABIForFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if s := revert.Decode(data, pool); s == "" {
			t.Fatal("empty description")
		}
	})
}

func loadABIForFuzz(f *testing.F) *abi.ABI {
	b, err := os.ReadFile(filepath.Join("..", "contracts", "artifacts", "LendingPool.abi"))
	if err != nil {
		f.Fatal(err)
	}
	a, err := abi.JSON(strings.NewReader(string(b)))
	if err != nil {
		f.Fatal(err)
	}
	return &a
}
