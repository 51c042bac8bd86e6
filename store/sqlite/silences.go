package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/silence"
)

// routingSchema holds silences and what the notification router
// remembers: per aggregation group, the outcome for each alert and the
// flushes (messages) it produced; per incident, the receivers notified.
var routingSchema = []string{
	`CREATE TABLE IF NOT EXISTS silences (
		id TEXT PRIMARY KEY,
		starts_at INTEGER NOT NULL,
		ends_at INTEGER NOT NULL,
		updated_at INTEGER NOT NULL,
		body TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS silences_ends ON silences(ends_at)`,
	`CREATE TABLE IF NOT EXISTS route_flushes (
		group_key TEXT NOT NULL,
		seq INTEGER NOT NULL,
		at INTEGER NOT NULL,
		sent INTEGER NOT NULL,
		body TEXT NOT NULL,
		PRIMARY KEY (group_key, seq))`,
	`CREATE INDEX IF NOT EXISTS route_flushes_unsent ON route_flushes(sent) WHERE sent = 0`,
	`CREATE TABLE IF NOT EXISTS route_alerts (
		group_key TEXT NOT NULL,
		fingerprint TEXT NOT NULL,
		incident_id TEXT NOT NULL,
		outcome TEXT NOT NULL,
		detail TEXT NOT NULL,
		PRIMARY KEY (group_key, fingerprint))`,
	`CREATE TABLE IF NOT EXISTS route_receivers (
		incident_id TEXT NOT NULL,
		receiver TEXT NOT NULL,
		PRIMARY KEY (incident_id, receiver))`,
}

func init() { schema = append(schema, routingSchema...) }

// --- silences ---

// SaveSilence implements silence.Store.
func (s *Store) SaveSilence(ctx context.Context, sil *silence.Silence) error {
	body, err := json.Marshal(sil)
	if err != nil {
		return fmt.Errorf("encode silence %s: %w", sil.ID, err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO silences(id, starts_at, ends_at, updated_at, body) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, updated_at = excluded.updated_at, body = excluded.body`,
		sil.ID, nanos(sil.StartsAt), nanos(sil.EndsAt), nanos(sil.UpdatedAt), string(body))
	if err != nil {
		return fmt.Errorf("save silence %s: %w", sil.ID, err)
	}
	return nil
}

// Silence implements silence.Store.
func (s *Store) Silence(ctx context.Context, id string) (*silence.Silence, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM silences WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: no silence %q", silence.ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("load silence %s: %w", id, err)
	}
	var sil silence.Silence
	if err := json.Unmarshal([]byte(body), &sil); err != nil {
		return nil, fmt.Errorf("decode silence %s: %w", id, err)
	}
	return &sil, nil
}

// Silences implements silence.Store: newest first.
func (s *Store) Silences(ctx context.Context) ([]silence.Silence, error) {
	return s.querySilences(ctx, `SELECT body FROM silences ORDER BY updated_at DESC, id`)
}

// ActiveSilences implements silence.Store.
func (s *Store) ActiveSilences(ctx context.Context, now time.Time) ([]silence.Silence, error) {
	n := nanos(now)
	return s.querySilences(ctx, `SELECT body FROM silences WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, id`, n, n)
}

func (s *Store) querySilences(ctx context.Context, query string, args ...any) ([]silence.Silence, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load silences: %w", err)
	}
	defer rows.Close()
	var out []silence.Silence
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var sil silence.Silence
		if err := json.Unmarshal([]byte(body), &sil); err != nil {
			return nil, fmt.Errorf("decode stored silence: %w", err)
		}
		out = append(out, sil)
	}
	return out, rows.Err()
}

// --- notification routing state ---

// RouteGroupState implements route.Store.
func (s *Store) RouteGroupState(ctx context.Context, key string) (route.GroupState, error) {
	st := route.GroupState{Handled: map[string]route.Outcome{}}
	var seq sql.NullInt64
	var at sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(seq), MAX(at) FROM route_flushes WHERE group_key = ?`, key).Scan(&seq, &at); err != nil {
		return st, fmt.Errorf("load flushes of group %s: %w", key, err)
	}
	st.Seq = int(seq.Int64)
	if at.Valid && at.Int64 != 0 {
		st.LastFlushAt = time.Unix(0, at.Int64).UTC()
	}
	rows, err := s.db.QueryContext(ctx, `SELECT fingerprint, outcome FROM route_alerts WHERE group_key = ?`, key)
	if err != nil {
		return st, fmt.Errorf("load alerts of group %s: %w", key, err)
	}
	defer rows.Close()
	for rows.Next() {
		var fp, outcome string
		if err := rows.Scan(&fp, &outcome); err != nil {
			return st, err
		}
		st.Handled[fp] = route.Outcome(outcome)
	}
	return st, rows.Err()
}

// SaveRouteFlush implements route.Store.
func (s *Store) SaveRouteFlush(ctx context.Context, f *route.Flush, handled []route.Handled) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if f != nil {
			body, err := json.Marshal(f)
			if err != nil {
				return fmt.Errorf("encode flush %s: %w", f.Key(), err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO route_flushes(group_key, seq, at, sent, body) VALUES(?, ?, ?, 0, ?)`,
				f.GroupKey, f.Seq, nanos(f.At), string(body)); err != nil {
				return fmt.Errorf("insert flush %s: %w", f.Key(), err)
			}
			for _, id := range f.Incidents {
				if _, err := tx.ExecContext(ctx, `INSERT INTO route_receivers(incident_id, receiver) VALUES(?, ?) ON CONFLICT DO NOTHING`, id, f.Receiver); err != nil {
					return fmt.Errorf("record receiver %s of incident %s: %w", f.Receiver, id, err)
				}
			}
		}
		for _, h := range handled {
			if _, err := tx.ExecContext(ctx, `INSERT INTO route_alerts(group_key, fingerprint, incident_id, outcome, detail) VALUES(?, ?, ?, ?, ?)
				ON CONFLICT(group_key, fingerprint) DO UPDATE SET outcome = excluded.outcome, detail = excluded.detail`,
				h.GroupKey, h.Fingerprint, h.IncidentID, string(h.Outcome), h.Detail); err != nil {
				return fmt.Errorf("record outcome of alert %s in group %s: %w", h.Fingerprint, h.GroupKey, err)
			}
		}
		return nil
	})
}

// MarkRouteFlushSent implements route.Store.
func (s *Store) MarkRouteFlushSent(ctx context.Context, groupKey string, seq int) error {
	res, err := s.db.ExecContext(ctx, `UPDATE route_flushes SET sent = 1 WHERE group_key = ? AND seq = ?`, groupKey, seq)
	if err != nil {
		return fmt.Errorf("mark flush %s/%d sent: %w", groupKey, seq, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("mark flush %s/%d sent: no such flush", groupKey, seq)
	}
	return nil
}

// UnsentRouteFlushes implements route.Store, oldest first.
func (s *Store) UnsentRouteFlushes(ctx context.Context) ([]route.Flush, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM route_flushes WHERE sent = 0 ORDER BY at, group_key, seq`)
	if err != nil {
		return nil, fmt.Errorf("load unsent flushes: %w", err)
	}
	defer rows.Close()
	var out []route.Flush
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var f route.Flush
		if err := json.Unmarshal([]byte(body), &f); err != nil {
			return nil, fmt.Errorf("decode stored flush: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// RouteReceivers implements route.Store.
func (s *Store) RouteReceivers(ctx context.Context, incidentID string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT receiver FROM route_receivers WHERE incident_id = ? ORDER BY receiver`, incidentID)
	if err != nil {
		return nil, fmt.Errorf("load receivers of incident %s: %w", incidentID, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
