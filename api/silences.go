package api

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/silence"
)

// SilenceService is what the silence endpoints need; silence.Service
// implements it.
type SilenceService interface {
	Add(ctx context.Context, s silence.Silence) (*silence.Silence, error)
	Expire(ctx context.Context, id, by string) (*silence.Silence, error)
	Get(ctx context.Context, id string) (*silence.Silence, error)
	List(ctx context.Context) ([]silence.Silence, error)
	// Now is the clock states are computed with.
	Now() time.Time
}

// AddSilenceBody is the body of POST /silences. The silence ends at
// EndsAt, or Duration after it starts; exactly one of them is required.
// The creator is the authenticated user.
type AddSilenceBody struct {
	// Matchers in Alertmanager's syntax: monitor="pool", severity=~"low|medium".
	Matchers []string   `json:"matchers"`
	StartsAt *time.Time `json:"starts_at,omitempty"`
	EndsAt   *time.Time `json:"ends_at,omitempty"`
	// Duration is a Go duration such as "2h" or "30m".
	Duration string `json:"duration,omitempty"`
	Comment  string `json:"comment"`
}

// SilenceView is a silence with its state at the time of the answer.
type SilenceView struct {
	silence.Silence
	State silence.State `json:"state"`
}

// SilencesResponse is the answer of GET /silences.
type SilencesResponse struct {
	Silences []SilenceView `json:"silences"`
}

// silenceRole is the role that may add and expire silences: muting pages
// is a response decision, so it takes the same role as the kill switch.
// Every authenticated user may list them.
const silenceRole = config.RoleResponder

type silenceAPI struct {
	svc    SilenceService
	users  *Users
	logger *slog.Logger
}

// mountSilences adds the silence endpoints when the server has a silence
// service.
func (s *Server) mountSilences(mux *http.ServeMux) {
	if s.Silences == nil {
		return
	}
	logger := s.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	a := &silenceAPI{svc: s.Silences, users: s.Users, logger: logger}
	mux.HandleFunc("GET /silences", a.auth(a.list))
	mux.HandleFunc("GET /silences/{id}", a.auth(a.get))
	mux.HandleFunc("POST /silences", a.auth(a.add))
	mux.HandleFunc("POST /silences/{id}/expire", a.auth(a.expire))
}

func (a *silenceAPI) auth(h authedHandler) http.HandlerFunc {
	return (&responseAPI{users: a.users, logger: a.logger}).auth(h)
}

func (a *silenceAPI) view(s *silence.Silence) SilenceView {
	return SilenceView{Silence: *s, State: s.State(a.svc.Now())}
}

func (a *silenceAPI) list(w http.ResponseWriter, r *http.Request, _ respond.User) {
	var states []silence.State
	if v := r.URL.Query().Get("state"); v != "" {
		for _, s := range strings.Split(v, ",") {
			st := silence.State(strings.TrimSpace(s))
			if st != silence.StateActive && st != silence.StatePending && st != silence.StateExpired {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("state=%q: want active, pending or expired (comma-separated)", s))
				return
			}
			states = append(states, st)
		}
	}
	all, err := a.svc.List(r.Context())
	if err != nil {
		a.fail(w, err)
		return
	}
	out := SilencesResponse{Silences: []SilenceView{}}
	for i := range all {
		v := a.view(&all[i])
		if len(states) == 0 || slices.Contains(states, v.State) {
			out.Silences = append(out.Silences, v)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *silenceAPI) get(w http.ResponseWriter, r *http.Request, _ respond.User) {
	s, err := a.svc.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, a.view(s))
}

func (a *silenceAPI) add(w http.ResponseWriter, r *http.Request, user respond.User) {
	if !slices.Contains(user.Roles, silenceRole) {
		writeError(w, http.StatusForbidden, fmt.Sprintf("user %s does not hold the %s role, which adding a silence takes", user.Name, silenceRole))
		return
	}
	var body AddSilenceBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	ms, err := silence.ParseMatchers(body.Matchers)
	if err != nil {
		writeError(w, http.StatusBadRequest, "matchers: "+err.Error())
		return
	}
	in := silence.Silence{Matchers: ms, CreatedBy: user.Name, Comment: body.Comment}
	// A duration counts from the start, which is now unless given.
	in.StartsAt = a.svc.Now()
	if body.StartsAt != nil {
		in.StartsAt = *body.StartsAt
	}
	switch {
	case body.EndsAt != nil && body.Duration != "":
		writeError(w, http.StatusBadRequest, "give ends_at or duration, not both")
		return
	case body.EndsAt != nil:
		in.EndsAt = *body.EndsAt
	case body.Duration != "":
		d, err := time.ParseDuration(body.Duration)
		if err != nil || d <= 0 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("duration %q: want a positive duration such as 2h or 30m", body.Duration))
			return
		}
		in.EndsAt = in.StartsAt.Add(d)
	default:
		writeError(w, http.StatusBadRequest, "a silence needs ends_at or duration")
		return
	}
	s, err := a.svc.Add(r.Context(), in)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.logger.Info("silence added", "silence", s.ID, "matchers", s.Matchers.String(), "by", user.Name, "ends_at", s.EndsAt)
	writeJSON(w, http.StatusCreated, a.view(s))
}

func (a *silenceAPI) expire(w http.ResponseWriter, r *http.Request, user respond.User) {
	if !slices.Contains(user.Roles, silenceRole) {
		writeError(w, http.StatusForbidden, fmt.Sprintf("user %s does not hold the %s role, which expiring a silence takes", user.Name, silenceRole))
		return
	}
	s, err := a.svc.Expire(r.Context(), r.PathValue("id"), user.Name)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.logger.Info("silence expired", "silence", s.ID, "by", user.Name)
	writeJSON(w, http.StatusOK, a.view(s))
}

func (a *silenceAPI) fail(w http.ResponseWriter, err error) {
	failWith(w, a.logger, "silence", err,
		statusOf{silence.ErrNotFound, http.StatusNotFound},
		statusOf{silence.ErrBadInput, http.StatusBadRequest},
		statusOf{silence.ErrExpired, http.StatusConflict})
}

// Silences lists silences; states filters them (none: all).
func (c *Client) Silences(ctx context.Context, states ...silence.State) ([]SilenceView, error) {
	path := "/silences"
	if len(states) > 0 {
		names := make([]string, len(states))
		for i, s := range states {
			names[i] = string(s)
		}
		path += "?state=" + url.QueryEscape(strings.Join(names, ","))
	}
	var out SilencesResponse
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return out.Silences, nil
}

// AddSilence creates a silence as the client's user.
func (c *Client) AddSilence(ctx context.Context, body AddSilenceBody) (*SilenceView, error) {
	var out SilenceView
	if err := c.do(ctx, http.MethodPost, "/silences", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ExpireSilence ends a silence now.
func (c *Client) ExpireSilence(ctx context.Context, id string) (*SilenceView, error) {
	var out SilenceView
	if err := c.do(ctx, http.MethodPost, "/silences/"+url.PathEscape(id)+"/expire", struct{}{}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
