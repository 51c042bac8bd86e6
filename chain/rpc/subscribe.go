package rpc

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// SubscribeNewHead subscribes to new heads on the best WebSocket endpoint.
// It fails with ErrNoWebSocket when the pool has none (the caller polls
// instead). The subscription does not move to another endpoint on its own:
// when it drops, Err() reports why and the caller re-subscribes (and fills
// the gap), which then picks the best endpoint at that moment.
func (p *Pool) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	hasWS := false
	for _, e := range p.eps {
		hasWS = hasWS || (e.ws && !e.isDisabled())
	}
	if !hasWS {
		return nil, ErrNoWebSocket
	}
	cands, err := p.candidates()
	if err != nil {
		return nil, fmt.Errorf("eth_subscribe newHeads: %w", err)
	}
	var errs []error
	for _, c := range cands {
		e := c.e
		if !e.ws {
			continue
		}
		if err := e.waitTokens(ctx, 1); err != nil {
			return nil, fmt.Errorf("eth_subscribe newHeads: %w", err)
		}
		actx, cancel := context.WithTimeout(ctx, min(e.timeout, p.failoverAfter))
		e.requests.Add(1)
		in := make(chan *types.Header, 16)
		// The context only bounds setting the subscription up.
		inner, err := e.eth().SubscribeNewHead(actx, in)
		cancel()
		if err == nil {
			return p.forwardHeads(e, inner, in, ch), nil
		}
		switch classify(ctx, err) {
		case classCaller:
			return nil, fmt.Errorf("eth_subscribe newHeads: %w", ctx.Err())
		case classEndpoint:
			err = fmt.Errorf("%s: eth_subscribe newHeads: %w", e.name, err)
			p.fail(e, err, true)
		default:
			err = fmt.Errorf("%s: eth_subscribe newHeads: %w", e.name, err)
		}
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return nil, fmt.Errorf("eth_subscribe newHeads: no WebSocket endpoint is connected: %w", ErrNoWebSocket)
	}
	return nil, fmt.Errorf("eth_subscribe newHeads: every WebSocket endpoint failed: %w", errors.Join(errs...))
}

// forwardHeads passes heads on to the caller and notes each one as the
// endpoint's head, so "block not found" at that height from a slower
// endpoint is recognised as lag right away. A drop is always reported with
// an error, never as a silently closed channel.
func (p *Pool) forwardHeads(e *endpoint, inner ethereum.Subscription, in <-chan *types.Header, out chan<- *types.Header) ethereum.Subscription {
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer inner.Unsubscribe()
		for {
			select {
			case h := <-in:
				if h != nil && h.Number != nil && h.Number.IsUint64() {
					p.observeHead(e, h.Number.Uint64())
				}
				select {
				case out <- h:
				case <-quit:
					return nil
				}
			case err, ok := <-inner.Err():
				if !ok || err == nil {
					err = errors.New("subscription ended")
				}
				return fmt.Errorf("%s: newHeads subscription: %w", e.name, err)
			case <-quit:
				return nil
			}
		}
	})
}
