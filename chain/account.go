package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// CodeReader and BalanceReader are the direct account reads some state
// readers offer (ethclient.Client does). StateReader itself only promises
// eth_call, so IsContract and BalanceAt fall back to an eth_call when the
// reader lacks them: every node answers eth_call, and detectors then work
// against any StateReader without widening that interface.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// BalanceReader reads an account's ether balance at a block.
type BalanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// delegationPrefix starts an EIP-7702 delegation designator: an externally
// owned account that delegated its code is still an EOA (a person's key).
var delegationPrefix = []byte{0xef, 0x01, 0x00}

// IsContract reports whether account holds contract code at block (nil =
// latest). An EOA with an EIP-7702 delegation counts as an EOA.
func IsContract(ctx context.Context, r StateReader, account common.Address, block *big.Int) (bool, error) {
	var size int
	var head []byte
	if cr, ok := r.(CodeReader); ok {
		code, err := cr.CodeAt(ctx, account, block)
		if err != nil {
			return false, fmt.Errorf("code of %s at block %v: %w", account.Hex(), block, err)
		}
		size, head = len(code), code
	} else {
		out, err := r.CallContract(ctx, ethereum.CallMsg{Data: codeProbe(account)}, block)
		if err != nil {
			return false, fmt.Errorf("code of %s at block %v (eth_call probe): %w", account.Hex(), block, err)
		}
		if len(out) != 64 {
			return false, fmt.Errorf("code of %s at block %v: eth_call probe returned %d bytes, want 64", account.Hex(), block, len(out))
		}
		sz := new(big.Int).SetBytes(out[:32])
		if !sz.IsInt64() {
			return false, fmt.Errorf("code of %s at block %v: absurd code size %s", account.Hex(), block, sz)
		}
		size, head = int(sz.Int64()), out[32:]
	}
	if size == 0 {
		return false, nil
	}
	if size == 23 && bytes.HasPrefix(head, delegationPrefix) {
		return false, nil
	}
	return true, nil
}

// BalanceAt reads account's ether balance at block (nil = latest).
func BalanceAt(ctx context.Context, r StateReader, account common.Address, block *big.Int) (*big.Int, error) {
	if br, ok := r.(BalanceReader); ok {
		bal, err := br.BalanceAt(ctx, account, block)
		if err != nil {
			return nil, fmt.Errorf("ether balance of %s at block %v: %w", account.Hex(), block, err)
		}
		return bal, nil
	}
	out, err := r.CallContract(ctx, ethereum.CallMsg{Data: balanceProbe(account)}, block)
	if err != nil {
		return nil, fmt.Errorf("ether balance of %s at block %v (eth_call probe): %w", account.Hex(), block, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("ether balance of %s at block %v: eth_call probe returned %d bytes, want 32", account.Hex(), block, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// codeProbe is init code, run by an eth_call without a recipient, that
// returns 64 bytes: EXTCODESIZE(account) and the first 32 bytes of its code.
//
//	PUSH20 a; EXTCODESIZE; PUSH1 0; MSTORE
//	PUSH1 32; PUSH1 0; PUSH1 32; PUSH20 a; EXTCODECOPY
//	PUSH1 64; PUSH1 0; RETURN
func codeProbe(a common.Address) []byte {
	p := []byte{0x73}
	p = append(p, a.Bytes()...)
	p = append(p, 0x3b, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0x60, 0x20, 0x73)
	p = append(p, a.Bytes()...)
	return append(p, 0x3c, 0x60, 0x40, 0x60, 0x00, 0xf3)
}

// balanceProbe is init code that returns BALANCE(account) as one word.
//
//	PUSH20 a; BALANCE; PUSH1 0; MSTORE; PUSH1 32; PUSH1 0; RETURN
func balanceProbe(a common.Address) []byte {
	p := []byte{0x73}
	p = append(p, a.Bytes()...)
	return append(p, 0x31, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3)
}
