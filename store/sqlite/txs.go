package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/txmgr"
)

// txSchema is the transaction manager's table: one row per idempotency key,
// the body holding every signed attempt. The columns outside the body are
// what queries select on. The table predates attempts; old bodies (one
// transaction, no attempts) are upgraded by txmgr when read, so the table
// needs no migration beyond the index.
var txSchema = []string{
	`CREATE TABLE IF NOT EXISTS txs (
		key TEXT PRIMARY KEY,
		chain TEXT NOT NULL,
		sender TEXT NOT NULL,
		nonce INTEGER NOT NULL,
		hash TEXT NOT NULL,
		state TEXT NOT NULL,
		body TEXT NOT NULL)`,
	// OpenTxs runs when a transaction manager starts sending.
	`CREATE INDEX IF NOT EXISTS txs_open ON txs(chain, sender, state)`,
}

func init() { schema = append(schema, txSchema...) }

// Tx implements txmgr.Store.
func (s *Store) Tx(ctx context.Context, key string) (*txmgr.Record, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM txs WHERE key = ?`, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load tx %s: %w", key, err)
	}
	var r txmgr.Record
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return nil, fmt.Errorf("decode tx %s: %w", key, err)
	}
	return &r, nil
}

// SaveTx implements txmgr.Store. It is called before every broadcast, so it
// must be durable when it returns (WAL commit).
func (s *Store) SaveTx(ctx context.Context, r *txmgr.Record) error {
	body, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode tx %s: %w", r.Key, err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO txs(key, chain, sender, nonce, hash, state, body) VALUES(?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET nonce = excluded.nonce, hash = excluded.hash, state = excluded.state, body = excluded.body`,
		r.Key, r.Chain, r.From.Hex(), r.Nonce, r.Hash.Hex(), string(r.State), string(body))
	if err != nil {
		return fmt.Errorf("save tx %s: %w", r.Key, err)
	}
	return nil
}

// OpenTxs implements txmgr.Store: the sender's signed or broadcast records
// on the chain, lowest nonce first.
func (s *Store) OpenTxs(ctx context.Context, chainName string, from common.Address) ([]txmgr.Record, error) {
	out, err := s.queryTxs(ctx, `SELECT body FROM txs WHERE chain = ? AND sender = ? AND state IN (?, ?) ORDER BY nonce, rowid`,
		chainName, from.Hex(), string(txmgr.StateSigned), string(txmgr.StateBroadcast))
	if err != nil {
		return nil, fmt.Errorf("open txs of %s on %s: %w", from.Hex(), chainName, err)
	}
	return out, nil
}

// Txs returns every stored transaction record.
func (s *Store) Txs(ctx context.Context) ([]txmgr.Record, error) {
	out, err := s.queryTxs(ctx, `SELECT body FROM txs ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("list txs: %w", err)
	}
	return out, nil
}

func (s *Store) queryTxs(ctx context.Context, query string, args ...any) ([]txmgr.Record, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []txmgr.Record
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var r txmgr.Record
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
