// Package api is Warden's HTTP surface: /metrics (Prometheus), /status
// (per chain: head, processed block, lag, endpoint health), which `warden
// status` reads, and the response endpoints behind bearer tokens: action
// requests and their approval or rejection, and the global kill switch,
// which `warden actions|approve|reject|kill-switch` use through Client.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Status is the answer of GET /status.
type Status struct {
	Chains []ChainStatus `json:"chains"`
}

// ChainStatus describes one followed chain.
type ChainStatus struct {
	Name       string           `json:"name"`
	Head       uint64           `json:"head"`
	Processed  uint64           `json:"processed"`
	LagBlocks  uint64           `json:"lag_blocks"`
	LagSeconds float64          `json:"lag_seconds"`
	Reorgs     int              `json:"reorgs"`
	Endpoints  []EndpointStatus `json:"endpoints"`
}

// EndpointStatus describes one JSON-RPC endpoint.
type EndpointStatus struct {
	URL       string  `json:"url"`
	Healthy   bool    `json:"healthy"`
	Active    bool    `json:"active"`
	Head      uint64  `json:"head"`
	LatencyMS float64 `json:"latency_ms"`
	Requests  uint64  `json:"requests"`
	Errors    uint64  `json:"errors"`
	LastError string  `json:"last_error,omitempty"`
}

// StatusProvider builds the current status.
type StatusProvider interface {
	Status(ctx context.Context) Status
}

// Server is what the HTTP surface serves.
type Server struct {
	Status StatusProvider
	// Metrics serves /metrics when not nil.
	Metrics http.Handler
	// Response serves the response endpoints when not nil; Users
	// authenticates them (no users: every request is refused).
	Response ResponseService
	Users    *Users
	Logger   *slog.Logger
	// Incidents serves /incidents (api/incidents.go) when not nil.
	Incidents *IncidentService
	// Silences serves /silences (api/silences.go) when not nil.
	Silences SilenceService
}

// Handler serves /status and, when metrics is not nil, /metrics.
func Handler(sp StatusProvider, metrics http.Handler) http.Handler {
	return (&Server{Status: sp, Metrics: metrics}).Handler()
}

// Handler builds the routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(s.Status.Status(r.Context())); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	if s.Metrics != nil {
		mux.Handle("GET /metrics", s.Metrics)
	}
	if s.Response != nil {
		logger := s.Logger
		if logger == nil {
			logger = slog.New(slog.DiscardHandler)
		}
		(&responseAPI{svc: s.Response, users: s.Users, logger: logger}).mount(mux)
	}
	s.mountIncidents(mux, s.Logger)
	s.mountSilences(mux)
	return mux
}

// Serve listens on addr until ctx ends. It returns once listening fails or
// the server has shut down.
func Serve(ctx context.Context, addr string, h http.Handler) (net.Addr, <-chan error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	return ln.Addr(), done, nil
}

// FetchStatus reads /status from a running Warden.
func FetchStatus(ctx context.Context, baseURL string) (*Status, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/status", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("is Warden running with server.listen set? %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, fmt.Errorf("GET %s/status: %s: %s", baseURL, resp.Status, body)
	}
	var st Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return nil, fmt.Errorf("GET %s/status: decode: %w", baseURL, err)
	}
	return &st, nil
}
