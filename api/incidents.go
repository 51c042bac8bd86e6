package api

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/incident"
	"github.com/warden-dev/warden/report"
	"github.com/warden-dev/warden/respond"
)

// IncidentService serves the incident endpoints: listing and reading
// incidents, verifying their timelines, drafts (status updates, the
// postmortem) and the lifecycle moves people make.
type IncidentService struct {
	Manager *incident.Manager
	// Reports reads an incident with its alerts, steps and timeline (the
	// store).
	Reports report.Source
	// Allow decides whether a user may act on an incident; nil means
	// incident.Allowed (permissions follow incident roles).
	Allow func(inc *incident.Incident, who incident.Actor, action string) error
	// OnCall reports whether a person is on call now, which lets them
	// acknowledge and move incidents; nil: nobody is.
	OnCall func(ctx context.Context, person string) bool
	// Now stamps drafts; nil means time.Now.
	Now func() time.Time
}

// IncidentsResponse is the answer of GET /incidents.
type IncidentsResponse struct {
	Incidents []incident.Incident `json:"incidents"`
}

// TimelineResponse is the answer of GET /incidents/{id}/timeline.
type TimelineResponse struct {
	IncidentID string           `json:"incident_id"`
	Entries    []incident.Entry `json:"entries"`
}

// DraftResponse carries a generated Markdown document.
type DraftResponse struct {
	IncidentID string `json:"incident_id"`
	Kind       string `json:"kind"` // postmortem, status-update-internal, status-update-public
	Markdown   string `json:"markdown"`
}

// ReasonBody is the body of ack, resolve, close and reopen (the reason is
// optional only for ack).
type ReasonBody struct {
	Reason string `json:"reason"`
}

// NoteBody is the body of POST /incidents/{id}/note.
type NoteBody struct {
	Text string `json:"text"`
}

// SeverityBody is the body of POST /incidents/{id}/severity: a level
// (SEV1..SEV4) or "auto" to clear an override.
type SeverityBody struct {
	Level  string `json:"level"`
	Reason string `json:"reason"`
}

// AssignBody is the body of POST /incidents/{id}/assign: put Person in
// Role, or hand the role over from From to Person.
type AssignBody struct {
	Role   string `json:"role"`
	Person string `json:"person"`
	From   string `json:"from,omitempty"`
}

// mountIncidents registers the incident routes when the server has an
// incident service.
func (s *Server) mountIncidents(mux *http.ServeMux, logger *slog.Logger) {
	if s.Incidents == nil {
		return
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	a := &incidentAPI{svc: s.Incidents, users: s.Users, logger: logger}
	mux.HandleFunc("GET /incidents", a.auth(a.list))
	mux.HandleFunc("GET /incidents/{id}", a.auth(a.get))
	mux.HandleFunc("GET /incidents/{id}/timeline", a.auth(a.timeline))
	mux.HandleFunc("GET /incidents/{id}/verify", a.auth(a.verify))
	mux.HandleFunc("GET /incidents/{id}/postmortem", a.auth(a.postmortem))
	mux.HandleFunc("GET /incidents/{id}/status-update", a.auth(a.statusUpdate))
	mux.HandleFunc("POST /incidents/{id}/ack", a.auth(a.ack))
	mux.HandleFunc("POST /incidents/{id}/resolve", a.auth(a.move(incident.ActionTransition, (*incident.Manager).Resolve)))
	mux.HandleFunc("POST /incidents/{id}/close", a.auth(a.move(incident.ActionClose, (*incident.Manager).Close)))
	mux.HandleFunc("POST /incidents/{id}/reopen", a.auth(a.move(incident.ActionTransition, (*incident.Manager).Reopen)))
	mux.HandleFunc("POST /incidents/{id}/note", a.auth(a.note))
	mux.HandleFunc("POST /incidents/{id}/severity", a.auth(a.severity))
	mux.HandleFunc("POST /incidents/{id}/assign", a.auth(a.assign))
}

type incidentAPI struct {
	svc    *IncidentService
	users  *Users
	logger *slog.Logger
}

func (a *incidentAPI) auth(h authedHandler) http.HandlerFunc {
	return (&responseAPI{users: a.users}).auth(h)
}

func (a *incidentAPI) now() time.Time {
	if a.svc.Now != nil {
		return a.svc.Now()
	}
	return time.Now()
}

// permit loads the incident and asks the permission hook whether user may
// do action on it.
func (a *incidentAPI) permit(ctx context.Context, id string, user respond.User, action string) error {
	inc, err := a.svc.Manager.Store().Incident(ctx, id)
	if err != nil {
		return err
	}
	who := a.actor(ctx, user)
	allow := a.svc.Allow
	if allow == nil {
		allow = incident.Allowed
	}
	return allow(inc, who, action)
}

func (a *incidentAPI) actor(ctx context.Context, user respond.User) incident.Actor {
	who := incident.Actor{Name: user.Name, Roles: user.Roles}
	if a.svc.OnCall != nil {
		who.OnCall = a.svc.OnCall(ctx, user.Name)
	}
	return who
}

func (a *incidentAPI) list(w http.ResponseWriter, r *http.Request, _ respond.User) {
	filter := r.URL.Query().Get("status")
	var want incident.Status
	switch filter {
	case "", "open", "all":
	default:
		st, err := incident.ParseStatus(filter)
		if err != nil {
			writeError(w, http.StatusBadRequest, "status: "+err.Error()+" (or open, all)")
			return
		}
		want = st
	}
	all, err := a.svc.Manager.Store().Incidents(r.Context())
	if err != nil {
		a.fail(w, err)
		return
	}
	out := make([]incident.Incident, 0, len(all))
	for _, inc := range all {
		switch {
		case want != "" && inc.Status != want:
		case (filter == "" || filter == "open") && inc.Status == incident.StatusClosed:
		default:
			out = append(out, inc)
		}
	}
	// Newest first: the incident people are working on is on top.
	slices.Reverse(out)
	writeJSON(w, http.StatusOK, IncidentsResponse{Incidents: out})
}

func (a *incidentAPI) load(w http.ResponseWriter, r *http.Request) (*report.Incident, bool) {
	rep, err := report.Load(r.Context(), a.svc.Reports, r.PathValue("id"))
	if err != nil {
		a.fail(w, err)
		return nil, false
	}
	return rep, true
}

func (a *incidentAPI) get(w http.ResponseWriter, r *http.Request, _ respond.User) {
	if rep, ok := a.load(w, r); ok {
		writeJSON(w, http.StatusOK, rep)
	}
}

func (a *incidentAPI) timeline(w http.ResponseWriter, r *http.Request, _ respond.User) {
	id := r.PathValue("id")
	if _, err := a.svc.Manager.Store().Incident(r.Context(), id); err != nil {
		a.fail(w, err)
		return
	}
	entries, err := a.svc.Manager.Store().Timeline(r.Context(), id)
	if err != nil {
		a.fail(w, err)
		return
	}
	if entries == nil {
		entries = []incident.Entry{}
	}
	writeJSON(w, http.StatusOK, TimelineResponse{IncidentID: id, Entries: entries})
}

// verify answers 200 whether or not the timeline is intact: the check
// itself worked, and its result is in the body.
func (a *incidentAPI) verify(w http.ResponseWriter, r *http.Request, _ respond.User) {
	v, err := a.svc.Manager.Verify(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, err)
		return
	}
	if !v.OK {
		a.logger.Warn("incident timeline failed verification", "incident", v.IncidentID, "entry", v.BrokenSeq, "problem", v.Problem)
	}
	writeJSON(w, http.StatusOK, v)
}

func (a *incidentAPI) postmortem(w http.ResponseWriter, r *http.Request, _ respond.User) {
	rep, ok := a.load(w, r)
	if !ok {
		return
	}
	var b strings.Builder
	if err := report.Postmortem(&b, rep, a.now()); err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, DraftResponse{IncidentID: rep.Incident.ID, Kind: "postmortem", Markdown: b.String()})
}

func (a *incidentAPI) statusUpdate(w http.ResponseWriter, r *http.Request, _ respond.User) {
	audience, err := report.ParseAudience(r.URL.Query().Get("audience"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "audience: "+err.Error())
		return
	}
	rep, ok := a.load(w, r)
	if !ok {
		return
	}
	var b strings.Builder
	if err := report.StatusUpdate(&b, rep, audience, a.now()); err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, DraftResponse{IncidentID: rep.Incident.ID, Kind: "status-update-" + string(audience), Markdown: b.String()})
}

func (a *incidentAPI) ack(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body ReasonBody
	if !decodeBody(w, r, &body, true) {
		return
	}
	id := r.PathValue("id")
	if err := a.permit(r.Context(), id, user, incident.ActionAcknowledge); err != nil {
		a.fail(w, err)
		return
	}
	a.answer(w, func() (*incident.Incident, error) {
		return a.svc.Manager.Acknowledge(r.Context(), id, user.Name, body.Reason)
	})
}

// move serves resolve, close and reopen: each needs a reason.
func (a *incidentAPI) move(action string, do func(m *incident.Manager, ctx context.Context, id, actor, reason string) (*incident.Incident, error)) authedHandler {
	return func(w http.ResponseWriter, r *http.Request, user respond.User) {
		var body ReasonBody
		if !decodeBody(w, r, &body, false) {
			return
		}
		id := r.PathValue("id")
		if err := a.permit(r.Context(), id, user, action); err != nil {
			a.fail(w, err)
			return
		}
		a.answer(w, func() (*incident.Incident, error) { return do(a.svc.Manager, r.Context(), id, user.Name, body.Reason) })
	}
}

func (a *incidentAPI) note(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body NoteBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	id := r.PathValue("id")
	if err := a.permit(r.Context(), id, user, incident.ActionNote); err != nil {
		a.fail(w, err)
		return
	}
	a.answer(w, func() (*incident.Incident, error) { return a.svc.Manager.Note(r.Context(), id, user.Name, body.Text) })
}

func (a *incidentAPI) severity(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body SeverityBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	level := incident.LevelUnset
	if !strings.EqualFold(strings.TrimSpace(body.Level), "auto") {
		l, err := incident.ParseLevel(body.Level)
		if err != nil {
			writeError(w, http.StatusBadRequest, "level: "+err.Error()+", or auto to follow the alerts again")
			return
		}
		level = l
	}
	id := r.PathValue("id")
	if err := a.permit(r.Context(), id, user, incident.ActionSetSEV); err != nil {
		a.fail(w, err)
		return
	}
	a.answer(w, func() (*incident.Incident, error) {
		return a.svc.Manager.SetSEV(r.Context(), id, level, user.Name, body.Reason)
	})
}

// assign puts a person in an incident role; with from, it hands the role
// over. The role functions check permissions themselves (the holder may
// hand over their own role).
func (a *incidentAPI) assign(w http.ResponseWriter, r *http.Request, user respond.User) {
	var body AssignBody
	if !decodeBody(w, r, &body, false) {
		return
	}
	id, who := r.PathValue("id"), a.actor(r.Context(), user)
	if a.svc.Allow != nil {
		if err := a.permit(r.Context(), id, user, incident.ActionAssignRole); err != nil {
			a.fail(w, err)
			return
		}
	}
	a.answer(w, func() (*incident.Incident, error) {
		if body.From != "" {
			return a.svc.Manager.HandoverRole(r.Context(), id, who, body.Role, body.From, body.Person)
		}
		return a.svc.Manager.AssignRole(r.Context(), id, who, body.Role, body.Person)
	})
}

func (a *incidentAPI) answer(w http.ResponseWriter, do func() (*incident.Incident, error)) {
	inc, err := do()
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, inc)
}

// fail maps the incident package's errors to statuses.
func (a *incidentAPI) fail(w http.ResponseWriter, err error) {
	failWith(w, a.logger, "incident", err,
		statusOf{incident.ErrNotFound, http.StatusNotFound},
		statusOf{incident.ErrForbidden, http.StatusForbidden},
		statusOf{incident.ErrInvalidTransition, http.StatusConflict},
		statusOf{incident.ErrInvalidInput, http.StatusBadRequest})
}

// --- client ---

// Incidents lists incidents, newest first. status is "" or "open" (all but
// closed), "all", or one lifecycle state.
func (c *Client) Incidents(ctx context.Context, status string) ([]incident.Incident, error) {
	var out IncidentsResponse
	if err := c.do(ctx, http.MethodGet, "/incidents?status="+url.QueryEscape(status), nil, &out); err != nil {
		return nil, err
	}
	return out.Incidents, nil
}

// Incident returns an incident with its alerts, response steps and
// timeline, and whether the timeline verified.
func (c *Client) Incident(ctx context.Context, id string) (*report.Incident, error) {
	var out report.Incident
	if err := c.do(ctx, http.MethodGet, incidentPath(id, ""), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Timeline returns an incident's timeline.
func (c *Client) Timeline(ctx context.Context, id string) ([]incident.Entry, error) {
	var out TimelineResponse
	if err := c.do(ctx, http.MethodGet, incidentPath(id, "timeline"), nil, &out); err != nil {
		return nil, err
	}
	return out.Entries, nil
}

// VerifyTimeline asks the server to check an incident's timeline.
func (c *Client) VerifyTimeline(ctx context.Context, id string) (*incident.Verification, error) {
	var out incident.Verification
	if err := c.do(ctx, http.MethodGet, incidentPath(id, "verify"), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Postmortem returns the postmortem skeleton in Markdown.
func (c *Client) Postmortem(ctx context.Context, id string) (string, error) {
	var out DraftResponse
	err := c.do(ctx, http.MethodGet, incidentPath(id, "postmortem"), nil, &out)
	return out.Markdown, err
}

// StatusUpdate returns a status update draft for audience (internal or
// public) in Markdown.
func (c *Client) StatusUpdate(ctx context.Context, id string, audience report.Audience) (string, error) {
	var out DraftResponse
	err := c.do(ctx, http.MethodGet, incidentPath(id, "status-update")+"?audience="+url.QueryEscape(string(audience)), nil, &out)
	return out.Markdown, err
}

// Acknowledge takes an incident on.
func (c *Client) Acknowledge(ctx context.Context, id, reason string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "ack", ReasonBody{Reason: reason})
}

// Resolve resolves an incident.
func (c *Client) Resolve(ctx context.Context, id, reason string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "resolve", ReasonBody{Reason: reason})
}

// CloseIncident closes an incident for good.
func (c *Client) CloseIncident(ctx context.Context, id, reason string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "close", ReasonBody{Reason: reason})
}

// Reopen moves a resolved incident back to investigating.
func (c *Client) Reopen(ctx context.Context, id, reason string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "reopen", ReasonBody{Reason: reason})
}

// Note appends a note to an incident's timeline.
func (c *Client) Note(ctx context.Context, id, text string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "note", NoteBody{Text: text})
}

// SetSEV overrides an incident's level (SEV1..SEV4), or clears the
// override with "auto".
func (c *Client) SetSEV(ctx context.Context, id, level, reason string) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "severity", SeverityBody{Level: level, Reason: reason})
}

// Assign puts a person in an incident role, or hands it over.
func (c *Client) Assign(ctx context.Context, id string, body AssignBody) (*incident.Incident, error) {
	return c.incidentPost(ctx, id, "assign", body)
}

func (c *Client) incidentPost(ctx context.Context, id, what string, body any) (*incident.Incident, error) {
	var out incident.Incident
	if err := c.do(ctx, http.MethodPost, incidentPath(id, what), body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func incidentPath(id, sub string) string {
	p := "/incidents/" + url.PathEscape(id)
	if sub != "" {
		p += "/" + sub
	}
	return p
}
