package bench

import (
	"os"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"
)

func TestScratchFill(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCRATCH_BLOCKS"))
	if n == 0 {
		t.Skip()
	}
	c := startChain(t)
	scratchHTTP = os.Getenv("SCRATCH_HTTP") != ""
	senders, _ := strconv.Atoi(os.Getenv("SCRATCH_SENDERS"))
	res, err := Fill(t.Context(), c, FillConfig{Blocks: n, Senders: senders, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", *res)
	t.Logf("send %s wait %s commit %s", tSend, tWait, tCommit)
	t0 := time.Now()
	go func() {
		time.Sleep(4 * time.Second)
		f, _ := os.Create("/tmp/gor.txt")
		pprof.Lookup("goroutine").WriteTo(f, 2)
		f.Close()
	}()
	_ = c.Close()
	t.Logf("close took %s", time.Since(t0))
}
