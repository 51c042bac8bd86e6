package detect_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
)

// tornado01 is Tornado Cash's 0.1 ETH pool (mainnet), labelled a mixer.
var tornado01 = common.HexToAddress("0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc")

type txSpec struct {
	key   *ecdsa.PrivateKey
	to    common.Address
	value int64
	logs  []*types.Log
}

func blockOf(t *testing.T, number int64, specs ...txSpec) *chain.Bundle {
	t.Helper()
	chainID := big.NewInt(1337)
	signer := types.LatestSignerForChainID(chainID)
	var txs []*types.Transaction
	var rcpts types.Receipts
	for i, s := range specs {
		to := s.to
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(number*100 + int64(i)), Gas: 21000, To: &to, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), Value: big.NewInt(s.value)}), signer, s.key)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
		rcpts = append(rcpts, &types.Receipt{Status: 1, TxHash: tx.Hash(), Logs: s.logs})
	}
	block := types.NewBlock(&types.Header{Number: big.NewInt(number), Time: 1700000000 + uint64(number)}, &types.Body{Transactions: txs}, rcpts, trie.NewStackTrie(nil))
	b, err := chain.NewBundle("dev", chainID, block, rcpts, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func stage(alerts []alert.Alert, want string) []alert.Alert {
	var out []alert.Alert
	for _, a := range alerts {
		if a.Detector == "correlation" && a.Labels["stage"] == want {
			out = append(out, a)
		}
	}
	return out
}

func transferLog(token, from, to common.Address, amount int64) *types.Log {
	return &types.Log{Address: token, Topics: []common.Hash{chain.TransferTopic, common.BytesToHash(from.Bytes()), common.BytesToHash(to.Bytes())}, Data: common.BigToHash(big.NewInt(amount)).Bytes()}
}

func TestLaunderingAfterExploit(t *testing.T) {
	attacker, _ := crypto.GenerateKey()
	mule, _ := crypto.GenerateKey()
	bystander, _ := crypto.GenerateKey()
	attackerAddr := crypto.PubkeyToAddress(attacker.PublicKey)
	muleAddr := crypto.PubkeyToAddress(mule.PublicKey)
	victim := common.HexToAddress("0x1")

	// The exploit signal fires on transactions the attacker sends to the
	// victim, and only those.
	e := engine(t, factory("reentrancy", func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
		for i, tx := range b.Block.Transactions() {
			if b.Senders[i] == attackerAddr && *tx.To() == victim {
				emit(alert.Alert{TxHash: tx.Hash(), TxIndex: i, Severity: alert.SeverityHigh, Confidence: 0.9, Title: "reentrancy", Labels: map[string]string{"kind": "reentrancy"}})
			}
		}
		return nil
	}))
	ctx := context.Background()

	// Before any exploit, a deposit into Tornado is nobody's business.
	if got := stage(e.Run(ctx, blockOf(t, 1, txSpec{key: attacker, to: tornado01, value: 1e17})), "laundering"); len(got) != 0 {
		t.Fatalf("deposit before any exploit flagged: %+v", got)
	}
	// The exploit, then in the same block a payment to a mule.
	e.Run(ctx, blockOf(t, 2, txSpec{key: attacker, to: victim}, txSpec{key: attacker, to: muleAddr, value: 5e18}))
	// A bystander's deposit, and the attacker paying an unlabelled address:
	// neither is laundering.
	if got := stage(e.Run(ctx, blockOf(t, 3, txSpec{key: bystander, to: tornado01, value: 1e17}, txSpec{key: attacker, to: common.HexToAddress("0x2"), value: 1})), "laundering"); len(got) != 0 {
		t.Fatalf("bystander or unlabelled payment flagged: %+v", got)
	}
	// The mule deposits into Tornado, and the attacker moves tokens to it.
	token := common.HexToAddress("0x7")
	got := stage(e.Run(ctx, blockOf(t, 4,
		txSpec{key: mule, to: tornado01, value: 1e17},
		txSpec{key: attacker, to: token, logs: []*types.Log{transferLog(token, attackerAddr, tornado01, 1000)}},
	)), "laundering")
	if len(got) != 2 {
		t.Fatalf("%d laundering alerts, want 2: %+v", len(got), got)
	}
	for _, a := range got {
		if a.Severity != alert.SeverityCritical || a.Monitor != "m" || a.Labels["exploiter"] != attackerAddr.Hex() || !strings.Contains(a.Title, "Tornado") || a.Fingerprint == "" {
			t.Errorf("laundering alert incomplete: %+v", a)
		}
	}
	if got[0].From != muleAddr || !strings.Contains(got[0].Title, "1 hop") {
		t.Errorf("first alert should be the mule's deposit one hop from the exploiter: %+v", got[0])
	}
	if got[1].From != attackerAddr || !strings.Contains(got[1].Evidence[3].Value, "1000 units of token") {
		t.Errorf("second alert should be the attacker's token transfer: %+v", got[1])
	}
}

func TestLaunderingWatchExpires(t *testing.T) {
	attacker, _ := crypto.GenerateKey()
	attackerAddr := crypto.PubkeyToAddress(attacker.PublicKey)
	victim := common.HexToAddress("0x1")
	e := engine(t, factory("reentrancy", func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
		for i, tx := range b.Block.Transactions() {
			if b.Senders[i] == attackerAddr && *tx.To() == victim {
				emit(alert.Alert{TxHash: tx.Hash(), TxIndex: i, Severity: alert.SeverityHigh, Confidence: 0.9, Title: "reentrancy", Labels: map[string]string{"kind": "reentrancy"}})
			}
		}
		return nil
	}))
	ctx := context.Background()
	e.Run(ctx, blockOf(t, 10, txSpec{key: attacker, to: victim}))
	if got := stage(e.Run(ctx, blockOf(t, 10+7200+1, txSpec{key: attacker, to: tornado01, value: 1e17})), "laundering"); len(got) != 0 {
		t.Fatalf("deposit a day after the exploit still flagged: %+v", got)
	}
}
