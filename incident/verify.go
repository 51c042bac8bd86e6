package incident

import (
	"context"
	"errors"
	"fmt"
)

// ErrTampered is wrapped by every failed timeline verification.
var ErrTampered = errors.New("timeline tampered")

// TamperError names the first entry at which a timeline stops being the
// one that was written.
type TamperError struct {
	// Seq is the entry that broke: the edited, missing or misplaced one.
	Seq     int
	Problem string
}

func (e *TamperError) Error() string { return fmt.Sprintf("entry %d: %s", e.Seq, e.Problem) }

func (e *TamperError) Unwrap() error { return ErrTampered }

// Head is the last entry of a timeline as the store recorded it when it
// appended that entry. Without it, a hash chain cannot tell a timeline
// whose last entries were deleted from one that simply ended there.
type Head struct {
	Seq  int    `json:"seq"`
	Hash string `json:"hash"`
}

// HeadReader is implemented by stores that keep each timeline's head
// apart from its entries.
type HeadReader interface {
	// TimelineHead returns the recorded head; ok is false when the store
	// has none (a timeline written before heads were kept).
	TimelineHead(ctx context.Context, incidentID string) (head Head, ok bool, err error)
}

// VerifyTimeline checks the hash chain of entries in the order given and
// returns a *TamperError naming the first broken entry: an edited entry
// (its content no longer matches its hash, or a re-hashed one no longer
// matches its successor's link), a removed one (a gap in the sequence) or
// reordered ones (a sequence number out of place).
func VerifyTimeline(entries []Entry) error { return VerifyChain(entries, nil) }

// VerifyChain is VerifyTimeline that also checks the chain ends at head,
// which catches entries removed from the end.
func VerifyChain(entries []Entry, head *Head) error {
	present := make(map[int]bool, len(entries))
	for _, e := range entries {
		present[e.Seq] = true
	}
	prev := ""
	for i, e := range entries {
		want := i + 1
		if e.Seq != want {
			switch {
			case e.Seq < want || present[want]:
				return &TamperError{Seq: want, Problem: fmt.Sprintf("out of order: position %d holds entry %d (entries were reordered)", want, e.Seq)}
			default:
				return &TamperError{Seq: want, Problem: fmt.Sprintf("missing: the timeline jumps from entry %d to entry %d (entries were removed)", want-1, e.Seq)}
			}
		}
		if e.computeHash() != e.Hash {
			return &TamperError{Seq: e.Seq, Problem: "edited: its content does not match its hash"}
		}
		if e.PrevHash != prev {
			// The entry itself is intact, so its predecessor changed.
			return &TamperError{Seq: max(e.Seq-1, 1), Problem: fmt.Sprintf("changed: entry %d no longer links to it (it was edited and re-hashed, or replaced)", e.Seq)}
		}
		prev = e.Hash
	}
	if head == nil {
		return nil
	}
	last := len(entries)
	switch {
	case head.Seq > last:
		return &TamperError{Seq: last + 1, Problem: fmt.Sprintf("missing: the store recorded %d entries but the timeline ends at entry %d (the last entries were removed)", head.Seq, last)}
	case head.Seq < last:
		return &TamperError{Seq: head.Seq + 1, Problem: fmt.Sprintf("unrecorded: the store recorded %d entries but the timeline has %d (entries were added outside Warden)", head.Seq, last)}
	case last > 0 && entries[last-1].Hash != head.Hash:
		return &TamperError{Seq: last, Problem: "rewritten: the chain's last hash differs from the one recorded when it was appended (the timeline was re-hashed)"}
	}
	return nil
}

// Verification is the outcome of checking one incident's timeline.
type Verification struct {
	IncidentID string `json:"incident_id"`
	OK         bool   `json:"ok"`
	Entries    int    `json:"entries"`
	// HeadHash is the hash of the last entry: keep it somewhere else (a
	// ticket, a chat message) and a later rewrite of the whole chain shows.
	HeadHash string `json:"head_hash,omitempty"`
	// HeadRecorded says whether the store kept the head apart from the
	// entries, so removing the last entries is detected too.
	HeadRecorded bool `json:"head_recorded"`
	// BrokenSeq is the first broken entry (0 when OK).
	BrokenSeq int    `json:"broken_seq,omitempty"`
	Problem   string `json:"problem,omitempty"`
}

// Verify checks an incident's timeline as stored: the hash chain and, when
// the store keeps one, the recorded head.
func Verify(ctx context.Context, store Store, id string) (*Verification, error) {
	if _, err := store.Incident(ctx, id); err != nil {
		return nil, err
	}
	entries, err := store.Timeline(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("incident %s: load timeline: %w", id, err)
	}
	v := &Verification{IncidentID: id, Entries: len(entries)}
	if len(entries) > 0 {
		v.HeadHash = entries[len(entries)-1].Hash
	}
	var head *Head
	if hr, ok := store.(HeadReader); ok {
		h, found, err := hr.TimelineHead(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("incident %s: load timeline head: %w", id, err)
		}
		if found {
			head, v.HeadRecorded = &h, true
		}
	}
	err = VerifyChain(entries, head)
	var te *TamperError
	switch {
	case err == nil:
		v.OK = true
	case errors.As(err, &te):
		v.BrokenSeq, v.Problem = te.Seq, te.Problem
	default:
		return nil, err
	}
	return v, nil
}
