// Package all lists the shipped scenario corpus, in the order the backtest
// runs the attacks.
package all

import (
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/warden-dev/warden/detect/backtest/corpus"
	"github.com/warden-dev/warden/detect/backtest/corpus/approvaldrain"
	"github.com/warden-dev/warden/detect/backtest/corpus/crossreentrancy"
	"github.com/warden-dev/warden/detect/backtest/corpus/flashprice"
	"github.com/warden-dev/warden/detect/backtest/corpus/governance"
	"github.com/warden-dev/warden/detect/backtest/corpus/inflation"
	"github.com/warden-dev/warden/detect/backtest/corpus/keycompromise"
	"github.com/warden-dev/warden/detect/backtest/corpus/mixer"
	"github.com/warden-dev/warden/detect/backtest/corpus/openmint"
	"github.com/warden-dev/warden/detect/backtest/corpus/openowner"
	"github.com/warden-dev/warden/detect/backtest/corpus/oracle"
	"github.com/warden-dev/warden/detect/backtest/corpus/reentrancy"
	"github.com/warden-dev/warden/detect/backtest/corpus/rounding"
	"github.com/warden-dev/warden/detect/backtest/corpus/sigreplay"
	"github.com/warden-dev/warden/detect/backtest/corpus/upgrade"
)

// Scenarios returns a fresh instance of every scenario.
func Scenarios() []corpus.Scenario {
	return []corpus.Scenario{
		reentrancy.New(),
		crossreentrancy.New(),
		flashprice.New(),
		openmint.New(),
		openowner.New(),
		inflation.New(),
		approvaldrain.New(),
		upgrade.New(),
		governance.New(),
		sigreplay.New(),
		rounding.New(),
		keycompromise.New(),
		oracle.New(),
	}
}

// GenesisAlloc is the genesis state the corpus needs besides funded
// accounts: a Tornado-like mixer at the real Tornado Cash 0.1 ETH pool
// address, so funding through it carries the real address's labels.
func GenesisAlloc() (types.GenesisAlloc, error) {
	return mixer.GenesisAlloc()
}
