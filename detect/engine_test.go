package detect_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/detect"
)

// fake detectors exercise the engine's failure handling; they stand in for
// detectors, not for the chain.
type behaviour func(ctx context.Context, b *chain.Bundle, emit func(alert.Alert)) error

type fakeDetector struct{ fn behaviour }

func (f fakeDetector) Requirements() detect.Requirements { return detect.Requirements{} }
func (f fakeDetector) Detect(ctx context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
	return f.fn(ctx, b, emit)
}

func factory(kind string, fn behaviour) detect.Factory {
	return detect.Factory{
		Kind:  kind,
		Check: func(*config.Monitor, *yaml.Node) error { return nil },
		New: func(detect.Spec, *detect.Monitor, detect.Deps) (detect.Detector, error) {
			return fakeDetector{fn}, nil
		},
	}
}

func bundle(t *testing.T) *chain.Bundle {
	t.Helper()
	key, _ := crypto.GenerateKey()
	chainID := big.NewInt(1337)
	to := common.HexToAddress("0x1")
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 0, Gas: 21000, To: &to, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), Value: big.NewInt(1)}), types.LatestSignerForChainID(chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := &types.Receipt{Status: 1, TxHash: tx.Hash()}
	block := types.NewBlock(&types.Header{Number: big.NewInt(7), Time: 1700000000}, &types.Body{Transactions: []*types.Transaction{tx}}, []*types.Receipt{rcpt}, trie.NewStackTrie(nil))
	b, err := chain.NewBundle("dev", chainID, block, types.Receipts{rcpt}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func engine(t *testing.T, kinds ...detect.Factory) *detect.Engine {
	t.Helper()
	cfg := &config.Config{Monitors: []config.Monitor{{Name: "m", Chain: "dev", Contracts: []config.Contract{{Name: "C", Address: "0x0000000000000000000000000000000000000001"}}}}}
	for _, f := range kinds {
		cfg.Monitors[0].Detectors = append(cfg.Monitors[0].Detectors, config.Detector{Kind: f.Kind, Severity: "high"})
	}
	e, err := detect.NewEngine(cfg, "dev", detect.NewRegistry(kinds...), detect.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestEngineTurnsPanicsAndErrorsIntoAlerts(t *testing.T) {
	b := bundle(t)
	e := engine(t,
		factory("panics", func(context.Context, *chain.Bundle, func(alert.Alert)) error { panic("boom") }),
		factory("fails", func(context.Context, *chain.Bundle, func(alert.Alert)) error { return errors.New("rpc down") }),
		factory("finds", func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
			emit(alert.Alert{TxHash: b.Block.Transactions()[0].Hash(), TxIndex: 0, Title: "found"})
			emit(alert.Alert{TxHash: b.Block.Transactions()[0].Hash(), TxIndex: 0, Title: "same finding twice"})
			return nil
		}),
	)
	alerts := e.Run(context.Background(), b)
	if len(alerts) != 3 {
		t.Fatalf("%d alerts, want 3: %+v", len(alerts), alerts)
	}
	byDetector := map[string]alert.Alert{}
	for _, a := range alerts {
		byDetector[a.Detector] = a
		if a.Chain != "dev" || a.Monitor != "m" || a.BlockNumber != 7 || a.Fingerprint == "" || a.Status != alert.StatusProvisional {
			t.Errorf("alert not completed: %+v", a)
		}
	}
	if a := byDetector["panics"]; a.Labels["kind"] != "detector_failed" || !strings.Contains(a.Evidence[0].Value, "boom") {
		t.Errorf("panic not reported: %+v", a)
	}
	if a := byDetector["fails"]; a.Labels["kind"] != "detector_failed" || !strings.Contains(a.Summary, "rpc down") {
		t.Errorf("error not reported: %+v", a)
	}
	if a := byDetector["finds"]; a.From != b.Senders[0] || a.Severity != alert.SeverityHigh {
		t.Errorf("sender/severity not filled: %+v", a)
	}
	// Same bundle, same alerts, same order: replays must be identical.
	again := e.Run(context.Background(), b)
	for i := range alerts {
		if alerts[i].Fingerprint != again[i].Fingerprint {
			t.Fatalf("order or fingerprint differs on replay at %d", i)
		}
	}
}

func TestEngineShutdownIsNotAFailure(t *testing.T) {
	b := bundle(t)
	e := engine(t, factory("slow", func(ctx context.Context, _ *chain.Bundle, _ func(alert.Alert)) error {
		<-ctx.Done()
		return ctx.Err()
	}))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if alerts := e.Run(ctx, b); len(alerts) != 0 {
		t.Fatalf("shutdown produced alerts: %+v", alerts)
	}
}
