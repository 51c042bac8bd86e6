package baseline

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// stateVersion is the version of the saved state. A state of any other
// version is refused (UnmarshalState returns an error) and the engine
// starts the detector fresh: guessing at an old layout would give wrong
// baselines, which is worse than a new warm-up.
const stateVersion = 1

// savedState is the JSON form of a detector's state.
type savedState struct {
	Version   int             `json:"version"`
	Kind      string          `json:"kind"`
	Params    savedParams     `json:"params"`
	Contracts []savedContract `json:"contracts"`
}

// savedParams records the settings that shaped the state, for Show.
type savedParams struct {
	Warmup         int  `json:"warmup"`
	ContractWarmup int  `json:"contract_warmup"`
	Window         int  `json:"window"`
	Seasonality    bool `json:"seasonality"`
	SeasonMin      int  `json:"season_min"`
	ForestTrees    int  `json:"forest_trees"`
	ForestSample   int  `json:"forest_sample"`
	ForestWindow   int  `json:"forest_window"`
	ForestRetrain  int  `json:"forest_retrain_every"`
}

type savedContract struct {
	Address   common.Address  `json:"address"`
	Name      string          `json:"name,omitempty"`
	Txs       uint64          `json:"txs"`
	Blocks    uint64          `json:"blocks"`
	Calls     uint64          `json:"calls"`
	Series    []savedSeries   `json:"series"`
	Selectors []savedSelector `json:"selectors"`
	// Callers are 24-byte records (address, big-endian uint32 count),
	// sorted: Callers is the current generation, OldCallers the previous.
	Callers    []byte      `json:"callers"`
	OldCallers []byte      `json:"old_callers"`
	Forest     savedForest `json:"forest"`
}

type savedSeries struct {
	Metric string         `json:"metric"` // for people and Show
	Kind   uint8          `json:"kind"`
	Token  common.Address `json:"token"`
	Sel    uint64         `json:"sel"`
	Model  *series        `json:"model"`
}

type savedSelector struct {
	Sel uint64 `json:"sel"`
	selectorStats
}

type savedForest struct {
	Rows      f32s   `json:"rows"` // oldest first, numFeatures per row
	N         uint64 `json:"n"`
	TrainedAt uint64 `json:"trained_at"`
	Trainings uint64 `json:"trainings"`
}

// f32s is stored as base64 of little-endian float32s: a quarter of the
// size of JSON numbers and exact.
type f32s []float32

func (f f32s) MarshalJSON() ([]byte, error) {
	buf := make([]byte, 4*len(f))
	for i, v := range f {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(v))
	}
	return json.Marshal(base64.StdEncoding.EncodeToString(buf))
}

func (f *f32s) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("float array: %w", err)
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return fmt.Errorf("float array: %w", err)
	}
	if len(raw)%4 != 0 {
		return fmt.Errorf("float array: %d bytes is not a whole number of float32s", len(raw))
	}
	out := make(f32s, len(raw)/4)
	for i := range out {
		v := math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("float array: value %d is not finite", i)
		}
		out[i] = v
	}
	*f = out
	return nil
}

// MarshalState implements detect.Stateful.
func (d *detector) MarshalState() ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	st := savedState{
		Version: stateVersion,
		Kind:    Kind,
		Params: savedParams{
			Warmup: d.p.Warmup, ContractWarmup: d.p.ContractWarmup, Window: d.p.Window,
			Seasonality: *d.p.Seasonality, SeasonMin: d.p.SeasonMin,
			ForestTrees: d.p.Forest.Trees, ForestSample: d.p.Forest.Sample,
			ForestWindow: d.p.Forest.Window, ForestRetrain: d.p.Forest.RetrainEvery,
		},
	}
	for _, m := range d.models {
		sc := savedContract{
			Address: m.addr, Name: m.name, Txs: m.txs, Blocks: m.blocks, Calls: m.calls,
			Callers:    encodeCallers(m.callers.cur),
			OldCallers: encodeCallers(m.callers.old),
		}
		for k, s := range m.series {
			sc.Series = append(sc.Series, savedSeries{Metric: k.String(), Kind: k.kind, Token: k.token, Sel: k.sel, Model: s})
		}
		slices.SortFunc(sc.Series, func(a, b savedSeries) int {
			if a.Kind != b.Kind {
				return int(a.Kind) - int(b.Kind)
			}
			if c := a.Token.Cmp(b.Token); c != 0 {
				return c
			}
			return cmpU64(a.Sel, b.Sel)
		})
		for sel, s := range m.selectors {
			sc.Selectors = append(sc.Selectors, savedSelector{Sel: sel, selectorStats: *s})
		}
		slices.SortFunc(sc.Selectors, func(a, b savedSelector) int { return cmpU64(a.Sel, b.Sel) })
		fm := m.forest
		for _, r := range fm.ordered() {
			sc.Forest.Rows = append(sc.Forest.Rows, r...)
		}
		sc.Forest.N, sc.Forest.TrainedAt, sc.Forest.Trainings = fm.n, fm.trainedAt, fm.trainings
		st.Contracts = append(st.Contracts, sc)
	}
	b, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("baseline state of monitor %q: %w", d.mon.Name, err)
	}
	return b, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func encodeCallers(m map[common.Address]uint32) []byte {
	addrs := make([]common.Address, 0, len(m))
	for a := range m {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
	out := make([]byte, 0, 24*len(addrs))
	for _, a := range addrs {
		out = append(out, a.Bytes()...)
		out = binary.BigEndian.AppendUint32(out, m[a])
	}
	return out
}

func decodeCallers(b []byte) (map[common.Address]uint32, error) {
	if len(b)%24 != 0 {
		return nil, fmt.Errorf("%d bytes is not a whole number of 24-byte caller records", len(b))
	}
	m := make(map[common.Address]uint32, len(b)/24)
	for i := 0; i < len(b); i += 24 {
		m[common.BytesToAddress(b[i:i+20])] = binary.BigEndian.Uint32(b[i+20 : i+24])
	}
	return m, nil
}

// parseState decodes and checks a saved state.
func parseState(data []byte) (*savedState, error) {
	var head struct {
		Version int    `json:"version"`
		Kind    string `json:"kind"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("baseline state: %w", err)
	}
	if head.Kind != Kind {
		return nil, fmt.Errorf("baseline state: kind %q, want %q", head.Kind, Kind)
	}
	if head.Version != stateVersion {
		return nil, fmt.Errorf("baseline state: version %d, this Warden reads version %d", head.Version, stateVersion)
	}
	var st savedState
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("baseline state: %w", err)
	}
	for _, c := range st.Contracts {
		for _, s := range c.Series {
			if s.Model == nil {
				return nil, fmt.Errorf("baseline state: contract %s: metric %q has no model", c.Address.Hex(), s.Metric)
			}
			if _, ok := metricKinds[s.Kind]; !ok {
				return nil, fmt.Errorf("baseline state: contract %s: metric %q has unknown kind %d", c.Address.Hex(), s.Metric, s.Kind)
			}
			if s.Model.Tf != transformLog && s.Model.Tf != transformCount {
				return nil, fmt.Errorf("baseline state: contract %s: metric %q has unknown transform %d", c.Address.Hex(), s.Metric, s.Model.Tf)
			}
			if len(s.Model.Hours) != 0 && len(s.Model.Hours) != 24 {
				return nil, fmt.Errorf("baseline state: contract %s: metric %q has %d hours of day", c.Address.Hex(), s.Metric, len(s.Model.Hours))
			}
		}
		if len(c.Forest.Rows)%numFeatures != 0 {
			return nil, fmt.Errorf("baseline state: contract %s: forest rows are not %d features wide", c.Address.Hex(), numFeatures)
		}
		if uint64(len(c.Forest.Rows)/numFeatures) > c.Forest.N || c.Forest.TrainedAt > c.Forest.N {
			return nil, fmt.Errorf("baseline state: contract %s: forest counters are inconsistent", c.Address.Hex())
		}
	}
	return &st, nil
}

// UnmarshalState implements detect.Stateful. The state is decoded and
// checked completely before anything is replaced, so an error leaves the
// detector as it was (fresh, when the engine restores at start).
// Contracts no longer monitored are dropped; newly monitored ones start
// fresh; a changed window or seasonality setting adapts the saved series.
func (d *detector) UnmarshalState(data []byte) error {
	st, err := parseState(data)
	if err != nil {
		return err
	}
	models := make([]*contractModel, len(d.models))
	for i, a := range d.addrs {
		models[i] = d.newContractModel(a)
	}
	fp := &d.p.Forest
	for _, c := range st.Contracts {
		ci, ok := d.index[c.Address]
		if !ok {
			continue
		}
		m := models[ci]
		m.txs, m.blocks, m.calls = c.Txs, c.Blocks, c.Calls
		for _, s := range c.Series {
			s.Model.resize(d.model)
			m.series[seriesKey{kind: s.Kind, token: s.Token, sel: s.Sel}] = s.Model
		}
		for _, s := range c.Selectors {
			stats := s.selectorStats
			m.selectors[s.Sel] = &stats
		}
		if m.callers.cur, err = decodeCallers(c.Callers); err != nil {
			return fmt.Errorf("baseline state: contract %s callers: %w", c.Address.Hex(), err)
		}
		if m.callers.old, err = decodeCallers(c.OldCallers); err != nil {
			return fmt.Errorf("baseline state: contract %s old callers: %w", c.Address.Hex(), err)
		}
		fm := m.forest
		rows := len(c.Forest.Rows) / numFeatures
		keep := min(rows, fm.capacity(fp))
		for r := rows - keep; r < rows; r++ {
			fm.rows = append(fm.rows, slices.Clone(c.Forest.Rows[r*numFeatures:(r+1)*numFeatures]))
		}
		fm.n, fm.trainings = c.Forest.N, c.Forest.Trainings
		if c.Forest.TrainedAt > 0 && !fp.Disabled {
			// Regrow the forest of the last training from the same
			// rows and seeds: the trees themselves are not saved.
			fm.fit(fp, c.Forest.TrainedAt)
		}
		fm.trainedAt = c.Forest.TrainedAt
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.models = models
	return nil
}
