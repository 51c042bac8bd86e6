// Package demo runs Warden's end-to-end demonstration: an embedded chain
// with a real lending protocol, ordinary traffic from many users, and a
// price-manipulation attack repeated over several blocks. Warden runs
// against it exactly as against a real node (same config loading, same
// JSON-RPC), detects the attack, pauses the pool and writes the incident.
package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/app"
	"github.com/warden-dev/warden/contracts/bindings/lendingpool"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/report"
)

// Options tune the demo; the zero value runs the standard scenario.
type Options struct {
	Out            string        // output directory (created); "" = a new temp dir
	BlockPeriod    time.Duration // block time while Warden watches; default 1s
	Users          int           // ordinary users; default 12
	TrafficBlocks  int           // blocks of ordinary traffic before the attack; default 6
	AttackAttempts int           // attack transactions the attacker tries; default 6
	Logger         *slog.Logger  // Warden's log; nil = discard
	Stdout         io.Writer     // human summary; nil = discard
}

func (o *Options) defaults() error {
	if o.BlockPeriod == 0 {
		o.BlockPeriod = time.Second
	}
	if o.Users == 0 {
		o.Users = 12
	}
	if o.TrafficBlocks == 0 {
		o.TrafficBlocks = 6
	}
	if o.AttackAttempts == 0 {
		o.AttackAttempts = 6
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Stdout == nil {
		o.Stdout = io.Discard
	}
	if o.Out == "" {
		dir, err := os.MkdirTemp("", "warden-demo-")
		if err != nil {
			return err
		}
		o.Out = dir
	}
	return os.MkdirAll(o.Out, 0o755)
}

// Summary is summary.json.
type Summary struct {
	Scenario           string  `json:"scenario"`
	Detected           bool    `json:"detected"`
	IncidentID         string  `json:"incident_id"`
	IncidentStatus     string  `json:"incident_status"`
	FirstExploitBlock  uint64  `json:"first_exploit_block"`
	FirstAlertBlock    uint64  `json:"first_alert_block"`
	DetectionLatencyMS float64 `json:"detection_latency_ms"`
	PauseTx            string  `json:"pause_tx"`
	PauseBlock         uint64  `json:"pause_block"`
	PausedVerified     bool    `json:"paused_verified"`
	// WholeProtocolPaused: the Guardian's allPaused() (pool and dUSD).
	WholeProtocolPaused bool `json:"whole_protocol_paused"`
	// NotificationsDelivered counts, per receiver, the incident's
	// notifications the delivery log marks delivered; NotificationsRecorded
	// what the local recording server received, per service.
	NotificationsDelivered map[string]int `json:"notifications_delivered"`
	NotificationsRecorded  map[string]int `json:"notifications_recorded"`
	// TimelineVerified: the incident's hash-chained timeline verifies.
	TimelineVerified      bool     `json:"timeline_verified"`
	TimelineEntries       int      `json:"timeline_entries"`
	ResponseLatencyMS     float64  `json:"response_latency_ms"`
	ValueAtRiskWei        string   `json:"value_at_risk_wei"`
	ValueLostWei          string   `json:"value_lost_wei"`
	ValueSavedWei         string   `json:"value_saved_wei"`
	SavedShare            float64  `json:"saved_share"`
	ExploitTxsBeforePause int      `json:"exploit_txs_before_pause"`
	ExploitTxsBlocked     int      `json:"exploit_txs_blocked"`
	AttackTxs             []Attack `json:"attack_txs"`
	TrafficTxs            int      `json:"traffic_txs"`
	TrafficTxsFailed      int      `json:"traffic_txs_failed"`
	BlockPeriodMS         int64    `json:"block_period_ms"`
	WallTimeMS            float64  `json:"wall_time_ms"`
	OutDir                string   `json:"out_dir"`
}

// Attack is one attacker transaction.
type Attack struct {
	Tx       string `json:"tx"`
	Block    uint64 `json:"block"`
	Success  bool   `json:"success"`
	Borrowed string `json:"borrowed_wei,omitempty"`
}

// Run runs the whole scenario and writes summary.json, incident.json and
// report.md into opts.Out.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	start := time.Now()
	if err := opts.defaults(); err != nil {
		return nil, fmt.Errorf("demo: output directory: %w", err)
	}
	say := func(format string, args ...any) { fmt.Fprintf(opts.Stdout, format+"\n", args...) }

	chain, err := devchain.Start(ctx, devchain.Config{Accounts: 3 + opts.Users})
	if err != nil {
		return nil, fmt.Errorf("demo: start chain: %w", err)
	}
	defer chain.Close()
	say("Embedded chain up: %s (chain ID %s)", chain.HTTPURL(), chain.ChainID())
	client, err := ethclient.DialContext(ctx, chain.HTTPURL())
	if err != nil {
		return nil, fmt.Errorf("demo: dial chain: %w", err)
	}
	defer client.Close()
	accts := chain.Accounts()
	admin, pauser, attackerKey := accts[0].Key, accts[1], accts[2].Key
	users := accts[3:]

	proto, err := demoprotocol.Deploy(ctx, client, admin, demoprotocol.DefaultParams())
	if err != nil {
		return nil, fmt.Errorf("demo: deploy protocol: %w", err)
	}
	if err := proto.GrantGuardian(ctx, client, admin, pauser.Address); err != nil {
		return nil, fmt.Errorf("demo: grant the responder GUARDIAN_ROLE: %w", err)
	}
	keys := make([]*ecdsa.PrivateKey, len(users))
	for i, u := range users {
		keys[i] = u.Key
	}
	if err := proto.FundUsers(ctx, client, admin, keys, demoprotocol.Ether(20_000), demoprotocol.Ether(10)); err != nil {
		return nil, fmt.Errorf("demo: fund users: %w", err)
	}
	collateral := demoprotocol.DefaultAttack().Collateral
	attackerContract, err := demoprotocol.DeployAttacker(ctx, client, attackerKey, proto,
		new(big.Int).Mul(collateral, big.NewInt(int64(opts.AttackAttempts))))
	if err != nil {
		return nil, fmt.Errorf("demo: deploy attacker: %w", err)
	}
	say("Protocol deployed: lending pool %s, oracle pair %s, %d users funded", proto.LendingPool.Hex(), proto.OraclePair.Hex(), len(users))

	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	rec, err := startRecorder()
	if err != nil {
		return nil, err
	}
	defer rec.Close(context.Background())
	for k, v := range map[string]string{"WARDEN_DEMO_TELEGRAM_TOKEN": "demo-bot-token", "WARDEN_DEMO_PAGERDUTY_KEY": "demo-routing-key", "WARDEN_DEMO_WEBHOOK_SECRET": "demo-webhook-secret"} {
		if os.Getenv(k) == "" {
			os.Setenv(k, v) // the recorder accepts anything; a real deployment sets its own
		}
	}
	cfgPath, err := writeConfig(opts.Out, chain, proto, pauser.Key, accts[0].Address, head+1, rec.Base())
	if err != nil {
		return nil, err
	}
	cfg, err := app.LoadConfig(cfgPath)
	if err != nil {
		return nil, fmt.Errorf("demo: generated config: %w", err)
	}
	warden, err := app.New(ctx, cfg, opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("demo: start warden: %w", err)
	}
	defer warden.Close()
	wctx, stopWarden := context.WithCancel(ctx)
	wardenDone := make(chan error, 1)
	go func() { wardenDone <- warden.Run(wctx) }()
	stop := sync.OnceValue(func() error {
		stopWarden()
		return <-wardenDone
	})
	defer stop()
	say("Warden watching from block %d with config %s", head+1, cfgPath)

	if err := chain.SetBlockPeriod(opts.BlockPeriod); err != nil {
		return nil, err
	}
	sum := &Summary{Scenario: "price-manipulation-flash-swap", BlockPeriodMS: opts.BlockPeriod.Milliseconds(), OutDir: opts.Out}
	tr, err := proto.Traffic(ctx, client, keys, opts.TrafficBlocks)
	if err != nil {
		return nil, err
	}
	sum.TrafficTxs, sum.TrafficTxsFailed = len(tr.Txs), tr.Failed
	say("Ordinary traffic: %d transactions from %d users over %d blocks (%d failed)", sum.TrafficTxs, len(users), opts.TrafficBlocks, sum.TrafficTxsFailed)

	atRisk, err := proto.Liquidity(ctx, client)
	if err != nil {
		return nil, err
	}
	outcomes, err := proto.AttackSeries(ctx, client, attackerKey, attackerContract, opts.AttackAttempts)
	if err != nil {
		return nil, err
	}
	for _, o := range outcomes {
		at := Attack{Tx: o.Tx.Hash().Hex(), Block: o.Receipt.BlockNumber.Uint64(), Success: o.Success}
		switch {
		case o.Success:
			sum.ExploitTxsBeforePause++
			if sum.FirstExploitBlock == 0 {
				sum.FirstExploitBlock = at.Block
			}
			if o.Borrowed != nil {
				at.Borrowed = o.Borrowed.String()
			}
		case o.PausedAfter:
			sum.ExploitTxsBlocked++
		}
		sum.AttackTxs = append(sum.AttackTxs, at)
	}
	after, err := proto.Liquidity(ctx, client)
	if err != nil {
		return nil, err
	}
	lost := new(big.Int).Sub(atRisk, after)
	if lost.Sign() < 0 {
		lost.SetInt64(0)
	}
	saved := new(big.Int).Sub(atRisk, lost)
	sum.ValueAtRiskWei, sum.ValueLostWei, sum.ValueSavedWei = atRisk.String(), lost.String(), saved.String()
	if atRisk.Sign() > 0 {
		sum.SavedShare, _ = new(big.Float).Quo(new(big.Float).SetInt(saved), new(big.Float).SetInt(atRisk)).Float64()
	}

	inc, err := waitContained(ctx, warden, 20*time.Second)
	if err != nil {
		return nil, err
	}
	if sum.NotificationsDelivered, err = waitNotified(ctx, warden, inc.ID, 15*time.Second); err != nil {
		return nil, err
	}
	sum.NotificationsRecorded = rec.Counts()
	if err := stop(); err != nil && !errors.Is(err, context.Canceled) {
		return nil, fmt.Errorf("demo: warden: %w", err)
	}

	if err := fillFromIncident(ctx, warden, inc, sum); err != nil {
		return nil, err
	}
	if sum.PausedVerified {
		paused, err := proto.Paused(ctx, client)
		if err != nil {
			return nil, err
		}
		sum.PausedVerified = paused
		if sum.WholeProtocolPaused, err = proto.AllPaused(ctx, client); err != nil {
			return nil, err
		}
	}
	sum.WallTimeMS = ms(time.Since(start))
	if err := writeOutputs(ctx, warden, inc, sum); err != nil {
		return nil, err
	}
	printSummary(opts.Stdout, sum)
	return sum, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// waitNotified waits until the incident's notifications have settled in
// the delivery log (none pending, at least one delivered, nothing new for
// quiet) and counts the delivered ones per receiver. Pages from on-call
// escalation and the "contained" update follow the first trigger by up to
// a second or two, hence the quiet period.
func waitNotified(ctx context.Context, w *app.App, id string, timeout time.Duration) (map[string]int, error) {
	const quiet = 2 * time.Second
	deadline := time.Now().Add(timeout)
	last, since := -1, time.Now()
	for {
		ds, err := w.Store().IncidentNotifications(ctx, id)
		if err != nil {
			return nil, err
		}
		out, pending := map[string]int{}, 0
		for _, d := range ds {
			switch d.State {
			case notify.StateDelivered:
				out[d.Receiver]++
			case notify.StatePending:
				pending++
			}
		}
		if len(ds) != last || pending > 0 {
			last, since = len(ds), time.Now()
		}
		if (pending == 0 && len(out) > 0 && time.Since(since) >= quiet) || time.Now().After(deadline) {
			return out, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitContained waits for Warden to open an incident and contain it.
func waitContained(ctx context.Context, w *app.App, timeout time.Duration) (*incident.Incident, error) {
	deadline := time.Now().Add(timeout)
	var last *incident.Incident
	for time.Now().Before(deadline) {
		incs, err := w.Store().Incidents(ctx)
		if err != nil {
			return nil, err
		}
		for i := range incs {
			if incs[i].Severity == alert.SeverityCritical {
				last = &incs[i]
				if last.Status == incident.StatusContained {
					return last, nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	if last != nil {
		return last, nil // reported as not contained in the summary
	}
	return nil, errors.New("demo: Warden opened no critical incident in time")
}

func fillFromIncident(ctx context.Context, w *app.App, inc *incident.Incident, sum *Summary) error {
	st := w.Store()
	sum.Detected = true
	sum.IncidentID, sum.IncidentStatus = inc.ID, string(inc.Status)
	c, err := w.Containment(ctx, inc.ID)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	sum.FirstAlertBlock = c.FirstAlert.BlockNumber
	sum.DetectionLatencyMS = ms(c.FirstAlert.StoredAt.Sub(c.FirstAlert.SeenAt))
	// Verify also checks the chain ends at the recorded head, which a
	// removed last entry would not.
	v, err := incident.Verify(ctx, st, inc.ID)
	if err != nil {
		return err
	}
	sum.TimelineVerified, sum.TimelineEntries = v.OK, v.Entries
	if c.Pause != nil {
		sum.PauseTx, sum.PauseBlock = c.PauseTx().Hex(), c.Pause.Block
		sum.PausedVerified = c.Verified()
		sum.ResponseLatencyMS = ms(c.AlertToBroadcast())
	}
	return nil
}

func writeOutputs(ctx context.Context, w *app.App, inc *incident.Incident, sum *Summary) error {
	rep, err := report.Load(ctx, w.Store(), inc.ID)
	if err != nil {
		return err
	}
	if err := report.WriteJSON(filepath.Join(sum.OutDir, "summary.json"), sum); err != nil {
		return err
	}
	if err := report.WriteJSON(filepath.Join(sum.OutDir, "incident.json"), rep); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Warden demo: %s\n\n", sum.Scenario)
	printSummary(&b, sum)
	b.WriteString("\n")
	if err := report.Markdown(&b, rep); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(sum.OutDir, "report.md"), []byte(b.String()), 0o644)
}

func printSummary(w io.Writer, s *Summary) {
	dusd := func(wei string) string {
		v, _ := new(big.Int).SetString(wei, 10)
		if v == nil {
			return wei
		}
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18)).Float64()
		return fmt.Sprintf("%.0f dUSD", f)
	}
	if !s.Detected {
		fmt.Fprintln(w, "The attack was NOT detected.")
		return
	}
	fmt.Fprintf(w, "- Attack detected: first exploit tx in block %d, first alert in block %d, %.1f ms after Warden saw the block.\n", s.FirstExploitBlock, s.FirstAlertBlock, s.DetectionLatencyMS)
	fmt.Fprintf(w, "- Guardian.pauseAll() sent %.1f ms after the alert was stored: tx %s, mined in block %d; pool paused: %v, whole protocol (pool and dUSD) paused: %v.\n", s.ResponseLatencyMS, s.PauseTx, s.PauseBlock, s.PausedVerified, s.WholeProtocolPaused)
	fmt.Fprintf(w, "- Attacker: %d exploit tx(s) succeeded before the pause, %d later attempt(s) reverted.\n", s.ExploitTxsBeforePause, s.ExploitTxsBlocked)
	fmt.Fprintf(w, "- Value at risk %s, lost %s, saved %s (%.0f%%).\n", dusd(s.ValueAtRiskWei), dusd(s.ValueLostWei), dusd(s.ValueSavedWei), s.SavedShare*100)
	if len(s.NotificationsDelivered) > 0 {
		names := make([]string, 0, len(s.NotificationsDelivered))
		for n := range s.NotificationsDelivered {
			names = append(names, fmt.Sprintf("%s %d", n, s.NotificationsDelivered[n]))
		}
		sort.Strings(names)
		fmt.Fprintf(w, "- Notifications delivered: %s (the local recording server got %v).\n", strings.Join(names, ", "), s.NotificationsRecorded)
	}
	fmt.Fprintf(w, "- Timeline: %d hash-chained entries, verified: %v.\n", s.TimelineEntries, s.TimelineVerified)
	fmt.Fprintf(w, "- Incident %s is %s. Reports in %s (summary.json, incident.json, report.md); wall time %.1f s.\n", s.IncidentID, s.IncidentStatus, s.OutDir, s.WallTimeMS/1000)
}

var configTemplate = template.Must(template.New("cfg").Parse(`# Generated by warden demo. The same file works with
#   warden run --config {{.Path}}
# while a chain with this deployment is running.
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
  - name: demo-lending
    chain: devchain
    contracts:
      - name: LendingPool
        address: "{{.Pool}}"
        abi: LendingPool.abi.json
      - name: Guardian
        address: "{{.Guardian}}"
    detectors:
      # Each built-in pattern grades its own findings; the engine's
      # correlation makes independent signals on one transaction critical.
      - kind: large_outflow
        severity: high
        params:
          share: 0.05          # 5% of the pool's balance of a token in one tx
          critical_share: 0.25
      - kind: flash_loan
        severity: medium       # a flash loan alone is not an attack
      - kind: price_manipulation
      - kind: reentrancy
      - kind: privileged_change
        params:
          expected_accounts: ["{{.Admin}}", "{{.Pauser}}", "{{.Guardian}}"]
      - kind: supply_anomaly
      - kind: approval_drain
      - kind: failed_probing
      - kind: mixer_funded_deployment
      - kind: baseline
        severity: high
        params:
          known_callers: ["{{.Admin}}"]
      - kind: rule
        name: large-borrow
        severity: high
        params:
          match: event
          contract: LendingPool
          event: Borrowed
          condition: 'event.args.amount >= ether(50000)'
          title: "Borrow of {{"{{"}}amount{{"}}"}} dUSD from the pool"
    playbooks: [pause-lending-pool]
playbooks:
  # One transaction through the on-chain Guardian pauses the whole protocol
  # (the pool and dUSD); the key only holds GUARDIAN_ROLE on the Guardian.
  - name: pause-lending-pool
    mode: auto
    allowlist:
      contracts: [Guardian]
      functions: ["pauseAll()"]
    trigger:
      min_severity: critical
    steps:
      - kind: pause
        contract: Guardian
        function: pauseAll()
        verify: allPaused()
        signer: pauser
signers:
  - name: pauser
    key: file:{{.KeyFile}}
incidents:
  group_window: 1h
# Notifications. The demo points every receiver at a local server that
# answers like Slack, Discord, Telegram, PagerDuty and a webhook consumer
# and records what it got (summary.json: notifications_delivered).
receivers:
  - {name: security-slack, kind: slack, url: "{{.Notify}}/slack"}
  - {name: security-discord, kind: discord, url: "{{.Notify}}/discord"}
  - {name: oncall-telegram, kind: telegram, token: env:WARDEN_DEMO_TELEGRAM_TOKEN, chat_id: "-1001", api_url: "{{.Notify}}/telegram"}
  - {name: pagerduty, kind: pagerduty, routing_key: env:WARDEN_DEMO_PAGERDUTY_KEY, api_url: "{{.Notify}}/pagerduty"}
  - {name: siem-webhook, kind: webhook, url: "{{.Notify}}/webhook", secret: env:WARDEN_DEMO_WEBHOOK_SECRET}
route:
  receiver: security-slack
  group_by: [chain, monitor, attacker]
  group_wait: 1s               # short for the demo; 10s is the default
  group_interval: 1m
  routes:
    - {receiver: pagerduty, matchers: ['severity="critical"'], group_wait: 0s, continue: true}
    - {receiver: siem-webhook, continue: true}
    - {receiver: security-discord, matchers: ['severity=~"high|critical"'], continue: true}
inhibit_rules:
  # Once the protocol is verified paused, further drain alerts stay on the
  # timeline but page nobody.
  - source_matchers: ['kind="contained"']
    target_matchers: ['kind=~"large_outflow|correlated_attack|flash_loan|price_manipulation|rule"']
    equal: [monitor]
users:
  - {name: alice, roles: [responder, approver], contacts: {telegram: "4242", slack: U024BE7LH}}
  - {name: bob, roles: [responder], contacts: {telegram: "4343"}}
teams:
  - {name: security, members: [alice, bob], escalation_policy: security, monitors: [demo-lending]}
oncall:
  - name: primary
    time_zone: UTC
    layers:
      - {name: daily, rotation: daily, handoff: "09:00", start: 2026-01-01, participants: [alice, bob]}
escalation_policies:
  - name: security
    levels:
      - {schedules: [primary], timeout: 5m}
      - {people: [alice, bob], timeout: 10m}
`))

func writeConfig(dir string, chain *devchain.Chain, p *demoprotocol.Protocol, pauserKey *ecdsa.PrivateKey, admin common.Address, start uint64, notifyBase string) (string, error) {
	// The rule decodes the pool's events with its ABI, kept next to the
	// config as a security team would keep it.
	if err := os.WriteFile(filepath.Join(dir, "LendingPool.abi.json"), []byte(lendingpool.LendingPoolMetaData.ABI), 0o644); err != nil {
		return "", fmt.Errorf("demo: write pool ABI: %w", err)
	}
	keyFile := filepath.Join(dir, "pauser.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(pauserKey))+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("demo: write pauser key: %w", err)
	}
	path := filepath.Join(dir, "warden.yaml")
	var b strings.Builder
	err := configTemplate.Execute(&b, map[string]any{
		"Path": path, "DB": filepath.Join(dir, "warden.db"), "ChainID": chain.ChainID(), "WS": chain.WSURL(), "HTTP": chain.HTTPURL(),
		"Start": start, "Pool": p.LendingPool.Hex(), "KeyFile": keyFile, "Admin": admin.Hex(),
		"Guardian": p.Guardian.Hex(), "Pauser": crypto.PubkeyToAddress(pauserKey.PublicKey).Hex(), "Notify": notifyBase,
	})
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return "", fmt.Errorf("demo: write config: %w", err)
	}
	return path, nil
}
