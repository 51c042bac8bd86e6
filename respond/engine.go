package respond

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/txmgr"
)

// Timeline entry kinds the responder adds to incident's own.
const (
	// EntryEscalation says a response did not take effect and people must
	// step in; the incident's severity is raised to critical with it.
	EntryEscalation = "escalation"
	// EntryApproval records requests for approval and every decision on
	// them, refused ones included.
	EntryApproval = "approval"
)

// Escalator is told when a response did not take effect (a step sent but
// failed, or its effect could not be verified), after the escalation is on
// the timeline. Paging people is its job.
type Escalator interface {
	Escalate(ctx context.Context, inc *incident.Incident, reason string) error
}

// Options tune a Responder.
type Options struct {
	// KillSwitch is the config's response.kill_switch: when true nothing
	// is sent, whatever the API says.
	KillSwitch bool
	Escalator  Escalator
	Logger     *slog.Logger
	// Now is the clock (tests); nil = time.Now.
	Now func() time.Time
	// Resume is called when the kill switch is lifted: steps it held back
	// must run again now, not at the incident's next change. The daemon
	// re-queues every open incident.
	Resume func()
}

// Responder runs the playbooks of each monitor.
type Responder struct {
	playbooks  map[string][]Playbook // monitor -> playbooks
	store      Store
	incidents  *incident.Manager
	escalator  Escalator
	configKill bool
	resume     func()
	logger     *slog.Logger
	now        func() time.Time
	locks      keyedLocks
}

// New builds a responder; playbooks maps monitor names to their playbooks.
func New(playbooks map[string][]Playbook, store Store, incidents *incident.Manager, opts Options) *Responder {
	r := &Responder{playbooks: playbooks, store: store, incidents: incidents, escalator: opts.Escalator,
		configKill: opts.KillSwitch, resume: opts.Resume, logger: opts.Logger, now: opts.Now}
	if r.logger == nil {
		r.logger = slog.New(slog.DiscardHandler)
	}
	if r.now == nil {
		r.now = time.Now
	}
	return r
}

// Handle runs every playbook whose trigger the incident's alerts match. It
// is safe to call repeatedly and concurrently: calls for one incident take
// turns, and finished steps are skipped.
func (r *Responder) Handle(ctx context.Context, inc *incident.Incident) error {
	if len(r.playbooks[inc.Monitor]) == 0 {
		return nil
	}
	defer r.locks.lock(inc.ID)()
	return r.handle(ctx, inc.ID)
}

// handle runs with the incident's lock held.
func (r *Responder) handle(ctx context.Context, id string) error {
	pbs := r.playbooks
	inc, err := r.incidents.Store().Incident(ctx, id)
	if err != nil {
		return fmt.Errorf("load incident %s: %w", id, err)
	}
	if !inc.Status.Open() || len(pbs[inc.Monitor]) == 0 {
		return nil
	}
	alerts, err := r.store.IncidentAlerts(ctx, id)
	if err != nil {
		return fmt.Errorf("load alerts of %s: %w", id, err)
	}
	var errs []error
	for i := range pbs[inc.Monitor] {
		pb := &pbs[inc.Monitor][i]
		matched := pb.Trigger.Match(alerts)
		if len(matched) == 0 {
			continue
		}
		x := &run{r: r, inc: inc, pb: pb, in: &Input{Incident: inc, Alerts: matched}, confidence: maxConfidence(matched), actor: "playbook:" + pb.Name}
		if err := x.execute(ctx); err != nil {
			r.logger.Error("playbook failed", "incident", id, "playbook", pb.Name, "err", err)
			errs = append(errs, fmt.Errorf("playbook %s: %w", pb.Name, err))
		}
	}
	return errors.Join(errs...)
}

func maxConfidence(alerts []alert.Alert) float64 {
	best := 0.0
	for _, a := range alerts {
		best = max(best, a.Confidence)
	}
	return best
}

// run is one pass over one playbook for one incident.
type run struct {
	r          *Responder
	inc        *incident.Incident
	pb         *Playbook
	in         *Input
	confidence float64
	actor      string
}

func (x *run) key(i int) string { return StepKey(x.inc.ID, x.pb.Name, i) }

func (x *run) label(i int) string {
	st := &x.pb.Steps[i]
	s := fmt.Sprintf("Step %d (%s", i, st.Kind)
	if st.Name != "" && st.Name != st.Kind {
		s += " " + st.Name
	}
	if st.Target != "" {
		s += " on " + st.Target
	}
	return s + ")"
}

// verdict is how a step left the playbook.
type verdict int

const (
	passed  verdict = iota // go on with the next step
	waiting                // stop here until people act
	halted                 // stop here: failed, refused, rejected or blocked
)

type stepOutcome struct {
	verdict   verdict
	err       error
	contained bool
	escalate  string // why the incident must be escalated, if it must
}

func (x *run) execute(ctx context.Context) error {
	if x.pb.DryRun {
		return x.dryRun(ctx)
	}
	for _, group := range x.pb.groups() {
		recs := make([]*StepRecord, len(group))
		finished := true
		for j, i := range group {
			rec, err := x.r.store.Step(ctx, x.key(i))
			if err != nil {
				return fmt.Errorf("step %d: load state: %w", i, err)
			}
			recs[j] = rec
			if rec == nil || !rec.State.Final() {
				finished = false
			} else if !rec.State.Passed() {
				return nil // refused or rejected earlier: the playbook stopped there for good
			}
		}
		if finished {
			continue
		}
		open, err := x.gate(ctx, group[0])
		if err != nil || !open {
			return err
		}
		if x.pb.Steps[group[0]].Gate != nil {
			continue
		}
		outs := make([]stepOutcome, len(group))
		if len(group) == 1 {
			outs[0] = x.step(ctx, group[0], recs[0])
		} else {
			var wg sync.WaitGroup
			for j, i := range group {
				wg.Go(func() { outs[j] = x.step(ctx, i, recs[j]) })
			}
			wg.Wait()
		}
		// Escalation and containment rewrite the incident, so they run
		// here, one at a time, rather than in the parallel steps.
		var errs []error
		stop, contained := false, false
		for j, o := range outs {
			if o.escalate != "" {
				x.r.escalate(ctx, x.inc.ID, x.actor, o.escalate, map[string]any{"key": x.key(group[j]), "step": group[j]})
			}
			contained = contained || o.contained
			if o.err != nil {
				errs = append(errs, fmt.Errorf("step %d (%s %s): %w", group[j], x.pb.Steps[group[j]].Kind, x.pb.Steps[group[j]].Target, o.err))
			}
			stop = stop || o.verdict != passed
		}
		if contained {
			if _, err := x.r.incidents.Transition(ctx, x.inc.ID, incident.StatusContained, x.actor, "containment verified on chain"); err != nil {
				errs = append(errs, err)
			}
		}
		if stop || len(errs) > 0 {
			return errors.Join(errs...)
		}
	}
	return nil
}

// modeNeedsApproval reports whether the playbook's mode asks people before
// its first step.
func (x *run) modeNeedsApproval() bool {
	return x.pb.Mode == ModeApproval || x.confidence < x.pb.MinConfidence
}

func (x *run) modeReason() string {
	if x.pb.Mode == ModeApproval {
		return "the playbook runs on approval"
	}
	return fmt.Sprintf("confidence %.2f is below the playbook's min_confidence %.2f, so it waits for approval instead of running automatically", x.confidence, x.pb.MinConfidence)
}

// gateAt returns the approval gate before step i, if there is one: an
// approval step, or the playbook's mode before step 0.
func (x *run) gateAt(i int) (p Policy, reason string, ok bool) {
	if g := x.pb.Steps[i].Gate; g != nil {
		msg := g.Message
		if msg == "" {
			msg = "approval step"
		}
		return g.Policy, msg, true
	}
	if i == 0 && x.modeNeedsApproval() {
		return x.pb.Approvals, x.modeReason(), true
	}
	return Policy{}, "", false
}

// gate reports whether the steps from i on may run now. When a gate needs
// people and has no request yet, it plans the gated steps and asks.
func (x *run) gate(ctx context.Context, i int) (bool, error) {
	st := &x.pb.Steps[i]
	if st.Gate == nil && (i != 0 || x.pb.Mode == ModeAuto && x.pb.MinConfidence == 0) {
		return true, nil // no gate here; the common automatic case costs no lookup
	}
	policy, reason, needed := x.gateAt(i)
	key := x.key(i)
	q, err := x.r.store.ActionRequest(ctx, RequestID(key))
	if err != nil {
		return false, fmt.Errorf("step %d: load action request: %w", i, err)
	}
	if q == nil {
		if !needed {
			return true, nil
		}
		return false, x.request(ctx, i, policy, reason)
	}
	switch {
	case q.State == RequestRejected:
		return false, nil
	case q.State == RequestPending && !needed:
		// Confidence rose past the threshold since people were asked.
		q.State, q.AutoApproved, q.UpdatedAt = RequestApproved, fmt.Sprintf("confidence rose to %.2f (min_confidence %.2f)", x.confidence, x.pb.MinConfidence), x.r.now().UTC()
		if err := x.r.store.SaveActionRequest(ctx, q); err != nil {
			return false, fmt.Errorf("step %d: save action request: %w", i, err)
		}
		x.r.recordKind(ctx, x.inc.ID, EntryApproval, x.actor, fmt.Sprintf("Action %s approved by the playbook: %s", q.ID, q.AutoApproved), map[string]any{"action": q.ID})
	case q.State == RequestPending:
		return false, nil
	}
	if st.Gate != nil {
		rec := &StepRecord{Key: key, IncidentID: x.inc.ID, Playbook: x.pb.Name, Step: i, Kind: st.Kind, State: StepDone,
			Detail: "approved by " + strings.Join(q.approvers(), ", "), UpdatedAt: x.r.now().UTC()}
		if err := x.r.store.SaveStep(ctx, rec); err != nil {
			return false, fmt.Errorf("step %d: save state: %w", i, err)
		}
	}
	return true, nil
}

// request plans the steps a gate holds back and stores an action request
// showing them, so approvers see what will be sent.
func (x *run) request(ctx context.Context, gate int, policy Policy, reason string) error {
	var plans []PlannedStep
	for i := gate; i < len(x.pb.Steps); i++ {
		st := &x.pb.Steps[i]
		if st.Gate != nil {
			if i == gate {
				continue
			}
			break
		}
		rec, err := x.r.store.Step(ctx, x.key(i))
		if err != nil {
			return fmt.Errorf("step %d: load state: %w", i, err)
		}
		if rec != nil && rec.State.Final() {
			continue
		}
		if rec == nil {
			rec = x.newRecord(i)
		}
		plan, err := st.Action.Plan(ctx, x.in, x.key(i))
		if err != nil {
			return x.fail(ctx, i, rec, fmt.Errorf("plan: %w", err)).err
		}
		if err := x.pb.Allowlist.Check(plan); err != nil {
			return x.refuse(ctx, i, rec, plan, "allowlist", err).err
		}
		plans = append(plans, plannedStep(i, st, plan))
	}
	now := x.r.now().UTC()
	q := &ActionRequest{ID: RequestID(x.key(gate)), Key: x.key(gate), IncidentID: x.inc.ID, Monitor: x.inc.Monitor, Playbook: x.pb.Name,
		Step: gate, StepKind: x.pb.Steps[gate].Kind, Reason: reason, Required: policy.Required, Role: policy.Role,
		State: RequestPending, Plans: plans, CreatedAt: now, UpdatedAt: now}
	if err := x.r.store.SaveActionRequest(ctx, q); err != nil {
		return fmt.Errorf("step %d: save action request: %w", gate, err)
	}
	var what []string
	for _, p := range plans {
		what = append(what, fmt.Sprintf("step %d: %s", p.Step, p.Description))
	}
	x.r.recordKind(ctx, x.inc.ID, EntryApproval, x.actor,
		fmt.Sprintf("Action %s waits for %s (%s). It will send: %s. Approve with `warden approve %s` or reject with `warden reject %s --reason ...`",
			q.ID, policy, reason, strings.Join(what, "; "), q.ID, q.ID),
		map[string]any{"action": q.ID, "required": policy.Required, "role": policy.Role, "reason": reason, "plans": plans})
	x.r.logger.Info("action waits for approval", "action", q.ID, "incident", x.inc.ID, "playbook", x.pb.Name, "required", policy.Required, "role", policy.Role)
	return nil
}

func (x *run) newRecord(i int) *StepRecord {
	return &StepRecord{Key: x.key(i), IncidentID: x.inc.ID, Playbook: x.pb.Name, Step: i, Kind: x.pb.Steps[i].Kind}
}

func (x *run) save(ctx context.Context, rec *StepRecord, state StepState) error {
	rec.State, rec.UpdatedAt = state, x.r.now().UTC()
	if err := x.r.store.SaveStep(ctx, rec); err != nil {
		return fmt.Errorf("save state of step %d: %w", rec.Step, err)
	}
	return nil
}

// step runs one action: plan, guardrails, execute, verify.
func (x *run) step(ctx context.Context, i int, rec *StepRecord) stepOutcome {
	st := &x.pb.Steps[i]
	key := x.key(i)
	if rec != nil && rec.State == StepBlocked {
		if on, err := x.r.killSwitchOn(ctx); err != nil || on {
			return stepOutcome{verdict: halted, err: err} // recorded when it was blocked
		}
	}
	if rec == nil {
		rec = x.newRecord(i)
	}
	wasAwaiting, prevDetail := rec.State == StepAwaiting, rec.Detail
	rec.Error = ""
	// Stored before the action plans or signs anything: a crash from here
	// on resumes this step instead of starting a fresh one.
	if err := x.save(ctx, rec, StepStarted); err != nil {
		return stepOutcome{verdict: halted, err: err}
	}
	plan, err := st.Action.Plan(ctx, x.in, key)
	if err != nil {
		return x.fail(ctx, i, rec, fmt.Errorf("plan: %w", err))
	}
	switch {
	case plan.Noop:
		x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s: %s: nothing to do (%s)", x.label(i), plan.Description, plan.Reason), planData(key, plan))
	case !wasAwaiting:
		x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s planned and simulated: %s; simulation: %s", x.label(i), plan.Description, simulation(plan)), planData(key, plan))
	}
	if !plan.Noop {
		if err := x.pb.Allowlist.Check(plan); err != nil {
			return x.refuse(ctx, i, rec, plan, "allowlist", err)
		}
		if !slices.Contains(informOnly, st.Kind) {
			on, err := x.r.killSwitchOn(ctx)
			if err != nil {
				return stepOutcome{verdict: halted, err: err}
			}
			if on {
				if err := x.save(ctx, rec, StepBlocked); err != nil {
					return stepOutcome{verdict: halted, err: err}
				}
				x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s NOT sent: the kill switch is on (%s). It runs at the incident's next change once the switch is off.", x.label(i), plan.Description), planData(key, plan))
				return stepOutcome{verdict: halted}
			}
		}
		if plan.SendsTransaction() && x.pb.MaxActionsPerHour > 0 {
			ok, err := x.r.store.ReserveAction(ctx, x.pb.Name, key, x.r.now().UTC(), time.Hour, x.pb.MaxActionsPerHour)
			if err != nil {
				return stepOutcome{verdict: halted, err: fmt.Errorf("rate limit: %w", err)}
			}
			if !ok {
				return x.refuse(ctx, i, rec, plan, "rate limit", fmt.Errorf("playbook %s already sent %d transaction(s) in the last hour (max_actions_per_hour %d)", x.pb.Name, x.pb.MaxActionsPerHour, x.pb.MaxActionsPerHour))
			}
		}
	}
	ap, err := x.approval(ctx, i, wasAwaiting)
	if err != nil {
		return stepOutcome{verdict: halted, err: err}
	}
	onBroadcast := func(tx txmgr.Record) {
		x.r.recordAt(ctx, x.inc.ID, tx.BroadcastAt, incident.EntryAction, x.actor, fmt.Sprintf("%s: transaction %s broadcast (nonce %d)", x.label(i), tx.Hash.Hex(), tx.Nonce),
			map[string]any{"key": key, "tx": tx.Hash.Hex(), "nonce": tx.Nonce, "broadcast_at": tx.BroadcastAt})
	}
	// What the transaction manager does beyond the broadcast (replacements,
	// refusals, drops, a nonce taken by someone else) goes on the timeline
	// as it happens: responders watching the incident see why a pause is
	// not mined yet.
	txEvents := func(ev txmgr.Event) {
		switch ev.Kind {
		case txmgr.EventBroadcast, txmgr.EventMined, txmgr.EventConfirmed:
			return // the broadcast and the result have their own entries
		}
		data := map[string]any{"key": key, "event": string(ev.Kind), "attempt": ev.Attempt, "nonce": ev.Nonce}
		if ev.Hash != (common.Hash{}) {
			data["tx"] = ev.Hash.Hex()
		}
		x.r.recordAt(ctx, x.inc.ID, ev.At, incident.EntryAction, x.actor, fmt.Sprintf("%s: %s", x.label(i), ev.Message), data)
	}
	res, err := st.Action.Execute(txmgr.WithEvents(ctx, txEvents), plan, ap, onBroadcast)
	var aw *AwaitingError
	if errors.As(err, &aw) {
		return x.await(ctx, i, rec, plan, aw, prevDetail)
	}
	if wasAwaiting {
		x.stopWaiting(ctx, key)
	}
	if err != nil {
		if res != nil && res.TxHash != (common.Hash{}) {
			rec.TxHash, rec.Block, rec.Error = res.TxHash, res.Block, err.Error()
			serr := x.save(ctx, rec, StepEscalated)
			msg := fmt.Sprintf("%s sent transaction %s but failed: %v", x.label(i), res.TxHash.Hex(), err)
			x.r.record(ctx, x.inc.ID, x.actor, msg, map[string]any{"key": key, "tx": res.TxHash.Hex(), "error": err.Error()})
			return stepOutcome{verdict: halted, err: errors.Join(err, serr), escalate: msg}
		}
		return x.fail(ctx, i, rec, err)
	}
	out := stepOutcome{verdict: passed}
	rec.TxHash, rec.Block, rec.Detail = res.TxHash, res.Block, res.Detail
	state := StepDone
	data := map[string]any{"key": key, "verified": res.Verified, "resumed": res.Resumed}
	if res.TxHash != (common.Hash{}) {
		data["tx"], data["block"] = res.TxHash.Hex(), res.Block
	}
	if res.Verified {
		x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s: %s: %s", x.label(i), plan.Description, res.Detail), data)
		out.contained = res.Contained || slices.Contains(containmentKinds, st.Kind)
	} else {
		state = StepUnproven
		msg := fmt.Sprintf("%s: %s: effect NOT verified: %s", x.label(i), plan.Description, res.Detail)
		x.r.record(ctx, x.inc.ID, x.actor, msg, data)
		out.escalate = msg
	}
	if err := x.save(ctx, rec, state); err != nil {
		out.err = err
	}
	return out
}

// informOnly are the step kinds that only tell people and therefore still
// run when the kill switch is on.
var informOnly = []string{"notify"}

// fail records a step that sent nothing and failed; it is tried again at
// the incident's next change.
func (x *run) fail(ctx context.Context, i int, rec *StepRecord, err error) stepOutcome {
	rec.Error = err.Error()
	serr := x.save(ctx, rec, StepFailed)
	x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s failed; nothing was sent: %v", x.label(i), err), map[string]any{"key": rec.Key, "step": i, "error": err.Error()})
	return stepOutcome{verdict: halted, err: errors.Join(err, serr)}
}

// refuse records a guardrail's refusal; the step is final and the playbook
// stops there.
func (x *run) refuse(ctx context.Context, i int, rec *StepRecord, plan *Plan, guard string, why error) stepOutcome {
	rec.Error = guard + ": " + why.Error()
	serr := x.save(ctx, rec, StepRefused)
	data := planData(rec.Key, plan)
	data["guardrail"], data["error"] = guard, why.Error()
	x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("%s REFUSED by the %s; nothing was sent: %v", x.label(i), guard, why), data)
	return stepOutcome{verdict: halted, err: errors.Join(fmt.Errorf("refused by the %s: %w", guard, why), serr)}
}

// await keeps a step open that waits for more approvals or signatures: a
// request (new or the gate's) stays open for them.
func (x *run) await(ctx context.Context, i int, rec *StepRecord, plan *Plan, aw *AwaitingError, prevDetail string) stepOutcome {
	rec.Detail = aw.Reason
	if err := x.save(ctx, rec, StepAwaiting); err != nil {
		return stepOutcome{verdict: halted, err: err}
	}
	key := x.key(i)
	q, err := x.r.store.ActionRequest(ctx, RequestID(key))
	if err != nil {
		return stepOutcome{verdict: halted, err: fmt.Errorf("load action request: %w", err)}
	}
	now := x.r.now().UTC()
	if q == nil {
		q = &ActionRequest{ID: RequestID(key), Key: key, IncidentID: x.inc.ID, Monitor: x.inc.Monitor, Playbook: x.pb.Name, Step: i, StepKind: x.pb.Steps[i].Kind,
			Reason: "the step waits for signatures", Required: x.pb.Approvals.Required, Role: x.pb.Approvals.Role,
			State: RequestApproved, AutoApproved: "the playbook runs the step itself", Plans: []PlannedStep{plannedStep(i, &x.pb.Steps[i], plan)}, CreatedAt: now}
	}
	q.Waiting, q.UpdatedAt = aw.Reason, now
	if err := x.r.store.SaveActionRequest(ctx, q); err != nil {
		return stepOutcome{verdict: halted, err: fmt.Errorf("save action request: %w", err)}
	}
	if aw.Reason != prevDetail {
		x.r.recordKind(ctx, x.inc.ID, EntryApproval, x.actor,
			fmt.Sprintf("%s waits: %s. Approvers can add signatures with `warden approve %s --signature HEX --signer ADDRESS`", x.label(i), aw.Reason, q.ID),
			map[string]any{"key": key, "action": q.ID, "waiting": aw.Reason})
	}
	return stepOutcome{verdict: waiting}
}

// stopWaiting closes the signature window of a step that finished.
func (x *run) stopWaiting(ctx context.Context, key string) {
	q, err := x.r.store.ActionRequest(ctx, RequestID(key))
	if err != nil || q == nil || q.Waiting == "" {
		return
	}
	q.Waiting, q.UpdatedAt = "", x.r.now().UTC()
	if err := x.r.store.SaveActionRequest(ctx, q); err != nil {
		x.r.logger.Error("save action request", "action", q.ID, "err", err)
	}
}

// approval gathers who approved the step and the signatures they sent:
// the request of the gate the step is behind and the step's own.
func (x *run) approval(ctx context.Context, i int, wasAwaiting bool) (Approval, error) {
	auto := Approval{Mode: ApprovalAutomatic, By: []string{x.actor}}
	g := i
	for g > 0 && x.pb.Steps[g].Gate == nil {
		g--
	}
	if !wasAwaiting && x.pb.Steps[g].Gate == nil && x.pb.Mode == ModeAuto && x.pb.MinConfidence == 0 {
		return auto, nil // nobody can have been asked
	}
	ap := Approval{Mode: ApprovalHuman}
	for _, k := range slices.Compact([]int{g, i}) {
		q, err := x.r.store.ActionRequest(ctx, RequestID(x.key(k)))
		if err != nil {
			return ap, fmt.Errorf("load action request: %w", err)
		}
		if q == nil {
			continue
		}
		for _, d := range q.Decisions {
			if !d.Approve {
				continue
			}
			if !slices.Contains(ap.By, d.User) {
				ap.By = append(ap.By, d.User)
			}
			if d.Signature != nil {
				sig := *d.Signature
				sig.By = d.User
				ap.Signatures = append(ap.Signatures, sig)
			}
		}
	}
	if len(ap.By) == 0 {
		return auto, nil
	}
	return ap, nil
}

// dryRun plans and simulates every step and records what would happen;
// nothing is sent and nobody is asked. Steps planned once are not planned
// again at the incident's next change.
func (x *run) dryRun(ctx context.Context) error {
	var errs []error
	for i := range x.pb.Steps {
		st := &x.pb.Steps[i]
		key := x.key(i)
		rec, err := x.r.store.Step(ctx, key)
		if err != nil {
			return fmt.Errorf("step %d: load state: %w", i, err)
		}
		if rec != nil && (rec.State == StepPlanned || rec.State.Final()) {
			continue
		}
		if rec == nil {
			rec = x.newRecord(i)
		}
		if policy, reason, ok := x.gateAt(i); ok {
			rec.Detail = fmt.Sprintf("would wait for %s: %s", policy, reason)
			x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("Dry run: %s would wait for %s (%s)", x.label(i), policy, reason), map[string]any{"key": key, "dry_run": true})
			if st.Gate != nil {
				errs = append(errs, x.save(ctx, rec, StepPlanned))
				continue
			}
		}
		plan, err := st.Action.Plan(ctx, x.in, key)
		if err != nil {
			rec.Error = err.Error()
			errs = append(errs, x.save(ctx, rec, StepPlanned))
			x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("Dry run: %s plan failed, it would not be sent: %v", x.label(i), err), map[string]any{"key": key, "dry_run": true, "error": err.Error()})
			continue
		}
		var verdicts []string
		if plan.Noop {
			verdicts = append(verdicts, "nothing to do: "+plan.Reason)
		} else {
			if err := x.pb.Allowlist.Check(plan); err != nil {
				verdicts = append(verdicts, "the allowlist would refuse it: "+err.Error())
			}
			if on, err := x.r.killSwitchOn(ctx); err == nil && on && !slices.Contains(informOnly, st.Kind) {
				verdicts = append(verdicts, "the kill switch is on")
			}
			if plan.SendsTransaction() && x.pb.MaxActionsPerHour > 0 {
				if n, err := x.r.store.ActionsSince(ctx, x.pb.Name, x.r.now().Add(-time.Hour)); err == nil && n >= x.pb.MaxActionsPerHour {
					verdicts = append(verdicts, fmt.Sprintf("the rate limit would refuse it (%d of %d this hour)", n, x.pb.MaxActionsPerHour))
				}
			}
		}
		if len(verdicts) == 0 {
			verdicts = append(verdicts, "it would be sent")
		}
		rec.Detail = plan.Description
		errs = append(errs, x.save(ctx, rec, StepPlanned))
		data := planData(key, plan)
		data["dry_run"] = true
		x.r.record(ctx, x.inc.ID, x.actor, fmt.Sprintf("Dry run: %s planned and simulated, NOT sent: %s; simulation: %s; %s", x.label(i), plan.Description, simulation(plan), strings.Join(verdicts, "; ")), data)
	}
	return errors.Join(errs...)
}

func simulation(p *Plan) string {
	if p.Simulation != "" {
		return p.Simulation
	}
	if p.SendsTransaction() {
		return fmt.Sprintf("eth_call from %s succeeded", p.From.Hex())
	}
	return "nothing to simulate"
}

func planData(key string, p *Plan) map[string]any {
	d := map[string]any{"key": key, "description": p.Description, "simulation": simulation(p)}
	if p.SendsTransaction() {
		d["from"], d["to"], d["data"] = p.From.Hex(), p.To.Hex(), fmt.Sprintf("0x%x", p.Data)
		if p.Gas > 0 {
			d["gas"] = p.Gas
		}
		if p.Value != nil && p.Value.Sign() > 0 {
			d["value"] = p.Value.String()
		}
	}
	if p.Noop {
		d["noop"], d["reason"] = true, p.Reason
	}
	return d
}

// escalate puts an escalation on the timeline, raises the incident to
// critical and tells the Escalator.
func (r *Responder) escalate(ctx context.Context, id, actor, reason string, data map[string]any) {
	inc, err := r.incidents.Update(ctx, id, func(inc *incident.Incident, now time.Time) ([]incident.Entry, error) {
		entries := []incident.Entry{incident.NewEntry(now, EntryEscalation, actor, "Escalation: the response did not take effect; people must step in. "+reason, data)}
		if inc.Severity < alert.SeverityCritical {
			entries = append(entries, incident.NewEntry(now, incident.EntrySeverity, actor, fmt.Sprintf("Severity raised from %s to %s by the escalation", inc.Severity, alert.SeverityCritical), nil))
			inc.Severity = alert.SeverityCritical
		}
		return entries, nil
	})
	if err != nil {
		r.logger.Error("escalate: save incident", "incident", id, "err", err)
		return
	}
	r.logger.Warn("incident escalated", "incident", id, "reason", reason)
	if r.escalator != nil {
		if err := r.escalator.Escalate(ctx, inc, reason); err != nil {
			r.logger.Error("escalator failed", "incident", id, "err", err)
		}
	}
}

func (r *Responder) record(ctx context.Context, id, actor, msg string, data any) {
	r.recordAt(ctx, id, r.now(), incident.EntryAction, actor, msg, data)
}

func (r *Responder) recordKind(ctx context.Context, id, kind, actor, msg string, data any) {
	r.recordAt(ctx, id, r.now(), kind, actor, msg, data)
}

func (r *Responder) recordAt(ctx context.Context, id string, at time.Time, kind, actor, msg string, data any) {
	if err := r.incidents.Record(ctx, id, incident.NewEntry(at, kind, actor, msg, data)); err != nil {
		r.logger.Error("could not record on timeline", "incident", id, "err", err, "entry", msg)
	}
}

// keyedLocks serialises work per incident: the respond loop and an API
// approval must not run the same incident's steps at once, while different
// incidents proceed in parallel.
type keyedLocks struct {
	mu sync.Mutex
	m  map[string]*sync.Mutex
}

func (k *keyedLocks) lock(key string) (unlock func()) {
	k.mu.Lock()
	if k.m == nil {
		k.m = map[string]*sync.Mutex{}
	}
	l, ok := k.m[key]
	if !ok {
		l = new(sync.Mutex)
		k.m[key] = l
	}
	k.mu.Unlock()
	l.Lock()
	return l.Unlock
}
