// Package respond runs playbooks: when an incident's alerts match a
// playbook's trigger, each step's action is planned (and simulated), checked
// against the playbook's guardrails (allowlist, rate limit, dry run, the
// global kill switch), approved automatically or by people (N of M
// approvers), executed, verified on chain, and everything is written to the
// incident's timeline. Every step has an idempotency key stored before
// anything is signed, so a step that finished is never run again, even
// across restarts; approvals waiting for people are stored too, so an
// approval that arrives after a restart resumes the step.
package respond

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/txmgr"
)

// Plan is what an action intends to do, checked before it is done.
// Action.Plan must simulate what it plans (eth_call from the sending
// account) and return an error naming the decoded revert reason when the
// simulation fails: the engine never sends a plan that errs.
type Plan struct {
	Key         string // idempotency key of the step
	Chain       string
	Description string
	To          common.Address // zero for steps that send no transaction (webhook, notify)
	Data        []byte
	Value       *big.Int
	From        common.Address
	Gas         uint64
	// Calls are the calls the transaction makes on the plan's behalf when
	// To/Data only carry them (a Safe's execTransaction carries the inner
	// pause()): the allowlist checks these instead of To/Data.
	Calls []Call
	// Simulation is the evidence of the action's simulation (gas used,
	// return value), for the timeline; empty means "succeeded".
	Simulation string
	// Noop means the desired state already holds (e.g. already paused):
	// nothing will be sent.
	Noop   bool
	Reason string
}

// Call is one contract call.
type Call struct {
	To    common.Address
	Data  []byte
	Value *big.Int
}

// SendsTransaction reports whether carrying out the plan sends a
// transaction (what the allowlist and the rate limit look at).
func (p *Plan) SendsTransaction() bool { return !p.Noop && p.To != (common.Address{}) }

// Input is what a step acts on: the incident and the alerts that matched
// the playbook's trigger, so a step can refer to alert fields (the
// attacker, the attack contract, the transaction).
type Input struct {
	Incident *incident.Incident
	Alerts   []alert.Alert
}

// Approval records why an action may run. Playbooks with automatic
// execution approve themselves; human approvals arrive through the API or
// CLI, and may carry signatures (a Safe owner approving with its signature).
type Approval struct {
	Mode string   // ApprovalAutomatic or ApprovalHuman
	By   []string // who approved: "playbook:<name>" or user names
	// Signatures that arrived with approvals, e.g. Safe owner signatures
	// over a Safe transaction hash.
	Signatures []Signature
}

// Approval modes.
const (
	ApprovalAutomatic = "automatic"
	ApprovalHuman     = "approval"
)

// Signature is a signature an approver supplied for the step.
type Signature struct {
	Signer common.Address `json:"signer"` // who claims to have signed (checked by the action)
	Data   hexutil.Bytes  `json:"data"`
	By     string         `json:"by"` // the approving user
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
	// holds (e.g. paused() returns true). False escalates the incident.
	Verified bool
	// Contained says the verified effect contains the incident (a pause
	// through a Safe or a guardian); pause steps count without it.
	Contained bool
	Detail    string
}

// Action is one kind of response step bound to its target.
type Action interface {
	Plan(ctx context.Context, in *Input, key string) (*Plan, error)
	// Execute carries out the plan. onBroadcast is called as soon as a
	// transaction has been handed to the node, before it is mined.
	Execute(ctx context.Context, p *Plan, ok Approval, onBroadcast func(txmgr.Record)) (*Result, error)
}

// StepState is the durable state of one step of one incident.
type StepState string

const (
	StepStarted  StepState = "started"
	StepDone     StepState = "done"
	StepFailed   StepState = "failed" // not sent; tried again at the incident's next change
	StepSkipped  StepState = "skipped"
	StepUnproven StepState = "unverified" // sent, but the effect did not show: escalated
	// StepEscalated: sent, then failed (reverted on chain, no receipt);
	// escalated, and never sent again.
	StepEscalated StepState = "escalated"
	StepAwaiting  StepState = "awaiting" // waiting for approvals or signatures
	StepRefused   StepState = "refused"  // a guardrail (allowlist, rate limit) refused it
	StepRejected  StepState = "rejected" // an approver rejected it
	StepBlocked   StepState = "blocked"  // the kill switch was on; runs once it is off
	StepPlanned   StepState = "planned"  // dry run: planned and simulated, never sent
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
	Detail     string      `json:"detail,omitempty"`
	UpdatedAt  time.Time   `json:"updated_at"`
}

// Final reports whether the step must not run again.
func (s StepState) Final() bool {
	switch s {
	case StepDone, StepSkipped, StepUnproven, StepEscalated, StepRefused, StepRejected:
		return true
	}
	return false
}

// Passed reports whether the playbook goes on after a step in this state.
func (s StepState) Passed() bool { return s == StepDone || s == StepSkipped || s == StepUnproven }

// Store keeps step records, action requests and their decisions, the
// actions sent (for rate limits) and settings (the kill switch).
type Store interface {
	Step(ctx context.Context, key string) (*StepRecord, error) // nil if none
	SaveStep(ctx context.Context, r *StepRecord) error
	Steps(ctx context.Context, incidentID string) ([]StepRecord, error)
	IncidentAlerts(ctx context.Context, incidentID string) ([]alert.Alert, error)

	// ActionRequest returns a request with its decisions, nil if none.
	ActionRequest(ctx context.Context, id string) (*ActionRequest, error)
	// SaveActionRequest inserts or updates a request (not its decisions).
	SaveActionRequest(ctx context.Context, q *ActionRequest) error
	// ActionRequests returns every request with its decisions, newest first.
	ActionRequests(ctx context.Context) ([]ActionRequest, error)
	// AddDecision stores a user's decision on a request; false if that
	// user already decided on it (each approver counts once).
	AddDecision(ctx context.Context, requestID string, d Decision) (bool, error)

	// ReserveAction counts a transaction against a playbook's hourly cap:
	// true if key is already counted or fewer than max keys were counted
	// in the window before at (and key is then counted), false if the cap
	// is reached. Done in one store transaction, so the count is durable
	// and concurrent steps cannot both take the last slot.
	ReserveAction(ctx context.Context, playbook, key string, at time.Time, window time.Duration, max int) (bool, error)
	// ActionsSince counts a playbook's transactions since a time.
	ActionsSince(ctx context.Context, playbook string, since time.Time) (int, error)

	Setting(ctx context.Context, name string) (string, bool, error)
	SaveSetting(ctx context.Context, name, value string) error
}

// StepKey is the idempotency key of a step for an incident.
func StepKey(incidentID, playbook string, step int) string {
	return fmt.Sprintf("%s/%s/%d", incidentID, playbook, step)
}
