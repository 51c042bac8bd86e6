package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// LoadDetectorState returns a detector's saved state.
func (s *Store) LoadDetectorState(ctx context.Context, key string) ([]byte, bool, error) {
	var body []byte
	err := s.db.QueryRowContext(ctx, `SELECT body FROM detector_state WHERE key = ?`, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("load detector state %s: %w", key, err)
	}
	return body, true, nil
}

// SaveDetectorState replaces a detector's saved state.
func (s *Store) SaveDetectorState(ctx context.Context, key string, data []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO detector_state (key, updated_at, body) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body`,
		key, time.Now().UnixNano(), data)
	if err != nil {
		return fmt.Errorf("save detector state %s: %w", key, err)
	}
	return nil
}

// DetectorStates lists every saved detector state, by key.
func (s *Store) DetectorStates(ctx context.Context) (map[string][]byte, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, body FROM detector_state ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("list detector states: %w", err)
	}
	defer rows.Close()
	out := map[string][]byte{}
	for rows.Next() {
		var k string
		var b []byte
		if err := rows.Scan(&k, &b); err != nil {
			return nil, fmt.Errorf("list detector states: %w", err)
		}
		out[k] = b
	}
	return out, rows.Err()
}
