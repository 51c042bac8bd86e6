package respond

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
)

// Mode says whether a playbook runs by itself or waits for people.
type Mode string

const (
	// ModeAuto runs at once when the matching alerts' confidence reaches
	// the playbook's MinConfidence, and asks for approval below it.
	ModeAuto Mode = "auto"
	// ModeApproval always waits for the playbook's approvals.
	ModeApproval Mode = "approval"
)

// Policy is an N-of-M approval rule: Required distinct users holding Role.
type Policy struct {
	Required int
	Role     string
}

func (p Policy) String() string {
	return fmt.Sprintf("%d approval(s) from role %s", p.Required, p.Role)
}

// Playbook is a trigger, guardrails and ordered steps.
type Playbook struct {
	Name    string
	Trigger Trigger
	Mode    Mode
	// MinConfidence is what auto mode needs to run without people.
	MinConfidence float64
	Approvals     Policy
	// DryRun plans and simulates every step and records it; nothing is
	// sent and nobody is asked.
	DryRun bool
	// MaxActionsPerHour caps the transactions sent over all incidents in
	// any hour (0 = no cap).
	MaxActionsPerHour int
	// Allowlist, when not nil, limits what transactions may call.
	Allowlist *Allowlist
	Steps     []Step
}

// Step is a configured action of a playbook, or an approval gate.
type Step struct {
	Name   string
	Kind   string
	Target string // contract name or address, for humans
	// Parallel steps run concurrently with their neighbours also marked
	// parallel.
	Parallel bool
	Action   Action
	// Gate is set for approval steps (Action is nil): the steps after it
	// wait for these approvals.
	Gate *Gate
}

// Gate is an approval step: a human decision between steps.
type Gate struct {
	Message string
	Policy  Policy
}

// StepKindApproval is the engine's own step kind: wait for people.
const StepKindApproval = "approval"

// containmentKinds are step kinds whose verified effect contains an
// incident; other actions say so with Result.Contained.
var containmentKinds = []string{"pause"}

// groups splits the steps into runs: consecutive parallel steps form one
// group, every other step is a group of its own.
func (pb *Playbook) groups() [][]int {
	var out [][]int
	for i, st := range pb.Steps {
		if st.Parallel && len(out) > 0 {
			prev := out[len(out)-1]
			if pb.Steps[prev[len(prev)-1]].Parallel {
				out[len(out)-1] = append(prev, i)
				continue
			}
		}
		out = append(out, []int{i})
	}
	return out
}

// Trigger decides whether an incident's alerts call for a playbook: at
// least one alert must pass every filter that is set.
type Trigger struct {
	// Detectors match an alert's detector kind or its "kind" label (e.g.
	// correlated_attack); empty = any.
	Detectors     []string
	MinSeverity   alert.Severity
	MinConfidence float64
	// Contracts match the alert's "contract" label; empty = any. Alerts
	// that name no contract do not match a trigger that lists contracts.
	Contracts []common.Address
	Chains    []string
}

// Matches reports whether one alert passes the trigger. Retracted alerts
// never do: their block is gone.
func (t *Trigger) Matches(a *alert.Alert) bool {
	if a.Status == alert.StatusRetracted || a.Severity < t.MinSeverity || a.Confidence < t.MinConfidence {
		return false
	}
	if len(t.Detectors) > 0 && !slices.Contains(t.Detectors, a.Detector) && !slices.Contains(t.Detectors, a.Labels["kind"]) {
		return false
	}
	if len(t.Chains) > 0 && !slices.Contains(t.Chains, a.Chain) {
		return false
	}
	if len(t.Contracts) > 0 {
		c := a.Labels["contract"]
		if !common.IsHexAddress(c) || !slices.Contains(t.Contracts, common.HexToAddress(c)) {
			return false
		}
	}
	return true
}

// Match returns the alerts that pass the trigger.
func (t *Trigger) Match(alerts []alert.Alert) []alert.Alert {
	var out []alert.Alert
	for i := range alerts {
		if t.Matches(&alerts[i]) {
			out = append(out, alerts[i])
		}
	}
	return out
}

// Allowlist is what a playbook's transactions may call. An empty map
// allows anything on its axis.
type Allowlist struct {
	Contracts map[common.Address]string // address -> name, for messages
	Functions map[[4]byte]string        // selector -> signature
}

// Check returns why the plan's calls are not allowed, or nil.
func (a *Allowlist) Check(p *Plan) error {
	if a == nil || !p.SendsTransaction() {
		return nil
	}
	calls := p.Calls
	if len(calls) == 0 {
		calls = []Call{{To: p.To, Data: p.Data}}
	}
	for _, c := range calls {
		if len(a.Contracts) > 0 {
			if _, ok := a.Contracts[c.To]; !ok {
				return fmt.Errorf("contract %s is not in the playbook's allowlist (%s)", c.To.Hex(), a.contractNames())
			}
		}
		if len(a.Functions) > 0 {
			var sel [4]byte
			if len(c.Data) < 4 {
				return fmt.Errorf("a call to %s without a function selector is not allowed by the playbook's allowlist (%s)", c.To.Hex(), a.functionNames())
			}
			copy(sel[:], c.Data)
			if _, ok := a.Functions[sel]; !ok {
				return fmt.Errorf("function 0x%x on %s is not in the playbook's allowlist (%s)", sel, c.To.Hex(), a.functionNames())
			}
		}
	}
	return nil
}

func (a *Allowlist) contractNames() string {
	var out []string
	for addr, name := range a.Contracts {
		out = append(out, fmt.Sprintf("%s %s", name, addr.Hex()))
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

func (a *Allowlist) functionNames() string {
	var out []string
	for _, sig := range a.Functions {
		out = append(out, sig)
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}
