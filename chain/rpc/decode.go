package rpc

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Catch-up spends much of its client-side time decoding JSON. go-ethereum's
// generated decoders for Header, Receipt and Log each call json.Unmarshal
// on their own bytes, so a receipt list is validated three times over
// (list, receipt, log) and a block twice more (once to pick the header out
// of the whole block, skipping every transaction, once for the body). The
// types below decode a block and a receipt list in one pass each; every
// result is still checked against the block's roots and hash, which is what
// makes a decoding slip an error rather than a wrong block.

// rpcFullBlock is an eth_getBlockBy*(…, true) answer: header and body.
type rpcFullBlock struct {
	ParentHash          common.Hash      `json:"parentHash"`
	UncleHash           common.Hash      `json:"sha3Uncles"`
	Coinbase            common.Address   `json:"miner"`
	Root                common.Hash      `json:"stateRoot"`
	TxHash              common.Hash      `json:"transactionsRoot"`
	ReceiptHash         common.Hash      `json:"receiptsRoot"`
	Bloom               *types.Bloom     `json:"logsBloom"`
	Difficulty          *hexutil.Big     `json:"difficulty"`
	Number              *hexutil.Big     `json:"number"`
	GasLimit            *hexutil.Uint64  `json:"gasLimit"`
	GasUsed             *hexutil.Uint64  `json:"gasUsed"`
	Time                *hexutil.Uint64  `json:"timestamp"`
	Extra               *hexutil.Bytes   `json:"extraData"`
	MixDigest           common.Hash      `json:"mixHash"`
	Nonce               types.BlockNonce `json:"nonce"`
	BaseFee             *hexutil.Big     `json:"baseFeePerGas"`
	WithdrawalsHash     *common.Hash     `json:"withdrawalsRoot"`
	BlobGasUsed         *hexutil.Uint64  `json:"blobGasUsed"`
	ExcessBlobGas       *hexutil.Uint64  `json:"excessBlobGas"`
	ParentBeaconRoot    *common.Hash     `json:"parentBeaconBlockRoot"`
	RequestsHash        *common.Hash     `json:"requestsHash"`
	BlockAccessListHash *common.Hash     `json:"blockAccessListHash"`
	SlotNumber          *hexutil.Uint64  `json:"slotNumber"`

	rpcBlock
}

// header builds the header; missing required fields are errors.
func (b *rpcFullBlock) header() (*types.Header, error) {
	switch {
	case b.Bloom == nil:
		return nil, errors.New("missing logsBloom")
	case b.Difficulty == nil:
		return nil, errors.New("missing difficulty")
	case b.Number == nil:
		return nil, errors.New("missing number")
	case b.GasLimit == nil:
		return nil, errors.New("missing gasLimit")
	case b.GasUsed == nil:
		return nil, errors.New("missing gasUsed")
	case b.Time == nil:
		return nil, errors.New("missing timestamp")
	case b.Extra == nil:
		return nil, errors.New("missing extraData")
	}
	h := &types.Header{
		ParentHash: b.ParentHash, UncleHash: b.UncleHash, Coinbase: b.Coinbase, Root: b.Root,
		TxHash: b.TxHash, ReceiptHash: b.ReceiptHash, Bloom: *b.Bloom,
		Difficulty: (*big.Int)(b.Difficulty), Number: (*big.Int)(b.Number),
		GasLimit: uint64(*b.GasLimit), GasUsed: uint64(*b.GasUsed), Time: uint64(*b.Time),
		Extra: *b.Extra, MixDigest: b.MixDigest, Nonce: b.Nonce,
		BaseFee:          (*big.Int)(b.BaseFee),
		WithdrawalsHash:  b.WithdrawalsHash,
		ParentBeaconRoot: b.ParentBeaconRoot, RequestsHash: b.RequestsHash,
		BlockAccessListHash: b.BlockAccessListHash,
	}
	if b.BlobGasUsed != nil {
		v := uint64(*b.BlobGasUsed)
		h.BlobGasUsed = &v
	}
	if b.ExcessBlobGas != nil {
		v := uint64(*b.ExcessBlobGas)
		h.ExcessBlobGas = &v
	}
	if b.SlotNumber != nil {
		v := uint64(*b.SlotNumber)
		h.SlotNumber = &v
	}
	return h, nil
}

// rpcReceipt is one eth_getBlockReceipts entry.
type rpcReceipt struct {
	Type              *hexutil.Uint64 `json:"type"`
	PostState         *hexutil.Bytes  `json:"root"`
	Status            *hexutil.Uint64 `json:"status"`
	CumulativeGasUsed *hexutil.Uint64 `json:"cumulativeGasUsed"`
	Bloom             *types.Bloom    `json:"logsBloom"`
	Logs              []*rpcLog       `json:"logs"`
	TxHash            *common.Hash    `json:"transactionHash"`
	ContractAddress   *common.Address `json:"contractAddress"`
	GasUsed           *hexutil.Uint64 `json:"gasUsed"`
	EffectiveGasPrice *hexutil.Big    `json:"effectiveGasPrice"`
	BlobGasUsed       *hexutil.Uint64 `json:"blobGasUsed"`
	BlobGasPrice      *hexutil.Big    `json:"blobGasPrice"`
	BlockHash         *common.Hash    `json:"blockHash"`
	BlockNumber       *hexutil.Big    `json:"blockNumber"`
	TransactionIndex  *hexutil.Uint   `json:"transactionIndex"`
}

type rpcLog struct {
	Address        *common.Address `json:"address"`
	Topics         []common.Hash   `json:"topics"`
	Data           *hexutil.Bytes  `json:"data"`
	BlockNumber    *hexutil.Uint64 `json:"blockNumber"`
	TxHash         *common.Hash    `json:"transactionHash"`
	TxIndex        *hexutil.Uint   `json:"transactionIndex"`
	BlockHash      *common.Hash    `json:"blockHash"`
	BlockTimestamp *hexutil.Uint64 `json:"blockTimestamp"`
	Index          *hexutil.Uint   `json:"logIndex"`
	Removed        *bool           `json:"removed"`
}

func (r *rpcReceipt) receipt(i int) (*types.Receipt, error) {
	switch {
	case r.CumulativeGasUsed == nil:
		return nil, fmt.Errorf("receipt %d: missing cumulativeGasUsed", i)
	case r.Bloom == nil:
		return nil, fmt.Errorf("receipt %d: missing logsBloom", i)
	case r.Logs == nil:
		return nil, fmt.Errorf("receipt %d: missing logs", i)
	case r.TxHash == nil:
		return nil, fmt.Errorf("receipt %d: missing transactionHash", i)
	case r.GasUsed == nil:
		return nil, fmt.Errorf("receipt %d: missing gasUsed", i)
	}
	out := &types.Receipt{
		CumulativeGasUsed: uint64(*r.CumulativeGasUsed),
		Bloom:             *r.Bloom,
		TxHash:            *r.TxHash,
		GasUsed:           uint64(*r.GasUsed),
		Logs:              make([]*types.Log, len(r.Logs)),
	}
	if r.Type != nil {
		out.Type = uint8(*r.Type)
	}
	if r.PostState != nil {
		out.PostState = *r.PostState
	}
	if r.Status != nil {
		out.Status = uint64(*r.Status)
	}
	if r.ContractAddress != nil {
		out.ContractAddress = *r.ContractAddress
	}
	out.EffectiveGasPrice = (*big.Int)(r.EffectiveGasPrice)
	if r.BlobGasUsed != nil {
		out.BlobGasUsed = uint64(*r.BlobGasUsed)
	}
	out.BlobGasPrice = (*big.Int)(r.BlobGasPrice)
	if r.BlockHash != nil {
		out.BlockHash = *r.BlockHash
	}
	out.BlockNumber = (*big.Int)(r.BlockNumber)
	if r.TransactionIndex != nil {
		out.TransactionIndex = uint(*r.TransactionIndex)
	}
	for j, l := range r.Logs {
		if l == nil || l.Address == nil || l.Topics == nil || l.Data == nil || l.TxHash == nil {
			return nil, fmt.Errorf("receipt %d: log %d lacks address, topics, data or transactionHash", i, j)
		}
		lg := &types.Log{Address: *l.Address, Topics: l.Topics, Data: *l.Data, TxHash: *l.TxHash}
		if l.BlockNumber != nil {
			lg.BlockNumber = uint64(*l.BlockNumber)
		}
		if l.TxIndex != nil {
			lg.TxIndex = uint(*l.TxIndex)
		}
		if l.BlockHash != nil {
			lg.BlockHash = *l.BlockHash
		}
		if l.BlockTimestamp != nil {
			lg.BlockTimestamp = uint64(*l.BlockTimestamp)
		}
		if l.Index != nil {
			lg.Index = uint(*l.Index)
		}
		if l.Removed != nil {
			lg.Removed = *l.Removed
		}
		out.Logs[j] = lg
	}
	return out, nil
}
