package main

import (
	"bytes"
	"strings"
	"testing"
)

func runCLI(args ...string) (stdout, stderr string, err error) {
	var out, errb bytes.Buffer
	cmd := rootCmd()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	err = cmd.Execute()
	return out.String(), errb.String(), err
}

func TestCheckConfigListsEveryMistake(t *testing.T) {
	_, stderr, err := runCLI("check-config", "../../examples/broken.yaml")
	if err == nil {
		t.Fatal("broken config accepted")
	}
	for _, want := range []string{
		`monitors[0].chain: "mainnet" is not defined in chains`,
		`monitors[0].detectors[0].params: share: 5 is not a fraction between 0 and 1`,
		`monitors[0].playbooks[0]: "pause-all" is not defined`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("check-config output lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "\n  - "); n != 3 {
		t.Errorf("%d problems listed, want 3:\n%s", n, stderr)
	}
}

func TestExampleConfigIsValid(t *testing.T) {
	stdout, stderr, err := runCLI("check-config", "../../examples/demo.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "is valid") {
		t.Fatalf("unexpected output %q", stdout)
	}
}

func TestMissingConfigFile(t *testing.T) {
	_, stderr, err := runCLI("check-config", "does-not-exist.yaml")
	if err == nil || !strings.Contains(stderr, "does-not-exist.yaml") {
		t.Fatalf("err=%v stderr=%q", err, stderr)
	}
}
