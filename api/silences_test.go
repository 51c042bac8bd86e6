package api_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/silence"
	"github.com/warden-dev/warden/store/sqlite"
)

// TestSilenceEndpoints drives /silences over HTTP: roles, input checks,
// the creator taken from the token, states, expiry and its conflicts.
func TestSilenceEndpoints(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	users, err := api.NewUsers([]api.Credential{
		{Token: "responder-token-0123456789", User: respond.User{Name: "rita", Roles: []string{"responder"}}},
		{Token: "viewer-token-0123456789ab", User: respond.User{Name: "vic", Roles: []string{"viewer"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Users: users, Silences: silence.NewService(st, nil)}).Handler())
	defer srv.Close()
	rita := &api.Client{BaseURL: srv.URL, Token: "responder-token-0123456789"}
	vic := &api.Client{BaseURL: srv.URL, Token: "viewer-token-0123456789ab"}
	nobody := &api.Client{BaseURL: srv.URL, Token: "not-a-known-token-0000"}

	status := func(err error) int {
		var e *api.Error
		if !errors.As(err, &e) {
			t.Fatalf("not an API error: %v", err)
		}
		return e.Status
	}
	body := api.AddSilenceBody{Matchers: []string{`monitor="pool"`, `kind=~"large_outflow|correlated_attack"`}, Duration: "2h", Comment: "migration"}
	if _, err := nobody.Silences(ctx); status(err) != http.StatusUnauthorized {
		t.Fatalf("unknown token: %v", err)
	}
	if _, err := vic.AddSilence(ctx, body); status(err) != http.StatusForbidden || !strings.Contains(err.Error(), "responder role") {
		t.Fatalf("viewer adds: %v", err)
	}
	for name, c := range map[string]struct {
		b    api.AddSilenceBody
		want string
	}{
		"bad matcher":           {api.AddSilenceBody{Matchers: []string{"monitor"}, Duration: "1h", Comment: "x"}, "matchers:"},
		"no end":                {api.AddSilenceBody{Matchers: []string{"monitor=pool"}, Comment: "x"}, "ends_at or duration"},
		"bad duration":          {api.AddSilenceBody{Matchers: []string{"monitor=pool"}, Duration: "soon", Comment: "x"}, `duration "soon"`},
		"no comment":            {api.AddSilenceBody{Matchers: []string{"monitor=pool"}, Duration: "1h"}, "comment"},
		"matches all":           {api.AddSilenceBody{Matchers: []string{`monitor!="x"`}, Duration: "1h", Comment: "x"}, "match every alert"},
		"ends before it starts": {api.AddSilenceBody{Matchers: []string{"monitor=pool"}, EndsAt: timePtr(time.Now().Add(-time.Hour)), Comment: "x"}, "is not after"},
	} {
		if _, err := rita.AddSilence(ctx, c.b); status(err) != http.StatusBadRequest || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", name, err)
		}
	}

	s, err := rita.AddSilence(ctx, body)
	if err != nil {
		t.Fatal(err)
	}
	if s.State != silence.StateActive || s.CreatedBy != "rita" || s.EndsAt.Sub(s.StartsAt) != 2*time.Hour || len(s.Matchers) != 2 {
		t.Fatalf("added: %+v", s)
	}
	later, err := rita.AddSilence(ctx, api.AddSilenceBody{Matchers: []string{"monitor=vault"}, StartsAt: timePtr(time.Now().Add(time.Hour)), Duration: "30m", Comment: "upgrade"})
	if err != nil || later.State != silence.StatePending || later.EndsAt.Sub(later.StartsAt) != 30*time.Minute {
		t.Fatalf("pending: %+v %v", later, err)
	}
	if _, err := vic.ExpireSilence(ctx, s.ID); status(err) != http.StatusForbidden {
		t.Fatalf("viewer expires: %v", err)
	}
	exp, err := rita.ExpireSilence(ctx, s.ID)
	if err != nil || exp.State != silence.StateExpired || exp.ExpiredBy != "rita" {
		t.Fatalf("expire: %+v %v", exp, err)
	}
	if _, err := rita.ExpireSilence(ctx, s.ID); status(err) != http.StatusConflict {
		t.Fatalf("expire twice: %v", err)
	}
	if _, err := rita.ExpireSilence(ctx, "sil-nope"); status(err) != http.StatusNotFound {
		t.Fatalf("expire unknown: %v", err)
	}

	all, err := vic.Silences(ctx) // viewers may list
	if err != nil || len(all) != 2 {
		t.Fatalf("list: %+v %v", all, err)
	}
	open, err := vic.Silences(ctx, silence.StateActive, silence.StatePending)
	if err != nil || len(open) != 1 || open[0].ID != later.ID {
		t.Fatalf("active and pending: %+v %v", open, err)
	}
	expired, err := vic.Silences(ctx, silence.StateExpired)
	if err != nil || len(expired) != 1 || expired[0].ID != s.ID {
		t.Fatalf("expired: %+v %v", expired, err)
	}
	if _, err := vic.Silences(ctx, "gone"); status(err) != http.StatusBadRequest {
		t.Fatalf("bad state filter: %v", err)
	}
}

func timePtr(v time.Time) *time.Time { return &v }
