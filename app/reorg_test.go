package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/incident"
)

// TestReorgsDuringLiveFollowing makes real reorgs of depth 3 and 1 on the
// embedded chain while Warden follows it, and checks that alerts of dropped
// blocks are retracted (on their incident's timeline too) and that every
// alert left standing is on the canonical chain.
func TestReorgsDuringLiveFollowing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 2})
	admin, user := c.Accounts()[0].Key, c.Accounts()[1].Key
	p, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.FundUsers(ctx, client, admin, []*ecdsa.PrivateKey{user}, demoprotocol.Ether(10_000), demoprotocol.Ether(20)); err != nil {
		t.Fatal(err)
	}
	if err := p.DepositCollateral(ctx, client, user, demoprotocol.Ether(10)); err != nil {
		t.Fatal(err)
	}
	// From here on blocks are made by hand.
	if err := c.SetBlockPeriod(time.Hour); err != nil {
		t.Fatal(err)
	}
	start, _ := client.BlockNumber(ctx)
	start++

	dir := t.TempDir()
	a, _ := runApp(ctx, t, dir, fmt.Sprintf(`store: {path: %s}
chains:
  - name: dev
    chain_id: 1337
    endpoints: [{url: %s}]
    start_block: "%d"
    poll_interval: 100ms
    confirmations: 2
monitors:
  - name: pool
    chain: dev
    contracts: [{name: LendingPool, address: "%s"}]
    detectors:
      - kind: large_outflow
        severity: high
        params: {amount: "150000000000000000000"}
`, filepath.Join(dir, "w.db"), c.WSURL(), start, p.LendingPool.Hex()))

	borrowAndCommit := func() common.Hash {
		t.Helper()
		tx, err := p.BorrowTx(ctx, client, user, demoprotocol.Ether(200))
		if err != nil {
			t.Fatal(err)
		}
		waitPending(ctx, t, client, tx.Hash())
		return c.Commit()
	}

	ancestor := c.Commit()
	alerted := borrowAndCommit() // the alert in this block will be dropped
	c.Commit()
	oldTip := c.Commit()
	waitCursor(ctx, t, a, client, oldTip)
	if n := countAlerts(ctx, t, a, alerted, ""); n != 1 {
		t.Fatalf("%d alerts in block %s before the reorg, want 1", n, alerted)
	}

	// Depth 3: the three blocks after the ancestor are replaced by four.
	if err := c.Fork(ancestor); err != nil {
		t.Fatal(err)
	}
	c.Rollback()
	var newTip common.Hash
	for i := 0; i < 4; i++ {
		newTip = c.Commit()
	}
	waitCursor(ctx, t, a, client, newTip)
	checkReorg(ctx, t, a, client, 3, alerted)

	// Depth 1: the tip with an alert is replaced by two blocks.
	parent := waitCursor(ctx, t, a, client, newTip)
	tipWithAlert := borrowAndCommit()
	waitCursor(ctx, t, a, client, tipWithAlert)
	if err := c.Fork(parent); err != nil {
		t.Fatal(err)
	}
	c.Rollback()
	c.Commit()
	newTip = c.Commit()
	waitCursor(ctx, t, a, client, newTip)
	checkReorg(ctx, t, a, client, 1, tipWithAlert)

	// Bury everything under the confirmation depth: alerts left standing
	// become confirmed.
	c.Commit()
	newTip = c.Commit()
	waitCursor(ctx, t, a, client, newTip)
	alerts, _ := a.store.Alerts(ctx)
	for _, al := range alerts {
		if al.Status == alert.StatusProvisional {
			t.Errorf("alert in block %d still provisional two blocks deep", al.BlockNumber)
		}
	}
}

// waitPending waits until the node's pool has the transaction, so the next
// Commit includes it.
func waitPending(ctx context.Context, t *testing.T, client *ethclient.Client, h common.Hash) {
	t.Helper()
	for {
		if _, pending, err := client.TransactionByHash(ctx, h); err == nil && pending {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transaction %s never reached the pool", h)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// waitCursor waits until Warden has processed the block with this hash and
// returns it.
func waitCursor(ctx context.Context, t *testing.T, a *App, client *ethclient.Client, h common.Hash) common.Hash {
	t.Helper()
	for {
		if cur, ok := a.Cursor("dev"); ok && cur.Hash == h {
			return h
		}
		select {
		case <-ctx.Done():
			cur, _ := a.Cursor("dev")
			t.Fatalf("Warden never reached block %s (cursor %d %s)", h, cur.Number, cur.Hash)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func countAlerts(ctx context.Context, t *testing.T, a *App, block common.Hash, status alert.Status) int {
	t.Helper()
	alerts, err := a.store.Alerts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, al := range alerts {
		if al.BlockHash == block && (status == "" || al.Status == status) {
			n++
		}
	}
	return n
}

func checkReorg(ctx context.Context, t *testing.T, a *App, client *ethclient.Client, depth uint64, dropped common.Hash) {
	t.Helper()
	reorgs := a.chains[0].follower.Reorgs()
	if len(reorgs) == 0 || reorgs[len(reorgs)-1].Depth != depth {
		t.Fatalf("reorgs seen: %+v, want the last of depth %d", reorgs, depth)
	}
	if n := countAlerts(ctx, t, a, dropped, alert.StatusRetracted); n != 1 {
		t.Fatalf("%d retracted alerts in dropped block %s, want 1", n, dropped)
	}
	alerts, _ := a.store.Alerts(ctx)
	for _, al := range alerts {
		if al.Status == alert.StatusRetracted {
			continue
		}
		h, err := client.HeaderByNumber(ctx, bigU(al.BlockNumber))
		if err != nil || h.Hash() != al.BlockHash {
			t.Errorf("alert %s stands on block %d %s, which is not canonical", al.Fingerprint, al.BlockNumber, al.BlockHash)
		}
	}
	var inc string
	for _, al := range alerts {
		if al.BlockHash == dropped {
			inc = al.IncidentID
		}
	}
	tl, err := a.store.Timeline(ctx, inc)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range tl {
		found = found || (e.Kind == incident.EntryRetraction && contains(e.Message, dropped.Hex()))
	}
	if !found {
		t.Errorf("incident %s timeline has no retraction of block %s", inc, dropped)
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Error(err)
	}
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
