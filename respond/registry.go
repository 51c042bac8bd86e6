package respond

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
)

// Registry is the explicit list of step kinds (like detect.Registry): the
// engine builds steps and config validation checks their params through it.
// The approval kind is the engine's own and always present.
type Registry struct {
	factories map[string]ActionFactory
}

// NewRegistry builds a registry from factories.
func NewRegistry(factories ...ActionFactory) *Registry {
	r := &Registry{factories: map[string]ActionFactory{}}
	for _, f := range factories {
		r.factories[f.Kind] = f
	}
	return r
}

// Kinds lists the step kinds, sorted, approval included.
func (r *Registry) Kinds() []string {
	out := []string{StepKindApproval}
	for k := range r.factories {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Factory returns the factory of a kind.
func (r *Registry) Factory(kind string) (ActionFactory, bool) {
	f, ok := r.factories[kind]
	return f, ok
}

// ConfigChecks exposes each kind's params check to config.Validate.
func (r *Registry) ConfigChecks() map[string]config.ParamsCheck {
	out := map[string]config.ParamsCheck{
		// Validated by config itself (config.ApprovalStep); listed so the
		// kind is known.
		StepKindApproval: func(*config.Monitor, *yaml.Node) error { return nil },
	}
	for k, f := range r.factories {
		check := f.Check
		out[k] = func(mon *config.Monitor, params *yaml.Node) error {
			if check == nil {
				return nil
			}
			return check(params, CheckEnv{Monitor: mon})
		}
	}
	return out
}

// MonitorPlaybooks builds the playbooks env.Monitor lists, from a validated
// config.
func (r *Registry) MonitorPlaybooks(cfg *config.Config, env BuildEnv) ([]Playbook, error) {
	if env.Monitor == nil {
		return nil, errors.New("respond: building playbooks needs the monitor")
	}
	var out []Playbook
	for _, name := range env.Monitor.Playbooks {
		pc, ok := cfg.Playbook(name)
		if !ok {
			return nil, fmt.Errorf("monitor %s: playbook %q is not defined", env.Monitor.Name, name)
		}
		pb, err := r.Build(pc, env)
		if err != nil {
			return nil, fmt.Errorf("monitor %s: %w", env.Monitor.Name, err)
		}
		out = append(out, pb)
	}
	return out, nil
}

// Build turns one configured playbook into steps bound to env.Monitor's
// contracts and signers.
func (r *Registry) Build(pc *config.Playbook, env BuildEnv) (Playbook, error) {
	fail := func(format string, args ...any) (Playbook, error) {
		return Playbook{}, fmt.Errorf("playbook %s: "+format, append([]any{pc.Name}, args...)...)
	}
	sev, err := alert.ParseSeverity(pc.Trigger.MinSeverity)
	if err != nil {
		return fail("trigger.min_severity: %w", err)
	}
	pb := Playbook{
		Name: pc.Name,
		Trigger: Trigger{Detectors: pc.Trigger.Detectors, MinSeverity: sev, MinConfidence: pc.Trigger.MinConfidence,
			Chains: pc.Trigger.Chains},
		Mode:              Mode(pc.Mode),
		MinConfidence:     pc.MinConfidence,
		Approvals:         Policy{Required: pc.Approvals.Required, Role: pc.Approvals.Role},
		DryRun:            pc.DryRun,
		MaxActionsPerHour: pc.MaxActionsPerHour,
	}
	if pb.Mode == "" {
		pb.Mode = ModeAuto
	}
	if pb.Approvals.Required == 0 {
		pb.Approvals.Required = 1
	}
	if pb.Approvals.Role == "" {
		pb.Approvals.Role = config.RoleApprover
	}
	for _, ref := range pc.Trigger.Contracts {
		addr, _, ok := env.Target(ref)
		if !ok {
			return fail("trigger contract %q is neither a contract of the monitor nor an address", ref)
		}
		pb.Trigger.Contracts = append(pb.Trigger.Contracts, addr)
	}
	if al := pc.Allowlist; al != nil {
		pb.Allowlist = &Allowlist{Contracts: map[common.Address]string{}, Functions: map[[4]byte]string{}}
		for _, ref := range al.Contracts {
			addr, _, ok := env.Target(ref)
			if !ok {
				return fail("allowlist contract %q is neither a contract of the monitor nor an address", ref)
			}
			pb.Allowlist.Contracts[addr] = ref
		}
		for _, f := range al.Functions {
			sel, err := config.FunctionSelector(f)
			if err != nil {
				return fail("allowlist: %w", err)
			}
			pb.Allowlist.Functions[sel] = f
		}
	}
	for i := range pc.Steps {
		sc := &pc.Steps[i]
		st := Step{Name: sc.StepName(), Kind: sc.Kind, Parallel: sc.Parallel}
		st.Target, _ = sc.Param("contract")
		if sc.Kind == StepKindApproval {
			a, err := pc.ApprovalParams(sc)
			if err != nil {
				return fail("step %d (approval): %w", i, err)
			}
			st.Gate = &Gate{Message: a.Message, Policy: Policy{Required: a.Required, Role: a.Role}}
			pb.Steps = append(pb.Steps, st)
			continue
		}
		f, ok := r.factories[sc.Kind]
		if !ok {
			return fail("step %d: %q is not a step kind (known: %v)", i, sc.Kind, r.Kinds())
		}
		if st.Action, err = f.New(&sc.Params, env); err != nil {
			return fail("step %d (%s): %w", i, sc.Kind, err)
		}
		pb.Steps = append(pb.Steps, st)
	}
	return pb, nil
}
