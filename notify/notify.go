// Package notify delivers notifications about incidents to people and
// systems: Slack, Discord, Telegram, PagerDuty, Opsgenie, email and signed
// webhooks, one package per receiver kind under notify/. Delivery is
// durable: every Message is stored before it is sent, retried with backoff
// on recoverable errors, marked delivered only on success and resumed after
// a restart.
//
// The routing tree (which receivers hear about an incident, grouping,
// silences, inhibition) and on-call escalation (which people are paged)
// decide what to send; they hand Messages to a Sender.
package notify

import (
	"context"
	"time"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/incident"
)

// Event is what a Message tells.
type Event string

const (
	EventTrigger     Event = "trigger"     // a new incident, or new alerts in a group
	EventUpdate      Event = "update"      // severity, status, a containment action
	EventAcknowledge Event = "acknowledge" // someone took it (PagerDuty acknowledge)
	EventResolve     Event = "resolve"     // resolved or closed (PagerDuty resolve)
	EventEscalate    Event = "escalate"    // nobody acknowledged in time: paging the next level
)

// Message is one notification to one receiver about one incident.
type Message struct {
	// Key identifies the message for the delivery log: the same key is
	// delivered at most once, however often it is sent (e.g.
	// "inc-…/slack-security/trigger/3").
	Key string
	// Receiver is the name of a configured receiver.
	Receiver string
	Event    Event
	Incident incident.Incident
	// Alerts are the alerts the message is about (new ones for a trigger).
	Alerts []alert.Alert
	// Actions are what Warden already did (pauses sent and verified, ...),
	// one line each, for the message body.
	Actions []string
	// To are the people addressed, by their contact handle for this
	// receiver's kind (an email address, a Telegram chat ID, a Slack member
	// ID to mention); empty means the receiver's own default destination.
	To []string
	// Note is free text: an escalation level, a handover, a status update.
	Note string
	At   time.Time
}

// Sender accepts messages for delivery. Send stores the message durably
// and returns; delivery happens asynchronously (see the delivery log).
type Sender interface {
	Send(ctx context.Context, m Message) error
}
