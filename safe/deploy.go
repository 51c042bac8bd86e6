package safe

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/warden-dev/warden/contracts/bindings/compatibilityfallbackhandler"
	safebind "github.com/warden-dev/warden/contracts/bindings/safe"
	"github.com/warden-dev/warden/contracts/bindings/safeproxyfactory"
)

// Deployment is a set of Safe 1.4.1 contracts on one chain: the singleton
// every Safe proxy delegates to, the factory that creates proxies, and the
// fallback handler Safes are set up with.
type Deployment struct {
	Singleton       common.Address
	ProxyFactory    common.Address
	FallbackHandler common.Address
}

var factoryABI = safeproxyfactory.NewSafeProxyFactory()

// Deploy deploys the Safe singleton, SafeProxyFactory and
// CompatibilityFallbackHandler from the published 1.4.1 build artifacts
// (contracts/artifacts), sent from key, and waits until all three are
// mined. Production chains have the canonical deployments; this is for the
// embedded chain and tests.
func Deploy(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (*Deployment, error) {
	opts, err := transactor(ctx, client, key)
	if err != nil {
		return nil, err
	}
	nonce, err := client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("safe deploy: nonce of %s: %w", opts.From.Hex(), err)
	}
	var d Deployment
	var txs []*types.Transaction
	for _, c := range []struct {
		name string
		meta *bind.MetaData
		addr *common.Address
	}{
		{"Safe singleton", &safebind.SafeMetaData, &d.Singleton},
		{"SafeProxyFactory", &safeproxyfactory.SafeProxyFactoryMetaData, &d.ProxyFactory},
		{"CompatibilityFallbackHandler", &compatibilityfallbackhandler.CompatibilityFallbackHandlerMetaData, &d.FallbackHandler},
	} {
		code, err := hexutil.Decode(c.meta.Bin)
		if err != nil {
			return nil, fmt.Errorf("safe deploy: %s bytecode: %w", c.name, err)
		}
		// Nonces are assigned here rather than read per transaction: the
		// node's pending nonce can lag a transaction it has just accepted.
		o := *opts
		o.Nonce = new(big.Int).SetUint64(nonce)
		addr, tx, err := bind.DeployContract(&o, code, client, nil)
		if err != nil {
			return nil, fmt.Errorf("safe deploy: %s: %w", c.name, err)
		}
		*c.addr = addr
		txs = append(txs, tx)
		nonce++
	}
	for _, tx := range txs {
		if _, err := waitSuccess(ctx, client, tx, "deploy"); err != nil {
			return nil, err
		}
	}
	return &d, nil
}

// Create creates a Safe proxy with the given owners and threshold through
// the factory (createProxyWithNonce + setup), sent from key, and returns
// its address. saltNonce makes the address unique per owner set.
func (d *Deployment) Create(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, owners []common.Address, threshold uint64, saltNonce *big.Int) (common.Address, error) {
	if len(owners) == 0 {
		return common.Address{}, errors.New("safe create: no owners")
	}
	if threshold == 0 || threshold > uint64(len(owners)) {
		return common.Address{}, fmt.Errorf("safe create: threshold %d with %d owners (want 1..%d)", threshold, len(owners), len(owners))
	}
	opts, err := transactor(ctx, client, key)
	if err != nil {
		return common.Address{}, err
	}
	setup := safeABI.PackSetup(owners, new(big.Int).SetUint64(threshold), common.Address{}, nil,
		d.FallbackHandler, common.Address{}, new(big.Int), common.Address{})
	data := factoryABI.PackCreateProxyWithNonce(d.Singleton, setup, orZero(saltNonce))
	tx, err := bind.NewBoundContract(d.ProxyFactory, factoryABI.GetABI(), client, client, client).RawTransact(opts, data)
	if err != nil {
		return common.Address{}, fmt.Errorf("safe create: createProxyWithNonce: %w", err)
	}
	rcpt, err := waitSuccess(ctx, client, tx, "createProxyWithNonce")
	if err != nil {
		return common.Address{}, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != d.ProxyFactory {
			continue
		}
		if ev, err := factoryABI.UnpackProxyCreationEvent(l); err == nil {
			return ev.Proxy, nil
		}
	}
	return common.Address{}, fmt.Errorf("safe create: tx %s has no ProxyCreation event", tx.Hash().Hex())
}

func transactor(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	if key == nil {
		return nil, errors.New("safe: nil private key")
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("safe: chain ID: %w", err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	return opts, nil
}

func waitSuccess(ctx context.Context, client *ethclient.Client, tx *types.Transaction, what string) (*types.Receipt, error) {
	rcpt, err := waitMined(ctx, client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("safe %s: waiting for tx %s: %w", what, tx.Hash().Hex(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("safe %s: tx %s reverted in block %d", what, tx.Hash().Hex(), rcpt.BlockNumber.Uint64())
	}
	return rcpt, nil
}

// waitMined polls for the receipt from 10 ms up to every 250 ms (bind's
// WaitMined polls once a second, slow on a chain that mines at once).
func waitMined(ctx context.Context, client *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	delay := 10 * time.Millisecond
	for {
		rcpt, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		delay = min(delay*3/2, 250*time.Millisecond)
	}
}
