package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// SecretRef points at a secret instead of containing it, so a config file
// can be committed and shared without leaking keys: "env:NAME" reads an
// environment variable, "file:PATH" a file (surrounding whitespace trimmed).
type SecretRef string

// Check validates the reference's form without reading the secret.
func (r SecretRef) Check() error {
	scheme, rest, ok := strings.Cut(string(r), ":")
	switch {
	case r == "":
		return errors.New("is required (env:NAME or file:PATH)")
	case !ok || (scheme != "env" && scheme != "file"):
		// Do not echo the value: it may be a pasted key.
		return errors.New("must be a secret reference (env:NAME or file:PATH), not an inline value")
	case rest == "":
		return fmt.Errorf("%s: reference names nothing", scheme)
	}
	return nil
}

// Resolve reads the secret.
func (r SecretRef) Resolve() (string, error) {
	if err := r.Check(); err != nil {
		return "", err
	}
	scheme, rest, _ := strings.Cut(string(r), ":")
	switch scheme {
	case "env":
		v, ok := os.LookupEnv(rest)
		if !ok || strings.TrimSpace(v) == "" {
			return "", fmt.Errorf("environment variable %s is not set", rest)
		}
		return strings.TrimSpace(v), nil
	default:
		b, err := os.ReadFile(rest)
		if err != nil {
			return "", fmt.Errorf("read secret file: %w", err)
		}
		v := strings.TrimSpace(string(b))
		if v == "" {
			return "", fmt.Errorf("secret file %s is empty", rest)
		}
		return v, nil
	}
}

// String never reveals the secret, only where it comes from.
func (r SecretRef) String() string { return string(r) }
