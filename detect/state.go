package detect

import (
	"context"
	"errors"
	"fmt"
)

// Stateful is implemented by detectors that learn across blocks (baselines,
// counters of failed probes, tainted funding sources). Their state is saved
// by the engine under the detector's identity and restored when the engine
// is built again, so a restart does not throw away weeks of learning or
// reopen a warm-up period an attacker could use.
type Stateful interface {
	// MarshalState returns the detector's state; it is called between
	// blocks, never concurrently with Detect.
	MarshalState() ([]byte, error)
	// UnmarshalState replaces the state with one MarshalState returned,
	// possibly by an older version of the detector: an unreadable state
	// is an error, and the engine then starts the detector fresh.
	UnmarshalState([]byte) error
}

// StateStore keeps detector state. Keys are "chain/monitor/detector".
type StateStore interface {
	LoadDetectorState(ctx context.Context, key string) ([]byte, bool, error)
	SaveDetectorState(ctx context.Context, key string, data []byte) error
}

// StateKey is the store key of a detector instance.
func StateKey(chain, monitor, detector string) string {
	return chain + "/" + monitor + "/" + detector
}

// RestoreState loads the saved state of every stateful detector. A state
// that cannot be read is logged and skipped (the detector starts fresh)
// rather than stopping Warden: losing a baseline is bad, not watching the
// chain at all is worse.
func (e *Engine) RestoreState(ctx context.Context, st StateStore) error {
	for _, in := range e.instances {
		s, ok := in.det.(Stateful)
		if !ok {
			continue
		}
		key := StateKey(in.monitor.Chain, in.monitor.Name, in.spec.Name)
		data, found, err := st.LoadDetectorState(ctx, key)
		if err != nil {
			return fmt.Errorf("load state of %s: %w", key, err)
		}
		if !found {
			continue
		}
		if err := s.UnmarshalState(data); err != nil {
			e.logger.Error("detector state unreadable; starting fresh", "detector", key, "err", err)
		}
	}
	return nil
}

// SaveState stores the state of every stateful detector. Call it between
// blocks (the engine does not lock detectors against a concurrent Run).
func (e *Engine) SaveState(ctx context.Context, st StateStore) error {
	var errs []error
	for _, in := range e.instances {
		s, ok := in.det.(Stateful)
		if !ok {
			continue
		}
		key := StateKey(in.monitor.Chain, in.monitor.Name, in.spec.Name)
		data, err := s.MarshalState()
		if err != nil {
			errs = append(errs, fmt.Errorf("marshal state of %s: %w", key, err))
			continue
		}
		if err := st.SaveDetectorState(ctx, key, data); err != nil {
			errs = append(errs, fmt.Errorf("save state of %s: %w", key, err))
		}
	}
	return errors.Join(errs...)
}

// Stateful reports whether any detector keeps state worth saving.
func (e *Engine) Stateful() bool {
	for _, in := range e.instances {
		if _, ok := in.det.(Stateful); ok {
			return true
		}
	}
	return false
}
