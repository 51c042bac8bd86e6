package telegram_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/notifytest"
	"github.com/warden-dev/warden/notify/telegram"
)

const token = "123456:ABC-secret-token"

type sendMessage struct {
	ChatID             string `json:"chat_id"`
	Text               string `json:"text"`
	LinkPreviewOptions struct {
		IsDisabled bool `json:"is_disabled"`
	} `json:"link_preview_options"`
}

func decode(t *testing.T, r notifytest.Request) sendMessage {
	t.Helper()
	var p sendMessage
	if err := json.Unmarshal(r.Body, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSendMessageToConfiguredChat(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Body: `{"ok":true,"result":{"message_id":1}}`})
	rcv, err := telegram.New(telegram.Options{Token: token, ChatID: "-100200300", APIURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.ExampleMessage()
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	req := srv.WaitRequests(t, 1)[0]
	if req.Path != "/bot"+token+"/sendMessage" {
		t.Errorf("path %q", req.Path)
	}
	p := decode(t, req)
	if p.ChatID != "-100200300" || !p.LinkPreviewOptions.IsDisabled {
		t.Errorf("params %+v", p)
	}
	for _, want := range []string{"CRITICAL · New incident:", "At risk: 420 ETH", "Incident in Warden: https://warden.example/incidents/inc-example"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, p.Text)
		}
	}
}

func TestMessageToReachesEachChatOnceAcrossRetries(t *testing.T) {
	srv := notifytest.NewServer(t,
		notifytest.Response{Body: `{"ok":true}`},
		notifytest.Response{Status: 429, Body: `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}`})
	rcv, _ := telegram.New(telegram.Options{Token: token, ChatID: "-1", APIURL: srv.URL})
	m := notify.ExampleMessage()
	m.To = []string{"111", "222"}
	rd := notifytest.Render(t, m)
	err := rcv.Deliver(context.Background(), m, rd)
	if notify.IsPermanent(err) || notify.RetryAfter(err) != 7*time.Second {
		t.Fatalf("err %v, retry after %v", err, notify.RetryAfter(err))
	}
	if strings.Contains(err.Error(), token) || strings.Contains(err.Error(), "secret") {
		t.Fatalf("error shows the bot token: %v", err)
	}
	if err := rcv.Deliver(context.Background(), m, rd); err != nil {
		t.Fatal(err)
	}
	var chats []string
	for _, r := range srv.Requests() {
		chats = append(chats, decode(t, r).ChatID)
	}
	// 111 once, 222 refused then accepted; never the configured chat.
	if strings.Join(chats, ",") != "111,222,222" {
		t.Errorf("chats %v", chats)
	}
}

func TestBadTokenIsPermanentAndHidden(t *testing.T) {
	srv := notifytest.NewServer(t, notifytest.Response{Status: 401, Body: `{"ok":false,"error_code":401,"description":"Unauthorized"}`})
	rcv, _ := telegram.New(telegram.Options{Token: token, ChatID: "-1", APIURL: srv.URL})
	m := notify.ExampleMessage()
	err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m))
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "Unauthorized") || strings.Contains(err.Error(), token) {
		t.Fatalf("err %v", err)
	}
}

func TestNoChatIsPermanent(t *testing.T) {
	rcv, _ := telegram.New(telegram.Options{Token: token})
	m := notify.ExampleMessage()
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); !notify.IsPermanent(err) {
		t.Fatalf("err %v", err)
	}
}
