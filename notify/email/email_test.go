package email_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/notify/email"
	"github.com/warden-dev/warden/notify/notifytest"
)

const password = "smtp-pass-s3cret"

func receiver(t *testing.T, srv *smtpServer, pool *x509.CertPool, mutate func(*email.Options)) *email.Receiver {
	t.Helper()
	o := email.Options{
		Host: "127.0.0.1", Port: srv.addr.Port, TLSConfig: &tls.Config{RootCAs: pool},
		Username: "warden", Password: password,
		From: "Warden <warden@example.com>", To: []string{"security@example.com", "Bob <bob@example.com>"},
	}
	if mutate != nil {
		mutate(&o)
	}
	r, err := email.New(o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSendsMultipartMailOverSTARTTLS(t *testing.T) {
	serverTLS, pool := selfSigned(t)
	srv := startSMTP(t, serverTLS, "warden", password)
	rcv := receiver(t, srv, pool, nil)
	m := notify.ExampleMessage()
	m.Incident.Title = "Drain of <script>alert(1)</script> pool"
	rd := notifytest.Render(t, m)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := rcv.Deliver(ctx, m, rd); err != nil {
		t.Fatal(err)
	}
	mails := srv.received()
	if len(mails) != 1 {
		t.Fatalf("%d mails", len(mails))
	}
	got := mails[0]
	if !got.TLS {
		t.Error("mail was sent without STARTTLS although the server offered it")
	}
	if got.AuthUser != "warden" {
		t.Errorf("authenticated as %q", got.AuthUser)
	}
	if got.From != "warden@example.com" || strings.Join(got.To, ",") != "security@example.com,bob@example.com" {
		t.Errorf("envelope from %q to %v", got.From, got.To)
	}
	msg, err := mail.ReadMessage(strings.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || subject != rd.Title {
		t.Errorf("subject %q (%v), want %q", subject, err, rd.Title)
	}
	if msg.Header.Get("X-Warden-Incident") != "inc-example" || msg.Header.Get("Message-Id") == "" || msg.Header.Get("References") == "" {
		t.Errorf("headers %v", msg.Header)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("content type %q: %v", mt, err)
	}
	parts := map[string]string{}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(p) // quoted-printable is decoded by the reader
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		parts[ct] = string(body)
	}
	plain, html := parts["text/plain"], parts["text/html"]
	for _, want := range []string{"What: Drain of <script>", "At risk: 420 ETH", "Warden already did:", "Incident in Warden: https://warden.example/incidents/inc-example"} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain part lacks %q:\n%s", want, plain)
		}
	}
	if !strings.Contains(html, "<h2>") || !strings.Contains(html, `href="https://warden.example/incidents/inc-example"`) {
		t.Errorf("html part:\n%s", html)
	}
	if strings.Contains(html, "<script>") || !strings.Contains(html, "&lt;script&gt;") {
		t.Errorf("html part does not escape data:\n%s", html)
	}
}

func TestMessageToReplacesDefaultRecipients(t *testing.T) {
	serverTLS, pool := selfSigned(t)
	srv := startSMTP(t, serverTLS, "warden", password)
	rcv := receiver(t, srv, pool, nil)
	m := notify.ExampleMessage()
	m.To = []string{"oncall@example.com"}
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	if mails := srv.received(); len(mails) != 1 || strings.Join(mails[0].To, ",") != "oncall@example.com" {
		t.Fatalf("mails %+v", mails)
	}
}

func TestRequiredSTARTTLSRefusesPlainServer(t *testing.T) {
	srv := startSMTP(t, nil, "", "")
	rcv := receiver(t, srv, nil, func(o *email.Options) {
		o.StartTLS, o.Username, o.Password = email.StartTLSRequired, "", ""
	})
	m := notify.ExampleMessage()
	err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m))
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("err %v", err)
	}
	if len(srv.received()) != 0 {
		t.Fatal("mail sent in the clear")
	}
	// Opportunistic sends without TLS to the same server.
	rcv = receiver(t, srv, nil, func(o *email.Options) { o.Username, o.Password = "", "" })
	if err := rcv.Deliver(context.Background(), m, notifytest.Render(t, m)); err != nil {
		t.Fatal(err)
	}
	if mails := srv.received(); len(mails) != 1 || mails[0].TLS {
		t.Fatalf("mails %+v", mails)
	}
}

func TestReplyCodesClassifyErrors(t *testing.T) {
	serverTLS, pool := selfSigned(t)
	srv := startSMTP(t, serverTLS, "warden", password, "451 4.3.0 mailbox busy, try later", "550 5.1.1 no such user")
	rcv := receiver(t, srv, pool, nil)
	m := notify.ExampleMessage()
	rd := notifytest.Render(t, m)
	err := rcv.Deliver(context.Background(), m, rd)
	if err == nil || notify.IsPermanent(err) || !strings.Contains(err.Error(), "451") {
		t.Errorf("451: %v", err)
	}
	err = rcv.Deliver(context.Background(), m, rd)
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "550") {
		t.Errorf("550: %v", err)
	}
	if strings.Contains(err.Error(), password) {
		t.Errorf("error shows the password: %v", err)
	}
}

func TestWrongPasswordAndUntrustedCertificate(t *testing.T) {
	serverTLS, pool := selfSigned(t)
	srv := startSMTP(t, serverTLS, "warden", password)
	m := notify.ExampleMessage()
	rd := notifytest.Render(t, m)
	err := receiver(t, srv, pool, func(o *email.Options) { o.Password = "wrong-pass" }).Deliver(context.Background(), m, rd)
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "535") || strings.Contains(err.Error(), "wrong-pass") {
		t.Errorf("bad password: %v", err)
	}
	err = receiver(t, srv, x509.NewCertPool(), nil).Deliver(context.Background(), m, rd)
	if !notify.IsPermanent(err) || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("untrusted certificate: %v", err)
	}
	if n := len(srv.received()); n != 0 {
		t.Errorf("%d mails went through", n)
	}
}

func TestNewReportsBadOptions(t *testing.T) {
	_, err := email.New(email.Options{StartTLS: "sometimes", From: "not an address", To: []string{"x"}, Username: "u"})
	for _, want := range []string{"host is empty", "starttls", "from", "to \"x\"", "username and password"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}
