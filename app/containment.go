package app

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/respond"
)

// Containment is how an incident's pause went, read back from the store:
// what the demo reports and the respond benchmark measures, both from
// Warden's own timestamps.
type Containment struct {
	// FirstAlert is the incident's earliest stored alert.
	FirstAlert alert.Alert
	// Pause is the first pause step that reached a block (nil if none).
	Pause *respond.StepRecord
	// BroadcastAt is when the node accepted the pause transaction (zero
	// when nothing was broadcast).
	BroadcastAt time.Time
}

// Verified reports whether the pause's effect was checked on chain.
func (c *Containment) Verified() bool { return c.Pause != nil && c.Pause.State == respond.StepDone }

// PauseTx is the pause transaction's hash (zero without one).
func (c *Containment) PauseTx() common.Hash {
	if c.Pause == nil {
		return common.Hash{}
	}
	return c.Pause.TxHash
}

// AlertToBroadcast is the time from the first alert being stored to the
// pause being broadcast (0 when nothing was broadcast).
func (c *Containment) AlertToBroadcast() time.Duration {
	if c.BroadcastAt.IsZero() {
		return 0
	}
	return c.BroadcastAt.Sub(c.FirstAlert.StoredAt)
}

// Containment reads the incident's first alert and its pause step.
func (a *App) Containment(ctx context.Context, incidentID string) (*Containment, error) {
	alerts, err := a.store.IncidentAlerts(ctx, incidentID)
	if err != nil {
		return nil, err
	}
	if len(alerts) == 0 {
		return nil, fmt.Errorf("incident %s has no alerts", incidentID)
	}
	c := &Containment{FirstAlert: alerts[0]}
	for _, al := range alerts {
		if al.StoredAt.Before(c.FirstAlert.StoredAt) {
			c.FirstAlert = al
		}
	}
	steps, err := a.store.Steps(ctx, incidentID)
	if err != nil {
		return nil, err
	}
	for i := range steps {
		s := &steps[i]
		if s.Kind != "pause" || s.Block == 0 {
			continue
		}
		c.Pause = s
		// The transaction manager stores the send under the step's key.
		tx, err := a.store.Tx(ctx, s.Key)
		if err != nil {
			return nil, err
		}
		if tx != nil {
			c.BroadcastAt = tx.BroadcastAt
		}
		break
	}
	return c, nil
}
