// Command testsigner is a small remote signer for the signer package's
// tests: a separate OS process that serves, over HTTP JSON-RPC, the methods
// Web3Signer and geth serve (eth_accounts, eth_signTransaction, eth_sign)
// and Clef's equivalents (account_list, account_signTransaction,
// account_signData), for one key read from the environment. Transaction
// arguments are decoded with go-ethereum's apitypes.SendTxArgs, the type
// Clef itself decoded them with.
//
// It can misbehave on purpose (-misbehave) so tests can prove the client
// refuses what a compromised or buggy signer answers.
//
// On start it prints "listening http://HOST:PORT" on stdout.
package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Ways to misbehave.
const (
	behaveWell  = ""
	wrongKey    = "wrong-key"    // sign with another key
	tamperNonce = "tamper-nonce" // sign nonce+1
	tamperTo    = "tamper-to"    // sign for another recipient
	rpcError    = "error"        // answer a JSON-RPC error
	slow        = "slow"         // answer after -delay
	garbage     = "garbage"      // answer a result that is no transaction
)

// account is a key and its address.
type account struct {
	PrivateKey *ecdsa.PrivateKey
	Address    common.Address
}

type server struct {
	key       *account
	other     *account
	misbehave string
	format    string
	delay     time.Duration
	header    string
	want      string
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	misbehave := flag.String("misbehave", behaveWell, "wrong-key, tamper-nonce, tamper-to, error, slow or garbage")
	format := flag.String("format", "raw", "eth_signTransaction answer: raw (Web3Signer: hex string) or object (geth, Clef: {raw, tx})")
	delay := flag.Duration("delay", 5*time.Second, "how long -misbehave=slow waits")
	header := flag.String("require-header", "", "refuse requests (HTTP 401) whose header NAME is not $TESTSIGNER_HEADER_VALUE")
	flag.Parse()

	key, err := crypto.HexToECDSA(strings.TrimPrefix(os.Getenv("TESTSIGNER_KEY"), "0x"))
	if err != nil {
		log.Fatal("TESTSIGNER_KEY must hold a hex private key")
	}
	other, err := crypto.ToECDSA(crypto.Keccak256(crypto.FromECDSA(key)))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{
		key:       &account{PrivateKey: key, Address: crypto.PubkeyToAddress(key.PublicKey)},
		other:     &account{PrivateKey: other, Address: crypto.PubkeyToAddress(other.PublicKey)},
		misbehave: *misbehave,
		format:    *format,
		delay:     *delay,
		header:    *header,
		want:      os.Getenv("TESTSIGNER_HEADER_VALUE"),
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("listening http://%s\n", ln.Addr())
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.Serve(ln))
}

type request struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.header != "" && r.Header.Get(s.header) != s.want {
		http.Error(w, "missing or wrong credentials", http.StatusUnauthorized)
		return
	}
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad JSON", http.StatusBadRequest)
		return
	}
	if s.misbehave == slow {
		select {
		case <-time.After(s.delay):
		case <-r.Context().Done():
			return
		}
	}
	result, err := s.handle(req)
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if err != nil {
		resp["error"] = err
	} else {
		resp["result"] = result
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (s *server) handle(req request) (any, *rpcErr) {
	if s.misbehave == rpcError {
		return nil, &rpcErr{Code: -32000, Message: "request denied by policy"}
	}
	switch req.Method {
	case "eth_accounts", "account_list":
		return []common.Address{s.key.Address}, nil
	case "eth_signTransaction", "account_signTransaction":
		if len(req.Params) < 1 {
			return nil, &rpcErr{Code: -32602, Message: "missing transaction"}
		}
		return s.signTx(req.Params[0])
	case "eth_sign":
		if len(req.Params) != 2 {
			return nil, &rpcErr{Code: -32602, Message: "want [address, data]"}
		}
		return s.signText(req.Params[0], req.Params[1])
	case "account_signData":
		var mime string
		if len(req.Params) != 3 || json.Unmarshal(req.Params[0], &mime) != nil || mime != accounts.MimetypeTextPlain {
			return nil, &rpcErr{Code: -32602, Message: "want [text/plain, address, data]"}
		}
		return s.signText(req.Params[1], req.Params[2])
	default:
		return nil, &rpcErr{Code: -32601, Message: "the method " + req.Method + " does not exist"}
	}
}

func (s *server) checkFrom(raw json.RawMessage) error {
	var from common.MixedcaseAddress
	if err := json.Unmarshal(raw, &from); err != nil {
		return err
	}
	if from.Address() != s.key.Address {
		return errors.New("unknown account " + from.Address().Hex())
	}
	return nil
}

func (s *server) signingKey() *account {
	if s.misbehave == wrongKey {
		return s.other
	}
	return s.key
}

func (s *server) signTx(raw json.RawMessage) (any, *rpcErr) {
	var args apitypes.SendTxArgs
	if err := json.Unmarshal(raw, &args); err != nil {
		return nil, &rpcErr{Code: -32602, Message: "invalid transaction: " + err.Error()}
	}
	if args.From.Address() != s.key.Address {
		return nil, &rpcErr{Code: -32000, Message: "unknown account " + args.From.Address().Hex()}
	}
	if args.ChainID == nil {
		return nil, &rpcErr{Code: -32602, Message: "chainId is required"}
	}
	switch s.misbehave {
	case tamperNonce:
		args.Nonce++
	case tamperTo:
		to := common.NewMixedcaseAddress(common.HexToAddress("0x000000000000000000000000000000000000dEaD"))
		args.To = &to
	}
	tx, err := args.ToTransaction()
	if err != nil {
		return nil, &rpcErr{Code: -32602, Message: err.Error()}
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID((*big.Int)(args.ChainID)), s.signingKey().PrivateKey)
	if err != nil {
		return nil, &rpcErr{Code: -32000, Message: err.Error()}
	}
	if s.misbehave == garbage {
		return hexutil.Bytes{0xde, 0xad, 0xbe, 0xef}, nil
	}
	rawTx, err := signed.MarshalBinary()
	if err != nil {
		return nil, &rpcErr{Code: -32000, Message: err.Error()}
	}
	if s.format == "object" {
		return map[string]any{"raw": hexutil.Bytes(rawTx), "tx": signed}, nil
	}
	return hexutil.Bytes(rawTx), nil
}

func (s *server) signText(addr, data json.RawMessage) (any, *rpcErr) {
	if err := s.checkFrom(addr); err != nil {
		return nil, &rpcErr{Code: -32000, Message: err.Error()}
	}
	var msg hexutil.Bytes
	if err := json.Unmarshal(data, &msg); err != nil {
		return nil, &rpcErr{Code: -32602, Message: "data must be hex"}
	}
	sig, err := crypto.Sign(accounts.TextHash(msg), s.signingKey().PrivateKey)
	if err != nil {
		return nil, &rpcErr{Code: -32000, Message: err.Error()}
	}
	sig[64] += 27
	return hexutil.Bytes(sig), nil
}
