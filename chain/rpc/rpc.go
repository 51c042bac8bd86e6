// Package rpc connects Warden to a chain's JSON-RPC endpoints. It wraps
// go-ethereum's ethclient, checks that an endpoint serves the chain the
// config says it does (signing a pause for the wrong network is a real
// risk), and prefers a WebSocket endpoint so heads can be pushed.
package rpc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Client is one connected endpoint.
type Client struct {
	*ethclient.Client
	URL     string
	chainID *big.Int
}

// ChainID is the chain ID the endpoint reported when dialled.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Raw is the underlying JSON-RPC client, for methods ethclient lacks.
func (c *Client) Raw() *gethrpc.Client { return c.Client.Client() }

// Dial connects to the first endpoint that answers with the expected chain
// ID, trying WebSocket endpoints first. Every failure is reported.
func Dial(ctx context.Context, urls []string, wantChainID int64) (*Client, error) {
	ordered := make([]string, 0, len(urls))
	for _, u := range urls {
		if strings.HasPrefix(u, "ws") {
			ordered = append(ordered, u)
		}
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, "ws") {
			ordered = append(ordered, u)
		}
	}
	var errs []error
	for _, u := range ordered {
		c, err := dialOne(ctx, u, wantChainID)
		if err == nil {
			return c, nil
		}
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return nil, errors.New("no endpoints configured")
	}
	return nil, fmt.Errorf("no usable endpoint: %w", errors.Join(errs...))
}

func dialOne(ctx context.Context, url string, want int64) (*Client, error) {
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	rc, err := gethrpc.DialContext(dctx, url)
	if err != nil {
		return nil, fmt.Errorf("%s: dial: %w", url, err)
	}
	ec := ethclient.NewClient(rc)
	id, err := ec.ChainID(dctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("%s: eth_chainId: %w", url, err)
	}
	if want != 0 && id.Cmp(big.NewInt(want)) != 0 {
		ec.Close()
		return nil, fmt.Errorf("%s: serves chain ID %s, config says %d", url, id, want)
	}
	return &Client{Client: ec, URL: url, chainID: id}, nil
}
