# The targets the README and CI use. `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run build serve test test-fast lint typecheck bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[model,test]"
	touch $(STAMP)

run: build serve

build: setup
	$(BIN)/kg build seeds/

serve: setup
	$(BIN)/kg serve

lint: setup
	$(BIN)/ruff check kg tests benchmarks

typecheck: setup
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

test-fast: setup
	$(BIN)/pytest -m "not slow"

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) kg-store .pytest_cache .mypy_cache .ruff_cache
