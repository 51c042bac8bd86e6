// Package app wires Warden's stages into a running daemon: for each chain,
// ingest feeds a pipeline that runs detection, stores alerts and groups
// them into incidents; incidents that reach a playbook's trigger are handed
// to the responder. Nothing imports app.
package app

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/chain"
	chainrpc "github.com/warden-dev/warden/chain/rpc"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/baseline"
	"github.com/warden-dev/warden/detect/exploit"
	"github.com/warden-dev/warden/detect/rule"
	"github.com/warden-dev/warden/escalation"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/ingest"
	"github.com/warden-dev/warden/inhibit"
	"github.com/warden-dev/warden/metrics"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/receivers"
	"github.com/warden-dev/warden/oncall"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/blacklist"
	"github.com/warden-dev/warden/respond/action/call"
	notifystep "github.com/warden-dev/warden/respond/action/notify"
	"github.com/warden-dev/warden/respond/action/pause"
	"github.com/warden-dev/warden/respond/action/revokerole"
	"github.com/warden-dev/warden/respond/action/safeaction"
	"github.com/warden-dev/warden/respond/action/webhook"
	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/silence"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// Detectors is the registry of every detector kind Warden ships.
func Detectors() *detect.Registry {
	return detect.NewRegistry(append(exploit.Factories(), rule.Factory(), baseline.Factory())...)
}

// Actions is the registry of every playbook step kind Warden ships.
func Actions() *respond.Registry {
	return respond.NewRegistry(pause.Factory(), call.Factory(), blacklist.Factory(), revokerole.Factory(),
		safeaction.Factory(), webhook.Factory(), notifystep.Factory())
}

// Plugins is what config validation needs to check detector and action
// parameters.
func Plugins() *config.Plugins {
	return &config.Plugins{Detectors: Detectors().ConfigChecks(), Actions: Actions().ConfigChecks()}
}

// LoadConfig loads and fully validates a configuration file.
func LoadConfig(path string) (*config.Config, error) { return config.Load(path, Plugins()) }

// App is a configured, not yet running, Warden.
type App struct {
	cfg       *config.Config
	store     *sqlite.Store
	chains    []*chainRuntime
	incidents *incident.Manager
	responder *respond.Responder
	// users authenticates the API's response endpoints (nil when the
	// API is not served).
	users *api.Users
	// notifier delivers notifications durably (nil without receivers);
	// escalation pages on-call people (nil without escalation policies).
	notifier   *notify.Dispatcher
	router     *route.Router // nil without a route
	escalation *escalation.Engine
	logger     *slog.Logger
	pending    pendingSet
	metrics    *metrics.Metrics
}

type chainRuntime struct {
	name          string
	confirmations uint64
	client        *chainrpc.Client
	engine        *detect.Engine
	follower      *ingest.Follower
}

// Options change how an App is built.
type Options struct {
	// DryRun builds no playbooks (and resolves no signer secrets): alerts
	// and incidents are recorded, nothing is sent. Replays use it.
	DryRun bool
	// StopAfter makes Run return once every chain has processed this
	// block (benchmarks and tests); 0 = follow forever.
	StopAfter uint64
}

// New opens the store, connects to every chain and builds detectors,
// signers and playbooks. Nothing runs until Run.
func New(ctx context.Context, cfg *config.Config, logger *slog.Logger) (*App, error) {
	return NewWithOptions(ctx, cfg, logger, Options{})
}

// NewWithOptions is New with options.
func NewWithOptions(ctx context.Context, cfg *config.Config, logger *slog.Logger, opts Options) (_ *App, err error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	st, err := sqlite.Open(ctx, cfg.Store.Path)
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, store: st, logger: logger, pending: newPendingSet(), metrics: metrics.New()}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	a.incidents = incident.NewManager(st, cfg.Incidents.GroupWindow, logger.With("stage", "incident"))
	reg := Detectors()
	clients := map[string]*chainrpc.Client{}
	for _, cc := range cfg.Chains {
		client, err := DialChain(ctx, &cc, logger)
		if err != nil {
			return nil, fmt.Errorf("chain %s: %w", cc.Name, err)
		}
		clients[cc.Name] = client
		a.metrics.WatchEndpoints(cc.Name, func() []metrics.EndpointSample {
			var out []metrics.EndpointSample
			for _, e := range client.Status() {
				out = append(out, metrics.EndpointSample{URL: e.URL, Healthy: e.Healthy, Head: e.Head, LatencyMS: e.LatencyMS, Requests: e.Requests, Errors: e.TotalErrors})
			}
			return out
		})
		engine, err := detect.NewEngine(cfg, cc.Name, reg, detect.Deps{State: client, Logger: logger.With("stage", "detect", "chain", cc.Name)})
		if err != nil {
			return nil, err
		}
		if err := engine.RestoreState(ctx, st); err != nil {
			return nil, fmt.Errorf("chain %s: %w", cc.Name, err)
		}
		rt := &chainRuntime{name: cc.Name, confirmations: cc.ConfirmationDepth(), client: client, engine: engine}
		icfg := ingest.Config{Chain: cc.Name, ChainID: client.ChainID(), StartBlock: cc.StartBlock, PollInterval: cc.PollInterval, Observer: a.metrics, StopAfter: opts.StopAfter}
		if req := engine.Requirements(); req.Traces {
			icfg.Traces = &ingest.TraceNeeds{Addresses: req.TraceAddresses, NeededBy: req.NeededBy, Indirect: req.TraceIndirect}
		}
		rt.follower = ingest.NewFollower(icfg, client, &pipeline{app: a, rt: rt}, st, logger.With("stage", "ingest"))
		a.chains = append(a.chains, rt)
		logger.Info("chain connected", "chain", cc.Name, "endpoint", client.URL, "detectors", engine.Len())
	}
	// Notifications first: playbooks' notify steps hand their messages to
	// the dispatcher.
	if err := a.buildNotifications(); err != nil {
		return nil, err
	}
	playbooks := map[string][]respond.Playbook{}
	if !opts.DryRun {
		if playbooks, err = a.buildPlaybooks(ctx, clients); err != nil {
			return nil, err
		}
		if cfg.Server.Listen != "" {
			if a.users, err = api.UsersFromConfig(cfg.Users); err != nil {
				return nil, fmt.Errorf("api users: %w", err)
			}
		}
	}
	ropts := respond.Options{KillSwitch: cfg.Response.KillSwitch, Logger: logger.With("stage", "respond"), Resume: a.requeueOpenIncidents}
	if a.notifier != nil && cfg.Route != nil && cfg.Route.Receiver != "" {
		ropts.Escalator = responseEscalator{sender: a.notifier, receiver: cfg.Route.Receiver}
	}
	a.responder = respond.New(playbooks, st, a.incidents, ropts)
	return a, nil
}

// buildPlaybooks builds each monitor's playbooks through the step kinds'
// factories, with one transaction manager per (chain, signer).
func (a *App) buildPlaybooks(ctx context.Context, clients map[string]*chainrpc.Client) (map[string][]respond.Playbook, error) {
	reg := Actions()
	signers := map[string]signer.Signer{}
	txmgrs := map[string]*txmgr.Manager{}
	out := map[string][]respond.Playbook{}
	httpClient := &http.Client{Timeout: 30 * time.Second}
	for i := range a.cfg.Monitors {
		m := &a.cfg.Monitors[i]
		if len(m.Playbooks) == 0 {
			continue
		}
		client := clients[m.Chain]
		sender := func(name string) (respond.Sender, error) {
			tmKey := m.Chain + "/" + name
			if tm, ok := txmgrs[tmKey]; ok {
				return tm, nil
			}
			s, ok := signers[name]
			if !ok {
				sc, ok := a.cfg.Signer(name)
				if !ok {
					return nil, fmt.Errorf("signer %q is not configured", name)
				}
				k, err := signer.FromConfig(ctx, *sc)
				if err != nil {
					return nil, err
				}
				s = k
				signers[name] = s
			}
			tm := txmgr.New(m.Chain, client.ChainID(), client, s, a.store, a.logger.With("stage", "txmgr", "signer", s.Address()))
			txmgrs[tmKey] = tm
			return tm, nil
		}
		env := respond.BuildEnv{Chain: m.Chain, ChainID: client.ChainID(), Monitor: m, Caller: client, Sender: sender, HTTP: httpClient,
			Logger: a.logger.With("stage", "respond", "monitor", m.Name), StepData: a.store}
		if a.notifier != nil { // a nil *Dispatcher in the interface would look configured
			env.Notifier = a.notifier
		}
		pbs, err := reg.MonitorPlaybooks(a.cfg, env)
		if err != nil {
			return nil, err
		}
		out[m.Name] = pbs
	}
	return out, nil
}

// Store exposes the store (reports, tests).
func (a *App) Store() *sqlite.Store { return a.store }

// Incidents exposes the incident manager.
func (a *App) Incidents() *incident.Manager { return a.incidents }

// Run follows every chain and runs the responder until ctx ends or every
// follower has stopped (a replay with a last block).
func (a *App) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if a.cfg.Server.Listen != "" {
		srv := &api.Server{Status: a, Metrics: promhttp.HandlerFor(a.metrics.Registry, promhttp.HandlerOpts{}),
			Response: a.responder, Users: a.users, Logger: a.logger.With("stage", "api"),
			Incidents: &api.IncidentService{Manager: a.incidents, Reports: a.store, OnCall: a.onCallNow},
			Silences:  silence.NewService(a.store, time.Now)}
		addr, served, err := api.Serve(ctx, a.cfg.Server.Listen, srv.Handler())
		if err != nil {
			return err
		}
		a.logger.Info("serving /metrics, /status and the response API", "addr", addr.String())
		defer func() { <-served }()
	}
	respondDone := make(chan struct{})
	go func() {
		defer close(respondDone)
		a.respondLoop(ctx)
	}()
	var background sync.WaitGroup
	if a.notifier != nil {
		background.Go(func() {
			if err := a.notifier.Run(ctx); err != nil && ctx.Err() == nil {
				a.logger.Error("notification dispatcher stopped", "err", err)
			}
		})
	}
	if a.router != nil {
		background.Go(func() {
			if err := a.router.Run(ctx); err != nil && ctx.Err() == nil {
				a.logger.Error("notification router stopped", "err", err)
			}
		})
	}
	if a.escalation != nil {
		background.Go(func() {
			if err := a.escalation.Run(ctx, escalationTick); err != nil && ctx.Err() == nil {
				a.logger.Error("escalation stopped", "err", err)
			}
		})
	}
	defer background.Wait()
	var wg sync.WaitGroup
	errs := make([]error, len(a.chains))
	for i, rt := range a.chains {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := rt.follower.Run(ctx); err != nil {
				errs[i] = fmt.Errorf("chain %s: %w", rt.name, err)
				cancel()
			}
			a.saveDetectorState(rt)
		}()
	}
	wg.Wait()
	cancel()
	<-respondDone
	return errors.Join(errs...)
}

// saveDetectorState persists what stateful detectors learned. It runs on
// its own short deadline because it is also called on shutdown, when the
// run's context is already cancelled.
func (a *App) saveDetectorState(rt *chainRuntime) {
	if !rt.engine.Stateful() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := rt.engine.SaveState(ctx, a.store); err != nil {
		a.logger.Error("save detector state", "chain", rt.name, "err", err)
	}
}

// respondLoop runs playbooks for incidents as they change. At start it
// also revisits every open incident, which is how a step interrupted by a
// crash is finished.
func (a *App) respondLoop(ctx context.Context) {
	if incs, err := a.store.OpenIncidents(ctx); err == nil {
		for _, inc := range incs {
			a.respondTo(ctx, inc.ID)
		}
	} else {
		a.logger.Error("load incidents to resume responses", "err", err)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-a.pending.ready:
			for _, id := range a.pending.drain() {
				a.respondTo(ctx, id)
			}
		}
	}
}

// escalationTick is how often unacknowledged incidents are checked against
// their escalation deadlines. It also bounds how long a new incident waits
// for its first page, so it is short; the check is one indexed query.
const escalationTick = time.Second

// buildNotifications sets up the delivery log's dispatcher over the
// configured receivers and, when escalation policies exist, the engine
// that pages on-call people through it.
func (a *App) buildNotifications() error {
	if len(a.cfg.Receivers) == 0 {
		return nil
	}
	dests, err := receivers.Build(a.cfg.Receivers, receivers.Options{Client: &http.Client{Timeout: 15 * time.Second}})
	if err != nil {
		return fmt.Errorf("receivers: %w", err)
	}
	if a.notifier, err = notify.NewDispatcher(a.store, dests, notify.DispatcherOptions{Logger: a.logger.With("stage", "notify")}); err != nil {
		return fmt.Errorf("notifications: %w", err)
	}
	if a.cfg.Route != nil {
		rules, err := inhibit.FromConfig(a.cfg.InhibitRules)
		if err != nil {
			return fmt.Errorf("inhibit_rules: %w", err)
		}
		if a.router, err = route.New(a.cfg.Route, rules, a.store, a.store, a.notifier, a.incidents, route.Options{Logger: a.logger.With("stage", "route")}); err != nil {
			return fmt.Errorf("route: %w", err)
		}
	}
	if len(a.cfg.EscalationPolicies) == 0 {
		return nil
	}
	// People are paged on each channel through the first receiver of
	// that kind.
	byChannel := map[string]string{}
	for _, r := range a.cfg.Receivers {
		if _, ok := byChannel[r.Kind]; !ok {
			byChannel[r.Kind] = r.Name
		}
	}
	a.escalation, err = escalation.New(a.cfg, escalation.Options{Store: a.store, Sender: a.notifier, Receivers: byChannel,
		Logger: a.logger.With("stage", "escalation")})
	if err != nil {
		return fmt.Errorf("escalation: %w", err)
	}
	return nil
}

// responseEscalator tells people when a response did not take effect (a
// pause that did not hold, a transaction that failed after it was sent):
// the route's default receiver gets an escalation, acknowledged or not.
type responseEscalator struct {
	sender   notify.Sender
	receiver string
}

func (e responseEscalator) Escalate(ctx context.Context, inc *incident.Incident, reason string) error {
	sum := sha256.Sum256([]byte(reason))
	return e.sender.Send(ctx, notify.Message{
		Key:      fmt.Sprintf("%s/response-escalation/%x", inc.ID, sum[:6]),
		Receiver: e.receiver,
		Event:    notify.EventEscalate,
		Incident: *inc,
		Note:     "The automatic response did not take effect; people must step in. " + reason,
		At:       time.Now().UTC(),
	})
}

// onCallNow reports whether person is on call in any schedule now.
func (a *App) onCallNow(_ context.Context, person string) bool {
	now := time.Now()
	for i := range a.cfg.Schedules {
		s, err := oncall.FromConfig(&a.cfg.Schedules[i])
		if err != nil {
			continue // validated at load; a schedule that fails here pages nobody
		}
		if sh, ok := s.WhoIsOn(now); ok && sh.Person == person {
			return true
		}
	}
	return false
}

// requeueOpenIncidents hands every open incident to the responder again
// (after the kill switch is lifted). It runs in the API's request, so it
// only queues: the respond loop does the work.
func (a *App) requeueOpenIncidents() {
	incs, err := a.store.OpenIncidents(context.Background())
	if err != nil {
		a.logger.Error("load incidents to resume after the kill switch", "err", err)
		return
	}
	for _, inc := range incs {
		a.pending.add(inc.ID)
	}
}

func (a *App) respondTo(ctx context.Context, id string) {
	inc, err := a.store.Incident(ctx, id)
	if err != nil {
		a.logger.Error("load incident", "incident", id, "err", err)
		return
	}
	if err := a.responder.Handle(ctx, inc); err != nil && ctx.Err() == nil {
		a.logger.Error("response failed", "incident", id, "err", err)
	}
}

// Close releases connections and the store.
func (a *App) Close() {
	for _, rt := range a.chains {
		rt.client.Close()
	}
	if a.store != nil {
		a.store.Close()
	}
}

// ChainClient returns the RPC client of a chain (for reports).
func (a *App) ChainClient(name string) (*chainrpc.Client, bool) {
	if rt := a.chain(name); rt != nil {
		return rt.client, true
	}
	return nil, false
}

// chain returns the runtime of a configured chain, or nil.
func (a *App) chain(name string) *chainRuntime {
	for _, rt := range a.chains {
		if rt.name == name {
			return rt
		}
	}
	return nil
}

// Cursor returns a chain's processed block.
func (a *App) Cursor(name string) (chain.Cursor, bool) {
	if rt := a.chain(name); rt != nil {
		return rt.follower.Cursor(), true
	}
	return chain.Cursor{}, false
}

// pipeline is the ingest sink of one chain. It is called from one
// goroutine (the chain's follower), so its bookkeeping needs no lock.
type pipeline struct {
	app *App
	rt  *chainRuntime
	// grouped is false until the first Process call, which also groups
	// anything a crash left ungrouped; after that only blocks that stored
	// alerts need grouping.
	grouped bool
	// provisional is the lowest block with a provisional alert (when
	// known), so the confirming UPDATE runs only when it has work.
	provisional      uint64
	provisionalKnown bool
	// sinceSave counts blocks since detector state was last saved.
	sinceSave int
}

// HandleBundle detects, stores alerts and groups them before returning, so
// the checkpoint that follows it never outruns the alerts.
func (p *pipeline) HandleBundle(ctx context.Context, b *chain.Bundle) error {
	_, stored, err := p.app.detectAndStore(ctx, p.rt, b)
	if err != nil {
		return err
	}
	// Grouping runs on the first block (to finish anything a crash left
	// ungrouped) and whenever alerts were stored.
	if !p.grouped || len(stored) > 0 {
		changed, err := p.app.incidents.Process(ctx)
		if err != nil {
			return err
		}
		p.grouped = true
		for _, inc := range changed {
			p.app.pending.add(inc.ID)
		}
		// Notifications never hold up ingestion: the router keeps its own
		// state and re-reads incidents on its own timer, so a failure here
		// is caught up there.
		if p.app.router != nil && len(changed) > 0 {
			if err := p.app.router.Process(ctx, changed); err != nil && ctx.Err() == nil {
				p.app.logger.Error("route notifications", "err", err)
			}
		}
	}
	if p.rt.engine.Stateful() {
		p.sinceSave++
		if p.sinceSave >= stateSaveEvery {
			p.sinceSave = 0
			p.app.saveDetectorState(p.rt)
		}
	}
	return p.confirm(ctx, b.Number(), stored)
}

// stateSaveEvery is how many blocks pass between saves of detector state:
// often enough that a crash loses minutes of learning, rarely enough that
// serialising models does not slow catch-up.
const stateSaveEvery = 100

// confirm turns provisional alerts confirmed once they are deep enough.
func (p *pipeline) confirm(ctx context.Context, head uint64, stored []alert.Alert) error {
	if !p.provisionalKnown {
		n, ok, err := p.app.store.OldestProvisional(ctx, p.rt.name)
		if err != nil {
			return err
		}
		p.provisional, p.provisionalKnown = n, true
		if !ok {
			p.provisional = ^uint64(0)
		}
	}
	for _, a := range stored {
		p.provisional = min(p.provisional, a.BlockNumber)
	}
	if head < p.rt.confirmations || head-p.rt.confirmations < p.provisional {
		return nil
	}
	if _, err := p.app.store.ConfirmAlerts(ctx, p.rt.name, head-p.rt.confirmations); err != nil {
		return err
	}
	p.provisionalKnown = false // re-read the oldest one left
	return nil
}

// detectAndStore runs a chain's detectors on a bundle and stores the
// alerts, returning all of them and those newly stored (a replayed block's
// alerts are already there).
func (a *App) detectAndStore(ctx context.Context, rt *chainRuntime, b *chain.Bundle) (alerts, stored []alert.Alert, err error) {
	alerts = rt.engine.Run(ctx, b)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if len(alerts) == 0 {
		return nil, nil, nil
	}
	if stored, err = a.store.SaveAlerts(ctx, alerts); err != nil {
		return nil, nil, fmt.Errorf("block %d: store alerts: %w", b.Number(), err)
	}
	for _, al := range stored {
		a.metrics.AlertStored(al.Chain, al.Monitor, al.Detector, al.Severity.String())
		a.logger.Warn("alert", "chain", al.Chain, "monitor", al.Monitor, "detector", al.Detector, "severity", al.Severity, "block", al.BlockNumber, "tx", al.TxHash, "title", al.Title)
	}
	return alerts, stored, nil
}

// Retract marks the alerts of blocks dropped by a reorg as retracted and
// says so on their incidents' timelines.
func (p *pipeline) Retract(ctx context.Context, chainName string, fromBlock uint64) error {
	retracted, err := p.app.store.RetractAlerts(ctx, chainName, fromBlock)
	if err != nil {
		return err
	}
	p.provisionalKnown = false
	for _, a := range retracted {
		if a.Status == alert.StatusConfirmed {
			p.app.logger.Warn("reorg deeper than the confirmation depth retracted a confirmed alert", "fingerprint", a.Fingerprint, "block", a.BlockNumber)
		}
	}
	return p.app.incidents.Retract(ctx, retracted)
}

// pendingSet hands incident IDs to the responder without ever blocking
// ingestion and without dropping any: an ID added twice before the
// responder looks is handled once.
type pendingSet struct {
	mu    sync.Mutex
	ids   []string
	set   map[string]bool
	ready chan struct{}
}

func newPendingSet() pendingSet {
	return pendingSet{set: map[string]bool{}, ready: make(chan struct{}, 1)}
}

func (p *pendingSet) add(id string) {
	p.mu.Lock()
	if !p.set[id] {
		p.set[id] = true
		p.ids = append(p.ids, id)
	}
	p.mu.Unlock()
	select {
	case p.ready <- struct{}{}:
	default:
	}
}

func (p *pendingSet) drain() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	ids := p.ids
	p.ids, p.set = nil, map[string]bool{}
	return ids
}

// ReplayStats summarises a replay.
type ReplayStats struct {
	Blocks    int
	Txs       int
	Alerts    int // new alerts stored (alerts already stored from an earlier run are not counted)
	Incidents int // incidents opened or changed
}

// Replay runs detection and incident grouping over bundles from next (until
// it returns io.EOF) for one chain. It moves no checkpoint and never runs a
// playbook, whatever the App's options: replaying history must not pause a
// live protocol.
func (a *App) Replay(ctx context.Context, chainName string, next func() (*chain.Bundle, error), onAlert func(alert.Alert)) (ReplayStats, error) {
	var st ReplayStats
	rt := a.chain(chainName)
	if rt == nil {
		return st, fmt.Errorf("chain %q is not configured", chainName)
	}
	seen := map[string]bool{}
	for {
		b, err := next()
		if errors.Is(err, io.EOF) {
			return st, nil
		}
		if err != nil {
			return st, err
		}
		alerts, stored, err := a.detectAndStore(ctx, rt, b)
		if err != nil {
			return st, err
		}
		changed, err := a.incidents.Process(ctx)
		if err != nil {
			return st, err
		}
		for _, inc := range changed {
			if !seen[inc.ID] {
				seen[inc.ID] = true
				st.Incidents++
			}
		}
		st.Blocks++
		st.Txs += len(b.Receipts)
		st.Alerts += len(stored)
		if onAlert != nil {
			for _, al := range alerts {
				onAlert(al)
			}
		}
	}
}

// Status implements api.StatusProvider.
func (a *App) Status(_ context.Context) api.Status {
	var st api.Status
	for _, rt := range a.chains {
		cur := rt.follower.Cursor()
		head := rt.follower.Head()
		cs := api.ChainStatus{Name: rt.name, Head: head, Processed: cur.Number, Reorgs: len(rt.follower.Reorgs())}
		if head > cur.Number {
			cs.LagBlocks = head - cur.Number
		}
		cs.Endpoints = endpointStatus(rt.client)
		st.Chains = append(st.Chains, cs)
	}
	return st
}

// DialChain builds the endpoint pool of a configured chain.
func DialChain(ctx context.Context, cc *config.Chain, logger *slog.Logger) (*chainrpc.Client, error) {
	eps := make([]chainrpc.EndpointConfig, 0, len(cc.Endpoints))
	for _, ep := range cc.Endpoints {
		eps = append(eps, chainrpc.EndpointConfig{URL: ep.URL, Weight: ep.Weight, RateLimit: ep.RateLimit, Timeout: ep.Timeout})
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return chainrpc.NewPool(ctx, chainrpc.Config{ChainID: cc.ChainID, Endpoints: eps, HealthInterval: cc.HealthInterval, MaxLag: cc.MaxLag,
		Logger: logger.With("stage", "rpc", "chain", cc.Name)})
}
