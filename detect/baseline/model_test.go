package baseline

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestEWMAKnownValues(t *testing.T) {
	var e ewma
	// alpha 0.5 over 1, 2, 3: mean 1 -> 1.5 -> 2.25; variance
	// 0 -> 0.5(0 + 0.5*1) = 0.25 -> 0.5(0.25 + 0.5*1.5^2) = 0.6875.
	want := []struct{ mean, v float64 }{{1, 0}, {1.5, 0.25}, {2.25, 0.6875}}
	for i, x := range []float64{1, 2, 3} {
		e.add(x, 0.5)
		if !near(e.Mean, want[i].mean, 1e-12) || !near(e.Var, want[i].v, 1e-12) {
			t.Fatalf("after %v: mean %v var %v, want %v %v", x, e.Mean, e.Var, want[i].mean, want[i].v)
		}
	}
	if e.N != 3 || !near(e.std(), math.Sqrt(0.6875), 1e-12) {
		t.Fatalf("n %d std %v", e.N, e.std())
	}
	// A constant series converges to its value with zero variance.
	var c ewma
	for range 200 {
		c.add(7, 0.1)
	}
	if !near(c.Mean, 7, 1e-9) || c.Var > 1e-12 {
		t.Fatalf("constant: mean %v var %v", c.Mean, c.Var)
	}
}

func TestMedianMADKnownValues(t *testing.T) {
	cases := []struct {
		xs       []float32
		med, mad float64
	}{
		{[]float32{1, 2, 3, 4, 100}, 3, 1}, // the outlier moves neither
		{[]float32{1, 2, 3, 4}, 2.5, 1},
		{[]float32{5}, 5, 0},
		{[]float32{2, 2, 2, 9}, 2, 0},
		{[]float32{-3, 1, 1, 2, 10, 11}, 1.5, 2.5},
	}
	for _, c := range cases {
		in := append([]float32{}, c.xs...)
		med, mad := medianMAD(in, make([]float64, len(in)))
		if med != c.med || mad != c.mad {
			t.Errorf("%v: median %v MAD %v, want %v %v", c.xs, med, mad, c.med, c.mad)
		}
		for i := range in {
			if in[i] != c.xs[i] {
				t.Fatalf("medianMAD modified its input")
			}
		}
	}
}

func TestMedianSelectionMatchesSorting(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for n := 1; n < 300; n++ {
		xs := make([]float32, n)
		for i := range xs {
			switch i % 3 {
			case 0:
				xs[i] = float32(rng.IntN(5)) // many ties
			default:
				xs[i] = float32(rng.NormFloat64())
			}
		}
		sorted := make([]float64, n)
		for i, v := range xs {
			sorted[i] = float64(v)
		}
		slices.Sort(sorted)
		mid := func(s []float64) float64 {
			if len(s)%2 == 1 {
				return s[len(s)/2]
			}
			return (s[len(s)/2-1] + s[len(s)/2]) / 2
		}
		wantMed := mid(sorted)
		dev := make([]float64, n)
		for i, v := range sorted {
			dev[i] = math.Abs(v - wantMed)
		}
		slices.Sort(dev)
		med, mad := medianMAD(xs, make([]float64, n))
		if med != wantMed || mad != mid(dev) {
			t.Fatalf("n=%d: median %v MAD %v, want %v %v", n, med, mad, wantMed, mid(dev))
		}
	}
}

func testModel(window, warmup, seasonMin int, seasonal bool) *model {
	return &model{window: window, alpha: 2.0 / 101, seasonal: seasonal, seasonMin: uint64(seasonMin), warmup: uint64(warmup), scratch: make([]float64, window)}
}

func TestSeriesRobustScoreAndWarmup(t *testing.T) {
	m := testModel(64, 30, 10, false)
	s := newSeries(transformLog, m)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 29; i++ {
		s.add(m, 1000*math.Exp(0.1*rng.NormFloat64()), 0)
	}
	if s.warm(m) {
		t.Fatal("warm after 29 of 30 observations")
	}
	s.add(m, 1000, 0)
	if !s.warm(m) {
		t.Fatal("not warm after 30 observations")
	}
	for i := 0; i < 100; i++ {
		s.add(m, 1000*math.Exp(0.1*rng.NormFloat64()), 0)
	}
	// Ordinary values score low, a 20x value high; the baseline median
	// is about 1000.
	if v := s.score(m, 1050, 0, 10); math.Abs(v.Z) > 2 {
		t.Errorf("ordinary value scored %.2f", v.Z)
	}
	v := s.score(m, 20_000, 0, 10)
	if v.Z < 6 || !near(v.Expected, 1000, 100) {
		t.Errorf("20x value: z %.2f expected %.1f", v.Z, v.Expected)
	}
	// The robust z uses the MAD with the log floor: ln(20)/max(1.4826
	// MAD, 0.25).
	want := (math.Log1p(20_000) - s.Med) / s.scale()
	if !near(v.Z, want, 1e-9) {
		t.Errorf("z %.4f, want %.4f", v.Z, want)
	}
	// Extreme is relative to the robust maximum (second largest seen,
	// about 1.3x the median here), not to the median.
	if v.Extreme != (20_000 > 10*s.Max2) {
		t.Errorf("20,000 against robust max %.0f: extreme %v", s.Max2, v.Extreme)
	}
	if v := s.score(m, 9*s.Max2, 0, 10); v.Extreme {
		t.Error("9x the robust max is not extreme")
	}
	if v := s.score(m, 10*s.Max2+1, 0, 10); !v.Extreme {
		t.Error("above 10x the robust max should be extreme")
	}
	// One huge value barely moves the level (winsorised) and leaves the
	// median alone.
	before, lim, med := s.Level.Mean, 4*max(s.Level.std(), 0.25), s.Med
	s.add(m, 1e12, 0)
	s.fit(m)
	if math.Abs(s.Med-med) > 0.05 {
		t.Errorf("one outlier moved the median from %.3f to %.3f", med, s.Med)
	}
	if s.Level.Mean-before > lim*m.alpha+1e-9 {
		t.Errorf("one outlier moved the level from %.3f to %.3f", before, s.Level.Mean)
	}
	if s.Max1 != 1e12 || s.Max2 >= 1e12 {
		t.Errorf("max1 %v max2 %v: the robust max should ignore the single freak value", s.Max1, s.Max2)
	}
}

func TestSeriesSeasonality(t *testing.T) {
	// Busy afternoons: 1000 between 12:00 and 23:59 UTC, 100 otherwise.
	feed := func(m *model) *series {
		s := newSeries(transformLog, m)
		rng := rand.New(rand.NewPCG(5, 6))
		for day := 0; day < 40; day++ {
			for h := 0; h < 24; h++ {
				base := 100.0
				if h >= 12 {
					base = 1000
				}
				s.add(m, base*math.Exp(0.05*rng.NormFloat64()), h)
			}
		}
		return s
	}
	m := testModel(64, 30, 20, true)
	s := feed(m)
	night := s.score(m, 1000, 3, 10)
	day := s.score(m, 1000, 14, 10)
	if !night.Seasonal || !day.Seasonal {
		t.Fatal("hours with 40 observations should use their own level")
	}
	if night.Z < 6 {
		t.Errorf("1000 at 03:00 (normally 100) scored %.2f, want >= 6", night.Z)
	}
	if math.Abs(day.Z) > 2 {
		t.Errorf("1000 at 14:00 (normally 1000) scored %.2f, want about 0", day.Z)
	}
	if !near(night.Expected, 100, 15) || !near(day.Expected, 1000, 150) {
		t.Errorf("expected values %.1f at night, %.1f by day", night.Expected, day.Expected)
	}
	// Without seasonality the same value at night looks ordinary: the
	// point of keeping hours.
	flat := testModel(64, 30, 20, false)
	fs := feed(flat)
	if z := fs.score(flat, 1000, 3, 10).Z; z >= 6 {
		t.Errorf("without seasonality 1000 at 03:00 scored %.2f; the test does not show what seasonality adds", z)
	}
	// An hour with too few observations falls back to the global level.
	young := testModel(64, 30, 1000, true)
	ys := feed(young)
	if ys.score(young, 1000, 3, 10).Seasonal {
		t.Error("hour with 40 < 1000 observations used its own level")
	}
}

func TestSeriesCountFloor(t *testing.T) {
	m := testModel(32, 10, 10, false)
	s := newSeries(transformCount, m)
	for i := 0; i < 50; i++ {
		s.add(m, 1, 0) // always exactly one call
	}
	if s.MAD != 0 || s.scale() != 1 {
		t.Fatalf("MAD %v scale %v, want 0 and the count floor 1", s.MAD, s.scale())
	}
	if z := s.score(m, 2, 0, 10).Z; z != 1 {
		t.Errorf("one more call scored %v, want 1", z)
	}
	if z := s.score(m, 12, 0, 10).Z; z != 11 {
		t.Errorf("12 calls scored %v, want 11", z)
	}
}

func TestSeriesResize(t *testing.T) {
	m := testModel(8, 2, 10, false)
	s := newSeries(transformCount, m)
	for i := 1; i <= 11; i++ { // ring of 8, wrapped: holds residuals of 4..11
		s.add(m, float64(i), 0)
	}
	small := testModel(4, 2, 10, true)
	s.resize(small)
	if len(s.Ring) != 4 || s.Pos != 0 || len(s.Hours) != 24 {
		t.Fatalf("resized ring %d pos %d hours %d", len(s.Ring), s.Pos, len(s.Hours))
	}
	if want := (f32s{8, 9, 10, 11}); !slices.Equal(s.Ring, want) {
		t.Fatalf("resized ring %v, want the newest values %v", s.Ring, want)
	}
	big := testModel(16, 2, 10, false)
	s.resize(big)
	if len(s.Ring) != 4 || cap(s.Ring) < 16 || s.Hours != nil {
		t.Fatalf("grown ring %d cap %d hours %d", len(s.Ring), cap(s.Ring), len(s.Hours))
	}
}
