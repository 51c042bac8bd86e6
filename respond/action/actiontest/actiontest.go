// Package actiontest sets up what the response step kinds are tested
// against: a real in-process chain over JSON-RPC with the demo protocol
// deployed, a sqlite store behind each signer's transaction manager, and
// step parameters written as the playbook YAML would have them.
package actiontest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/signer"
	"github.com/warden-dev/warden/store/sqlite"
	"github.com/warden-dev/warden/txmgr"
)

// Env is a chain with the demo protocol. Admin deployed everything and
// holds every admin role; Pauser holds the LendingPool's PAUSER_ROLE;
// Stranger holds nothing; Attacker is the incident's attacker.
type Env struct {
	Chain    *devchain.Chain
	Client   *ethclient.Client
	Proto    *demoprotocol.Protocol
	Store    *sqlite.Store
	Admin    devchain.Account
	Pauser   devchain.Account
	Stranger devchain.Account
	Attacker devchain.Account
	// Signers are the accounts by the names step params use.
	Signers map[string]devchain.Account
}

// Start starts the chain and deploys the demo protocol.
func Start(t *testing.T) *Env {
	t.Helper()
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 4})
	acc := c.Accounts()
	p, err := demoprotocol.Deploy(ctx, client, acc[0].Key, demoprotocol.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.GrantPauser(ctx, client, acc[0].Key, acc[1].Address); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "warden.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Env{Chain: c, Client: client, Proto: p, Store: st, Admin: acc[0], Pauser: acc[1], Stranger: acc[2], Attacker: acc[3],
		Signers: map[string]devchain.Account{"admin": acc[0], "pauser": acc[1], "stranger": acc[2]}}
}

// Sender is a transaction manager for the account, over the test store.
func (e *Env) Sender(a devchain.Account) *txmgr.Manager {
	m := txmgr.New("dev", e.Chain.ChainID(), e.Client, signer.NewKey(a.Key), e.Store, nil)
	m.PollInterval = 20 * time.Millisecond
	return m
}

// Monitor is a monitor named "pool" with the given contracts (name ->
// address); abis, when given, are attached by contract name.
func Monitor(contracts map[string]common.Address, abis map[string]*abi.ABI) *config.Monitor {
	m := &config.Monitor{Name: "pool", Chain: "dev"}
	for name, addr := range contracts {
		m.Contracts = append(m.Contracts, config.Contract{Name: name, Address: addr.Hex(), ParsedABI: abis[name]})
	}
	return m
}

// ArtifactABI loads contracts/artifacts/<name>.abi, as a config's abi
// field pointing at it would.
func ArtifactABI(t testing.TB, name string) *abi.ABI {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
	a, err := config.ResolveABI(dir, filepath.Join("contracts", "artifacts", name+".abi"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// BuildEnv is what the engine would hand a factory on this chain: signers
// by their names in Signers.
func (e *Env) BuildEnv(mon *config.Monitor) respond.BuildEnv {
	return respond.BuildEnv{
		Chain: "dev", ChainID: e.Chain.ChainID(), Monitor: mon, Caller: e.Client,
		Sender: func(name string) (respond.Sender, error) {
			a, ok := e.Signers[name]
			if !ok {
				return nil, fmt.Errorf("no signer named %q", name)
			}
			return e.Sender(a), nil
		},
	}
}

// Params parses step parameters written as YAML.
func Params(t testing.TB, src string) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatalf("params %q: %v", src, err)
	}
	if len(doc.Content) == 0 {
		return &yaml.Node{}
	}
	return doc.Content[0]
}

// Input is an incident whose attacker is attacker, made of alerts.
func Input(attacker common.Address, alerts ...alert.Alert) *respond.Input {
	inc := &incident.Incident{ID: "inc-test", Monitor: "pool", Chain: "dev", Attacker: attacker, Title: "Flash-loan price manipulation",
		Severity: alert.SeverityCritical, Status: incident.StatusDetected, AlertCount: len(alerts)}
	return &respond.Input{Incident: inc, Alerts: alerts}
}

// Run plans and executes a step as the engine does, counting broadcasts.
func Run(ctx context.Context, a respond.Action, in *respond.Input, key string) (*respond.Plan, *respond.Result, int, error) {
	p, err := a.Plan(ctx, in, key)
	if err != nil {
		return nil, nil, 0, err
	}
	broadcasts := 0
	res, err := a.Execute(ctx, p, respond.Approval{Mode: "automatic", By: []string{"playbook:test"}}, func(txmgr.Record) { broadcasts++ })
	return p, res, broadcasts, err
}

// Deploy deploys a contract from the admin account.
func (e *Env) Deploy(t *testing.T, meta *bind.MetaData, ctorInput []byte) common.Address {
	t.Helper()
	ctx := context.Background()
	code, err := hexutil.Decode(meta.Bin)
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(e.opts(t, e.Admin.Key), code, e.Client, ctorInput)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, e.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return addr
}

// Transact sends data to a contract from key and waits for success.
func (e *Env) Transact(t *testing.T, key *ecdsa.PrivateKey, to common.Address, data []byte) {
	t.Helper()
	ctx := context.Background()
	tx, err := e.bound(to).RawTransact(e.opts(t, key), data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(ctx, e.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("setup transaction %s to %s reverted", tx.Hash().Hex(), to.Hex())
	}
}

// Call reads a view function.
func (e *Env) Call(t *testing.T, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := e.bound(to).CallRaw(&bind.CallOpts{Context: context.Background()}, data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Nonce is the account's transaction count: how many it ever sent.
func (e *Env) Nonce(t *testing.T, a devchain.Account) uint64 {
	t.Helper()
	n, err := e.Client.NonceAt(context.Background(), a.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *Env) opts(t *testing.T, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	o := bind.NewKeyedTransactor(key, e.Chain.ChainID())
	o.Context = context.Background()
	return o
}

// bound sends and reads raw call data; no ABI is needed for that.
func (e *Env) bound(to common.Address) *bind.BoundContract {
	return bind.NewBoundContract(to, abi.ABI{}, e.Client, e.Client, e.Client)
}
