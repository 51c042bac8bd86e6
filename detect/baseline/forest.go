package baseline

import (
	"math"
	"math/rand/v2"
)

// An isolation forest (Liu, Ting and Zhou, 2008) scores how easy a point is
// to isolate. Each tree is grown on a random subsample of psi points by
// picking a random feature and a random split between that feature's
// minimum and maximum in the node, until a point is alone or the height
// limit ceil(log2 psi) is reached. Unusual points sit far from the others
// in some direction, so they are cut off after few splits: their path from
// the root is short.
//
// The path length h(x) of a point in one tree is the depth of the leaf it
// lands in plus c(size) for a leaf that still holds size > 1 training
// points (the average depth an unbuilt subtree of that size would add).
// c(n) = 2 H(n-1) - 2 (n-1)/n, with H(i) ~ ln(i) + 0.5772156649 the
// harmonic number, is the average path length of an unsuccessful search in
// a binary search tree of n points: the expected h(x) of an ordinary point.
// The score normalises the average path length over all trees by it:
//
//	s(x) = 2^(-E[h(x)] / c(psi))
//
// s near 1: isolated much faster than average (anomalous); s around 0.5 or
// below: as hard to isolate as a typical point.

// node of a tree stored in a flat array: Feat < 0 marks a leaf of Size
// training points (Split then holds c(Size)); otherwise values < Split go
// to Left, others to Right.
type node struct {
	Feat  int8
	Split float64
	Left  int32
	Right int32
	Size  int32
}

type itree struct{ nodes []node }

type iforest struct {
	trees []itree
	slab  []node // backing array of every tree's nodes
	psi   int
	cpsi  float64
}

const eulerGamma = 0.5772156649015329

// avgPathLength is c(n).
func avgPathLength(n int) float64 {
	switch {
	case n <= 1:
		return 0
	case n == 2:
		return 1
	}
	h := math.Log(float64(n-1)) + eulerGamma
	return 2*h - 2*float64(n-1)/float64(n)
}

// cTab caches c(n) for the sample sizes a tree can have.
var cTab = func() []float64 {
	t := make([]float64, 4097)
	for n := range t {
		t[n] = avgPathLength(n)
	}
	return t
}()

func cTable(n int) float64 {
	if n < len(cTab) {
		return cTab[n]
	}
	return avgPathLength(n)
}

// trainForest grows trees on rows (all of the same width) with a
// deterministic RNG: the same rows and seeds give the same forest, which
// is what lets a restored detector rebuild exactly the forest it had.
//
// reuse, when not nil, is a forest that is no longer needed: its memory is
// recycled, which spares a large allocation per retraining.
func trainForest(rows [][]float32, trees, sample int, seed1, seed2 uint64, reuse *iforest) *iforest {
	n := len(rows)
	if n < 2 || trees <= 0 {
		return nil
	}
	psi := min(sample, n)
	rng := rand.New(rand.NewPCG(seed1, seed2))
	limit := int(math.Ceil(math.Log2(float64(psi))))
	f := &iforest{trees: make([]itree, trees), psi: psi, cpsi: avgPathLength(psi)}
	if reuse != nil && len(reuse.trees) == trees {
		f.trees = reuse.trees
		f.slab = reuse.slab[:0]
	}
	idx := make([]int, n)
	width := len(rows[0])
	// Column-major copy: a node scans one feature of its sample, which is
	// then contiguous in memory.
	cols := make([]float32, width*n)
	for i, r := range rows {
		for k, v := range r {
			cols[k*n+i] = v
		}
	}
	b := &builder{cols: cols, n: n, rng: rng, limit: limit, width: width}
	// One slab for every tree's nodes (a tree has at most 2 psi - 1).
	slab := f.slab
	if cap(slab) < trees*(2*psi) {
		slab = make([]node, 0, trees*(2*psi))
	}
	for t := range f.trees {
		for i := range idx {
			idx[i] = i
		}
		// Partial Fisher-Yates: the first psi entries are the subsample.
		for i := 0; i < psi; i++ {
			j := i + rng.IntN(n-i)
			idx[i], idx[j] = idx[j], idx[i]
		}
		b.nodes = slab[len(slab):len(slab):cap(slab)]
		b.grow(idx[:psi], 0)
		f.trees[t] = itree{nodes: b.nodes}
		slab = slab[:len(slab)+len(b.nodes)]
	}
	f.slab = slab
	return f
}

type builder struct {
	cols  []float32 // feature k of row i at k*n+i
	n     int
	rng   *rand.Rand
	limit int
	width int
	nodes []node
	order []int
}

// featureRange is the minimum and maximum of feature f over sample.
func (b *builder) featureRange(sample []int, f int) (lo, hi float32) {
	col := b.cols[f*b.n : (f+1)*b.n]
	lo, hi = col[sample[0]], col[sample[0]]
	for _, i := range sample[1:] {
		v := col[i]
		lo, hi = min(lo, v), max(hi, v)
	}
	return lo, hi
}

// grow appends the subtree of sample (indices into rows) and returns its
// index. A leaf stores its c(size) in Split, so scoring needs no logarithm.
func (b *builder) grow(sample []int, depth int) int32 {
	at := int32(len(b.nodes))
	b.nodes = append(b.nodes, node{Feat: -1, Size: int32(len(sample)), Split: cTable(len(sample))})
	if len(sample) <= 1 || depth >= b.limit {
		return at
	}
	// Features in a random order; the first that varies in this node
	// splits it (the same distribution as drawing uniformly among the
	// varying ones, and usually one scan of the sample instead of one
	// per feature).
	if b.order == nil {
		b.order = make([]int, b.width)
	}
	for k := range b.order {
		b.order[k] = k
	}
	f, lo, hi := -1, float32(0), float32(0)
	for k := range b.order {
		j := k + b.rng.IntN(b.width-k)
		b.order[k], b.order[j] = b.order[j], b.order[k]
		if l, h := b.featureRange(sample, b.order[k]); h > l {
			f, lo, hi = b.order[k], l, h
			break
		}
	}
	if f < 0 {
		return at
	}
	split := float64(lo) + b.rng.Float64()*float64(hi-lo)
	if split <= float64(lo) {
		// Float64() can return 0; a split at the minimum would leave
		// the left side empty.
		split = math.Nextafter(float64(lo), math.Inf(1))
	}
	// Partition in place: left part < split.
	l := 0
	col := b.cols[f*b.n : (f+1)*b.n]
	for r := range sample {
		if float64(col[sample[r]]) < split {
			sample[l], sample[r] = sample[r], sample[l]
			l++
		}
	}
	left := b.grow(sample[:l], depth+1)
	right := b.grow(sample[l:], depth+1)
	b.nodes[at] = node{Feat: int8(f), Split: split, Left: left, Right: right, Size: int32(len(sample))}
	return at
}

// pathLength is h(x) in one tree.
func (t *itree) pathLength(x []float64) float64 {
	i, depth := int32(0), 0
	for {
		n := &t.nodes[i]
		if n.Feat < 0 {
			return float64(depth) + n.Split // c(Size), see grow
		}
		if x[n.Feat] < n.Split {
			i = n.Left
		} else {
			i = n.Right
		}
		depth++
	}
}

// score is s(x) in [0, 1].
func (f *iforest) score(x []float64) float64 {
	if f == nil || len(f.trees) == 0 || f.cpsi == 0 {
		return 0
	}
	var sum float64
	for i := range f.trees {
		sum += f.trees[i].pathLength(x)
	}
	mean := sum / float64(len(f.trees))
	return math.Exp2(-mean / f.cpsi)
}
