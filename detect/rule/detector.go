package rule

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"

	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/abidecode"
	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/detect"
)

// detector runs one compiled rule.
type detector struct {
	prog       *program
	spec       detect.Spec
	mon        *detect.Monitor
	state      chain.StateReader
	logger     *slog.Logger
	traceAddrs []common.Address

	// last holds the state values read at the end of the previous block
	// evaluated, which are this block's "prev" when it is its parent: an
	// invariant checked every block then costs one eth_call per variable.
	mu   sync.Mutex
	last stateSnapshot
}

type stateSnapshot struct {
	block common.Hash
	vals  []ref.Val
}

// Requirements: traces for internal-call rules; and a rule bound to one of
// the monitor's contracts (every event or call rule, a tx rule naming a
// contract) only needs blocks that touch the monitor. Block invariants and
// unbound tx rules see every block.
func (d *detector) Requirements() detect.Requirements {
	r := detect.Requirements{Scoped: d.prog.match != matchBlock && d.prog.target != nil}
	if len(d.traceAddrs) > 0 {
		r.Traces, r.TraceAddresses = true, d.traceAddrs
	}
	return r
}

// evaluation is one block's run of the rule.
type evaluation struct {
	d    *detector
	ctx  context.Context
	b    *chain.Bundle
	emit func(alert.Alert)

	blockVal map[string]any
	state    map[string]any // nil until first needed
	stateEv  []alert.Evidence
	stateErr error

	failed   int
	firstErr error
}

func (d *detector) Detect(ctx context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
	ev := &evaluation{d: d, ctx: ctx, b: b, emit: emit, blockVal: blockValue(b)}
	switch d.prog.match {
	case matchBlock:
		ev.evalBlock()
	case matchTx:
		ev.evalTxs()
	case matchEvent:
		ev.evalEvents()
	case matchCall:
		ev.evalCalls()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if ev.failed > 0 {
		return fmt.Errorf("rule %s: %d match(es) in block %d skipped because the rule could not be evaluated; first: %w",
			d.spec.Name, ev.failed, b.Number(), ev.firstErr)
	}
	return nil
}

func (ev *evaluation) fail(err error) {
	ev.failed++
	if ev.firstErr == nil {
		ev.firstErr = err
	}
}

// match is one candidate the condition is evaluated on.
type match struct {
	where    string // for error messages: "tx 0x... log 3"
	key      string
	txIndex  int
	txHash   common.Hash
	vars     map[string]any
	evidence []alert.Evidence
	what     string // for the default title: "Borrowed on LendingPool"
	// decodeErr is set when the event or call did not fully decode; a
	// condition that then fails is the input's fault (anyone can send
	// malformed calldata), not the rule's, and is skipped quietly.
	decodeErr error
}

func (ev *evaluation) vars() map[string]any {
	return map[string]any{"block": ev.blockVal, "contracts": ev.d.prog.contracts}
}

func (ev *evaluation) evalBlock() {
	ev.try(match{where: fmt.Sprintf("block %d", ev.b.Number()), key: "block", txIndex: -1, vars: ev.vars(),
		what: fmt.Sprintf("invariant broken in block %d", ev.b.Number())})
}

func (ev *evaluation) evalTxs() {
	txs := ev.b.Block.Transactions()
	for i, tx := range txs {
		if ev.ctx.Err() != nil {
			return
		}
		if t := ev.d.prog.target; t != nil && (tx.To() == nil || *tx.To() != t.Address) {
			continue
		}
		vars := ev.vars()
		vars["tx"] = ev.txValue(i)
		to := "contract creation"
		if tx.To() != nil {
			to = tx.To().Hex()
		}
		ev.try(match{
			where: "tx " + tx.Hash().Hex(), key: "tx", txIndex: i, txHash: tx.Hash(), vars: vars,
			what: "transaction " + tx.Hash().Hex()[:10] + "…",
			evidence: []alert.Evidence{
				{Name: "from", Value: ev.b.Senders[i].Hex()},
				{Name: "to", Value: to},
				{Name: "value", Value: detect.Amount(tx.Value())},
				{Name: "selector", Value: selectorOf(tx.Data())},
				{Name: "status", Value: strconv.FormatUint(ev.b.Receipts[i].Status, 10)},
			},
		})
	}
}

func (ev *evaluation) evalEvents() {
	p := ev.d.prog
	for i, rcpt := range ev.b.Receipts {
		var txVal map[string]any
		for _, l := range rcpt.Logs {
			if ev.ctx.Err() != nil {
				return
			}
			if l.Address != p.target.Address || len(l.Topics) == 0 || l.Topics[0] != p.event.ID {
				continue
			}
			dec, decErr := abidecode.DecodeEvent(p.event, l.Topics, l.Data)
			if txVal == nil {
				txVal = ev.txValue(i)
			}
			vars := ev.vars()
			vars["tx"] = txVal
			vars["event"] = map[string]any{
				"name":      p.event.RawName,
				"signature": p.event.Sig,
				"contract":  p.target.Name,
				"address":   NewAddress(l.Address),
				"log_index": int64(l.Index),
				"args":      argsVal(p.event.Inputs, dec.Args),
			}
			evidence := []alert.Evidence{
				{Name: "contract", Value: fmt.Sprintf("%s (%s)", p.target.Name, p.target.Address.Hex())},
				{Name: "event", Value: p.event.Sig},
				{Name: "log_index", Value: strconv.FormatUint(uint64(l.Index), 10)},
			}
			evidence = append(evidence, argEvidence(dec.Args)...)
			ev.try(match{
				where: fmt.Sprintf("tx %s log %d", rcpt.TxHash.Hex(), l.Index),
				key:   fmt.Sprintf("log/%d", l.Index), txIndex: i, txHash: rcpt.TxHash, vars: vars,
				what:     fmt.Sprintf("%s on %s", p.event.RawName, p.target.Name),
				evidence: evidence, decodeErr: decErr,
			})
		}
	}
}

// frame is a call to the target contract, from a transaction or a trace.
type frame struct {
	path     string // position in the call tree: "0", "0.2.1"
	depth    int
	typ      string
	from, to common.Address
	value    *big.Int
	input    []byte
	gas      uint64
	gasUsed  uint64
	success  bool
	errMsg   string
}

func (ev *evaluation) evalCalls() {
	p := ev.d.prog
	txs := ev.b.Block.Transactions()
	// Ingest traces only the blocks whose transactions or logs touch the
	// monitor's contracts (Requirements.TraceAddresses); in a block
	// without traces only the top-level calls are checked.
	traced := p.params.Internal && len(ev.b.Traces) > 0
	var byHash map[common.Hash]*chain.TxTrace
	traceOf := func(i int, tx *gethtypes.Transaction) *chain.TxTrace {
		// In block order; some nodes leave txHash out of each trace.
		if len(ev.b.Traces) == len(txs) {
			if t := &ev.b.Traces[i]; t.TxHash == (common.Hash{}) || t.TxHash == tx.Hash() {
				return t
			}
		}
		if byHash == nil {
			byHash = make(map[common.Hash]*chain.TxTrace, len(ev.b.Traces))
			for j := range ev.b.Traces {
				byHash[ev.b.Traces[j].TxHash] = &ev.b.Traces[j]
			}
		}
		return byHash[tx.Hash()]
	}
	for i, tx := range txs {
		if ev.ctx.Err() != nil {
			return
		}
		if traced {
			tr := traceOf(i, tx)
			switch {
			case tr == nil:
				ev.fail(fmt.Errorf("tx %s: the block's traces do not include it; internal calls not checked", tx.Hash().Hex()))
			case tr.Result == nil || tr.Error != "":
				ev.fail(fmt.Errorf("tx %s: the node could not trace it (%s); internal calls not checked", tx.Hash().Hex(), tr.Error))
			default:
				ev.walk(i, tx, tr.Result, "0", 0, true)
				continue
			}
		}
		// Top-level call only: from the transaction itself.
		if tx.To() == nil || *tx.To() != p.target.Address {
			continue
		}
		rcpt := ev.b.Receipts[i]
		ev.evalCall(i, tx, frame{
			path: "0", typ: "CALL", from: ev.b.Senders[i], to: *tx.To(), value: tx.Value(), input: tx.Data(),
			gas: tx.Gas(), gasUsed: rcpt.GasUsed, success: rcpt.Status == gethtypes.ReceiptStatusSuccessful,
		})
	}
}

// walk visits a call tree; a frame succeeded only if it and every caller
// above it did (a revert undoes the sub-calls that "succeeded").
func (ev *evaluation) walk(txIndex int, tx *gethtypes.Transaction, f *chain.CallFrame, path string, depth int, parentOK bool) {
	ok := parentOK && f.Error == ""
	switch strings.ToUpper(f.Type) {
	case "CALL", "STATICCALL", "DELEGATECALL", "CALLCODE":
		if f.To == ev.d.prog.target.Address {
			var value *big.Int
			if f.Value != nil {
				value = f.Value.ToInt()
			}
			ev.evalCall(txIndex, tx, frame{
				path: path, depth: depth, typ: strings.ToUpper(f.Type), from: f.From, to: f.To, value: value,
				input: f.Input, gas: uint64(f.Gas), gasUsed: uint64(f.GasUsed), success: ok, errMsg: f.Error,
			})
		}
	}
	for j := range f.Calls {
		ev.walk(txIndex, tx, &f.Calls[j], path+"."+strconv.Itoa(j), depth+1, ok)
	}
}

func (ev *evaluation) evalCall(txIndex int, tx *gethtypes.Transaction, f frame) {
	p := ev.d.prog
	if len(f.input) < 4 || !bytes.Equal(f.input[:4], p.method.ID) {
		return
	}
	args, decErr := abidecode.DecodeArguments(p.method.Inputs, f.input[4:])
	if f.value == nil {
		f.value = new(big.Int)
	}
	vars := ev.vars()
	vars["tx"] = ev.txValue(txIndex)
	vars["call"] = map[string]any{
		"function":  p.method.RawName,
		"signature": p.method.Sig,
		"contract":  p.target.Name,
		"address":   NewAddress(f.to),
		"from":      NewAddress(f.from),
		"value":     NewBigInt(f.value),
		"internal":  f.depth > 0,
		"depth":     int64(f.depth),
		"type":      f.typ,
		"success":   f.success,
		"error":     f.errMsg,
		"gas":       clampInt(f.gas),
		"gas_used":  clampInt(f.gasUsed),
		"input":     types.Bytes(f.input),
		"args":      argsVal(p.method.Inputs, args),
	}
	kind := "call"
	if f.depth > 0 {
		kind = "internal call"
	}
	evidence := []alert.Evidence{
		{Name: "contract", Value: fmt.Sprintf("%s (%s)", p.target.Name, p.target.Address.Hex())},
		{Name: "function", Value: p.method.Sig},
		{Name: "caller", Value: f.from.Hex()},
		{Name: "call", Value: fmt.Sprintf("%s %s at depth %d (trace position %s), success %v", kind, f.typ, f.depth, f.path, f.success)},
	}
	if f.value.Sign() > 0 {
		evidence = append(evidence, alert.Evidence{Name: "call_value", Value: detect.Amount(f.value)})
	}
	evidence = append(evidence, argEvidence(args)...)
	ev.try(match{
		where: fmt.Sprintf("tx %s call %s", tx.Hash().Hex(), f.path),
		key:   "call/" + f.path, txIndex: txIndex, txHash: tx.Hash(), vars: vars,
		what:     fmt.Sprintf("%s to %s.%s", kind, p.target.Name, p.method.RawName),
		evidence: evidence, decodeErr: decErr,
	})
}

// try evaluates the rule on one match and emits an alert if it holds.
func (ev *evaluation) try(m match) {
	d, p := ev.d, ev.d.prog
	if len(p.state) > 0 {
		st, err := ev.stateVal()
		if err != nil {
			ev.fail(fmt.Errorf("%s: %w", m.where, err))
			return
		}
		m.vars["state"] = st
		m.evidence = append(m.evidence, ev.stateEv...)
	}
	if p.cond != nil {
		out, _, err := p.cond.ContextEval(ev.ctx, m.vars)
		if err == nil && out != nil {
			if _, isBool := out.(types.Bool); !isBool {
				err = fmt.Errorf("condition gave %v, not a bool", out)
			}
		}
		if err != nil {
			if ev.ctx.Err() != nil {
				return
			}
			if m.decodeErr != nil {
				d.logger.Debug("rule skipped an undecodable match", "rule", d.spec.Name, "where", m.where, "decode_err", m.decodeErr, "err", err)
				return
			}
			ev.fail(fmt.Errorf("%s: condition: %w", m.where, err))
			return
		}
		if out != types.True {
			return
		}
	}
	title := p.title.render(ev.ctx, m.vars)
	if title == "" {
		title = fmt.Sprintf("Rule %s: %s", d.spec.Name, m.what)
	}
	summary := p.summary.render(ev.ctx, m.vars)
	if summary == "" {
		summary = fmt.Sprintf("Rule %s: %s", d.spec.Name, m.what)
		if m.txHash != (common.Hash{}) {
			summary += " (transaction " + m.txHash.Hex() + ")"
		}
		if p.params.Condition != "" {
			summary += "; condition: " + strings.TrimSpace(p.params.Condition)
		}
	}
	evidence := append([]alert.Evidence{{Name: "rule", Value: d.spec.Name}}, m.evidence...)
	if p.params.Condition != "" {
		evidence = append(evidence, alert.Evidence{Name: "condition", Value: strings.TrimSpace(p.params.Condition)})
	}
	if m.decodeErr != nil {
		evidence = append(evidence, alert.Evidence{Name: "decode_error", Value: m.decodeErr.Error()})
	}
	a := alert.Alert{
		Key:        m.key,
		TxHash:     m.txHash,
		TxIndex:    m.txIndex,
		Severity:   d.spec.Severity,
		Confidence: p.confidence,
		Title:      title,
		Summary:    summary,
		Labels:     map[string]string{"kind": Kind, "rule": d.spec.Name, "match": string(p.match)},
		Evidence:   evidence,
	}
	if p.target != nil {
		a.Labels["contract"] = p.target.Address.Hex()
	}
	if p.value != nil {
		if out, _, err := p.value.ContextEval(ev.ctx, m.vars); err == nil {
			if v, ok := out.(BigInt); ok {
				a.Value = new(big.Int).Set(v.v)
				a.Token = p.token
			}
		} else {
			a.Evidence = append(a.Evidence, alert.Evidence{Name: "value_error", Value: err.Error()})
		}
	}
	ev.emit(a)
}

// stateVal reads the rule's state variables once per block.
func (ev *evaluation) stateVal() (map[string]any, error) {
	if ev.state != nil || ev.stateErr != nil {
		return ev.state, ev.stateErr
	}
	d := ev.d
	n := ev.b.Number()
	now, err := d.readState(ev.ctx, n)
	if err != nil {
		ev.stateErr = err
		return nil, err
	}
	d.mu.Lock()
	var prev []ref.Val
	if d.last.block == ev.b.Block.ParentHash() && len(d.last.vals) == len(now) {
		prev = d.last.vals
	}
	d.mu.Unlock()
	if prev == nil {
		if n == 0 {
			prev = now // genesis has no parent: nothing changed
		} else if prev, err = d.readState(ev.ctx, n-1); err != nil {
			ev.stateErr = err
			return nil, err
		}
	}
	d.mu.Lock()
	d.last = stateSnapshot{block: ev.b.Hash(), vals: now}
	d.mu.Unlock()
	ev.state = map[string]any{}
	for i, sv := range d.prog.state {
		ev.state[sv.name] = map[string]any{"now": now[i], "prev": prev[i]}
		ev.stateEv = append(ev.stateEv, alert.Evidence{
			Name:  "state." + sv.name,
			Value: fmt.Sprintf("%s.%s: now %s, previous block %s", sv.contract.Name, sv.method.Sig, formatVal(now[i]), formatVal(prev[i])),
		})
	}
	return ev.state, nil
}

func (d *detector) readState(ctx context.Context, block uint64) ([]ref.Val, error) {
	out := make([]ref.Val, len(d.prog.state))
	num := new(big.Int).SetUint64(block)
	for i, sv := range d.prog.state {
		to := sv.contract.Address
		ret, err := d.state.CallContract(ctx, ethereum.CallMsg{To: &to, Data: sv.calldata}, num)
		if err != nil {
			return nil, fmt.Errorf("state.%s: call %s.%s at block %d: %w", sv.name, sv.contract.Name, sv.method.Sig, block, err)
		}
		vals, err := abidecode.DecodeArguments(sv.method.Outputs, ret)
		if err != nil {
			return nil, fmt.Errorf("state.%s: %s.%s at block %d returned %d bytes that do not decode: %w", sv.name, sv.contract.Name, sv.method.Sig, block, len(ret), err)
		}
		out[i] = outputVal(sv.method.Outputs, vals)
	}
	return out, nil
}

func outputVal(outs abi.Arguments, vals []abidecode.Arg) ref.Val {
	if len(vals) == 1 {
		return toVal(vals[0].Value)
	}
	return types.NewStringInterfaceMap(types.DefaultTypeAdapter, argsVal(outs, vals))
}

func (ev *evaluation) txValue(i int) map[string]any {
	tx := ev.b.Block.Transactions()[i]
	rcpt := ev.b.Receipts[i]
	var to, creates common.Address
	if tx.To() != nil {
		to = *tx.To()
	} else {
		creates = rcpt.ContractAddress
	}
	price := rcpt.EffectiveGasPrice
	if price == nil {
		price = tx.GasPrice()
	}
	return map[string]any{
		"hash":      tx.Hash().Hex(),
		"index":     int64(i),
		"from":      NewAddress(ev.b.Senders[i]),
		"to":        NewAddress(to),
		"value":     NewBigInt(tx.Value()),
		"status":    int64(rcpt.Status),
		"success":   rcpt.Status == gethtypes.ReceiptStatusSuccessful,
		"gas":       clampInt(tx.Gas()),
		"gas_used":  clampInt(rcpt.GasUsed),
		"gas_price": NewBigInt(price),
		"nonce":     clampInt(tx.Nonce()),
		"type":      int64(tx.Type()),
		"selector":  selectorOf(tx.Data()),
		"input":     types.Bytes(tx.Data()),
		"creates":   NewAddress(creates),
		"log_count": int64(len(rcpt.Logs)),
	}
}

func blockValue(b *chain.Bundle) map[string]any {
	h := b.Block.Header()
	fee := h.BaseFee
	if fee == nil {
		fee = new(big.Int)
	}
	return map[string]any{
		"number":      clampInt(b.Number()),
		"hash":        b.Hash().Hex(),
		"parent_hash": h.ParentHash.Hex(),
		"time":        clampInt(h.Time),
		"base_fee":    NewBigInt(fee),
		"gas_used":    clampInt(h.GasUsed),
		"gas_limit":   clampInt(h.GasLimit),
		"tx_count":    int64(len(b.Block.Transactions())),
		"miner":       NewAddress(h.Coinbase),
	}
}

func clampInt(v uint64) int64 {
	if v > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(v)
}

// selectorOf is the lower-case 0x-hex 4-byte selector, or "" for calldata
// too short to have one (plain transfers).
func selectorOf(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	return fmt.Sprintf("0x%x", data[:4])
}

func argEvidence(args []abidecode.Arg) []alert.Evidence {
	out := make([]alert.Evidence, 0, len(args))
	for i, a := range args {
		name := a.Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		v := abidecode.Format(a.Value)
		if a.Err != nil {
			v = "undecodable: " + a.Err.Error()
		}
		out = append(out, alert.Evidence{Name: "arg." + name, Value: v})
	}
	return out
}

func (t template) render(ctx context.Context, vars map[string]any) string {
	var sb strings.Builder
	for _, part := range t.parts {
		if part.prg == nil {
			sb.WriteString(part.text)
			continue
		}
		out, _, err := part.prg.ContextEval(ctx, vars)
		if err != nil {
			sb.WriteString("<" + err.Error() + ">")
			continue
		}
		sb.WriteString(formatVal(out))
	}
	return sb.String()
}

// formatVal renders a CEL value for titles and evidence.
func formatVal(v ref.Val) string {
	switch x := v.(type) {
	case BigInt:
		return x.v.String()
	case Address:
		return x.a.Hex()
	case types.Bytes:
		return fmt.Sprintf("0x%x", []byte(x))
	case types.String:
		return string(x)
	case types.Double:
		return strconv.FormatFloat(float64(x), 'g', 6, 64)
	case traits.Lister:
		n, _ := x.Size().(types.Int)
		parts := make([]string, 0, n)
		for i := types.Int(0); i < n; i++ {
			parts = append(parts, formatVal(x.Get(i)))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case traits.Mapper:
		var parts []string
		it := x.Iterator()
		for it.HasNext() == types.True {
			k := it.Next()
			parts = append(parts, formatVal(k)+": "+formatVal(x.Get(k)))
		}
		slices.Sort(parts) // Go maps have no order; evidence must not change between replays
		return "{" + strings.Join(parts, ", ") + "}"
	}
	if v == nil {
		return "null"
	}
	return fmt.Sprint(v.Value())
}
