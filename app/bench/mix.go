package bench

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/contracts/bindings/lendingpool"
	"github.com/warden-dev/warden/contracts/bindings/stablecoin"
	"github.com/warden-dev/warden/contracts/bindings/uniswapv2router02"
	"github.com/warden-dev/warden/contracts/bindings/weth9"
	"github.com/warden-dev/warden/contracts/demoprotocol"
)

// Parsed bindings; stateless, so shared.
var (
	erc20ABI   = stablecoin.NewStableCoin() // WETH9 has the same transfer/approve selectors
	stableABI  = stablecoin.NewStableCoin()
	wethABI    = weth9.NewWETH9()
	routerABI  = uniswapv2router02.NewUniswapV2Router02()
	lendingABI = lendingpool.NewLendingPool()
	maxUint256 = new(big.Int).Set(math.MaxBig256)
)

// opKind is one kind of filler transaction.
type opKind uint8

const (
	opTransferStable opKind = iota
	opTransferWETH
	opSwapStableForWETH
	opSwapWETHForStable
	opSupply
	opBorrow
	opRepay
	opDepositCollateral
	numOpKinds
)

func (k opKind) String() string {
	switch k {
	case opTransferStable:
		return "transfer dUSD"
	case opTransferWETH:
		return "transfer WETH"
	case opSwapStableForWETH:
		return "swap dUSD->WETH"
	case opSwapWETHForStable:
		return "swap WETH->dUSD"
	case opSupply:
		return "supply"
	case opBorrow:
		return "borrow"
	case opRepay:
		return "repay"
	case opDepositCollateral:
		return "deposit collateral"
	default:
		return fmt.Sprintf("op(%d)", uint8(k))
	}
}

// Amounts, all tiny next to what set-up gives each sender (see fundingFor),
// so no balance, allowance, borrow limit or pool liquidity can run out
// however long the fill is. Swaps in the two directions are worth the same
// (20 dUSD ~ 0.01 WETH at the initial 2,000 dUSD/WETH) and come in equal
// numbers, so the oracle pair's price, and with it every borrow limit, stays
// put.
var (
	swapStableIn   = milli(20_000)          // 20 dUSD
	swapWETHIn     = milli(10)              // 0.01 WETH
	supplyAmount   = milli(10_000)          // 10 dUSD
	borrowUnits    = int64(10)              // dUSD per borrow
	repayUnits     = int64(5)               // dUSD per repay; smaller than a borrow, so debt never reaches 0 after the first borrow
	depositAmount  = milli(1)               // 0.001 WETH
	maxStableOut   = demoprotocol.Ether(20) // the most dUSD any single filler transaction takes from its sender
	maxWETHOut     = milli(10)              // the most WETH any single filler transaction takes from its sender
	transferStable = big.NewInt(1e17)       // unit of dUSD transfers (0.1 .. 5 dUSD)
	transferWETH   = big.NewInt(1e14)       // unit of WETH transfers (0.0001 .. 0.005 WETH)
)

// milli returns n * 1e15 (n thousandths of a token).
func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

// kindOf picks the kind of the transaction in slot j of filled block k;
// lending reports a lending call, whose exact kind depends on the sender's
// history (see planner.lending).
//
// m = (j + j/10 + k) mod 10 runs through every residue exactly once in each
// group of ten slots, so a block of 50 holds exactly 30 transfers (60%), 10
// swaps (20%, five each way) and 10 lending calls (20%). The j/10 term
// gives a sender with several slots in a block (with 10 senders: slots s,
// s+10, ...) a different kind in each; the k term rotates who does what
// from block to block.
func kindOf(k, j int) (kind opKind, lending bool) {
	switch m := (j + j/10 + k) % 10; {
	case m < 6 && m%2 == 0:
		return opTransferStable, false
	case m < 6:
		return opTransferWETH, false
	case m == 6:
		return opSwapStableForWETH, false
	case m == 7:
		return opSwapWETHForStable, false
	default:
		return 0, true
	}
}

// sender is one filler account; nonce is the next one to use, tracked here
// because the node's pending nonce lags behind transactions just sent.
type sender struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64

	lendSeq   int   // lending calls made so far, selects the next one
	debtUnits int64 // modelled debt in whole dUSD, so repay is only sent with debt outstanding
}

// planner turns (block, slot) into signed transactions. It is only used by
// one goroutine at a time, so its sender state needs no locking.
type planner struct {
	p           *demoprotocol.Protocol
	senders     []*sender
	sink        common.Address // transfer recipient when there is a single sender
	txsPerBlock int
	signer      types.Signer
	tip, feeCap *big.Int
	counts      [numOpKinds]int
}

// senderOf assigns slot j of block k round-robin over the senders, so with
// as many senders as slots each sends exactly one transaction per block, and
// with fewer each sends several with consecutive nonces (executed in nonce
// order, which keeps the debt model exact).
func (pl *planner) senderOf(k, j int) int {
	return (k*pl.txsPerBlock + j) % len(pl.senders)
}

// lending picks the next lending call of s. The cycle supply, borrow,
// deposit, repay keeps each borrower's debt positive before a repay (repay
// reverts with NoDebt otherwise) and growing by only 5 dUSD per cycle.
func (pl *planner) lending(s *sender) opKind {
	kind := [...]opKind{opSupply, opBorrow, opDepositCollateral, opRepay}[s.lendSeq%4]
	s.lendSeq++
	if kind == opRepay && s.debtUnits <= 0 {
		kind = opBorrow
	}
	return kind
}

// block builds and signs filled block k (0-based), advancing each
// sender's nonce. gates holds each sender's first transaction of the block
// (in slot order), rest the others: until its gate arrives, a sender's rest
// has a nonce gap and the pool keeps it out of any block (see fillBlocks).
func (pl *planner) block(k int) (gates, rest []string, err error) {
	first := make(map[int]bool, len(pl.senders))
	for j := range pl.txsPerBlock {
		si := pl.senderOf(k, j)
		s := pl.senders[si]
		kind, lending := kindOf(k, j)
		if lending {
			kind = pl.lending(s)
		}
		to, data, gas := pl.call(kind, k, j, si)
		raw, err := pl.sign(s, to, nil, gas, data)
		if err != nil {
			return nil, nil, fmt.Errorf("block %d slot %d (%s): %w", k, j, kind, err)
		}
		pl.counts[kind]++
		if !first[si] {
			first[si] = true
			gates = append(gates, raw)
		} else {
			rest = append(rest, raw)
		}
	}
	return gates, rest, nil
}

// call returns the target, calldata and gas limit of one filler transaction
// and updates the sender's debt model.
func (pl *planner) call(kind opKind, k, j, si int) (common.Address, []byte, uint64) {
	s := pl.senders[si]
	// Vary transfer amounts so the chain does not look machine-made to a
	// detector keyed on exact values; (k*31 + j) mod 50 is deterministic.
	step := big.NewInt(int64(1 + (k*31+j)%50))
	switch kind {
	case opTransferStable:
		return pl.p.Stable, erc20ABI.PackTransfer(pl.peer(k, si), new(big.Int).Mul(transferStable, step)), demoprotocol.GasTransfer
	case opTransferWETH:
		return pl.p.WETH, erc20ABI.PackTransfer(pl.peer(k, si), new(big.Int).Mul(transferWETH, step)), demoprotocol.GasTransfer
	case opSwapStableForWETH:
		return pl.p.Router, routerABI.PackSwapExactTokensForTokens(swapStableIn, common.Big0,
			[]common.Address{pl.p.Stable, pl.p.WETH}, s.addr, maxUint256), demoprotocol.GasSwap
	case opSwapWETHForStable:
		return pl.p.Router, routerABI.PackSwapExactTokensForTokens(swapWETHIn, common.Big0,
			[]common.Address{pl.p.WETH, pl.p.Stable}, s.addr, maxUint256), demoprotocol.GasSwap
	case opSupply:
		return pl.p.LendingPool, lendingABI.PackSupply(supplyAmount), demoprotocol.GasSupply
	case opBorrow:
		s.debtUnits += borrowUnits
		return pl.p.LendingPool, lendingABI.PackBorrow(demoprotocol.Ether(borrowUnits)), demoprotocol.GasBorrow
	case opRepay:
		s.debtUnits -= repayUnits
		return pl.p.LendingPool, lendingABI.PackRepay(demoprotocol.Ether(repayUnits)), demoprotocol.GasRepay
	default: // opDepositCollateral
		return pl.p.LendingPool, lendingABI.PackDepositCollateral(depositAmount), demoprotocol.GasDepositCollateral
	}
}

// peer is the recipient of sender si's transfers in block k: another
// sender, rotating with k so that money flows in every direction.
func (pl *planner) peer(k, si int) common.Address {
	n := len(pl.senders)
	if n == 1 {
		return pl.sink
	}
	return pl.senders[(si+1+k%(n-1))%n].addr
}

// sign builds a dynamic-fee transaction from s with its next nonce and
// returns it RLP-encoded as hex, ready for eth_sendRawTransaction. Gas limits
// are fixed: estimating would cost a round trip each and cannot see the
// transactions still waiting in the same block anyway.
func (pl *planner) sign(s *sender, to common.Address, value *big.Int, gas uint64, data []byte) (string, error) {
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(s.key, pl.signer, &types.DynamicFeeTx{
		ChainID:   pl.signer.ChainID(),
		Nonce:     s.nonce,
		GasTipCap: pl.tip,
		GasFeeCap: pl.feeCap,
		Gas:       gas,
		To:        &to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return "", fmt.Errorf("sign tx from %s nonce %d: %w", s.addr.Hex(), s.nonce, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return "", fmt.Errorf("encode tx from %s nonce %d: %w", s.addr.Hex(), s.nonce, err)
	}
	s.nonce++
	return hexutil.Encode(raw), nil
}
