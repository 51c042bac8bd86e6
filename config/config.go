// Package config loads Warden's YAML configuration: chains to follow,
// monitors (contracts and their detectors), playbooks and signers. Decoding
// is strict (an unknown field is an error, because a misspelt threshold
// silently ignored is a missed exploit) and validation reports every
// problem at once, each with its path, so one run of `warden check-config`
// shows everything to fix.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/abidecode"
)

// Config is the whole configuration file.
type Config struct {
	// baseDir is where relative file references (contract ABIs) are
	// resolved: the config file's directory when loaded with Load, the
	// working directory otherwise.
	baseDir string

	Store     Store      `yaml:"store"`
	Chains    []Chain    `yaml:"chains"`
	Monitors  []Monitor  `yaml:"monitors"`
	Playbooks []Playbook `yaml:"playbooks"`
	Signers   []Signer   `yaml:"signers"`
	Incidents Incidents  `yaml:"incidents"`
	Server    Server     `yaml:"server"`
	Users     []User     `yaml:"users"`
	Response  Response   `yaml:"response"`
	// Notification routing tree and inhibition rules (config/routing.go).
	Route        *Route        `yaml:"route"`
	InhibitRules []InhibitRule `yaml:"inhibit_rules"`

	// People beyond API users: teams, on-call schedules and escalation
	// policies (config/people.go).
	Teams              []Team             `yaml:"teams"`
	Schedules          []Schedule         `yaml:"oncall"`
	EscalationPolicies []EscalationPolicy `yaml:"escalation_policies"`

	// Notification receivers and their delivery (config/receivers.go).
	Receivers []Receiver `yaml:"receivers"`
}

// Server is Warden's HTTP listener: /metrics, /status and the API (actions,
// approvals, kill switch).
type Server struct {
	// Listen is host:port; empty disables the listener.
	Listen string `yaml:"listen"`
}

// Store selects where Warden keeps its state.
type Store struct {
	// Path of the SQLite database file. Relative paths are relative to the
	// working directory.
	Path string `yaml:"path"`
}

// Chain is one EVM network Warden follows.
type Chain struct {
	Name      string     `yaml:"name"`
	ChainID   int64      `yaml:"chain_id"`
	Endpoints []Endpoint `yaml:"endpoints"`
	// StartBlock is where to begin when there is no checkpoint yet:
	// "latest" (the default) or a block number.
	StartBlock string `yaml:"start_block"`
	// PollInterval is how often heads are polled when no WebSocket
	// subscription is available, and the safety-net poll when one is.
	PollInterval time.Duration `yaml:"poll_interval"`
	// HealthInterval is how often every endpoint is probed (default 1s).
	HealthInterval time.Duration `yaml:"health_interval"`
	// MaxLag is how many blocks an endpoint may be behind the best head
	// before calls avoid it (default 3).
	MaxLag uint64 `yaml:"max_lag"`
	// Confirmations is how deep a block must be before its alerts turn
	// from provisional to confirmed. Responses do not wait for it.
	Confirmations *uint64 `yaml:"confirmations"`
}

// ConfirmationDepth is Confirmations or its default.
func (c *Chain) ConfirmationDepth() uint64 {
	if c.Confirmations == nil {
		return DefaultConfirmations
	}
	return *c.Confirmations
}

// Endpoint is one JSON-RPC URL (http(s):// or ws(s)://) and how to use it.
type Endpoint struct {
	URL string `yaml:"url"`
	// Weight orders healthy endpoints: higher is preferred (default 1).
	Weight int `yaml:"weight"`
	// RateLimit caps requests per second to this endpoint (0 = none), for
	// providers that answer 429 above a quota.
	RateLimit float64 `yaml:"rate_limit"`
	// Timeout bounds one request (default 5s).
	Timeout time.Duration `yaml:"timeout"`
}

// Monitor is one protocol under watch: its contracts, the detectors that run
// on every block for it, and the playbooks its incidents trigger.
type Monitor struct {
	Name      string     `yaml:"name"`
	Chain     string     `yaml:"chain"`
	Contracts []Contract `yaml:"contracts"`
	Detectors []Detector `yaml:"detectors"`
	Playbooks []string   `yaml:"playbooks"`
}

// Contract is a named address inside a monitor; playbook steps refer to it
// by name so the same playbook can serve several deployments.
type Contract struct {
	Name    string `yaml:"name"`
	Address string `yaml:"address"`
	// ABI is the contract's ABI, for detectors that decode its calls and
	// events (rules): a path to a JSON file (relative to the config file's
	// directory; a bare ABI array or a Hardhat/Foundry artifact with an
	// "abi" key) or the JSON itself inline. Optional.
	ABI string `yaml:"abi"`
	// ParsedABI is ABI resolved and parsed by Validate; nil when ABI is
	// empty or could not be loaded (Validate then reports why).
	ParsedABI *abi.ABI `yaml:"-"`
}

// Detector configures one detector instance. Params are decoded by the
// detector's own kind, strictly, during validation.
type Detector struct {
	Kind     string    `yaml:"kind"`
	Name     string    `yaml:"name"`
	Severity string    `yaml:"severity"`
	Params   yaml.Node `yaml:"params"`
	// MinConfidence drops the detector's alerts whose confidence is below
	// it (0..1); `warden backtest --calibrate` proposes values.
	MinConfidence float64 `yaml:"min_confidence"`
	// Throttle caps the alerts the detector raises on its monitor.
	Throttle *Throttle `yaml:"throttle"`
}

// Throttle caps a detector's alerts to Max per window of Blocks blocks: a
// noisy detector must not bury the incident channel (or the store) during a
// market event. The first suppressed alert of a window is replaced by one
// alert saying so.
type Throttle struct {
	Max    int    `yaml:"max"`
	Blocks uint64 `yaml:"blocks"`
}

// Playbook is a response plan: when an incident of a monitor that lists it
// matches the trigger, its steps run in order (neighbours marked parallel
// together), automatically or once enough people have approved.
type Playbook struct {
	Name string `yaml:"name"`
	// Mode is "auto" (the default: run at once when the triggering alerts'
	// confidence reaches MinConfidence, otherwise ask for approval) or
	// "approval" (always wait for Approvals).
	Mode string `yaml:"mode"`
	// MinConfidence is the confidence (0..1) an auto playbook needs to run
	// without people; below it the playbook asks for approval instead.
	MinConfidence float64 `yaml:"min_confidence"`
	// Approvals is who must approve when approval is needed (N of the M
	// users holding Role).
	Approvals Approvals `yaml:"approvals"`
	// DryRun plans and simulates every step and records the plans; nothing
	// is ever sent.
	DryRun bool `yaml:"dry_run"`
	// MaxActionsPerHour caps the transactions this playbook sends in any
	// hour, over all incidents (0 = no cap).
	MaxActionsPerHour int `yaml:"max_actions_per_hour"`
	// Allowlist, when set, is the only contracts and functions the
	// playbook's transactions may call.
	Allowlist *Allowlist `yaml:"allowlist"`
	Trigger   Trigger    `yaml:"trigger"`
	Steps     []Step     `yaml:"steps"`
}

// Playbook modes.
const (
	ModeAuto     = "auto"
	ModeApproval = "approval"
)

// Roles a user may hold. Approval roles are configurable per playbook;
// these are the defaults and the fixed role for the kill switch.
const (
	// RoleApprover approves and rejects actions (the default approvals.role).
	RoleApprover = "approver"
	// RoleResponder switches the global kill switch on and off.
	RoleResponder = "responder"
)

// Approvals is an N-of-M approval policy: Required distinct users holding
// Role.
type Approvals struct {
	Required int    `yaml:"required"`
	Role     string `yaml:"role"`
}

// Allowlist limits what a playbook's transactions may call. Contracts are
// names of the monitor's contracts or addresses; Functions are signatures
// such as "pause()" or 4-byte selectors ("0x8456cb59"). An empty list
// allows anything on that axis.
type Allowlist struct {
	Contracts []string `yaml:"contracts"`
	Functions []string `yaml:"functions"`
}

// Trigger decides when a playbook runs: at least one alert of the incident
// must pass every filter that is set.
type Trigger struct {
	// Detectors are detector kinds or alert kinds (the alert's "kind"
	// label, e.g. correlated_attack); empty = any.
	Detectors   []string `yaml:"detectors"`
	MinSeverity string   `yaml:"min_severity"`
	// MinConfidence is the least confidence (0..1) a matching alert has.
	MinConfidence float64 `yaml:"min_confidence"`
	// Contracts: the alert must name one of these contracts of the monitor
	// (by name or address) in its "contract" label; empty = any.
	Contracts []string `yaml:"contracts"`
	// Chains: the alert's chain must be one of these; empty = any.
	Chains []string `yaml:"chains"`
}

// Step is one action of a playbook. Its own fields are kind, name and
// parallel; everything else is the kind's parameters, either under params
// or written inline ({kind: pause, contract: LendingPool, signer: ops}).
type Step struct {
	// Kind is the action kind (pause, call, safe, webhook, approval, ...).
	Kind string `yaml:"kind"`
	// Name labels the step on the timeline (default: the kind).
	Name string `yaml:"name"`
	// Parallel steps run concurrently with their neighbours also marked
	// parallel.
	Parallel bool `yaml:"parallel"`
	// Params are decoded strictly by the kind's factory.
	Params yaml.Node `yaml:"params"`
}

// stepFields are the keys a step mapping may use for itself; "action" is
// the older name of "kind", kept so existing configs load.
var stepFields = map[string]bool{"kind": true, "action": true, "name": true, "parallel": true, "params": true}

// UnmarshalYAML accepts parameters both under params and inline.
func (s *Step) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a step must be a mapping (kind: ..., params: ...)", n.Line)
	}
	inline := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: n.Line, Column: n.Column}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "kind", "action":
			if s.Kind != "" {
				return fmt.Errorf("line %d: step has both kind and action (action is the older name of kind); keep kind", k.Line)
			}
			if err := v.Decode(&s.Kind); err != nil {
				return err
			}
		case "name":
			if err := v.Decode(&s.Name); err != nil {
				return err
			}
		case "parallel":
			if err := v.Decode(&s.Parallel); err != nil {
				return err
			}
		case "params":
			s.Params = *v
		default:
			inline.Content = append(inline.Content, k, v)
		}
	}
	if len(inline.Content) > 0 {
		if s.Params.Kind != 0 {
			return fmt.Errorf("line %d: step has params and inline parameters (%s); put them all under params", n.Line, inline.Content[0].Value)
		}
		s.Params = *inline
	}
	return nil
}

// Param returns a scalar parameter of the step (e.g. "signer"), whether
// written inline or under params.
func (s *Step) Param(name string) (string, bool) {
	if s.Params.Kind != yaml.MappingNode {
		return "", false
	}
	for i := 0; i+1 < len(s.Params.Content); i += 2 {
		if s.Params.Content[i].Value == name && s.Params.Content[i+1].Kind == yaml.ScalarNode {
			return s.Params.Content[i+1].Value, true
		}
	}
	return "", false
}

// StepName is the configured name or, by default, the kind.
func (s *Step) StepName() string {
	if s.Name != "" {
		return s.Name
	}
	return s.Kind
}

// User is a person who may use the API (and the CLI through it). Token is a
// secret reference to the bearer token that identifies them.
type User struct {
	Name  string    `yaml:"name"`
	Roles []string  `yaml:"roles"`
	Token SecretRef `yaml:"token"`
	// Contacts are where the user is paged and notified, per channel.
	Contacts Contacts `yaml:"contacts"`
}

// HasRole reports whether the user holds role.
func (u *User) HasRole(role string) bool { return slices.Contains(u.Roles, role) }

// Response holds settings that apply to every playbook.
type Response struct {
	// KillSwitch stops every playbook from sending anything (plans and
	// simulations still run and are recorded). When set here it can only
	// be lifted by editing the config; otherwise the API toggles it.
	KillSwitch bool `yaml:"kill_switch"`
}

// Incidents tunes how alerts are grouped.
type Incidents struct {
	// GroupWindow: alerts of the same monitor and sender within this time
	// (by block timestamp) of an open incident's last alert join it.
	GroupWindow time.Duration `yaml:"group_window"`
}

// Defaults applied by Parse when a field is left empty.
const (
	DefaultStorePath    = "warden.db"
	DefaultPollInterval = 2 * time.Second
	DefaultGroupWindow  = time.Hour
	// DefaultConfirmations matches what exchanges and bridges commonly wait
	// for on Ethereum before treating a block as settled.
	DefaultConfirmations = 12
)

// Load reads, decodes and validates a configuration file. plugins may be
// nil, in which case detector and action parameters are not checked.
func Load(path string, plugins *Plugins) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	cfg, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg.baseDir = filepath.Dir(path)
	if err := cfg.Validate(plugins); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// Parse decodes YAML strictly and fills in defaults. It does not validate
// references; call Validate for that.
func Parse(data []byte) (*Config, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var cfg Config
	if err := dec.Decode(&cfg); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("config is empty")
		}
		return nil, fmt.Errorf("decode: %w", err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("decode: more than one YAML document; put everything in one")
	}
	cfg.applyDefaults()
	return &cfg, nil
}

func (c *Config) applyDefaults() {
	if c.Store.Path == "" {
		c.Store.Path = DefaultStorePath
	}
	if c.Incidents.GroupWindow == 0 {
		c.Incidents.GroupWindow = DefaultGroupWindow
	}
	for i := range c.Chains {
		if c.Chains[i].StartBlock == "" {
			c.Chains[i].StartBlock = "latest"
		}
		if c.Chains[i].PollInterval == 0 {
			c.Chains[i].PollInterval = DefaultPollInterval
		}
	}
	for i := range c.Playbooks {
		pb := &c.Playbooks[i]
		if pb.Mode == "" {
			pb.Mode = ModeAuto
		}
		if pb.Approvals.Required == 0 {
			pb.Approvals.Required = 1
		}
		if pb.Approvals.Role == "" {
			pb.Approvals.Role = RoleApprover
		}
	}
	for i := range c.Signers {
		if c.Signers[i].Kind == "" {
			c.Signers[i].Kind = "private_key"
		}
	}
	for i := range c.Monitors {
		for j := range c.Monitors[i].Detectors {
			if c.Monitors[i].Detectors[j].Severity == "" {
				c.Monitors[i].Detectors[j].Severity = DefaultDetectorSeverity
			}
		}
	}
}

// DefaultDetectorSeverity applies to a detector without a severity. Most
// built-in detectors grade each finding themselves and use the configured
// severity only where they cannot (or, for baselines, as a cap).
const DefaultDetectorSeverity = "high"

// DecodeStrict decodes a params node into out, rejecting unknown fields. An
// empty node leaves out at its defaults.
func DecodeStrict(node *yaml.Node, out any) error {
	if node == nil || node.Kind == 0 {
		return nil
	}
	raw, err := yaml.Marshal(node)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(out); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// Chain returns the chain with the given name.
func (c *Config) Chain(name string) (*Chain, bool) {
	for i := range c.Chains {
		if c.Chains[i].Name == name {
			return &c.Chains[i], true
		}
	}
	return nil, false
}

// Playbook returns the playbook with the given name.
func (c *Config) Playbook(name string) (*Playbook, bool) {
	for i := range c.Playbooks {
		if c.Playbooks[i].Name == name {
			return &c.Playbooks[i], true
		}
	}
	return nil, false
}

// User returns the user with the given name.
func (c *Config) User(name string) (*User, bool) {
	for i := range c.Users {
		if c.Users[i].Name == name {
			return &c.Users[i], true
		}
	}
	return nil, false
}

// Signer returns the signer with the given name.
func (c *Config) Signer(name string) (*Signer, bool) {
	for i := range c.Signers {
		if c.Signers[i].Name == name {
			return &c.Signers[i], true
		}
	}
	return nil, false
}

// DetectorName is the configured name or, by default, the kind.
func (d *Detector) DetectorName() string {
	if d.Name != "" {
		return d.Name
	}
	return d.Kind
}

// ResolveABI loads a contract's ABI field: inline JSON when it starts with
// '[' or '{', otherwise a path to a JSON file, relative to baseDir unless
// absolute ("" means the working directory).
func ResolveABI(baseDir, src string) (*abi.ABI, error) {
	src = strings.TrimSpace(src)
	if src == "" {
		return nil, errors.New("is empty")
	}
	if src[0] == '[' || src[0] == '{' {
		a, err := abidecode.ParseJSON([]byte(src))
		if err != nil {
			return nil, fmt.Errorf("inline ABI: %w", err)
		}
		return a, nil
	}
	path := src
	if !filepath.IsAbs(path) && baseDir != "" {
		path = filepath.Join(baseDir, path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ABI file: %w", err)
	}
	a, err := abidecode.ParseJSON(data)
	if err != nil {
		return nil, fmt.Errorf("ABI file %s: %w", path, err)
	}
	return a, nil
}
