// Package safe works with Safe (formerly Gnosis Safe) 1.4.1 multisig
// wallets: it builds Safe transactions and their EIP-712 hashes, checks and
// orders owner signatures the way the contract will, packs execTransaction
// calldata, reads a Safe's owners, threshold and nonce, finds executions,
// and deploys the real Safe contracts (for tests and the dev chain).
//
// The hashing is done locally (a signer must know what it signs without
// trusting the node); the tests hold it to the contract's own
// getTransactionHash.
package safe

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	safebind "github.com/warden-dev/warden/contracts/bindings/safe"
)

// Version is the Safe release whose contracts and hashing this package uses.
const Version = "1.4.1"

// Operation is how a Safe performs its transaction.
type Operation uint8

const (
	// Call is an ordinary CALL from the Safe.
	Call Operation = 0
	// DelegateCall runs the target's code in the Safe's own storage.
	DelegateCall Operation = 1
)

var (
	// domainTypeHash is keccak256("EIP712Domain(uint256 chainId,address verifyingContract)"),
	// the domain Safe uses since 1.3.0 (no name or version).
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(uint256 chainId,address verifyingContract)"))
	// safeTxTypeHash is SAFE_TX_TYPEHASH of Safe 1.4.1.
	safeTxTypeHash = crypto.Keccak256Hash([]byte("SafeTx(address to,uint256 value,bytes data,uint8 operation," +
		"uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)"))

	safeABI = safebind.NewSafe()
)

// Tx is a Safe transaction: what the Safe does once enough owners signed
// its hash. The zero values of the gas and refund fields mean no refund to
// the submitter and "use all the gas the submitter provides", which also
// makes execTransaction revert (GS013) when the inner call fails instead of
// consuming the nonce.
type Tx struct {
	To             common.Address
	Value          *big.Int // nil = 0
	Data           []byte
	Operation      Operation
	SafeTxGas      uint64
	BaseGas        uint64
	GasPrice       *big.Int // nil = 0
	GasToken       common.Address
	RefundReceiver common.Address
	Nonce          uint64
}

// DomainSeparator is the EIP-712 domain separator of the Safe at address
// safe on chain chainID.
func DomainSeparator(chainID *big.Int, safe common.Address) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], word(chainID), common.LeftPadBytes(safe[:], 32))
}

// Hash is the safeTxHash owners sign: the EIP-712 hash of tx for the Safe
// at address safe on chain chainID (Safe.getTransactionHash).
func Hash(chainID *big.Int, safe common.Address, tx Tx) common.Hash {
	structHash := crypto.Keccak256Hash(
		safeTxTypeHash[:],
		common.LeftPadBytes(tx.To[:], 32),
		word(tx.Value),
		crypto.Keccak256(tx.Data),
		word(big.NewInt(int64(tx.Operation))),
		word(new(big.Int).SetUint64(tx.SafeTxGas)),
		word(new(big.Int).SetUint64(tx.BaseGas)),
		word(tx.GasPrice),
		common.LeftPadBytes(tx.GasToken[:], 32),
		common.LeftPadBytes(tx.RefundReceiver[:], 32),
		word(new(big.Int).SetUint64(tx.Nonce)),
	)
	domain := DomainSeparator(chainID, safe)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash[:])
}

// ExecData is the calldata of execTransaction for tx with packed
// signatures (see Pack). The nonce is not part of it: the Safe uses its
// current one, which is why the signatures must be over that nonce.
func ExecData(tx Tx, signatures []byte) []byte {
	return safeABI.PackExecTransaction(tx.To, orZero(tx.Value), tx.Data, uint8(tx.Operation),
		new(big.Int).SetUint64(tx.SafeTxGas), new(big.Int).SetUint64(tx.BaseGas), orZero(tx.GasPrice),
		tx.GasToken, tx.RefundReceiver, signatures)
}

// word is v as a 32-byte big-endian word (nil = 0).
func word(v *big.Int) []byte {
	return common.LeftPadBytes(orZero(v).Bytes(), 32)
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
