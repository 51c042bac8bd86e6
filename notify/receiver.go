package notify

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Receiver delivers one rendered message to one destination (a Slack
// channel, a PagerDuty service, a mailbox). Implementations live in one
// package per kind under notify/. Deliver makes one attempt: retries,
// backoff and rate limits belong to the Dispatcher. Its error says whether
// another attempt can help (see Permanent and Retry); an unclassified
// error is treated as recoverable.
type Receiver interface {
	// Kind is the receiver kind ("slack", "pagerduty", ...).
	Kind() string
	Deliver(ctx context.Context, m Message, r Rendered) error
}

// Rendered is a message turned into words by the receiver's templates,
// plus the facts and links every kind lays out in its own way (Slack
// fields, Discord embed fields, PagerDuty custom details, ...).
type Rendered struct {
	// Title is one line: severity, what happened, where.
	Title string
	// Text is the body as plain text.
	Text string
	// HTML is the body as an HTML document (e-mail).
	HTML string
	// Fields are the key facts in display order.
	Fields []Field
	// Links point at the incident in Warden and at the chain explorer.
	Links []Link
}

// Field is one labelled fact (Severity: critical).
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Link is one labelled URL.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// DeliveryError classifies a failed attempt. Receivers return it (through
// Permanent and Retry) so that the Dispatcher knows whether to try again
// and when.
type DeliveryError struct {
	// Permanent failures (bad request, bad credentials, unknown channel)
	// are not retried: repeating the same request gets the same answer.
	Permanent bool
	// RetryAfter is how long the receiver asked us to wait (HTTP 429
	// Retry-After); zero means use the backoff.
	RetryAfter time.Duration
	Err        error
}

func (e *DeliveryError) Error() string {
	switch {
	case e.Permanent:
		return "permanent: " + e.Err.Error()
	case e.RetryAfter > 0:
		return fmt.Sprintf("%v (retry after %s)", e.Err, e.RetryAfter)
	}
	return e.Err.Error()
}

func (e *DeliveryError) Unwrap() error { return e.Err }

// Permanent marks err as not worth retrying.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &DeliveryError{Permanent: true, Err: err}
}

// Retry marks err as recoverable, to be retried after at least after (0:
// the dispatcher's backoff).
func Retry(err error, after time.Duration) error {
	if err == nil {
		return nil
	}
	return &DeliveryError{RetryAfter: after, Err: err}
}

// IsPermanent reports whether err was marked Permanent.
func IsPermanent(err error) bool {
	var de *DeliveryError
	return errors.As(err, &de) && de.Permanent
}

// RetryAfter is the wait err asks for, or zero.
func RetryAfter(err error) time.Duration {
	var de *DeliveryError
	if errors.As(err, &de) && !de.Permanent {
		return de.RetryAfter
	}
	return 0
}
