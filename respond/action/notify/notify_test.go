package notify_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	wnotify "github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/slack"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/notify"
	"github.com/warden-dev/warden/store/sqlite"
)

// chat is a local stand-in for Slack's incoming webhook: it records the
// JSON bodies it receives.
type chat struct {
	mu     sync.Mutex
	bodies []map[string]any
	srv    *httptest.Server
}

func newChat(t *testing.T) *chat {
	c := &chat{}
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
		_, _ = io.WriteString(w, "ok")
	}))
	t.Cleanup(c.srv.Close)
	return c
}

func (c *chat) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.bodies)
}

var attacker = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func input() *respond.Input {
	return actiontest.Input(attacker, alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Title: "flash loan", TxHash: common.HexToHash("0xfeed")})
}

// dispatcher is the daemon's real notification dispatcher over a sqlite
// delivery log, with one Slack receiver pointed at the local chat server.
func dispatcher(t *testing.T, c *chat) (*wnotify.Dispatcher, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r, err := slack.New(slack.Options{WebhookURL: c.srv.URL + "/services/T/B/X", Client: c.srv.Client()})
	if err != nil {
		t.Fatal(err)
	}
	d, err := wnotify.NewDispatcher(st, []wnotify.Destination{{Name: "security-slack", Receiver: r}}, wnotify.DispatcherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = d.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return d, st
}

// TestNotifyGoesThroughTheDeliveryLog: the step's message is stored in
// the delivery log under the step's key and delivered by the receiver, with
// the template text; running the step again queues nothing new.
func TestNotifyGoesThroughTheDeliveryLog(t *testing.T) {
	c := newChat(t)
	d, st := dispatcher(t, c)
	node := actiontest.Params(t, `{receiver: security-slack, text: "{{incident.severity}}: {{incident.attacker}} in tx {{alert.tx}}"}`)
	if err := notify.Factory().Check(node, respond.CheckEnv{}); err != nil {
		t.Fatalf("check: %v", err)
	}
	a, err := notify.Factory().New(node, respond.BuildEnv{Chain: "dev", Notifier: d})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for range 2 {
		_, res, _, err := actiontest.Run(ctx, a, input(), "inc-test/pb/1")
		if err != nil || !res.Verified || !strings.Contains(res.Detail, "security-slack") {
			t.Fatalf("res %+v err %v", res, err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for c.count() < 1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // a second delivery would show now
	if n := c.count(); n != 1 {
		t.Fatalf("slack got %d messages, want exactly 1", n)
	}
	dl, err := st.Notification(ctx, "step/inc-test/pb/1")
	if err != nil || dl == nil || dl.State != wnotify.StateDelivered {
		t.Fatalf("delivery log entry %+v, err %v", dl, err)
	}
	want := "critical: " + attacker.Hex() + " in tx " + common.HexToHash("0xfeed").Hex()
	if dl.Message.Note != want || dl.Message.Incident.ID != "inc-test" {
		t.Fatalf("queued message note %q incident %q, want %q", dl.Message.Note, dl.Message.Incident.ID, want)
	}
	body, _ := json.Marshal(c.bodies[0])
	if !strings.Contains(string(body), attacker.Hex()) {
		t.Fatalf("slack message does not carry the text: %s", body)
	}
}

func TestNotifyDefaultText(t *testing.T) {
	want := "[CRITICAL] Flash-loan price manipulation — monitor pool on dev, attacker " + attacker.Hex() + " (incident inc-test, 1 alert)"
	if got := notify.Message(input().Incident); got != want {
		t.Fatalf("default text %q, want %q", got, want)
	}
}

func TestNotifyWithoutReceiversFailsToBuild(t *testing.T) {
	_, err := notify.Factory().New(actiontest.Params(t, `{receiver: security-slack}`), respond.BuildEnv{Chain: "dev"})
	if err == nil || !strings.Contains(err.Error(), "no receivers are configured") {
		t.Fatalf("error %v", err)
	}
}

func TestNotifyCheck(t *testing.T) {
	cases := []struct{ params, want string }{
		{`{receiver: security-slack}`, ""},
		{`{text: "hi"}`, "receiver: is required"},
		{`{receiver: security-slack, text: "{{incident.owner}}"}`, "text: {{incident.owner}}: unknown field"},
		{`{receiver: security-slack, url: "https://example.com"}`, "field url not found"},
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
