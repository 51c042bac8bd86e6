package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/warden-dev/warden/respond"
)

// respondSchema holds the responder's tables: step states, action requests
// and the decisions people made on them, the transactions counted against
// rate limits, and settings (the kill switch).
var respondSchema = []string{
	`CREATE TABLE IF NOT EXISTS steps (
		key TEXT PRIMARY KEY,
		incident_id TEXT NOT NULL,
		state TEXT NOT NULL,
		body TEXT NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS action_requests (
		id TEXT PRIMARY KEY,
		incident_id TEXT NOT NULL,
		state TEXT NOT NULL,
		created_at INTEGER NOT NULL,
		body TEXT NOT NULL)`,
	// One row per user and request: the primary key is what makes each
	// approver count once, even for two requests racing.
	`CREATE TABLE IF NOT EXISTS action_decisions (
		request_id TEXT NOT NULL,
		user TEXT NOT NULL,
		approve INTEGER NOT NULL,
		at INTEGER NOT NULL,
		body TEXT NOT NULL,
		PRIMARY KEY (request_id, user))`,
	`CREATE TABLE IF NOT EXISTS action_log (
		key TEXT PRIMARY KEY,
		playbook TEXT NOT NULL,
		at INTEGER NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS action_log_playbook ON action_log(playbook, at)`,
	`CREATE TABLE IF NOT EXISTS step_data (
		key TEXT PRIMARY KEY,
		data BLOB NOT NULL,
		updated_at INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS settings (
		name TEXT PRIMARY KEY,
		value TEXT NOT NULL,
		updated_at INTEGER NOT NULL)`,
}

// The responder's tables are declared next to the code that uses them;
// Open creates everything in schema.
func init() { schema = append(schema, respondSchema...) }

// --- playbook steps ---

// Step implements respond.Store.
func (s *Store) Step(ctx context.Context, key string) (*respond.StepRecord, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM steps WHERE key = ?`, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r respond.StepRecord
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return nil, fmt.Errorf("decode step %s: %w", key, err)
	}
	return &r, nil
}

// SaveStep implements respond.Store.
func (s *Store) SaveStep(ctx context.Context, r *respond.StepRecord) error {
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO steps(key, incident_id, state, body) VALUES(?, ?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET state = excluded.state, body = excluded.body`, r.Key, r.IncidentID, string(r.State), string(body))
	return err
}

// Steps returns the step records of an incident.
func (s *Store) Steps(ctx context.Context, incidentID string) ([]respond.StepRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM steps WHERE incident_id = ? ORDER BY key`, incidentID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []respond.StepRecord
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var r respond.StepRecord
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// --- action requests and decisions ---

// ActionRequest implements respond.Store.
func (s *Store) ActionRequest(ctx context.Context, id string) (*respond.ActionRequest, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM action_requests WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var q respond.ActionRequest
	if err := json.Unmarshal([]byte(body), &q); err != nil {
		return nil, fmt.Errorf("decode action request %s: %w", id, err)
	}
	if q.Decisions, err = s.decisions(ctx, id); err != nil {
		return nil, err
	}
	return &q, nil
}

func (s *Store) decisions(ctx context.Context, id string) ([]respond.Decision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM action_decisions WHERE request_id = ? ORDER BY at, rowid`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []respond.Decision
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var d respond.Decision
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			return nil, fmt.Errorf("decode decision on %s: %w", id, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveActionRequest implements respond.Store. Decisions are stored by
// AddDecision only, and view-only step records never.
func (s *Store) SaveActionRequest(ctx context.Context, q *respond.ActionRequest) error {
	c := *q
	c.Decisions, c.Steps = nil, nil
	body, err := json.Marshal(&c)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO action_requests(id, incident_id, state, created_at, body) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET state = excluded.state, body = excluded.body`, q.ID, q.IncidentID, string(q.State), nanos(q.CreatedAt), string(body))
	if err != nil {
		return fmt.Errorf("save action request %s: %w", q.ID, err)
	}
	return nil
}

// ActionRequests implements respond.Store.
func (s *Store) ActionRequests(ctx context.Context) ([]respond.ActionRequest, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM action_requests ORDER BY created_at DESC, id`)
	if err != nil {
		return nil, err
	}
	var out []respond.ActionRequest
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			rows.Close()
			return nil, err
		}
		var q respond.ActionRequest
		if err := json.Unmarshal([]byte(body), &q); err != nil {
			rows.Close()
			return nil, fmt.Errorf("decode action request: %w", err)
		}
		out = append(out, q)
	}
	// Closed before the decisions are read: the store has one connection.
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Decisions, err = s.decisions(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AddDecision implements respond.Store.
func (s *Store) AddDecision(ctx context.Context, requestID string, d respond.Decision) (bool, error) {
	body, err := json.Marshal(d)
	if err != nil {
		return false, err
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO action_decisions(request_id, user, approve, at, body) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(request_id, user) DO NOTHING`, requestID, d.User, d.Approve, nanos(d.At), string(body))
	if err != nil {
		return false, fmt.Errorf("save decision of %s on %s: %w", d.User, requestID, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// --- rate limits ---

// ReserveAction implements respond.Store.
func (s *Store) ReserveAction(ctx context.Context, playbook, key string, at time.Time, window time.Duration, max int) (bool, error) {
	ok := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM action_log WHERE key = ?`, key).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			ok = true // counted when it was first sent; a resumed send is the same action
			return nil
		}
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM action_log WHERE playbook = ? AND at > ?`, playbook, nanos(at.Add(-window))).Scan(&n); err != nil {
			return err
		}
		if n >= max {
			return nil
		}
		ok = true
		_, err := tx.ExecContext(ctx, `INSERT INTO action_log(key, playbook, at) VALUES(?, ?, ?)`, key, playbook, nanos(at))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("count actions of playbook %s: %w", playbook, err)
	}
	return ok, nil
}

// ActionsSince implements respond.Store.
func (s *Store) ActionsSince(ctx context.Context, playbook string, since time.Time) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM action_log WHERE playbook = ? AND at > ?`, playbook, nanos(since)).Scan(&n); err != nil {
		return 0, fmt.Errorf("count actions of playbook %s: %w", playbook, err)
	}
	return n, nil
}

// --- settings ---

// Setting implements respond.Store.
func (s *Store) Setting(ctx context.Context, name string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read setting %s: %w", name, err)
	}
	return v, true, nil
}

// SaveSetting implements respond.Store.
func (s *Store) SaveSetting(ctx context.Context, name, value string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO settings(name, value, updated_at) VALUES(?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, name, value, time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("save setting %s: %w", name, err)
	}
	return nil
}

// --- step data ---

// StepData implements respond.StepData.
func (s *Store) StepData(ctx context.Context, key string) ([]byte, bool, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM step_data WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read step data %s: %w", key, err)
	}
	return v, true, nil
}

// SaveStepData implements respond.StepData.
func (s *Store) SaveStepData(ctx context.Context, key string, data []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO step_data(key, data, updated_at) VALUES(?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`, key, data, time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("save step data %s: %w", key, err)
	}
	return nil
}
