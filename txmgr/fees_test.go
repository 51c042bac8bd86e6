package txmgr_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"

	"github.com/warden-dev/warden/txmgr"
)

func TestRaiseClearsGethsTenPercentRule(t *testing.T) {
	for _, v := range []int64{0, 1, 3, 7, 9, 10, 11, 99, 1_000_000_007, 30_000_000_000} {
		old := big.NewInt(v)
		got := txmgr.Raise(old)
		// geth: strictly higher, and at least old*110/100 (integer division).
		threshold := new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(110)), big.NewInt(100))
		if got.Cmp(old) <= 0 || got.Cmp(threshold) < 0 {
			t.Fatalf("raise(%d) = %s, geth wants > %d and >= %s", v, got, v, threshold)
		}
		// And not much more than 12.5% (+1 wei of rounding).
		ceiling := new(big.Int).Add(new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(1125)), big.NewInt(1000)), big.NewInt(1))
		if got.Cmp(ceiling) > 0 {
			t.Fatalf("raise(%d) = %s, more than 12.5%%", v, got)
		}
	}
}

// rpcError is a node's JSON-RPC error as ethclient returns it.
type rpcError struct {
	msg  string
	code int
}

func (e rpcError) Error() string  { return e.msg }
func (e rpcError) ErrorCode() int { return e.code }

func TestClassifyNodeAnswers(t *testing.T) {
	for _, c := range []struct {
		err      error
		accepted bool
		refused  bool
		kind     error
	}{
		{nil, true, false, nil},
		{txpool.ErrAlreadyKnown, true, false, nil},
		{fmt.Errorf("%w: next nonce 5, tx nonce 4", core.ErrNonceTooLow), false, true, txmgr.ErrNonceTooLow},
		{fmt.Errorf("%w: balance 1, tx cost 2, overshot 1", core.ErrInsufficientFunds), false, true, txmgr.ErrInsufficientFunds},
		{txpool.ErrReplaceUnderpriced, false, true, txmgr.ErrUnderpriced},
		{txpool.ErrUnderpriced, false, true, txmgr.ErrUnderpriced},
		{fmt.Errorf("%w: gas tip cap 0, minimum needed 1", txpool.ErrTxGasPriceTooLow), false, true, txmgr.ErrUnderpriced},
		{rpcError{"intrinsic gas too low: gas 1, minimum needed 21000", -32000}, false, true, txmgr.ErrRejected},
		{rpcError{"daily request count exceeded, request rate limited", -32005}, false, false, nil},
		{errors.New("connection reset by peer"), false, false, nil},
	} {
		accepted, refused, kind := txmgr.Classify(c.err)
		if accepted != c.accepted || refused != c.refused || kind != c.kind {
			t.Errorf("%v: accepted %v refused %v kind %v; want %v %v %v", c.err, accepted, refused, kind, c.accepted, c.refused, c.kind)
		}
	}
}
