package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
)

// IsState reports whether a saved detector state is a baseline's, so a
// tool listing every detector_state key can pick the ones Show reads.
func IsState(state []byte) bool {
	var head struct {
		Kind string `json:"kind"`
	}
	return json.Unmarshal(state, &head) == nil && head.Kind == Kind
}

// Show prints a human-readable summary of one saved baseline state (key is
// the detector_state key, "chain/monitor/detector"): per contract its
// counts, warm-up status, selectors, callers and forest, and per metric n,
// EWMA mean/stddev, median/MAD, robust maximum, warm-up and seasonality.
func Show(w io.Writer, key string, state []byte) error {
	st, err := parseState(state)
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	var buf bytes.Buffer
	p := st.Params
	fmt.Fprintf(&buf, "%s: baseline state version %d (warmup %d per metric, %d transactions per contract; window %d; seasonality %v)\n",
		key, st.Version, p.Warmup, p.ContractWarmup, p.Window, p.Seasonality)
	if len(st.Contracts) == 0 {
		fmt.Fprintln(&buf, "  no contracts learned yet")
	}
	for _, c := range st.Contracts {
		name := c.Name
		if name == "" {
			name = "(unnamed)"
		}
		status := "warm"
		if c.Txs < uint64(p.ContractWarmup) {
			status = fmt.Sprintf("warming up (%d/%d transactions)", c.Txs, p.ContractWarmup)
		}
		callers := (len(c.Callers) + len(c.OldCallers)) / 24
		fmt.Fprintf(&buf, "\ncontract %s %s: %s\n", name, c.Address.Hex(), status)
		fmt.Fprintf(&buf, "  %d transactions, %d active blocks, %d calls, %d selectors, %d callers remembered\n",
			c.Txs, c.Blocks, c.Calls, len(c.Selectors), callers)
		f := c.Forest
		if f.TrainedAt == 0 {
			fmt.Fprintf(&buf, "  forest: not trained yet (%d transactions in the window)\n", len(f.Rows)/numFeatures)
		} else {
			fmt.Fprintf(&buf, "  forest: %d trees, sample %d, last trained at transaction %d on the last %d (%d trainings, retrained every %d); %d transactions in the window\n",
				p.ForestTrees, p.ForestSample, f.TrainedAt, min(int(f.TrainedAt), p.ForestWindow), f.Trainings, p.ForestRetrain, len(f.Rows)/numFeatures)
		}
		if len(c.Selectors) > 0 {
			fmt.Fprintln(&buf, "  selectors:")
			tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "    selector\tcalls\tdistinct callers\tfirst block")
			for _, s := range c.Selectors {
				distinct := fmt.Sprintf("%d", s.distinct())
				if s.Many {
					distinct = fmt.Sprintf("> %d", maxSelectorCallers)
				}
				fmt.Fprintf(tw, "    %s\t%d\t%s\t%d\n", selectorName(s.Sel), s.Count, distinct, s.FirstBlock)
			}
			tw.Flush()
		}
		if len(c.Series) > 0 {
			fmt.Fprintln(&buf, "  metrics:")
			tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "    metric\tn\tstatus\tEWMA mean\tEWMA stddev\tmedian\tMAD\trobust max\tseasonal hours")
			for _, s := range c.Series {
				k := seriesKey{kind: s.Kind, token: s.Token, sel: s.Sel}
				sr := s.Model
				status := "warm"
				if sr.N < uint64(p.Warmup) {
					status = fmt.Sprintf("warm-up %d/%d", sr.N, p.Warmup)
				}
				unit := "log"
				if sr.Tf == transformCount {
					unit = ""
				}
				ready := 0
				for _, h := range sr.Hours {
					if h.N >= uint64(p.SeasonMin) {
						ready++
					}
				}
				season := "off"
				if len(sr.Hours) == 24 {
					season = fmt.Sprintf("%d/24", ready)
				}
				fmt.Fprintf(tw, "    %s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", shortMetric(k), sr.N, status,
					compact(k, sr.Tf.invert(sr.Level.Mean)), strings.TrimSpace(fmt.Sprintf("%.3g %s", sr.Level.std(), unit)),
					compact(k, sr.Tf.invert(sr.Med)), strings.TrimSpace(fmt.Sprintf("%.3g %s", sr.MAD, unit)),
					compact(k, sr.Max2), season)
			}
			tw.Flush()
		}
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// shortMetric abbreviates token addresses so the table stays readable.
func shortMetric(k seriesKey) string {
	switch k.kind {
	case mOutflow, mValue:
		if k.token != (common.Address{}) {
			return metricKinds[k.kind] + ":" + short(k.token)
		}
	}
	return k.String()
}

func compact(k seriesKey, v float64) string {
	switch k.kind {
	case mOutflow, mValue:
		return fmt.Sprintf("%.4g", v)
	case mGas:
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}
