package baseline

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
)

// Params configure a baseline detector. Every field is optional; the
// defaults are in DefaultParams and docs/baselines.md.
type Params struct {
	// Contracts limits the detector to some of the monitor's contracts,
	// by name or address (default: all of them).
	Contracts []string `yaml:"contracts"`
	// Warmup is how many observations one metric needs before it may
	// alert. A metric that has seen less knows too little to call
	// anything abnormal.
	Warmup int `yaml:"warmup"`
	// ContractWarmup is how many successful transactions touching a
	// contract are needed before novelty (new selectors, new callers) and
	// the multivariate score may alert.
	ContractWarmup int `yaml:"contract_warmup"`
	// Window is how many recent values each metric keeps for its
	// median/MAD.
	Window int `yaml:"window"`
	// EWMASpan sets the EWMA weight alpha = 2/(span+1).
	EWMASpan int `yaml:"ewma_span"`
	// Seasonality keeps per-hour-of-day levels (block timestamp, UTC).
	Seasonality *bool `yaml:"seasonality"`
	// SeasonMin is how many observations an hour of day needs before its
	// own level replaces the global one.
	SeasonMin int `yaml:"season_min"`
	// Thresholds are robust z-scores per metric kind (outflow, value, gas,
	// callers, calls, tx_calls, logs) or per full metric name
	// ("value:0x…", "gas:0xa9059cbb"), and the isolation-forest score
	// under "multivariate".
	Thresholds map[string]float64 `yaml:"thresholds"`
	// ExtremeFactor: an outflow or value above this multiple of the robust
	// maximum seen is extreme.
	ExtremeFactor float64 `yaml:"extreme_factor"`
	// PrivilegedSelectors are functions whose new callers alert: 4-byte
	// hex ("0x8456cb59") or signatures ("pause()").
	PrivilegedSelectors []string `yaml:"privileged_selectors"`
	// RareCallers: a selector whose calls came from at most this many
	// distinct callers counts as privileged too (0 turns the rule off).
	RareCallers *int `yaml:"rare_callers"`
	// KnownCallers are never new (the team's keepers and admin keys).
	KnownCallers []string `yaml:"known_callers"`
	// MaxCallers bounds the remembered callers per contract.
	MaxCallers int `yaml:"max_callers"`
	// Traces asks ingest for call traces of blocks touching the contracts,
	// which adds internal calls and ETH outflows to the metrics.
	Traces bool `yaml:"traces"`
	// Forest configures the multivariate isolation forest.
	Forest ForestParams `yaml:"forest"`
}

// ForestParams configure the isolation forest.
type ForestParams struct {
	Trees        int    `yaml:"trees"`
	Sample       int    `yaml:"sample"`
	Window       int    `yaml:"window"`
	RetrainEvery int    `yaml:"retrain_every"`
	Seed         uint64 `yaml:"seed"`
	// Disabled turns the multivariate score off.
	Disabled bool `yaml:"disabled"`
}

// Metric kinds, also the keys of Params.Thresholds.
const (
	kindOutflow = "outflow"
	kindValue   = "value"
	kindGas     = "gas"
	kindCallers = "callers"
	kindCalls   = "calls"
	kindTxCalls = "tx_calls"
	kindLogs    = "logs"
	kindForest  = "multivariate"
)

var thresholdKinds = []string{kindOutflow, kindValue, kindGas, kindCallers, kindCalls, kindTxCalls, kindLogs, kindForest}

// DefaultParams are the defaults documented in docs/baselines.md.
func DefaultParams() Params {
	season := true
	rare := 2
	return Params{
		Warmup:         50,
		ContractWarmup: 200,
		Window:         256,
		EWMASpan:       100,
		Seasonality:    &season,
		SeasonMin:      30,
		Thresholds: map[string]float64{
			kindOutflow: 6, kindValue: 6, kindGas: 8, kindCallers: 8,
			kindCalls: 8, kindTxCalls: 6, kindLogs: 8, kindForest: 0.7,
		},
		ExtremeFactor: 10,
		RareCallers:   &rare,
		MaxCallers:    20_000,
		Forest: ForestParams{
			Trees: 50, Sample: 64, Window: 256, RetrainEvery: 128, Seed: 1,
		},
	}
}

// decodeParams decodes node strictly over the defaults and validates the
// result, naming every problem. mon (address -> name) checks the
// contracts field; nil skips that check.
func decodeParams(node *yaml.Node, mon map[common.Address]string) (*Params, error) {
	p := DefaultParams()
	userThresholds := map[string]float64{}
	p.Thresholds = nil
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	for k, v := range p.Thresholds {
		userThresholds[k] = v
	}
	p.Thresholds = DefaultParams().Thresholds
	for k, v := range userThresholds {
		p.Thresholds[k] = v
	}
	def := DefaultParams()
	if p.Seasonality == nil {
		p.Seasonality = def.Seasonality
	}
	if p.RareCallers == nil {
		p.RareCallers = def.RareCallers
	}
	var errs []error
	positive := func(name string, v int, max int) {
		if v <= 0 || v > max {
			errs = append(errs, fmt.Errorf("%s: %d is not between 1 and %d", name, v, max))
		}
	}
	positive("warmup", p.Warmup, 1_000_000)
	positive("contract_warmup", p.ContractWarmup, 1_000_000)
	positive("window", p.Window, 65_536)
	positive("ewma_span", p.EWMASpan, 1_000_000)
	positive("season_min", p.SeasonMin, 1_000_000)
	positive("max_callers", p.MaxCallers, 10_000_000)
	if p.Window < 8 {
		errs = append(errs, fmt.Errorf("window: %d is too small for a median/MAD (want at least 8)", p.Window))
	}
	if *p.RareCallers < 0 || *p.RareCallers > maxSelectorCallers {
		errs = append(errs, fmt.Errorf("rare_callers: %d is not between 0 and %d", *p.RareCallers, maxSelectorCallers))
	}
	if !(p.ExtremeFactor >= 1) || math.IsInf(p.ExtremeFactor, 0) {
		errs = append(errs, fmt.Errorf("extreme_factor: %v is not a finite number >= 1", p.ExtremeFactor))
	}
	keys := make([]string, 0, len(userThresholds))
	for k := range userThresholds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := userThresholds[k]
		if !validThresholdKey(k) {
			errs = append(errs, fmt.Errorf("thresholds.%s: unknown metric (want one of %s, or a full metric name such as value:0x… or gas:0x12345678)", k, strings.Join(thresholdKinds, ", ")))
			continue
		}
		if k == kindForest {
			if !(v > 0.5 && v < 1) {
				errs = append(errs, fmt.Errorf("thresholds.%s: %v is not an isolation-forest score between 0.5 and 1", k, v))
			}
		} else if !(v > 0) || math.IsInf(v, 0) {
			errs = append(errs, fmt.Errorf("thresholds.%s: %v is not a positive z-score", k, v))
		}
	}
	for i, s := range p.PrivilegedSelectors {
		if _, err := parseSelector(s); err != nil {
			errs = append(errs, fmt.Errorf("privileged_selectors[%d]: %w", i, err))
		}
	}
	for i, a := range p.KnownCallers {
		if !common.IsHexAddress(a) {
			errs = append(errs, fmt.Errorf("known_callers[%d]: %q is not an address", i, a))
		}
	}
	for i, c := range p.Contracts {
		if mon == nil {
			// Checked without the monitor: only the form can be checked.
			if strings.TrimSpace(c) == "" {
				errs = append(errs, fmt.Errorf("contracts[%d]: empty", i))
			}
			continue
		}
		if _, ok := resolveContract(c, mon); !ok {
			errs = append(errs, fmt.Errorf("contracts[%d]: %q is neither the name nor the address of one of the monitor's contracts", i, c))
		}
	}
	f := &p.Forest
	positive("forest.trees", f.Trees, 1024)
	positive("forest.window", f.Window, 65_536)
	positive("forest.retrain_every", f.RetrainEvery, 1_000_000)
	if f.Sample < 8 || f.Sample > 4096 {
		errs = append(errs, fmt.Errorf("forest.sample: %d is not between 8 and 4096", f.Sample))
	}
	if f.Sample > f.Window {
		errs = append(errs, fmt.Errorf("forest.sample: %d is larger than forest.window %d", f.Sample, f.Window))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &p, nil
}

func validThresholdKey(k string) bool {
	if slices.Contains(thresholdKinds, k) {
		return true
	}
	kind, rest, ok := strings.Cut(k, ":")
	if !ok || rest == "" {
		return false
	}
	return slices.Contains(thresholdKinds, kind) && kind != kindForest
}

// parseSelector accepts "0x12345678" or a function signature.
func parseSelector(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != 4 {
			return 0, fmt.Errorf("%q is not a 4-byte selector", s)
		}
		return uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3]), nil
	}
	open := strings.IndexByte(s, '(')
	if open <= 0 || !strings.HasSuffix(s, ")") || strings.ContainsAny(s, " \t") {
		return 0, fmt.Errorf("%q is neither a 4-byte hex selector nor a signature like transferOwnership(address)", s)
	}
	h := crypto.Keccak256([]byte(s))
	return uint64(h[0])<<24 | uint64(h[1])<<16 | uint64(h[2])<<8 | uint64(h[3]), nil
}

func resolveContract(s string, mon map[common.Address]string) (common.Address, bool) {
	if common.IsHexAddress(s) {
		a := common.HexToAddress(s)
		_, ok := mon[a]
		return a, ok
	}
	for a, name := range mon {
		if name == s {
			return a, true
		}
	}
	return common.Address{}, false
}
