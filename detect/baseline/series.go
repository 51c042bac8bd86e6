package baseline

import (
	"math"
	"slices"
)

// ewma is an exponentially weighted mean and variance. The first value
// sets the mean; after that each value moves the mean by alpha of its
// distance, and the variance follows the standard exponentially weighted
// recursion var = (1-alpha)(var + alpha d^2), so both forget the past with
// the same half-life.
type ewma struct {
	Mean float64 `json:"m"`
	Var  float64 `json:"v"`
	N    uint64  `json:"n"`
}

func (e *ewma) add(x, alpha float64) {
	if e.N == 0 {
		e.Mean, e.Var, e.N = x, 0, 1
		return
	}
	d := x - e.Mean
	e.Mean += alpha * d
	e.Var = (1 - alpha) * (e.Var + alpha*d*d)
	e.N++
}

func (e *ewma) std() float64 { return math.Sqrt(max(e.Var, 0)) }

// addClipped adds x clipped to mean +- 4 max(stddev, floor) once the EWMA
// has seen minN values.
func (e *ewma) addClipped(x, alpha float64, minN uint64, floor float64) {
	if e.N >= minN && e.N > 0 {
		lim := 4 * max(e.std(), floor)
		x = min(max(x, e.Mean-lim), e.Mean+lim)
	}
	e.add(x, alpha)
}

// medianMAD returns the median of xs and the median absolute deviation
// from it. scratch (len >= len(xs)) is overwritten; xs is not. Selection
// instead of sorting keeps a refit at O(n).
func medianMAD(xs []float32, scratch []float64) (med, mad float64) {
	n := len(xs)
	if n == 0 {
		return 0, 0
	}
	s := scratch[:n]
	for i, v := range xs {
		s[i] = float64(v)
	}
	med = median(s)
	for i, v := range xs {
		s[i] = math.Abs(float64(v) - med)
	}
	return med, median(s)
}

// median reorders s and returns its median.
func median(s []float64) float64 {
	n := len(s)
	hi := nth(s, n/2)
	if n%2 == 1 {
		return hi
	}
	// After nth, everything below index n/2 is <= s[n/2]: the lower
	// middle is their maximum.
	return (slices.Max(s[:n/2]) + hi) / 2
}

// nth partially sorts s so that s[k] is the k-th smallest value (every
// value before it is <= it, every value after it >= it) and returns it.
func nth(s []float64, k int) float64 {
	lo, hi := 0, len(s)-1
	for lo < hi {
		// Median of three as pivot: sorted or constant input stays linear.
		mid := lo + (hi-lo)/2
		if s[mid] < s[lo] {
			s[mid], s[lo] = s[lo], s[mid]
		}
		if s[hi] < s[lo] {
			s[hi], s[lo] = s[lo], s[hi]
		}
		if s[hi] < s[mid] {
			s[hi], s[mid] = s[mid], s[hi]
		}
		pivot := s[mid]
		i, j := lo, hi
		for i <= j {
			for s[i] < pivot {
				i++
			}
			for s[j] > pivot {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return s[k]
		}
	}
	return s[k]
}

// madScale turns a MAD into a standard deviation for normal data.
const madScale = 1.4826

// transform says how raw values are modelled: amounts and gas span many
// orders of magnitude and are compared as ratios (log1p); counts are small
// integers and compared as they are.
type transform uint8

const (
	transformLog transform = iota
	transformCount
)

func (t transform) apply(x float64) float64 {
	if t == transformLog {
		return math.Log1p(max(x, 0))
	}
	return x
}

func (t transform) invert(y float64) float64 {
	if t == transformLog {
		return math.Expm1(y)
	}
	return y
}

// floor is the smallest robust standard deviation a metric is judged with,
// in transformed units: a metric that has always had the same value (every
// borrow exactly 300) would otherwise make any change infinitely unusual.
// 0.25 in log units is a 28% change; 1 for counts is one more call.
func (t transform) floor() float64 {
	if t == transformLog {
		return 0.25
	}
	return 1
}

// hourStats is the level of one hour of day.
type hourStats = ewma

// series is the online model of one metric of one contract.
//
// It keeps three estimates of the metric's (transformed) values:
//
//   - a ring of the last window values (float32: plenty for a spread, and
//     half the memory and state) with their median and MAD;
//   - an EWMA mean and variance;
//   - per hour of day (block timestamp, UTC), an EWMA mean and variance.
//
// A value is scored by its robust z-score against the ring,
//
//	z = (x - median) / max(1.4826 MAD, floor)
//
// so one outlier in the window moves neither the centre nor the scale.
// Once the value's hour of day has seen seasonMin values, that hour's own
// statistics take over:
//
//	z = (x - mean_h) / max(min(stddev_h, 1.4826 MAD), floor)
//
// so a metric that is busier every evening is judged against evenings (the
// global MAD of such a metric mixes quiet and busy hours and would hide a
// busy-hour value at night). The EWMAs learn winsorised values (clipped at 4
// of their own standard deviations once they have seen enough), so an
// attack cannot drag a level towards itself.
type series struct {
	Tf    transform   `json:"tf"`
	N     uint64      `json:"n"`
	Level ewma        `json:"level"`
	Hours []hourStats `json:"hours,omitempty"` // 24 entries when seasonality is on
	Ring  f32s        `json:"ring"`
	Pos   int         `json:"pos"` // next slot of Ring once it is full (transformed values)
	// Med and MAD of Ring, recomputed every window/8 values: recomputing
	// on every value would cost a sort per observation.
	Med      float64 `json:"med"`
	MAD      float64 `json:"mad"`
	SinceFit int     `json:"since_fit"`
	// Max1 >= Max2 are the two largest raw values ever seen; Max2 is the
	// robust maximum (one freak value does not raise it).
	Max1 float64 `json:"max1"`
	Max2 float64 `json:"max2"`
}

// model holds what every series of a detector shares.
type model struct {
	window    int
	alpha     float64
	seasonal  bool
	seasonMin uint64
	warmup    uint64
	scratch   []float64
}

func newModel(p *Params) *model {
	return &model{
		window:    p.Window,
		alpha:     2 / float64(p.EWMASpan+1),
		seasonal:  *p.Seasonality,
		seasonMin: uint64(p.SeasonMin),
		warmup:    uint64(p.Warmup),
		scratch:   make([]float64, p.Window),
	}
}

func newSeries(tf transform, m *model) *series {
	s := &series{Tf: tf, Ring: make([]float32, 0, m.window)}
	if m.seasonal {
		s.Hours = make([]hourStats, 24)
	}
	return s
}

// judgeBy returns the centre and scale a value at this hour is judged
// with, and whether they are the hour's own.
func (s *series) judgeBy(m *model, hour int) (center, scale float64, seasonal bool) {
	if m.seasonal && len(s.Hours) == 24 && hour >= 0 && hour < 24 && s.Hours[hour].N >= m.seasonMin {
		h := &s.Hours[hour]
		return h.Mean, max(min(h.std(), madScale*s.MAD), s.Tf.floor()), true
	}
	return s.Med, s.scale(), false
}

// scale is the robust standard deviation of the ring.
func (s *series) scale() float64 {
	return max(madScale*s.MAD, s.Tf.floor())
}

// warm reports whether the series has seen enough to judge.
func (s *series) warm(m *model) bool { return s.N >= m.warmup }

// verdict is a scored observation.
type verdict struct {
	Raw      float64 // the observed value, untransformed
	Z        float64 // robust z-score
	Expected float64 // the centre judged against, untransformed
	Scale    float64 // the scale judged with, transformed units
	Seasonal bool    // the hour's own statistics were used
	Extreme  bool    // Raw > factor x robust max
	RobMax   float64
}

// score judges x (raw) against the series as it is now.
func (s *series) score(m *model, raw float64, hour int, extremeFactor float64) verdict {
	x := s.Tf.apply(raw)
	center, scale, seasonal := s.judgeBy(m, hour)
	v := verdict{
		Raw:      raw,
		Z:        (x - center) / scale,
		Expected: s.Tf.invert(center),
		Scale:    scale,
		Seasonal: seasonal,
		RobMax:   s.Max2,
	}
	v.Extreme = s.N >= 2 && s.Max2 > 0 && raw > extremeFactor*s.Max2
	return v
}

// add learns raw observed at hour.
func (s *series) add(m *model, raw float64, hour int) {
	x := s.Tf.apply(raw)
	// Each EWMA is clipped against itself, not against the robust
	// centre: on seasonal data the global centre sits between quiet and
	// busy hours, and clipping towards it drags the hours' levels.
	floor := s.Tf.floor()
	s.Level.addClipped(x, m.alpha, m.warmup, floor)
	if m.seasonal && len(s.Hours) == 24 && hour >= 0 && hour < 24 {
		s.Hours[hour].addClipped(x, m.alpha, m.seasonMin, floor)
	}
	if len(s.Ring) < m.window {
		s.Ring = append(s.Ring, float32(x))
	} else {
		s.Ring[s.Pos] = float32(x)
		s.Pos = (s.Pos + 1) % len(s.Ring)
	}
	s.N++
	if raw > s.Max1 {
		s.Max1, s.Max2 = raw, s.Max1
	} else if raw > s.Max2 {
		s.Max2 = raw
	}
	s.SinceFit++
	// Refit often while warming up (the first judgements need a fresh
	// fit), then every window/8 values.
	every := max(1, m.window/8)
	if s.N <= m.warmup+1 || s.SinceFit >= every {
		s.fit(m)
	}
}

func (s *series) fit(m *model) {
	if cap(m.scratch) < len(s.Ring) {
		m.scratch = make([]float64, len(s.Ring))
	}
	s.Med, s.MAD = medianMAD(s.Ring, m.scratch[:cap(m.scratch)])
	s.SinceFit = 0
}

// resize adapts a restored series to the configured window and
// seasonality (the configuration may have changed since it was saved).
func (s *series) resize(m *model) {
	if s.Pos < 0 || s.Pos >= len(s.Ring) {
		s.Pos = 0
	}
	if len(s.Ring) > m.window || (s.Pos != 0 && len(s.Ring) != m.window) {
		// Unroll oldest..newest and keep the newest window values.
		ordered := append(append(f32s{}, s.Ring[s.Pos:]...), s.Ring[:s.Pos]...)
		if len(ordered) > m.window {
			ordered = ordered[len(ordered)-m.window:]
		}
		s.Ring, s.Pos = ordered, 0
		s.fit(m)
	}
	if cap(s.Ring) < m.window {
		r := make(f32s, len(s.Ring), m.window)
		copy(r, s.Ring)
		s.Ring = r
	}
	if m.seasonal && len(s.Hours) != 24 {
		s.Hours = make([]hourStats, 24)
	}
	if !m.seasonal {
		s.Hours = nil
	}
}
