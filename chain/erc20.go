package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TransferTopic is keccak256("Transfer(address,address,uint256)"), shared by
// ERC20 and ERC721; ERC20 transfers carry the amount in data, ERC721 in a
// fourth topic, which is how the two are told apart.
var TransferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// Transfer is a decoded ERC20 Transfer log.
type Transfer struct {
	Token    common.Address
	From, To common.Address
	Amount   *big.Int
	LogIndex uint
}

// DecodeTransfer returns the ERC20 transfer a log records, or false when the
// log is not one (wrong topic, ERC721 shape, malformed data).
func DecodeTransfer(l *types.Log) (Transfer, bool) {
	if len(l.Topics) != 3 || l.Topics[0] != TransferTopic || len(l.Data) != 32 {
		return Transfer{}, false
	}
	return Transfer{
		Token:    l.Address,
		From:     common.BytesToAddress(l.Topics[1].Bytes()),
		To:       common.BytesToAddress(l.Topics[2].Bytes()),
		Amount:   new(big.Int).SetBytes(l.Data),
		LogIndex: l.Index,
	}, true
}

var balanceOfSelector = crypto.Keccak256([]byte("balanceOf(address)"))[:4]

// BalanceOf reads an ERC20 balance at a block (nil = latest).
func BalanceOf(ctx context.Context, r StateReader, token, holder common.Address, block *big.Int) (*big.Int, error) {
	data := make([]byte, 0, 36)
	data = append(data, balanceOfSelector...)
	data = append(data, common.LeftPadBytes(holder.Bytes(), 32)...)
	out, err := r.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("balanceOf(%s) on token %s at block %v: %w", holder.Hex(), token.Hex(), block, err)
	}
	if len(out) < 32 {
		return nil, fmt.Errorf("balanceOf(%s) on token %s at block %v: %d-byte answer, want 32 (not an ERC20?)", holder.Hex(), token.Hex(), block, len(out))
	}
	return new(big.Int).SetBytes(out[:32]), nil
}
