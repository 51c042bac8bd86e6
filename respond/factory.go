package respond

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/txmgr"
)

// Caller reads chain state; eth_call at a block (nil = latest).
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Sender sends transactions from one account exactly once per key (a
// txmgr.Manager).
type Sender interface {
	Signer() common.Address
	Send(ctx context.Context, req txmgr.Request, onBroadcast func(txmgr.Record)) (*txmgr.Result, error)
}

// ActionFactory makes one kind of playbook step (pause, call, blacklist,
// revoke-role, safe, webhook, notify, ...) from its configuration, the way
// detect.Factory does for detectors: the engine knows steps only through
// this seam, so a new kind is one package and one registration.
type ActionFactory struct {
	Kind string
	// Check validates a step's params at check-config time; the error
	// names the field that is wrong.
	Check func(params *yaml.Node, env CheckEnv) error
	// New builds the action for one monitor's incidents.
	New func(params *yaml.Node, env BuildEnv) (Action, error)
}

// CheckEnv is what validation knows about the monitor using the playbook.
type CheckEnv struct {
	// Monitor is nil when the playbook is checked on its own; contract
	// names can then not be resolved and are not checked.
	Monitor *config.Monitor
}

// BuildEnv is what an action needs to run.
type BuildEnv struct {
	Chain   string
	ChainID *big.Int
	Monitor *config.Monitor
	Caller  Caller
	// Sender returns the transaction manager of a configured signer, by
	// its name in the config's signers list.
	Sender func(signerName string) (Sender, error)
	HTTP   *http.Client
	Logger *slog.Logger
	// Notifier hands messages to the notification dispatcher (nil when no
	// receivers are configured).
	Notifier notify.Sender
	// StepData keeps small facts a step must remember across restarts,
	// by step key (e.g. the Safe nonce its transaction was built for);
	// nil means memory only.
	StepData StepData
}

// StepData is a durable key/value space for actions.
type StepData interface {
	StepData(ctx context.Context, key string) ([]byte, bool, error)
	SaveStepData(ctx context.Context, key string, data []byte) error
}

// Target resolves a step's contract reference: the name of one of the
// monitor's contracts (whose ABI, if configured, comes along) or a literal
// address.
func (env CheckEnv) Target(ref string) (common.Address, *config.Contract, bool) {
	return resolveTarget(env.Monitor, ref)
}

// Target resolves a step's contract reference, as CheckEnv.Target does.
func (env BuildEnv) Target(ref string) (common.Address, *config.Contract, bool) {
	return resolveTarget(env.Monitor, ref)
}

func resolveTarget(m *config.Monitor, ref string) (common.Address, *config.Contract, bool) {
	if m != nil {
		for i := range m.Contracts {
			if m.Contracts[i].Name == ref && common.IsHexAddress(m.Contracts[i].Address) {
				return common.HexToAddress(m.Contracts[i].Address), &m.Contracts[i], true
			}
		}
	}
	if common.IsHexAddress(ref) {
		return common.HexToAddress(ref), nil, true
	}
	return common.Address{}, nil, false
}
