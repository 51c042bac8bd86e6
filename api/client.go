package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/warden-dev/warden/respond"
)

// Client talks to a running Warden's response endpoints as one user.
type Client struct {
	// BaseURL is like http://127.0.0.1:9464.
	BaseURL string
	Token   string
	// HTTP defaults to a client with a two-minute timeout: an approval
	// returns once the approved steps have run, which includes waiting
	// for the transaction to be mined.
	HTTP *http.Client
}

// Error is an answer other than 2xx.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%d %s: %s", e.Status, http.StatusText(e.Status), e.Message)
}

// Actions lists action requests, newest first; openOnly keeps those still
// taking decisions.
func (c *Client) Actions(ctx context.Context, openOnly bool) ([]respond.ActionRequest, error) {
	var out ActionsResponse
	if err := c.do(ctx, http.MethodGet, "/actions?open="+fmt.Sprint(openOnly), nil, &out); err != nil {
		return nil, err
	}
	return out.Actions, nil
}

// Action returns one action request with its steps.
func (c *Client) Action(ctx context.Context, id string) (*respond.ActionRequest, error) {
	var out respond.ActionRequest
	if err := c.do(ctx, http.MethodGet, "/actions/"+url.PathEscape(id), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Approve approves an action, with an optional signature.
func (c *Client) Approve(ctx context.Context, id string, body ApproveBody) (*respond.ActionRequest, error) {
	var out respond.ActionRequest
	if err := c.do(ctx, http.MethodPost, "/actions/"+url.PathEscape(id)+"/approve", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Reject rejects an action.
func (c *Client) Reject(ctx context.Context, id, reason string) (*respond.ActionRequest, error) {
	var out respond.ActionRequest
	if err := c.do(ctx, http.MethodPost, "/actions/"+url.PathEscape(id)+"/reject", RejectBody{Reason: reason}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// KillSwitch reads the kill switch.
func (c *Client) KillSwitch(ctx context.Context) (respond.KillSwitch, error) {
	var out respond.KillSwitch
	err := c.do(ctx, http.MethodGet, "/response/kill-switch", nil, &out)
	return out, err
}

// SetKillSwitch turns the kill switch on or off.
func (c *Client) SetKillSwitch(ctx context.Context, on bool) (respond.KillSwitch, error) {
	var out respond.KillSwitch
	err := c.do(ctx, http.MethodPost, "/response/kill-switch", KillSwitchBody{On: &on}, &out)
	return out, err
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	base := strings.TrimRight(c.BaseURL, "/")
	req, err := http.NewRequestWithContext(ctx, method, base+path, rd)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 2 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		// The URL error names the address, never the token.
		return fmt.Errorf("is Warden running with server.listen set? %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return fmt.Errorf("%s %s: read answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		var e ErrorResponse
		if json.Unmarshal(raw, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(raw))
		}
		return &Error{Status: resp.StatusCode, Message: e.Error}
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%s %s: decode answer: %w", method, path, err)
	}
	return nil
}
