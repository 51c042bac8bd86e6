package sqlite_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/warden-dev/warden/notify"
	"github.com/warden-dev/warden/store/sqlite"
)

func TestDeliveryLogRoundTripAndStates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warden.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	delivery := func(key string) notify.Delivery {
		m := notify.ExampleMessage()
		m.Key, m.Receiver = key, "ops"
		return notify.Delivery{Key: key, Receiver: "ops", Message: m, State: notify.StatePending, CreatedAt: now, UpdatedAt: now, NextAttemptAt: now}
	}
	for _, k := range []string{"k3", "k1", "k2"} {
		ok, err := st.EnqueueNotification(ctx, delivery(k))
		if err != nil || !ok {
			t.Fatalf("enqueue %s: %v %v", k, ok, err)
		}
	}
	again := delivery("k1")
	again.Message.Note = "changed"
	if ok, err := st.EnqueueNotification(ctx, again); err != nil || ok {
		t.Fatalf("second enqueue of k1: inserted=%v err=%v", ok, err)
	}

	// k3 delivered; k1 failed; k2 retried later.
	d3 := delivery("k3")
	d3.State, d3.Attempts, d3.DeliveredAt, d3.UpdatedAt = notify.StateDelivered, 2, now.Add(time.Minute), now.Add(time.Minute)
	d1 := delivery("k1")
	d1.State, d1.Attempts, d1.LastError = notify.StateFailed, 1, "permanent: 400"
	d2 := delivery("k2")
	d2.Attempts, d2.LastError, d2.NextAttemptAt = 1, "503", now.Add(10*time.Second)
	for _, d := range []notify.Delivery{d3, d1, d2} {
		if err := st.UpdateNotification(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// A final state never changes back.
	d3.State = notify.StatePending
	if err := st.UpdateNotification(ctx, d3); err != nil {
		t.Fatal(err)
	}
	st.Close()

	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pending, err := st.PendingNotifications(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0].Key != "k2" || pending[0].Attempts != 1 || pending[0].LastError != "503" || !pending[0].NextAttemptAt.Equal(now.Add(10*time.Second)) {
		t.Fatalf("pending %+v", pending)
	}
	got, err := st.Notification(ctx, "k3")
	if err != nil || got == nil {
		t.Fatal(got, err)
	}
	if got.State != notify.StateDelivered || got.Attempts != 2 || !got.DeliveredAt.Equal(now.Add(time.Minute)) || !got.CreatedAt.Equal(now) {
		t.Errorf("k3 %+v", got)
	}
	// The message survives the round trip, big values included.
	want := notify.ExampleMessage()
	if got.Message.Incident.ID != want.Incident.ID || got.Message.Incident.Attacker != want.Incident.Attacker ||
		len(got.Message.Alerts) != 2 || got.Message.Alerts[0].Value.Cmp(want.Alerts[0].Value) != 0 || got.Message.Actions[0] != want.Actions[0] {
		t.Errorf("message %+v", got.Message)
	}
	if got.Message.Alerts[0].Value.Cmp(big.NewInt(0)) == 0 {
		t.Error("value lost")
	}
	k1, _ := st.Notification(ctx, "k1")
	if k1.State != notify.StateFailed || k1.Message.Note == "changed" {
		t.Errorf("k1 %+v", k1)
	}
	all, err := st.IncidentNotifications(ctx, "inc-example")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Key != "k3" || all[1].Key != "k1" || all[2].Key != "k2" {
		t.Errorf("incident notifications in send order: %v", all)
	}
	if none, err := st.Notification(ctx, "nope"); none != nil || err != nil {
		t.Errorf("unknown key: %v %v", none, err)
	}
}
