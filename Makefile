# Developer entry points; `make test` is exactly what CI runs (.ci/run).
# Tools come from .venv so results don't depend on what is installed globally.

BIN := .venv/bin

.PHONY: venv deps demo test stress lint fmt bench clean

## venv: Python dependencies only (.venv, editable install with dev extras)
venv:
	scripts/install-deps.sh --python-only

## deps: system packages (Dovecot, openssl) plus the venv
deps:
	scripts/install-deps.sh

## demo: run the self-contained demo
demo: venv
	$(BIN)/rebound demo

## test: lint, format check, type check, the test suite on real servers, the short stress run
test: deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -q
	$(BIN)/pytest -q -m stress tests/stress

## stress: the long attack (>= 200 kills, >= 50 restarts, >= 10,000 fuzzed mails; ~1 h);
## figures go to stress-report.jsonl. REBOUND_STRESS_SEED=N picks another seed.
stress: deps
	REBOUND_STRESS=long REBOUND_STRESS_REPORT=stress-report.jsonl $(BIN)/pytest -q -m stress tests/stress

## lint: the static checks of `make test`, without the tests
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## fmt: rewrite code in the project style and apply safe lint fixes
fmt: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## bench: run bench/run if the project has one
bench: deps
	@if [ -x bench/run ]; then bench/run; else echo "bench/run not found, nothing to run"; fi

## clean: caches and build output (keeps .venv; delete it by hand to rebuild from scratch)
clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
	find . -path ./.venv -prune -o -name __pycache__ -type d -exec rm -rf {} +
