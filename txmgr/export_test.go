package txmgr

import "math/big"

// Test seams for the external test package (which imports store/sqlite,
// which imports txmgr, so the tests cannot live inside the package).

// SetCrashAt makes Send call f after each durable step; an error from f
// ends Send there, as a crash would.
func SetCrashAt(m *Manager, f func(stage string) error) { m.crashAt = f }

// SetFirstPrice rewrites the fees of each series' first attempt.
func SetFirstPrice(m *Manager, f func(tip, feeCap *big.Int) (*big.Int, *big.Int)) { m.priceFirst = f }

var (
	Raise    = raise
	Classify = func(err error) (bool, bool, error) {
		ans, kind := classify(err)
		return ans == accepted, ans == refused, kind
	}
)
