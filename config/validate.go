package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
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
	Actions   map[string]bool
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
		if s.Kind != "private_key" {
			p.add(path+".kind", "%q is not a signer kind (want private_key)", s.Kind)
		}
		if err := s.Key.Check(); err != nil {
			p.add(path+".key", "%v", err)
		}
	}

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
		if _, err := alert.ParseSeverity(pb.Trigger.MinSeverity); err != nil {
			p.add(path+".trigger.min_severity", "%v", err)
		}
		if len(pb.Steps) == 0 {
			p.add(path+".steps", "at least one step is required")
		}
		for j, st := range pb.Steps {
			spath := fmt.Sprintf("%s.steps[%d]", path, j)
			if st.Action == "" {
				p.add(spath+".action", "is required")
			} else if plugins != nil && !plugins.Actions[st.Action] {
				p.add(spath+".action", "%q is not an action kind (known: %s)", st.Action, sortedKeys(plugins.Actions))
			}
			if st.Contract == "" {
				p.add(spath+".contract", "is required")
			}
			if st.Signer == "" {
				p.add(spath+".signer", "is required")
			} else if !signers[st.Signer] {
				p.add(spath+".signer", "%q is not defined in signers", st.Signer)
			}
		}
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
			for k, st := range c.Playbooks[idx-1].Steps {
				if st.Contract != "" && !names[st.Contract] && !common.IsHexAddress(st.Contract) {
					p.add(ppath, "playbook %q step %d targets contract %q, which is neither a contract of monitor %q nor an address", name, k, st.Contract, m.Name)
				}
			}
		}
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
