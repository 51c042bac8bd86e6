// Command gen writes labels/data/etherscan-labels-subset.json: the entries of
// the Etherscan label snapshot whose tags matter to Warden's detectors
// (mixers, sanctioned and blocked addresses, exchanges, bridges, MEV bots).
// The full snapshot is 3 MB; embedding all of it would mostly carry pool and
// token names no detector reads. Entries are copied unchanged, keyed as in
// the source; run it through `go generate ./labels` with the snapshot from
// /work/shared/data/labels (brianleect/etherscan-labels, MIT).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
)

// keep lists the tags whose entries are copied.
var keep = []string{
	"tornado-cash", "ethereum-mixer", "ofac-sanctions-lists", "blocked",
	"mev-bot", "bridge",
	"binance", "coinbase", "kraken", "huobi", "kucoin", "okx", "bitfinex", "gemini",
	"ftx", "crypto-com", "gate-io", "bitstamp", "poloniex", "bittrex", "upbit", "bithumb",
}

type entry struct {
	Name   string   `json:"name"`
	Labels []string `json:"labels"`
}

func main() {
	src := flag.String("src", "../../shared/data/labels/etherscan-labels-mainnet.json", "the full Etherscan label snapshot")
	out := flag.String("out", "data/etherscan-labels-subset.json", "where to write the subset")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var all map[string]entry
	if err := json.Unmarshal(raw, &all); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	keys := make([]string, 0, len(all))
	for k, e := range all {
		if slices.ContainsFunc(e.Labels, func(l string) bool { return slices.Contains(keep, l) }) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	// One entry per line keeps the generated file reviewable in diffs.
	var buf bytes.Buffer
	buf.WriteString("{\n")
	for i, k := range keys {
		kj, _ := json.Marshal(k)
		ej, err := json.Marshal(all[k])
		if err != nil {
			return err
		}
		buf.Write(kj)
		buf.WriteString(": ")
		buf.Write(ej)
		if i < len(keys)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("}\n")
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
