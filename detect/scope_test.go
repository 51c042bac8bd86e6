package detect_test

import (
	"context"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

type scoped struct{ runs *int }

func (s scoped) Requirements() detect.Requirements { return detect.Requirements{Scoped: true} }
func (s scoped) Detect(context.Context, *chain.Bundle, func(alert.Alert)) error {
	*s.runs++
	return nil
}

// A scoped detector runs only on blocks that touch its monitor.
func TestScopedDetectorSkipsUntouchedBlocks(t *testing.T) {
	b := bundle(t) // one transaction to 0x…01
	runs := map[string]*int{"touched": new(int), "elsewhere": new(int)}
	f := detect.Factory{
		Kind:  "scoped",
		Check: func(*config.Monitor, *yaml.Node) error { return nil },
		New: func(_ detect.Spec, m *detect.Monitor, _ detect.Deps) (detect.Detector, error) {
			return scoped{runs[m.Name]}, nil
		},
	}
	cfg := &config.Config{Monitors: []config.Monitor{
		{Name: "touched", Chain: "dev", Contracts: []config.Contract{{Name: "C", Address: "0x0000000000000000000000000000000000000001"}}, Detectors: []config.Detector{{Kind: "scoped", Severity: "high"}}},
		{Name: "elsewhere", Chain: "dev", Contracts: []config.Contract{{Name: "D", Address: "0x0000000000000000000000000000000000000002"}}, Detectors: []config.Detector{{Kind: "scoped", Severity: "high"}}},
	}}
	e, err := detect.NewEngine(cfg, "dev", detect.NewRegistry(f), detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	e.Run(context.Background(), b)
	if *runs["touched"] != 1 || *runs["elsewhere"] != 0 {
		t.Fatalf("runs: touched %d, elsewhere %d; want 1 and 0", *runs["touched"], *runs["elsewhere"])
	}
}
