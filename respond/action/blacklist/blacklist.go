// Package blacklist freezes an account on a token that supports it, the
// fastest way to stop stolen stablecoins from moving. Two function sets
// cover most deployed tokens:
//
//   - usdc (Circle FiatToken): blacklist(address), read by isBlacklisted(address)
//   - tether (USDT): addBlackList(address), read by isBlackListed(address)
//     or getBlackListStatus(address)
//
// pattern auto probes the token's view functions to tell which it has.
package blacklist

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/contractcall"
)

// Params are the blacklist step's parameters.
type Params struct {
	Contract string `yaml:"contract"` // the token
	Signer   string `yaml:"signer"`
	// Account is the address to freeze: an address or a placeholder
	// (default {{incident.attacker}}).
	Account string `yaml:"account"`
	// Pattern is auto (default), usdc or tether.
	Pattern string `yaml:"pattern"`
}

// DefaultAccount freezes the incident's attacker.
const DefaultAccount = "{{incident.attacker}}"

// pattern is one token family's blacklisting functions.
type pattern struct {
	name    string
	write   fn
	readers []fn // the first that answers is used
}

type fn struct {
	sig      string
	selector []byte
}

func newFn(sig string) fn { return fn{sig: sig, selector: crypto.Keccak256([]byte(sig))[:4]} }

var patterns = []pattern{
	{name: "usdc", write: newFn("blacklist(address)"), readers: []fn{newFn("isBlacklisted(address)")}},
	{name: "tether", write: newFn("addBlackList(address)"), readers: []fn{newFn("isBlackListed(address)"), newFn("getBlackListStatus(address)")}},
}

func patternByName(name string) (*pattern, bool) {
	for i := range patterns {
		if patterns[i].name == name {
			return &patterns[i], true
		}
	}
	return nil, false
}

func patternByWrite(selector []byte) (*pattern, bool) {
	for i := range patterns {
		if len(selector) >= 4 && string(patterns[i].write.selector) == string(selector[:4]) {
			return &patterns[i], true
		}
	}
	return nil, false
}

func decode(node *yaml.Node) (*Params, error) {
	var p Params
	if err := config.DecodeStrict(node, &p); err != nil {
		return nil, err
	}
	var errs []error
	if p.Account == "" {
		p.Account = DefaultAccount
	}
	if err := contractcall.CheckAccount(p.Account); err != nil {
		errs = append(errs, fmt.Errorf("account: %w", err))
	}
	switch p.Pattern {
	case "":
		p.Pattern = "auto"
	case "auto", "usdc", "tether":
	default:
		errs = append(errs, fmt.Errorf("pattern: %q is not auto, usdc or tether", p.Pattern))
	}
	return &p, errors.Join(errs...)
}

// Factory makes blacklist steps: {contract, signer, account?, pattern?}.
func Factory() respond.ActionFactory {
	return contractcall.Factory("blacklist", decode, func(c *contractcall.Contract, p *Params) respond.Action { return build(c, p) })
}

// ContractAndSigner implements contractcall.Target.
func (p *Params) ContractAndSigner() (string, string) { return p.Contract, p.Signer }

func build(c *contractcall.Contract, p *Params) *contractcall.Call {
	return &contractcall.Call{
		Contract: c,
		Build: func(ctx context.Context, in *respond.Input) (*contractcall.Built, error) {
			acct, err := contractcall.Account(p.Account, in)
			if err != nil {
				return nil, fmt.Errorf("account: %w", err)
			}
			pat, reader, err := detect(ctx, c, p.Pattern, acct)
			if err != nil {
				return nil, err
			}
			b := &contractcall.Built{What: fmt.Sprintf("%s(%s)", pat.write.sig[:strings.IndexByte(pat.write.sig, '(')], acct.Hex()), Data: withAddress(pat.write.selector, acct)}
			listed, err := read(ctx, c, reader, acct, nil)
			if err != nil {
				return nil, err
			}
			if listed {
				b.Noop = fmt.Sprintf("%s is already blacklisted (%s is true)", acct.Hex(), reader.sig)
			}
			return b, nil
		},
		Verify: func(ctx context.Context, data []byte, block *big.Int) (bool, string, error) {
			pat, ok := patternByWrite(data)
			if !ok || len(data) != 36 {
				return false, "", fmt.Errorf("the sent call 0x%x is not a known blacklisting function", data)
			}
			acct := common.BytesToAddress(data[4:])
			reader, err := firstReader(ctx, c, pat, acct)
			if err != nil {
				return false, "", err
			}
			listed, err := read(ctx, c, reader, acct, block)
			if err != nil {
				return false, "", err
			}
			return listed, fmt.Sprintf("%s for %s is %v at block %s", reader.sig, acct.Hex(), listed, block), nil
		},
	}
}

// detect picks the token's pattern: the configured one, or under auto the
// first whose view function answers with a bool.
func detect(ctx context.Context, c *contractcall.Contract, name string, acct common.Address) (*pattern, fn, error) {
	if name != "auto" {
		pat, _ := patternByName(name)
		reader, err := firstReader(ctx, c, pat, acct)
		return pat, reader, err
	}
	var tried []string
	for i := range patterns {
		if reader, err := firstReader(ctx, c, &patterns[i], acct); err == nil {
			return &patterns[i], reader, nil
		}
		for _, r := range patterns[i].readers {
			tried = append(tried, r.sig)
		}
	}
	return nil, fn{}, fmt.Errorf("pattern auto: %s answers none of %s; it may not support blacklisting (set pattern, or use a call step)", c, strings.Join(tried, ", "))
}

func firstReader(ctx context.Context, c *contractcall.Contract, pat *pattern, acct common.Address) (fn, error) {
	var errs []error
	sigs := make([]string, len(pat.readers))
	for i, r := range pat.readers {
		if _, err := read(ctx, c, r, acct, nil); err != nil {
			errs = append(errs, err)
			sigs[i] = r.sig
			continue
		}
		return r, nil
	}
	return fn{}, fmt.Errorf("pattern %s: %s answers none of %s: %w", pat.name, c, strings.Join(sigs, ", "), errors.Join(errs...))
}

func read(ctx context.Context, c *contractcall.Contract, r fn, acct common.Address, block *big.Int) (bool, error) {
	return c.ReadBool(ctx, r.sig, withAddress(r.selector, acct), block)
}

func withAddress(selector []byte, a common.Address) []byte {
	return append(append([]byte{}, selector...), common.LeftPadBytes(a.Bytes(), 32)...)
}
