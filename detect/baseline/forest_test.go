package baseline

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestAvgPathLength(t *testing.T) {
	// c(n) = 2 H(n-1) - 2(n-1)/n with H(i) ~ ln(i) + 0.5772156649.
	cases := map[int]float64{0: 0, 1: 0, 2: 1, 3: 2*(math.Log(2)+eulerGamma) - 4.0/3, 256: 10.244770}
	for n, want := range cases {
		if got := avgPathLength(n); math.Abs(got-want) > 1e-5 {
			t.Errorf("c(%d) = %.6f, want %.6f", n, got, want)
		}
		if got := cTable(n); got != avgPathLength(n) {
			t.Errorf("table c(%d) = %v, want %v", n, got, avgPathLength(n))
		}
	}
}

func gaussianCloud(n, width int, seed uint64) [][]float32 {
	rng := rand.New(rand.NewPCG(seed, 99))
	rows := make([][]float32, n)
	for i := range rows {
		rows[i] = make([]float32, width)
		for k := range rows[i] {
			rows[i][k] = float32(rng.NormFloat64())
		}
	}
	return rows
}

func TestIsolationForestSeparatesOutlier(t *testing.T) {
	rows := gaussianCloud(256, 4, 1)
	f := trainForest(rows, 100, 128, 42, 1, nil)
	var inlier []float64
	for _, r := range gaussianCloud(500, 4, 2) { // fresh points of the same cloud
		x := []float64{float64(r[0]), float64(r[1]), float64(r[2]), float64(r[3])}
		inlier = append(inlier, f.score(x))
	}
	slices.Sort(inlier)
	median, top := inlier[len(inlier)/2], inlier[len(inlier)-1]
	far := f.score([]float64{5, 5, 5, 5})
	t.Logf("inlier median %.3f max %.3f; outlier (5,5,5,5) %.3f", median, top, far)
	if median > 0.5 {
		t.Errorf("typical point scored %.3f, want <= 0.5", median)
	}
	if far < 0.7 || far <= top {
		t.Errorf("outlier scored %.3f (highest of 500 inliers %.3f), want >= 0.7 and above every inlier", far, top)
	}
	// Beyond the training range every split sends a point the same way,
	// so scores saturate: farther is not more anomalous.
	if farther := f.score([]float64{50, 50, 50, 50}); farther != far {
		t.Errorf("(50,50,50,50) scored %.3f, (5,5,5,5) %.3f", farther, far)
	}
	// The same rows and seeds grow the same forest; another seed another.
	g := trainForest(rows, 100, 128, 42, 1, nil)
	h := trainForest(rows, 100, 128, 42, 2, nil)
	x := []float64{1, -1, 0.5, 2}
	if f.score(x) != g.score(x) {
		t.Error("same seed, different forest")
	}
	if f.score(x) == h.score(x) {
		t.Error("different seed, identical score (suspicious)")
	}
	// Recycling an old forest's memory changes nothing.
	r := trainForest(rows, 100, 128, 42, 1, h)
	if r.score(x) != g.score(x) || r.score([]float64{5, 5, 5, 5}) != far {
		t.Error("forest grown in recycled memory scores differently")
	}
}

func TestIsolationForestConstantFeatures(t *testing.T) {
	// Features that never vary cannot split; the forest still works on
	// the others and a point differing only in a constant feature is not
	// isolated by it (nothing was learned about it).
	rows := gaussianCloud(128, 3, 3)
	for _, r := range rows {
		r[1] = 5
	}
	f := trainForest(rows, 50, 64, 1, 1, nil)
	if s := f.score([]float64{0, 5, 0}); s > 0.55 {
		t.Errorf("ordinary point scored %.3f", s)
	}
	if s := f.score([]float64{9, 5, 9}); s < 0.65 {
		t.Errorf("outlier scored %.3f", s)
	}
	// All-constant data: every tree is one leaf, all points score alike.
	flat := make([][]float32, 32)
	for i := range flat {
		flat[i] = []float32{1, 1}
	}
	g := trainForest(flat, 10, 16, 1, 1, nil)
	if a, b := g.score([]float64{1, 1}), g.score([]float64{100, -3}); a != b {
		t.Errorf("constant data: scores %v and %v differ", a, b)
	}
	if trainForest(flat[:1], 10, 16, 1, 1, nil) != nil {
		t.Error("a forest from one row")
	}
}

func TestForestModelRebuildsTraining(t *testing.T) {
	p := &ForestParams{Trees: 20, Sample: 16, Window: 32, RetrainEvery: 8, Seed: 9}
	fm := newForestModel(p)
	rng := rand.New(rand.NewPCG(1, 1))
	var x [numFeatures]float64
	for i := 0; i < 100; i++ {
		for k := range x {
			x[k] = rng.NormFloat64()
		}
		fm.add(p, &x)
		if fm.due(p, 32) {
			fm.fit(p, fm.n)
			fm.trainings++
		}
	}
	if len(fm.rows) != p.Window+p.RetrainEvery {
		t.Fatalf("ring holds %d rows, want %d", len(fm.rows), p.Window+p.RetrainEvery)
	}
	// Rebuild from the ordered rows as a restore does.
	re := newForestModel(p)
	for _, r := range fm.ordered() {
		re.rows = append(re.rows, slices.Clone(r))
	}
	re.n = fm.n
	re.fit(p, fm.trainedAt)
	probe := []float64{3, 0, 1, 0, 0, 0, 0, 0, 2}
	if fm.forest.score(probe) != re.forest.score(probe) {
		t.Errorf("rebuilt forest scores %v, original %v", re.forest.score(probe), fm.forest.score(probe))
	}
}
