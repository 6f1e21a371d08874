#!/usr/bin/env bash
# The lint gates `make test` runs: rustfmt, and clippy with warnings as errors, natively (every target:
# library, CLI, tests, benches) and for wasm32 (the library as the page runs it).
#
# The wasm32 clippy takes the same road as scripts/build-wasm.sh: rustup's target when its std is
# installed, otherwise Debian's Rust with -Zbuild-std (scripts/setup.sh installs rust-web-clippy).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -d "${HOME:-/root}/.cargo/bin" ]] && export PATH="${HOME:-/root}/.cargo/bin:$PATH"
TARGET=wasm32-unknown-unknown

echo "lint: cargo fmt --check"
env -u RUSTC cargo fmt --all --check

echo "lint: cargo clippy --all-targets -- -D warnings (native)"
env -u RUSTC -u RUSTC_BOOTSTRAP -u RUSTFLAGS cargo clippy --quiet --all-targets -- -D warnings

echo "lint: cargo clippy --lib --target $TARGET -- -D warnings"
libdir=$(rustc --print target-libdir --target "$TARGET" 2>/dev/null || true)
if compgen -G "$libdir/libstd-*.rlib" >/dev/null; then
  env -u RUSTC cargo clippy --quiet --release --lib --target "$TARGET" -- -D warnings
else
  [[ -x /usr/bin/cargo-clippy ]] || { echo "lint: no /usr/bin/cargo-clippy: run scripts/setup.sh" >&2; exit 1; }
  # Debian's cargo runs the cargo-clippy first on PATH: put Debian's before rustup's, as for rustc.
  PATH=/usr/bin:$PATH RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--max-memory=2147483648" \
    /usr/bin/cargo clippy --quiet --release --lib --target "$TARGET" -Zbuild-std=std,panic_abort -- -D warnings
fi
echo "lint: ok"
