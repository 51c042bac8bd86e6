package signer

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
)

// The types below hold a private key (Key) or credentials (External's
// headers). Each formats itself, for every fmt verb including %#v, for
// slog and for JSON, as what it is, its address and where it came from,
// so no accidental print, log line or API answer shows a secret. The
// methods have value receivers so a dereferenced copy is covered too.

// String describes the key without revealing it.
func (k Key) String() string {
	return fmt.Sprintf("private key for %s (%s)", k.addr.Hex(), k.source)
}

// GoString is String: %#v must not dump the key's fields.
func (k Key) GoString() string { return k.String() }

// Format writes String for every verb.
func (k Key) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, k.String()) }

// LogValue logs the address and source only.
func (k Key) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", "key"), slog.String("address", k.addr.Hex()), slog.String("source", k.source))
}

// MarshalJSON encodes the address and source only.
func (k Key) MarshalJSON() ([]byte, error) {
	return json.Marshal(description{Kind: "key", Address: k.addr.Hex(), Source: k.source})
}

// String describes the remote signer without its headers or URL query.
func (e External) String() string {
	return fmt.Sprintf("external signer for %s at %s (%s API)", e.addr.Hex(), e.rpc.endpoint, e.api)
}

// GoString is String: %#v must not dump the headers.
func (e External) GoString() string { return e.String() }

// Format writes String for every verb.
func (e External) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, e.String()) }

// LogValue logs the address and redacted endpoint only.
func (e External) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", "external"), slog.String("address", e.addr.Hex()), slog.String("endpoint", e.rpc.endpoint), slog.String("api", e.api))
}

// MarshalJSON encodes the address and redacted endpoint only.
func (e External) MarshalJSON() ([]byte, error) {
	return json.Marshal(description{Kind: "external", Address: e.addr.Hex(), Source: e.rpc.endpoint})
}

type description struct {
	Kind    string `json:"kind"`
	Address string `json:"address"`
	Source  string `json:"source"`
}
