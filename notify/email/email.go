// Package email sends notifications over SMTP as multipart/alternative
// mail (plain text and HTML). It upgrades the connection with STARTTLS
// whenever the server offers it (or insists on it, by configuration), and
// authenticates with PLAIN only over an encrypted connection (or to
// localhost). All mails about one incident share a References header, so
// mail clients thread them.
package email

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/warden-dev/warden/notify"
)

// Kind is the receiver kind in the config.
const Kind = "email"

// StartTLS policies.
const (
	// StartTLSOpportunistic upgrades when the server offers STARTTLS.
	StartTLSOpportunistic = "opportunistic"
	// StartTLSRequired refuses to send over a server without STARTTLS.
	StartTLSRequired = "required"
	// StartTLSDisabled never upgrades (a local relay that cannot).
	StartTLSDisabled = "disabled"
)

// Options configure an e-mail receiver.
type Options struct {
	Host string
	// Port defaults to 587 (465 with ImplicitTLS).
	Port int
	// ImplicitTLS speaks TLS from the first byte (SMTPS, port 465).
	ImplicitTLS bool
	// StartTLS is the upgrade policy (default opportunistic).
	StartTLS string
	// TLSConfig sets trusted roots and the like; ServerName defaults to
	// Host.
	TLSConfig *tls.Config
	// Username and Password enable AUTH PLAIN; Password is a credential.
	Username string
	Password string
	From     string
	// To are the default recipients (Message.To replaces them).
	To []string
	// HelloName is sent in EHLO (default "localhost").
	HelloName string
	// Now dates the mail (default time.Now).
	Now func() time.Time
}

// Receiver sends through one SMTP server.
type Receiver struct {
	o Options
}

// New checks the options.
func New(o Options) (*Receiver, error) {
	var errs []error
	if o.Host == "" {
		errs = append(errs, errors.New("email: SMTP host is empty"))
	}
	if o.Port == 0 {
		o.Port = 587
		if o.ImplicitTLS {
			o.Port = 465
		}
	}
	if o.Port < 0 || o.Port > 65535 {
		errs = append(errs, fmt.Errorf("email: port %d is out of range", o.Port))
	}
	switch o.StartTLS {
	case "":
		o.StartTLS = StartTLSOpportunistic
	case StartTLSOpportunistic, StartTLSRequired, StartTLSDisabled:
	default:
		errs = append(errs, fmt.Errorf("email: starttls %q is not %s, %s or %s", o.StartTLS, StartTLSOpportunistic, StartTLSRequired, StartTLSDisabled))
	}
	if _, err := mail.ParseAddress(o.From); err != nil {
		errs = append(errs, fmt.Errorf("email: from %q is not an address: %w", o.From, err))
	}
	for _, to := range o.To {
		if _, err := mail.ParseAddress(to); err != nil {
			errs = append(errs, fmt.Errorf("email: to %q is not an address: %w", to, err))
		}
	}
	if (o.Username == "") != (o.Password == "") {
		errs = append(errs, errors.New("email: set both username and password, or neither"))
	}
	if o.HelloName == "" {
		o.HelloName = "localhost"
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &Receiver{o: o}, nil
}

// Kind implements notify.Receiver.
func (r *Receiver) Kind() string { return Kind }

// Deliver implements notify.Receiver: one SMTP transaction for all
// recipients.
func (r *Receiver) Deliver(ctx context.Context, m notify.Message, rd notify.Rendered) error {
	to := m.To
	if len(to) == 0 {
		to = r.o.To
	}
	if len(to) == 0 {
		return notify.Permanent(errors.New("email: no recipients (set to or address people)"))
	}
	rcpts := make([]string, 0, len(to))
	for _, t := range to {
		a, err := mail.ParseAddress(t)
		if err != nil {
			return notify.Permanent(fmt.Errorf("email: recipient %q is not an address: %w", t, err))
		}
		rcpts = append(rcpts, a.Address)
	}
	from, _ := mail.ParseAddress(r.o.From) // checked by New
	data, err := Compose(r.o.From, to, m, rd, r.o.Now())
	if err != nil {
		return notify.Permanent(fmt.Errorf("email: compose: %w", err))
	}
	if err := r.send(ctx, from.Address, rcpts, data); err != nil {
		return classify(err)
	}
	return nil
}

func (r *Receiver) send(ctx context.Context, from string, to []string, data []byte) error {
	addr := net.JoinHostPort(r.o.Host, strconv.Itoa(r.o.Port))
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", addr, err)
	}
	// net/smtp has no context: the deadline bounds the whole
	// conversation, and cancellation closes the connection.
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	tlsConf := r.tlsConfig()
	if r.o.ImplicitTLS {
		conn = tls.Client(conn, tlsConf)
	}
	c, err := smtp.NewClient(conn, r.o.Host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("greeting from %s: %w", addr, err)
	}
	defer c.Close()
	if err := c.Hello(r.o.HelloName); err != nil {
		return fmt.Errorf("EHLO: %w", err)
	}
	if !r.o.ImplicitTLS && r.o.StartTLS != StartTLSDisabled {
		if ok, _ := c.Extension("STARTTLS"); ok {
			if err := c.StartTLS(tlsConf); err != nil {
				return fmt.Errorf("STARTTLS with %s: %w", addr, err)
			}
		} else if r.o.StartTLS == StartTLSRequired {
			return notify.Permanent(fmt.Errorf("%s does not offer STARTTLS and starttls is required", addr))
		}
	}
	if r.o.Username != "" {
		if ok, _ := c.Extension("AUTH"); !ok {
			return notify.Permanent(fmt.Errorf("%s does not offer AUTH but a username is configured", addr))
		}
		// PlainAuth itself refuses an unencrypted connection to anything
		// but localhost: the password is never sent in the clear.
		if err := c.Auth(smtp.PlainAuth("", r.o.Username, r.o.Password, r.o.Host)); err != nil {
			return fmt.Errorf("AUTH as %s: %w", r.o.Username, err)
		}
	}
	if err := c.Mail(from); err != nil {
		return fmt.Errorf("MAIL FROM: %w", err)
	}
	for _, t := range to {
		if err := c.Rcpt(t); err != nil {
			return fmt.Errorf("RCPT TO %s: %w", t, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("end of DATA: %w", err)
	}
	// The server has the message once DATA is accepted; a failed QUIT
	// changes nothing.
	_ = c.Quit()
	return nil
}

func (r *Receiver) tlsConfig() *tls.Config {
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if r.o.TLSConfig != nil {
		c = r.o.TLSConfig.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = r.o.Host
	}
	return c
}

// classify: SMTP 4xx replies are transient by definition (RFC 5321 4.2.1),
// 5xx permanent; connection trouble is worth another try.
func classify(err error) error {
	if notify.IsPermanent(err) {
		return fmt.Errorf("email: %w", err)
	}
	var te *textproto.Error
	if errors.As(err, &te) && te.Code >= 500 {
		return notify.Permanent(fmt.Errorf("email: %w", err))
	}
	var certErr *tls.CertificateVerificationError
	if errors.As(err, &certErr) {
		return notify.Permanent(fmt.Errorf("email: %w", err))
	}
	if strings.Contains(err.Error(), "unencrypted connection") {
		// net/smtp's PlainAuth refusing to send the password in clear.
		return notify.Permanent(fmt.Errorf("email: %w (enable STARTTLS or TLS on the server)", err))
	}
	return notify.Retry(fmt.Errorf("email: %w", err), 0)
}

// Compose builds the mail: headers, then a plain-text and an HTML part.
func Compose(from string, to []string, m notify.Message, rd notify.Rendered, now time.Time) ([]byte, error) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	h := []struct{ k, v string }{
		{"From", from},
		{"To", strings.Join(to, ", ")},
		{"Subject", mime.QEncoding.Encode("utf-8", rd.Title)},
		{"Date", now.Format(time.RFC1123Z)},
		{"Message-ID", "<" + digest(m.Key) + "@warden>"},
		{"References", "<" + digest(m.Incident.ID) + ".incident@warden>"},
		{"X-Warden-Incident", m.Incident.ID},
		{"X-Warden-Event", string(m.Event)},
		{"MIME-Version", "1.0"},
		{"Content-Type", "multipart/alternative; boundary=" + mw.Boundary()},
	}
	for _, kv := range h {
		if strings.ContainsAny(kv.v, "\r\n") {
			return nil, fmt.Errorf("header %s contains a line break", kv.k)
		}
		fmt.Fprintf(&b, "%s: %s\r\n", kv.k, kv.v)
	}
	b.WriteString("\r\n")
	text := rd.Text
	for i, l := range rd.Links {
		if i == 0 {
			text += "\n"
		}
		text += "\n" + l.Text + ": " + l.URL
	}
	for _, part := range []struct{ ct, body string }{{"text/plain; charset=utf-8", text}, {"text/html; charset=utf-8", rd.HTML}} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{"Content-Type": {part.ct}, "Content-Transfer-Encoding": {"quoted-printable"}})
		if err != nil {
			return nil, err
		}
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write([]byte(strings.ReplaceAll(part.body, "\n", "\r\n"))); err != nil {
			return nil, err
		}
		if err := qp.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}
