package incident

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Roles people hold on one incident. They are per incident (alice may lead
// one and take notes on another), unlike the configured roles of a user
// (admin, responder, approver), which say what someone may do anywhere.
const (
	RoleCommander      = "commander"      // leads the response; the only one who closes the incident
	RoleResponder      = "responder"      // works on containment and recovery
	RoleAuditor        = "auditor"        // security auditor analysing the exploit
	RoleOperator       = "operator"       // validator or node operator (forks, traces, mempool)
	RoleCommunications = "communications" // speaks for the protocol: users, exchanges, press
	RoleScribe         = "scribe"         // keeps the timeline complete
)

// IncidentRoles lists every incident role in the order they are shown.
func IncidentRoles() []string {
	return []string{RoleCommander, RoleResponder, RoleAuditor, RoleOperator, RoleCommunications, RoleScribe}
}

// soleHolder roles have one person at a time: two commanders is no
// commander. The others take as many people as the incident needs.
var soleHolder = map[string]bool{RoleCommander: true, RoleCommunications: true, RoleScribe: true}

// EntryRole records a role being assigned, handed over or given up.
const EntryRole = "role"

// Configured roles (config.User.Roles) that Allowed looks at; they mirror
// config.RoleAdmin and config.RoleResponder, which this package does not
// import.
const (
	configuredAdmin     = "admin"
	configuredResponder = "responder"
)

// Actor is who asks to act on an incident: their name, their configured
// roles (config.User.Roles) and whether they are on call right now (the
// caller knows the schedules; this package does not).
type Actor struct {
	Name   string
	Roles  []string
	OnCall bool
}

func (a Actor) has(role string) bool { return slices.Contains(a.Roles, role) }

// Actions Allowed decides on.
const (
	ActionAcknowledge = "acknowledge"
	// ActionTransition covers contain, investigate, resolve and reopen.
	ActionTransition = "transition"
	ActionClose      = "close"
	ActionAssignRole = "assign_role"
	ActionSetSEV     = "set_sev"
	ActionNote       = "note"
)

// ErrForbidden is wrapped by every refusal of Allowed.
var ErrForbidden = errors.New("forbidden")

// PermissionError is a refusal: who may not do what, and who may.
type PermissionError struct {
	Incident, Actor, Action string
	// Need says who may, in words ("its commander (bob) or an admin").
	Need string
}

func (e *PermissionError) Error() string {
	return fmt.Sprintf("%s may not %s incident %s: only %s may", e.Actor, strings.ReplaceAll(e.Action, "_", " "), e.Incident, e.Need)
}

func (e *PermissionError) Unwrap() error { return ErrForbidden }

// Holders returns the people in role on the incident.
func (inc *Incident) Holders(role string) []string { return inc.Roles[role] }

// HasRole reports whether person holds role on the incident.
func (inc *Incident) HasRole(person, role string) bool {
	return slices.Contains(inc.Roles[role], person)
}

// Allowed decides whether who may perform action on inc. Permissions follow
// roles: an admin may do anything; only the commander closes; the
// commander, the incident's responders, configured responders and whoever
// is on call acknowledge, move the lifecycle and take notes; while the
// incident has no commander, those same people may assign roles (one of
// them takes command). Approving response actions is not decided here: the
// playbook's approvals role does that (package respond).
func Allowed(inc *Incident, who Actor, action string) error {
	if strings.TrimSpace(who.Name) == "" {
		return fmt.Errorf("%w: incident %s: %s needs an identified person", ErrForbidden, inc.ID, action)
	}
	if who.has(configuredAdmin) {
		if !knownAction(action) {
			return unknownAction(action)
		}
		return nil
	}
	commanders := inc.Holders(RoleCommander)
	isCommander := slices.Contains(commanders, who.Name)
	responding := isCommander || inc.HasRole(who.Name, RoleResponder) || who.has(configuredResponder) || who.OnCall
	const responders = "its commander, its responders, users with the responder role or whoever is on call"
	refuse := func(need string) error {
		return &PermissionError{Incident: inc.ID, Actor: who.Name, Action: action, Need: need}
	}
	switch action {
	case ActionAcknowledge, ActionTransition:
		if responding {
			return nil
		}
		return refuse(responders)
	case ActionNote:
		for _, role := range IncidentRoles() {
			if inc.HasRole(who.Name, role) {
				return nil
			}
		}
		if responding {
			return nil
		}
		return refuse("people with a role on the incident, " + responders)
	case ActionClose:
		if isCommander {
			return nil
		}
		if len(commanders) == 0 {
			return refuse("its commander (none is assigned: assign one first) or an admin")
		}
		return refuse(fmt.Sprintf("its commander (%s) or an admin", strings.Join(commanders, ", ")))
	case ActionAssignRole, ActionSetSEV:
		if isCommander || (len(commanders) == 0 && responding) {
			return nil
		}
		if len(commanders) == 0 {
			return refuse("an admin or, while there is no commander, " + responders)
		}
		return refuse(fmt.Sprintf("its commander (%s) or an admin", strings.Join(commanders, ", ")))
	}
	return unknownAction(action)
}

func knownAction(action string) bool {
	switch action {
	case ActionAcknowledge, ActionTransition, ActionClose, ActionAssignRole, ActionSetSEV, ActionNote:
		return true
	}
	return false
}

func unknownAction(action string) error {
	return fmt.Errorf("%w: unknown incident action %q (known: %s, %s, %s, %s, %s, %s; approvals are checked by the playbook's approvals role)",
		ErrInvalidInput, action, ActionAcknowledge, ActionTransition, ActionClose, ActionAssignRole, ActionSetSEV, ActionNote)
}

func checkRole(id, role string) error {
	if !slices.Contains(IncidentRoles(), role) {
		return fmt.Errorf("%w: incident %s: %q is not an incident role (known: %s)", ErrInvalidInput, id, role, strings.Join(IncidentRoles(), ", "))
	}
	return nil
}

func checkPerson(id, what, person string) error {
	if strings.TrimSpace(person) == "" {
		return fmt.Errorf("%w: incident %s: %s is empty", ErrInvalidInput, id, what)
	}
	return nil
}

// roleChange wraps a role change in the checks every one needs: a known
// role, a permitted actor, an incident that is not closed. mayAnyway lets
// people give up or hand over their own role without being commander.
func (m *Manager) roleChange(ctx context.Context, id string, by Actor, role string, mayAnyway func(inc *Incident) bool,
	change func(inc *Incident, now time.Time) ([]Entry, error)) (*Incident, error) {
	if err := checkRole(id, role); err != nil {
		return nil, err
	}
	return m.Update(ctx, id, func(inc *Incident, now time.Time) ([]Entry, error) {
		if inc.Status == StatusClosed {
			return nil, fmt.Errorf("%w: incident %s is closed: its roles can no longer change", ErrInvalidTransition, id)
		}
		if mayAnyway == nil || !mayAnyway(inc) {
			if err := Allowed(inc, by, ActionAssignRole); err != nil {
				return nil, err
			}
		}
		return change(inc, now)
	})
}

// AssignRole puts person in role on the incident and records it on the
// timeline. Assigning someone who already holds the role changes nothing;
// a sole-holder role (commander, communications, scribe) held by someone
// else must be handed over instead, so that nobody loses command silently.
func (m *Manager) AssignRole(ctx context.Context, id string, by Actor, role, person string) (*Incident, error) {
	if err := checkPerson(id, "the person to assign", person); err != nil {
		return nil, err
	}
	return m.roleChange(ctx, id, by, role, nil, func(inc *Incident, now time.Time) ([]Entry, error) {
		holders := inc.Roles[role]
		if slices.Contains(holders, person) {
			return nil, nil
		}
		if soleHolder[role] && len(holders) > 0 {
			return nil, fmt.Errorf("%w: incident %s: %s is already %s; hand the role over instead", ErrInvalidInput, id, role, holders[0])
		}
		if inc.Roles == nil {
			inc.Roles = map[string][]string{}
		}
		inc.Roles[role] = append(slices.Clone(holders), person)
		msg := fmt.Sprintf("%s assigned as %s", person, role)
		if by.Name != person {
			msg += " by " + by.Name
		}
		return []Entry{NewEntry(now, EntryRole, by.Name, msg, map[string]string{"change": "assign", "role": role, "person": person})}, nil
	})
}

// HandoverRole passes role from one person to another (the commander going
// off shift): the incident is never without the role in between. Besides
// whoever may assign roles, the holder may hand over their own role.
func (m *Manager) HandoverRole(ctx context.Context, id string, by Actor, role, from, to string) (*Incident, error) {
	if err := checkPerson(id, "the person handing over", from); err != nil {
		return nil, err
	}
	if err := checkPerson(id, "the person taking over", to); err != nil {
		return nil, err
	}
	if from == to {
		return nil, fmt.Errorf("%w: incident %s: %s cannot hand %s over to themselves", ErrInvalidInput, id, from, role)
	}
	own := func(*Incident) bool { return by.Name == from }
	return m.roleChange(ctx, id, by, role, own, func(inc *Incident, now time.Time) ([]Entry, error) {
		holders := inc.Roles[role]
		i := slices.Index(holders, from)
		if i < 0 {
			return nil, fmt.Errorf("%w: incident %s: %s is not %s (%s: %s)", ErrInvalidInput, id, from, role, role, describe(holders))
		}
		next := slices.Clone(holders)
		if slices.Contains(holders, to) {
			next = slices.Delete(next, i, i+1)
		} else {
			next[i] = to
		}
		inc.Roles[role] = next
		msg := fmt.Sprintf("%s handed over from %s to %s", strings.ToUpper(role[:1])+role[1:], from, to)
		return []Entry{NewEntry(now, EntryRole, by.Name, msg, map[string]string{"change": "handover", "role": role, "from": from, "to": to})}, nil
	})
}

// UnassignRole takes person out of role (they were only needed for a
// while). People may give up their own roles.
func (m *Manager) UnassignRole(ctx context.Context, id string, by Actor, role, person string) (*Incident, error) {
	if err := checkPerson(id, "the person to unassign", person); err != nil {
		return nil, err
	}
	own := func(*Incident) bool { return by.Name == person }
	return m.roleChange(ctx, id, by, role, own, func(inc *Incident, now time.Time) ([]Entry, error) {
		holders := inc.Roles[role]
		i := slices.Index(holders, person)
		if i < 0 {
			return nil, nil
		}
		if rest := slices.Delete(slices.Clone(holders), i, i+1); len(rest) > 0 {
			inc.Roles[role] = rest
		} else {
			delete(inc.Roles, role)
		}
		msg := fmt.Sprintf("%s is no longer %s", person, role)
		if by.Name != person {
			msg += " (" + by.Name + ")"
		}
		return []Entry{NewEntry(now, EntryRole, by.Name, msg, map[string]string{"change": "unassign", "role": role, "person": person})}, nil
	})
}

func describe(people []string) string {
	if len(people) == 0 {
		return "nobody"
	}
	return strings.Join(people, ", ")
}
