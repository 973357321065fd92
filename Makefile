# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: bench demo test lint types pytest docs deep bench-corpus scaling clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py examples/sample_cgtn.txt

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples tools
	$(BIN)/ruff format --check src tests benchmarks examples tools

types: $(STAMP)
	$(BIN)/mypy --strict src/opinionpiece

pytest: $(STAMP)
	HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-fast} $(BIN)/python -m pytest -q

docs: $(STAMP)
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html

# Build the sdist and wheel offline (no isolation: hatchling comes from the `release`
# extra), check them with twine and tools/check_dist.py, and throw them away.
dist-check: $(STAMP)
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && \
	$(BIN)/python -m build --no-isolation --quiet --outdir "$$d" . && \
	$(BIN)/twine check --strict "$$d"/* && \
	$(BIN)/python tools/check_dist.py "$$d"

test: lint types pytest docs dist-check

deep: $(STAMP)
	HYPOTHESIS_PROFILE=deep $(BIN)/python -m pytest -q tests/test_properties.py tests/test_robustness.py

# Parse time and peak memory per input byte, 1 KB to 50 MB, per input shape (issue 6).
# `make scaling MAX_MB=10` for a quicker run.
scaling: $(STAMP)
	$(BIN)/python benchmarks/scaling.py --max-mb $(or $(MAX_MB),50)

bench-corpus: $(STAMP)
	$(BIN)/python benchmarks/corpus_cli.py

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
