# keyless — make targets. `make verify` is the offline gate; `make test` runs every test (CI).
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVN ?= mvn -q -B
KEYLESS := bin/keyless
REPORT_DIR ?= target/keyless-report
STACK ?=

.PHONY: help build verify test render check preview up bench

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

build: ## compile keyless and write its classpath (bin/keyless also does this on first use)
	$(MVN) compile
	@touch target/classes/.keyless-built

verify: ## the offline gate: the rule book (features/) against the program rendered under mocks
	$(KEYLESS) verify --report-dir $(REPORT_DIR)

test: ## every test: unit tests, the rule book suites, fixtures (what .ci/run calls)
	$(MVN) verify

render: ## write the mocked stack as a stack export (target/rendered-stack.json)
	$(KEYLESS) render-stack --out target/rendered-stack.json

check: ## the rule book against a stack export: make check STACK=path/to/export.json
	@[ -n "$(STACK)" ] || { echo "usage: make check STACK=path/to/stack-export.json" >&2; exit 1; }
	$(KEYLESS) check-stack --stack-export $(STACK) --report-dir $(REPORT_DIR)

bench: ## performance figures: catalog load, render, validate, evaluate, batch, verify
	scripts/bench

preview: verify ## pulumi preview, after the gate
	@command -v pulumi >/dev/null || { echo "make preview: the Pulumi CLI is not installed (https://www.pulumi.com/docs/install/); nothing was previewed" >&2; exit 1; }
	pulumi preview

up: verify ## the gated deploy: make verify, then pulumi up
	@command -v pulumi >/dev/null || { echo "make up: the Pulumi CLI is not installed (https://www.pulumi.com/docs/install/) and cloud credentials are needed; nothing was deployed" >&2; exit 1; }
	pulumi up

