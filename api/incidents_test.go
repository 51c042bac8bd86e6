package api_test

import (
	"context"
	"database/sql"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/api"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/report"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/store/sqlite"
)

type incidentFixture struct {
	url, dbPath, incID string
	clients            map[string]*api.Client
}

// startIncidentAPI serves the incident endpoints over a real store with one
// incident, for alice and carol (responders), bob (admin), mallory (viewer)
// and dave, who holds no configured role but is on call.
func startIncidentAPI(t *testing.T) *incidentFixture {
	t.Helper()
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mgr := incident.NewManager(st, time.Hour, nil)
	a := alert.Alert{Fingerprint: "i1", Detector: "flash_loan", Monitor: "pool", Chain: "dev", BlockTime: time.Now(), From: common.HexToAddress("0xbad"),
		Severity: alert.SeverityCritical, Confidence: 0.9, Title: "Flash loan around the pool", Status: alert.StatusProvisional}
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	incs, err := mgr.Process(ctx)
	if err != nil || len(incs) != 1 {
		t.Fatalf("process: %v %v", incs, err)
	}
	roles := map[string][]string{"alice": {"responder"}, "bob": {"admin"}, "carol": {"responder"}, "mallory": {"viewer"}, "dave": nil}
	var creds []api.Credential
	clients := map[string]*api.Client{}
	for name, rs := range roles {
		tok := name + "-token-0123456789abcdef"
		creds = append(creds, api.Credential{Token: tok, User: respond.User{Name: name, Roles: rs}})
		clients[name] = &api.Client{Token: tok}
	}
	users, err := api.NewUsers(creds)
	if err != nil {
		t.Fatal(err)
	}
	svc := &api.IncidentService{Manager: mgr, Reports: st,
		OnCall: func(_ context.Context, person string) bool { return person == "dave" },
		Now:    func() time.Time { return time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC) }}
	srv := httptest.NewServer((&api.Server{Status: noStatus{}, Users: users, Incidents: svc}).Handler())
	t.Cleanup(srv.Close)
	for _, c := range clients {
		c.BaseURL = srv.URL
	}
	return &incidentFixture{url: srv.URL, dbPath: dbPath, incID: incs[0].ID, clients: clients}
}

func TestIncidentAPIAuth(t *testing.T) {
	f := startIncidentAPI(t)
	for _, path := range []string{"/incidents", "/incidents/" + f.incID, "/incidents/" + f.incID + "/verify"} {
		resp, err := http.Get(f.url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("GET %s without a token: %s", path, resp.Status)
		}
	}
	stranger := &api.Client{BaseURL: f.url, Token: "not-a-known-token-at-all"}
	_, err := stranger.Acknowledge(context.Background(), f.incID, "")
	wantStatus(t, err, http.StatusUnauthorized, "bearer token")
}

func TestIncidentAPILifecycle(t *testing.T) {
	ctx := context.Background()
	f := startIncidentAPI(t)
	alice, bob, carol, mallory, dave := f.clients["alice"], f.clients["bob"], f.clients["carol"], f.clients["mallory"], f.clients["dave"]

	list, err := mallory.Incidents(ctx, "")
	if err != nil || len(list) != 1 || list[0].ID != f.incID || list[0].SEV != incident.SEV1 {
		t.Fatalf("list: %+v %v", list, err)
	}
	_, err = alice.Incidents(ctx, "sideways")
	wantStatus(t, err, http.StatusBadRequest, `unknown incident status "sideways"`)
	_, err = alice.Incident(ctx, "inc-nope")
	wantStatus(t, err, http.StatusNotFound, "incident not found")
	_, err = alice.Acknowledge(ctx, "inc-nope", "")
	wantStatus(t, err, http.StatusNotFound, "incident not found")

	// A viewer may read but not act.
	_, err = mallory.Acknowledge(ctx, f.incID, "")
	wantStatus(t, err, http.StatusForbidden, "mallory may not acknowledge")
	// Whoever is on call may acknowledge.
	inc, err := dave.Acknowledge(ctx, f.incID, "paged, looking")
	if err != nil || inc.Status != incident.StatusAcknowledged || inc.AcknowledgedBy != "dave" {
		t.Fatalf("dave acks: %+v %v", inc, err)
	}
	_, err = alice.Acknowledge(ctx, f.incID, "")
	wantStatus(t, err, http.StatusConflict, "already acknowledged by dave")

	// Level: while there is no commander, a responder may set it.
	_, err = alice.SetSEV(ctx, f.incID, "SEV9", "x")
	wantStatus(t, err, http.StatusBadRequest, "unknown SEV level")
	_, err = alice.SetSEV(ctx, f.incID, "SEV2", "")
	wantStatus(t, err, http.StatusBadRequest, "needs a reason")
	if inc, err = alice.SetSEV(ctx, f.incID, "SEV2", "only the test pool"); err != nil || inc.SEV != incident.SEV2 || inc.SEVOverride.By != "alice" {
		t.Fatalf("alice sets SEV2: %+v %v", inc, err)
	}
	// bob (admin) makes carol commander; from then on only she sets the level and closes.
	_, err = alice.Assign(ctx, f.incID, api.AssignBody{Role: "captain", Person: "carol"})
	wantStatus(t, err, http.StatusBadRequest, "not an incident role")
	if inc, err = bob.Assign(ctx, f.incID, api.AssignBody{Role: incident.RoleCommander, Person: "carol"}); err != nil || !inc.HasRole("carol", incident.RoleCommander) {
		t.Fatalf("assign: %+v %v", inc, err)
	}
	_, err = alice.SetSEV(ctx, f.incID, "SEV1", "funds moving")
	wantStatus(t, err, http.StatusForbidden, "only its commander (carol) or an admin")
	if inc, err = carol.SetSEV(ctx, f.incID, "auto", "back to what the alerts say"); err != nil || inc.SEV != incident.SEV1 || inc.SEVOverride != nil {
		t.Fatalf("carol clears the override: %+v %v", inc, err)
	}

	if _, err = alice.Note(ctx, f.incID, "exchange contacted"); err != nil {
		t.Fatal(err)
	}
	_, err = alice.Note(ctx, f.incID, "   ")
	wantStatus(t, err, http.StatusBadRequest, "the note is empty")

	_, err = alice.Resolve(ctx, f.incID, "")
	wantStatus(t, err, http.StatusBadRequest, "needs a reason")
	if inc, err = alice.Resolve(ctx, f.incID, "paused and patched"); err != nil || inc.Status != incident.StatusResolved {
		t.Fatalf("resolve: %+v %v", inc, err)
	}
	_, err = alice.CloseIncident(ctx, f.incID, "done")
	wantStatus(t, err, http.StatusForbidden, "only its commander (carol)")
	if inc, err = carol.Reopen(ctx, f.incID, "attacker is back"); err != nil || inc.Status != incident.StatusInvestigating || inc.Reopened != 1 {
		t.Fatalf("reopen: %+v %v", inc, err)
	}
	_, err = carol.CloseIncident(ctx, f.incID, "skipping resolve")
	wantStatus(t, err, http.StatusConflict, "is investigating: it cannot move to closed (allowed next: contained, resolved)")
	if _, err = carol.Resolve(ctx, f.incID, "patched for real"); err != nil {
		t.Fatal(err)
	}
	if inc, err = carol.CloseIncident(ctx, f.incID, "postmortem published"); err != nil || inc.Status != incident.StatusClosed {
		t.Fatalf("close: %+v %v", inc, err)
	}
	_, err = carol.Reopen(ctx, f.incID, "again")
	wantStatus(t, err, http.StatusConflict, "only a resolved incident can be reopened")

	// Closed incidents leave the default list but not "all".
	if list, _ = alice.Incidents(ctx, ""); len(list) != 0 {
		t.Fatalf("open list: %+v", list)
	}
	if list, _ = alice.Incidents(ctx, "all"); len(list) != 1 {
		t.Fatalf("all list: %+v", list)
	}
	if list, _ = alice.Incidents(ctx, "closed"); len(list) != 1 {
		t.Fatalf("closed list: %+v", list)
	}

	tl, err := mallory.Timeline(ctx, f.incID)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range tl {
		lines = append(lines, e.Actor+" "+e.Kind+": "+e.Message)
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		"dave transition: Status detected -> acknowledged: paged, looking",
		"alice severity: Level set SEV1 -> SEV2 by alice: only the test pool",
		"bob role: carol assigned as commander by bob",
		"alice note: exchange contacted",
		"carol transition: Reopened (resolved -> investigating): attacker is back",
		"carol transition: Status resolved -> closed: postmortem published",
	} {
		if !strings.Contains(got, want) {
			t.Fatalf("timeline lacks %q:\n%s", want, got)
		}
	}
	v, err := mallory.VerifyTimeline(ctx, f.incID)
	if err != nil || !v.OK || v.Entries != len(tl) || !v.HeadRecorded {
		t.Fatalf("verify: %+v %v", v, err)
	}
	full, err := alice.Incident(ctx, f.incID)
	if err != nil || !full.TimelineIntact || len(full.Alerts) != 1 || len(full.Timeline) != len(tl) {
		t.Fatalf("show: %+v %v", full, err)
	}
}

func TestIncidentAPIDraftsAndVerify(t *testing.T) {
	ctx := context.Background()
	f := startIncidentAPI(t)
	alice := f.clients["alice"]
	pm, err := alice.Postmortem(ctx, f.incID)
	if err != nil || !strings.Contains(pm, "## Root cause") || !strings.Contains(pm, "**flash_loan**") {
		t.Fatalf("postmortem: %v\n%s", err, pm)
	}
	su, err := alice.StatusUpdate(ctx, f.incID, report.Public)
	if err != nil || !strings.Contains(su, "# Status update: incident affecting pool") || !strings.Contains(su, "2026-05-01 10:30:00 UTC") {
		t.Fatalf("public update: %v\n%s", err, su)
	}
	if su, err = alice.StatusUpdate(ctx, f.incID, report.Internal); err != nil || !strings.Contains(su, "[INTERNAL]") {
		t.Fatalf("internal update: %v\n%s", err, su)
	}
	_, err = alice.StatusUpdate(ctx, f.incID, "press")
	wantStatus(t, err, http.StatusBadRequest, "want internal or public")
	_, err = alice.Postmortem(ctx, "inc-nope")
	wantStatus(t, err, http.StatusNotFound, "incident not found")

	// Unknown fields are refused rather than ignored.
	req, _ := http.NewRequest(http.MethodPost, f.url+"/incidents/"+f.incID+"/note", strings.NewReader(`{"txt":"typo"}`))
	req.Header.Set("Authorization", "Bearer "+alice.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("unknown field: %s", resp.Status)
	}

	// Someone edits the store behind Warden's back.
	if _, err := alice.Note(ctx, f.incID, "first note"); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE timeline SET body = json_set(body, '$.message', 'nothing to see') WHERE incident_id = ? AND seq = 2`, f.incID); err != nil {
		t.Fatal(err)
	}
	v, err := alice.VerifyTimeline(ctx, f.incID)
	if err != nil || v.OK || v.BrokenSeq != 2 || !strings.Contains(v.Problem, "edited") {
		t.Fatalf("verify after tampering: %+v %v", v, err)
	}
	full, err := alice.Incident(ctx, f.incID)
	if err != nil || full.TimelineIntact || !strings.Contains(full.TimelineError, "entry 2") {
		t.Fatalf("show after tampering: %+v %v", full, err)
	}
}
