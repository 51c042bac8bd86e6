package chain

import (
	"math/big"
	"testing"
)

func TestFormatUnits(t *testing.T) {
	wei := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for _, c := range []struct {
		v    *big.Int
		dec  int
		want string
	}{
		{wei("1500000000000000000"), 18, "1.5"},
		{wei("1"), 18, "0.000000000000000001"},
		{wei("-2000000000"), 9, "-2"},
		{wei("0"), 18, "0"},
		{nil, 18, "?"},
	} {
		if got := FormatUnits(c.v, c.dec); got != c.want {
			t.Errorf("FormatUnits(%v, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
}
