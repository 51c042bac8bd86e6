package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// loadTestConfig writes yaml to a file in dir and loads it as `warden run`
// would, validation included.
func loadTestConfig(t *testing.T, dir, yaml string) string {
	t.Helper()
	path := filepath.Join(dir, "warden.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runApp loads a config, builds the App and runs it in the background
// until the test ends (or the returned stop is called).
func runApp(ctx context.Context, t *testing.T, dir, yaml string) (*App, func()) {
	t.Helper()
	cfg, err := LoadConfig(loadTestConfig(t, dir, yaml))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
		a.Close()
	}
	t.Cleanup(stop)
	return a, stop
}
