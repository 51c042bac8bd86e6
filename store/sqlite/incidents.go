package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/warden-dev/warden/incident"
)

// timeline_heads keeps each timeline's last sequence number and hash apart
// from the entries, written in the same transaction that appends them. A
// hash chain alone cannot tell a timeline whose last entries were deleted
// from one that ended there; the head can. The second statement gives
// timelines written before heads were kept their current head.
var incidentSchema = []string{
	`CREATE TABLE IF NOT EXISTS timeline_heads (
		incident_id TEXT PRIMARY KEY,
		seq INTEGER NOT NULL,
		hash TEXT NOT NULL)`,
	`INSERT OR IGNORE INTO timeline_heads(incident_id, seq, hash)
		SELECT t.incident_id, t.seq, json_extract(t.body, '$.hash') FROM timeline t
		WHERE t.seq = (SELECT MAX(seq) FROM timeline WHERE incident_id = t.incident_id)`,
}

func init() { schema = append(schema, incidentSchema...) }

func saveTimelineHead(ctx context.Context, tx *sql.Tx, last *incident.Entry) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO timeline_heads(incident_id, seq, hash) VALUES(?, ?, ?)
		ON CONFLICT(incident_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`, last.IncidentID, last.Seq, last.Hash)
	if err != nil {
		return fmt.Errorf("record timeline head %d: %w", last.Seq, err)
	}
	return nil
}

// TimelineHead implements incident.HeadReader.
func (s *Store) TimelineHead(ctx context.Context, id string) (incident.Head, bool, error) {
	var h incident.Head
	err := s.db.QueryRowContext(ctx, `SELECT seq, hash FROM timeline_heads WHERE incident_id = ?`, id).Scan(&h.Seq, &h.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return incident.Head{}, false, nil
	}
	if err != nil {
		return incident.Head{}, false, fmt.Errorf("load timeline head of %s: %w", id, err)
	}
	return h, true, nil
}

var _ incident.HeadReader = (*Store)(nil)
