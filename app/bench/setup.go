package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/warden-dev/warden/contracts/demoprotocol"
	"github.com/warden-dev/warden/devchain"
)

// senderSeed prefixes the preimage of every filler key. The filler uses its
// own accounts rather than the chain's dev accounts so that Fill works on
// a chain started with any number of accounts and so that the filled
// blocks come from addresses no other part of Warden uses.
const senderSeed = "warden-bench-sender-"

// senderKey derives filler key i deterministically (see devchain's devKey:
// the counter only exists for the astronomically rare invalid scalar).
func senderKey(i int) (*ecdsa.PrivateKey, error) {
	for attempt := range 16 {
		pre := senderSeed + strconv.Itoa(i)
		if attempt > 0 {
			pre += "-" + strconv.Itoa(attempt)
		}
		if key, err := crypto.ToECDSA(crypto.Keccak256([]byte(pre))); err == nil {
			return key, nil
		}
	}
	return nil, fmt.Errorf("no valid key for sender %d", i)
}

func newSenders(n int) ([]*sender, error) {
	out := make([]*sender, n)
	for i := range out {
		key, err := senderKey(i)
		if err != nil {
			return nil, err
		}
		out[i] = &sender{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	}
	return out, nil
}

// funding is what set-up gives every sender.
type funding struct {
	eth, stable, weth, collateral *big.Int
}

// fundingFor sizes each sender's balances from the number of transactions
// it will send, with the worst case per transaction (a 20 dUSD or 0.01
// WETH outflow, gas at the full fee cap) so that nothing can run out
// whatever the mix, plus margins. Incoming transfers only add to this.
func fundingFor(txsPerSender int, feeCap *big.Int) funding {
	n := big.NewInt(int64(txsPerSender))
	eth := new(big.Int).Mul(n, big.NewInt(demoprotocol.GasSwap))
	eth.Mul(eth, feeCap)
	eth.Add(eth, big.NewInt(params.Ether))

	stable := new(big.Int).Mul(n, maxStableOut)
	stable.Add(stable, demoprotocol.Ether(1_000))

	// Collateral backs borrows of 10 dUSD in at most one of every ten
	// transactions: 15,000 dUSD of limit at 2,000 dUSD/WETH and 75% LTV for
	// the first 10 WETH, one more WETH per 200 transactions beyond that.
	collateral := demoprotocol.Ether(10 + int64(txsPerSender)/200)

	weth := new(big.Int).Mul(n, maxWETHOut)
	weth.Add(weth, collateral)
	weth.Add(weth, demoprotocol.Ether(1))
	return funding{eth: eth, stable: stable, weth: weth, collateral: collateral}
}

// setup funds every sender (gas money, dUSD, WETH), approves the lending
// pool and the router for both tokens from every sender and deposits each
// sender's collateral, in two rounds of batched transactions, each sealed
// by hand. The chain must already be in manual mode.
func setup(ctx context.Context, c *devchain.Chain, rc *rpc.Client, pl *planner, admin *sender, fund funding) error {
	// Round 1: everything comes from the admin, with consecutive nonces.
	adminNonce, err := nonces(ctx, rc, []common.Address{admin.addr})
	if err != nil {
		return err
	}
	admin.nonce = adminNonce[0]
	p := pl.p
	var raws, labels []string
	add := func(label string, s *sender, to common.Address, value *big.Int, gas uint64, data []byte) error {
		raw, err := pl.sign(s, to, value, gas, data)
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
		raws = append(raws, raw)
		labels = append(labels, label)
		return nil
	}
	for _, s := range pl.senders {
		if err := add("send gas money to "+s.addr.Hex(), admin, s.addr, fund.eth, params.TxGas, nil); err != nil {
			return err
		}
		if err := add("mint dUSD to "+s.addr.Hex(), admin, p.Stable, nil, demoprotocol.GasMint, stableABI.PackMint(s.addr, fund.stable)); err != nil {
			return err
		}
	}
	totalWETH := new(big.Int).Mul(fund.weth, big.NewInt(int64(len(pl.senders))))
	if err := add("wrap ETH for the senders", admin, p.WETH, totalWETH, demoprotocol.GasWrap, wethABI.PackDeposit()); err != nil {
		return err
	}
	for _, s := range pl.senders {
		if err := add("transfer WETH to "+s.addr.Hex(), admin, p.WETH, nil, demoprotocol.GasTransfer, erc20ABI.PackTransfer(s.addr, fund.weth)); err != nil {
			return err
		}
	}
	if err := runRound(ctx, c, rc, raws, labels); err != nil {
		return fmt.Errorf("fund senders: %w", err)
	}

	// Round 2: every sender approves and deposits collateral. Senders are
	// fresh accounts, but read their nonces anyway so that a second Fill on
	// the same chain works.
	addrs := make([]common.Address, len(pl.senders))
	for i, s := range pl.senders {
		addrs[i] = s.addr
	}
	ns, err := nonces(ctx, rc, addrs)
	if err != nil {
		return err
	}
	raws, labels = raws[:0], labels[:0]
	for i, s := range pl.senders {
		s.nonce = ns[i]
		for _, a := range []struct {
			what           string
			token, spender common.Address
		}{
			{"approve lending pool for dUSD", p.Stable, p.LendingPool},
			{"approve lending pool for WETH", p.WETH, p.LendingPool},
			{"approve router for dUSD", p.Stable, p.Router},
			{"approve router for WETH", p.WETH, p.Router},
		} {
			if err := add(a.what+" from "+s.addr.Hex(), s, a.token, nil, demoprotocol.GasApprove, erc20ABI.PackApprove(a.spender, maxUint256)); err != nil {
				return err
			}
		}
		if err := add("deposit collateral from "+s.addr.Hex(), s, p.LendingPool, nil, demoprotocol.GasDepositCollateral, lendingABI.PackDepositCollateral(fund.collateral)); err != nil {
			return err
		}
	}
	if err := runRound(ctx, c, rc, raws, labels); err != nil {
		return fmt.Errorf("approve and deposit collateral: %w", err)
	}
	return nil
}

// runRound sends a set-up round, seals blocks until the pool is empty (a
// large round may not fit one block) and checks every receipt.
func runRound(ctx context.Context, c *devchain.Chain, rc *rpc.Client, raws, labels []string) error {
	hashes, err := sendRaw(ctx, rc, raws)
	if err != nil {
		return err
	}
	if err := waitPool(ctx, rc, len(raws), poolTimeout); err != nil {
		return err
	}
	// Each block takes at least one transaction, so len(raws) blocks always suffice.
	for range len(raws) {
		if c.Commit() == (common.Hash{}) {
			return devchain.ErrClosed
		}
		st, err := txpoolStatus(ctx, rc)
		if err != nil {
			return err
		}
		if st.Pending == 0 && st.Queued == 0 {
			break
		}
	}
	rs, err := txReceipts(ctx, rc, hashes)
	if err != nil {
		return err
	}
	for i, r := range rs {
		switch {
		case r == nil:
			return fmt.Errorf("%s (tx %s): not mined", labels[i], hashes[i].Hex())
		case r.Status != types.ReceiptStatusSuccessful:
			return fmt.Errorf("%s (tx %s, block %d): %w", labels[i], hashes[i].Hex(), r.BlockNumber, demoprotocol.ErrReverted)
		}
	}
	return nil
}
