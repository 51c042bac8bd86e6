package silence_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warden-dev/warden/silence"
)

func TestParseMatcher(t *testing.T) {
	labels := map[string]string{"severity": "critical", "monitor": "pool", "attacker": "0x00000000000000000000000000000000000a11ce"}
	for _, c := range []struct {
		in    string
		match bool
		str   string
	}{
		{`severity="critical"`, true, `severity="critical"`},
		{`severity=critical`, true, `severity="critical"`},
		{` severity = "critical" `, true, `severity="critical"`},
		{`severity!="critical"`, false, `severity!="critical"`},
		{`severity=~"high|critical"`, true, `severity=~"high|critical"`},
		{`severity=~"crit"`, false, `severity=~"crit"`}, // anchored
		{`severity!~"high|low"`, true, `severity!~"high|low"`},
		{`contract=""`, true, `contract=""`}, // a missing label is the empty string
		{`contract!=""`, false, `contract!=""`},
		{`attacker="0x00000000000000000000000000000000000A11CE"`, true, `attacker="0x00000000000000000000000000000000000a11ce"`}, // checksummed or not
		{`monitor="a \"quoted\" name"`, false, `monitor="a \"quoted\" name"`},
	} {
		m, err := silence.ParseMatcher(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if m.Matches(labels) != c.match || m.String() != c.str {
			t.Errorf("%s: matches %v (want %v), string %s (want %s)", c.in, m.Matches(labels), c.match, m.String(), c.str)
		}
	}
	for _, bad := range []string{"", "severity", `="x"`, `1abc="x"`, `sev-erity="x"`, `severity=~"("`, `severity="unclosed`, `severity~"x"`} {
		if _, err := silence.ParseMatcher(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	_, err := silence.ParseMatchers([]string{`a="1"`, `=x`, `b=~"["`})
	if err == nil || !strings.Contains(err.Error(), `"=x"`) || !strings.Contains(err.Error(), "bad regular expression") {
		t.Fatalf("every bad matcher reported: %v", err)
	}
}

func TestMatcherJSONRoundTrip(t *testing.T) {
	in := silence.Matchers{silence.MustParse(`kind=~"large_outflow|correlated_attack"`), silence.MustParse(`monitor!="pool"`)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `["kind=~\"large_outflow|correlated_attack\"","monitor!=\"pool\""]` {
		t.Fatalf("json %s", b)
	}
	var out silence.Matchers
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if !out.Matches(map[string]string{"kind": "large_outflow", "monitor": "vault"}) || out.Matches(map[string]string{"kind": "large_outflowx"}) {
		t.Fatal("decoded matchers lost their regular expression")
	}
	if err := json.Unmarshal([]byte(`["kind=~\"(\""]`), &out); err == nil {
		t.Fatal("bad stored regexp accepted")
	}
}

// memStore is a silence.Store in memory: the service's rules are tested
// here, the SQL in store/sqlite.
type memStore struct {
	mu sync.Mutex
	m  map[string]silence.Silence
}

func (s *memStore) SaveSilence(_ context.Context, sil *silence.Silence) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[sil.ID] = *sil
	return nil
}

func (s *memStore) Silence(_ context.Context, id string) (*silence.Silence, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sil, ok := s.m[id]
	if !ok {
		return nil, silence.ErrNotFound
	}
	return &sil, nil
}

func (s *memStore) Silences(context.Context) ([]silence.Silence, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []silence.Silence
	for _, sil := range s.m {
		out = append(out, sil)
	}
	return out, nil
}

func (s *memStore) ActiveSilences(ctx context.Context, now time.Time) ([]silence.Silence, error) {
	all, _ := s.Silences(ctx)
	var out []silence.Silence
	for _, sil := range all {
		if sil.State(now) == silence.StateActive {
			out = append(out, sil)
		}
	}
	return out, nil
}

func TestServiceLifecycle(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	svc := silence.NewService(&memStore{m: map[string]silence.Silence{}}, func() time.Time { return now })
	pool := silence.Matchers{silence.MustParse(`monitor="pool"`)}

	for name, c := range map[string]struct {
		in   silence.Silence
		want string
	}{
		"no matchers":       {silence.Silence{EndsAt: now.Add(time.Hour), CreatedBy: "a", Comment: "c"}, "at least one matcher"},
		"matches all":       {silence.Silence{Matchers: silence.Matchers{silence.MustParse(`monitor=~".*"`)}, EndsAt: now.Add(time.Hour), CreatedBy: "a", Comment: "c"}, "match every alert"},
		"no creator":        {silence.Silence{Matchers: pool, EndsAt: now.Add(time.Hour), Comment: "c"}, "creator"},
		"no comment":        {silence.Silence{Matchers: pool, EndsAt: now.Add(time.Hour), CreatedBy: "a"}, "comment"},
		"ends before start": {silence.Silence{Matchers: pool, EndsAt: now.Add(-time.Minute), CreatedBy: "a", Comment: "c"}, "is not after"},
		"over already":      {silence.Silence{Matchers: pool, StartsAt: now.Add(-2 * time.Hour), EndsAt: now.Add(-time.Hour), CreatedBy: "a", Comment: "c"}, "in the past"},
	} {
		if _, err := svc.Add(ctx, c.in); !errors.Is(err, silence.ErrBadInput) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", name, err)
		}
	}

	s, err := svc.Add(ctx, silence.Silence{Matchers: pool, EndsAt: now.Add(time.Hour), CreatedBy: "alice", Comment: "maintenance"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.ID, "sil-") || !s.StartsAt.Equal(now) || s.State(now) != silence.StateActive {
		t.Fatalf("added: %+v", s)
	}
	if !s.Mutes(map[string]string{"monitor": "pool"}, now) || s.Mutes(map[string]string{"monitor": "vault"}, now) {
		t.Fatal("mutes the wrong alerts")
	}
	later, err := svc.Add(ctx, silence.Silence{Matchers: pool, StartsAt: now.Add(time.Hour), EndsAt: now.Add(2 * time.Hour), CreatedBy: "alice", Comment: "tomorrow"})
	if err != nil || later.State(now) != silence.StatePending || later.Mutes(map[string]string{"monitor": "pool"}, now) {
		t.Fatalf("pending silence: %+v %v", later, err)
	}
	if got := silence.Find([]silence.Silence{*later, *s}, map[string]string{"monitor": "pool"}, now); got == nil || got.ID != s.ID {
		t.Fatalf("find: %+v", got)
	}

	exp, err := svc.Expire(ctx, later.ID, "bob")
	if err != nil || exp.State(now) != silence.StateExpired || !exp.StartsAt.Equal(now) || exp.ExpiredBy != "bob" {
		t.Fatalf("expire pending: %+v %v", exp, err)
	}
	if _, err := svc.Expire(ctx, later.ID, "bob"); !errors.Is(err, silence.ErrExpired) {
		t.Fatalf("expire twice: %v", err)
	}
	if _, err := svc.Expire(ctx, "sil-nope", "bob"); !errors.Is(err, silence.ErrNotFound) {
		t.Fatalf("expire unknown: %v", err)
	}
}
