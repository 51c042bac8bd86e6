package baseline

// Per-transaction features of the multivariate score, one vector per
// successful transaction touching a contract.
const (
	featValue     = iota // log1p of the token and ETH amounts moved in or out of the contract (base units, all tokens summed)
	featGas              // log1p of the transaction's gas used
	featLogs             // logs in the receipt
	featTokens           // distinct tokens transferred anywhere in the transaction
	featRarity           // -log2((calls of the selector + 1) / (calls + 2)), the rarest selector called
	featNovelty          // 1/(1 + earlier calls by the caller), the newest caller
	featDepth            // shallowest call depth reaching the contract (0 = called by the sender)
	featCalls            // calls into the contract in the transaction
	featTransfers        // token transfers into or out of the contract
	numFeatures
)

var featureNames = [numFeatures]string{"log_value", "log_gas", "logs", "tokens", "selector_rarity", "caller_novelty", "depth", "calls", "transfers"}

// forestModel is a contract's sliding window of recent feature vectors and
// the forest trained on it.
//
// The ring holds window + retrain_every rows, so the exact rows of the last
// training (the window rows ending at TrainedAt) are always still in it:
// the saved state carries the rows, not the trees, and a restored detector
// regrows the identical forest from them with the same seeds.
type forestModel struct {
	rows      [][]float32 // ring, capacity window+retrainEvery
	pos       int         // next slot once full
	n         uint64      // rows ever added
	trainedAt uint64      // n at the last training; 0 = never trained
	trainings uint64
	forest    *iforest
	// training scratch
	train [][]float32
}

func newForestModel(p *ForestParams) *forestModel {
	return &forestModel{rows: make([][]float32, 0, p.Window+p.RetrainEvery)}
}

func (f *forestModel) capacity(p *ForestParams) int { return p.Window + p.RetrainEvery }

// add appends a row, overwriting the oldest once the ring is full.
func (f *forestModel) add(p *ForestParams, x *[numFeatures]float64) {
	var row []float32
	if len(f.rows) < f.capacity(p) {
		row = make([]float32, numFeatures)
		f.rows = append(f.rows, row)
	} else {
		row = f.rows[f.pos]
		f.pos = (f.pos + 1) % len(f.rows)
	}
	for i, v := range x {
		row[i] = float32(v)
	}
	f.n++
}

// ordered returns the rows oldest first.
func (f *forestModel) ordered() [][]float32 {
	out := make([][]float32, 0, len(f.rows))
	out = append(out, f.rows[f.pos:]...)
	return append(out, f.rows[:f.pos]...)
}

// due reports whether the forest should be (re)trained now.
func (f *forestModel) due(p *ForestParams, minRows int) bool {
	if f.n < uint64(minRows) {
		return false
	}
	return f.trainedAt == 0 || f.n-f.trainedAt >= uint64(p.RetrainEvery)
}

// fit trains on the window rows ending at row number end (1-based count of
// rows ever added). Rows after end must number at most retrain_every.
func (f *forestModel) fit(p *ForestParams, end uint64) {
	after := int(f.n - end)
	if after < 0 || after > len(f.rows) {
		f.forest = nil
		return
	}
	avail := len(f.rows) - after
	take := min(p.Window, avail)
	if take < 2 {
		f.forest = nil
		return
	}
	f.train = f.train[:0]
	// Row k (0 = oldest in the ring) is at (pos+k) % len.
	startK := avail - take
	for k := startK; k < avail; k++ {
		f.train = append(f.train, f.rows[(f.pos+k)%len(f.rows)])
	}
	f.forest = trainForest(f.train, p.Trees, p.Sample, p.Seed, end, f.forest)
	f.trainedAt = end
}

// roundFeatures rounds to float32 precision, the precision rows are kept
// in, so a point scores the same whether it is new or restored.
func roundFeatures(x *[numFeatures]float64) {
	for i, v := range x {
		x[i] = float64(float32(v))
	}
}
