package safe_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/devchain"
	"github.com/warden-dev/warden/devchain/devchaintest"
	"github.com/warden-dev/warden/safe"
	"github.com/warden-dev/warden/signer"
)

// env is a 2-of-3 Safe on the embedded chain. Accounts 1-3 own it;
// account 0 deploys and account 4 is an outsider who submits.
type env struct {
	chain  *devchain.Chain
	client *ethclient.Client
	dep    *safe.Deployment
	addr   common.Address
	owners []*signer.Key
}

func setup(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c, client := devchaintest.Start(t, devchain.Config{Accounts: 6})
	acc := c.Accounts()
	dep, err := safe.Deploy(ctx, client, acc[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{chain: c, client: client, dep: dep}
	var owners []common.Address
	for _, a := range acc[1:4] {
		e.owners = append(e.owners, signer.NewKey(a.Key))
		owners = append(owners, a.Address)
	}
	if e.addr, err = dep.Create(ctx, client, acc[0].Key, owners, 2, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) reader() *safe.Reader { return safe.NewReader(e.client, e.addr) }

// send submits data to the Safe from key and waits for the receipt.
func (e *env) send(t *testing.T, key *ecdsa.PrivateKey, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(key, e.chain.ChainID())
	opts.Context, opts.Value = ctx, value
	tx, err := bind.NewBoundContract(e.addr, safeABI(), e.client, e.client, e.client).RawTransact(opts, data)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		r, err := e.client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", tx.Hash().Hex(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (e *env) sign(t *testing.T, k *signer.Key, h common.Hash) safe.Candidate {
	t.Helper()
	ds, err := k.SignDigest(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := safe.FromDigestSignature(ds)
	if err != nil {
		t.Fatal(err)
	}
	return safe.Candidate{Claimed: k.Address(), Sig: sig, Source: "test"}
}

// ethSign signs h the way eth_sign does: over the prefixed message, v+4.
func ethSign(t *testing.T, key *ecdsa.PrivateKey, h common.Hash) []byte {
	t.Helper()
	msg := crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), h[:])
	sig, err := crypto.Sign(msg, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27 + 4
	return sig
}

func TestHashMatchesContract(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	r := e.reader()
	if v, err := r.Version(ctx); err != nil || v != safe.Version {
		t.Fatalf("VERSION() = %q, %v; want %s", v, err, safe.Version)
	}
	txs := []safe.Tx{
		{To: common.HexToAddress("0x1234"), Data: []byte{0x84, 0x56, 0xcb, 0x59}},
		{To: e.addr, Value: big.NewInt(1e18), Nonce: 7},
		{To: common.HexToAddress("0xdead"), Value: big.NewInt(3), Data: bytes.Repeat([]byte{0xab}, 100), Operation: safe.DelegateCall,
			SafeTxGas: 50_000, BaseGas: 21_000, GasPrice: big.NewInt(2e9), GasToken: common.HexToAddress("0xbeef"),
			RefundReceiver: common.HexToAddress("0xcafe"), Nonce: 1 << 40},
	}
	seen := map[common.Hash]bool{}
	for i, tx := range txs {
		local := safe.Hash(e.chain.ChainID(), e.addr, tx)
		onchain, err := r.TransactionHash(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		if local != onchain {
			t.Fatalf("tx %d: local hash %s, contract says %s", i, local.Hex(), onchain.Hex())
		}
		seen[local] = true
	}
	if len(seen) != len(txs) {
		t.Fatal("different transactions hashed alike")
	}
	// The hash binds the chain and the Safe: another of either gives another hash.
	if safe.Hash(big.NewInt(1), e.addr, txs[0]) == safe.Hash(e.chain.ChainID(), e.addr, txs[0]) ||
		safe.Hash(e.chain.ChainID(), common.HexToAddress("0x1"), txs[0]) == safe.Hash(e.chain.ChainID(), e.addr, txs[0]) {
		t.Fatal("hash ignores the domain")
	}
}

func TestStateOfNewSafeAndOfNonSafe(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	st, err := e.reader().State(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Threshold != 2 || st.Nonce != 0 || len(st.Owners) != 3 {
		t.Fatalf("state %+v, want 2 of 3 at nonce 0", st)
	}
	for _, o := range e.owners {
		if !st.IsOwner(o.Address()) {
			t.Fatalf("%s missing from owners %v", o.Address().Hex(), st.Owners)
		}
	}
	// An account without code is not a Safe, and the error says so.
	_, err = safe.NewReader(e.client, e.chain.Accounts()[5].Address).State(ctx, nil)
	if err == nil || !strings.Contains(err.Error(), "no Safe at this address") {
		t.Fatalf("reading a plain account: %v", err)
	}
}

// TestTwoOfThreeExecutes signs a value transfer with two owners (one over
// the hash, one eth_sign style), lets an outsider submit it, and finds the
// execution in the receipt and in the logs.
func TestTwoOfThreeExecutes(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	acc := e.chain.Accounts()
	outsider := acc[4]
	e.send(t, acc[0].Key, nil, big.NewInt(5e18)) // fund the Safe (receive())
	payee := common.HexToAddress("0x00000000000000000000000000000000000c0ffee")
	tx := safe.Tx{To: payee, Value: big.NewInt(1e18), Nonce: 0}
	h := safe.Hash(e.chain.ChainID(), e.addr, tx)
	st, err := e.reader().State(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cands := []safe.Candidate{
		{Claimed: e.owners[2].Address(), Sig: ethSign(t, acc[3].Key, h), Source: "eth_sign"},
		e.sign(t, e.owners[0], h),
	}
	valid, rejected := safe.Check(h, st.Owners, cands)
	if len(valid) != 2 || len(rejected) != 0 {
		t.Fatalf("valid %d rejected %v", len(valid), rejected)
	}
	sigs, err := safe.Pack(valid, st.Threshold)
	if err != nil {
		t.Fatal(err)
	}

	// Out of order the contract refuses them (GS026): sorting is not optional.
	reversed := append(append([]byte{}, sigs[65:]...), sigs[:65]...)
	if bytes.Compare(valid[0].Owner[:], valid[1].Owner[:]) >= 0 {
		t.Fatal("Check did not sort by owner")
	}
	_, err = e.client.CallContract(ctx, ethereum.CallMsg{From: outsider.Address, To: &e.addr, Data: safe.ExecData(tx, reversed)}, nil)
	if err == nil || !strings.Contains(err.Error(), "GS026") {
		t.Fatalf("reversed signatures: %v, want GS026", err)
	}

	rcpt := e.send(t, outsider.Key, safe.ExecData(tx, sigs), nil)
	if rcpt.Status != 1 {
		t.Fatal("execTransaction reverted")
	}
	ex := safe.ExecutionIn(rcpt, e.addr, h)
	if ex == nil || !ex.Success || ex.TxHash != rcpt.TxHash {
		t.Fatalf("execution in receipt: %+v", ex)
	}
	found, err := safe.FindExecution(ctx, e.client, e.addr, h, 0)
	if err != nil || found == nil || *found != *ex {
		t.Fatalf("FindExecution = %+v, %v; want %+v", found, err, ex)
	}
	if bal, _ := e.client.BalanceAt(ctx, payee, nil); bal.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("payee got %s", bal)
	}
	if st, _ := e.reader().State(ctx, nil); st.Nonce != 1 {
		t.Fatalf("nonce %d after execution, want 1", st.Nonce)
	}
	// A hash that never executed is not found.
	if none, err := safe.FindExecution(ctx, e.client, e.addr, common.HexToHash("0x42"), 0); err != nil || none != nil {
		t.Fatalf("unexecuted hash: %+v, %v", none, err)
	}
}

// TestOnChainApprovalCounts: an owner who called approveHash counts as a
// signature (v=1 entry), with one ECDSA signature that makes two.
func TestOnChainApprovalCounts(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	acc := e.chain.Accounts()
	tx := safe.Tx{To: common.HexToAddress("0x5151"), Nonce: 0}
	h := safe.Hash(e.chain.ChainID(), e.addr, tx)
	approver := e.owners[1]
	if ok, err := e.reader().ApprovedHash(ctx, approver.Address(), h); err != nil || ok {
		t.Fatalf("approved before approveHash: %v %v", ok, err)
	}
	if r := e.send(t, acc[2].Key, safeBind().PackApproveHash(h), nil); r.Status != 1 {
		t.Fatal("approveHash reverted")
	}
	if ok, err := e.reader().ApprovedHash(ctx, approver.Address(), h); err != nil || !ok {
		t.Fatalf("approved after approveHash: %v %v", ok, err)
	}
	valid := []safe.Signature{
		{Owner: approver.Address(), Sig: safe.ApprovedHashSignature(approver.Address()), Source: "approveHash"},
	}
	st, _ := e.reader().State(ctx, nil)
	more, _ := safe.Check(h, st.Owners, []safe.Candidate{e.sign(t, e.owners[2], h)})
	sigs, err := safe.Pack(append(valid, more...), 2)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := e.send(t, acc[4].Key, safe.ExecData(tx, sigs), nil)
	if ex := safe.ExecutionIn(rcpt, e.addr, h); rcpt.Status != 1 || ex == nil || !ex.Success {
		t.Fatalf("status %d execution %+v", rcpt.Status, ex)
	}
}
