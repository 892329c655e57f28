# The two commands of the README: `make run` and `make test`. Both do all set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The service's pyproject and the Python client's (clients/python, its own package) together.
CLIENT := clients/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(CLIENT)/pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install run test lint system-deps bench bench-1m bench-deps bench-draft clean soak mutation

$(STAMP): pyproject.toml $(CLIENT)/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	$(BIN)/pip install -q --disable-pip-version-check -e '$(CLIENT)[pandas,cache,typing]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Debian packages the tests use: docker-compose validates docker-compose.yml (no engine needed);
# chromium (with fonts that cover Arabic) drives the embed page through Playwright.
DEBIAN_PACKAGES := docker-compose chromium fonts-dejavu-core
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

run: install
	$(BIN)/kb run

lint: install
	$(BIN)/ruff check kb_service $(CLIENT) tests
	$(BIN)/mypy
	$(BIN)/basedpyright

# pytest starts its own throwaway Neo4j on free ports with a temporary data directory.
test: install system-deps lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Benchmarks (not part of `make test`): a synthetic corpus, a throwaway Neo4j on free ports, the
# API under real gunicorn, wrk on loopback. Results: bench/results/*.json, docs/performance.md.
bench-deps: install
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	$(BIN)/pip install -q --disable-pip-version-check -r bench/requirements.txt

# Every phase at 10k and 100k events (about 45 minutes on 2 cores); then the Markdown tables.
bench: bench-deps
	$(BIN)/ruff check bench
	$(BIN)/python -m bench.run --scale 10k
	$(BIN)/python -m bench.run --scale 100k
	$(BIN)/python -m bench.search_quality
	$(BIN)/python -m bench.draft_quality
	$(BIN)/python -m bench.same_record_quality
	$(BIN)/python -m bench.report

# How close `kb draft` comes to the hand-curated files (the seed and the English test text):
# precision and recall of mentions, dated events and statements. Seconds; no database.
# Then how far a second curator's gold agrees with the first on some development texts (the
# best a drafter could reach there), and how well the same-record finder proposes the stored
# record a second report is about (tests/fixtures/same_event replayed in a throwaway Neo4j;
# about two minutes).
bench-draft: install
	$(BIN)/python -m bench.draft_quality
	$(BIN)/python -m bench.draft_corpus_quality
	$(BIN)/python -m bench.draft_agreement
	$(BIN)/python -m bench.same_record_quality

# 1M events in one batch (validation keeps only ids and labels, not the files), then queried;
# the graph is kept in .kb/bench-1m for later runs. About 2 hours of ingestion on 2 cores, with a
# 10 GiB page cache (the 1M store is larger than the 4 GiB used at 10k and 100k).
bench-1m: bench-deps
	$(BIN)/python -m bench.run --scale 1m --phases ingest,queries,plans,experiment,load,profile --data-dir .kb/bench-1m --pagecache 10g
	$(BIN)/python -m bench.report

# Load test (not part of `make test`): wrk for 60 s at 64 connections against gunicorn on the
# seeded graph (a throwaway Neo4j on free ports); fails on any 5xx, socket error or worker memory
# growth. Figures: docs/reliability.md.
soak: install
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	$(BIN)/python -m bench.load_test

# Mutation testing (not part of `make test`): mutmut mutates the pure code and runs each mutant
# against the tests that need no Neo4j (tests/pure_selection.py). MODULES picks a subset and
# TESTS (test file names) narrows the tests, e.g. `make mutation MODULES=kb_service/model/names.py
# TESTS="test_pure_model_mutants.py test_spellings.py"`; the whole set takes hours on 2 cores.
# CHILDREN is how many mutants run at once (1: the cores are shared). Reviewed equivalent
# mutants: bench/mutation_equivalents.yaml. Report: bench/results/mutation.json (raw and
# adjusted scores); the scores measured: docs/testing.md.
MODULES ?= kb_service/model kb_service/curation kb_service/read/pages.py kb_service/read/records.py
TESTS ?=
CHILDREN ?= 1
mutation: install
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,mutation]'
	KB_MUTATION_TESTS="$(TESTS)" KB_MUTATION_CHILDREN="$(CHILDREN)" $(BIN)/python -m bench.mutation $(MODULES)
