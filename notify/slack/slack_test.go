package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/slack"
)

// blockKit is the payload as Slack reads it.
type blockKit struct {
	Text   string `json:"text"`
	Blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"text"`
		Fields []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"fields"`
		Elements []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"elements"`
	} `json:"blocks"`
}

func TestDeliverPostsBlockKit(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Body: "ok"})
	rcv, err := slack.New(slack.Options{WebhookURL: srv.URL + "/services/T000/B000/secretpart"})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	m.Incident.Title = "Drain of <!channel> token"
	m.To = []string{"U0123ABC"}
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	req := reqs[0]
	if req.Method != http.MethodPost || req.Path != "/services/T000/B000/secretpart" || req.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("request %s %s %q", req.Method, req.Path, req.Header.Get("Content-Type"))
	}
	var p blockKit
	if err := json.Unmarshal(req.Body, &p); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, b := range p.Blocks {
		types = append(types, b.Type)
	}
	if strings.Join(types, ",") != "header,section,section,context" {
		t.Fatalf("blocks %v", types)
	}
	if p.Blocks[0].Text.Type != "plain_text" || !strings.Contains(p.Blocks[0].Text.Text, "CRITICAL · New incident: Drain of <!channel> token") {
		t.Errorf("header %+v", p.Blocks[0].Text)
	}
	body := p.Blocks[1].Text.Text
	if p.Blocks[1].Text.Type != "mrkdwn" || !strings.HasPrefix(body, "<@U0123ABC>\n") {
		t.Errorf("section does not mention the member first: %q", body)
	}
	if strings.Contains(body, "<!channel>") || !strings.Contains(body, "&lt;!channel&gt;") {
		t.Errorf("markup from data reached Slack unescaped: %q", body)
	}
	for _, want := range []string{"What: ", "At risk: 420 ETH", "large_outflow", "Warden already did:", "Paused LendingPool"} {
		if !strings.Contains(body, want) {
			t.Errorf("section lacks %q:\n%s", want, body)
		}
	}
	fields := map[string]string{}
	for _, f := range p.Blocks[2].Fields {
		name, value, _ := strings.Cut(f.Text, "\n")
		fields[name] = value
	}
	if fields["*Severity*"] != "critical" || fields["*Monitor*"] != "lending" || fields["*Incident*"] != "inc-example" || len(p.Blocks[2].Fields) > 10 {
		t.Errorf("fields %v", fields)
	}
	ctxLine := p.Blocks[3].Elements[0].Text
	if !strings.Contains(ctxLine, "<https://warden.example/incidents/inc-example|Incident in Warden>") ||
		!strings.Contains(ctxLine, "https://etherscan.io/address/0x00000000000000000000000000000000000bAD01") {
		t.Errorf("context links %q", ctxLine)
	}
	if p.Text == "" {
		t.Error("no fallback text")
	}
}

func TestErrorsAreClassifiedAndRedacted(t *testing.T) {
	srv := notifytest.NewServer(t,
		notifytest.Response{Status: 404, Body: "no_service"},
		notifytest.Response{Status: 503, Body: "down"},
		notifytest.Response{Status: 429, Header: map[string]string{"Retry-After": "30"}})
	rcv, err := slack.New(slack.Options{WebhookURL: srv.URL + "/services/T000/B000/secretpart"})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	rd := notifytest.Render(t, m)

	err = rcv.Deliver(context.Background(), m, rd)
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "404") || !strings.Contains(err.Error(), "no_service") {
		t.Errorf("404: %v (permanent %v)", err, notify.IsPermanent(err))
	}
	if strings.Contains(err.Error(), "secretpart") {
		t.Errorf("error shows the webhook's secret path: %v", err)
	}
	err = rcv.Deliver(context.Background(), m, rd)
	if err == nil || notify.IsPermanent(err) {
		t.Errorf("503 should be recoverable: %v", err)
	}
	err = rcv.Deliver(context.Background(), m, rd)
	if notify.IsPermanent(err) || notify.RetryAfter(err).Seconds() != 30 {
		t.Errorf("429: %v, retry after %v", err, notify.RetryAfter(err))
	}
}

func TestNewRejectsNonHTTPURL(t *testing.T) {
	if _, err := slack.New(slack.Options{WebhookURL: "ftp://hooks.example/x"}); err == nil {
		t.Fatal("accepted an ftp URL")
	}
}
