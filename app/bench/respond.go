package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/incident"
)

// RespondOptions configure the response benchmark.
type RespondOptions struct {
	// Incidents per block-time mode (default 50).
	Incidents int
	// Periods are the block times to measure under; 0 is instant mining
	// (a block per transaction). Default: instant and 1 s.
	Periods []time.Duration
	Logger  *slog.Logger
	// Dir keeps the generated config, key and store; "" = a temp dir.
	Dir string
}

// RespondMode is the figures of one block-time mode.
type RespondMode struct {
	BlockPeriodMS int64 `json:"block_period_ms"`
	Incidents     int   `json:"incidents"`
	// Contained is how many incidents ended with a verified pause.
	Contained int `json:"contained"`
	// Alert stored -> pause transaction accepted by the node.
	BroadcastP50MS float64 `json:"broadcast_p50_ms"`
	BroadcastP99MS float64 `json:"broadcast_p99_ms"`
	BroadcastMaxMS float64 `json:"broadcast_max_ms"`
	// Blocks from the exploit's block to the pause's block.
	BlocksToPause    map[int]int `json:"blocks_to_pause"` // blocks -> incidents
	MaxBlocksToPause int         `json:"max_blocks_to_pause"`
	Seconds          float64     `json:"seconds"`
}

// RespondResult is what `warden bench respond --json` prints. The top-level
// figures are the worst over the modes.
type RespondResult struct {
	BroadcastP50MS   float64       `json:"broadcast_p50_ms"`
	BroadcastP99MS   float64       `json:"broadcast_p99_ms"`
	MaxBlocksToPause int           `json:"max_blocks_to_pause"`
	Modes            []RespondMode `json:"modes"`
}

// Respond measures containment: each incident is a real flash-swap price
// manipulation against its own deployment of the demo protocol (so every
// incident starts from an unpaused pool), detected by Warden over JSON-RPC
// and answered by the pause playbook. Incidents run one after another: the
// next attack is sent once the previous pause is mined.
func Respond(ctx context.Context, opts RespondOptions) (*RespondResult, error) {
	if opts.Incidents <= 0 {
		opts.Incidents = 50
	}
	if opts.Periods == nil {
		opts.Periods = []time.Duration{0, time.Second}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	res := &RespondResult{}
	for _, period := range opts.Periods {
		m, err := respondMode(ctx, opts, period)
		if err != nil {
			return nil, err
		}
		res.Modes = append(res.Modes, *m)
		res.BroadcastP50MS = max(res.BroadcastP50MS, m.BroadcastP50MS)
		res.BroadcastP99MS = max(res.BroadcastP99MS, m.BroadcastP99MS)
		res.MaxBlocksToPause = max(res.MaxBlocksToPause, m.MaxBlocksToPause)
	}
	return res, nil
}

func respondMode(ctx context.Context, opts RespondOptions, period time.Duration) (*RespondMode, error) {
	log := opts.Logger.With("bench", "respond", "block_period", period)
	n := opts.Incidents
	dir := opts.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "warden-bench-respond-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	} else {
		dir = filepath.Join(dir, fmt.Sprintf("period-%dms", period.Milliseconds()))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	// Accounts: admin, pauser, one attacker per incident.
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: 2 + n})
	if err != nil {
		return nil, fmt.Errorf("bench respond: start chain: %w", err)
	}
	defer ch.Close()
	client, err := ethclient.DialContext(ctx, ch.HTTPURL())
	if err != nil {
		return nil, err
	}
	defer client.Close()
	accts := ch.Accounts()
	admin, pauser := accts[0], accts[1]

	setupStart := time.Now()
	protos := make([]*demoprotocol.Protocol, n)
	attackers := make([]common.Address, n)
	def := demoprotocol.DefaultAttack()
	for i := range n {
		p, err := demoprotocol.Deploy(ctx, client, admin.Key, demoprotocol.DefaultParams())
		if err != nil {
			return nil, fmt.Errorf("bench respond: deploy protocol %d: %w", i, err)
		}
		if err := p.GrantPauser(ctx, client, admin.Key, pauser.Address); err != nil {
			return nil, err
		}
		if attackers[i], err = demoprotocol.DeployAttacker(ctx, client, accts[2+i].Key, p, def.Collateral); err != nil {
			return nil, fmt.Errorf("bench respond: deploy attacker %d: %w", i, err)
		}
		protos[i] = p
	}
	log.Info("deployed", "protocols", n, "seconds", time.Since(setupStart).Seconds())

	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	cfgPath, err := writeRespondConfig(dir, ch, protos, pauser.Key, head+1)
	if err != nil {
		return nil, err
	}
	cfg, err := app.LoadConfig(cfgPath)
	if err != nil {
		return nil, fmt.Errorf("bench respond: generated config: %w", err)
	}
	w, err := app.New(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	defer func() {
		stop()
		<-done
	}()
	if err := ch.SetBlockPeriod(period); err != nil {
		return nil, err
	}

	m := &RespondMode{BlockPeriodMS: period.Milliseconds(), Incidents: n, BlocksToPause: map[int]int{}}
	var broadcast []float64
	start := time.Now()
	for i, p := range protos {
		plan, _, err := p.PlanAttack(ctx, client, attackers[i], def.Collateral, def.Borrow)
		if err != nil {
			plan = def
		}
		tx, err := p.AttackTx(ctx, client, accts[2+i].Key, attackers[i], plan.Flash, plan.Collateral, plan.Borrow)
		if err != nil {
			return nil, fmt.Errorf("bench respond: attack %d: %w", i, err)
		}
		r, err := demoprotocol.WaitMined(ctx, client, tx)
		if err != nil {
			return nil, err
		}
		if r.Status != 1 {
			return nil, fmt.Errorf("bench respond: attack %d (%s) reverted: the benchmark needs a successful exploit to respond to", i, tx.Hash())
		}
		exploitBlock := r.BlockNumber.Uint64()
		meas, err := waitPaused(ctx, w, monitorName(i), 30*time.Second)
		if err != nil {
			return nil, fmt.Errorf("bench respond: incident %d: %w", i, err)
		}
		if meas.verified {
			m.Contained++
		}
		broadcast = append(broadcast, meas.broadcastMS)
		blocks := int(meas.pauseBlock) - int(exploitBlock)
		m.BlocksToPause[blocks]++
		m.MaxBlocksToPause = max(m.MaxBlocksToPause, blocks)
		log.Debug("incident contained", "i", i, "broadcast_ms", meas.broadcastMS, "blocks", blocks)
	}
	m.Seconds = time.Since(start).Seconds()
	m.BroadcastP50MS = percentile(broadcast, 0.50)
	m.BroadcastP99MS = percentile(broadcast, 0.99)
	m.BroadcastMaxMS = percentile(broadcast, 1)
	return m, nil
}

func monitorName(i int) string { return fmt.Sprintf("lending-%03d", i) }

type pauseMeasure struct {
	broadcastMS float64
	pauseBlock  uint64
	verified    bool
}

// waitPaused waits until the monitor's incident has a mined pause step and
// reads the latency from the store: the first alert's StoredAt to the pause
// transaction's BroadcastAt, both stamped by Warden itself.
func waitPaused(ctx context.Context, w *app.App, monitor string, timeout time.Duration) (*pauseMeasure, error) {
	st := w.Store()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		incs, err := st.Incidents(ctx)
		if err != nil {
			return nil, err
		}
		for _, inc := range incs {
			if inc.Monitor != monitor || inc.Status != incident.StatusContained {
				continue
			}
			return measurePause(ctx, w, &inc)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
	return nil, fmt.Errorf("no contained incident for %s within %s", monitor, timeout)
}

func measurePause(ctx context.Context, w *app.App, inc *incident.Incident) (*pauseMeasure, error) {
	c, err := w.Containment(ctx, inc.ID)
	if err != nil {
		return nil, err
	}
	if c.Pause == nil || c.BroadcastAt.IsZero() {
		return nil, errors.New("incident contained but no pause transaction recorded")
	}
	return &pauseMeasure{
		broadcastMS: float64(c.AlertToBroadcast().Microseconds()) / 1000,
		pauseBlock:  c.Pause.Block,
		verified:    c.Verified(),
	}, nil
}

var respondConfig = template.Must(template.New("cfg").Parse(`# Generated by warden bench respond.
store:
  path: {{.DB}}
chains:
  - name: devchain
    chain_id: {{.ChainID}}
    endpoints:
      - url: {{.WS}}
      - url: {{.HTTP}}
    start_block: "{{.Start}}"
    poll_interval: 1s
monitors:
{{- range .Pools}}
  - name: {{.Name}}
    chain: devchain
    contracts:
      - name: LendingPool
        address: "{{.Pool}}"
    detectors:
      - kind: large_outflow
        severity: high
        params: {share: 0.05, critical_share: 0.25}
      - kind: flash_loan
        severity: medium
      - kind: price_manipulation
    playbooks: [pause-lending-pool]
{{- end}}
playbooks:
  - name: pause-lending-pool
    trigger:
      min_severity: critical
    steps:
      - action: pause
        contract: LendingPool
        signer: pauser
signers:
  - name: pauser
    key: file:{{.KeyFile}}
incidents:
  group_window: 1h
`))

func writeRespondConfig(dir string, ch *devchain.Chain, protos []*demoprotocol.Protocol, pauserKey *ecdsa.PrivateKey, start uint64) (string, error) {
	keyFile := filepath.Join(dir, "pauser.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(pauserKey))+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("bench respond: write pauser key: %w", err)
	}
	type pool struct{ Name, Pool string }
	pools := make([]pool, len(protos))
	for i, p := range protos {
		pools[i] = pool{monitorName(i), p.LendingPool.Hex()}
	}
	path := filepath.Join(dir, "warden.yaml")
	var b strings.Builder
	if err := respondConfig.Execute(&b, map[string]any{
		"DB": filepath.Join(dir, "warden.db"), "ChainID": ch.ChainID(), "WS": ch.WSURL(), "HTTP": ch.HTTPURL(),
		"Start": start, "Pools": pools, "KeyFile": keyFile,
	}); err != nil {
		return "", err
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return "", fmt.Errorf("bench respond: write config: %w", err)
	}
	return path, nil
}
