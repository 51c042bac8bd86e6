package devchain

import (
	"crypto/ecdsa"
	"fmt"
	"maps"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// BlockGasLimit is the gas limit of every block, genesis included.
const BlockGasLimit = 60_000_000

// accountSeed prefixes the preimage of every dev account key. Changing it
// changes every printed key, so it is part of the package's contract.
const accountSeed = "warden-devchain-account-"

// Account is a funded developer account whose private key is known.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// devAccounts returns the first n deterministic developer accounts.
func devAccounts(n int) ([]Account, error) {
	accs := make([]Account, 0, n)
	for i := range n {
		key, err := devKey(i)
		if err != nil {
			return nil, err
		}
		accs = append(accs, Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)})
	}
	return accs, nil
}

// devKey derives account i's key from a fixed seed so that every run prints
// the same keys. A keccak digest is almost always a valid secp256k1 scalar;
// the counter only exists for the astronomically rare zero/overflow case.
func devKey(i int) (*ecdsa.PrivateKey, error) {
	seed := accountSeed + strconv.Itoa(i)
	for attempt := 0; attempt < 16; attempt++ {
		pre := seed
		if attempt > 0 {
			pre = seed + "-" + strconv.Itoa(attempt)
		}
		if key, err := crypto.ToECDSA(crypto.Keccak256([]byte(pre))); err == nil {
			return key, nil
		}
	}
	return nil, fmt.Errorf("devchain: no valid key for account %d", i)
}

// chainConfig is the dev preset with every fork after Osaka switched off.
// The preset enables forks that mainnet has not activated (Amsterdam, Bogota,
// ...) whose gas schedules differ enough that ordinary mainnet transactions
// (adding Uniswap liquidity at 800k gas) ran out of gas.
func chainConfig(chainID int64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = big.NewInt(chainID)
	cfg.BPO1Time = nil
	cfg.BPO2Time = nil
	cfg.BPO3Time = nil
	cfg.BPO4Time = nil
	cfg.BPO5Time = nil
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	return &cfg
}

// genesisBlock builds the genesis. Later entries win: system contracts, then
// precompile dust, then dev accounts, then the caller's allocations, so tests
// can overwrite anything (e.g. plant code at a real mainnet address).
func genesisBlock(chainID int64, accs []Account, balance *big.Int, extra types.GenesisAlloc) *core.Genesis {
	alloc := core.SystemContractAllocs()
	// The builder request contracts belong to post-Osaka forks; mainnet has no
	// code there, so neither should we.
	delete(alloc, params.BuilderDepositAddress)
	delete(alloc, params.BuilderExitAddress)

	// Mainnet precompiles all hold dust, so they are not EIP-161 "empty"
	// accounts; geth --dev does the same so value calls to them cost the same.
	for i := byte(1); i <= 0x11; i++ {
		alloc[common.BytesToAddress([]byte{i})] = types.Account{Balance: big.NewInt(1)}
	}
	alloc[common.BytesToAddress([]byte{0x1, 0x00})] = types.Account{Balance: big.NewInt(1)} // P256Verify

	for _, a := range accs {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	maps.Copy(alloc, extra)

	return &core.Genesis{
		Config:     chainConfig(chainID),
		GasLimit:   BlockGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}
