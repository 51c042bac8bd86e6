# Warden build targets. Run from anywhere: make -C <repo> <target>.
#
#   make test       everything CI checks: generated contracts current, gofmt, go vet, go test -race
#   make demo       the end-to-end demo (same as: go run ./cmd/warden demo)
#   make contracts  regenerate contracts/artifacts and contracts/bindings
#   make backtest   score every detector on the scenario corpus (warden backtest)
#   make bench      warden bench ingest; make bench-detect / bench-respond: warden bench detect / respond

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
CONTRACTS := $(ROOT)/contracts
NPM_STAMP := $(CONTRACTS)/node_modules/.warden-npm-ci.stamp

.PHONY: test lint generated-check contracts contracts-check demo build bench bench-detect bench-respond backtest

# Installs the pinned npm packages (solc, OpenZeppelin, Uniswap artifacts)
# when node_modules is missing or older than package.json/package-lock.json.
$(NPM_STAMP): $(CONTRACTS)/package.json $(CONTRACTS)/package-lock.json
	cd $(CONTRACTS) && npm ci --no-audit --no-fund
	touch $@

# Compiles contracts/src, extracts the third-party artifacts into
# contracts/artifacts and regenerates the Go bindings in contracts/bindings.
contracts: $(NPM_STAMP)
	cd $(CONTRACTS) && node compile.js
	$(CONTRACTS)/bindings.sh

# Fails when the committed artifacts or bindings differ from what the sources
# produce, or when generation leaves files git does not track.
contracts-check: contracts
	cd $(ROOT) && git diff --exit-code -- contracts/
	cd $(ROOT) && untracked="$$(git ls-files --others --exclude-standard -- contracts/)"; \
	if [ -n "$$untracked" ]; then \
		echo "contracts-check: untracked files under contracts/ (generate and commit them):"; \
		echo "$$untracked"; \
		exit 1; \
	fi

# Regenerates the contract artifacts and bindings and fails if that changed
# anything: a .sol edit without `make contracts`, or a committed binding that
# no longer matches. It compares before/after (not against git), so it works
# on a fresh clone and in a working tree with uncommitted regenerated files.
# Without npm it is skipped with a warning, except in CI where it fails.
generated-check:
	@if ! command -v npm >/dev/null 2>&1; then \
		if [ "$${CI:-}" = "true" ]; then echo "generated-check: npm is required in CI" >&2; exit 1; fi; \
		echo "generated-check: npm not found; skipping the contract artifacts check (install Node.js to run it)" >&2; exit 0; \
	fi; \
	before="$$(mktemp -d)"; trap 'rm -rf "$$before"' EXIT; \
	cp -r $(CONTRACTS)/artifacts $(CONTRACTS)/bindings "$$before"/; \
	$(MAKE) --no-print-directory contracts >/dev/null; \
	if ! diff -r "$$before/artifacts" $(CONTRACTS)/artifacts >/dev/null || ! diff -r "$$before/bindings" $(CONTRACTS)/bindings >/dev/null; then \
		echo "generated-check: contracts/artifacts or contracts/bindings were stale; they are regenerated now, commit them" >&2; \
		diff -r "$$before" $(CONTRACTS) --brief 2>/dev/null | grep -E 'artifacts|bindings' | head -20 >&2 || true; \
		exit 1; \
	fi; \
	echo "generated-check: contract artifacts and bindings are current"

lint:
	@unformatted="$$(cd $(ROOT) && gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './contracts/node_modules/*'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	cd $(ROOT) && go vet ./...

test: generated-check lint
	cd $(ROOT) && go test -race -count=1 -timeout 30m ./...

demo:
	cd $(ROOT) && go run ./cmd/warden demo

build:
	cd $(ROOT) && go build -o warden ./cmd/warden

bench:
	cd $(ROOT) && go run ./cmd/warden bench ingest

bench-detect:
	cd $(ROOT) && go run ./cmd/warden bench detect

bench-respond:
	cd $(ROOT) && go run ./cmd/warden bench respond

backtest:
	cd $(ROOT) && go run ./cmd/warden backtest
