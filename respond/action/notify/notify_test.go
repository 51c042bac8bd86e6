package notify_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/notify"
)

// chat is a local stand-in for a chat service's incoming webhook: it
// records the JSON bodies it receives.
type chat struct {
	mu     sync.Mutex
	bodies []map[string]any
	status int
	srv    *httptest.Server
}

func newChat(t *testing.T, status int) *chat {
	c := &chat{status: status}
	c.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			http.Error(w, "not JSON", http.StatusBadRequest)
			return
		}
		c.mu.Lock()
		c.bodies = append(c.bodies, v)
		c.mu.Unlock()
		w.WriteHeader(c.status)
		_, _ = io.WriteString(w, "invalid_payload")
	}))
	t.Cleanup(c.srv.Close)
	return c
}

func (c *chat) received(t *testing.T) map[string]any {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.bodies) != 1 {
		t.Fatalf("%d messages received, want 1", len(c.bodies))
	}
	return c.bodies[0]
}

var attacker = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func input() *respond.Input {
	return actiontest.Input(attacker, alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Title: "flash loan", TxHash: common.HexToHash("0xfeed")})
}

func run(t *testing.T, params string) (*respond.Result, error) {
	t.Helper()
	node := actiontest.Params(t, params)
	if err := notify.Factory().Check(node, respond.CheckEnv{}); err != nil {
		t.Fatalf("check: %v", err)
	}
	a, err := notify.Factory().New(node, respond.BuildEnv{Chain: "dev"})
	if err != nil {
		t.Fatal(err)
	}
	_, res, _, err := actiontest.Run(context.Background(), a, input(), "inc-test/pb/1")
	return res, err
}

func TestNotifySlackShape(t *testing.T) {
	c := newChat(t, http.StatusOK)
	res, err := run(t, `{channel: slack, url: "`+c.srv.URL+`/services/T/B/X"}`)
	if err != nil || !res.Verified {
		t.Fatalf("res %+v err %v", res, err)
	}
	body := c.received(t)
	text, _ := body["text"].(string)
	want := "[CRITICAL] Flash-loan price manipulation — monitor pool on dev, attacker " + attacker.Hex() + " (incident inc-test, 1 alert)"
	if text != want || len(body) != 1 {
		t.Fatalf("slack body %v, want text %q", body, want)
	}
}

func TestNotifyDiscordShape(t *testing.T) {
	c := newChat(t, http.StatusNoContent)
	if _, err := run(t, `{channel: discord, url: "`+c.srv.URL+`/api/webhooks/1/x"}`); err != nil {
		t.Fatal(err)
	}
	body := c.received(t)
	if content, _ := body["content"].(string); !strings.HasPrefix(content, "[CRITICAL] Flash-loan price manipulation") || len(body) != 1 {
		t.Fatalf("discord body %v", body)
	}
}

func TestNotifyGenericShapeWithTemplateText(t *testing.T) {
	c := newChat(t, http.StatusOK)
	_, err := run(t, `{channel: generic, url: "`+c.srv.URL+`", text: "{{incident.severity}}: {{incident.attacker}} in tx {{alert.tx}}"}`)
	if err != nil {
		t.Fatal(err)
	}
	body := c.received(t)
	if body["text"] != "critical: "+attacker.Hex()+" in tx "+common.HexToHash("0xfeed").Hex() || body["step"] != "inc-test/pb/1" {
		t.Fatalf("generic body %v", body)
	}
	inc, _ := body["incident"].(map[string]any)
	if inc["id"] != "inc-test" || inc["attacker"] != attacker.Hex() || inc["severity"] != "critical" {
		t.Fatalf("generic incident %v", inc)
	}
}

func TestNotifyRefusedIsAnError(t *testing.T) {
	c := newChat(t, http.StatusForbidden)
	_, err := run(t, `{channel: slack, url: "`+c.srv.URL+`/services/T/B/SECRETPART"}`)
	if err == nil || !strings.Contains(err.Error(), "403 Forbidden: invalid_payload") || strings.Contains(err.Error(), "SECRETPART") {
		t.Fatalf("error %v", err)
	}
}

func TestNotifyCheck(t *testing.T) {
	cases := []struct{ params, want string }{
		{`{channel: slack, url: "env:SLACK_WEBHOOK_URL"}`, ""},
		{`{channel: teams, url: "https://example.com"}`, `channel: "teams" is not slack, discord or generic`},
		{`{url: "https://example.com"}`, "channel: is required"},
		{`{channel: slack}`, "url: is required"},
		{`{channel: slack, url: "https://example.com", text: "{{incident.owner}}"}`, "text: {{incident.owner}}: unknown field"},
		{`{channel: slack, url: "https://example.com", to: "#sec"}`, "field to not found"},
	}
	for _, tc := range cases {
		err := notify.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
	}
}
