# Two commands do everything: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test testbed-packages browser-packages replay-tools testbed-up testbed-down bench clean

# The oldest DuckDB CLI on the package index, beside the venv's own (1.5.6): the test that the published snapshot
# opens in clients older than the Python package uses it (tests/test_publish_storage.py).
OLDEST_DUCKDB_CLI := 1.4.4

$(BIN)/wparchive: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --no-warn-conflicts --upgrade --target $(VENV)/duckdb-cli-$(OLDEST_DUCKDB_CLI) duckdb-cli==$(OLDEST_DUCKDB_CLI)
	chmod +x $(VENV)/duckdb-cli-$(OLDEST_DUCKDB_CLI)/bin/duckdb
	touch $@

demo: $(BIN)/wparchive
	$(BIN)/wparchive demo

# Installs Debian's WordPress stack when missing (needs root; without root the WordPress tests skip,
# except under CI=true where a missing test bed fails the run).
testbed-packages:
	bash tests/wordpress/install-packages.sh

# Installs Debian's Chromium for the report's browser test when missing (needs root; without root that test
# skips, except under CI=true where a missing browser fails the run).
browser-packages:
	bash tests/browser/install-chromium.sh

# pywb (replay) and wacz (WACZ export) pin libraries Prefect can't share (redis 2.x), so they get their own
# virtualenv beside the project's; `wparchive replay` and `export --format wacz` run them from there.
REPLAY_VENV := .venv-replay
$(REPLAY_VENV)/bin/wayback: replay-tools.txt
	$(PYTHON) -m venv $(REPLAY_VENV)
	$(REPLAY_VENV)/bin/pip install --quiet --upgrade pip
	$(REPLAY_VENV)/bin/pip install --quiet -r replay-tools.txt
	touch $@

replay-tools: $(REPLAY_VENV)/bin/wayback

# Two pytest processes (pytest-xdist): the WordPress test bed's tests run in order in one, every other module whole
# in either (tests/conftest.py). `PYTEST_WORKERS=0 make test` runs everything in one process.
# The test bed is brought up before pytest starts and stopped after it: seeding its 109 sites from nothing takes
# ~2 minutes of both cores, and begun inside the session it ran beside the other process's timed hostile-server
# crawls (two of them took 61 s against a 60 s bound in clean-clone runs, 1.6 s otherwise).
PYTEST_WORKERS ?= 2
test: $(BIN)/wparchive testbed-packages browser-packages replay-tools
	$(BIN)/python -m tests.wordpress.testbed up
	$(BIN)/pytest -n $(PYTEST_WORKERS); status=$$?; $(BIN)/python -m tests.wordpress.testbed down; exit $$status

# Keep a test bed running by hand (for debugging and benchmarks): prints the URLs.
testbed-up: $(BIN)/wparchive testbed-packages
	$(BIN)/python -m tests.wordpress.testbed up

testbed-down:
	$(BIN)/python -m tests.wordpress.testbed down

# The benchmarks behind the README's numbers (minutes each; loopback only; they stop by themselves).
bench: $(BIN)/wparchive testbed-packages
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_themes.py
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_warc.py
	$(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_publish_report.py
	$(BIN)/python bench/bench_media.py
	$(BIN)/python bench/bench_pool.py polite
	$(BIN)/python bench/bench_pool.py nochange
	$(BIN)/python bench/bench_fixed_cost.py
	$(BIN)/python bench/bench_load_sites.py

clean:
	rm -rf $(VENV) $(REPLAY_VENV) .testbed *.egg-info
