// Package devchain runs an in-process Ethereum development chain for the demo
// and for tests, reachable over real HTTP and WebSocket JSON-RPC like any
// external node.
//
// It is assembled the way `geth --dev` assembles its node (node.Node + eth
// service + filter API + tracing API + simulated beacon) rather than with
// ethclient/simulated, because Warden needs what the simulated backend lacks:
// the debug namespace (debug_traceTransaction / debug_traceBlockByNumber with
// callTracer and prestateTracer), archive state so old blocks can be traced,
// and blocks that appear on their own (on every transaction, or on a timer)
// instead of only when the test calls Commit.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	// Registers callTracer, prestateTracer, ... with the tracers directory.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// Defaults applied to zero Config fields.
const (
	DefaultChainID  = 1337
	DefaultAccounts = 10
)

// DefaultBalance is each dev account's genesis balance: 1,000,000 ether.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// rpcModules are served on both HTTP and WS.
var rpcModules = []string{"eth", "net", "web3", "txpool", "debug"}

// Config configures a dev chain. The zero value is usable.
type Config struct {
	ChainID     int64              // default 1337
	BlockPeriod time.Duration      // 0 = a block as soon as a transaction arrives
	Accounts    int                // funded dev accounts; default 10
	Balance     *big.Int           // per account; default 1e6 ether
	Alloc       types.GenesisAlloc // extra genesis accounts; they override everything else
	HTTPPort    int                // 0 = any free port on 127.0.0.1
	WSPort      int                // 0 = any free port on 127.0.0.1 (shared with HTTP when both are 0)
	Logger      *slog.Logger       // nil = discard; receives geth's own warnings and errors
	// DataDir keeps the chain in this directory instead of memory (for
	// benchmarks with thousands of blocks; see Start). The caller removes it.
	DataDir string
}

// Chain is a running dev chain. Its methods are safe for concurrent use.
type Chain struct {
	log      *slog.Logger
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	chainID  *big.Int
	accounts []Account
	httpURL  string
	wsURL    string

	// sealMu serialises everything that drives the beacon or syncs the pool:
	// the beacon keeps its fork-choice state unguarded, and the pool only
	// supports one Sync waiter at a time (a second one can hang the beacon).
	sealMu sync.Mutex
	closed bool // guarded by sealMu

	period    atomic.Int64 // current BlockPeriod, for readers
	periodReq chan periodRequest
	kick      chan struct{} // coalesced "the pool has new transactions"
	quit      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

// Start assembles and starts a dev chain. ctx bounds start-up only; the chain
// runs until Close.
//
// The returned chain is already at block 1, an empty block sealed during
// start-up (see sealFirstBlock).
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.ChainID < 0 {
		return nil, fmt.Errorf("devchain: invalid chain ID %d", cfg.ChainID)
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	if cfg.Accounts < 0 {
		return nil, fmt.Errorf("devchain: invalid account count %d", cfg.Accounts)
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance
	}
	if cfg.BlockPeriod < 0 {
		return nil, fmt.Errorf("devchain: negative block period %s", cfg.BlockPeriod)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}

	accs, err := devAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "warden-devchain"
	// In memory by default, nothing left on disk. Long chains want a
	// directory: geth's freezer archives finalized blocks once a minute,
	// and on the in-memory database each archived block scans the whole
	// database, so thousands of blocks make it eat a core.
	nodeCfg.DataDir = cfg.DataDir
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nodeCfg.HTTPHost = "127.0.0.1"
	nodeCfg.HTTPPort = cfg.HTTPPort
	nodeCfg.HTTPModules = rpcModules
	nodeCfg.WSHost = "127.0.0.1"
	nodeCfg.WSPort = cfg.WSPort
	nodeCfg.WSModules = rpcModules

	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: create node: %w", err)
	}

	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = uint64(cfg.ChainID)
	ethCfg.Genesis = genesisBlock(cfg.ChainID, accs, cfg.Balance, cfg.Alloc)
	ethCfg.SyncMode = ethconfig.FullSync
	// Archive: every block's state stays on disk (here: memory), so tracing
	// works on any block, not only the last 128.
	ethCfg.StateScheme = "hash"
	ethCfg.NoPruning = true
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.Journal = ""
	ethCfg.Miner.GasCeil = BlockGasLimit
	// The pool accepts tips down to 1 wei; if the miner demanded more, such a
	// transaction would sit in the pool forever and instant mode would spin.
	ethCfg.Miner.GasPrice = big.NewInt(1)

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: create eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))

	// Period 0: the beacon's own loop never runs and we drive Commit from our
	// miner goroutine, because its period is whole seconds, fixed at
	// construction, and its instant mode lives in the dev RPC API (which we do
	// not register: its goroutine would seal concurrently with ours).
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: create simulated beacon: %w", err)
	}
	stack.RegisterLifecycle(beacon)

	c := &Chain{
		log:       logger,
		stack:     stack,
		eth:       backend,
		beacon:    beacon,
		chainID:   big.NewInt(cfg.ChainID),
		accounts:  accs,
		periodReq: make(chan periodRequest),
		kick:      make(chan struct{}, 1),
		quit:      make(chan struct{}),
	}
	if cfg.Logger != nil {
		addLogSink(c, cfg.Logger)
	}
	if err := stack.Start(); err != nil {
		removeLogSink(c)
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	c.httpURL = stack.HTTPEndpoint()
	c.wsURL = stack.WSEndpoint()
	c.period.Store(int64(cfg.BlockPeriod))
	if err := c.sealFirstBlock(ctx); err != nil {
		_ = c.Close()
		return nil, err
	}
	c.startMiner(cfg.BlockPeriod)
	logger.Info("devchain started", "chainID", cfg.ChainID, "http", c.httpURL, "ws", c.wsURL,
		"blockPeriod", cfg.BlockPeriod, "accounts", len(accs))
	return c, nil
}

// HTTPURL returns the JSON-RPC endpoint, e.g. "http://127.0.0.1:8545".
func (c *Chain) HTTPURL() string { return c.httpURL }

// WSURL returns the WebSocket JSON-RPC endpoint, e.g. "ws://127.0.0.1:8546".
func (c *Chain) WSURL() string { return c.wsURL }

// ChainID returns a copy of the chain ID.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Accounts returns the funded dev accounts (a copy of the slice; the keys are
// shared and must not be modified).
func (c *Chain) Accounts() []Account {
	return append([]Account(nil), c.accounts...)
}

// BlockPeriod returns the current mining mode: 0 = instant.
func (c *Chain) BlockPeriod() time.Duration { return time.Duration(c.period.Load()) }

// Commit seals one block now, whatever the mining mode, and returns the new
// head's hash. After Close it returns the zero hash.
func (c *Chain) Commit() common.Hash {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return common.Hash{}
	}
	return c.sealLocked()
}

// Fork rewinds the head to parent so the next blocks build a competing
// branch (a reorg once it is longer). The pool must hold no pending
// transactions; call Rollback first if it might. Transactions of the
// abandoned blocks return to the pool, and in instant mode they are mined
// again at once; for a hand-built reorg switch to a long block period first
// and Rollback after Fork.
func (c *Chain) Fork(parent common.Hash) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return ErrClosed
	}
	if err := c.beacon.Fork(parent); err != nil {
		return fmt.Errorf("devchain: fork at %s: %w", parent, err)
	}
	return nil
}

// Rollback drops every transaction waiting in the pool.
func (c *Chain) Rollback() {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return
	}
	c.beacon.Rollback()
}

// Close stops mining, the RPC servers and the node. It is idempotent.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.quit)
		c.wg.Wait()

		// Holding sealMu while marking closed makes a concurrent Commit/Fork
		// either finish before shutdown or see closed, never race the node's
		// teardown.
		c.sealMu.Lock()
		c.closed = true
		c.sealMu.Unlock()

		removeLogSink(c)
		if err := c.stack.Close(); err != nil {
			c.closeErr = fmt.Errorf("devchain: close node: %w", err)
		}
		c.log.Info("devchain stopped")
	})
	return c.closeErr
}

// ErrClosed is returned by methods called after Close.
var ErrClosed = errors.New("devchain: chain is closed")

// sealFirstBlock mines an empty block 1 and waits until geth has indexed it.
// Until a chain's transaction indexer has run once, geth answers lookups of
// unknown transactions (eth_getTransactionReceipt, debug_traceTransaction,
// ...) with a "transaction indexing is in progress" error instead of null,
// which breaks clients that poll for the first receipt. The indexer only runs
// on a new head, so the first head has to exist before anyone connects.
func (c *Chain) sealFirstBlock(ctx context.Context) error {
	c.sealMu.Lock()
	c.sealLocked()
	c.sealMu.Unlock()

	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for !c.eth.BlockChain().TxIndexDone() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("devchain: waiting for the transaction indexer: %w", ctx.Err())
		case <-time.After(2 * time.Millisecond):
		}
	}
	return nil
}

// sealLocked mines one block and then waits for the pool to reset onto it.
// Without the second sync the pool can still judge a transaction sent right
// after the receipt against the previous state ("insufficient funds" for an
// account funded in the block just sealed).
func (c *Chain) sealLocked() common.Hash {
	hash := c.beacon.Commit()
	if err := c.eth.TxPool().Sync(); err != nil {
		c.log.Warn("devchain: txpool sync after commit", "err", err)
	}
	return hash
}
