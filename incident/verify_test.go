package incident_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/store/sqlite"
)

// TestTamperedTimelineOnDisk writes a real timeline through the manager,
// then changes the SQLite rows behind Warden's back the way someone with
// the file would, and checks that verification fails naming the entry.
func TestTamperedTimelineOnDisk(t *testing.T) {
	entry := func(t *testing.T, db *sql.DB, id string, seq int) incident.Entry {
		t.Helper()
		var body string
		if err := db.QueryRow(`SELECT body FROM timeline WHERE incident_id = ? AND seq = ?`, id, seq).Scan(&body); err != nil {
			t.Fatal(err)
		}
		var e incident.Entry
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Fatal(err)
		}
		return e
	}
	put := func(t *testing.T, db *sql.DB, e incident.Entry) {
		t.Helper()
		b, _ := json.Marshal(e)
		if _, err := db.Exec(`UPDATE timeline SET body = ? WHERE incident_id = ? AND seq = ?`, string(b), e.IncidentID, e.Seq); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name    string
		tamper  func(t *testing.T, db *sql.DB, id string)
		seq     int
		problem string
	}{
		{"untouched", func(*testing.T, *sql.DB, string) {}, 0, ""},
		{"message edited", func(t *testing.T, db *sql.DB, id string) {
			exec(t, db, `UPDATE timeline SET body = json_set(body, '$.message', 'nothing happened') WHERE incident_id = ? AND seq = 3`, id)
		}, 3, "edited"},
		{"actor edited", func(t *testing.T, db *sql.DB, id string) {
			exec(t, db, `UPDATE timeline SET body = json_set(body, '$.actor', 'mallory') WHERE incident_id = ? AND seq = 4`, id)
		}, 4, "edited"},
		{"entry removed", func(t *testing.T, db *sql.DB, id string) {
			exec(t, db, `DELETE FROM timeline WHERE incident_id = ? AND seq = 3`, id)
		}, 3, "missing"},
		{"last entry removed", func(t *testing.T, db *sql.DB, id string) {
			exec(t, db, `DELETE FROM timeline WHERE incident_id = ? AND seq = 6`, id)
		}, 6, "the last entries were removed"},
		{"entries reordered", func(t *testing.T, db *sql.DB, id string) {
			exec(t, db, `UPDATE timeline SET seq = -1 WHERE incident_id = ? AND seq = 2`, id)
			exec(t, db, `UPDATE timeline SET seq = 2 WHERE incident_id = ? AND seq = 3`, id)
			exec(t, db, `UPDATE timeline SET seq = 3 WHERE incident_id = ? AND seq = -1`, id)
		}, 2, "out of order"},
		{"edited and re-hashed", func(t *testing.T, db *sql.DB, id string) {
			prev, e := entry(t, db, id, 2), entry(t, db, id, 3)
			e.Message = "nothing happened"
			e.Seal(&prev)
			put(t, db, e)
		}, 3, "changed"},
		{"whole chain re-hashed", func(t *testing.T, db *sql.DB, id string) {
			prev := entry(t, db, id, 3)
			for seq := 4; seq <= 6; seq++ {
				e := entry(t, db, id, seq)
				if seq == 4 {
					e.Message = "nothing happened"
				}
				e.Seal(&prev)
				put(t, db, e)
				prev = e
			}
		}, 6, "rewritten"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "w.db")
			st, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			m := incident.NewManager(st, time.Hour, nil)
			inc := groupNew(t, m, st, mkAlert("v1", "pool", common.HexToAddress("0xbad"), 1, time.Now(), alert.SeverityCritical)) // 1 opened, 2 alert
			for _, step := range []func() error{
				func() error { _, err := m.Acknowledge(ctx, inc.ID, "alice", "on it"); return err },                   // 3
				func() error { _, err := m.Note(ctx, inc.ID, "alice", "called the bridge"); return err },              // 4
				func() error { _, err := m.Transition(ctx, inc.ID, incident.StatusContained, "bob", ""); return err }, // 5
				func() error { _, err := m.Resolve(ctx, inc.ID, "bob", "paused"); return err },                        // 6
			} {
				if err := step(); err != nil {
					t.Fatal(err)
				}
			}
			db, err := sql.Open("sqlite", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			c.tamper(t, db, inc.ID)

			v, err := m.Verify(ctx, inc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !v.HeadRecorded {
				t.Fatal("the store recorded no head")
			}
			if c.seq == 0 {
				if !v.OK || v.Entries != 6 || v.HeadHash == "" {
					t.Fatalf("untouched timeline: %+v", v)
				}
				return
			}
			if v.OK || v.BrokenSeq != c.seq || !strings.Contains(v.Problem, c.problem) {
				t.Fatalf("verification %+v, want entry %d %q", v, c.seq, c.problem)
			}
			// The plain chain check sees the same unless only the tail went.
			tl, _ := st.Timeline(ctx, inc.ID)
			var te *incident.TamperError
			if err := incident.VerifyTimeline(tl); c.name != "last entry removed" && c.name != "whole chain re-hashed" && (!errors.As(err, &te) || te.Seq != c.seq || !errors.Is(err, incident.ErrTampered)) {
				t.Fatalf("VerifyTimeline: %v", err)
			}
			// Reopening the store must not paper over the damage.
			st.Close()
			st2, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			if v2, err := incident.Verify(ctx, st2, inc.ID); err != nil || v2.OK {
				t.Fatalf("after reopening the store: %+v %v", v2, err)
			}
		})
	}
}

func exec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	res, err := db.Exec(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%s changed %d rows", q, n)
	}
}

func TestVerifyUnknownIncident(t *testing.T) {
	st := openStore(t)
	if _, err := incident.Verify(context.Background(), st, "inc-missing"); !errors.Is(err, incident.ErrNotFound) {
		t.Fatalf("unknown incident: %v", err)
	}
}
