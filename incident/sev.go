package incident

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/warden-dev/warden/alert"
)

// Level is an incident's SEV level: how much of the organisation the
// incident needs, SEV1 (worst: everyone, now) to SEV4 (business hours).
// It is separate from alert.Severity, which rates one detector finding;
// the level rates the whole incident and people may change it.
type Level int

const (
	// LevelUnset is an incident stored before levels existed.
	LevelUnset Level = iota
	SEV1
	SEV2
	SEV3
	SEV4
)

func (l Level) String() string {
	if l >= SEV1 && l <= SEV4 {
		return "SEV" + strconv.Itoa(int(l))
	}
	return "unset"
}

// Worse reports whether l is more severe than other; an unset level is
// better than any set one.
func (l Level) Worse(other Level) bool {
	if l == LevelUnset {
		return false
	}
	return other == LevelUnset || l < other
}

// ParseLevel accepts SEV1..SEV4 in any case, with or without the "SEV".
func ParseLevel(s string) (Level, error) {
	t := strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(s)), "SEV")
	n, err := strconv.Atoi(t)
	if err != nil || n < int(SEV1) || n > int(SEV4) {
		return LevelUnset, fmt.Errorf("unknown SEV level %q (want SEV1, SEV2, SEV3 or SEV4)", s)
	}
	return Level(n), nil
}

func (l Level) MarshalText() ([]byte, error) {
	if l == LevelUnset {
		return []byte{}, nil
	}
	return []byte(l.String()), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LevelUnset
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// LabelValueAtRiskUSD is the alert label carrying the US dollar value a
// finding puts at risk, as a decimal number. Detectors and rules that can
// price what they see set it; the SEV derivation and the postmortem read it.
const LabelValueAtRiskUSD = "value_at_risk_usd"

// Thresholds of the derivation (docs/incidents.md has the table).
const (
	sev1ValueUSD = 1_000_000
	sev2ValueUSD = 100_000
	sev3ValueUSD = 10_000
	sev1Share    = 0.25
	sev2Share    = 0.05
	// A finding less sure than this (a withdrawal-shaped outflow, a
	// depositor taking back its own funds) cannot raise the level through
	// the value it moved: large honest withdrawals are common.
	valueMinConfidence = 0.5
	// The confidence a critical finding needs to be SEV1 on its own.
	sev1CriticalConfidence = 0.8
	// The confidence a high finding needs to be SEV2.
	sev2HighConfidence = 0.7
)

// Assessment is the level one alert, or the alerts of an incident, call for
// and why.
type Assessment struct {
	Level  Level  `json:"level"`
	Reason string `json:"reason"`
	// ValueAtRiskUSD is the largest value_at_risk_usd label (0: unknown).
	// The largest, not the sum: a correlation alert repeats the value its
	// constituent alerts already carry.
	ValueAtRiskUSD float64 `json:"value_at_risk_usd,omitempty"`
	// Share is the largest share of a monitored contract's balance that
	// left in one transaction (0: unknown).
	Share         float64 `json:"share,omitempty"`
	MaxConfidence float64 `json:"max_confidence"`
}

// AlertKind is an alert's kind: the "kind" label correlation and failures
// set, else the detector.
func AlertKind(a *alert.Alert) string {
	if k := a.Labels["kind"]; k != "" {
		return k
	}
	return a.Detector
}

// AssessAlert derives the level one alert calls for. The first matching
// row of the table wins, so the reason names the strongest signal.
func AssessAlert(a *alert.Alert) Assessment {
	kind := AlertKind(a)
	usd := valueAtRiskUSD(a)
	share := shareOfBalance(a)
	conf := a.Confidence
	valued := conf == 0 || conf >= valueMinConfidence // 0: the detector did not say
	out := Assessment{ValueAtRiskUSD: usd, Share: share, MaxConfidence: conf}
	set := func(l Level, reason string, args ...any) Assessment {
		out.Level, out.Reason = l, fmt.Sprintf(reason, args...)
		return out
	}
	switch {
	case kind == "detector_failed" || kind == "throttled":
		return set(SEV4, "%s: an operational notice, not evidence of an attack", kind)
	case a.Status == alert.StatusRetracted:
		return set(SEV4, "alert retracted by a reorg")
	case kind == "correlated_attack" && a.Labels["stage"] == "laundering":
		return set(SEV1, "laundering of exploited funds (%s)", a.Detector)
	case kind == "correlated_attack" && a.Severity >= alert.SeverityCritical:
		return set(SEV1, "correlated attack signals at critical severity (confidence %.2f)", conf)
	case valued && usd >= sev1ValueUSD:
		return set(SEV1, "value at risk $%s (>= $1M) from %s", FormatUSD(usd), a.Detector)
	case valued && share >= sev1Share:
		return set(SEV1, "%.0f%% of a monitored contract's balance left in one transaction (%s)", share*100, a.Detector)
	case a.Severity >= alert.SeverityCritical && conf >= sev1CriticalConfidence:
		return set(SEV1, "critical %s alert with confidence %.2f", a.Detector, conf)
	case a.Severity >= alert.SeverityCritical:
		return set(SEV2, "critical %s alert with confidence %.2f (below %.1f)", a.Detector, conf, sev1CriticalConfidence)
	case kind == "correlated_attack":
		return set(SEV2, "correlated attack signals (%s)", a.Labels["signals"])
	case valued && usd >= sev2ValueUSD:
		return set(SEV2, "value at risk $%s (>= $100k) from %s", FormatUSD(usd), a.Detector)
	case valued && share >= sev2Share:
		return set(SEV2, "%.0f%% of a monitored contract's balance left in one transaction (%s)", share*100, a.Detector)
	case a.Severity >= alert.SeverityHigh && conf >= sev2HighConfidence:
		return set(SEV2, "high %s alert with confidence %.2f", a.Detector, conf)
	case a.Severity >= alert.SeverityMedium:
		return set(SEV3, "%s %s alert", a.Severity, a.Detector)
	case valued && usd >= sev3ValueUSD:
		return set(SEV3, "value at risk $%s (>= $10k) from %s", FormatUSD(usd), a.Detector)
	default:
		return set(SEV4, "%s %s alert", a.Severity, a.Detector)
	}
}

// Assess derives the level a set of alerts calls for: the worst of the
// alerts' levels, with the largest value and confidence seen. Retracted
// alerts count as SEV4.
func Assess(alerts []alert.Alert) Assessment {
	var out Assessment
	for i := range alerts {
		a := AssessAlert(&alerts[i])
		if out.Level == LevelUnset || a.Level.Worse(out.Level) {
			out.Level, out.Reason = a.Level, a.Reason
		}
		out.ValueAtRiskUSD = max(out.ValueAtRiskUSD, a.ValueAtRiskUSD)
		out.Share = max(out.Share, a.Share)
		out.MaxConfidence = max(out.MaxConfidence, a.MaxConfidence)
	}
	return out
}

func valueAtRiskUSD(a *alert.Alert) float64 {
	v, err := strconv.ParseFloat(strings.TrimPrefix(strings.ReplaceAll(a.Labels[LabelValueAtRiskUSD], ",", ""), "$"), 64)
	if err != nil || v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// shareOfBalance reads the share of a contract's balance that left: a
// "share" label (a fraction) or large_outflow's share_of_balance evidence
// ("45.00% (threshold 5.00%)").
func shareOfBalance(a *alert.Alert) float64 {
	if v, err := strconv.ParseFloat(a.Labels["share"], 64); err == nil && v >= 0 && v <= 1 {
		return v
	}
	for _, e := range a.Evidence {
		if e.Name != "share_of_balance" {
			continue
		}
		pct, _, ok := strings.Cut(e.Value, "%")
		if !ok {
			continue
		}
		if v, err := strconv.ParseFloat(strings.TrimSpace(pct), 64); err == nil && v >= 0 {
			return min(v/100, 1)
		}
	}
	return 0
}

// FormatUSD writes whole dollars with thousands separators (1,250,000).
func FormatUSD(v float64) string {
	s := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Override is a person's choice of level. It is sticky: alerts that join
// later never change an overridden level (they are still recorded, with
// the level they would have derived), until someone clears the override.
type Override struct {
	Level  Level     `json:"level"`
	By     string    `json:"by"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// NextUpdateIn is how long a status update promises until the next one, by
// level: the worse the incident, the more often people hear from us.
func NextUpdateIn(l Level) time.Duration {
	switch l {
	case SEV1:
		return 30 * time.Minute
	case SEV2:
		return time.Hour
	case SEV3:
		return 4 * time.Hour
	default:
		return 24 * time.Hour
	}
}
