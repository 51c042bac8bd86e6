package txmgr_test

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// The child process: a Warden that sends one transaction and stops dead at
// a stage, announcing it on stdout, until the parent SIGKILLs it.
const (
	childEnv  = "WARDEN_TXMGR_CRASH_CHILD"
	crashMark = "WARDEN-CRASH-POINT "
)

// TestCrashChild is the child's body; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	if os.Getenv(childEnv) == "" {
		t.Skip("runs only as the child of TestKill9")
	}
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, os.Getenv("WARDEN_CHILD_URL"))
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, os.Getenv("WARDEN_CHILD_DB"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.HexToECDSA(os.Getenv("WARDEN_CHILD_KEY"))
	if err != nil {
		t.Fatal("bad child key")
	}
	m := txmgr.New("dev", chainID, client, signer.NewKey(key), st, nil)
	stage := os.Getenv(childEnv)
	txmgr.SetCrashAt(m, func(s string) error {
		if s == stage {
			fmt.Println(crashMark + s)
			os.Stdout.Sync()
			select {} // until SIGKILL
		}
		return nil
	})
	e := env{to: crypto.PubkeyToAddress(key.PublicKey)}
	req := e.transfer(os.Getenv("WARDEN_CHILD_TXKEY"))
	_, err = m.Send(ctx, req, nil)
	t.Fatalf("child reached the end of Send (%v); it should have been killed at %s", err, stage)
}

// TestKill9 kills a real process with SIGKILL between signing and broadcast
// and between broadcast and receipt, then runs a fresh manager over the same
// database: exactly one transaction is ever sent, the stored one.
func TestKill9(t *testing.T) {
	t.Parallel()
	for _, stage := range []string{"stored", "broadcast"} {
		t.Run(stage, func(t *testing.T) {
			t.Parallel()
			e := setup(t, devchain.Config{BlockPeriod: hour})
			ctx := testCtx(t)
			txKey := "inc-kill9/pause/" + stage
			killAt(t, e, stage, txKey)

			stored := e.record(t, txKey)
			if len(stored.Attempts) != 1 {
				t.Fatalf("%d attempts stored", len(stored.Attempts))
			}
			switch stage {
			case "stored":
				if stored.State != txmgr.StateSigned || e.pendingNonce(t) != 0 {
					t.Fatalf("state %s, pending nonce %d: want signed and nothing sent", stored.State, e.pendingNonce(t))
				}
			case "broadcast":
				if stored.State != txmgr.StateBroadcast || e.pendingNonce(t) != 1 || e.nonce(t) != 0 {
					t.Fatalf("state %s, pending nonce %d: want broadcast and in the pool", stored.State, e.pendingNonce(t))
				}
			}

			// The restart: a fresh manager, the same key.
			var ev events
			req := e.transfer(txKey)
			req.OnEvent = ev.hook
			done := sendAsync(ctx, e.manager(), req)
			ev.await(t, txmgr.EventResumed, nil)
			if err := e.chain.SetBlockPeriod(0); err != nil { // mine what is pending
				t.Fatal(err)
			}
			res := receive(t, done)
			if !res.Resumed || res.Record.Hash != stored.Hash || res.Receipt.TxHash != stored.Hash {
				t.Fatalf("mined %s, stored %s (resumed %v)", res.Receipt.TxHash, stored.Hash, res.Resumed)
			}
			if n := e.nonce(t); n != 1 {
				t.Fatalf("account nonce %d: want exactly one transaction", n)
			}
			if got := e.record(t, txKey); got.State != txmgr.StateMined || len(got.Attempts) != 1 {
				t.Fatalf("record after resume: state %s, %d attempts", got.State, len(got.Attempts))
			}
		})
	}
}

// killAt runs the child until it reports stage, then SIGKILLs it.
func killAt(t *testing.T, e *env, stage, txKey string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		childEnv+"="+stage,
		"WARDEN_CHILD_URL="+e.chain.HTTPURL(),
		"WARDEN_CHILD_DB="+e.dbPath,
		"WARDEN_CHILD_KEY="+hex.EncodeToString(crypto.FromECDSA(e.key)),
		"WARDEN_CHILD_TXKEY="+txKey,
	)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reached := make(chan bool, 1)
	var seen strings.Builder
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			seen.WriteString(sc.Text() + "\n")
			if sc.Text() == crashMark+stage {
				reached <- true
				return
			}
		}
		reached <- false
	}()
	var ok, timedOut bool
	select {
	case ok = <-reached:
	case <-time.After(60 * time.Second):
		timedOut = true
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	if timedOut {
		<-reached // the reader ends at EOF once the child is dead
	}
	waitErr := cmd.Wait()
	if !ok {
		t.Fatalf("child never reached %s (exit %v)\nstdout:\n%s\nstderr:\n%s", stage, waitErr, seen.String(), stderr.String())
	}
	if !strings.Contains(fmt.Sprint(waitErr), "killed") {
		t.Fatalf("child ended with %v, want killed by SIGKILL", waitErr)
	}
}
