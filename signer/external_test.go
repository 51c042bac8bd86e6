package signer_test

import (
	"bufio"
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/signer"
)

var testSigner struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// testSignerBinary builds internal/testsigner once per test run (the Go
// build cache makes later runs cheap).
func testSignerBinary(t *testing.T) string {
	t.Helper()
	testSigner.once.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			testSigner.err = err
			return
		}
		if testSigner.dir, err = os.MkdirTemp("", "warden-testsigner-"); err != nil {
			testSigner.err = err
			return
		}
		testSigner.path = filepath.Join(testSigner.dir, "testsigner")
		out, err := exec.Command(goBin, "build", "-o", testSigner.path, "./internal/testsigner").CombinedOutput()
		if err != nil {
			testSigner.err = errors.New("go build ./internal/testsigner: " + err.Error() + "\n" + string(out))
		}
	})
	if testSigner.err != nil {
		t.Fatal(testSigner.err)
	}
	return testSigner.path
}

func removeTestSignerBinary() {
	if testSigner.dir != "" {
		os.RemoveAll(testSigner.dir)
	}
}

// signerProcess is a running testsigner.
type signerProcess struct {
	url string
	cmd *exec.Cmd
}

// stop kills the process (it has no other way to end) and reaps it.
func (p *signerProcess) stop() {
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
	}
}

// startSigner runs testsigner as a separate OS process for key with the
// given flags and environment, and returns once it listens.
func startSigner(t *testing.T, keyHex string, env []string, args ...string) *signerProcess {
	t.Helper()
	cmd := exec.Command(testSignerBinary(t), args...)
	cmd.Env = append(os.Environ(), append([]string{"TESTSIGNER_KEY=" + keyHex}, env...)...)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &signerProcess{cmd: cmd}
	t.Cleanup(p.stop)
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lines <- line
	}()
	select {
	case line := <-lines:
		url, ok := strings.CutPrefix(strings.TrimSpace(line), "listening ")
		if !ok {
			t.Fatalf("testsigner said %q", line)
		}
		p.url = url
	case <-time.After(20 * time.Second):
		t.Fatal("testsigner did not start")
	}
	return p
}

const authToken = "Bearer s3cr3t-signer-token-5d1e"

func TestExternalSignerSendsOnDevchain(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain, cl := startChain(t, addr)
	t.Setenv("WARDEN_TEST_SIGNER_AUTH", authToken)

	cases := map[string]struct {
		api    string
		format string
	}{
		// Web3Signer: eth_* methods, the signed transaction as a hex string.
		"eth api, raw answer": {"eth", "raw"},
		// geth's eth_signTransaction: {raw, tx}.
		"eth api, object answer": {"", "object"},
		// Clef: account_* methods, {raw, tx}.
		"clef api": {"clef", "object"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			proc := startSigner(t, hexKey(key), []string{"TESTSIGNER_HEADER_VALUE=" + authToken}, "-format", tc.format, "-require-header", "Authorization")
			s, err := signer.FromConfig(ctx, config.Signer{
				Name: "remote", Kind: "external", URL: proc.url, API: tc.api, Address: addr.Hex(),
				Headers: map[string]config.SecretRef{"Authorization": "env:WARDEN_TEST_SIGNER_AUTH"},
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.(*signer.External).Check(ctx); err != nil {
				t.Fatal(err)
			}
			signAndSend(ctx, t, cl, s, chain.ChainID())
			checkDigest(t, s, true)
		})
	}

	// A signer that serves another account fails Check.
	proc := startSigner(t, hexKey(newKey(t)), nil)
	other, err := signer.NewExternal(signer.ExternalConfig{URL: proc.url, Address: addr})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Check(ctx); err == nil || !strings.Contains(err.Error(), "does not serve "+addr.Hex()) {
		t.Fatalf("check against a signer for another account: %v", err)
	}
}

// request is a transaction as txmgr would ask for it; no chain is needed to
// see an answer refused.
func request() (*types.Transaction, *big.Int) {
	chainID := big.NewInt(1337)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: 7, GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(5e9), Gas: 60_000,
		To: &to, Value: big.NewInt(1), Data: []byte{0x84, 0x56, 0xcb, 0x59},
	}), chainID
}

func TestExternalSignerRefusesTamperedAnswers(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	cases := map[string]struct {
		misbehave string
		want      string
		digest    string // expected SignDigest error; "" = must succeed
	}{
		"wrong key":     {"wrong-key", "answer refused: signed by", "answer refused: signed by"},
		"nonce changed": {"tamper-nonce", "answer refused: nonce is 8, asked for 7", ""},
		"recipient":     {"tamper-to", "answer refused: recipient is 0x000000000000000000000000000000000000dEaD", ""},
		"garbage":       {"garbage", "answer is not a signed transaction", ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			proc := startSigner(t, hexKey(key), nil, "-misbehave", tc.misbehave)
			s, err := signer.NewExternal(signer.ExternalConfig{URL: proc.url, Address: addr})
			if err != nil {
				t.Fatal(err)
			}
			tx, chainID := request()
			signed, err := s.SignTx(ctx, tx, chainID)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), proc.url) {
				t.Fatalf("SignTx: got %v (tx %v), want an error naming %s with %q", err, signed, proc.url, tc.want)
			}
			_, err = s.SignDigest(ctx, common.Hash{1})
			switch {
			case tc.digest == "" && err != nil:
				t.Fatalf("SignDigest: %v", err)
			case tc.digest != "" && (err == nil || !strings.Contains(err.Error(), tc.digest)):
				t.Fatalf("SignDigest: got %v, want %q", err, tc.digest)
			}
		})
	}

	// A request for another chain than the transaction's is refused before
	// anything is sent.
	s, err := signer.NewExternal(signer.ExternalConfig{URL: "http://127.0.0.1:1", Address: addr})
	if err != nil {
		t.Fatal(err)
	}
	tx, _ := request()
	if _, err := s.SignTx(ctx, tx, big.NewInt(1)); err == nil || !strings.Contains(err.Error(), "chain 1337") {
		t.Fatalf("chain mismatch: %v", err)
	}
	if _, err := s.SignTx(ctx, tx, nil); err == nil {
		t.Fatal("signed without a chain ID")
	}
}

func TestExternalSignerErrors(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	tx, chainID := request()
	headers := map[string]string{"Authorization": authToken}

	// noSecrets fails when err shows the token or a URL query.
	noSecrets := func(t *testing.T, err error) {
		t.Helper()
		for _, secret := range []string{"s3cr3t-signer-token", "apikey", "hunter2"} {
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("error leaks %q: %v", secret, err)
			}
		}
	}

	t.Run("rpc error", func(t *testing.T) {
		proc := startSigner(t, hexKey(key), nil, "-misbehave", "error")
		s, _ := signer.NewExternal(signer.ExternalConfig{URL: proc.url + "?apikey=hunter2", Address: addr, Headers: headers})
		_, err := s.SignTx(ctx, tx, chainID)
		var rpcErr *signer.RPCError
		if !errors.As(err, &rpcErr) || rpcErr.Code != -32000 || !strings.Contains(err.Error(), "request denied by policy") {
			t.Fatalf("got %v, want the signer's JSON-RPC error", err)
		}
		if !strings.Contains(err.Error(), "external signer "+proc.url+": eth_signTransaction: ") {
			t.Fatalf("error does not name endpoint and method: %v", err)
		}
		noSecrets(t, err)
	})

	t.Run("wrong credentials", func(t *testing.T) {
		proc := startSigner(t, hexKey(key), []string{"TESTSIGNER_HEADER_VALUE=Bearer other"}, "-require-header", "Authorization")
		s, _ := signer.NewExternal(signer.ExternalConfig{URL: proc.url, Address: addr, Headers: headers})
		_, err := s.SignTx(ctx, tx, chainID)
		if err == nil || !strings.Contains(err.Error(), "HTTP 401") || !strings.Contains(err.Error(), proc.url) {
			t.Fatalf("got %v, want HTTP 401 naming the endpoint", err)
		}
		noSecrets(t, err)
	})

	t.Run("server down", func(t *testing.T) {
		proc := startSigner(t, hexKey(key), nil)
		proc.stop()
		s, _ := signer.NewExternal(signer.ExternalConfig{URL: proc.url + "/rpc?apikey=hunter2", Address: addr, Headers: headers})
		start := time.Now()
		_, err := s.SignTx(ctx, tx, chainID)
		if err == nil || !strings.Contains(err.Error(), "external signer "+proc.url+"/rpc: eth_signTransaction: ") {
			t.Fatalf("got %v, want an error naming the endpoint", err)
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("took %s to notice", time.Since(start))
		}
		noSecrets(t, err)
	})

	t.Run("timeout", func(t *testing.T) {
		proc := startSigner(t, hexKey(key), nil, "-misbehave", "slow", "-delay", "10s")
		s, _ := signer.NewExternal(signer.ExternalConfig{URL: proc.url, Address: addr, Timeout: 300 * time.Millisecond})
		start := time.Now()
		_, err := s.SignTx(ctx, tx, chainID)
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "no answer within 300ms") {
			t.Fatalf("got %v, want a timeout", err)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Fatalf("timeout of 300ms took %s", el)
		}

		// The caller's deadline wins over a longer signer timeout.
		s, _ = signer.NewExternal(signer.ExternalConfig{URL: proc.url, Address: addr, Timeout: time.Minute})
		short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		start = time.Now()
		_, err = s.SignDigest(short, common.Hash{2})
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), proc.url) {
			t.Fatalf("got %v, want the caller's deadline", err)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Fatalf("deadline of 200ms took %s", el)
		}
	})

	t.Run("bad config", func(t *testing.T) {
		for _, cfg := range []signer.ExternalConfig{
			{URL: "ftp://x", Address: addr},
			{URL: "http://user:hunter2@127.0.0.1:1", Address: addr},
			{URL: "http://127.0.0.1:1"},
			{URL: "http://127.0.0.1:1", Address: addr, API: "magic"},
		} {
			if _, err := signer.NewExternal(cfg); err == nil {
				t.Fatalf("accepted %+v", cfg)
			} else {
				noSecrets(t, err)
			}
		}
	})
}
