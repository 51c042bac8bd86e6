package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/warden-dev/warden/escalation"
	"github.com/warden-dev/warden/incident"
)

// escalationSchema keeps each incident's paging progress (level, deadline,
// why it stopped) so a restart resumes paging where it was. incidents_status
// lets the engine find unacknowledged incidents without reading them all.
var escalationSchema = []string{
	`CREATE TABLE IF NOT EXISTS escalations (
		incident_id TEXT PRIMARY KEY,
		stopped INTEGER NOT NULL,
		deadline INTEGER NOT NULL,
		body TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS escalations_open ON escalations(stopped, deadline)`,
	`CREATE INDEX IF NOT EXISTS incidents_status ON incidents(status)`,
}

func init() { schema = append(schema, escalationSchema...) }

var _ escalation.Store = (*Store)(nil)

// UnacknowledgedIncidents implements escalation.Store.
func (s *Store) UnacknowledgedIncidents(ctx context.Context) ([]incident.Incident, error) {
	return s.queryIncidents(ctx, `SELECT body FROM incidents WHERE status = ? ORDER BY opened_at, id`, string(incident.StatusDetected))
}

func decodeEscalation(body string) (*escalation.State, error) {
	var st escalation.State
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		return nil, fmt.Errorf("decode stored escalation: %w", err)
	}
	return &st, nil
}

// OpenEscalations implements escalation.Store.
func (s *Store) OpenEscalations(ctx context.Context) ([]escalation.State, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM escalations WHERE stopped = 0 ORDER BY deadline, incident_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []escalation.State
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		st, err := decodeEscalation(body)
		if err != nil {
			return nil, err
		}
		out = append(out, *st)
	}
	return out, rows.Err()
}

// Escalation implements escalation.Store.
func (s *Store) Escalation(ctx context.Context, incidentID string) (*escalation.State, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM escalations WHERE incident_id = ?`, incidentID).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeEscalation(body)
}

// SaveEscalation implements escalation.Store: the progress and the
// timeline entries recording it are written together, so a page is never
// recorded without its deadline or the other way round.
func (s *Store) SaveEscalation(ctx context.Context, st *escalation.State, entries []incident.Entry) error {
	body, err := json.Marshal(st)
	if err != nil {
		return err
	}
	stopped := 0
	if st.Stopped != "" {
		stopped = 1
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO escalations(incident_id, stopped, deadline, body) VALUES(?, ?, ?, ?)
			ON CONFLICT(incident_id) DO UPDATE SET stopped = excluded.stopped, deadline = excluded.deadline, body = excluded.body`,
			st.IncidentID, stopped, nanos(st.Deadline), string(body)); err != nil {
			return fmt.Errorf("save escalation of %s: %w", st.IncidentID, err)
		}
		return appendEntries(ctx, tx, st.IncidentID, entries)
	})
}
