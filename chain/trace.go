package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// CallFrame is one call of a transaction's call tree, as go-ethereum's
// callTracer reports it (field names match its JSON).
type CallFrame struct {
	Type         string         `json:"type"` // CALL, STATICCALL, DELEGATECALL, CREATE, ...
	From         common.Address `json:"from"`
	To           common.Address `json:"to"` // zero for a failed CREATE
	Value        *hexutil.Big   `json:"value,omitempty"`
	Gas          hexutil.Uint64 `json:"gas"`
	GasUsed      hexutil.Uint64 `json:"gasUsed"`
	Input        hexutil.Bytes  `json:"input"`
	Output       hexutil.Bytes  `json:"output,omitempty"`
	Error        string         `json:"error,omitempty"`
	RevertReason string         `json:"revertReason,omitempty"`
	Calls        []CallFrame    `json:"calls,omitempty"`
	Logs         []CallLog      `json:"logs,omitempty"` // with tracerConfig.withLog
}

// CallLog is a log emitted inside a call frame. Position counts the
// sub-calls made before the log was emitted, which orders logs among calls.
type CallLog struct {
	Address  common.Address `json:"address"`
	Topics   []common.Hash  `json:"topics"`
	Data     hexutil.Bytes  `json:"data"`
	Index    hexutil.Uint   `json:"index"`
	Position hexutil.Uint   `json:"position"`
}

// TxTrace is one transaction's call tree, or the error the node gave when
// it could not trace it.
type TxTrace struct {
	TxHash common.Hash `json:"txHash"`
	Result *CallFrame  `json:"result"`
	Error  string      `json:"error,omitempty"`
}
