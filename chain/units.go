package chain

import (
	"fmt"
	"math/big"
	"strings"
)

// FormatUnits writes v / 10^decimals exactly, without trailing zeros:
// FormatUnits(1500000000000000000, 18) is "1.5". Evidence and timelines use
// it for wei and token amounts; nothing is rounded away.
func FormatUnits(v *big.Int, decimals int) string {
	if v == nil {
		return "?"
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	whole, frac := new(big.Int).QuoRem(new(big.Int).Abs(v), unit, new(big.Int))
	out := whole.String()
	if frac.Sign() != 0 {
		out += "." + strings.TrimRight(fmt.Sprintf("%0*s", decimals, frac.String()), "0")
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return out
}
