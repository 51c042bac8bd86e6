package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
)

// ResponseService is what the response endpoints need: the responder.
type ResponseService interface {
	ActionRequests(ctx context.Context, openOnly bool) ([]respond.ActionRequest, error)
	ActionRequest(ctx context.Context, id string) (*respond.ActionRequest, error)
	Approve(ctx context.Context, id string, by respond.User, sig *respond.Signature) (*respond.ActionRequest, error)
	Reject(ctx context.Context, id string, by respond.User, reason string) (*respond.ActionRequest, error)
	KillSwitch(ctx context.Context) (respond.KillSwitch, error)
	SetKillSwitch(ctx context.Context, on bool, by respond.User) (respond.KillSwitch, error)
}

// Credential is a bearer token and the user it identifies.
type Credential struct {
	Token string
	User  respond.User
}

// Users authenticates bearer tokens. Only digests of the tokens are kept,
// and every lookup compares against all of them in constant time, so
// neither timing nor a memory dump gives a token away.
type Users struct {
	creds []digested
}

type digested struct {
	sum  [sha256.Size]byte
	user respond.User
}

// NewUsers builds the token table; tokens must be distinct and at least
// 16 characters long (a short token can be guessed over the network).
func NewUsers(creds []Credential) (*Users, error) {
	u := &Users{}
	seen := map[[sha256.Size]byte]string{}
	for _, c := range creds {
		if len(c.Token) < 16 {
			return nil, fmt.Errorf("user %s: token is shorter than 16 characters", c.User.Name)
		}
		sum := sha256.Sum256([]byte(c.Token))
		if other, dup := seen[sum]; dup {
			return nil, fmt.Errorf("users %s and %s have the same token", other, c.User.Name)
		}
		seen[sum] = c.User.Name
		u.creds = append(u.creds, digested{sum: sum, user: c.User})
	}
	return u, nil
}

// UsersFromConfig resolves the configured users' token references.
func UsersFromConfig(users []config.User) (*Users, error) {
	creds := make([]Credential, 0, len(users))
	for _, cu := range users {
		if cu.Token == "" {
			continue // paged and assigned roles, never calls the API
		}
		tok, err := cu.Token.Resolve()
		if err != nil {
			return nil, fmt.Errorf("user %s: token: %w", cu.Name, err)
		}
		creds = append(creds, Credential{Token: tok, User: respond.User{Name: cu.Name, Roles: cu.Roles}})
	}
	return NewUsers(creds)
}

// Authenticate returns the user an Authorization header identifies.
func (u *Users) Authenticate(header string) (respond.User, bool) {
	tok, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || u == nil {
		return respond.User{}, false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	var found respond.User
	match := 0
	for _, c := range u.creds {
		if subtle.ConstantTimeCompare(sum[:], c.sum[:]) == 1 {
			found, match = c.user, 1
		}
	}
	return found, match == 1
}

// ApproveBody is the optional body of POST /actions/{id}/approve: an
// owner's signature for a step that collects them (a Safe transaction).
type ApproveBody struct {
	Signature string `json:"signature,omitempty"` // 65 bytes, hex
	Signer    string `json:"signer,omitempty"`    // the address that signed
}

// RejectBody is the body of POST /actions/{id}/reject.
type RejectBody struct {
	Reason string `json:"reason"`
}

// KillSwitchBody is the body of POST /response/kill-switch.
type KillSwitchBody struct {
	On *bool `json:"on"`
}

// ActionsResponse is the answer of GET /actions.
type ActionsResponse struct {
	Actions []respond.ActionRequest `json:"actions"`
}

// ErrorResponse is every error's body.
type ErrorResponse struct {
	Error string `json:"error"`
}

type responseAPI struct {
	svc    ResponseService
	users  *Users
	logger *slog.Logger
}

func (a *responseAPI) mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /actions", a.auth(a.list))
	mux.HandleFunc("GET /actions/{id}", a.auth(a.get))
	mux.HandleFunc("POST /actions/{id}/approve", a.auth(a.approve))
	mux.HandleFunc("POST /actions/{id}/reject", a.auth(a.reject))
	mux.HandleFunc("GET /response/kill-switch", a.auth(a.killSwitch))
	mux.HandleFunc("POST /response/kill-switch", a.auth(a.setKillSwitch))
}

type authedHandler func(w http.ResponseWriter, r *http.Request, user respond.User)

func (a *responseAPI) auth(h authedHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, ok := a.users.Authenticate(r.Header.Get("Authorization"))
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="warden"`)
			writeError(w, http.StatusUnauthorized, "missing or unknown bearer token (Authorization: Bearer TOKEN of a user in the config's users)")
			return
		}
		h(w, r, user)
	}
}

func (a *responseAPI) list(w http.ResponseWriter, r *http.Request, _ respond.User) {
	open := false
	switch v := r.URL.Query().Get("open"); v {
	case "", "false", "0":
	case "true", "1":
		open = true
	default:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("open=%q: want true or false", v))
		return
	}
	qs, err := a.svc.ActionRequests(r.Context(), open)
	if err != nil {
		a.fail(w, err)
		return
	}
	if qs == nil {
		qs = []respond.ActionRequest{}
	}
	writeJSON(w, http.StatusOK, ActionsResponse{Actions: qs})
}

func (a *responseAPI) get(w http.ResponseWriter, r *http.Request, _ respond.User) {
	q, err := a.svc.ActionRequest(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, q)
}

func (a *responseAPI) approve(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body ApproveBody
	if !decodeBody(w, r, &body, true) {
		return
	}
	var sig *respond.Signature
	switch {
	case body.Signature == "" && body.Signer != "":
		writeError(w, http.StatusBadRequest, "signer given without a signature")
		return
	case body.Signature != "":
		data, err := hexutil.Decode(ensure0x(body.Signature))
		if err != nil || len(data) != 65 {
			writeError(w, http.StatusBadRequest, "signature: want 65 bytes (r, s, v) in hex")
			return
		}
		if !common.IsHexAddress(body.Signer) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("signer: %q is not an address; say which owner signed", body.Signer))
			return
		}
		sig = &respond.Signature{Signer: common.HexToAddress(body.Signer), Data: data, By: user.Name}
	}
	// Once recorded, an approval that completes a request runs its steps;
	// a client hanging up must not cut a send short.
	q, err := a.svc.Approve(context.WithoutCancel(r.Context()), r.PathValue("id"), user, sig)
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, q)
}

func (a *responseAPI) reject(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body RejectBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	q, err := a.svc.Reject(r.Context(), r.PathValue("id"), user, body.Reason)
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, q)
}

func (a *responseAPI) killSwitch(w http.ResponseWriter, r *http.Request, _ respond.User) {
	ks, err := a.svc.KillSwitch(r.Context())
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, ks)
}

func (a *responseAPI) setKillSwitch(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body KillSwitchBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	if body.On == nil {
		writeError(w, http.StatusBadRequest, `body needs "on": true or false`)
		return
	}
	ks, err := a.svc.SetKillSwitch(r.Context(), *body.On, user)
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, ks)
}

// fail maps the responder's errors to statuses.
func (a *responseAPI) fail(w http.ResponseWriter, err error) {
	failWith(w, a.logger, "response", err,
		statusOf{respond.ErrNotFound, http.StatusNotFound},
		statusOf{respond.ErrForbidden, http.StatusForbidden},
		statusOf{respond.ErrConflict, http.StatusConflict},
		statusOf{respond.ErrBadInput, http.StatusBadRequest})
}

// statusOf maps a package's sentinel error to the HTTP status it means.
type statusOf struct {
	err    error
	status int
}

// failWith answers a failed request: errors the table knows get their
// status and their own message (they are written for the user); anything
// else is logged and answered 500 without details, which could leak
// internals (paths, SQL).
func failWith(w http.ResponseWriter, logger *slog.Logger, what string, err error, table ...statusOf) {
	for _, t := range table {
		if errors.Is(err, t.err) {
			writeError(w, t.status, err.Error())
			return
		}
	}
	logger.Error(what+" api request failed", "err", err)
	writeError(w, http.StatusInternalServerError, "internal error; see the Warden log")
}

// maxBody bounds request bodies; decisions are a few hundred bytes.
const maxBody = 64 << 10

func decodeBody(w http.ResponseWriter, r *http.Request, out any, optional bool) bool {
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return false
	}
	if len(raw) > maxBody {
		writeError(w, http.StatusRequestEntityTooLarge, "body is larger than 64 KiB")
		return false
	}
	if len(strings.TrimSpace(string(raw))) == 0 {
		if optional {
			return true
		}
		writeError(w, http.StatusBadRequest, "body is empty; want JSON")
		return false
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		writeError(w, http.StatusBadRequest, "body is not the expected JSON: "+err.Error())
		return false
	}
	return true
}

func ensure0x(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, ErrorResponse{Error: msg})
}
