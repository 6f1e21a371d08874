#!/usr/bin/env bash
# Builds the storydiff wheel (target/wheels/) the way `pip install ./python` does, with the maturin of
# the project's Python environment (scripts/setup.sh), and unpacks it into target/pylib for the tests
# and the benchmark (PYTHONPATH=target/pylib). Incremental: cargo rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -d "${HOME:-/root}/.cargo/bin" ]] && export PATH="${HOME:-/root}/.cargo/bin:$PATH"
env_file=target/.storydiff-python
[[ -f $env_file ]] || { echo "python/build.sh: no Python environment: run scripts/setup.sh" >&2; exit 1; }
py_env=$(cat "$env_file")
py="$py_env/bin/python"
export PATH="$py_env/bin:$PATH"  # maturin's build backend runs the maturin binary it finds on PATH
rm -rf target/wheels/.new && mkdir -p target/wheels/.new
# rustup's toolchain, as for the CLI (the wasm build's Debian rustc must not leak in); the crate's own
# target dir under target/, so a fresh clone's `cargo clean` clears it too.
env -u RUSTC -u RUSTC_BOOTSTRAP -u RUSTFLAGS CARGO_TARGET_DIR="$PWD/target/python" \
  "$py" -m pip wheel --quiet --no-build-isolation --no-deps --disable-pip-version-check \
  -w target/wheels/.new ./python
rm -f target/wheels/storydiff-*.whl
mv target/wheels/.new/storydiff-*.whl target/wheels/ && rmdir target/wheels/.new
wheel=$(ls target/wheels/storydiff-*.whl)
rm -rf target/pylib
"$py" -m pip install --quiet --no-deps --no-index --disable-pip-version-check --target target/pylib "$wheel"
echo "python/build.sh: $wheel"
