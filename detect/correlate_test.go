package detect_test

import (
	"context"
	"strings"
	"testing"

	"github.com/warden-dev/warden/alert"
	"github.com/warden-dev/warden/chain"
	"github.com/warden-dev/warden/detect"
)

func signal(kind string, sev alert.Severity, conf float64) detect.Factory {
	return factory(kind, func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
		emit(alert.Alert{TxHash: b.Block.Transactions()[0].Hash(), TxIndex: 0, Severity: sev, Confidence: conf, Title: kind, Labels: map[string]string{"kind": kind}})
		return nil
	})
}

func correlated(alerts []alert.Alert) []alert.Alert {
	var out []alert.Alert
	for _, a := range alerts {
		if a.Detector == "correlation" {
			out = append(out, a)
		}
	}
	return out
}

func TestTwoSignalsInOneTransactionCombine(t *testing.T) {
	b := bundle(t)
	e := engine(t, signal("flash_loan", alert.SeverityMedium, 0.6), signal("price_manipulation", alert.SeverityMedium, 0.6))
	got := correlated(e.Run(context.Background(), b))
	if len(got) != 1 {
		t.Fatalf("%d correlation alerts, want 1", len(got))
	}
	a := got[0]
	if a.Severity != alert.SeverityHigh || a.Confidence < 0.83 || a.Confidence > 0.85 {
		t.Errorf("severity %s confidence %.3f, want high and 1-(0.4*0.4)=0.84", a.Severity, a.Confidence)
	}
	if a.Labels["signals"] != "flash_loan,price_manipulation" || a.From != b.Senders[0] || a.Fingerprint == "" || a.Monitor != "m" {
		t.Errorf("correlation alert incomplete: %+v", a)
	}
}

func TestWeakOrLoneSignalsDoNotCombine(t *testing.T) {
	b := bundle(t)
	for name, e := range map[string]*detect.Engine{
		"one kind":      engine(t, signal("flash_loan", alert.SeverityHigh, 0.9)),
		"too weak":      engine(t, signal("flash_loan", alert.SeverityMedium, 0.3), signal("baseline", alert.SeverityLow, 0.3)),
		"info does not": engine(t, signal("flash_loan", alert.SeverityMedium, 0.7), signal("privileged_change", alert.SeverityInfo, 0.9)),
	} {
		if got := correlated(e.Run(context.Background(), b)); len(got) != 0 {
			t.Errorf("%s: got %d correlation alerts", name, len(got))
		}
	}
}

func TestHighSignalMakesCombinationCritical(t *testing.T) {
	b := bundle(t)
	e := engine(t, signal("reentrancy", alert.SeverityHigh, 0.9), signal("large_outflow", alert.SeverityMedium, 0.5))
	got := correlated(e.Run(context.Background(), b))
	if len(got) != 1 || got[0].Severity != alert.SeverityCritical {
		t.Fatalf("want one critical correlation alert, got %+v", got)
	}
}

func TestPreparationThenExploitFromSameSender(t *testing.T) {
	b := bundle(t)
	prep := true
	e := engine(t, factory("stage", func(_ context.Context, b *chain.Bundle, emit func(alert.Alert)) error {
		kind, sev := "large_outflow", alert.SeverityMedium
		if prep {
			kind = "mixer_funded_deployment"
		}
		emit(alert.Alert{TxHash: b.Block.Transactions()[0].Hash(), TxIndex: 0, Severity: sev, Confidence: 0.5, Title: kind, Labels: map[string]string{"kind": kind}})
		return nil
	}))
	if got := correlated(e.Run(context.Background(), b)); len(got) != 0 {
		t.Fatalf("preparation alone correlated: %+v", got)
	}
	prep = false
	got := correlated(e.Run(context.Background(), b))
	if len(got) != 1 || got[0].Severity != alert.SeverityHigh || !strings.Contains(got[0].Title, "Multi-stage") {
		t.Fatalf("want one multi-stage alert, got %+v", got)
	}
}
