package respond

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/warden-dev/warden/config"
)

// RequestState is where an action request stands.
type RequestState string

const (
	RequestPending  RequestState = "pending"  // waiting for approvals
	RequestApproved RequestState = "approved" // enough approvals (or the playbook's own); the steps run
	RequestRejected RequestState = "rejected" // an approver rejected it; the steps never run
)

// ActionRequest asks people to decide on the steps behind an approval
// gate (the playbook's mode, an approval step) or to supply signatures a
// step waits for. Its ID derives from the gated step's key, so a restart
// finds the same request instead of asking twice.
type ActionRequest struct {
	ID         string `json:"id"`
	Key        string `json:"key"` // key of the gated step
	IncidentID string `json:"incident_id"`
	Monitor    string `json:"monitor"`
	Playbook   string `json:"playbook"`
	Step       int    `json:"step"`
	StepKind   string `json:"step_kind"`
	// Reason says why people are asked.
	Reason   string       `json:"reason"`
	Required int          `json:"required"`
	Role     string       `json:"role"`
	State    RequestState `json:"state"`
	// Waiting is set while a step behind the request waits for more
	// signatures; approvals (with signatures) are still taken.
	Waiting string `json:"waiting,omitempty"`
	// AutoApproved says why the playbook approved the request itself.
	AutoApproved string `json:"auto_approved,omitempty"`
	// Plans is what the steps will send, as planned when people were asked.
	Plans     []PlannedStep `json:"plans"`
	Decisions []Decision    `json:"decisions"`
	CreatedAt time.Time     `json:"created_at"`
	UpdatedAt time.Time     `json:"updated_at"`
	// Steps are the playbook's step records for the incident (filled by
	// Responder.ActionRequest for display, never stored with the request).
	Steps []StepRecord `json:"steps,omitempty"`
}

// PlannedStep is one step's plan as shown to approvers.
type PlannedStep struct {
	Step        int            `json:"step"`
	Kind        string         `json:"kind"`
	Description string         `json:"description"`
	From        common.Address `json:"from,omitzero"`
	To          common.Address `json:"to,omitzero"`
	Data        hexutil.Bytes  `json:"data,omitempty"`
	Value       *big.Int       `json:"value,omitempty"`
	Simulation  string         `json:"simulation"`
	Noop        bool           `json:"noop,omitempty"`
	Reason      string         `json:"reason,omitempty"`
}

func plannedStep(i int, st *Step, p *Plan) PlannedStep {
	ps := PlannedStep{Step: i, Kind: st.Kind, Description: p.Description, Simulation: simulation(p), Noop: p.Noop, Reason: p.Reason}
	if p.SendsTransaction() {
		ps.From, ps.To, ps.Data, ps.Value = p.From, p.To, p.Data, p.Value
	}
	return ps
}

// Decision is one user's approval or rejection of a request.
type Decision struct {
	User      string     `json:"user"`
	Approve   bool       `json:"approve"`
	Reason    string     `json:"reason,omitempty"`
	Signature *Signature `json:"signature,omitempty"`
	At        time.Time  `json:"at"`
}

// RequestID is the stable ID of the request gating the step with this key.
func RequestID(stepKey string) string {
	sum := sha256.Sum256([]byte(stepKey))
	return "act-" + hex.EncodeToString(sum[:5])
}

// Open reports whether the request still takes decisions.
func (q *ActionRequest) Open() bool {
	return q.State == RequestPending || q.State == RequestApproved && q.Waiting != ""
}

// approvers lists who approved, in order.
func (q *ActionRequest) approvers() []string {
	var out []string
	for _, d := range q.Decisions {
		if d.Approve {
			out = append(out, d.User)
		}
	}
	if len(out) == 0 && q.AutoApproved != "" {
		out = append(out, "playbook:"+q.Playbook)
	}
	return out
}

// Approvals counts the approvals.
func (q *ActionRequest) Approvals() int {
	n := 0
	for _, d := range q.Decisions {
		if d.Approve {
			n++
		}
	}
	return n
}

// User is an authenticated person acting through the API or CLI.
type User struct {
	Name  string
	Roles []string
}

// HasRole reports whether the user holds role.
func (u User) HasRole(role string) bool { return slices.Contains(u.Roles, role) }

// Errors of the decision API; the API maps them to HTTP statuses.
var (
	ErrNotFound  = errors.New("not found")
	ErrForbidden = errors.New("forbidden")
	ErrConflict  = errors.New("conflict")
	ErrBadInput  = errors.New("bad input")
)

// ActionRequests returns the requests, newest first; with openOnly, only
// those that still take decisions.
func (r *Responder) ActionRequests(ctx context.Context, openOnly bool) ([]ActionRequest, error) {
	all, err := r.store.ActionRequests(ctx)
	if err != nil {
		return nil, fmt.Errorf("load action requests: %w", err)
	}
	if !openOnly {
		return all, nil
	}
	out := all[:0]
	for _, q := range all {
		if q.Open() {
			out = append(out, q)
		}
	}
	return out, nil
}

// ActionRequest returns one request with the playbook's step records.
func (r *Responder) ActionRequest(ctx context.Context, id string) (*ActionRequest, error) {
	q, err := r.store.ActionRequest(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("load action request %s: %w", id, err)
	}
	if q == nil {
		return nil, fmt.Errorf("%w: no action %q", ErrNotFound, id)
	}
	steps, err := r.store.Steps(ctx, q.IncidentID)
	if err != nil {
		return nil, fmt.Errorf("load steps of %s: %w", q.IncidentID, err)
	}
	for _, s := range steps {
		if s.Playbook == q.Playbook {
			q.Steps = append(q.Steps, s)
		}
	}
	slices.SortFunc(q.Steps, func(a, b StepRecord) int { return a.Step - b.Step })
	return q, nil
}

// policy is the approval rule of a request: the playbook's current one
// (the config may have changed since people were asked), else the stored.
func (r *Responder) policy(q *ActionRequest) Policy {
	for _, pb := range r.playbooks[q.Monitor] {
		if pb.Name != q.Playbook || q.Step >= len(pb.Steps) {
			continue
		}
		if g := pb.Steps[q.Step].Gate; g != nil {
			return g.Policy
		}
		return pb.Approvals
	}
	return Policy{Required: q.Required, Role: q.Role}
}

// Approve records by's approval of a request, with an optional signature
// for a step that collects them (a Safe transaction). Once the request has
// its approvals, or when a step behind it waits for signatures, the
// incident's playbooks run before Approve returns. A user without the
// request's role is refused (ErrForbidden) and the refusal is recorded.
func (r *Responder) Approve(ctx context.Context, id string, by User, sig *Signature) (*ActionRequest, error) {
	return r.decide(ctx, id, by, Decision{User: by.Name, Approve: true, Signature: sig})
}

// Reject records by's rejection: the steps behind the request never run.
func (r *Responder) Reject(ctx context.Context, id string, by User, reason string) (*ActionRequest, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, fmt.Errorf("%w: a rejection needs a reason", ErrBadInput)
	}
	return r.decide(ctx, id, by, Decision{User: by.Name, Reason: reason})
}

func (r *Responder) decide(ctx context.Context, id string, by User, d Decision) (*ActionRequest, error) {
	if by.Name == "" {
		return nil, fmt.Errorf("%w: the deciding user has no name", ErrBadInput)
	}
	if d.Signature != nil && len(d.Signature.Data) != 65 {
		return nil, fmt.Errorf("%w: a signature is 65 bytes (r, s, v), got %d", ErrBadInput, len(d.Signature.Data))
	}
	q, err := r.store.ActionRequest(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("load action request %s: %w", id, err)
	}
	if q == nil {
		return nil, fmt.Errorf("%w: no action %q", ErrNotFound, id)
	}
	defer r.locks.lock(q.IncidentID)()
	// Read again under the incident's lock: a decision may have just landed.
	if q, err = r.store.ActionRequest(ctx, id); err != nil || q == nil {
		return nil, fmt.Errorf("load action request %s: %w", id, errors.Join(err, ErrNotFound))
	}
	verb, actor := "approval", "user:"+by.Name
	if !d.Approve {
		verb = "rejection"
	}
	policy := r.policy(q)
	if !by.HasRole(policy.Role) {
		r.recordKind(ctx, q.IncidentID, EntryApproval, actor, fmt.Sprintf("%s of action %s by %s REFUSED: %s does not hold the %s role", titleCase(verb), q.ID, by.Name, by.Name, policy.Role),
			map[string]any{"action": q.ID, "user": by.Name, "role": policy.Role, "refused": true})
		return nil, fmt.Errorf("%w: user %s does not hold the %s role that action %s needs", ErrForbidden, by.Name, policy.Role, q.ID)
	}
	if !q.Open() {
		return nil, fmt.Errorf("%w: action %s is already %s", ErrConflict, q.ID, q.State)
	}
	d.At = r.now().UTC()
	added, err := r.store.AddDecision(ctx, q.ID, d)
	if err != nil {
		return nil, fmt.Errorf("save %s of %s: %w", verb, q.ID, err)
	}
	if !added {
		return nil, fmt.Errorf("%w: %s has already decided on action %s (each approver counts once)", ErrConflict, by.Name, q.ID)
	}
	q.Decisions = append(q.Decisions, d)
	data := map[string]any{"action": q.ID, "user": by.Name, "approve": d.Approve}
	if d.Signature != nil {
		data["signer"] = d.Signature.Signer.Hex()
	}
	run := false
	switch {
	case !d.Approve:
		q.State = RequestRejected
		r.recordKind(ctx, q.IncidentID, EntryApproval, actor, fmt.Sprintf("Action %s REJECTED by %s: %s. Its steps will not run.", q.ID, by.Name, d.Reason), data)
	case q.State == RequestPending && q.Approvals() >= policy.Required:
		q.State, run = RequestApproved, true
		r.recordKind(ctx, q.IncidentID, EntryApproval, actor, fmt.Sprintf("Action %s approved by %s (%d of %d): approved by %s; running it", q.ID, by.Name, q.Approvals(), policy.Required, strings.Join(q.approvers(), ", ")), data)
	case q.State == RequestPending:
		r.recordKind(ctx, q.IncidentID, EntryApproval, actor, fmt.Sprintf("Action %s approved by %s (%d of %d)", q.ID, by.Name, q.Approvals(), policy.Required), data)
	default: // approved and waiting for signatures
		run = true
		r.recordKind(ctx, q.IncidentID, EntryApproval, actor, fmt.Sprintf("Action %s: %s added an approval; running the waiting step again", q.ID, by.Name), data)
	}
	q.UpdatedAt = d.At
	if err := r.store.SaveActionRequest(ctx, q); err != nil {
		return nil, fmt.Errorf("save action request %s: %w", q.ID, err)
	}
	if q.State == RequestRejected {
		if err := r.rejectSteps(ctx, q, d.Reason); err != nil {
			return nil, err
		}
	}
	var runErr error
	if run {
		runErr = r.handle(ctx, q.IncidentID)
	}
	out, err := r.ActionRequest(ctx, id)
	if err != nil {
		return nil, err
	}
	if runErr != nil {
		// The decision stands; what the steps did is on the timeline and
		// in out.Steps.
		r.logger.Error("approved action failed", "action", id, "err", runErr)
	}
	return out, nil
}

// rejectSteps marks the steps a rejected request gated so the playbook
// stops there for good.
func (r *Responder) rejectSteps(ctx context.Context, q *ActionRequest, reason string) error {
	var pb *Playbook
	for i := range r.playbooks[q.Monitor] {
		if r.playbooks[q.Monitor][i].Name == q.Playbook {
			pb = &r.playbooks[q.Monitor][i]
		}
	}
	last := q.Step
	if pb != nil {
		for last+1 < len(pb.Steps) && pb.Steps[last+1].Gate == nil {
			last++
		}
	}
	for i := q.Step; i <= last; i++ {
		key := StepKey(q.IncidentID, q.Playbook, i)
		rec, err := r.store.Step(ctx, key)
		if err != nil {
			return fmt.Errorf("load step %s: %w", key, err)
		}
		if rec != nil && rec.State.Final() {
			continue
		}
		if rec == nil {
			rec = &StepRecord{Key: key, IncidentID: q.IncidentID, Playbook: q.Playbook, Step: i}
			if pb != nil {
				rec.Kind = pb.Steps[i].Kind
			}
		}
		rec.State, rec.Error, rec.UpdatedAt = StepRejected, "rejected: "+reason, r.now().UTC()
		if err := r.store.SaveStep(ctx, rec); err != nil {
			return fmt.Errorf("save step %s: %w", key, err)
		}
	}
	return nil
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// KillSwitch is the state of the global kill switch.
type KillSwitch struct {
	On bool `json:"on"`
	// Source is "config" when response.kill_switch holds it on (only an
	// edit of the config lifts it), else "api" once toggled, else "default".
	Source string    `json:"source"`
	By     string    `json:"by,omitempty"`
	At     time.Time `json:"at,omitzero"`
}

const settingKillSwitch = "kill_switch"

// KillSwitchRole may switch the kill switch.
const KillSwitchRole = config.RoleResponder

// KillSwitch returns the kill switch's state.
func (r *Responder) KillSwitch(ctx context.Context) (KillSwitch, error) {
	if r.configKill {
		return KillSwitch{On: true, Source: "config"}, nil
	}
	raw, ok, err := r.store.Setting(ctx, settingKillSwitch)
	if err != nil {
		return KillSwitch{}, fmt.Errorf("read kill switch: %w", err)
	}
	if !ok {
		return KillSwitch{Source: "default"}, nil
	}
	var ks KillSwitch
	if err := json.Unmarshal([]byte(raw), &ks); err != nil {
		// A switch we cannot read must fail safe: nothing is sent.
		return KillSwitch{On: true, Source: "api"}, fmt.Errorf("stored kill switch is unreadable (%v); treating it as on", err)
	}
	ks.Source = "api"
	return ks, nil
}

func (r *Responder) killSwitchOn(ctx context.Context) (bool, error) {
	ks, err := r.KillSwitch(ctx)
	return ks.On, err
}

// SetKillSwitch turns the kill switch on or off for every playbook; the
// state is stored, so it survives restarts. Only users with the responder
// role may; when the config holds the switch on it cannot be turned off.
func (r *Responder) SetKillSwitch(ctx context.Context, on bool, by User) (KillSwitch, error) {
	if !by.HasRole(KillSwitchRole) {
		return KillSwitch{}, fmt.Errorf("%w: user %s does not hold the %s role the kill switch needs", ErrForbidden, by.Name, KillSwitchRole)
	}
	if r.configKill && !on {
		return KillSwitch{On: true, Source: "config"}, fmt.Errorf("%w: the kill switch is on in the config (response.kill_switch); edit the config to lift it", ErrConflict)
	}
	ks := KillSwitch{On: on, By: by.Name, At: r.now().UTC()}
	b, _ := json.Marshal(ks) // plain fields cannot fail to marshal
	if err := r.store.SaveSetting(ctx, settingKillSwitch, string(b)); err != nil {
		return KillSwitch{}, fmt.Errorf("save kill switch: %w", err)
	}
	r.logger.Warn("kill switch changed", "on", on, "by", by.Name)
	ks.Source = "api"
	if r.configKill {
		ks.On, ks.Source = true, "config"
	}
	if !ks.On && r.resume != nil {
		r.resume()
	}
	return ks, nil
}
