package discord_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/discord"
	"github.com/warden-dev/warden/notify/notifytest"
)

func TestDeliverPostsEmbedColouredBySeverity(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Status: 204})
	rcv, err := discord.New(discord.Options{WebhookURL: srv.URL + "/api/webhooks/123/tok"})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	m.To = []string{"80351110224678912"}
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	req := srv.WaitRequests(t, 1)[0]
	var p struct {
		Content string `json:"content"`
		Embeds  []struct {
			Title       string `json:"title"`
			Description string `json:"description"`
			URL         string `json:"url"`
			Color       int    `json:"color"`
			Timestamp   string `json:"timestamp"`
			Fields      []struct {
				Name   string `json:"name"`
				Value  string `json:"value"`
				Inline bool   `json:"inline"`
			} `json:"fields"`
		} `json:"embeds"`
		AllowedMentions struct {
			Parse []string `json:"parse"`
			Users []string `json:"users"`
		} `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(req.Body, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Embeds) != 1 {
		t.Fatalf("%d embeds", len(p.Embeds))
	}
	e := p.Embeds[0]
	if e.Color != 0xD32F2F {
		t.Errorf("critical colour %#x", e.Color)
	}
	if !strings.HasPrefix(e.Title, "CRITICAL · New incident:") || e.URL != "https://warden.example/incidents/inc-example" {
		t.Errorf("title %q url %q", e.Title, e.URL)
	}
	if !strings.Contains(e.Description, "At risk: 420 ETH") || !strings.Contains(e.Description, "[Incident in Warden](https://warden.example/incidents/inc-example)") {
		t.Errorf("description %q", e.Description)
	}
	if _, err := time.Parse(time.RFC3339, e.Timestamp); err != nil {
		t.Errorf("timestamp %q: %v", e.Timestamp, err)
	}
	if len(e.Fields) == 0 || e.Fields[0].Name != "Severity" || e.Fields[0].Value != "critical" || !e.Fields[0].Inline {
		t.Errorf("fields %+v", e.Fields)
	}
	if p.Content != "<@80351110224678912>" || len(p.AllowedMentions.Parse) != 0 || p.AllowedMentions.Users[0] != "80351110224678912" {
		t.Errorf("mentions: content %q allowed %+v", p.Content, p.AllowedMentions)
	}
}

func TestColourFollowsSeverityAndResolve(t *testing.T) {
	m := notify.ExampleMessage()
	seen := map[int]bool{}
	for _, sev := range []alert.Severity{alert.SeverityCritical, alert.SeverityHigh, alert.SeverityMedium, alert.SeverityLow, alert.SeverityInfo} {
		m.Incident.Severity = sev
		seen[discord.Colour(m)] = true
	}
	if len(seen) != 5 {
		t.Errorf("severities share colours: %v", seen)
	}
	m.Event = notify.EventResolve
	if discord.Colour(m) != discord.ResolvedColour {
		t.Errorf("resolve colour %#x", discord.Colour(m))
	}
}

func TestRateLimitBodyIsHonoured(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Status: 429, Body: `{"message":"You are being rate limited.","retry_after":1.5,"global":false}`})
	rcv, _ := discord.New(discord.Options{WebhookURL: srv.URL + "/api/webhooks/123/tok"})
	m := notify.ExampleMessage()
	err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m))
	if notify.IsPermanent(err) || notify.RetryAfter(err) != 1500*time.Millisecond {
		t.Fatalf("err %v retry after %v", err, notify.RetryAfter(err))
	}
	if strings.Contains(err.Error(), "tok") {
		t.Errorf("error shows the webhook token: %v", err)
	}
}
