package incident_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/store/sqlite"
)

func roleFixture(t *testing.T) (*incident.Manager, *sqlite.Store, string) {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	m := incident.NewManager(st, time.Hour, nil)
	a := mkAlert("r1", "pool", common.HexToAddress("0xbad"), 10, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), alert.SeverityCritical)
	if _, err := st.SaveAlerts(ctx, []alert.Alert{a}); err != nil {
		t.Fatal(err)
	}
	changed, err := m.Process(ctx)
	if err != nil || len(changed) != 1 {
		t.Fatalf("process: %v %v", changed, err)
	}
	return m, st, changed[0].ID
}

var (
	actorAdmin    = incident.Actor{Name: "root", Roles: []string{"admin"}}
	actorAlice    = incident.Actor{Name: "alice", Roles: []string{"responder"}}
	actorBob      = incident.Actor{Name: "bob", Roles: []string{"approver"}}
	actorOnCall   = incident.Actor{Name: "olga", Roles: []string{"viewer"}, OnCall: true}
	actorStranger = incident.Actor{Name: "mallory", Roles: []string{"viewer"}}
)

func forbidden(t *testing.T, err error, wantInMessage ...string) {
	t.Helper()
	if !errors.Is(err, incident.ErrForbidden) {
		t.Fatalf("want a refusal (ErrForbidden), got %v", err)
	}
	for _, w := range wantInMessage {
		if !strings.Contains(err.Error(), w) {
			t.Fatalf("refusal %q does not say %q", err, w)
		}
	}
}

// Assigning and handing over roles lands on the hash-chained timeline and
// on the stored incident.
func TestRolesOnTimeline(t *testing.T) {
	ctx := context.Background()
	m, st, id := roleFixture(t)

	// No commander yet: a configured responder takes command.
	if _, err := m.AssignRole(ctx, id, actorAlice, incident.RoleCommander, "alice"); err != nil {
		t.Fatal(err)
	}
	// Now only the commander (or an admin) assigns roles.
	if _, err := m.AssignRole(ctx, id, actorOnCall, incident.RoleScribe, "olga"); err == nil {
		t.Fatal("on-call person assigned a role although alice commands")
	} else {
		forbidden(t, err, "olga may not assign role incident "+id, "its commander (alice) or an admin")
	}
	for _, p := range []string{"bob", "carol"} {
		if _, err := m.AssignRole(ctx, id, actorAlice, incident.RoleResponder, p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.AssignRole(ctx, id, actorAlice, incident.RoleResponder, "bob"); err != nil { // again: nothing changes
		t.Fatal(err)
	}
	if _, err := m.AssignRole(ctx, id, actorAdmin, incident.RoleCommander, "dave"); !errors.Is(err, incident.ErrInvalidInput) || !strings.Contains(err.Error(), "already alice; hand the role over") {
		t.Fatalf("second commander: %v", err)
	}
	if _, err := m.AssignRole(ctx, id, actorAlice, "janitor", "bob"); !errors.Is(err, incident.ErrInvalidInput) || !strings.Contains(err.Error(), `"janitor" is not an incident role`) {
		t.Fatalf("unknown role: %v", err)
	}
	// The commander hands over to dave going off shift; dave then swaps a responder.
	if _, err := m.HandoverRole(ctx, id, actorAlice, incident.RoleCommander, "alice", "dave"); err != nil {
		t.Fatal(err)
	}
	dave := incident.Actor{Name: "dave"}
	inc, err := m.HandoverRole(ctx, id, dave, incident.RoleResponder, "carol", "erin")
	if err != nil {
		t.Fatal(err)
	}
	// bob gives up his own role without being commander.
	if inc, err = m.UnassignRole(ctx, id, actorBob, incident.RoleResponder, "bob"); err != nil {
		t.Fatal(err)
	}
	if got := inc.Holders(incident.RoleCommander); len(got) != 1 || got[0] != "dave" {
		t.Fatalf("commander %v, want dave", got)
	}
	if got := inc.Holders(incident.RoleResponder); len(got) != 1 || got[0] != "erin" {
		t.Fatalf("responders %v, want erin", got)
	}
	stored, err := st.Incident(ctx, id)
	if err != nil || !stored.HasRole("dave", incident.RoleCommander) || !stored.HasRole("erin", incident.RoleResponder) || stored.HasRole("alice", incident.RoleCommander) {
		t.Fatalf("stored roles %v (%v)", stored.Roles, err)
	}

	tl, err := st.Timeline(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if err := incident.VerifyTimeline(tl); err != nil {
		t.Fatalf("timeline broken after role changes: %v", err)
	}
	var roles []string
	for _, e := range tl {
		if e.Kind == incident.EntryRole {
			roles = append(roles, e.Actor+": "+e.Message)
		}
	}
	want := []string{
		"alice: alice assigned as commander",
		"alice: bob assigned as responder by alice",
		"alice: carol assigned as responder by alice",
		"alice: Commander handed over from alice to dave",
		"dave: Responder handed over from carol to erin",
		"bob: bob is no longer responder",
	}
	if strings.Join(roles, "\n") != strings.Join(want, "\n") {
		t.Fatalf("role entries:\n%s\nwant:\n%s", strings.Join(roles, "\n"), strings.Join(want, "\n"))
	}
}

func TestAllowed(t *testing.T) {
	inc := &incident.Incident{ID: "inc-1", Status: incident.StatusDetected}
	// Acknowledging: responders and whoever is on call, not a bystander.
	for _, who := range []incident.Actor{actorAlice, actorOnCall, actorAdmin} {
		if err := incident.Allowed(inc, who, incident.ActionAcknowledge); err != nil {
			t.Errorf("%s may acknowledge: %v", who.Name, err)
		}
	}
	forbidden(t, incident.Allowed(inc, actorStranger, incident.ActionAcknowledge), "mallory may not acknowledge incident inc-1", "whoever is on call")
	forbidden(t, incident.Allowed(inc, actorBob, incident.ActionTransition))
	// Closing without a commander: only an admin.
	forbidden(t, incident.Allowed(inc, actorAlice, incident.ActionClose), "none is assigned: assign one first")
	if err := incident.Allowed(inc, actorAdmin, incident.ActionClose); err != nil {
		t.Fatal(err)
	}
	inc.Roles = map[string][]string{incident.RoleCommander: {"carol"}, incident.RoleScribe: {"bob"}}
	forbidden(t, incident.Allowed(inc, actorAlice, incident.ActionClose), "only its commander (carol) or an admin may")
	if err := incident.Allowed(inc, incident.Actor{Name: "carol"}, incident.ActionClose); err != nil {
		t.Fatalf("commander may close: %v", err)
	}
	// The scribe takes notes without being a responder; a bystander does not.
	if err := incident.Allowed(inc, actorBob, incident.ActionNote); err != nil {
		t.Fatalf("scribe may note: %v", err)
	}
	forbidden(t, incident.Allowed(inc, actorStranger, incident.ActionNote))
	forbidden(t, incident.Allowed(inc, actorAlice, incident.ActionSetSEV), "its commander (carol)")
	forbidden(t, incident.Allowed(inc, incident.Actor{Roles: []string{"admin"}}, incident.ActionClose), "needs an identified person")
	if err := incident.Allowed(inc, actorAdmin, "approve"); err == nil || errors.Is(err, incident.ErrForbidden) || !strings.Contains(err.Error(), "approvals role") {
		t.Fatalf("approve is for respond: %v", err)
	}
}

// A closed incident's roles are final.
func TestRolesFrozenWhenClosed(t *testing.T) {
	ctx := context.Background()
	m, _, id := roleFixture(t)
	for _, to := range []incident.Status{incident.StatusResolved, incident.StatusClosed} {
		if _, err := m.Transition(ctx, id, to, "root", "done"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.AssignRole(ctx, id, actorAdmin, incident.RoleScribe, "bob"); !errors.Is(err, incident.ErrInvalidTransition) {
		t.Fatalf("role change on a closed incident: %v", err)
	}
}
