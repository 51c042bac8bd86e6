package bench

import (
	"os"
	"runtime/pprof"

	"github.com/ethereum/go-ethereum/rpc"
	"strconv"
	"testing"
	"time"
)

func TestScratchFill(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCRATCH_BLOCKS"))
	if n == 0 {
		t.Skip()
	}
	startT := time.Now()
	c := startChain(t)
	senders, _ := strconv.Atoi(os.Getenv("SCRATCH_SENDERS"))
	res, err := Fill(t.Context(), c, FillConfig{Blocks: n, Senders: senders, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", *res)
	if os.Getenv("SCRATCH_PROBE") != "" {
		rc, _ := rpc.DialContext(t.Context(), c.WSURL())
		var nums []uint64
		for n := res.FirstBlock; n < res.FirstBlock+100; n++ {
			nums = append(nums, n)
		}
		for i := range 16 {
			t1 := time.Now()
			if _, err := blockReceipts(t.Context(), rc, nums); err != nil {
				t.Fatal(err)
			}
			t.Logf("probe %d at %s: 100 blocks of receipts in %s", i, time.Since(startT).Round(time.Second), time.Since(t1).Round(time.Millisecond))
			time.Sleep(5 * time.Second)
		}
	}
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
