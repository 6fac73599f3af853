# keyless — make targets. `make verify` is the offline gate; `make test` runs every test (CI).
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVN ?= mvn -q -B
KEYLESS := bin/keyless
REPORT_DIR ?= target/keyless-report
STACK ?=
# Optional: the stack config the program is rendered with (make verify CONFIG=Pulumi.dev.yaml).
CONFIG ?=
# Optional: the deployed stack's outputs as a file (pulumi stack output --json > f.json); without it
# verify-deployed asks the Pulumi CLI.
OUTPUTS ?=
STACK_OUTPUTS := target/stack-outputs.json
# Quoted, so a path with spaces stays one argument (make verify CONFIG="my stacks/Pulumi.dev.yaml").
PROGRAM := $(if $(CONFIG),--config "$(CONFIG)")

.PHONY: help build verify verify-live verify-deployed test corpus render check preview up bench

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

build: ## compile keyless and write its classpath (bin/keyless also does this on first use)
	$(MVN) compile
	@touch target/classes/.keyless-built

verify: ## the offline gate: the rule book (features/) against the program rendered under mocks
	@KEYLESS_MODE=offline $(KEYLESS) verify $(PROGRAM) --report-dir "$(REPORT_DIR)"

verify-live: ## the same rule book live (IAM Access Analyzer, IAM simulator) on the rendered documents; AWS credentials
	@KEYLESS_MODE=live $(KEYLESS) verify $(PROGRAM) --report-dir "$(REPORT_DIR)/live"

verify-deployed: ## after pulumi up: drift and IAM's decisions for the deployed role (OUTPUTS=f.json, else the Pulumi CLI)
	@mkdir -p target
	@if [ -n "$(OUTPUTS)" ]; then cp "$(OUTPUTS)" $(STACK_OUTPUTS); \
	elif command -v pulumi >/dev/null; then pulumi stack output --json > $(STACK_OUTPUTS); \
	else echo "make verify-deployed: the Pulumi CLI is not installed (https://www.pulumi.com/docs/install/); give the deployed stack's outputs instead: make verify-deployed OUTPUTS=outputs.json (from pulumi stack output --json)" >&2; exit 1; fi
	@KEYLESS_MODE=live $(KEYLESS) verify-deployed $(PROGRAM) --stack-outputs $(STACK_OUTPUTS) --report-dir "$(REPORT_DIR)/deployed"

test: ## every test: unit tests, the rule book suites, fixtures, the end-to-end suite on moto, then the AWS managed policy corpus (what .ci/run calls)
	@MVN="$(MVN)" scripts/test

corpus: ## every AWS managed policy (npm) through validate-policy --batch, checked against the ERROR baseline (needs npm)
	scripts/corpus/run

render: ## write the mocked stack as a stack export (target/rendered-stack.json)
	$(KEYLESS) render-stack --out target/rendered-stack.json

check: ## the rule book against a stack export: make check STACK=path/to/export.json
	@[ -n "$(STACK)" ] || { echo "usage: make check STACK=path/to/stack-export.json" >&2; exit 1; }
	@$(KEYLESS) check-stack --stack-export "$(STACK)" --report-dir "$(REPORT_DIR)"

bench: ## performance figures: catalog load, render, validate, evaluate, batch, verify
	scripts/bench

preview: ## pulumi preview, after the gate (the Pulumi CLI is checked first: no gate run for nothing)
	@command -v pulumi >/dev/null || { echo "make preview: the Pulumi CLI is not installed (https://www.pulumi.com/docs/install/); nothing was previewed" >&2; exit 1; }
	$(MAKE) --no-print-directory verify
	pulumi preview

up: ## the gated deploy: verify, verify-live, pulumi up, verify-deployed; any failure stops it
	@command -v pulumi >/dev/null || { echo "make up: the Pulumi CLI is not installed (https://www.pulumi.com/docs/install/) and cloud credentials are needed; nothing was verified live or deployed" >&2; exit 1; }
	$(MAKE) --no-print-directory verify
	$(MAKE) --no-print-directory verify-live
	pulumi up
	$(MAKE) --no-print-directory verify-deployed

