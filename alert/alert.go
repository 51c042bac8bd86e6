// Package alert holds the one type every stage after detection agrees on:
// what a detector saw, how bad it is and the evidence for it. Detectors
// produce alerts, the incident manager groups them, the store keeps them.
package alert

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Severity orders how urgently a human (or a playbook) must act.
type Severity int

const (
	SeverityUnknown Severity = iota
	SeverityInfo
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = map[Severity]string{
	SeverityInfo:     "info",
	SeverityLow:      "low",
	SeverityMedium:   "medium",
	SeverityHigh:     "high",
	SeverityCritical: "critical",
}

// ParseSeverity accepts the lower-case names used in config files and the API.
func ParseSeverity(s string) (Severity, error) {
	for sev, name := range severityNames {
		if strings.EqualFold(s, name) {
			return sev, nil
		}
	}
	return SeverityUnknown, fmt.Errorf("unknown severity %q (want info, low, medium, high or critical)", s)
}

func (s Severity) String() string {
	if name, ok := severityNames[s]; ok {
		return name
	}
	return "unknown"
}

func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Status follows an alert through chain finality: a block can still be
// dropped by a reorg, in which case its alerts are retracted, not deleted.
type Status string

const (
	StatusProvisional Status = "provisional"
	StatusConfirmed   Status = "confirmed"
	StatusRetracted   Status = "retracted"
)

// Evidence is one named fact that supports an alert, kept both machine- and
// human-readable so the report and the API can show it without re-deriving.
type Evidence struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Alert is a single finding about one transaction (or block) on one chain.
type Alert struct {
	// Key distinguishes several findings of one detector in one
	// transaction (e.g. one per token); it feeds the fingerprint and is
	// not stored on its own.
	Key         string            `json:"-"`
	Fingerprint string            `json:"fingerprint"`
	Detector    string            `json:"detector"` // detector kind, e.g. "large_outflow"
	Monitor     string            `json:"monitor"`  // the monitored protocol the detector belongs to
	Chain       string            `json:"chain"`
	BlockNumber uint64            `json:"block_number"`
	BlockHash   common.Hash       `json:"block_hash"`
	BlockTime   time.Time         `json:"block_time"`
	TxHash      common.Hash       `json:"tx_hash"`
	TxIndex     int               `json:"tx_index"`
	From        common.Address    `json:"from"` // the transaction's sender: the suspected attacker
	Severity    Severity          `json:"severity"`
	Confidence  float64           `json:"confidence"` // 0..1
	Title       string            `json:"title"`
	Summary     string            `json:"summary"`
	Labels      map[string]string `json:"labels,omitempty"`
	Evidence    []Evidence        `json:"evidence,omitempty"`
	Status      Status            `json:"status"`
	// Value at stake in the token's base units, when the detector can tell;
	// used for loss estimates, never for deciding.
	Value *big.Int       `json:"value,omitempty"`
	Token common.Address `json:"token,omitempty"`

	// SeenAt is when ingest first learned of the block; StoredAt is when the
	// alert reached the store. Their difference is the detection latency.
	SeenAt   time.Time `json:"seen_at"`
	StoredAt time.Time `json:"stored_at,omitempty"`
	// IncidentID is set once the incident manager has grouped the alert.
	IncidentID string `json:"incident_id,omitempty"`
}

// ComputeFingerprint derives a stable identity from what the alert is about,
// so that reprocessing a block after a restart produces the same fingerprint
// and the store can drop the duplicate. Key distinguishes several findings of
// one detector in one transaction (e.g. one per token).
func ComputeFingerprint(a *Alert, key string) string {
	h := sha256.New()
	for _, part := range []string{a.Chain, a.Monitor, a.Detector, a.BlockHash.Hex(), a.TxHash.Hex(), key} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// EvidenceJSON is the stored form of the evidence list.
func (a *Alert) EvidenceJSON() string {
	b, _ := json.Marshal(a.Evidence) // a slice of string pairs cannot fail to marshal
	return string(b)
}
