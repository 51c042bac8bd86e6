package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/warden-dev/warden/notify"
)

// notificationsSchema is the delivery log (notify.DeliveryLog): one row per
// message key, written before the message is sent. seq keeps the order
// messages were sent in, which is the order they are delivered in.
var notificationsSchema = []string{
	`CREATE TABLE IF NOT EXISTS notifications (
		seq INTEGER PRIMARY KEY AUTOINCREMENT,
		key TEXT NOT NULL UNIQUE,
		receiver TEXT NOT NULL,
		incident_id TEXT NOT NULL,
		event TEXT NOT NULL,
		state TEXT NOT NULL,
		attempts INTEGER NOT NULL,
		last_error TEXT NOT NULL,
		created_at INTEGER NOT NULL,
		updated_at INTEGER NOT NULL,
		next_attempt_at INTEGER NOT NULL,
		delivered_at INTEGER NOT NULL,
		message TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS notifications_pending ON notifications(state, seq) WHERE state = 'pending'`,
	`CREATE INDEX IF NOT EXISTS notifications_incident ON notifications(incident_id, seq)`,
}

func init() { schema = append(schema, notificationsSchema...) }

const notificationColumns = `key, receiver, state, attempts, last_error, created_at, updated_at, next_attempt_at, delivered_at, message`

// EnqueueNotification implements notify.DeliveryLog.
func (s *Store) EnqueueNotification(ctx context.Context, d notify.Delivery) (bool, error) {
	msg, err := json.Marshal(d.Message)
	if err != nil {
		return false, fmt.Errorf("encode notification %s: %w", d.Key, err)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO notifications(key, receiver, incident_id, event, state, attempts, last_error,
			created_at, updated_at, next_attempt_at, delivered_at, message)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`,
		d.Key, d.Receiver, d.Message.Incident.ID, string(d.Message.Event), string(d.State), d.Attempts, d.LastError,
		nanos(d.CreatedAt), nanos(d.UpdatedAt), nanos(d.NextAttemptAt), nanos(d.DeliveredAt), string(msg))
	if err != nil {
		return false, fmt.Errorf("store notification %s: %w", d.Key, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store notification %s: %w", d.Key, err)
	}
	return n == 1, nil
}

// PendingNotifications implements notify.DeliveryLog.
func (s *Store) PendingNotifications(ctx context.Context) ([]notify.Delivery, error) {
	out, err := s.queryNotifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE state = 'pending' ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("load pending notifications: %w", err)
	}
	return out, nil
}

// UpdateNotification implements notify.DeliveryLog. Only a pending row
// changes: a delivered or failed notification stays as it was recorded.
func (s *Store) UpdateNotification(ctx context.Context, d notify.Delivery) error {
	_, err := s.db.ExecContext(ctx, `UPDATE notifications SET state = ?, attempts = ?, last_error = ?, updated_at = ?,
			next_attempt_at = ?, delivered_at = ? WHERE key = ? AND state = 'pending'`,
		string(d.State), d.Attempts, d.LastError, nanos(d.UpdatedAt), nanos(d.NextAttemptAt), nanos(d.DeliveredAt), d.Key)
	if err != nil {
		return fmt.Errorf("update notification %s: %w", d.Key, err)
	}
	return nil
}

// Notification returns one delivery by key (nil when unknown).
func (s *Store) Notification(ctx context.Context, key string) (*notify.Delivery, error) {
	out, err := s.queryNotifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE key = ?`, key)
	if err != nil {
		return nil, fmt.Errorf("load notification %s: %w", key, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return &out[0], nil
}

// IncidentNotifications lists the deliveries about one incident, oldest
// first (for the API and reports: who was told what, and did it arrive).
func (s *Store) IncidentNotifications(ctx context.Context, incidentID string) ([]notify.Delivery, error) {
	out, err := s.queryNotifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE incident_id = ? ORDER BY seq`, incidentID)
	if err != nil {
		return nil, fmt.Errorf("load notifications of %s: %w", incidentID, err)
	}
	return out, nil
}

func (s *Store) queryNotifications(ctx context.Context, query string, args ...any) ([]notify.Delivery, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []notify.Delivery
	for rows.Next() {
		var d notify.Delivery
		var state, msg string
		var created, updated, next, delivered int64
		if err := rows.Scan(&d.Key, &d.Receiver, &state, &d.Attempts, &d.LastError, &created, &updated, &next, &delivered, &msg); err != nil {
			return nil, err
		}
		d.State = notify.DeliveryState(state)
		d.CreatedAt, d.UpdatedAt, d.NextAttemptAt, d.DeliveredAt = notificationTime(created), notificationTime(updated), notificationTime(next), notificationTime(delivered)
		if err := json.Unmarshal([]byte(msg), &d.Message); err != nil {
			return nil, fmt.Errorf("decode notification %s: %w", d.Key, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return out, nil
}

// notificationTime undoes nanos: 0 is the zero time.
func notificationTime(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}
