package contractcall

import (
	"context"
	"fmt"
	"math/big"

	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/txmgr"
)

// Built is the call a step makes for one incident.
type Built struct {
	// What names the call for people, with its arguments:
	// "blacklist(0xBad…)".
	What string
	Data []byte
	// Noop, when set, says why the desired state already holds: nothing
	// is simulated or sent.
	Noop string
}

// Verifier proves a call's effect at the block it landed in. It gets the
// call data that was sent rather than the incident, so a plan carried
// across a restart or an approval still verifies what it did. Evidence is
// what was read, for the timeline.
type Verifier func(ctx context.Context, data []byte, block *big.Int) (ok bool, evidence string, err error)

// Call is a respond.Action that sends one contract call: plan (build,
// pre-check, simulate from the sender), then send, check the receipt and
// verify.
type Call struct {
	Contract *Contract
	// Build makes the call for an incident.
	Build func(ctx context.Context, in *respond.Input) (*Built, error)
	// Verify is nil when the step has no way to prove its effect; the
	// result is then not Verified.
	Verify Verifier
	Value  *big.Int // wei sent with the call; nil = none
	Gas    uint64   // 0 = estimated by the transaction manager
	// Emergency pays the emergency tip (pauses).
	Emergency bool
}

var _ respond.Action = (*Call)(nil)

// Plan builds the call and simulates it from the sending account; a call
// that would revert is an error with the decoded reason, and nothing is
// sent.
func (c *Call) Plan(ctx context.Context, in *respond.Input, key string) (*respond.Plan, error) {
	b, err := c.Build(ctx, in)
	if err != nil {
		return nil, err
	}
	from := c.Contract.Sender.Signer()
	p := &respond.Plan{
		Key:         key,
		Chain:       c.Contract.Chain,
		Description: fmt.Sprintf("%s on %s from %s", b.What, c.Contract, from.Hex()),
		To:          c.Contract.Address,
		Data:        b.Data,
		Value:       c.Value,
		From:        from,
		Gas:         c.Gas,
	}
	if b.Noop != "" {
		p.Noop, p.Reason = true, b.Noop
		return p, nil
	}
	if err := c.Contract.Simulate(ctx, b.What, b.Data, c.Value); err != nil {
		return nil, err
	}
	return p, nil
}

// Execute sends the planned call, checks that it succeeded and verifies
// its effect at the receipt's block.
func (c *Call) Execute(ctx context.Context, p *respond.Plan, _ respond.Approval, onBroadcast func(txmgr.Record)) (*respond.Result, error) {
	if p.Noop {
		return &respond.Result{Verified: true, Detail: "nothing sent: " + p.Reason}, nil
	}
	res, receipt, err := c.Contract.Send(ctx, p, c.Emergency, onBroadcast)
	if err != nil {
		return res, err
	}
	mined := fmt.Sprintf("mined in block %d (tx %s)", res.Block, res.TxHash.Hex())
	if c.Verify == nil {
		res.Detail = mined + "; no verification configured, so the effect is not proven"
		return res, nil
	}
	ok, evidence, err := c.Verify(ctx, p.Data, receipt.BlockNumber)
	if err != nil {
		res.Detail = mined + "; verification failed"
		return res, fmt.Errorf("verifying %s at block %d: %w", p.Description, res.Block, err)
	}
	res.Verified = ok
	if ok {
		res.Detail = fmt.Sprintf("%s; verified: %s", mined, evidence)
	} else {
		res.Detail = fmt.Sprintf("%s but the effect does not show: %s", mined, evidence)
	}
	return res, nil
}
