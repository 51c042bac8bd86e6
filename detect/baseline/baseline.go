// Package baseline is Warden's learned-baseline detector (kind "baseline"):
// for every monitored contract it learns, online and block by block, what
// normal use looks like (outflows, callers, call rates per function, gas,
// value per transaction, and all of them together in an isolation forest)
// and alerts on deviations with a score.
//
// Baselines are noisy by nature: a whale withdrawal or an admin change is
// unusual without being an attack. So one deviation alone is at most
// medium severity; only an extreme outflow backed by a different kind of
// signal in the same transaction, or three kinds of signal together, make
// a high alert. docs/baselines.md documents every metric, model, score and
// the severity mapping.
package baseline

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

// Kind is the detector kind in configuration files.
const Kind = "baseline"

// Factory builds baseline detectors.
func Factory() detect.Factory {
	return detect.Factory{
		Kind: Kind,
		Check: func(mon *config.Monitor, node *yaml.Node) error {
			var contracts map[common.Address]string
			if mon != nil && len(mon.Contracts) > 0 {
				contracts = map[common.Address]string{}
				for _, c := range mon.Contracts {
					if common.IsHexAddress(c.Address) {
						contracts[common.HexToAddress(c.Address)] = c.Name
					}
				}
			}
			_, err := decodeParams(node, contracts)
			return err
		},
		New: func(spec detect.Spec, mon *detect.Monitor, deps detect.Deps) (detect.Detector, error) {
			p, err := decodeParams(spec.Params, mon.Contracts)
			if err != nil {
				return nil, err
			}
			return newDetector(p, spec, mon, deps.Logger)
		},
	}
}

// family groups signals that say the same thing, so corroboration counts
// independent kinds of evidence rather than one fact measured twice.
type family uint8

const (
	famValue   family = 1 << iota // outflow, value moved
	famGas                        // gas per call
	famCalls                      // callers, call rates, calls per tx, logs
	famNovelty                    // new selector, new caller
	famForest                     // multivariate
)

func (f family) String() string {
	switch f {
	case famValue:
		return "value"
	case famGas:
		return "gas"
	case famCalls:
		return "calls"
	case famNovelty:
		return "novelty"
	case famForest:
		return "multivariate"
	}
	return "?"
}

// Metric kinds inside a contract's series map.
const (
	mOutflow uint8 = iota + 1
	mValue
	mGas
	mCallers
	mCalls
	mTxCalls
	mLogs
)

var metricKinds = map[uint8]string{
	mOutflow: kindOutflow, mValue: kindValue, mGas: kindGas, mCallers: kindCallers,
	mCalls: kindCalls, mTxCalls: kindTxCalls, mLogs: kindLogs,
}

func metricFamily(kind uint8) family {
	switch kind {
	case mOutflow, mValue:
		return famValue
	case mGas:
		return famGas
	}
	return famCalls
}

// seriesKey names one metric of one contract without allocating.
type seriesKey struct {
	kind  uint8
	token common.Address // outflow, value (zero = ETH)
	sel   uint64         // gas, calls
}

func (k seriesKey) String() string {
	name := metricKinds[k.kind]
	switch k.kind {
	case mOutflow, mValue:
		return name + ":" + tokenName(k.token)
	case mGas, mCalls:
		return name + ":" + selectorName(k.sel)
	}
	return name
}

func (k seriesKey) transform() transform {
	switch k.kind {
	case mOutflow, mValue, mGas:
		return transformLog
	}
	return transformCount
}

func tokenName(t common.Address) string {
	if t == (common.Address{}) {
		return "ETH"
	}
	return t.Hex()
}

// contractModel is everything learned about one contract.
type contractModel struct {
	addr      common.Address
	name      string
	txs       uint64 // successful transactions that touched it
	blocks    uint64 // blocks in which it was touched
	calls     uint64 // calls into it (selector statistics total)
	series    map[seriesKey]*series
	selectors map[uint64]*selectorStats
	callers   *callerSet
	forest    *forestModel
	capped    bool // maxSeries reached (logged once)
}

// Bounds on what one contract's model may hold: a contract receiving spam
// tokens or called with random selectors would otherwise grow without
// limit. Legitimate contracts stay far below.
const (
	maxSeries    = 512
	maxSelectors = 1024
)

type detector struct {
	mu        sync.Mutex
	p         *Params
	spec      detect.Spec
	mon       *detect.Monitor
	log       *slog.Logger
	model     *model
	known     map[common.Address]bool
	priv      map[uint64]bool
	overrides map[seriesKey]float64
	addrs     []common.Address // sorted
	index     map[common.Address]int
	models    []*contractModel // by index
	s         scratch
}

func newDetector(p *Params, spec detect.Spec, mon *detect.Monitor, logger *slog.Logger) (*detector, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	d := &detector{
		p: p, spec: spec, mon: mon, log: logger, model: newModel(p),
		known: map[common.Address]bool{}, priv: map[uint64]bool{},
		overrides: map[seriesKey]float64{}, index: map[common.Address]int{},
	}
	for _, a := range p.KnownCallers {
		d.known[common.HexToAddress(a)] = true
	}
	for _, s := range p.PrivilegedSelectors {
		sel, _ := parseSelector(s) // checked by decodeParams
		d.priv[sel] = true
	}
	for name, v := range p.Thresholds {
		if k, ok := parseMetricName(name); ok {
			d.overrides[k] = v
		}
	}
	if len(p.Contracts) > 0 {
		for _, c := range p.Contracts {
			a, _ := resolveContract(c, mon.Contracts)
			if !slices.Contains(d.addrs, a) {
				d.addrs = append(d.addrs, a)
			}
		}
	} else {
		for a := range mon.Contracts {
			d.addrs = append(d.addrs, a)
		}
	}
	if len(d.addrs) == 0 {
		return nil, fmt.Errorf("monitor %q has no contracts to learn", mon.Name)
	}
	slices.SortFunc(d.addrs, func(a, b common.Address) int { return a.Cmp(b) })
	for i, a := range d.addrs {
		d.index[a] = i
		d.models = append(d.models, d.newContractModel(a))
	}
	d.s.init(len(d.addrs))
	return d, nil
}

func (d *detector) newContractModel(a common.Address) *contractModel {
	return &contractModel{
		addr: a, name: d.mon.Contracts[a],
		series:    map[seriesKey]*series{},
		selectors: map[uint64]*selectorStats{},
		callers:   newCallerSet(d.p.MaxCallers),
		forest:    newForestModel(&d.p.Forest),
	}
}

// parseMetricName parses a full metric name of a threshold override.
func parseMetricName(name string) (seriesKey, bool) {
	for kind, kn := range metricKinds {
		if len(name) <= len(kn)+1 || name[:len(kn)+1] != kn+":" {
			continue
		}
		rest := name[len(kn)+1:]
		switch kind {
		case mOutflow, mValue:
			if rest == "ETH" {
				return seriesKey{kind: kind}, true
			}
			if common.IsHexAddress(rest) {
				return seriesKey{kind: kind, token: common.HexToAddress(rest)}, true
			}
		case mGas, mCalls:
			if sel, err := parseSelector(rest); err == nil {
				return seriesKey{kind: kind, sel: sel}, true
			}
		}
	}
	return seriesKey{}, false
}

// Requirements: a block that does not touch the monitor changes no model
// (per-block metrics are only observed for contracts active in the block),
// so the engine may skip it.
func (d *detector) Requirements() detect.Requirements {
	if !d.p.Traces {
		return detect.Requirements{Scoped: true}
	}
	return detect.Requirements{Traces: true, TraceAddresses: slices.Clone(d.addrs), Scoped: true}
}

func (d *detector) threshold(k seriesKey) float64 {
	if v, ok := d.overrides[k]; ok {
		return v
	}
	return d.p.Thresholds[metricKinds[k.kind]]
}

// callEntry is one call into a monitored contract.
type callEntry struct {
	caller common.Address
	sel    uint64
	depth  int
	gas    uint64
}

// tokenFlow is what one token did at a contract within a transaction.
type tokenFlow struct {
	token   common.Address
	in, out float64
}

// txObs is what one transaction did at one contract.
type txObs struct {
	touched   bool
	direct    bool
	calls     []callEntry
	flows     []tokenFlow
	ownLogs   int
	transfers int
}

// sent reports whether tokens left the contract.
func (o *txObs) sent() bool {
	for _, f := range o.flows {
		if f.out > 0 {
			return true
		}
	}
	return false
}

func (o *txObs) flow(token common.Address) *tokenFlow {
	for i := range o.flows {
		if o.flows[i].token == token {
			return &o.flows[i]
		}
	}
	o.flows = append(o.flows, tokenFlow{token: token})
	return &o.flows[len(o.flows)-1]
}

// blockFlow is a token's net outflow from a contract in a block and the
// transaction that contributed most of it.
type blockFlow struct {
	token  common.Address
	total  float64
	bestTx int
	best   float64
}

// blockAgg is what a block did at one contract.
type blockAgg struct {
	active  bool
	flows   []blockFlow
	callers map[common.Address]struct{}
	calls   map[uint64]int
}

// scratch is reused from block to block so the per-transaction path does
// not allocate.
type scratch struct {
	obs     []txObs
	touched []int
	agg     []blockAgg
	tokens  []common.Address
	sels    []uint64
	devs    []*deviation
	// What the block teaches, applied once the whole block is judged.
	learnSeries []pendingValue
	learnCalls  []pendingCall
	learnTxs    []pendingTx
	quarantine  []txContract
}

// txContract identifies one transaction's effect on one contract; tx < 0
// is the block itself.
type txContract struct{ tx, ci int }

type pendingValue struct {
	at   txContract
	sr   *series
	raw  float64
	hour int
}

type pendingCall struct {
	at txContract
	c  callEntry
}

type pendingTx struct {
	at   txContract
	feat [numFeatures]float64
}

func (s *scratch) init(n int) {
	s.obs = make([]txObs, n)
	s.agg = make([]blockAgg, n)
	for i := range s.agg {
		s.agg[i].callers = map[common.Address]struct{}{}
		s.agg[i].calls = map[uint64]int{}
	}
}

// deviation is an alert in the making plus what corroboration needs.
type deviation struct {
	a        alert.Alert
	contract int
	fam      family
	extreme  bool
}

func (d *detector) Detect(ctx context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := &d.s
	for i := range s.agg {
		ag := &s.agg[i]
		ag.active = false
		ag.flows = ag.flows[:0]
		clear(ag.callers)
		clear(ag.calls)
	}
	s.devs = s.devs[:0]
	s.learnSeries, s.learnCalls, s.learnTxs, s.quarantine = s.learnSeries[:0], s.learnCalls[:0], s.learnTxs[:0], s.quarantine[:0]
	hour := int((b.Block.Time() / 3600) % 24)
	txs := b.Block.Transactions()
	traced := len(b.Traces) == len(txs)
	for i, tx := range txs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rc := b.Receipts[i]
		if rc.Status != types.ReceiptStatusSuccessful {
			// Nothing moved; probes are the exploit detectors' business.
			continue
		}
		var trace *chain.CallFrame
		if traced && b.Traces[i].Error == "" {
			trace = b.Traces[i].Result
		}
		var sender common.Address
		if i < len(b.Senders) {
			sender = b.Senders[i]
		}
		d.observeTx(b, i, tx, rc, sender, trace, hour)
	}
	d.endBlock(b, hour)
	d.corroborate(b)
	d.learn(b)
	for _, dev := range s.devs {
		// The configured severity caps what the baseline may say, so
		// an operator can keep a noisy contract's baseline at low.
		if cap := d.spec.Severity; cap != alert.SeverityUnknown && dev.a.Severity > cap {
			dev.a.Severity = cap
		}
		emit(dev.a)
	}
	return nil
}

// touch marks contract ci as touched by the current transaction.
func (d *detector) touch(ci int) *txObs {
	o := &d.s.obs[ci]
	if !o.touched {
		o.touched = true
		d.s.touched = append(d.s.touched, ci)
	}
	return o
}

// observeTx extracts what transaction i did at each monitored contract,
// scores it and learns it.
func (d *detector) observeTx(b *chain.Bundle, i int, tx *types.Transaction, rc *types.Receipt, sender common.Address, trace *chain.CallFrame, hour int) {
	s := &d.s
	for _, ci := range s.touched {
		o := &s.obs[ci]
		*o = txObs{calls: o.calls[:0], flows: o.flows[:0]}
	}
	s.touched = s.touched[:0]
	s.tokens = s.tokens[:0]
	to := tx.To()
	if to != nil {
		if ci, ok := d.index[*to]; ok {
			d.touch(ci).direct = true
		}
	}
	for _, l := range rc.Logs {
		if ci, ok := d.index[l.Address]; ok {
			d.touch(ci).ownLogs++
		}
		if len(l.Topics) != 3 || l.Topics[0] != chain.TransferTopic || len(l.Data) != 32 {
			continue
		}
		if !slices.Contains(s.tokens, l.Address) {
			s.tokens = append(s.tokens, l.Address)
		}
		from := common.BytesToAddress(l.Topics[1][12:])
		dest := common.BytesToAddress(l.Topics[2][12:])
		if from == dest {
			continue
		}
		amt := wordToFloat(l.Data)
		if ci, ok := d.index[from]; ok {
			o := d.touch(ci)
			o.flow(l.Address).out += amt
			o.transfers++
		}
		if ci, ok := d.index[dest]; ok {
			o := d.touch(ci)
			o.flow(l.Address).in += amt
			o.transfers++
		}
	}
	if trace != nil {
		d.walk(trace, 0, rc.GasUsed)
	} else if len(s.touched) > 0 {
		for _, ci := range s.touched {
			o := &s.obs[ci]
			if o.direct {
				o.calls = append(o.calls, callEntry{caller: sender, sel: selectorOf(tx.Data()), depth: 0, gas: rc.GasUsed})
				if v := tx.Value(); v.Sign() > 0 {
					o.flow(common.Address{}).in += bigToFloat(v)
				}
				continue
			}
			if o.ownLogs == 0 && !o.sent() {
				// Only received tokens: a plain transfer to it (an
				// airdrop, a donation) runs none of its code.
				continue
			}
			// Reached through another contract: without a trace the
			// entry point (tx.To) is the best guess at the caller.
			caller := sender
			if to != nil {
				caller = *to
			}
			o.calls = append(o.calls, callEntry{caller: caller, sel: selIndirect, depth: 1})
		}
	}
	if len(s.touched) == 0 {
		return
	}
	// Contracts in address order, so alerts come out the same on replay.
	slices.Sort(s.touched)
	for _, ci := range s.touched {
		d.judgeTx(b, i, rc, ci, hour, trace != nil)
	}
}

// walk collects calls into monitored contracts and ETH moved by them from
// a call tree.
func (d *detector) walk(f *chain.CallFrame, depth int, txGas uint64) {
	isCall := f.Type == "CALL" || f.Type == "CALLCODE" || (depth == 0 && f.Type == "")
	if isCall {
		var value float64
		if f.Value != nil && f.Error == "" {
			value = bigToFloat(f.Value.ToInt())
		}
		if ci, ok := d.index[f.To]; ok {
			o := d.touch(ci)
			gas := uint64(f.GasUsed)
			if depth == 0 {
				gas = txGas
			}
			o.calls = append(o.calls, callEntry{caller: f.From, sel: selectorOf(f.Input), depth: depth, gas: gas})
			if depth == 0 {
				o.direct = true
			}
			if value > 0 {
				o.flow(common.Address{}).in += value
			}
		}
		if ci, ok := d.index[f.From]; ok && value > 0 && f.From != f.To {
			d.touch(ci).flow(common.Address{}).out += value
		}
	}
	for k := range f.Calls {
		d.walk(&f.Calls[k], depth+1, txGas)
	}
}

// judgeTx scores and learns the per-transaction metrics of contract ci.
func (d *detector) judgeTx(b *chain.Bundle, i int, rc *types.Receipt, ci int, hour int, traced bool) {
	s := &d.s
	m := d.models[ci]
	o := &s.obs[ci]
	ag := &s.agg[ci]
	ag.active = true
	warm := m.txs >= uint64(d.p.ContractWarmup)

	// Value moved per transaction, per token; net outflow feeds the block.
	var moved float64
	for _, f := range o.flows {
		gross := f.in + f.out
		moved += gross
		if gross > 0 {
			d.metric(b, i, ci, seriesKey{kind: mValue, token: f.token}, gross, hour)
		}
		if net := f.out - f.in; net > 1e-9*f.out {
			d.addBlockFlow(ag, f.token, net, i)
		}
	}
	for _, c := range o.calls {
		if c.gas > 0 {
			d.metric(b, i, ci, seriesKey{kind: mGas, sel: c.sel}, float64(c.gas), hour)
		}
	}
	if traced && len(o.calls) > 0 {
		// Only a trace can show more than one call per transaction;
		// without one the metric is a constant and learns nothing.
		d.metric(b, i, ci, seriesKey{kind: mTxCalls}, float64(len(o.calls)), hour)
	}
	if o.ownLogs > 0 {
		d.metric(b, i, ci, seriesKey{kind: mLogs}, float64(o.ownLogs), hour)
	}

	// Novelty, judged before this transaction is learned.
	var feat [numFeatures]float64
	feat[featValue] = math.Log1p(moved)
	feat[featGas] = math.Log1p(float64(rc.GasUsed))
	feat[featLogs] = float64(len(rc.Logs))
	feat[featTokens] = float64(len(s.tokens))
	feat[featDepth] = 1
	feat[featCalls] = float64(len(o.calls))
	feat[featTransfers] = float64(o.transfers)
	minDepth := -1
	for k, c := range o.calls {
		st := m.selectors[c.sel]
		var cnt uint64
		if st != nil {
			cnt = st.Count
		}
		rarity := -math.Log2((float64(cnt) + 1) / (float64(m.calls) + 2))
		feat[featRarity] = max(feat[featRarity], rarity)
		feat[featNovelty] = max(feat[featNovelty], 1/(1+float64(m.callers.count(c.caller))))
		if minDepth < 0 || c.depth < minDepth {
			minDepth = c.depth
		}
		if warm && !repeated(o.calls[:k], c) {
			d.novelty(b, i, ci, c, st)
		}
	}
	if minDepth >= 0 {
		feat[featDepth] = float64(minDepth)
	}
	d.multivariate(b, i, ci, &feat, warm)
	at := txContract{i, ci}
	s.learnTxs = append(s.learnTxs, pendingTx{at: at, feat: feat})
	for _, c := range o.calls {
		s.learnCalls = append(s.learnCalls, pendingCall{at: at, c: c})
		ag.callers[c.caller] = struct{}{}
		ag.calls[c.sel]++
	}
}

// repeated reports whether an earlier call of the same transaction had the
// same caller and selector (one finding, not two).
func repeated(earlier []callEntry, c callEntry) bool {
	for _, e := range earlier {
		if e.caller == c.caller && e.sel == c.sel {
			return true
		}
	}
	return false
}

func (d *detector) addBlockFlow(ag *blockAgg, token common.Address, net float64, tx int) {
	for k := range ag.flows {
		f := &ag.flows[k]
		if f.token == token {
			f.total += net
			if net > f.best {
				f.best, f.bestTx = net, tx
			}
			return
		}
	}
	ag.flows = append(ag.flows, blockFlow{token: token, total: net, bestTx: tx, best: net})
}

// endBlock scores and learns the per-block metrics of every contract the
// block touched. Per-block metrics are observed only in blocks where they
// are non-zero: a contract idle in most blocks would otherwise have a
// median of zero and make any activity look extreme.
func (d *detector) endBlock(b *chain.Bundle, hour int) {
	s := &d.s
	for ci, m := range d.models {
		ag := &s.agg[ci]
		if !ag.active {
			continue
		}
		m.blocks++
		slices.SortFunc(ag.flows, func(x, y blockFlow) int { return x.token.Cmp(y.token) })
		for _, f := range ag.flows {
			tx := -1
			if f.best >= 0.5*f.total {
				tx = f.bestTx
			}
			d.metric(b, tx, ci, seriesKey{kind: mOutflow, token: f.token}, f.total, hour)
		}
		if n := len(ag.callers); n > 0 {
			d.metric(b, -1, ci, seriesKey{kind: mCallers}, float64(n), hour)
		}
		s.sels = s.sels[:0]
		for sel := range ag.calls {
			s.sels = append(s.sels, sel)
		}
		slices.Sort(s.sels)
		for _, sel := range s.sels {
			d.metric(b, -1, ci, seriesKey{kind: mCalls, sel: sel}, float64(ag.calls[sel]), hour)
		}
	}
}

// metric scores raw against a series (if it is warm), records a deviation
// and learns the value. tx < 0 is a block-level observation.
func (d *detector) metric(b *chain.Bundle, tx, ci int, k seriesKey, raw float64, hour int) {
	m := d.models[ci]
	sr := m.series[k]
	if sr == nil {
		if len(m.series) >= maxSeries {
			// Spam tokens or random selectors must not grow memory
			// and state without bound; established metrics go on.
			if !m.capped {
				m.capped = true
				d.log.Warn("baseline: too many metrics; new ones are not learned", "monitor", d.mon.Name, "contract", m.addr.Hex(), "limit", maxSeries)
			}
			return
		}
		sr = newSeries(k.transform(), d.model)
		m.series[k] = sr
	}
	if sr.warm(d.model) {
		v := sr.score(d.model, raw, hour, d.p.ExtremeFactor)
		thr := d.threshold(k)
		extreme := v.Extreme && (k.kind == mOutflow || k.kind == mValue)
		if v.Z >= thr || extreme {
			d.s.devs = append(d.s.devs, d.metricAlert(b, tx, ci, k, sr, v, thr, extreme))
		}
	}
	d.s.learnSeries = append(d.s.learnSeries, pendingValue{at: txContract{tx, ci}, sr: sr, raw: raw, hour: hour})
}

// multivariate scores the feature vector with the contract's forest.
func (d *detector) multivariate(b *chain.Bundle, i, ci int, feat *[numFeatures]float64, warm bool) {
	fp := &d.p.Forest
	if fp.Disabled {
		return
	}
	m := d.models[ci]
	fm := m.forest
	roundFeatures(feat)
	if warm && fm.forest != nil {
		sc := fm.forest.score(feat[:])
		if thr := d.p.Thresholds[kindForest]; sc >= thr {
			d.s.devs = append(d.s.devs, d.forestAlert(b, i, ci, feat, sc, thr))
		}
	}
}

// corroborate adds a combined alert for each (transaction, contract) whose
// deviations are independent enough to make a high alert:
//   - an extreme outflow or value deviation plus a gas, call-pattern or
//     novelty deviation (the multivariate score does not count here: it
//     already sees the value), or
//   - deviations of at least three families.
func (d *detector) corroborate(b *chain.Bundle) {
	s := &d.s
	type group struct {
		tx, ci  int
		fams    family
		extreme bool
		conf    map[family]float64
		parts   []*deviation
	}
	var groups []*group
	for _, dev := range s.devs {
		if dev.a.TxIndex < 0 {
			continue
		}
		var g *group
		for _, x := range groups {
			if x.tx == dev.a.TxIndex && x.ci == dev.contract {
				g = x
				break
			}
		}
		if g == nil {
			g = &group{tx: dev.a.TxIndex, ci: dev.contract, conf: map[family]float64{}}
			groups = append(groups, g)
		}
		g.fams |= dev.fam
		g.extreme = g.extreme || (dev.extreme && dev.fam == famValue)
		g.conf[dev.fam] = max(g.conf[dev.fam], dev.a.Confidence)
		g.parts = append(g.parts, dev)
	}
	for _, g := range groups {
		n := popcount(g.fams)
		corroborated := g.extreme && g.fams&(famGas|famCalls|famNovelty) != 0
		if !corroborated && n < 3 {
			continue
		}
		s.devs = append(s.devs, d.combinedAlert(b, g.tx, g.ci, g.fams, g.conf, g.parts))
		s.quarantine = append(s.quarantine, txContract{g.tx, g.ci})
	}
}

// learn applies what the block taught, except what transactions with a
// high (combined) alert did at the contract concerned: an attacker who
// repeats an exploit stays new, and the exploit's amounts do not raise the
// bar for the next attempt. Every transaction of a block is therefore
// judged against the models as they were after the previous block.
func (d *detector) learn(b *chain.Bundle) {
	s := &d.s
	skip := func(at txContract) bool { return slices.Contains(s.quarantine, at) }
	for _, v := range s.learnSeries {
		if !skip(v.at) {
			v.sr.add(d.model, v.raw, v.hour)
		}
	}
	for _, pc := range s.learnCalls {
		if skip(pc.at) {
			continue
		}
		m := d.models[pc.at.ci]
		st := m.selectors[pc.c.sel]
		if st == nil && len(m.selectors) < maxSelectors {
			st = &selectorStats{FirstBlock: b.Number()}
			m.selectors[pc.c.sel] = st
		}
		if st != nil {
			st.add(pc.c.caller)
		}
		m.calls++
		m.callers.add(pc.c.caller)
	}
	fp := &d.p.Forest
	for k := range s.learnTxs {
		pt := &s.learnTxs[k]
		if skip(pt.at) {
			continue
		}
		m := d.models[pt.at.ci]
		m.txs++
		if fp.Disabled {
			continue
		}
		fm := m.forest
		fm.add(fp, &pt.feat)
		if fm.due(fp, min(d.p.ContractWarmup, fp.Window)) {
			fm.fit(fp, fm.n)
			fm.trainings++
		}
	}
}

func popcount(f family) int {
	n := 0
	for ; f != 0; f &= f - 1 {
		n++
	}
	return n
}

// wordToFloat reads a 32-byte big-endian unsigned integer as a float64
// without allocating (baselines compare magnitudes; 53 bits are plenty).
func wordToFloat(w []byte) float64 {
	var f float64
	for k := 0; k < 32; k += 8 {
		v := uint64(w[k])<<56 | uint64(w[k+1])<<48 | uint64(w[k+2])<<40 | uint64(w[k+3])<<32 |
			uint64(w[k+4])<<24 | uint64(w[k+5])<<16 | uint64(w[k+6])<<8 | uint64(w[k+7])
		f = f*18446744073709551616.0 + float64(v)
	}
	return f
}

// bigToFloat converts a non-negative big.Int to float64 without allocating.
func bigToFloat(v *big.Int) float64 {
	if v.Sign() <= 0 {
		return 0
	}
	if v.IsUint64() {
		return float64(v.Uint64())
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

var _ detect.Stateful = (*detector)(nil)
