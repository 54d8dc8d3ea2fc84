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

# With OWNUP_TEST_POSTGRES the PostgreSQL pass runs alongside the SQLite one, one per core,
# each with its own var folder; its output follows the SQLite pass's, and either failing
# fails the command.
test: lint
	@if [ -z "$$OWNUP_TEST_POSTGRES" ]; then exec $(BIN)/pytest; fi; \
	mkdir -p var/tests; \
	OWNUP_VAR_DIR=$(CURDIR)/var/tests/postgres OWNUP_DATABASE_URL=$(OWNUP_TEST_DATABASE_URL) \
		$(BIN)/pytest -p no:cacheprovider > var/tests/postgres.log 2>&1 & postgres=$$!; \
	OWNUP_VAR_DIR=$(CURDIR)/var/tests/sqlite $(BIN)/pytest; sqlite=$$?; \
	wait $$postgres; postgres_status=$$?; \
	echo "== the same suite on PostgreSQL (run alongside)"; cat var/tests/postgres.log; \
	exit $$(( sqlite || postgres_status ))

bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)
