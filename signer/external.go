package signer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/warden-dev/warden/config"
)

// ExternalConfig describes a remote signer.
type ExternalConfig struct {
	// URL is the http(s) JSON-RPC endpoint.
	URL string
	// Address is the account the remote signs for; every answer is checked
	// against it.
	Address common.Address
	// API is config.SignerAPIEth (default: eth_signTransaction, eth_sign,
	// eth_accounts, as Web3Signer and geth serve them) or
	// config.SignerAPIClef (account_signTransaction, account_signData,
	// account_list).
	API string
	// Headers are sent with every request (typically Authorization). They
	// are secrets: never printed, logged or put in an error.
	Headers map[string]string
	// Timeout bounds one request (default config.DefaultExternalSignerTimeout).
	Timeout time.Duration
	// HTTPClient is used when set (its own Timeout still applies).
	HTTPClient *http.Client
}

// External signs through a remote signer, so the key never enters Warden.
// The remote is not trusted further than necessary: every signed
// transaction is decoded and must be exactly the transaction asked for,
// signed by Address for the requested chain, and every digest signature
// must recover to Address.
type External struct {
	rpc  *rpcClient
	addr common.Address
	api  string
}

// NewExternal checks the configuration; it does not contact the signer
// (see Check).
func NewExternal(cfg ExternalConfig) (*External, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("external signer: URL must be an http(s) URL with a host")
	}
	if u.User != nil {
		return nil, errors.New("external signer: URL must not contain credentials; use headers")
	}
	if cfg.Address == (common.Address{}) {
		return nil, errors.New("external signer: address is required")
	}
	api := cfg.API
	if api == "" {
		api = config.SignerAPIEth
	}
	if api != config.SignerAPIEth && api != config.SignerAPIClef {
		return nil, fmt.Errorf("external signer: API %q is not %s or %s", api, config.SignerAPIEth, config.SignerAPIClef)
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = config.DefaultExternalSignerTimeout
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	headers := http.Header{}
	for k, v := range cfg.Headers {
		headers.Set(k, v)
	}
	return &External{
		rpc:  &rpcClient{url: u.String(), endpoint: redactURL(u), headers: headers, timeout: timeout, http: hc},
		addr: cfg.Address,
		api:  api,
	}, nil
}

// redactURL keeps scheme, host and path: queries may carry API keys.
func redactURL(u *url.URL) string {
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
}

// Address is the account the remote signs for.
func (e *External) Address() common.Address { return e.addr }

// Endpoint is the signer's URL without query or credentials, for messages.
func (e *External) Endpoint() string { return e.rpc.endpoint }

func (e *External) method(eth, clef string) string {
	if e.api == config.SignerAPIClef {
		return clef
	}
	return eth
}

// Check asks the signer which accounts it serves and fails unless Address
// is one of them. Clef asks its operator before answering account_list, so
// call it where a human is expected to approve.
func (e *External) Check(ctx context.Context) error {
	method := e.method("eth_accounts", "account_list")
	var accs []common.Address
	if err := e.rpc.call(ctx, method, []any{}, &accs); err != nil {
		return err
	}
	if !slices.Contains(accs, e.addr) {
		return fmt.Errorf("external signer %s: does not serve %s (%s lists %d accounts)", e.rpc.endpoint, e.addr.Hex(), method, len(accs))
	}
	return nil
}

// sendTxArgs is the transaction object of eth_signTransaction: the fields
// Clef's SendTxArgs and Web3Signer's EthSendTransactionJsonParameters read.
// Both data and input are set (to the same bytes): Clef prefers input,
// Web3Signer data.
type sendTxArgs struct {
	From                 common.Address    `json:"from"`
	To                   *common.Address   `json:"to,omitempty"`
	Gas                  hexutil.Uint64    `json:"gas"`
	GasPrice             *hexutil.Big      `json:"gasPrice,omitempty"`
	MaxFeePerGas         *hexutil.Big      `json:"maxFeePerGas,omitempty"`
	MaxPriorityFeePerGas *hexutil.Big      `json:"maxPriorityFeePerGas,omitempty"`
	Value                *hexutil.Big      `json:"value"`
	Nonce                hexutil.Uint64    `json:"nonce"`
	Data                 hexutil.Bytes     `json:"data"`
	Input                hexutil.Bytes     `json:"input"`
	AccessList           *types.AccessList `json:"accessList,omitempty"`
	ChainID              *hexutil.Big      `json:"chainId"`
	Type                 hexutil.Uint64    `json:"type"`
}

func newSendTxArgs(from common.Address, tx *types.Transaction, chainID *big.Int) (*sendTxArgs, error) {
	args := &sendTxArgs{
		From:    from,
		To:      tx.To(),
		Gas:     hexutil.Uint64(tx.Gas()),
		Value:   (*hexutil.Big)(tx.Value()),
		Nonce:   hexutil.Uint64(tx.Nonce()),
		Data:    tx.Data(),
		Input:   tx.Data(),
		ChainID: (*hexutil.Big)(chainID),
		Type:    hexutil.Uint64(tx.Type()),
	}
	if args.Data == nil {
		args.Data, args.Input = []byte{}, []byte{}
	}
	switch tx.Type() {
	case types.LegacyTxType:
		args.GasPrice = (*hexutil.Big)(tx.GasPrice())
	case types.AccessListTxType:
		args.GasPrice = (*hexutil.Big)(tx.GasPrice())
		al := tx.AccessList()
		args.AccessList = &al
	case types.DynamicFeeTxType:
		args.MaxFeePerGas = (*hexutil.Big)(tx.GasFeeCap())
		args.MaxPriorityFeePerGas = (*hexutil.Big)(tx.GasTipCap())
		if al := tx.AccessList(); len(al) > 0 {
			args.AccessList = &al
		}
	default:
		return nil, fmt.Errorf("transaction type %d cannot be signed by an external signer (legacy, access-list and dynamic-fee only)", tx.Type())
	}
	return args, nil
}

// SignTx asks the remote to sign tx for chainID and returns the signed
// transaction only if it is tx, unchanged, signed by Address.
func (e *External) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("sign: chain ID is required")
	}
	if tx.Type() != types.LegacyTxType && tx.ChainId().Sign() != 0 && tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("sign: transaction is for chain %s, asked to sign for chain %s", tx.ChainId(), chainID)
	}
	args, err := newSendTxArgs(e.addr, tx, chainID)
	if err != nil {
		return nil, fmt.Errorf("external signer %s: %w", e.rpc.endpoint, err)
	}
	method := e.method("eth_signTransaction", "account_signTransaction")
	var res signTxResult
	if err := e.rpc.call(ctx, method, []any{args}, &res); err != nil {
		return nil, err
	}
	signed, err := res.transaction()
	if err != nil {
		return nil, fmt.Errorf("external signer %s: %s: %w", e.rpc.endpoint, method, err)
	}
	if err := verifySignedTx(tx, signed, chainID, e.addr); err != nil {
		return nil, fmt.Errorf("external signer %s: %s answer refused: %w", e.rpc.endpoint, method, err)
	}
	return signed, nil
}

// SignDigest signs the digest as a message (eth_sign, or Clef's
// account_signData with text/plain), so the signature is over the prefixed
// message and EthSign is true. It must recover to Address.
func (e *External) SignDigest(ctx context.Context, digest common.Hash) (DigestSignature, error) {
	var (
		method = e.method("eth_sign", "account_signData")
		params []any
		sig    hexutil.Bytes
	)
	if e.api == config.SignerAPIClef {
		params = []any{accounts.MimetypeTextPlain, e.addr, hexutil.Bytes(digest[:])}
	} else {
		params = []any{e.addr, hexutil.Bytes(digest[:])}
	}
	if err := e.rpc.call(ctx, method, params, &sig); err != nil {
		return DigestSignature{}, err
	}
	if len(sig) != crypto.SignatureLength {
		return DigestSignature{}, fmt.Errorf("external signer %s: %s answered %d bytes, want a %d-byte signature", e.rpc.endpoint, method, len(sig), crypto.SignatureLength)
	}
	out := slices.Clone([]byte(sig))
	switch out[64] {
	case 0, 1: // some signers answer the raw recovery id
		out[64] += 27
	case 27, 28:
	default:
		return DigestSignature{}, fmt.Errorf("external signer %s: %s answered a signature with v=%d", e.rpc.endpoint, method, out[64])
	}
	if err := verifyDigestSig(accounts.TextHash(digest[:]), out, e.addr); err != nil {
		return DigestSignature{}, fmt.Errorf("external signer %s: %s answer refused: %w", e.rpc.endpoint, method, err)
	}
	return DigestSignature{Sig: out, EthSign: true}, nil
}
