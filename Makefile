# The two commands of the README: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
CROSSCLAIM := $(VENV)/bin/crossclaim
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint bench eval venv clean

venv: $(VENV)/.installed

# torch first and pinned: the CPU build lies on local disk; an unpinned torch pulls CUDA.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# a data dir of an older layout is re-read first, unscored claims scored (a current one is left alone)
run: venv
	$(CROSSCLAIM) reindex --if-needed
	$(CROSSCLAIM) ingest seeds/articles.jsonl
	$(CROSSCLAIM) clusters

test: venv
	$(PY) -m pytest -q

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: venv
	$(PY) bench/ingest_throughput.py
	$(PY) bench/contrast_speed.py

eval: venv
	$(CROSSCLAIM) eval --data ../shared/eval

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
