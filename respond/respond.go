// Package respond runs playbooks: when an incident of a monitor reaches a
// playbook's trigger, each step's action is planned (and simulated), then
// executed, and everything is written to the incident's timeline. Every
// step has an idempotency key stored before anything is signed, so a step
// that finished is never run again, even across restarts.
package respond

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/txmgr"
)

// Plan is what an action intends to do, checked before it is done.
type Plan struct {
	Key         string // idempotency key of the step
	Chain       string
	Description string
	To          common.Address
	Data        []byte
	From        common.Address
	Gas         uint64
	// Noop means the desired state already holds (e.g. already paused):
	// nothing will be sent.
	Noop   bool
	Reason string
}

// Input is what a step acts on: the incident and the alerts that made it,
// so a step can refer to alert fields (the attacker, the attack contract,
// the transaction).
type Input struct {
	Incident *incident.Incident
	Alerts   []alert.Alert
}

// Approval records why an action may run. Playbooks with automatic
// execution approve themselves; human approvals arrive through the API or
// CLI, and may carry signatures (a Safe owner approving with its signature).
type Approval struct {
	Mode string   // "automatic" or "approval"
	By   []string // who approved: "playbook:<name>" or user names
	// Signatures that arrived with approvals, e.g. Safe owner signatures
	// over a Safe transaction hash.
	Signatures []Signature
}

// Signature is a signature an approver supplied for the step.
type Signature struct {
	Signer common.Address // who claims to have signed (checked by the action)
	Data   []byte
	By     string // the approving user
}

// AwaitingError is returned by Execute when the step cannot finish yet and
// is waiting for something outside Warden (more Safe signatures, more
// approvals). The step stays open and runs again when an approval arrives.
type AwaitingError struct {
	Reason string
}

func (e *AwaitingError) Error() string { return "awaiting: " + e.Reason }

// Result is what an executed action achieved.
type Result struct {
	TxHash      common.Hash
	Block       uint64
	BroadcastAt time.Time
	Resumed     bool
	// Verified is true when the action checked on chain that its effect
	// holds (e.g. paused() returns true).
	Verified bool
	Detail   string
}

// Action is one kind of response step bound to its target.
type Action interface {
	Plan(ctx context.Context, in *Input, key string) (*Plan, error)
	// Execute carries out the plan. onBroadcast is called as soon as a
	// transaction has been handed to the node, before it is mined.
	Execute(ctx context.Context, p *Plan, ok Approval, onBroadcast func(txmgr.Record)) (*Result, error)
}

// Step is a configured action of a playbook.
type Step struct {
	Kind   string
	Target string // contract name or address, for humans
	Action Action
}

// Playbook is a named list of steps and the severity that triggers it.
type Playbook struct {
	Name        string
	MinSeverity alert.Severity
	Steps       []Step
}

// StepState is the durable state of one step of one incident.
type StepState string

const (
	StepStarted  StepState = "started"
	StepDone     StepState = "done"
	StepFailed   StepState = "failed"
	StepSkipped  StepState = "skipped"
	StepUnproven StepState = "unverified" // sent, but the effect did not show
)

// StepRecord is stored under the step's key.
type StepRecord struct {
	Key        string      `json:"key"`
	IncidentID string      `json:"incident_id"`
	Playbook   string      `json:"playbook"`
	Step       int         `json:"step"`
	Kind       string      `json:"kind"`
	State      StepState   `json:"state"`
	TxHash     common.Hash `json:"tx_hash,omitzero"`
	Block      uint64      `json:"block,omitempty"`
	Error      string      `json:"error,omitempty"`
	UpdatedAt  time.Time   `json:"updated_at"`
}

// Final reports whether the step must not run again.
func (s StepState) Final() bool { return s == StepDone || s == StepSkipped || s == StepUnproven }

// Store keeps step records.
type Store interface {
	Step(ctx context.Context, key string) (*StepRecord, error) // nil if none
	SaveStep(ctx context.Context, r *StepRecord) error
}

// Responder runs the playbooks of each monitor.
type Responder struct {
	playbooks map[string][]Playbook // monitor -> playbooks
	store     Store
	incidents *incident.Manager
	logger    *slog.Logger
	now       func() time.Time
}

// New builds a responder; playbooks maps monitor names to their playbooks.
func New(playbooks map[string][]Playbook, store Store, incidents *incident.Manager, logger *slog.Logger) *Responder {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Responder{playbooks: playbooks, store: store, incidents: incidents, logger: logger, now: time.Now}
}

// StepKey is the idempotency key of a step for an incident.
func StepKey(incidentID, playbook string, step int) string {
	return fmt.Sprintf("%s/%s/%d", incidentID, playbook, step)
}

// Handle runs every triggered playbook for the incident. It is safe to call
// repeatedly: finished steps are skipped.
func (r *Responder) Handle(ctx context.Context, inc *incident.Incident) error {
	var firstErr error
	for _, pb := range r.playbooks[inc.Monitor] {
		if inc.Severity < pb.MinSeverity || !inc.Status.Open() {
			continue
		}
		if err := r.run(ctx, inc, pb); err != nil {
			r.logger.Error("playbook failed", "incident", inc.ID, "playbook", pb.Name, "err", err)
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return firstErr
}

func (r *Responder) run(ctx context.Context, inc *incident.Incident, pb Playbook) error {
	contained := false
	for i, st := range pb.Steps {
		key := StepKey(inc.ID, pb.Name, i)
		rec, err := r.store.Step(ctx, key)
		if err != nil {
			return fmt.Errorf("step %d: load state: %w", i, err)
		}
		if rec != nil && rec.State.Final() {
			contained = contained || rec.State == StepDone && st.Kind == "pause"
			continue
		}
		if rec == nil {
			rec = &StepRecord{Key: key, IncidentID: inc.ID, Playbook: pb.Name, Step: i, Kind: st.Kind}
		}
		rec.State, rec.UpdatedAt = StepStarted, r.now().UTC()
		// Stored before the action signs anything: a crash from here on
		// resumes this step instead of starting a fresh one.
		if err := r.store.SaveStep(ctx, rec); err != nil {
			return fmt.Errorf("step %d: save state: %w", i, err)
		}
		actor := "playbook:" + pb.Name
		res, err := r.runStep(ctx, inc, st, key, actor)
		if err != nil {
			rec.State, rec.Error, rec.UpdatedAt = StepFailed, err.Error(), r.now().UTC()
			_ = r.store.SaveStep(ctx, rec)
			r.record(ctx, inc.ID, actor, fmt.Sprintf("Step %d (%s %s) failed: %v", i, st.Kind, st.Target, err), map[string]any{"step": i, "error": err.Error()})
			return fmt.Errorf("step %d (%s %s): %w", i, st.Kind, st.Target, err)
		}
		rec.State, rec.UpdatedAt = StepDone, r.now().UTC()
		if res != nil {
			rec.TxHash, rec.Block = res.TxHash, res.Block
			if !res.Verified {
				rec.State = StepUnproven
			}
		}
		if err := r.store.SaveStep(ctx, rec); err != nil {
			return fmt.Errorf("step %d: save state: %w", i, err)
		}
		contained = contained || rec.State == StepDone && st.Kind == "pause"
	}
	if contained {
		if _, err := r.incidents.Transition(ctx, inc.ID, incident.StatusContained, "playbook:"+pb.Name, "pause verified on chain"); err != nil {
			return err
		}
	}
	return nil
}

func (r *Responder) runStep(ctx context.Context, inc *incident.Incident, st Step, key, actor string) (*Result, error) {
	plan, err := st.Action.Plan(ctx, &Input{Incident: inc}, key)
	if err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	if plan.Noop {
		r.record(ctx, inc.ID, actor, fmt.Sprintf("%s: nothing to do (%s)", plan.Description, plan.Reason), map[string]any{"key": key, "noop": true})
	} else {
		r.record(ctx, inc.ID, actor, fmt.Sprintf("Planned and simulated: %s", plan.Description), map[string]any{"key": key, "to": plan.To.Hex(), "from": plan.From.Hex(), "gas": plan.Gas})
	}
	onBroadcast := func(tx txmgr.Record) {
		r.recordAt(ctx, inc.ID, tx.BroadcastAt, actor, fmt.Sprintf("Transaction %s broadcast (nonce %d)", tx.Hash.Hex(), tx.Nonce), map[string]any{"key": key, "tx": tx.Hash.Hex(), "nonce": tx.Nonce, "broadcast_at": tx.BroadcastAt})
	}
	res, err := st.Action.Execute(ctx, plan, Approval{Mode: "automatic", By: []string{actor}}, onBroadcast)
	if err != nil {
		return nil, err
	}
	data := map[string]any{"key": key, "verified": res.Verified, "resumed": res.Resumed}
	if res.TxHash != (common.Hash{}) {
		data["tx"], data["block"] = res.TxHash.Hex(), res.Block
	}
	msg := fmt.Sprintf("%s: %s", plan.Description, res.Detail)
	r.record(ctx, inc.ID, actor, msg, data)
	return res, nil
}

func (r *Responder) record(ctx context.Context, id, actor, msg string, data any) {
	r.recordAt(ctx, id, r.now(), actor, msg, data)
}

func (r *Responder) recordAt(ctx context.Context, id string, at time.Time, actor, msg string, data any) {
	if err := r.incidents.Record(ctx, id, incident.NewEntry(at, incident.EntryAction, actor, msg, data)); err != nil {
		r.logger.Error("could not record on timeline", "incident", id, "err", err, "entry", msg)
	}
}
