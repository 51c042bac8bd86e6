package api_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// counted is a step that sends nothing (the chain path is tested in
// respond and cmd/warden); it counts its runs and keeps the signatures it
// was handed.
type counted struct {
	runs atomic.Int32
	sigs atomic.Value
}

func (c *counted) Plan(_ context.Context, _ *respond.Input, key string) (*respond.Plan, error) {
	return &respond.Plan{Key: key, Description: "count one run"}, nil
}

func (c *counted) Execute(_ context.Context, _ *respond.Plan, ok respond.Approval, _ func(txmgr.Record)) (*respond.Result, error) {
	c.runs.Add(1)
	c.sigs.Store(ok.Signatures)
	return &respond.Result{Verified: true, Detail: "counted"}, nil
}

type fixture struct {
	url    string
	step   *counted
	store  *sqlite.Store
	incID  string
	tokens map[string]string
}

func startAPI(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mgr := incident.NewManager(st, time.Hour, nil)
	a := alert.Alert{Fingerprint: "f1", Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockTime: time.Now(), From: common.HexToAddress("0xbad"),
		Severity: alert.SeverityCritical, Confidence: 1, Title: "attack", Status: alert.StatusProvisional}
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	incs, err := mgr.Process(ctx)
	if err != nil {
		t.Fatal(err)
	}
	step := &counted{}
	pbs := map[string][]respond.Playbook{"pool": {{Name: "p", Mode: respond.ModeApproval, Approvals: respond.Policy{Required: 2, Role: "approver"},
		Trigger: respond.Trigger{MinSeverity: alert.SeverityHigh}, Steps: []respond.Step{{Kind: "count", Action: step}}}}}
	r := respond.New(pbs, st, mgr, respond.Options{})
	if err := r.Handle(ctx, incs[0]); err != nil {
		t.Fatal(err)
	}
	tokens := map[string]string{"alice": "alice-token-0123456789", "bob": "bob-token-0123456789ab", "carol": "carol-token-0123456789", "mallory": "mallory-token-01234567"}
	t.Setenv("T_ALICE", tokens["alice"])
	t.Setenv("T_BOB", tokens["bob"])
	t.Setenv("T_CAROL", tokens["carol"])
	t.Setenv("T_MALLORY", tokens["mallory"])
	users, err := api.UsersFromConfig([]config.User{
		{Name: "alice", Roles: []string{"approver"}, Token: "env:T_ALICE"},
		{Name: "bob", Roles: []string{"approver", "responder"}, Token: "env:T_BOB"},
		{Name: "carol", Roles: []string{"approver"}, Token: "env:T_CAROL"},
		{Name: "mallory", Roles: []string{"viewer"}, Token: "env:T_MALLORY"},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Response: r, Users: users}).Handler())
	t.Cleanup(srv.Close)
	return &fixture{url: srv.URL, step: step, store: st, incID: incs[0].ID, tokens: tokens}
}

type noStatus struct{}

func (noStatus) Status(context.Context) api.Status { return api.Status{} }

func (f *fixture) client(user string) *api.Client {
	return &api.Client{BaseURL: f.url, Token: f.tokens[user]}
}

func wantStatus(t *testing.T, err error, status int, sub string) {
	t.Helper()
	var e *api.Error
	if !errors.As(err, &e) || e.Status != status || !strings.Contains(e.Message, sub) {
		t.Fatalf("got %v, want %d containing %q", err, status, sub)
	}
}

func TestApprovalsOverHTTP(t *testing.T) {
	f := startAPI(t)
	ctx := context.Background()
	list, err := f.client("alice").Actions(ctx, true)
	if err != nil || len(list) != 1 || list[0].Required != 2 || list[0].Plans[0].Description != "count one run" {
		t.Fatalf("actions: %+v %v", list, err)
	}
	id := list[0].ID
	if _, err := f.client("alice").Approve(ctx, id, api.ApproveBody{}); err != nil {
		t.Fatal(err)
	}
	if f.step.runs.Load() != 0 {
		t.Fatal("one approval of two ran the step")
	}
	_, err = f.client("mallory").Approve(ctx, id, api.ApproveBody{})
	wantStatus(t, err, http.StatusForbidden, "does not hold the approver role")
	_, err = f.client("alice").Approve(ctx, id, api.ApproveBody{})
	wantStatus(t, err, http.StatusConflict, "already decided")
	_, err = f.client("bob").Approve(ctx, "act-nope", api.ApproveBody{})
	wantStatus(t, err, http.StatusNotFound, "act-nope")

	k, _ := crypto.GenerateKey()
	sig, _ := crypto.Sign(crypto.Keccak256([]byte("x")), k)
	_, err = f.client("bob").Approve(ctx, id, api.ApproveBody{Signature: fmt.Sprintf("%x", sig)})
	wantStatus(t, err, http.StatusBadRequest, "signer: \"\" is not an address")
	_, err = f.client("bob").Approve(ctx, id, api.ApproveBody{Signature: "0x1234", Signer: crypto.PubkeyToAddress(k.PublicKey).Hex()})
	wantStatus(t, err, http.StatusBadRequest, "65 bytes")
	got, err := f.client("bob").Approve(ctx, id, api.ApproveBody{Signature: fmt.Sprintf("%x", sig), Signer: crypto.PubkeyToAddress(k.PublicKey).Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if f.step.runs.Load() != 1 || got.State != respond.RequestApproved || got.Steps[0].State != respond.StepDone {
		t.Fatalf("after two approvals: runs %d, %+v", f.step.runs.Load(), got)
	}
	sigs := f.step.sigs.Load().([]respond.Signature)
	if len(sigs) != 1 || sigs[0].By != "bob" || string(sigs[0].Data) != string(sig) {
		t.Fatalf("signatures handed to the step: %+v", sigs)
	}
	one, err := f.client("carol").Action(ctx, id)
	if err != nil || one.Approvals() != 2 || one.Decisions[1].Signature == nil {
		t.Fatalf("action: %+v %v", one, err)
	}
	if open, _ := f.client("carol").Actions(ctx, true); len(open) != 0 {
		t.Fatalf("still open: %+v", open)
	}
	// The refusal is on the incident's timeline.
	tl, _ := f.store.Timeline(ctx, f.incID)
	found := false
	for _, e := range tl {
		found = found || strings.Contains(e.Message, "mallory REFUSED")
	}
	if !found {
		t.Fatal("refused approval not on the timeline")
	}
}

func TestRejectOverHTTP(t *testing.T) {
	f := startAPI(t)
	ctx := context.Background()
	list, _ := f.client("alice").Actions(ctx, false)
	id := list[0].ID
	_, err := f.client("bob").Reject(ctx, id, "")
	wantStatus(t, err, http.StatusBadRequest, "needs a reason")
	got, err := f.client("bob").Reject(ctx, id, "our own rebalancer")
	if err != nil || got.State != respond.RequestRejected {
		t.Fatalf("reject: %+v %v", got, err)
	}
	_, err = f.client("alice").Approve(ctx, id, api.ApproveBody{})
	wantStatus(t, err, http.StatusConflict, "already rejected")
	if f.step.runs.Load() != 0 {
		t.Fatal("a rejected step ran")
	}
}

func TestAuthAndBadInput(t *testing.T) {
	f := startAPI(t)
	ctx := context.Background()
	for name, tok := range map[string]string{"no token": "", "wrong token": "alice-token-0123456780", "prefix of a token": "alice-token"} {
		t.Run(name, func(t *testing.T) {
			_, err := (&api.Client{BaseURL: f.url, Token: tok}).Actions(ctx, false)
			wantStatus(t, err, http.StatusUnauthorized, "bearer token")
		})
	}
	post := func(path, body string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, f.url+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+f.tokens["bob"])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s: content type %q", path, ct)
		}
		return resp.StatusCode, string(b)
	}
	for _, tc := range []struct{ path, body, want string }{
		{"/response/kill-switch", `{"on": "yes"}`, "not the expected JSON"},
		{"/response/kill-switch", `{}`, `needs \"on\"`},
		{"/response/kill-switch", ``, "body is empty"},
		{"/actions/x/reject", `{"reason": "r", "extra": 1}`, "unknown field"},
	} {
		if code, body := post(tc.path, tc.body); code != http.StatusBadRequest || !strings.Contains(body, tc.want) {
			t.Errorf("POST %s %s: %d %s, want 400 %q", tc.path, tc.body, code, body, tc.want)
		}
	}
	if _, err := api.NewUsers([]api.Credential{{Token: "short", User: respond.User{Name: "x"}}}); err == nil {
		t.Error("a short token was accepted")
	}
	if _, err := api.NewUsers([]api.Credential{{Token: "same-token-0123456789", User: respond.User{Name: "x"}}, {Token: "same-token-0123456789", User: respond.User{Name: "y"}}}); err == nil {
		t.Error("two users with one token were accepted")
	}
}

func TestKillSwitchOverHTTP(t *testing.T) {
	f := startAPI(t)
	ctx := context.Background()
	_, err := f.client("alice").SetKillSwitch(ctx, true)
	wantStatus(t, err, http.StatusForbidden, "responder role")
	ks, err := f.client("bob").SetKillSwitch(ctx, true)
	if err != nil || !ks.On || ks.By != "bob" {
		t.Fatalf("on: %+v %v", ks, err)
	}
	if ks, err := f.client("mallory").KillSwitch(ctx); err != nil || !ks.On || ks.Source != "api" {
		t.Fatalf("read: %+v %v", ks, err)
	}
	if ks, err := f.client("bob").SetKillSwitch(ctx, false); err != nil || ks.On {
		t.Fatalf("off: %+v %v", ks, err)
	}
}
