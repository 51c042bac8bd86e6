package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
)

// ParamsCheck decodes a plugin's params strictly and validates them,
// returning every problem (errors.Join) with paths relative to params. It
// gets the monitor the detector belongs to, so params that name the
// monitor's contracts (or type-check against their ABIs) can be checked here
// rather than failing at runtime.
type ParamsCheck func(mon *Monitor, params *yaml.Node) error

// Plugins tells validation which detector kinds and action kinds exist and
// how to check their parameters. It keeps config free of any dependency on
// the packages that implement them.
type Plugins struct {
	Detectors map[string]ParamsCheck
	// Actions checks each playbook step kind's params, once for every
	// monitor that uses the playbook (mon is nil for a playbook no monitor
	// uses).
	Actions map[string]ParamsCheck
}

// problems collects validation errors with their paths.
type problems []error

func (p *problems) add(path, format string, args ...any) {
	*p = append(*p, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...)))
}

// Validate checks every field and cross-reference and returns all problems
// joined, each prefixed by its path (e.g. `monitors[0].playbooks[0]: "x" is
// not defined`). It also loads the contracts' ABIs into ParsedABI (files
// relative to the config file's directory after Load, to the working
// directory after Parse).
func (c *Config) Validate(plugins *Plugins) error {
	var p problems
	chains := map[string]bool{}
	if len(c.Chains) == 0 {
		p.add("chains", "at least one chain is required")
	}
	for i, ch := range c.Chains {
		path := fmt.Sprintf("chains[%d]", i)
		switch {
		case ch.Name == "":
			p.add(path+".name", "is required")
		case chains[ch.Name]:
			p.add(path+".name", "%q is defined twice", ch.Name)
		}
		chains[ch.Name] = true
		if ch.ChainID <= 0 {
			p.add(path+".chain_id", "is required and must be positive (it guards against signing for the wrong network)")
		}
		if len(ch.Endpoints) == 0 {
			p.add(path+".endpoints", "at least one endpoint is required")
		}
		for j, ep := range ch.Endpoints {
			epath := fmt.Sprintf("%s.endpoints[%d]", path, j)
			if err := checkEndpointURL(ep.URL); err != nil {
				p.add(epath+".url", "%v", err)
			}
			if ep.Weight < 0 {
				p.add(epath+".weight", "must not be negative")
			}
			if ep.RateLimit < 0 {
				p.add(epath+".rate_limit", "must not be negative")
			}
			if ep.Timeout < 0 {
				p.add(epath+".timeout", "must not be negative")
			}
		}
		if ch.HealthInterval < 0 {
			p.add(path+".health_interval", "must not be negative")
		}
		if ch.StartBlock != "latest" {
			if _, err := strconv.ParseUint(ch.StartBlock, 10, 64); err != nil {
				p.add(path+".start_block", "%q is neither \"latest\" nor a block number", ch.StartBlock)
			}
		}
		if ch.PollInterval < 0 {
			p.add(path+".poll_interval", "must be positive")
		}
	}

	signers := map[string]bool{}
	for i, s := range c.Signers {
		path := fmt.Sprintf("signers[%d]", i)
		switch {
		case s.Name == "":
			p.add(path+".name", "is required")
		case signers[s.Name]:
			p.add(path+".name", "%q is defined twice", s.Name)
		}
		signers[s.Name] = true
		p = append(p, c.Signers[i].validate(c.baseDir, path)...)
	}

	p = append(p, c.validateUsers()...)
	p = append(p, c.validatePeople()...)
	p = append(p, c.validateRouting()...)
	p = append(p, c.validateReceivers()...)

	playbooks := map[string]int{}
	for i, pb := range c.Playbooks {
		path := fmt.Sprintf("playbooks[%d]", i)
		switch {
		case pb.Name == "":
			p.add(path+".name", "is required")
		case playbooks[pb.Name] > 0:
			p.add(path+".name", "%q is defined twice", pb.Name)
		}
		playbooks[pb.Name] = i + 1
		p = append(p, c.validatePlaybook(i, chains, signers, plugins)...)
	}

	monitors := map[string]bool{}
	for i, m := range c.Monitors {
		path := fmt.Sprintf("monitors[%d]", i)
		switch {
		case m.Name == "":
			p.add(path+".name", "is required")
		case monitors[m.Name]:
			p.add(path+".name", "%q is defined twice", m.Name)
		}
		monitors[m.Name] = true
		if !chains[m.Chain] {
			p.add(path+".chain", "%q is not defined in chains", m.Chain)
		}
		if len(m.Contracts) == 0 {
			p.add(path+".contracts", "at least one contract is required")
		}
		names := map[string]bool{}
		for j, ct := range m.Contracts {
			cpath := fmt.Sprintf("%s.contracts[%d]", path, j)
			if ct.Name == "" {
				p.add(cpath+".name", "is required")
			} else if names[ct.Name] {
				p.add(cpath+".name", "%q is defined twice in this monitor", ct.Name)
			}
			names[ct.Name] = true
			if !common.IsHexAddress(ct.Address) {
				p.add(cpath+".address", "%q is not a 20-byte hex address", ct.Address)
			}
			// Resolved here, before the detector checks below, so that
			// rules can type-check against the ABI.
			if ct.ABI != "" && ct.ParsedABI == nil {
				a, err := ResolveABI(c.baseDir, ct.ABI)
				if err != nil {
					p.add(cpath+".abi", "%v", err)
				}
				c.Monitors[i].Contracts[j].ParsedABI = a
			}
		}
		if len(m.Detectors) == 0 {
			p.add(path+".detectors", "at least one detector is required")
		}
		detNames := map[string]bool{}
		for j, d := range m.Detectors {
			dpath := fmt.Sprintf("%s.detectors[%d]", path, j)
			if detNames[d.DetectorName()] {
				p.add(dpath+".name", "%q is used twice in this monitor; give one a name", d.DetectorName())
			}
			detNames[d.DetectorName()] = true
			if _, err := alert.ParseSeverity(d.Severity); err != nil {
				p.add(dpath+".severity", "%v", err)
			}
			if d.MinConfidence < 0 || d.MinConfidence > 1 {
				p.add(dpath+".min_confidence", "%g is outside 0..1", d.MinConfidence)
			}
			if t := d.Throttle; t != nil {
				if t.Max <= 0 {
					p.add(dpath+".throttle.max", "must be positive")
				}
				if t.Blocks == 0 {
					p.add(dpath+".throttle.blocks", "must be positive")
				}
			}
			if d.Kind == "" {
				p.add(dpath+".kind", "is required")
				continue
			}
			if plugins == nil {
				continue
			}
			check, ok := plugins.Detectors[d.Kind]
			if !ok {
				p.add(dpath+".kind", "%q is not a detector kind (known: %s)", d.Kind, sortedKeys(plugins.Detectors))
				continue
			}
			if err := check(&c.Monitors[i], &d.Params); err != nil {
				for _, e := range flatten(err) {
					p.add(dpath+".params", "%v", e)
				}
			}
		}
		for j, name := range m.Playbooks {
			ppath := fmt.Sprintf("%s.playbooks[%d]", path, j)
			idx := playbooks[name]
			if idx == 0 {
				p.add(ppath, "%q is not defined", name)
				continue
			}
			p = append(p, c.validatePlaybookFor(idx-1, &c.Monitors[i], plugins)...)
		}
	}
	for i := range c.Playbooks {
		p = append(p, c.checkStepParams(i, plugins)...)
	}
	if c.Server.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Server.Listen); err != nil {
			p.add("server.listen", "%q is not host:port: %v", c.Server.Listen, err)
		}
	}
	return errors.Join(p...)
}

func checkEndpointURL(raw string) error {
	if raw == "" {
		return errors.New("is required")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %w", raw, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("%q: scheme must be http, https, ws or wss", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", raw)
	}
	return nil
}

// flatten undoes errors.Join so each problem gets its own path prefix.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

func sortedKeys[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := ""
	for i, k := range keys {
		if i > 0 {
			out += ", "
		}
		out += k
	}
	return out
}

// StepKindApproval is the step kind that waits for people: the engine
// implements it itself, so its parameters are defined here.
const StepKindApproval = "approval"

// ApprovalStep is the params of an approval step: a human gate between
// steps. Required and Role default to the playbook's approvals.
type ApprovalStep struct {
	// Message tells approvers what they are deciding.
	Message  string `yaml:"message"`
	Required int    `yaml:"required"`
	Role     string `yaml:"role"`
}

// ApprovalParams decodes an approval step's params, with the playbook's
// approvals as defaults.
func (pb *Playbook) ApprovalParams(s *Step) (ApprovalStep, error) {
	var a ApprovalStep
	if err := DecodeStrict(&s.Params, &a); err != nil {
		return a, err
	}
	if a.Required == 0 {
		a.Required = pb.Approvals.Required
	}
	if a.Role == "" {
		a.Role = pb.Approvals.Role
	}
	return a, nil
}

func (c *Config) validateUsers() []error {
	var p problems
	names := map[string]bool{}
	for i, u := range c.Users {
		path := fmt.Sprintf("users[%d]", i)
		switch {
		case u.Name == "":
			p.add(path+".name", "is required")
		case strings.HasPrefix(u.Name, "playbook:"):
			p.add(path+".name", "%q: names starting with playbook: are reserved for playbooks on the timeline", u.Name)
		case names[u.Name]:
			p.add(path+".name", "%q is defined twice", u.Name)
		}
		names[u.Name] = true
		if len(u.Roles) == 0 {
			p.add(path+".roles", "at least one role is required (e.g. %s, %s)", RoleApprover, RoleResponder)
		}
		for j, r := range u.Roles {
			if strings.TrimSpace(r) == "" {
				p.add(fmt.Sprintf("%s.roles[%d]", path, j), "is empty")
			}
		}
		// A person may have no token: they are paged and hold roles but
		// never call the API themselves.
		if u.Token != "" {
			if err := u.Token.Check(); err != nil {
				p.add(path+".token", "%v", err)
			}
		}
	}
	return p
}

// holders lists the users holding role.
func (c *Config) holders(role string) []string {
	var out []string
	for _, u := range c.Users {
		if u.HasRole(role) {
			out = append(out, u.Name)
		}
	}
	return out
}

// checkQuorum reports a policy no configured set of users can satisfy: a
// playbook waiting for approvals nobody can give never runs.
func (c *Config) checkQuorum(p *problems, path string, required int, role string) {
	if required < 1 {
		p.add(path+".required", "must be at least 1")
		return
	}
	if role == "" {
		p.add(path+".role", "is required")
		return
	}
	if h := c.holders(role); len(h) < required {
		p.add(path, "needs %d approval(s) from users with role %q but only %d user(s) hold it %v; add users or lower required", required, role, len(h), h)
	}
}

func (c *Config) validatePlaybook(i int, chains, signers map[string]bool, plugins *Plugins) []error {
	var p problems
	pb := &c.Playbooks[i]
	path := fmt.Sprintf("playbooks[%d]", i)
	switch pb.Mode {
	case ModeAuto, ModeApproval:
	default:
		p.add(path+".mode", "%q is not a mode (want %s or %s)", pb.Mode, ModeAuto, ModeApproval)
	}
	if pb.MinConfidence < 0 || pb.MinConfidence > 1 {
		p.add(path+".min_confidence", "%g is outside 0..1", pb.MinConfidence)
	}
	if pb.MaxActionsPerHour < 0 {
		p.add(path+".max_actions_per_hour", "must not be negative (0 = no cap)")
	}
	// Approvals are asked for in approval mode, and in auto mode when the
	// alerts' confidence is below min_confidence; a dry run asks nobody.
	if !pb.DryRun && (pb.Mode == ModeApproval || pb.MinConfidence > 0) {
		c.checkQuorum(&p, path+".approvals", pb.Approvals.Required, pb.Approvals.Role)
	}
	if a := pb.Allowlist; a != nil {
		if len(a.Contracts) == 0 && len(a.Functions) == 0 {
			p.add(path+".allowlist", "is empty: list contracts and/or functions, or remove it")
		}
		for j, f := range a.Functions {
			if _, err := FunctionSelector(f); err != nil {
				p.add(fmt.Sprintf("%s.allowlist.functions[%d]", path, j), "%v", err)
			}
		}
	}
	t := pb.Trigger
	if _, err := alert.ParseSeverity(t.MinSeverity); err != nil {
		p.add(path+".trigger.min_severity", "%v", err)
	}
	if t.MinConfidence < 0 || t.MinConfidence > 1 {
		p.add(path+".trigger.min_confidence", "%g is outside 0..1", t.MinConfidence)
	}
	for j, d := range t.Detectors {
		if strings.TrimSpace(d) == "" {
			p.add(fmt.Sprintf("%s.trigger.detectors[%d]", path, j), "is empty")
		}
	}
	for j, ch := range t.Chains {
		if !chains[ch] {
			p.add(fmt.Sprintf("%s.trigger.chains[%d]", path, j), "%q is not defined in chains", ch)
		}
	}
	if len(pb.Steps) == 0 {
		p.add(path+".steps", "at least one step is required")
	}
	for j := range pb.Steps {
		st := &pb.Steps[j]
		spath := fmt.Sprintf("%s.steps[%d]", path, j)
		switch {
		case st.Kind == "":
			p.add(spath+".kind", "is required")
		case st.Kind == StepKindApproval:
			if st.Parallel {
				p.add(spath+".parallel", "an approval step is a gate between steps and cannot run in parallel")
			}
			a, err := pb.ApprovalParams(st)
			if err != nil {
				p.add(spath+".params", "%v", err)
			} else if !pb.DryRun {
				c.checkQuorum(&p, spath+".params", a.Required, a.Role)
			}
		case plugins != nil && plugins.Actions[st.Kind] == nil:
			known := map[string]bool{StepKindApproval: true}
			for k := range plugins.Actions {
				known[k] = true
			}
			p.add(spath+".kind", "%q is not an action kind (known: %s)", st.Kind, sortedKeys(known))
		}
		// Only config knows the signers, so signer references are checked
		// here for every kind; the rest of params is the kind's business.
		if name, ok := st.Param("signer"); ok && !signers[name] {
			p.add(spath+".params.signer", "%q is not defined in signers", name)
		}
		// The same for receivers (notify steps).
		if name, ok := st.Param("receiver"); ok {
			if _, defined := c.Receiver(name); !defined {
				p.add(spath+".params.receiver", "%q is not defined in receivers", name)
			}
		}
	}
	return p
}

// validatePlaybookFor checks what depends on a monitor using the playbook:
// contract names in the trigger and allowlist, and the steps' params as
// the kinds check them against the monitor's contracts. Problems are
// reported under the playbook's path, naming the monitor.
func (c *Config) validatePlaybookFor(pbIndex int, mon *Monitor, plugins *Plugins) []error {
	var p problems
	pb := &c.Playbooks[pbIndex]
	path := fmt.Sprintf("playbooks[%d]", pbIndex)
	known := func(ref string) bool {
		if common.IsHexAddress(ref) {
			return true
		}
		for _, ct := range mon.Contracts {
			if ct.Name == ref {
				return true
			}
		}
		return false
	}
	for j, ref := range pb.Trigger.Contracts {
		if !known(ref) {
			p.add(fmt.Sprintf("%s.trigger.contracts[%d]", path, j), "%q is neither a contract of monitor %q nor an address", ref, mon.Name)
		}
	}
	if pb.Allowlist != nil {
		for j, ref := range pb.Allowlist.Contracts {
			if !known(ref) {
				p.add(fmt.Sprintf("%s.allowlist.contracts[%d]", path, j), "%q is neither a contract of monitor %q nor an address", ref, mon.Name)
			}
		}
	}
	if plugins == nil {
		return p
	}
	for k := range pb.Steps {
		check, spath := c.stepCheck(pbIndex, k, plugins)
		if check == nil {
			continue
		}
		// What the kind finds without a monitor is reported once, by
		// checkStepParams; only what the monitor adds is reported here.
		general := map[string]bool{}
		if err := check(nil, &pb.Steps[k].Params); err != nil {
			for _, e := range flatten(err) {
				general[e.Error()] = true
			}
		}
		if err := check(mon, &pb.Steps[k].Params); err != nil {
			for _, e := range flatten(err) {
				if !general[e.Error()] {
					p.add(spath, "for monitor %q: %v", mon.Name, e)
				}
			}
		}
	}
	return p
}

// checkStepParams runs each step kind's params check without a monitor.
func (c *Config) checkStepParams(pbIndex int, plugins *Plugins) []error {
	if plugins == nil {
		return nil
	}
	var p problems
	pb := &c.Playbooks[pbIndex]
	for k := range pb.Steps {
		check, spath := c.stepCheck(pbIndex, k, plugins)
		if check == nil {
			continue
		}
		if err := check(nil, &pb.Steps[k].Params); err != nil {
			for _, e := range flatten(err) {
				p.add(spath, "%v", e)
			}
		}
	}
	return p
}

// stepCheck returns the params check of a step's kind (nil for the
// engine's own approval kind and for unknown kinds, reported elsewhere) and
// the path of its params.
func (c *Config) stepCheck(pbIndex, k int, plugins *Plugins) (ParamsCheck, string) {
	st := &c.Playbooks[pbIndex].Steps[k]
	if st.Kind == StepKindApproval {
		return nil, ""
	}
	return plugins.Actions[st.Kind], fmt.Sprintf("playbooks[%d].steps[%d].params", pbIndex, k)
}

// FunctionSelector parses a function reference of an allowlist: a
// signature such as "pause()" or "transfer(address, uint256)" (spaces and
// type aliases such as uint are normalised) or a 4-byte selector written
// as 0x and 8 hex digits.
func FunctionSelector(ref string) ([4]byte, error) {
	var sel [4]byte
	ref = strings.TrimSpace(ref)
	if strings.HasPrefix(ref, "0x") && !strings.Contains(ref, "(") {
		b, err := hex.DecodeString(ref[2:])
		if err != nil || len(b) != 4 {
			return sel, fmt.Errorf("%q is not a 4-byte selector (0x and 8 hex digits)", ref)
		}
		copy(sel[:], b)
		return sel, nil
	}
	open := strings.IndexByte(ref, '(')
	if open <= 0 || !strings.HasSuffix(ref, ")") || !isIdent(ref[:open]) {
		return sel, fmt.Errorf("%q is not a function signature such as pause() or transfer(address,uint256)", ref)
	}
	args := strings.TrimSpace(ref[open+1 : len(ref)-1])
	var canon []string
	if args != "" {
		if strings.ContainsAny(args, "()") {
			return sel, fmt.Errorf("%q: tuple arguments are not supported here; use the 4-byte selector", ref)
		}
		for _, a := range strings.Split(args, ",") {
			typ, err := canonicalType(strings.TrimSpace(a))
			if err != nil {
				return sel, fmt.Errorf("%q: argument type %q: %v", ref, strings.TrimSpace(a), err)
			}
			canon = append(canon, typ)
		}
	}
	copy(sel[:], crypto.Keccak256([]byte(ref[:open] + "(" + strings.Join(canon, ",") + ")"))[:4])
	return sel, nil
}

// canonicalType is the ABI type as a selector spells it: aliases (uint,
// int) expanded, sizes checked (go-ethereum's parser accepts uint7).
func canonicalType(typ string) (string, error) {
	base, dims := typ, ""
	if i := strings.IndexByte(typ, '['); i >= 0 {
		base, dims = typ[:i], typ[i:]
	}
	switch base {
	case "uint", "int":
		base += "256"
	}
	for _, prefix := range []string{"uint", "int", "bytes"} {
		rest, ok := strings.CutPrefix(base, prefix)
		if !ok || rest == "" {
			continue
		}
		n, err := strconv.Atoi(rest)
		if err != nil {
			return "", fmt.Errorf("unknown type")
		}
		if prefix == "bytes" && (n < 1 || n > 32) || prefix != "bytes" && (n < 8 || n > 256 || n%8 != 0) {
			return "", fmt.Errorf("%s%d does not exist", prefix, n)
		}
	}
	t, err := abi.NewType(base+dims, "", nil)
	if err != nil {
		return "", err
	}
	return t.String(), nil
}

func isIdent(s string) bool {
	for i, r := range s {
		ok := r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')
		if !ok {
			return false
		}
	}
	return s != ""
}
