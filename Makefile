# ai-squared-client — the one entry point. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The venv's tools (ruff above all: the generator's post-hooks look it up on PATH) come first.
export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

PORT ?= 4010
HOST ?= 127.0.0.1
SPEC := openapi.yaml
# Base of the spec comparison: default the last v* tag, else origin/main, else HEAD.
BASE ?=
BASE_ARG = $(if $(BASE),--base $(BASE))

VENV_STAMP := $(VENV)/.stamp-deps
NODE_STAMP := node_modules/.stamp-deps

.PHONY: help setup lock generate check-generated lint-spec lint check check-version test build clean spec-diff release-notes mock conformance conformance-ci bench

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: $(VENV_STAMP) $(NODE_STAMP) ## Create .venv from requirements/dev.lock and install the node tools (idempotent)

$(VENV_STAMP): requirements/dev.lock requirements/bootstrap.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements/bootstrap.txt
	$(BIN)/uv pip sync --quiet --python $(PY) requirements/dev.lock
	printf '%s\n%s\n' "$(CURDIR)" "$(CURDIR)/generated" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/ai_squared_client_dev.pth"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lock: $(VENV_STAMP) ## Re-pin requirements/dev.lock from requirements/dev.in
	$(BIN)/uv pip compile --quiet --python-version 3.11 requirements/dev.in -o requirements/dev.lock

generate: $(VENV_STAMP) ## Regenerate generated/ from openapi.yaml (the only writer of generated/)
	$(PY) scripts/generate.py generate

check-generated: $(VENV_STAMP) ## Fail, listing the files, if generated/ differs from a fresh generation
	$(PY) scripts/generate.py check

lint-spec: setup ## Validate openapi.yaml (openapi-spec-validator + Spectral with .spectral.yaml)
	$(BIN)/openapi-spec-validator $(SPEC)
	spectral lint $(SPEC) --ruleset .spectral.yaml --fail-severity=hint

lint: $(VENV_STAMP) ## Ruff (lint + format check) and mypy on the hand-written code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check-version: $(VENV_STAMP) ## Fail unless info.version was bumped as the spec changes since BASE require
	$(PY) scripts/check_version_bump.py $(BASE_ARG)

check: lint-spec check-generated lint check-version ## Every static check CI runs

spec-diff: $(VENV_STAMP) ## Classify openapi.yaml changes since BASE (breaking / added / changed / docs)
	$(PY) scripts/spec_diff.py $(BASE_ARG)

release-notes: $(VENV_STAMP) ## Write the CHANGELOG.md section for info.version from the diff against BASE
	$(PY) scripts/release_notes.py $(BASE_ARG)

test: check ## The CI test command: all checks, then the test suites
	$(BIN)/pytest

conformance: $(VENV_STAMP) ## The main job: contract suite vs AISQUARED_BASE_URL if set, else the embedded mock (exit 0/1/2)
	$(PY) -m contract_tests

conformance-ci: $(VENV_STAMP) ## The fast CI profile of the contract suite against the mock
	$(PY) -m contract_tests --profile ci

mock: $(VENV_STAMP) ## Serve the stateful mock with its demo data on 127.0.0.1:4010 (HOST=, PORT= to change)
	$(PY) -m aisquared_mock --host $(HOST) --port $(PORT)

bench: setup ## Performance figures side by side (client, mock vs Prism, pipeline) -> reports/bench.json
	$(PY) -m benchmarks

build: setup check-generated ## Build dist/ai_squared_client-<version>-py3-none-any.whl and prove it installs in a clean venv
	rm -rf dist
	$(BIN)/uv build --quiet --wheel generated --out-dir dist
	$(PY) scripts/verify_wheel.py dist

clean: ## Remove caches, reports and build output (keeps .venv and node_modules)
	rm -rf dist reports .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis
