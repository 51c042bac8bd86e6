# Warden build targets. Run from anywhere: make -C <repo> <target>.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
CONTRACTS := $(ROOT)/contracts
NPM_STAMP := $(CONTRACTS)/node_modules/.warden-npm-ci.stamp

.PHONY: contracts contracts-check

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
