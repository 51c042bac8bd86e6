package baseline

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
)

// Severity and confidence mapping (docs/baselines.md, "Severity"):
//
//   - a metric at robust z >= threshold: low; >= 2x threshold, or an
//     outflow/value above extreme_factor x its robust maximum: medium;
//   - a never-seen selector, or a new caller of a privileged-looking
//     selector: medium (low when the caller is a known_caller); a contract
//     calling for the first time: low;
//   - isolation-forest score >= threshold: low; >= threshold + 0.1: medium;
//   - the combined alert of a corroborated transaction: high.
//
// Confidences stay at or below 0.5 for single signals: a baseline
// deviation alone is a reason to look, not proof.
const (
	confMax         = 0.5
	confMin         = 0.2
	confNewSelector = 0.4
	confPrivileged  = 0.45
	confNewContract = 0.25
	// Scores of novelty findings, on the robust-z scale of the metrics,
	// so that evidence lines compare.
	scoreNewSelector = 10
	scorePrivileged  = 10
	scoreNewContract = 5
)

func metricConfidence(z, thr float64, extreme bool) float64 {
	if extreme {
		return confMax
	}
	return clamp(confMin+(confMax-confMin)*(1-thr/z), confMin, confMax)
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

func (d *detector) contractLabel(ci int) string {
	m := d.models[ci]
	if m.name == "" {
		return m.addr.Hex()
	}
	return fmt.Sprintf("%s (%s)", m.name, m.addr.Hex())
}

func (d *detector) contractName(ci int) string {
	if n := d.models[ci].name; n != "" {
		return n
	}
	return short(d.models[ci].addr)
}

func short(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// formatValue renders a raw metric value for humans.
func formatValue(k seriesKey, v float64) string {
	switch k.kind {
	case mOutflow, mValue:
		if k.token == (common.Address{}) {
			return fmt.Sprintf("%.6g wei (%.4f ETH)", v, v/1e18)
		}
		return fmt.Sprintf("%.6g base units (%.4f x 1e18)", v, v/1e18)
	case mGas:
		return fmt.Sprintf("%.0f gas", v)
	}
	return fmt.Sprintf("%.4g", v)
}

func (d *detector) newAlert(b *chain.Bundle, tx, ci int, metric string, fam family) alert.Alert {
	a := alert.Alert{
		TxIndex: tx,
		Labels: map[string]string{
			"kind": Kind, "metric": metric, "family": fam.String(),
			"contract": d.models[ci].addr.Hex(),
		},
		Key: d.models[ci].addr.Hex() + "/" + metric,
	}
	if tx >= 0 {
		a.TxHash = b.Block.Transactions()[tx].Hash()
	} else {
		a.Key += "/block"
	}
	return a
}

func (d *detector) metricAlert(b *chain.Bundle, tx, ci int, k seriesKey, sr *series, v verdict, thr float64, extreme bool) *deviation {
	name := k.String()
	fam := metricFamily(k.kind)
	a := d.newAlert(b, tx, ci, name, fam)
	a.Severity = alert.SeverityLow
	if v.Z >= 2*thr || extreme {
		a.Severity = alert.SeverityMedium
	}
	a.Confidence = metricConfidence(v.Z, thr, extreme)
	unit := "log units"
	if sr.Tf == transformCount {
		unit = "count units"
	}
	ratio := ""
	if v.Expected > 0 {
		ratio = fmt.Sprintf(", %.1fx the baseline", v.Raw/v.Expected)
	}
	what := map[uint8]string{
		mOutflow: "net outflow per block", mValue: "value moved per transaction", mGas: "gas per call",
		mCallers: "distinct callers per block", mCalls: "calls per block", mTxCalls: "calls per transaction",
		mLogs: "events per transaction",
	}[k.kind]
	subject := what
	switch k.kind {
	case mOutflow, mValue:
		subject = fmt.Sprintf("%s of %s", what, tokenLabel(k.token))
	case mGas, mCalls:
		subject = fmt.Sprintf("%s of %s", what, selectorName(k.sel))
	}
	a.Title = fmt.Sprintf("Baseline: unusual %s at %s: %s%s (robust z %.1f)", subject, d.contractName(ci), formatValue(k, v.Raw), ratio, v.Z)
	where := "this block"
	if tx >= 0 {
		where = "transaction " + a.TxHash.Hex()
		if k.kind == mOutflow {
			where += " (most of this block's outflow)"
		}
	}
	a.Summary = fmt.Sprintf("The %s at %s in %s is %s against a learned baseline of %s (robust z-score %.1f, threshold %.1f).",
		subject, d.contractName(ci), where, formatValue(k, v.Raw), formatValue(k, v.Expected), v.Z, thr)
	season := "median of the last values"
	if v.Seasonal {
		season = "this hour of day's own EWMA mean"
	}
	a.Evidence = []alert.Evidence{
		{Name: "contract", Value: d.contractLabel(ci)},
		{Name: "metric", Value: name},
		{Name: "observed", Value: formatValue(k, v.Raw)},
		{Name: "baseline_median", Value: fmt.Sprintf("%s (%s at hour %02d UTC)", formatValue(k, v.Expected), season, hourOf(b))},
		{Name: "baseline_mad", Value: fmt.Sprintf("%.4g %s (stddev judged with %.4g)", sr.MAD, unit, v.Scale)},
		{Name: "ewma_mean", Value: formatValue(k, sr.Tf.invert(sr.Level.Mean))},
		{Name: "ewma_stddev", Value: fmt.Sprintf("%.4g %s", sr.Level.std(), unit)},
		{Name: "n", Value: fmt.Sprintf("%d", sr.N)},
		{Name: "score", Value: fmt.Sprintf("robust z %.2f (threshold %.2f)", v.Z, thr)},
	}
	if v.RobMax > 0 {
		a.Evidence = append(a.Evidence, alert.Evidence{Name: "robust_max", Value: fmt.Sprintf("%s (observed is %.1fx; extreme above %.0fx)", formatValue(k, v.RobMax), v.Raw/v.RobMax, d.p.ExtremeFactor)})
	}
	if tx >= 0 && (k.kind == mOutflow || k.kind == mValue) {
		a.Token = k.token
		a.Value = d.exactAmount(b, tx, ci, k)
	}
	return &deviation{a: a, contract: ci, fam: fam, extreme: extreme}
}

func tokenLabel(t common.Address) string {
	if t == (common.Address{}) {
		return "ETH"
	}
	return "token " + short(t)
}

func hourOf(b *chain.Bundle) int { return int((b.Block.Time() / 3600) % 24) }

// exactAmount recomputes, in integers, the amount an outflow or value alert
// is about, for the alert's Value (loss estimates).
func (d *detector) exactAmount(b *chain.Bundle, tx, ci int, k seriesKey) *big.Int {
	if k.token == (common.Address{}) {
		// ETH moves are only known from traces, as floats: no exact
		// amount to give.
		return nil
	}
	contract := d.models[ci].addr
	in, out := new(big.Int), new(big.Int)
	for _, l := range b.Receipts[tx].Logs {
		tr, ok := chain.DecodeTransfer(l)
		if !ok || tr.Token != k.token || tr.From == tr.To {
			continue
		}
		if tr.From == contract {
			out.Add(out, tr.Amount)
		}
		if tr.To == contract {
			in.Add(in, tr.Amount)
		}
	}
	if k.kind == mValue {
		return in.Add(in, out)
	}
	return out.Sub(out, in)
}

// privileged reports whether calls to sel look privileged: configured so,
// or historically made by at most rare_callers distinct callers. A history
// needs warmup calls: the first callers of a newly used function are not
// yet a pattern.
func (d *detector) privileged(sel uint64, st *selectorStats) bool {
	if d.priv[sel] {
		return true
	}
	return *d.p.RareCallers > 0 && st != nil && st.Count >= d.model.warmup && st.distinct() <= *d.p.RareCallers
}

// novelty judges one call against what the contract has seen.
func (d *detector) novelty(b *chain.Bundle, tx, ci int, c callEntry, st *selectorStats) {
	m := d.models[ci]
	known := d.known[c.caller]
	real := !isPseudo(c.sel)
	switch {
	case real && st == nil:
		a := d.newAlert(b, tx, ci, "new_selector:"+selectorName(c.sel), famNovelty)
		a.Severity, a.Confidence = alert.SeverityMedium, confNewSelector
		if known {
			a.Severity = alert.SeverityLow
		}
		a.Title = fmt.Sprintf("Baseline: function %s called on %s for the first time", selectorName(c.sel), d.contractName(ci))
		a.Summary = fmt.Sprintf("%s called %s on %s, a function never called in the %d transactions learned so far.", c.caller.Hex(), selectorName(c.sel), d.contractName(ci), m.txs)
		a.Evidence = d.noveltyEvidence(ci, c, scoreNewSelector, "selector never seen")
		d.s.devs = append(d.s.devs, &deviation{a: a, contract: ci, fam: famNovelty})
	case real && !known && d.privileged(c.sel, st) && !st.calledBy(c.caller) && !(st.Many && m.callers.count(c.caller) > 0):
		a := d.newAlert(b, tx, ci, "new_privileged_caller:"+selectorName(c.sel), famNovelty)
		a.Key += "/" + c.caller.Hex()
		a.Severity, a.Confidence = alert.SeverityMedium, confPrivileged
		why := fmt.Sprintf("only %d distinct caller(s) before", st.distinct())
		if d.priv[c.sel] {
			why = "configured as privileged"
		}
		a.Title = fmt.Sprintf("Baseline: new caller %s of privileged-looking %s on %s", short(c.caller), selectorName(c.sel), d.contractName(ci))
		a.Summary = fmt.Sprintf("%s called %s on %s, which it never called before; the function looks privileged (%s).", c.caller.Hex(), selectorName(c.sel), d.contractName(ci), why)
		a.Evidence = d.noveltyEvidence(ci, c, scorePrivileged, why)
		a.Evidence = append(a.Evidence, alert.Evidence{Name: "previous_callers", Value: formatCallers(st)})
		d.s.devs = append(d.s.devs, &deviation{a: a, contract: ci, fam: famNovelty})
	}
	if c.depth >= 1 && !known && m.callers.count(c.caller) == 0 {
		a := d.newAlert(b, tx, ci, "new_contract_caller", famNovelty)
		a.Key += "/" + c.caller.Hex()
		a.Severity, a.Confidence = alert.SeverityLow, confNewContract
		a.Title = fmt.Sprintf("Baseline: contract %s reaches %s for the first time", short(c.caller), d.contractName(ci))
		via := "calls it"
		if c.sel == selIndirect {
			via = "is the entry point of a transaction that reaches it (no trace: the exact caller is unknown)"
		}
		a.Summary = fmt.Sprintf("Contract %s %s; no transaction learned so far came from it.", c.caller.Hex(), via)
		a.Evidence = d.noveltyEvidence(ci, c, scoreNewContract, "caller never seen")
		d.s.devs = append(d.s.devs, &deviation{a: a, contract: ci, fam: famNovelty})
	}
}

func (d *detector) noveltyEvidence(ci int, c callEntry, score float64, why string) []alert.Evidence {
	m := d.models[ci]
	return []alert.Evidence{
		{Name: "contract", Value: d.contractLabel(ci)},
		{Name: "caller", Value: c.caller.Hex()},
		{Name: "selector", Value: selectorName(c.sel)},
		{Name: "call_depth", Value: fmt.Sprintf("%d", c.depth)},
		{Name: "baseline", Value: fmt.Sprintf("%d transactions, %d calls, %d selectors, %d callers learned", m.txs, m.calls, len(m.selectors), m.callers.len())},
		{Name: "score", Value: fmt.Sprintf("%.0f (%s)", score, why)},
	}
}

func formatCallers(st *selectorStats) string {
	if st == nil || len(st.Callers) == 0 {
		return "none"
	}
	parts := make([]string, len(st.Callers))
	for i, c := range st.Callers {
		parts[i] = c.Hex()
	}
	s := strings.Join(parts, ", ")
	if st.Many {
		s += ", …"
	}
	return s
}

func (d *detector) forestAlert(b *chain.Bundle, tx, ci int, feat *[numFeatures]float64, score, thr float64) *deviation {
	m := d.models[ci]
	fm := m.forest
	a := d.newAlert(b, tx, ci, kindForest, famForest)
	a.Severity = alert.SeverityLow
	if score >= thr+0.1 {
		a.Severity = alert.SeverityMedium
	}
	a.Confidence = clamp(confMin+2*(score-thr), confMin, confMax)
	// Which features lie outside what the window has seen: the forest
	// gives no reasons, but these usually are them.
	var lo, hi [numFeatures]float64
	for k := range lo {
		lo[k], hi[k] = math.Inf(1), math.Inf(-1)
	}
	for _, r := range fm.rows {
		for k, v := range r {
			lo[k], hi[k] = min(lo[k], float64(v)), max(hi[k], float64(v))
		}
	}
	var feats, outside []string
	for k, v := range feat {
		feats = append(feats, fmt.Sprintf("%s=%.3g", featureNames[k], v))
		if v > hi[k] || v < lo[k] {
			outside = append(outside, fmt.Sprintf("%s=%.3g (window %.3g..%.3g)", featureNames[k], v, lo[k], hi[k]))
		}
	}
	a.Title = fmt.Sprintf("Baseline: transaction unlike recent ones at %s (isolation score %.2f)", d.contractName(ci), score)
	a.Summary = fmt.Sprintf("Transaction %s is isolated unusually fast by an isolation forest over the last %d transactions touching %s (score %.2f, threshold %.2f).", a.TxHash.Hex(), len(fm.rows), d.contractName(ci), score, thr)
	if len(outside) == 0 {
		outside = []string{"none (an unusual combination)"}
	}
	a.Evidence = []alert.Evidence{
		{Name: "contract", Value: d.contractLabel(ci)},
		{Name: "metric", Value: kindForest},
		{Name: "score", Value: fmt.Sprintf("%.3f (threshold %.2f; 2^(-mean path length / c(%d)))", score, thr, fm.forest.psi)},
		{Name: "features", Value: strings.Join(feats, ", ")},
		{Name: "outside_window", Value: strings.Join(outside, "; ")},
		{Name: "forest", Value: fmt.Sprintf("%d trees, sample %d, trained at transaction %d on the last %d, %d trainings", len(fm.forest.trees), fm.forest.psi, fm.trainedAt, min(int(fm.trainedAt), d.p.Forest.Window), fm.trainings)},
		{Name: "n", Value: fmt.Sprintf("%d", fm.n)},
	}
	return &deviation{a: a, contract: ci, fam: famForest}
}

func (d *detector) combinedAlert(b *chain.Bundle, tx, ci int, fams family, conf map[family]float64, parts []*deviation) *deviation {
	a := d.newAlert(b, tx, ci, "combined", fams)
	a.Labels["family"] = familyList(fams)
	a.Severity = alert.SeverityHigh
	miss := 1.0
	for _, c := range conf {
		miss *= 1 - c
	}
	a.Confidence = min(0.95, 1-miss)
	var titles []string
	for _, p := range parts {
		titles = append(titles, p.a.Title)
		if p.a.Value != nil && (a.Value == nil || p.a.Value.Cmp(a.Value) > 0) && p.a.Labels["family"] == famValue.String() {
			a.Value, a.Token = p.a.Value, p.a.Token
		}
	}
	a.Title = fmt.Sprintf("Baseline: transaction departs from %s's normal use in %d ways (%s)", d.contractName(ci), popcount(fams), familyList(fams))
	a.Summary = fmt.Sprintf("Transaction %s deviates from the learned baseline of %s in independent ways at once: %s.", a.TxHash.Hex(), d.contractName(ci), strings.Join(titles, "; "))
	a.Evidence = []alert.Evidence{
		{Name: "contract", Value: d.contractLabel(ci)},
		{Name: "metric", Value: "combined"},
		{Name: "families", Value: familyList(fams)},
		{Name: "score", Value: fmt.Sprintf("%d families; combined confidence %.2f", popcount(fams), a.Confidence)},
	}
	for _, t := range titles {
		a.Evidence = append(a.Evidence, alert.Evidence{Name: "signal", Value: t})
	}
	return &deviation{a: a, contract: ci, fam: 0}
}

func familyList(f family) string {
	var names []string
	for _, x := range []family{famValue, famGas, famCalls, famNovelty, famForest} {
		if f&x != 0 {
			names = append(names, x.String())
		}
	}
	return strings.Join(names, ", ")
}
