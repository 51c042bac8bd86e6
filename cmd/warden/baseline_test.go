package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/detect/baseline"
	"github.com/warden-dev/warden/store/sqlite"
)

func TestBaselineShow(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warden.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCLI("baseline", "show", "--store", path); err == nil || !strings.Contains(err.Error()+stderr, "no baseline state") {
		t.Fatalf("empty store: err %v, stderr %s", err, stderr)
	}
	mon := &detect.Monitor{Name: "m", Chain: "dev", Contracts: map[common.Address]string{common.HexToAddress("0x01"): "Pool"}}
	det, err := baseline.Factory().New(detect.Spec{Kind: "baseline", Name: "baseline", Params: &yaml.Node{}}, mon, detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	state, err := det.(detect.Stateful).MarshalState()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveDetectorState(ctx, detect.StateKey("dev", "m", "baseline"), state); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out, stderr, err := runCLI("baseline", "show", "--store", path)
	if err != nil {
		t.Fatalf("baseline show: %v %s", err, stderr)
	}
	if !strings.Contains(out, "dev/m/baseline") || !strings.Contains(out, "baseline state version") {
		t.Fatalf("unexpected output:\n%s", out)
	}
}
