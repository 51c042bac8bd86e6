package backtest

import (
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
)

// Threshold is a proposed minimum confidence for one detector: its alerts
// below it are dropped by the engine (config: detectors[].min_confidence).
type Threshold struct {
	Detector      string  `json:"detector"`
	MinConfidence float64 `json:"min_confidence"`
	// FPBefore/FPAfter are the detector's false positives (benign
	// transactions flagged) without and with the threshold.
	FPBefore int `json:"fp_before"`
	FPAfter  int `json:"fp_after"`
	// Detected scenarios by this detector without and with it.
	TPBefore int `json:"tp_before"`
	TPAfter  int `json:"tp_after"`
}

// Calibration is the outcome of Calibrate.
type Calibration struct {
	TargetPer10k float64     `json:"target_fp_per_10k_tx"`
	Thresholds   []Threshold `json:"thresholds"`
	Before       Overall     `json:"before"`
	After        Overall     `json:"after"`
	// Met says whether the target was reached.
	Met bool `json:"met"`
}

// Calibrate proposes per-detector confidence thresholds that bring the
// overall false-positive rate (alerts at or above minSev on benign
// transactions, per 10,000) down to targetPer10k while losing as few
// detected scenarios as possible.
//
// It is greedy: each step raises one detector's threshold to just above
// its next-lowest false-positive confidence, choosing the step that costs
// the fewest overall detections and, among those, removes the most false
// positives. It stops when the target is met or no step can lower the rate.
// Raising a threshold never adds alerts, so the result is checked by simply
// re-scoring the filtered alerts.
func Calibrate(labels Labels, det *Detection, minSev alert.Severity, targetPer10k float64) *Calibration {
	cal := &Calibration{TargetPer10k: targetPer10k}
	before := Score(labels, det, minSev)
	cal.Before = before.Overall
	thr := map[string]float64{}
	current := before
	for current.Overall.FPPer10kTx > targetPer10k {
		bestDet, bestThr := "", 0.0
		bestLost, bestGain := 1<<30, 0
		for _, row := range current.Detectors {
			if row.FP == 0 {
				continue
			}
			next, ok := nextThreshold(det, labels, row.Detector, thr[row.Detector], minSev)
			if !ok {
				continue
			}
			trial := cloneThresholds(thr)
			trial[row.Detector] = next
			r := Score(labels, filter(det, trial), minSev)
			lost := current.Overall.Detected - r.Overall.Detected
			gain := current.Overall.FalsePositives - r.Overall.FalsePositives
			if gain <= 0 {
				continue
			}
			if lost < bestLost || (lost == bestLost && gain > bestGain) {
				bestDet, bestThr, bestLost, bestGain = row.Detector, next, lost, gain
			}
		}
		if bestDet == "" {
			break
		}
		thr[bestDet] = bestThr
		current = Score(labels, filter(det, thr), minSev)
	}
	cal.After = current.Overall
	cal.Met = current.Overall.FPPer10kTx <= targetPer10k
	beforeRows := map[string]DetectorRow{}
	for _, r := range before.Detectors {
		beforeRows[r.Detector] = r
	}
	afterRows := map[string]DetectorRow{}
	for _, r := range current.Detectors {
		afterRows[r.Detector] = r
	}
	names := make([]string, 0, len(thr))
	for n := range thr {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		cal.Thresholds = append(cal.Thresholds, Threshold{
			Detector: n, MinConfidence: thr[n],
			FPBefore: beforeRows[n].FP, FPAfter: afterRows[n].FP,
			TPBefore: beforeRows[n].TP, TPAfter: afterRows[n].TP,
		})
	}
	return cal
}

// nextThreshold is the smallest confidence above cur that drops at least
// one more of the detector's false-positive alerts: just above the lowest
// confidence among its remaining false positives.
func nextThreshold(det *Detection, labels Labels, detector string, cur float64, minSev alert.Severity) (float64, bool) {
	attack := map[common.Hash]bool{}
	attackBlock := map[uint64]bool{}
	for _, r := range labels.Runs {
		for _, t := range r.Attack {
			attack[t.Hash] = true
			attackBlock[t.Block] = true
		}
	}
	var confs []float64
	for _, a := range det.Alerts {
		if a.Detector != detector || a.Severity < minSev || a.Confidence < cur || a.Labels["kind"] == "detector_failed" {
			continue
		}
		benign := (a.TxHash != (common.Hash{}) && !attack[a.TxHash]) || (a.TxHash == (common.Hash{}) && !attackBlock[a.BlockNumber])
		if benign {
			confs = append(confs, a.Confidence)
		}
	}
	if len(confs) == 0 {
		return 0, false
	}
	lowest := slices.Min(confs)
	// Round up to two decimals so the proposal reads well in a config
	// file and still excludes the lowest false positive.
	next := float64(int(lowest*100)+1) / 100
	if next > 1 {
		return 0, false
	}
	return next, true
}

func cloneThresholds(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// filter drops alerts below their detector's threshold.
func filter(det *Detection, thr map[string]float64) *Detection {
	out := &Detection{Blocks: det.Blocks, Txs: det.Txs}
	for _, a := range det.Alerts {
		if t, ok := thr[a.Detector]; ok && a.Confidence < t {
			continue
		}
		out.Alerts = append(out.Alerts, a)
	}
	return out
}

// WritePatch writes the thresholds as a YAML config patch: for each
// detector, the min_confidence to set on it in every monitor.
func (c *Calibration) WritePatch(w io.Writer) error {
	_, err := fmt.Fprintf(w, "# Proposed by `warden backtest --calibrate --target-fpr %g`.\n# Before: recall %.3f, %.2f false positives per 10k benign transactions.\n# After:  recall %.3f, %.2f false positives per 10k benign transactions (target %s).\n# Set each detector's min_confidence in your monitors:\ndetectors:\n",
		c.TargetPer10k/10_000, c.Before.Recall, c.Before.FPPer10kTx, c.After.Recall, c.After.FPPer10kTx, map[bool]string{true: "met", false: "NOT met"}[c.Met])
	if err != nil {
		return err
	}
	if len(c.Thresholds) == 0 {
		_, err = fmt.Fprintln(w, "  {}  # no change needed")
		return err
	}
	for _, t := range c.Thresholds {
		if _, err := fmt.Fprintf(w, "  %s:\n    min_confidence: %.2f  # false positives %d -> %d, scenarios detected %d -> %d\n", t.Detector, t.MinConfidence, t.FPBefore, t.FPAfter, t.TPBefore, t.TPAfter); err != nil {
			return err
		}
	}
	return nil
}
