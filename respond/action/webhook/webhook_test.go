package webhook_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/respond"
	"github.com/warden-dev/warden/respond/action/actiontest"
	"github.com/warden-dev/warden/respond/action/webhook"
)

// receiver is a local HTTP endpoint that records what it received and
// answers with the statuses it is given, in order (the last one repeats).
type receiver struct {
	mu       sync.Mutex
	requests []recorded
	statuses []int
	body     string        // response body
	delay    time.Duration // before answering
	srv      *httptest.Server
}

type recorded struct {
	method string
	header http.Header
	body   []byte
}

func newReceiver(t *testing.T, statuses ...int) *receiver {
	r := &receiver{statuses: statuses}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.requests = append(r.requests, recorded{req.Method, req.Header.Clone(), body})
		status := r.statuses[min(len(r.requests), len(r.statuses))-1]
		delay, respBody := r.delay, r.body
		r.mu.Unlock()
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-req.Context().Done():
				return
			}
		}
		w.WriteHeader(status)
		_, _ = io.WriteString(w, respBody)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) got() []recorded {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]recorded(nil), r.requests...)
}

// The path stands for the token a hosted webhook URL carries.
const tokenPath = "/hooks/T0KEN-in-the-path"

func newAction(t *testing.T, params string, logs *bytes.Buffer) respond.Action {
	t.Helper()
	if err := webhook.Factory().Check(actiontest.Params(t, params), respond.CheckEnv{}); err != nil {
		t.Fatalf("check: %v", err)
	}
	env := respond.BuildEnv{Chain: "dev", HTTP: &http.Client{}}
	if logs != nil {
		env.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	a, err := webhook.Factory().New(actiontest.Params(t, params), env)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func incidentInput() *respond.Input {
	return actiontest.Input(common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		alert.Alert{Detector: "flash_loan", Severity: alert.SeverityCritical, Title: "flash loan", Labels: map[string]string{"pair": "0x01"}})
}

func TestWebhookPostsSignedIncidentWithIdempotencyKey(t *testing.T) {
	r := newReceiver(t, http.StatusOK)
	const secret = "s3cret-hmac-key"
	t.Setenv("WARDEN_TEST_WEBHOOK_SECRET", secret)
	act := newAction(t, `{url: "`+r.srv.URL+tokenPath+`", secret: "env:WARDEN_TEST_WEBHOOK_SECRET", headers: {X-Team: blue}}`, nil)
	in := incidentInput()
	plan, res, _, err := actiontest.Run(context.Background(), act, in, "inc-test/pb/2")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || !strings.Contains(res.Detail, "HTTP 200") {
		t.Fatalf("result %+v", res)
	}
	for _, s := range []string{plan.Description, res.Detail} {
		if strings.Contains(s, "T0KEN") {
			t.Fatalf("%q shows the URL's path", s)
		}
	}
	reqs := r.got()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	q := reqs[0]
	if q.method != http.MethodPost || q.header.Get("Content-Type") != "application/json" || q.header.Get("X-Team") != "blue" {
		t.Fatalf("request %s %v", q.method, q.header)
	}
	if got := q.header.Get("Idempotency-Key"); got != "inc-test/pb/2" {
		t.Fatalf("Idempotency-Key %q", got)
	}
	// Verify the signature the way a receiver would.
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(q.header.Get("X-Warden-Timestamp") + "." + string(q.body)))
	if want := "sha256=" + hex.EncodeToString(mac.Sum(nil)); q.header.Get("X-Warden-Signature") != want {
		t.Fatalf("signature %q, want %q", q.header.Get("X-Warden-Signature"), want)
	}
	var p webhook.Payload
	if err := json.Unmarshal(q.body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Step != "inc-test/pb/2" || p.Incident.ID != in.Incident.ID || p.Incident.Attacker != in.Incident.Attacker || len(p.Alerts) != 1 || p.Alerts[0].Labels["pair"] != "0x01" {
		t.Fatalf("payload %+v", p)
	}
}

func TestWebhookRetriesServerErrorsWithTheSameBodyAndKey(t *testing.T) {
	r := newReceiver(t, http.StatusServiceUnavailable, http.StatusBadGateway, http.StatusAccepted)
	var logs bytes.Buffer
	const secret = "do-not-log-me"
	t.Setenv("WARDEN_TEST_WEBHOOK_SECRET", secret)
	act := newAction(t, `{url: "`+r.srv.URL+tokenPath+`", secret: "env:WARDEN_TEST_WEBHOOK_SECRET"}`, &logs)
	_, res, _, err := actiontest.Run(context.Background(), act, incidentInput(), "inc-test/pb/0")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || !strings.Contains(res.Detail, "HTTP 202, attempt 3") {
		t.Fatalf("result %+v", res)
	}
	reqs := r.got()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	for _, q := range reqs[1:] {
		if !bytes.Equal(q.body, reqs[0].body) || q.header.Get("Idempotency-Key") != "inc-test/pb/0" {
			t.Fatal("a retry changed the body or the idempotency key")
		}
	}
	if !strings.Contains(logs.String(), "retrying") {
		t.Fatalf("retries not logged: %s", logs.String())
	}
	if strings.Contains(logs.String(), secret) || strings.Contains(logs.String(), "T0KEN") {
		t.Fatalf("the log shows the secret or the URL's token: %s", logs.String())
	}
}

func TestWebhookClientErrorIsNotRetried(t *testing.T) {
	r := newReceiver(t, http.StatusUnprocessableEntity)
	r.body = "payload rejected:\nmissing field severity"
	act := newAction(t, `{url: "`+r.srv.URL+tokenPath+`"}`, nil)
	_, _, _, err := actiontest.Run(context.Background(), act, incidentInput(), "inc-test/pb/0")
	if err == nil {
		t.Fatal("a 422 counted as delivered")
	}
	if !strings.Contains(err.Error(), "answered 422 Unprocessable Entity: payload rejected: missing field severity") || strings.Contains(err.Error(), "T0KEN") {
		t.Fatalf("error %q", err)
	}
	if n := len(r.got()); n != 1 {
		t.Fatalf("%d requests for a 4xx, want 1", n)
	}
}

func TestWebhookTimeoutsAreRetriedABoundedNumberOfTimes(t *testing.T) {
	r := newReceiver(t, http.StatusOK)
	r.delay = 2 * time.Second
	act := newAction(t, `{url: "`+r.srv.URL+tokenPath+`", timeout: 50ms}`, nil)
	start := time.Now()
	_, _, _, err := actiontest.Run(context.Background(), act, incidentInput(), "inc-test/pb/0")
	if err == nil || !strings.Contains(err.Error(), "no answer from "+r.srv.URL+"/… within 50ms") {
		t.Fatalf("error %v", err)
	}
	if n := len(r.got()); n != webhook.MaxAttempts {
		t.Fatalf("%d attempts, want %d", n, webhook.MaxAttempts)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("gave up after %s", took)
	}
}

func TestWebhookURLFromSecretReference(t *testing.T) {
	r := newReceiver(t, http.StatusNoContent)
	t.Setenv("WARDEN_TEST_WEBHOOK_URL", r.srv.URL+tokenPath)
	act := newAction(t, `{url: "env:WARDEN_TEST_WEBHOOK_URL"}`, nil)
	_, res, _, err := actiontest.Run(context.Background(), act, incidentInput(), "inc-test/pb/0")
	if err != nil || !res.Verified {
		t.Fatalf("res %+v err %v", res, err)
	}
	if len(r.got()) != 1 {
		t.Fatal("nothing delivered")
	}
	if _, err := webhook.Factory().New(actiontest.Params(t, `{url: "env:WARDEN_TEST_UNSET_URL"}`), respond.BuildEnv{}); err == nil || !strings.Contains(err.Error(), "WARDEN_TEST_UNSET_URL is not set") {
		t.Fatalf("unset url reference: %v", err)
	}
}

func TestWebhookCheck(t *testing.T) {
	cases := []struct{ params, want string }{
		{`{url: "https://hooks.example.com/x", secret: "file:/run/secrets/hook", headers: {X-Team: a}, timeout: 3s}`, ""},
		{`{url: "env:HOOK_URL"}`, ""},
		{`{}`, "url: is required"},
		{`{url: "ftp://example.com/x"}`, "url: ftp://example.com/…: want an http or https URL"},
		{`{url: "https://user:pw@example.com/x"}`, "credentials in the URL are not supported"},
		{`{url: "https://example.com", secret: "hunter2"}`, "secret: must be a secret reference"},
		{`{url: "https://example.com", headers: {Idempotency-Key: x}}`, "headers: Idempotency-Key is set by Warden"},
		{`{url: "https://example.com", timeout: -1s}`, "timeout: must not be negative"},
		{`{url: "https://example.com", retries: 3}`, "field retries not found"},
	}
	for _, tc := range cases {
		err := webhook.Factory().Check(actiontest.Params(t, tc.params), respond.CheckEnv{})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.params, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want it to contain %q", tc.params, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "hunter2") {
			t.Errorf("an inline secret was echoed: %v", err)
		}
	}
}
