package baseline

import (
	"math/rand/v2"
	"testing"
)

func BenchmarkTrainForest(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([][]float32, 256)
	for i := range rows {
		rows[i] = make([]float32, numFeatures)
		for k := range rows[i] {
			rows[i][k] = float32(rng.NormFloat64())
		}
	}
	b.ReportAllocs()
	var f *iforest
	for i := 0; i < b.N; i++ {
		f = trainForest(rows, 50, 64, 1, uint64(i), f)
	}
}

func BenchmarkScoreForest(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([][]float32, 256)
	for i := range rows {
		rows[i] = make([]float32, numFeatures)
		for k := range rows[i] {
			rows[i][k] = float32(rng.NormFloat64())
		}
	}
	f := trainForest(rows, 50, 64, 1, 1, nil)
	x := make([]float64, numFeatures)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f.score(x)
	}
}
