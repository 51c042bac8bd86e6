package detect_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
	"github.com/warden-dev/warden/store/sqlite"
)

// counter learns how many blocks it has seen.
type counter struct{ Seen int }

func (c *counter) Requirements() detect.Requirements { return detect.Requirements{} }
func (c *counter) Detect(context.Context, *chain.Bundle, func(alert.Alert)) error {
	c.Seen++
	return nil
}
func (c *counter) MarshalState() ([]byte, error) { return json.Marshal(c) }
func (c *counter) UnmarshalState(b []byte) error { return json.Unmarshal(b, c) }

func TestDetectorStateSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var built []*counter
	f := detect.Factory{
		Kind:  "counter",
		Check: func(*config.Monitor, *yaml.Node) error { return nil },
		New: func(detect.Spec, *detect.Monitor, detect.Deps) (detect.Detector, error) {
			c := &counter{}
			built = append(built, c)
			return c, nil
		},
	}
	b := bundle(t)
	e := engine(t, f)
	e.Run(ctx, b)
	e.Run(ctx, b)
	if err := e.SaveState(ctx, st); err != nil {
		t.Fatal(err)
	}

	e2 := engine(t, f)
	if err := e2.RestoreState(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got := built[1].Seen; got != 2 {
		t.Fatalf("restored detector has seen %d blocks, want 2", got)
	}

	// An unreadable state starts the detector fresh instead of failing.
	if err := st.SaveDetectorState(ctx, detect.StateKey("dev", "m", "counter"), []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	e3 := engine(t, f)
	if err := e3.RestoreState(ctx, st); err != nil {
		t.Fatalf("unreadable state should not fail the engine: %v", err)
	}
	if got := built[2].Seen; got != 0 {
		t.Fatalf("detector with unreadable state has seen %d, want a fresh 0", got)
	}
}
