# Storydiff
#   make build     CLI (target/release/storydiff) + wasm (www/pkg) + size budgets
#   make serve     build, then serve www/ on http://127.0.0.1:$(PORT)/
#   make test      every test: Rust, wasm API in Node, browser, evaluation gate
#   make eval      accuracy per pair, language and kind, in-sample and cross-validated (../shared when present)
#   make bench | package | fuzz | setup
#   make python    the Python wheel (target/wheels); make bench-batch: batch, Python and Spark speed

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

PORT ?= 8000
# Chromium names a download "download" when the locale cannot carry its (often non-ASCII) file name.
LANG ?= C.UTF-8
export LANG
CLI := target/release/storydiff
# Native builds and tests use rustup's stable toolchain: the wasm build's Debian rustc must not leak in.
NATIVE := env -u RUSTC -u RUSTC_BOOTSTRAP -u RUSTFLAGS
export PATH := $(HOME)/.cargo/bin:$(PATH)
START := $(shell date +%s)

step = @printf '\n==> %s\n' "$(1)"
elapsed = $$(( $$(date +%s) - $(START) ))

.PHONY: help setup lint cli wasm build sizes serve test eval bench package fuzz python test-python bench-batch

help:
	@sed -n '2,7s/^# //p' Makefile

setup:
	$(call step,setup)
	@bash scripts/setup.sh

lint: setup
	@bash scripts/lint.sh

cli: setup
	$(call step,cargo build --release (CLI))
	$(NATIVE) cargo build --release

wasm: setup
	$(call step,wasm)
	@bash scripts/build-wasm.sh

build: cli wasm
	@if [[ -f scripts/single-file.mjs ]]; then \
	  printf '\n==> %s\n' "single-file build"; node scripts/single-file.mjs; fi
	$(call step,sizes)
	@node scripts/sizes.mjs
	@echo
	@echo "build ok ($(elapsed) s): CLI $(CLI), page www/index.html"

sizes:
	@node scripts/sizes.mjs

serve: build
	$(call step,serve)
	@PORT=$(PORT) node scripts/serve.mjs

# One recipe, in order; make stops at the first failing line and exits non-zero.
test: setup
	$(call step,lint: rustfmt and clippy -D warnings, native and wasm32)
	@bash scripts/lint.sh
	$(call step,cargo test)
	$(NATIVE) cargo test --quiet --no-fail-fast
	$(call step,wasm)
	@bash scripts/build-wasm.sh
	$(call step,size budget)
	node scripts/sizes.mjs --strict
	$(call step,node --test tests/node/)
	node --test tests/node/
	$(call step,browser tests)
	@if [[ -d tests/browser ]]; then node --test tests/browser/; \
	 else echo "skipped: no tests/browser/"; fi
	$(call step,eval gate)
	$(NATIVE) cargo build --release --quiet
	node tests/fixtures/check.mjs
	@# Holds tests/fixtures, and the seed and realworld-dev pairs when ../shared is present, to tests/eval-baseline.json.
	node scripts/eval-gate.mjs
	$(call step,hostile inputs at full size in a release build: 10 MB lines and words and a million sentences)
	$(NATIVE) cargo test --release --quiet --test hostile_cli -- --ignored --test-threads=1
	$(call step,python: the wheel (pip wheel ./python), its lint, pytest with the Spark job in local[2])
	@$(MAKE) --no-print-directory test-python
	@echo
	@printf 'PASS: make test, all steps passed (%s s)\n' "$(elapsed)"

# Paths that do not exist are skipped by the eval itself (../shared is absent outside this workplace).
# Gold folders are found at any depth (../shared/fixtures/realworld-dev/*) and reported per group;
# --cv cross-validates each group: thresholds tuned on one half of its pairs, reported on the other.
eval: setup
	$(NATIVE) cargo run --release --quiet -- eval --cv tests/fixtures ../shared/fixtures ../shared/benchmarks

bench: setup
	$(NATIVE) cargo bench --bench pipeline
	@if [[ -f scripts/bench-wasm.mjs ]]; then bash scripts/build-wasm.sh && node scripts/bench-wasm.mjs; \
	 else echo "skipped: no scripts/bench-wasm.mjs"; fi

package: wasm
	@[[ -f scripts/package.sh ]] || { echo "make package: scripts/package.sh does not exist yet" >&2; exit 1; }
	bash scripts/package.sh

fuzz:
	@if [[ -f scripts/fuzz.sh ]]; then bash scripts/fuzz.sh; \
	 else echo "skipped: no scripts/fuzz.sh"; fi

# ---- At scale: storydiff batch (src/batch/), the Python package (python/), the Spark job ----------------
# The Python tools live in the environment scripts/setup.sh made (its path is in target/.storydiff-python);
# the wheel is unpacked into target/pylib for the tests and the benchmark, never installed anywhere.
PYENV_PY = "$$(cat target/.storydiff-python)/bin/python"
PYTHON_NATIVE = $(NATIVE) CARGO_TARGET_DIR=$(CURDIR)/target/python

python: setup
	@bash python/build.sh

test-python: python
	$(NATIVE) cargo fmt --check --manifest-path python/Cargo.toml
	$(PYTHON_NATIVE) cargo clippy --quiet --manifest-path python/Cargo.toml --all-targets -- -D warnings
	$(NATIVE) cargo build --release --quiet
	PYTHONPATH=target/pylib STORYDIFF_REQUIRE_SPARK=1 SPARK_LOCAL_IP=127.0.0.1 \
	  $(PYENV_PY) -m pytest -q -p no:cacheprovider python/tests

# Pairs per second and peak memory: the CLI on 1 and on every thread, Python, Spark in local mode.
# BENCH_ARGS="--pairs 10000 --big 1G" for a longer run.
bench-batch: python
	$(NATIVE) cargo build --release --quiet
	PYTHONPATH=target/pylib STORYDIFF_WHEEL="$$(ls target/wheels/storydiff-*.whl)" SPARK_LOCAL_IP=127.0.0.1 \
	  $(PYENV_PY) python/bench/bench_batch.py $(BENCH_ARGS)
