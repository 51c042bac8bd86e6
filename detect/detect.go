// Package detect runs detectors over ingested blocks. A Detector looks at
// one Bundle and emits alerts; the Engine fans each bundle out to every
// configured detector with a deadline and turns a detector's panic or error
// into an alert of its own, because a detector that silently stops is worse
// than one that is noisy. Detection never acts and never talks to people:
// its alerts flow on to the incident manager.
package detect

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
)

// Requirements tell ingest what a detector needs fetched beyond the block
// and its receipts.
type Requirements struct {
	// Traces asks for call traces of the block's transactions.
	Traces bool
	// TraceAddresses limits traces to blocks where a transaction calls, or
	// a log comes from, one of these addresses (empty = every block).
	// Tracing is the most expensive thing a node does; most detectors only
	// need it where their protocol was touched.
	TraceAddresses []common.Address
	// NeededBy names the detectors that asked (monitor/detector), so an
	// error about missing traces can say whom it affects.
	NeededBy []string
	// TraceIndirect narrows TraceAddresses to blocks where a transaction
	// reaches one of them through another contract (its logs or token
	// transfers involve the address, but the transaction does not call it
	// directly). Re-entrance needs a contract in the call path, and
	// tracing every ordinary user call would cost the node more than
	// everything else ingest does.
	TraceIndirect bool
	// Scoped says the detector only needs blocks that touch its monitor's
	// contracts or the Scope addresses: a transaction calls one, a log
	// comes from one or names one in an indexed argument (an ERC20
	// transfer to or from it), a contract is created there, or a call
	// frame enters or leaves one. The engine skips other blocks, which is
	// most blocks for most monitors.
	Scoped bool
	Scope  []common.Address
}

// Detector inspects one block. It calls emit for each finding; the engine
// fills in the chain, monitor, block and fingerprint fields that are the
// same for every alert of the bundle.
type Detector interface {
	Requirements() Requirements
	Detect(ctx context.Context, b *chain.Bundle, emit func(alert.Alert)) error
}

// Monitor is what a detector knows about the protocol it watches.
type Monitor struct {
	Name      string
	Chain     string
	Contracts map[common.Address]string // address -> name
	// ABIs are the parsed ABIs of the contracts that declare one.
	ABIs map[common.Address]*abi.ABI
}

// Has reports whether addr is one of the monitor's contracts.
func (m *Monitor) Has(addr common.Address) bool {
	_, ok := m.Contracts[addr]
	return ok
}

// Deps are what detectors may use besides the bundle.
type Deps struct {
	State  chain.StateReader
	Logger *slog.Logger
}

// Spec is a detector's configuration after the registry has decoded it.
type Spec struct {
	Kind     string
	Name     string
	Severity alert.Severity
	Params   *yaml.Node
	Throttle *config.Throttle
}

func (s Spec) throttleMax() int {
	if s.Throttle == nil {
		return 0
	}
	return s.Throttle.Max
}

// Factory builds detectors of one kind. Check decodes and validates params
// (returning every problem); New builds the detector for one monitor.
type Factory struct {
	Kind  string
	Check func(mon *config.Monitor, params *yaml.Node) error
	New   func(spec Spec, mon *Monitor, deps Deps) (Detector, error)
}

// Registry is the explicit list of detector kinds; there is no init()
// registration, so what exists is visible where the registry is built.
type Registry struct {
	factories map[string]Factory
}

// NewRegistry builds a registry from factories.
func NewRegistry(factories ...Factory) *Registry {
	r := &Registry{factories: map[string]Factory{}}
	for _, f := range factories {
		r.factories[f.Kind] = f
	}
	return r
}

// Kinds lists the registered detector kinds, sorted.
func (r *Registry) Kinds() []string {
	out := make([]string, 0, len(r.factories))
	for k := range r.factories {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Factory returns the factory of a kind.
func (r *Registry) Factory(kind string) (Factory, bool) {
	f, ok := r.factories[kind]
	return f, ok
}

// ConfigChecks exposes parameter validation to config.Validate.
func (r *Registry) ConfigChecks() map[string]config.ParamsCheck {
	out := map[string]config.ParamsCheck{}
	for k, f := range r.factories {
		out[k] = f.Check
	}
	return out
}

// instance is a detector bound to its monitor and spec.
type instance struct {
	monitor *Monitor
	spec    Spec
	det     Detector
	gate    *gate
	// scope is set for scoped detectors: the addresses a block must touch
	// for the detector to run on it.
	scope []common.Address
}

// Engine runs every configured detector on each bundle.
type Engine struct {
	instances []instance
	corr      *correlator
	timeout   time.Duration
	logger    *slog.Logger
}

// DefaultTimeout bounds one detector on one block. A detector that needs
// longer is stuck (usually on an RPC call) and is reported as failed rather
// than holding up ingestion.
const DefaultTimeout = 10 * time.Second

// NewEngine builds detectors for every monitor in cfg on the given chain.
func NewEngine(cfg *config.Config, chainName string, reg *Registry, deps Deps) (*Engine, error) {
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{timeout: DefaultTimeout, logger: deps.Logger, corr: newCorrelator()}
	for _, mc := range cfg.Monitors {
		if mc.Chain != chainName {
			continue
		}
		mon := &Monitor{Name: mc.Name, Chain: mc.Chain, Contracts: map[common.Address]string{}, ABIs: map[common.Address]*abi.ABI{}}
		for _, c := range mc.Contracts {
			addr := common.HexToAddress(c.Address)
			mon.Contracts[addr] = c.Name
			parsed := c.ParsedABI
			if parsed == nil && c.ABI != "" {
				// A config built in code rather than loaded and validated.
				var err error
				if parsed, err = config.ResolveABI("", c.ABI); err != nil {
					return nil, fmt.Errorf("monitor %q contract %q: abi: %w", mc.Name, c.Name, err)
				}
			}
			if parsed != nil {
				mon.ABIs[addr] = parsed
			}
		}
		for _, dc := range mc.Detectors {
			f, ok := reg.factories[dc.Kind]
			if !ok {
				return nil, fmt.Errorf("monitor %q: detector kind %q is not registered", mc.Name, dc.Kind)
			}
			sev, err := alert.ParseSeverity(dc.Severity)
			if err != nil {
				return nil, fmt.Errorf("monitor %q detector %q: %w", mc.Name, dc.DetectorName(), err)
			}
			spec := Spec{Kind: dc.Kind, Name: dc.DetectorName(), Severity: sev, Params: &dc.Params, Throttle: dc.Throttle}
			det, err := f.New(spec, mon, deps)
			if err != nil {
				return nil, fmt.Errorf("monitor %q detector %q: %w", mc.Name, spec.Name, err)
			}
			in := instance{monitor: mon, spec: spec, det: det, gate: newGate(&dc)}
			if req := det.Requirements(); req.Scoped {
				for a := range mon.Contracts {
					in.scope = append(in.scope, a)
				}
				in.scope = append(in.scope, req.Scope...)
			}
			e.instances = append(e.instances, in)
		}
	}
	return e, nil
}

// Requirements is the union of what the engine's detectors need. A
// detector that wants traces everywhere makes the union "everywhere".
func (e *Engine) Requirements() Requirements {
	var r Requirements
	everywhere := false
	seen := map[common.Address]bool{}
	indirect := true
	for _, in := range e.instances {
		req := in.det.Requirements()
		if !req.Traces {
			continue
		}
		indirect = indirect && req.TraceIndirect
		r.Traces = true
		r.NeededBy = append(r.NeededBy, in.monitor.Name+"/"+in.spec.Name)
		if len(req.TraceAddresses) == 0 {
			everywhere = true
		}
		for _, a := range req.TraceAddresses {
			if !seen[a] {
				seen[a] = true
				r.TraceAddresses = append(r.TraceAddresses, a)
			}
		}
	}
	if everywhere {
		r.TraceAddresses = nil
	}
	r.TraceIndirect = r.Traces && indirect && !everywhere
	return r
}

func touchesAny(touched map[common.Address]bool, scope []common.Address) bool {
	for _, a := range scope {
		if touched[a] {
			return true
		}
	}
	return false
}

// Len is the number of detector instances.
func (e *Engine) Len() int { return len(e.instances) }

// Run applies every detector to the bundle concurrently and returns their
// alerts in a deterministic order (by tx index, then monitor, detector and
// fingerprint), so replays produce identical output.
func (e *Engine) Run(ctx context.Context, b *chain.Bundle) []alert.Alert {
	var (
		mu     sync.Mutex
		alerts []alert.Alert
		wg     sync.WaitGroup
	)
	var touched map[common.Address]bool
	for _, in := range e.instances {
		if in.scope != nil {
			if touched == nil {
				touched = b.TouchedAddresses()
			}
			if !touchesAny(touched, in.scope) {
				continue
			}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			found := in.gate.admit(b, e.runOne(ctx, in, b), func(s alert.Alert, until uint64) alert.Alert {
				n := throttleNotice(s, until, in.spec.throttleMax())
				e.complete(&n, in, b)
				return n
			})
			mu.Lock()
			alerts = append(alerts, found...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, a := range e.corr.correlate(b, alerts) {
		e.completeCorrelated(&a, b)
		alerts = append(alerts, a)
	}
	slices.SortFunc(alerts, func(x, y alert.Alert) int {
		if x.TxIndex != y.TxIndex {
			return x.TxIndex - y.TxIndex
		}
		if c := strings.Compare(x.Monitor, y.Monitor); c != 0 {
			return c
		}
		if c := strings.Compare(x.Detector, y.Detector); c != 0 {
			return c
		}
		return strings.Compare(x.Fingerprint, y.Fingerprint)
	})
	return alerts
}

func (e *Engine) runOne(parent context.Context, in instance, b *chain.Bundle) (out []alert.Alert) {
	ctx, cancel := context.WithTimeout(parent, e.timeout)
	defer cancel()
	seen := map[string]int{}
	emit := func(a alert.Alert) {
		e.complete(&a, in, b)
		// Two findings with the same identity in one block are the same
		// finding; keep the first so the fingerprint stays unique.
		if _, dup := seen[a.Fingerprint]; dup {
			return
		}
		seen[a.Fingerprint] = len(out)
		out = append(out, a)
	}
	defer func() {
		if r := recover(); r != nil {
			e.logger.Error("detector panicked", "monitor", in.monitor.Name, "detector", in.spec.Name, "block", b.Number(), "panic", r)
			out = append(out, e.failure(in, b, fmt.Sprintf("panic: %v\n%s", r, debug.Stack())))
		}
	}()
	if err := in.det.Detect(ctx, b, emit); err != nil {
		if parent.Err() != nil {
			// Shutdown, not a detector failure: the block is not
			// checkpointed and will be processed again.
			return out
		}
		e.logger.Warn("detector failed", "monitor", in.monitor.Name, "detector", in.spec.Name, "block", b.Number(), "err", err)
		out = append(out, e.failure(in, b, err.Error()))
	}
	return out
}

// complete fills the fields shared by every alert of a bundle.
func (e *Engine) complete(a *alert.Alert, in instance, b *chain.Bundle) {
	a.Detector = in.spec.Name
	a.Monitor = in.monitor.Name
	a.Chain = b.Chain
	a.BlockNumber = b.Number()
	a.BlockHash = b.Hash()
	a.BlockTime = b.Time()
	a.SeenAt = b.SeenAt
	if a.Severity == alert.SeverityUnknown {
		a.Severity = in.spec.Severity
	}
	if a.Status == "" {
		a.Status = alert.StatusProvisional
	}
	if a.TxHash != (common.Hash{}) && a.From == (common.Address{}) && a.TxIndex >= 0 && a.TxIndex < len(b.Senders) {
		a.From = b.Senders[a.TxIndex]
	}
	a.Fingerprint = alert.ComputeFingerprint(a, a.Key)
}

// completeCorrelated fills the shared fields of a correlation alert, whose
// monitor is the one of the signals it combines.
func (e *Engine) completeCorrelated(a *alert.Alert, b *chain.Bundle) {
	a.Detector = "correlation"
	a.Chain = b.Chain
	a.BlockNumber = b.Number()
	a.BlockHash = b.Hash()
	a.BlockTime = b.Time()
	a.SeenAt = b.SeenAt
	a.Status = alert.StatusProvisional
	a.Fingerprint = alert.ComputeFingerprint(a, a.Key)
}

// failure is the alert for a detector that could not finish a block.
func (e *Engine) failure(in instance, b *chain.Bundle, reason string) alert.Alert {
	a := alert.Alert{
		TxIndex:    -1,
		Severity:   alert.SeverityMedium,
		Confidence: 1,
		Title:      fmt.Sprintf("Detector %s failed on block %d", in.spec.Name, b.Number()),
		Summary:    "The detector could not finish this block, so it may have missed an attack in it. " + firstLine(reason),
		Labels:     map[string]string{"kind": "detector_failed"},
		Evidence:   []alert.Evidence{{Name: "error", Value: reason}},
		Key:        "detector_failed",
	}
	e.complete(&a, in, b)
	return a
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Amount formats a token amount in base units with an 18-decimals reading
// next to it, for evidence lines that humans read.
func Amount(v *big.Int) string {
	if v == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18))
	return fmt.Sprintf("%s (%.4f x 1e18)", v.String(), f)
}
