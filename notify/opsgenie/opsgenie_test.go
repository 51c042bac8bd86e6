package opsgenie_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/opsgenie"
)

const apiKey = "eb243592-faa2-4ba2-a551q-1afdf565c889"

func TestLifecycleUsesTheIncidentAsAlias(t *testing.T) {
	accepted := notifytest.Response{Status: 202, Body: `{"result":"Request will be processed","took":0.1,"requestId":"x"}`}
	srv := notifytest.NewServer(t, accepted, accepted, accepted, accepted)
	rcv, err := opsgenie.New(opsgenie.Options{APIKey: apiKey, APIURL: srv.URL, Tags: []string{"defi"}})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	m.Incident.ID = "inc-a/b"
	for _, e := range []notify.Event{notify.EventTrigger, notify.EventUpdate, notify.EventAcknowledge, notify.EventResolve} {
		m.Event = e
		if e == notify.EventTrigger {
			m.To = []string{"alice@example.com"}
		} else {
			m.To, m.Note = nil, "containment verified"
		}
		if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
			t.Fatalf("%s: %v", e, err)
		}
	}
	reqs := srv.WaitRequests(t, 4)
	for _, r := range reqs {
		if r.Header.Get("Authorization") != "GenieKey "+apiKey {
			t.Errorf("%s: authorization %q", r.Path, r.Header.Get("Authorization"))
		}
	}
	var create struct {
		Message     string            `json:"message"`
		Alias       string            `json:"alias"`
		Description string            `json:"description"`
		Priority    string            `json:"priority"`
		Tags        []string          `json:"tags"`
		Details     map[string]string `json:"details"`
		Responders  []struct {
			Type, Username string
		} `json:"responders"`
	}
	if reqs[0].Path != "/v2/alerts" {
		t.Fatalf("create path %q", reqs[0].Path)
	}
	if err := json.Unmarshal(reqs[0].Body, &create); err != nil {
		t.Fatal(err)
	}
	if create.Alias != "inc-a/b" || create.Priority != "P1" || len([]rune(create.Message)) > 130 || !strings.HasPrefix(create.Message, "CRITICAL") {
		t.Errorf("create %+v", create)
	}
	if strings.Join(create.Tags, ",") != "warden,mainnet,lending,defi" || create.Details["At risk"] != "420 ETH" {
		t.Errorf("tags %v details %v", create.Tags, create.Details)
	}
	if len(create.Responders) != 1 || create.Responders[0].Type != "user" || create.Responders[0].Username != "alice@example.com" {
		t.Errorf("responders %+v", create.Responders)
	}
	for i, want := range []string{"/v2/alerts/inc-a%2Fb/notes", "/v2/alerts/inc-a%2Fb/acknowledge", "/v2/alerts/inc-a%2Fb/close"} {
		r := reqs[i+1]
		if r.RawPath != want || r.RawQuery != "identifierType=alias" {
			t.Errorf("request %d: %s?%s, want %s?identifierType=alias", i+1, r.RawPath, r.RawQuery, want)
		}
		var body struct{ Source, Note string }
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatal(err)
		}
		if body.Source != "warden" || !strings.Contains(body.Note, "containment verified") {
			t.Errorf("request %d body %+v", i+1, body)
		}
	}
}

func TestUnauthorizedIsPermanentWithoutTheKey(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Status: 401, Body: `{"message":"Could not authenticate","took":0.0}`})
	rcv, _ := opsgenie.New(opsgenie.Options{APIKey: apiKey, APIURL: srv.URL})
	m := notify.ExampleMessage()
	err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m))
	if !notify.IsPermanent(err) || strings.Contains(err.Error(), apiKey) {
		t.Fatalf("err %v", err)
	}
}
