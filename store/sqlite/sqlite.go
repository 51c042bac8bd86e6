// Package sqlite is Warden's embedded store: one SQLite file (pure Go, no
// cgo) in WAL mode. It implements the repository interfaces that ingest,
// incident, respond and txmgr define, and nothing else: the behaviour stays
// in those packages.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/txmgr"
)

// Store is a Warden database.
type Store struct {
	db *sql.DB
}

var schema = []string{
	`CREATE TABLE IF NOT EXISTS checkpoints (
		chain TEXT PRIMARY KEY,
		number INTEGER NOT NULL,
		hash TEXT NOT NULL,
		updated_at INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS blocks (
		chain TEXT NOT NULL,
		number INTEGER NOT NULL,
		hash TEXT NOT NULL,
		PRIMARY KEY (chain, number))`,
	`CREATE TABLE IF NOT EXISTS alerts (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		fingerprint TEXT NOT NULL UNIQUE,
		chain TEXT NOT NULL,
		monitor TEXT NOT NULL,
		block_number INTEGER NOT NULL,
		tx_index INTEGER NOT NULL,
		severity INTEGER NOT NULL,
		status TEXT NOT NULL,
		incident_id TEXT,
		stored_at INTEGER NOT NULL,
		body TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS alerts_ungrouped ON alerts(incident_id) WHERE incident_id IS NULL`,
	`CREATE INDEX IF NOT EXISTS alerts_incident ON alerts(incident_id, id)`,
	`CREATE INDEX IF NOT EXISTS alerts_block ON alerts(chain, block_number)`,
	`CREATE TABLE IF NOT EXISTS incidents (
		id TEXT PRIMARY KEY,
		monitor TEXT NOT NULL,
		attacker TEXT NOT NULL,
		status TEXT NOT NULL,
		last_alert_time INTEGER NOT NULL,
		opened_at INTEGER NOT NULL,
		body TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS incidents_open ON incidents(monitor, attacker, status)`,
	`CREATE INDEX IF NOT EXISTS incidents_status ON incidents(status)`,
	`CREATE TABLE IF NOT EXISTS timeline (
		incident_id TEXT NOT NULL,
		seq INTEGER NOT NULL,
		at INTEGER NOT NULL,
		kind TEXT NOT NULL,
		body TEXT NOT NULL,
		PRIMARY KEY (incident_id, seq))`,
	`CREATE TABLE IF NOT EXISTS detector_state (
		key TEXT PRIMARY KEY,
		updated_at INTEGER NOT NULL,
		body BLOB NOT NULL)`,
}

// Open opens (creating if needed) the database at path.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection serialises writers; SQLite allows only one anyway and
	// this avoids SQLITE_BUSY between our own goroutines.
	db.SetMaxOpenConns(1)
	for _, stmt := range schema {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: create schema: %w", path, err)
		}
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// --- checkpoints (ingest) ---

// Checkpoint returns the last processed block of a chain.
func (s *Store) Checkpoint(ctx context.Context, chainName string) (chain.Cursor, bool, error) {
	var num uint64
	var hash string
	err := s.db.QueryRowContext(ctx, `SELECT number, hash FROM checkpoints WHERE chain = ?`, chainName).Scan(&num, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return chain.Cursor{}, false, nil
	}
	if err != nil {
		return chain.Cursor{}, false, fmt.Errorf("load checkpoint of %s: %w", chainName, err)
	}
	return chain.Cursor{Number: num, Hash: common.HexToHash(hash)}, true, nil
}

// ReorgWindow is how many recent block hashes per chain are kept to find
// the common ancestor after a reorg. Deeper reorgs than this are reported
// as errors by ingest rather than handled silently.
const ReorgWindow = 1024

// SaveCheckpoint records that a block's alerts are stored, and remembers
// its hash for reorg detection, in one transaction.
func (s *Store) SaveCheckpoint(ctx context.Context, chainName string, c chain.Cursor) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO checkpoints(chain, number, hash, updated_at) VALUES(?, ?, ?, ?)
			ON CONFLICT(chain) DO UPDATE SET number = excluded.number, hash = excluded.hash, updated_at = excluded.updated_at`,
			chainName, c.Number, c.Hash.Hex(), time.Now().UnixNano()); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO blocks(chain, number, hash) VALUES(?, ?, ?)
			ON CONFLICT(chain, number) DO UPDATE SET hash = excluded.hash`, chainName, c.Number, c.Hash.Hex()); err != nil {
			return err
		}
		if c.Number > ReorgWindow && c.Number%64 == 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE chain = ? AND number < ?`, chainName, c.Number-ReorgWindow); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save checkpoint of %s at %d: %w", chainName, c.Number, err)
	}
	return nil
}

// BlockHash returns the stored hash of a processed block, if it is still
// within the reorg window.
func (s *Store) BlockHash(ctx context.Context, chainName string, number uint64) (common.Hash, bool, error) {
	var hash string
	err := s.db.QueryRowContext(ctx, `SELECT hash FROM blocks WHERE chain = ? AND number = ?`, chainName, number).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("load hash of %s block %d: %w", chainName, number, err)
	}
	return common.HexToHash(hash), true, nil
}

// Rewind moves a chain's cursor back to a common ancestor after a reorg and
// forgets the dropped blocks' hashes.
func (s *Store) Rewind(ctx context.Context, chainName string, to chain.Cursor) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE chain = ? AND number > ?`, chainName, to.Number); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE checkpoints SET number = ?, hash = ?, updated_at = ? WHERE chain = ?`,
			to.Number, to.Hash.Hex(), time.Now().UnixNano(), chainName)
		return err
	})
	if err != nil {
		return fmt.Errorf("rewind %s to %d: %w", chainName, to.Number, err)
	}
	return nil
}

// --- alerts ---

// SaveAlerts stores alerts, skipping any whose fingerprint is already
// stored (a block reprocessed after a restart), and returns those inserted
// with StoredAt set.
func (s *Store) SaveAlerts(ctx context.Context, alerts []alert.Alert) ([]alert.Alert, error) {
	var inserted []alert.Alert
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		inserted = inserted[:0]
		for _, a := range alerts {
			a.StoredAt = time.Now().UTC()
			body, err := json.Marshal(a)
			if err != nil {
				return fmt.Errorf("encode alert %s: %w", a.Fingerprint, err)
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO alerts(fingerprint, chain, monitor, block_number, tx_index, severity, status, stored_at, body)
				VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO NOTHING`,
				a.Fingerprint, a.Chain, a.Monitor, a.BlockNumber, a.TxIndex, int(a.Severity), string(a.Status), nanos(a.StoredAt), string(body))
			if err != nil {
				return fmt.Errorf("insert alert %s: %w", a.Fingerprint, err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				inserted = append(inserted, a)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return inserted, nil
}

func scanAlerts(rows *sql.Rows) ([]alert.Alert, error) {
	defer rows.Close()
	var out []alert.Alert
	for rows.Next() {
		var body string
		var inc sql.NullString
		if err := rows.Scan(&body, &inc); err != nil {
			return nil, err
		}
		var a alert.Alert
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			return nil, fmt.Errorf("decode stored alert: %w", err)
		}
		a.IncidentID = inc.String
		out = append(out, a)
	}
	return out, rows.Err()
}

// Alerts returns every stored alert in storage order.
func (s *Store) Alerts(ctx context.Context) ([]alert.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body, incident_id FROM alerts ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return scanAlerts(rows)
}

// UngroupedAlerts returns alerts not yet in an incident. Retracted alerts
// never open an incident.
func (s *Store) UngroupedAlerts(ctx context.Context) ([]alert.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body, incident_id FROM alerts WHERE incident_id IS NULL AND status != 'retracted' ORDER BY block_number, tx_index, id`)
	if err != nil {
		return nil, err
	}
	return scanAlerts(rows)
}

// RetractAlerts marks every alert of a chain at or above fromBlock as
// retracted (its block was dropped by a reorg) and returns them as they
// were before (so a caller can tell a confirmed alert was retracted).
// Alerts already retracted are left alone: a repeated call returns nothing.
func (s *Store) RetractAlerts(ctx context.Context, chainName string, fromBlock uint64) ([]alert.Alert, error) {
	var out []alert.Alert
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT body, incident_id FROM alerts WHERE chain = ? AND block_number >= ? AND status != 'retracted' ORDER BY id`, chainName, fromBlock)
		if err != nil {
			return err
		}
		if out, err = scanAlerts(rows); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE alerts SET status = 'retracted', body = json_set(body, '$.status', 'retracted')
			WHERE chain = ? AND block_number >= ? AND status != 'retracted'`, chainName, fromBlock)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("retract alerts of %s from block %d: %w", chainName, fromBlock, err)
	}
	return out, nil
}

// OldestProvisional returns the lowest block number of a chain's
// provisional alerts, if any.
func (s *Store) OldestProvisional(ctx context.Context, chainName string) (uint64, bool, error) {
	var n sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(block_number) FROM alerts WHERE chain = ? AND status = 'provisional'`, chainName).Scan(&n); err != nil {
		return 0, false, fmt.Errorf("oldest provisional alert of %s: %w", chainName, err)
	}
	return uint64(n.Int64), n.Valid, nil
}

// ConfirmAlerts marks provisional alerts of a chain at or below upTo as
// confirmed (deep enough that a reorg is no longer expected).
func (s *Store) ConfirmAlerts(ctx context.Context, chainName string, upTo uint64) (int64, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE alerts SET status = 'confirmed', body = json_set(body, '$.status', 'confirmed')
		WHERE chain = ? AND block_number <= ? AND status = 'provisional'`, chainName, upTo)
	if err != nil {
		return 0, fmt.Errorf("confirm alerts of %s up to %d: %w", chainName, upTo, err)
	}
	return res.RowsAffected()
}

// IncidentAlerts returns the alerts of an incident.
func (s *Store) IncidentAlerts(ctx context.Context, id string) ([]alert.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body, incident_id FROM alerts WHERE incident_id = ? ORDER BY block_number, tx_index, id`, id)
	if err != nil {
		return nil, err
	}
	return scanAlerts(rows)
}

// --- incidents ---

func decodeIncident(body string) (*incident.Incident, error) {
	var inc incident.Incident
	if err := json.Unmarshal([]byte(body), &inc); err != nil {
		return nil, fmt.Errorf("decode stored incident: %w", err)
	}
	return &inc, nil
}

// FindOpenIncident implements incident.Store.
func (s *Store) FindOpenIncident(ctx context.Context, monitor string, attacker common.Address, since time.Time) (*incident.Incident, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM incidents WHERE monitor = ? AND attacker = ? AND status NOT IN ('resolved', 'closed') AND last_alert_time >= ?
		ORDER BY opened_at DESC LIMIT 1`, monitor, attacker.Hex(), nanos(since)).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeIncident(body)
}

func saveIncident(ctx context.Context, tx *sql.Tx, inc *incident.Incident) error {
	body, err := json.Marshal(inc)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO incidents(id, monitor, attacker, status, last_alert_time, opened_at, body) VALUES(?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET status = excluded.status, last_alert_time = excluded.last_alert_time, body = excluded.body`,
		inc.ID, inc.Monitor, inc.Attacker.Hex(), string(inc.Status), nanos(inc.LastAlertTime), nanos(inc.OpenedAt), string(body))
	return err
}

func appendEntries(ctx context.Context, tx *sql.Tx, id string, entries []incident.Entry) error {
	var prev *incident.Entry
	var body string
	err := tx.QueryRowContext(ctx, `SELECT body FROM timeline WHERE incident_id = ? ORDER BY seq DESC LIMIT 1`, id).Scan(&body)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return err
	default:
		prev = new(incident.Entry)
		if err := json.Unmarshal([]byte(body), prev); err != nil {
			return fmt.Errorf("decode timeline entry: %w", err)
		}
	}
	for _, e := range entries {
		e.IncidentID = id
		e.Seal(prev)
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO timeline(incident_id, seq, at, kind, body) VALUES(?, ?, ?, ?, ?)`, id, e.Seq, nanos(e.At), e.Kind, string(b)); err != nil {
			return fmt.Errorf("append timeline entry %d: %w", e.Seq, err)
		}
		prev = &e
	}
	if prev != nil && len(entries) > 0 {
		return saveTimelineHead(ctx, tx, prev)
	}
	return nil
}

// GroupAlert implements incident.Store.
func (s *Store) GroupAlert(ctx context.Context, inc *incident.Incident, _ bool, fingerprint string, entries []incident.Entry) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := saveIncident(ctx, tx, inc); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE alerts SET incident_id = ? WHERE fingerprint = ? AND incident_id IS NULL`, inc.ID, fingerprint)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("alert %s is missing or already grouped", fingerprint)
		}
		return appendEntries(ctx, tx, inc.ID, entries)
	})
}

// UpdateIncident implements incident.Store.
func (s *Store) UpdateIncident(ctx context.Context, inc *incident.Incident, entries []incident.Entry) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := saveIncident(ctx, tx, inc); err != nil {
			return err
		}
		return appendEntries(ctx, tx, inc.ID, entries)
	})
}

// AppendEntries implements incident.Store.
func (s *Store) AppendEntries(ctx context.Context, id string, entries []incident.Entry) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return appendEntries(ctx, tx, id, entries) })
}

// ErrIncidentNotFound is returned for an unknown incident ID; it is
// incident.ErrNotFound, so callers need not import the store.
var ErrIncidentNotFound = incident.ErrNotFound

// Incident implements incident.Store.
func (s *Store) Incident(ctx context.Context, id string) (*incident.Incident, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM incidents WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s", ErrIncidentNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	return decodeIncident(body)
}

// Incidents implements incident.Store.
func (s *Store) Incidents(ctx context.Context) ([]incident.Incident, error) {
	return s.queryIncidents(ctx, `SELECT body FROM incidents ORDER BY opened_at, id`)
}

// OpenIncidents returns the incidents neither resolved nor closed.
func (s *Store) OpenIncidents(ctx context.Context) ([]incident.Incident, error) {
	return s.queryIncidents(ctx, `SELECT body FROM incidents WHERE status NOT IN (?, ?) ORDER BY opened_at, id`,
		string(incident.StatusResolved), string(incident.StatusClosed))
}

// queryIncidents decodes the incidents a query selects (one column: body).
func (s *Store) queryIncidents(ctx context.Context, query string, args ...any) ([]incident.Incident, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []incident.Incident
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		inc, err := decodeIncident(body)
		if err != nil {
			return nil, err
		}
		out = append(out, *inc)
	}
	return out, rows.Err()
}

// Timeline implements incident.Store.
func (s *Store) Timeline(ctx context.Context, id string) ([]incident.Entry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM timeline WHERE incident_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []incident.Entry
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var e incident.Entry
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return nil, fmt.Errorf("decode timeline entry: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Compile-time checks that the store satisfies its consumers.
var (
	_ incident.Store = (*Store)(nil)
	_ respond.Store  = (*Store)(nil)
	_ txmgr.Store    = (*Store)(nil)
)
