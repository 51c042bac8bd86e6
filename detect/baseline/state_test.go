package baseline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/baseline"
	"github.com/warden-dev/warden/store/sqlite"
)

// comparable strips what legitimately differs between two runs.
func comparable(as []alert.Alert) []alert.Alert {
	out := make([]alert.Alert, len(as))
	for i, a := range as {
		a.SeenAt, a.StoredAt = a.SeenAt.UTC(), a.StoredAt.UTC()
		out[i] = a
	}
	return out
}

func TestStateSurvivesRestartViaSQLite(t *testing.T) {
	h := demoHistory(t)
	ctx := context.Background()
	bundles := withoutTraces(h.bundles)
	// Restart just before the unusual and malicious part of the history.
	split := -1
	for i, b := range bundles {
		for _, tx := range b.Block.Transactions() {
			if h.unusual[tx.Hash()] != "" && split < 0 {
				split = i
			}
		}
	}
	if split < 1 {
		t.Fatal("history has no unusual transactions")
	}
	path := filepath.Join(t.TempDir(), "warden.db")

	before := h.engine(t, testParams)
	run(ctx, before, bundles[:split])
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := before.SaveState(ctx, st); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	after := h.engine(t, testParams)
	if err := after.RestoreState(ctx, st); err != nil {
		t.Fatal(err)
	}

	want := run(ctx, before, bundles[split:])
	got := run(ctx, after, bundles[split:])
	if len(want) == 0 {
		t.Fatal("the uninterrupted run found nothing after the split")
	}
	if !reflect.DeepEqual(comparable(got), comparable(want)) {
		t.Errorf("restored detector differs from the uninterrupted one:\n got %d alerts\nwant %d alerts", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("first difference at %d:\n got %s %.4f %s\nwant %s %.4f %s", i, got[i].Severity, got[i].Confidence, got[i].Title, want[i].Severity, want[i].Confidence, want[i].Title)
				break
			}
		}
	}
	high := false
	for _, a := range got {
		high = high || (h.attacks[a.TxHash] && a.Severity == alert.SeverityHigh)
	}
	if !high {
		t.Error("after the restart the attack is not high: the warm-up was reopened")
	}
	// Without the saved state the same blocks fall in a warm-up.
	fresh := run(ctx, h.engine(t, testParams), bundles[split:])
	for _, a := range fresh {
		if a.Severity >= alert.SeverityHigh {
			t.Errorf("a fresh detector should still be warming up, got %s %s", a.Severity, a.Title)
		}
	}

	// The saved state is what Show reads.
	states, err := st.DetectorStates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	key := detect.StateKey("dev", "demo", "baseline")
	data, ok := states[key]
	if !ok || !baseline.IsState(data) {
		t.Fatalf("no baseline state under %s (keys %v)", key, states)
	}
	var out bytes.Buffer
	if err := baseline.Show(&out, key, data); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	t.Logf("baseline show:\n%s", text)
	for _, want := range []string{key, "contract LendingPool " + h.proto.LendingPool.Hex(), "contract OraclePair", ": warm",
		"forest: 50 trees", "selectors:", "metrics:", "outflow:", "value:", "gas:0x", "callers", "EWMA mean", "MAD", "seasonal hours"} {
		if !strings.Contains(text, want) {
			t.Errorf("show output lacks %q", want)
		}
	}
	t.Logf("state: %d bytes", len(data))
	if len(data) > 200_000 {
		t.Errorf("state is %d bytes for two contracts; keep it compact", len(data))
	}
}

func TestStateRoundTripAndVersions(t *testing.T) {
	d := newDetector(t, `{warmup: 10, contract_warmup: 50, forest: {window: 64, sample: 32, retrain_every: 16}}`)
	tr := newTraffic(4, 40)
	var blocks []*chain.Bundle
	for i := 0; i < 30; i++ {
		blocks = append(blocks, tr.block(t, 8, false))
	}
	for _, b := range blocks[:20] {
		detectAll(t, d, b)
	}
	s := d.(detect.Stateful)
	data, err := s.MarshalState()
	if err != nil {
		t.Fatal(err)
	}
	// Marshal -> unmarshal -> marshal is the identity.
	d2 := newDetector(t, `{warmup: 10, contract_warmup: 50, forest: {window: 64, sample: 32, retrain_every: 16}}`)
	s2 := d2.(detect.Stateful)
	if err := s2.UnmarshalState(data); err != nil {
		t.Fatal(err)
	}
	again, err := s2.MarshalState()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("state changed in a round trip")
	}
	// And both continue identically.
	for _, b := range blocks[20:] {
		x, y := detectAll(t, d, b), detectAll(t, d2, b)
		if !reflect.DeepEqual(x, y) {
			t.Fatalf("block %d: alerts differ after the round trip", b.Number())
		}
	}

	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	bad := func(mut func(map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(data, &m)
		mut(m)
		b, _ := json.Marshal(m)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"future version", bad(func(m map[string]any) { m["version"] = 99 }), "version 99"},
		{"another detector's state", []byte(`{"Seen": 3}`), "kind"},
		{"not JSON", []byte("{not json"), "baseline state"},
		{"torn ring", bad(func(m map[string]any) {
			c := m["contracts"].([]any)[0].(map[string]any)
			c["series"].([]any)[0].(map[string]any)["model"].(map[string]any)["ring"] = "AAA"
		}), "baseline state"},
		{"forest rows", bad(func(m map[string]any) {
			c := m["contracts"].([]any)[0].(map[string]any)
			c["forest"].(map[string]any)["rows"] = "AAAAAA=="
		}), "forest rows"},
	}
	for _, tc := range cases {
		fresh := newDetector(t, `{}`).(detect.Stateful)
		err := fresh.UnmarshalState(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.want)
		}
		if err := baseline.Show(&bytes.Buffer{}, "k", tc.data); err == nil {
			t.Errorf("%s: Show accepted it", tc.name)
		}
		// The refused state left the detector fresh and working.
		if st, _ := fresh.MarshalState(); !strings.Contains(string(st), `"txs":0`) {
			t.Errorf("%s: detector not fresh after a refused state", tc.name)
		}
	}
	if baseline.IsState([]byte(`{"Seen": 3}`)) || !baseline.IsState(data) {
		t.Error("IsState")
	}
}

func TestEngineStartsFreshOnUnknownVersion(t *testing.T) {
	h := demoHistory(t)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SaveDetectorState(ctx, detect.StateKey("dev", "demo", "baseline"), []byte(`{"version":2,"kind":"baseline"}`)); err != nil {
		t.Fatal(err)
	}
	e := h.engine(t, testParams)
	if err := e.RestoreState(ctx, st); err != nil {
		t.Fatalf("an unreadable state must not stop the engine: %v", err)
	}
	if got := run(ctx, e, withoutTraces(h.bundles)); len(got) == 0 {
		t.Error("engine with a refused state does not work")
	}
}
