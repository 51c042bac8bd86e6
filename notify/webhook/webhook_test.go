package webhook_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/webhook"
)

const secret = "whsec-test-0123456789"

func TestBodyIsSignedOverTimestampAndBody(t *testing.T) {
	srv := notifytest.NewServer(t)
	now := time.Unix(1_740_000_000, 0)
	rcv, err := webhook.New(webhook.Options{URL: srv.URL + "/hook", Secret: secret, Headers: map[string]string{"Authorization": "Bearer x"}, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	req := srv.WaitRequests(t, 1)[0]
	ts := req.Header.Get("X-Warden-Timestamp")
	if ts != strconv.FormatInt(now.Unix(), 10) {
		t.Errorf("timestamp %q", ts)
	}
	// Verified independently of the package's own Sign.
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "." + string(req.Body)))
	if want := "sha256=" + hex.EncodeToString(mac.Sum(nil)); req.Header.Get("X-Warden-Signature") != want {
		t.Errorf("signature %q, want %q", req.Header.Get("X-Warden-Signature"), want)
	}
	if err := webhook.Verify(secret, ts, req.Header.Get("X-Warden-Signature"), req.Body, now.Add(time.Minute), 5*time.Minute); err != nil {
		t.Errorf("Verify: %v", err)
	}
	tampered := []byte(strings.Replace(string(req.Body), "lending", "lendinG", 1))
	if err := webhook.Verify(secret, ts, req.Header.Get("X-Warden-Signature"), tampered, now, 5*time.Minute); err == nil {
		t.Error("Verify accepted a tampered body")
	}
	if err := webhook.Verify(secret, ts, req.Header.Get("X-Warden-Signature"), req.Body, now.Add(time.Hour), 5*time.Minute); err == nil {
		t.Error("Verify accepted a stale timestamp")
	}
	if req.Header.Get("Idempotency-Key") != m.Key || req.Header.Get("X-Warden-Event") != "trigger" || req.Header.Get("Authorization") != "Bearer x" {
		t.Errorf("headers %v", req.Header)
	}
	var p struct {
		Version  int    `json:"version"`
		Key      string `json:"key"`
		Event    string `json:"event"`
		Title    string `json:"title"`
		Incident struct {
			ID       string `json:"id"`
			Severity string `json:"severity"`
		} `json:"incident"`
		Alerts []struct {
			Detector string `json:"detector"`
		} `json:"alerts"`
		Actions []string `json:"actions"`
		Links   []struct {
			URL string `json:"url"`
		} `json:"links"`
	}
	if err := json.Unmarshal(req.Body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Version != 1 || p.Key != m.Key || p.Event != "trigger" || p.Incident.ID != "inc-example" || p.Incident.Severity != "critical" ||
		len(p.Alerts) != 2 || len(p.Actions) != 1 || p.Links[0].URL != "https://warden.example/incidents/inc-example" || !strings.HasPrefix(p.Title, "CRITICAL") {
		t.Errorf("payload %+v", p)
	}
}

func TestNewRefusesUnsignedOrCredentialedURL(t *testing.T) {
	if _, err := webhook.New(webhook.Options{URL: "https://h.example/x"}); err == nil {
		t.Error("accepted an empty secret")
	}
	if _, err := webhook.New(webhook.Options{URL: "https://u:p@h.example/x", Secret: "s"}); err == nil {
		t.Error("accepted credentials in the URL")
	}
}
