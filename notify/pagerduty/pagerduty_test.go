package pagerduty_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/pagerduty"
)

const routingKey = "R0UT1NGKEY0000000000000000000000"

type event struct {
	RoutingKey  string `json:"routing_key"`
	EventAction string `json:"event_action"`
	DedupKey    string `json:"dedup_key"`
	Payload     *struct {
		Summary       string         `json:"summary"`
		Source        string         `json:"source"`
		Severity      string         `json:"severity"`
		Timestamp     string         `json:"timestamp"`
		Component     string         `json:"component"`
		Group         string         `json:"group"`
		Class         string         `json:"class"`
		CustomDetails map[string]any `json:"custom_details"`
	} `json:"payload"`
	Links []struct {
		Href string `json:"href"`
		Text string `json:"text"`
	} `json:"links"`
	ClientURL string `json:"client_url"`
}

func TestTriggerAcknowledgeResolveShareTheDedupKey(t *testing.T) {
	accepted := notifytest.Response{Status: 202, Body: `{"status":"success","message":"Event processed","dedup_key":"inc-example"}`}
	srv := notifytest.NewServer(t, accepted, accepted, accepted, accepted)
	rcv, err := pagerduty.New(pagerduty.Options{RoutingKey: routingKey, APIURL: srv.URL + "/v2/enqueue"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []notify.Event{notify.EventTrigger, notify.EventEscalate, notify.EventAcknowledge, notify.EventResolve} {
		m := notify.ExampleMessage()
		m.Event = e
		if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
			t.Fatalf("%s: %v", e, err)
		}
	}
	reqs := srv.WaitRequests(t, 4)
	var actions []string
	for _, r := range reqs {
		if r.Path != "/v2/enqueue" {
			t.Errorf("path %q", r.Path)
		}
		var ev event
		if err := json.Unmarshal(r.Body, &ev); err != nil {
			t.Fatal(err)
		}
		if ev.RoutingKey != routingKey || ev.DedupKey != "inc-example" {
			t.Errorf("routing key %q dedup key %q", ev.RoutingKey, ev.DedupKey)
		}
		actions = append(actions, ev.EventAction)
		switch ev.EventAction {
		case "trigger":
			p := ev.Payload
			if p == nil || !strings.HasPrefix(p.Summary, "CRITICAL") || p.Severity != "critical" || p.Source != "warden/mainnet/lending" ||
				p.Component != "lending" || p.Group != "mainnet" || p.Class != "large_outflow,flash_loan" {
				t.Errorf("trigger payload %+v", p)
				continue
			}
			if p.CustomDetails["At risk"] != "420 ETH" || !strings.Contains(p.CustomDetails["text"].(string), "Warden already did") {
				t.Errorf("custom details %v", p.CustomDetails)
			}
			if ev.ClientURL != "https://warden.example/incidents/inc-example" || len(ev.Links) == 0 {
				t.Errorf("links %+v client_url %q", ev.Links, ev.ClientURL)
			}
		default:
			if ev.Payload != nil {
				t.Errorf("%s carries a payload", ev.EventAction)
			}
		}
	}
	if strings.Join(actions, ",") != "trigger,trigger,acknowledge,resolve" {
		t.Errorf("event actions %v", actions)
	}
}

func TestSeverityMapping(t *testing.T) {
	for sev, want := range map[alert.Severity]string{
		alert.SeverityCritical: "critical", alert.SeverityHigh: "error", alert.SeverityMedium: "warning",
		alert.SeverityLow: "info", alert.SeverityInfo: "info",
	} {
		if got := pagerduty.Severity(sev); got != want {
			t.Errorf("%s → %s, want %s", sev, got, want)
		}
	}
}

func TestInvalidEventIsPermanent(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Status: 400, Body: `{"status":"invalid event","message":"Event object is invalid","errors":["Length of 'routing_key' is incorrect"]}`})
	rcv, _ := pagerduty.New(pagerduty.Options{RoutingKey: routingKey, APIURL: srv.URL})
	m := notify.ExampleMessage()
	err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m))
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "invalid event") {
		t.Fatalf("err %v", err)
	}
}
