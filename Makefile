# The two commands: `make run` and `make test`. Everything else is a step they share.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE ?= 1
export TOKENIZERS_PARALLELISM := false
export NO_PROXY := localhost,127.0.0.1
export no_proxy := localhost,127.0.0.1

.PHONY: run test setup index lint bench eval clean system-deps

setup: $(STAMP)

# torch first and alone: `torch==2.13.0` takes the local CPU wheel; any other spec pulls CUDA.
$(STAMP): requirements.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -r requirements.txt
	touch $(STAMP)

index: setup
	$(PY) -m ingest

run: setup index
	$(PY) app.py

lint: setup
	$(VENV)/bin/ruff check .

test: setup system-deps
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

# Debian packages the browser and PostgreSQL tests need (CI runs as root on a fresh machine).
system-deps:
	@bash scripts/system_deps.sh

bench: setup index
	$(PY) -m eval.bench

eval: setup index
	$(PY) -m eval.run --dataset eval/datasets/gold.jsonl

clean:
	rm -rf .index .pytest_cache test-artifacts
