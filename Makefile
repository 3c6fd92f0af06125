# Plume — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYNAPSE_VENV := .venv-synapse
SYNAPSE_STAMP := $(SYNAPSE_VENV)/.installed
SYNAPSE_VERSION := 1.163.2
ARGS ?=

.PHONY: install synapse run test lint format bench bench-load bench-ack clean bench-privacy bench-quality bench-grounding bench-audit bench-socket bench-matrix charts

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Plume demande Python >= 3.11 (trouvé : " + sys.version.split()[0] + "). Installez-le, ou lancez : make PYTHON=python3.12 ...")'
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { echo "Le module venv de Python manque : sous Debian/Ubuntu, « sudo apt install python3-venv »."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install Plume with its dev tools

# A real Matrix homeserver for the tests, in its own virtualenv: Synapse is AGPL, run as a subprocess, never imported.
$(SYNAPSE_STAMP):
	$(PYTHON) -m venv $(SYNAPSE_VENV)
	$(SYNAPSE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SYNAPSE_VENV)/bin/python -m pip install --quiet 'matrix-synapse==$(SYNAPSE_VERSION)'
	@touch $(SYNAPSE_STAMP)

synapse: $(SYNAPSE_STAMP) ## install Synapse (tests only) in .venv-synapse

run: $(STAMP) ## start Plume (Socket Mode); `make run ARGS="--http --port 3000"` for HTTP mode
	$(BIN)/plume serve $(ARGS)

test: $(STAMP) $(SYNAPSE_STAMP) ## run the whole test suite
	$(BIN)/python -m pytest $(ARGS)

lint: $(STAMP) ## ruff (lint + format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP) ## print timings and memory of the end-to-end slice
	$(BIN)/python -m bench.e2e
	$(BIN)/python -m bench.streaming

bench-load: $(STAMP) ## Plume's acks vs a bare Bolt app's (burst, steady; SQLite then PostgreSQL), then 30 drafts under Slack's limits; ~8 min
	$(BIN)/python -m bench.load
	$(BIN)/python -m bench.limits

bench-ack: $(STAMP) ## CPU time of one ack, Plume's HTTP route vs a bare Bolt app, in one process, and Plume's profile (~30 s)
	$(BIN)/python -m bench.ack_cost $(ARGS)

bench-socket: $(STAMP) ## Socket Mode: reconnection after a dropped, dead or refreshed link, Plume vs Bolt's default client (~6 min)
	$(BIN)/python -m bench.socket_mode

bench-privacy: $(STAMP) ## pseudonymisation: Plume vs vanilla Presidio on tests/data/privacy_corpus.jsonl (~2 min)
	$(BIN)/python -m bench.privacy

bench-quality: $(STAMP) ## checks on drafts: per check, detection and false alarms, dev and held-out, time per draft (~5 s)
	$(BIN)/python -m bench.quality

bench-grounding: $(STAMP) ## grounding: right service's approved replies first (8 services), retrieval p95 at 100 000 threads, SQLite and PostgreSQL (~6 min)
	$(BIN)/python -m bench.grounding

bench-audit: $(STAMP) ## audit at scale: 100 000 conversations in SQLite and PostgreSQL, App Home and export (~5 min)
	$(BIN)/python -m bench.audit

charts: $(STAMP) ## the README's chart pictures (docs/charts/*.png), drawn by `plume audit charts` from a demo database
	$(BIN)/python -m bench.charts_demo docs/charts

bench-matrix: $(STAMP) $(SYNAPSE_STAMP) ## Matrix: a real Synapse, round trips, edits a minute, memory, catch-up after a stop (~4 min; ARGS="--default-limits")
	$(BIN)/python -m bench.matrix $(ARGS)
	$(BIN)/python -m bench.matrix_catch_up

clean:
	rm -rf $(VENV) $(SYNAPSE_VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
