package main

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/route"
	"github.com/warden-dev/warden/silence"
	"github.com/warden-dev/warden/store/sqlite"
)

type sentMessages struct {
	mu   sync.Mutex
	msgs []notify.Message
}

func (s *sentMessages) Send(_ context.Context, m notify.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, m)
	return nil
}

func (s *sentMessages) take() []notify.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.msgs
	s.msgs = nil
	return out
}

// TestSilenceCLI adds, lists and expires a silence through the CLI against
// a real API server, with a router over the same store: the silenced
// alert is not notified but is on the timeline, and after expiry alerts
// notify again.
func TestSilenceCLI(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	users, err := api.NewUsers([]api.Credential{
		{Token: "rita-token-0123456789ab", User: respond.User{Name: "rita", Roles: []string{"responder"}}},
		{Token: "vic-token-0123456789abcd", User: respond.User{Name: "vic", Roles: []string{"viewer"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Users: users, Silences: silence.NewService(st, nil)}).Handler())
	defer srv.Close()
	t.Setenv("T_RITA", "rita-token-0123456789ab")
	t.Setenv("T_VIC", "vic-token-0123456789abcd")
	t.Setenv("WARDEN_TOKEN", "")

	var tree config.Route
	if err := yaml.Unmarshal([]byte("receiver: security\ngroup_wait: 0s\n"), &tree); err != nil {
		t.Fatal(err)
	}
	mgr := incident.NewManager(st, time.Hour, nil)
	sent := &sentMessages{}
	router, err := route.New(&tree, nil, st, st, sent, mgr, route.Options{})
	if err != nil {
		t.Fatal(err)
	}
	attacker := common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	fire := func(fp string) *incident.Incident {
		a := alert.Alert{Fingerprint: fp, Detector: "large_outflow", Monitor: "pool", Chain: "dev", BlockTime: time.Now(), From: attacker,
			Severity: alert.SeverityHigh, Confidence: 0.9, Title: "drain " + fp, Status: alert.StatusProvisional}
		if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
			t.Fatal(err)
		}
		changed, err := mgr.Process(ctx)
		if err != nil || len(changed) != 1 {
			t.Fatalf("process: %v %v", changed, err)
		}
		if err := router.Process(ctx, changed); err != nil {
			t.Fatal(err)
		}
		if _, err := router.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		return changed[0]
	}

	// Input mistakes are caught before anything is sent.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"silence", "add", "monitor", "--duration", "1h", "--comment", "x"}, "want name, an operator"},
		{[]string{"silence", "add", "monitor=pool", "--duration", "1h"}, "--comment is required"},
		{[]string{"silence", "add", "monitor=pool", "--comment", "x"}, "say how long"},
		{[]string{"silence", "add", "monitor=pool", "--comment", "x", "--duration", "1h", "--until", "2030-01-01T00:00:00Z"}, "not both"},
		{[]string{"silence", "add", "monitor=pool", "--comment", "x", "--until", "tomorrow"}, "RFC 3339"},
		{[]string{"silence", "add", "monitor=pool", "--comment", "x", "--duration", "1h", "--api", srv.URL}, "no API token"},
		{[]string{"silence", "add", "monitor=pool", "--comment", "x", "--duration", "1h", "--api", srv.URL, "--token", "env:T_VIC"}, "403"},
	} {
		if _, _, err := runCLI(c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want %q", c.args, err, c.want)
		}
	}

	t.Setenv("WARDEN_TOKEN", "rita-token-0123456789ab")
	out, _, err := runCLI("silence", "add", "monitor=pool", "attacker="+attacker.Hex(), "--duration", "2h", "--comment", "planned migration", "--api", srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`sil-[0-9a-f]+`).FindString(out)
	if id == "" || !strings.Contains(out, "is active") || !strings.Contains(out, `attacker="0x00000000000000000000000000000000000a11ce"`) || !strings.Contains(out, "by rita") {
		t.Fatalf("add output:\n%s", out)
	}

	inc := fire("a1")
	if got := sent.take(); len(got) != 0 {
		t.Fatalf("silenced alert notified: %+v", got)
	}
	entries, err := st.Timeline(ctx, inc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := entries[len(entries)-1]; last.Kind != route.EntryNotification || !strings.Contains(last.Message, "suppressed by silence "+id) || !strings.Contains(last.Message, "planned migration") {
		t.Fatalf("timeline ends with %+v", last)
	}

	out, _, err = runCLI("silence", "list", "--api", srv.URL, "--token", "env:T_VIC")
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "active") || !strings.Contains(out, "planned migration") || !strings.Contains(out, "rita") {
		t.Fatalf("list: %v\n%s", err, out)
	}
	if _, _, err := runCLI("silence", "expire", id, "--api", srv.URL, "--token", "env:T_VIC"); err == nil || !strings.Contains(err.Error(), "403") {
		t.Fatalf("viewer expires: %v", err)
	}
	out, _, err = runCLI("silence", "expire", id, "--api", srv.URL)
	if err != nil || !strings.Contains(out, "Silence "+id+" expired") || !strings.Contains(out, "by rita") {
		t.Fatalf("expire: %v\n%s", err, out)
	}
	if _, _, err := runCLI("silence", "expire", id, "sil-unknown", "--api", srv.URL); err == nil || !strings.Contains(err.Error(), "409") || !strings.Contains(err.Error(), "404") {
		t.Fatalf("expire again and unknown: %v", err)
	}
	out, _, err = runCLI("silence", "list", "--api", srv.URL)
	if err != nil || !strings.Contains(out, "No active or pending silences") {
		t.Fatalf("list after expiry: %v\n%s", err, out)
	}
	out, _, err = runCLI("silence", "list", "--all", "--api", srv.URL)
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "expired") || !strings.Contains(out, "expired by rita") {
		t.Fatalf("list --all: %v\n%s", err, out)
	}

	fire("a2")
	got := sent.take()
	if len(got) != 1 || len(got[0].Alerts) != 1 || got[0].Alerts[0].Fingerprint != "a2" {
		t.Fatalf("after expiry: %+v", got)
	}
}
