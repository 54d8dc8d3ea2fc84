# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= $(shell pyenv which python 2>/dev/null || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
OWNUP_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ownup

.PHONY: demo test lint bench install

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12) and "ownup needs Python 3.12 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/ownup migrate --noinput
	$(BIN)/ownup demo
	$(BIN)/ownup serve --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check ownup bench
	$(BIN)/ruff format --check ownup bench
	$(BIN)/mypy ownup bench

test: lint
	$(BIN)/pytest
	@if [ -n "$$OWNUP_TEST_POSTGRES" ]; then \
		echo "== again on PostgreSQL"; \
		OWNUP_DATABASE_URL=$(OWNUP_TEST_DATABASE_URL) $(BIN)/pytest; \
	fi

bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)
