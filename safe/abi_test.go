package safe_test

import (
	"github.com/ethereum/go-ethereum/accounts/abi"

	safebind "github.com/warden-dev/warden/contracts/bindings/safe"
)

func safeBind() *safebind.Safe { return safebind.NewSafe() }

func safeABI() abi.ABI { return safebind.NewSafe().GetABI() }
