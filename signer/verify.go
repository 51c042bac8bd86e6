package signer

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// verifySignedTx checks that got is want, field for field, signed by from
// for chainID. A remote signer that changes the nonce, the recipient, the
// calldata or the fees would otherwise make Warden broadcast a transaction
// it never decided on.
func verifySignedTx(want, got *types.Transaction, chainID *big.Int, from common.Address) error {
	if got.Type() != want.Type() {
		return fmt.Errorf("transaction type is %d, asked for %d", got.Type(), want.Type())
	}
	if got.ChainId().Cmp(chainID) != 0 {
		return fmt.Errorf("chain ID is %s, asked for %s", got.ChainId(), chainID)
	}
	if got.Nonce() != want.Nonce() {
		return fmt.Errorf("nonce is %d, asked for %d", got.Nonce(), want.Nonce())
	}
	if !sameAddress(got.To(), want.To()) {
		return fmt.Errorf("recipient is %s, asked for %s", addrString(got.To()), addrString(want.To()))
	}
	if got.Value().Cmp(want.Value()) != 0 {
		return fmt.Errorf("value is %s wei, asked for %s", got.Value(), want.Value())
	}
	if got.Gas() != want.Gas() {
		return fmt.Errorf("gas limit is %d, asked for %d", got.Gas(), want.Gas())
	}
	if !bytes.Equal(got.Data(), want.Data()) {
		return fmt.Errorf("calldata differs (%d bytes, asked for %d)", len(got.Data()), len(want.Data()))
	}
	switch want.Type() {
	case types.DynamicFeeTxType:
		if got.GasFeeCap().Cmp(want.GasFeeCap()) != 0 {
			return fmt.Errorf("maxFeePerGas is %s, asked for %s", got.GasFeeCap(), want.GasFeeCap())
		}
		if got.GasTipCap().Cmp(want.GasTipCap()) != 0 {
			return fmt.Errorf("maxPriorityFeePerGas is %s, asked for %s", got.GasTipCap(), want.GasTipCap())
		}
	default:
		if got.GasPrice().Cmp(want.GasPrice()) != 0 {
			return fmt.Errorf("gasPrice is %s, asked for %s", got.GasPrice(), want.GasPrice())
		}
	}
	if len(got.AccessList()) != len(want.AccessList()) || (len(want.AccessList()) > 0 && !reflect.DeepEqual(got.AccessList(), want.AccessList())) {
		return errors.New("access list differs")
	}
	// Catch-all for anything not compared above: the signing hash covers
	// every signed field.
	s := types.LatestSignerForChainID(chainID)
	if s.Hash(got) != s.Hash(want) {
		return errors.New("transaction differs from the one asked for")
	}
	sender, err := types.Sender(s, got)
	if err != nil {
		return fmt.Errorf("signature does not recover: %w", err)
	}
	if sender != from {
		return fmt.Errorf("signed by %s, not %s", sender.Hex(), from.Hex())
	}
	return nil
}

// verifyDigestSig checks a [R || S || V] signature (V in {27, 28}) over
// hash recovers to from.
func verifyDigestSig(hash []byte, sig []byte, from common.Address) error {
	rsv := bytes.Clone(sig)
	rsv[64] -= 27
	pub, err := crypto.SigToPub(hash, rsv)
	if err != nil {
		return fmt.Errorf("signature does not recover: %w", err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != from {
		return fmt.Errorf("signed by %s, not %s", got.Hex(), from.Hex())
	}
	return nil
}

func sameAddress(a, b *common.Address) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func addrString(a *common.Address) string {
	if a == nil {
		return "none (contract creation)"
	}
	return a.Hex()
}
