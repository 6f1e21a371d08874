#!/usr/bin/env bash
# Fuzzes storydiff::compare with cargo-fuzz (libFuzzer) for a number of seconds.
#
#   scripts/fuzz.sh            60 seconds
#   scripts/fuzz.sh 1800       half an hour
#   STORYDIFF_FUZZ_STRICT=1 scripts/fuzz.sh 600    also check statuses, facts, summary, self-compare
#   scripts/fuzz.sh 1800 -fork=1 -ignore_crashes=1 -ignore_timeouts=1   keep going after a crash
#                              (flags after the seconds go to libFuzzer)
#
# The target and what it checks: fuzz/fuzz_targets/compare.rs. A crash leaves its input in
# fuzz/artifacts/compare/; reproduce with `cargo +nightly fuzz run compare <file>` and add it to
# tests/props.rs as a named test. The corpus (fuzz/corpus/compare/) is seeded from tests/hostile/
# and tests/fixtures/ on the first run and grows across runs; neither is committed.
#
# libFuzzer needs unstable compiler flags (-Zsanitizer): rustup's nightly when it is installed,
# otherwise the stable toolchain with RUSTC_BOOTSTRAP=1. The build has debug assertions and
# overflow checks on (an overflowing number parse is a crash here, not a silent wrap) and no
# AddressSanitizer by default: the crate has no unsafe code, and ASan costs half the speed.
# FUZZ_SANITIZER=address turns it back on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS [LIBFUZZER-FLAGS...]]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
[[ -d "${HOME:-/root}/.cargo/bin" ]] && export PATH="${HOME:-/root}/.cargo/bin:$PATH"
# The wasm build's Debian rustc must not leak in.
unset RUSTC RUSTFLAGS RUSTC_BOOTSTRAP

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  timeout 900 cargo install cargo-fuzz --locked || timeout 900 cargo install cargo-fuzz
fi

toolchain=()
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

corpus=fuzz/corpus/compare
mkdir -p "$corpus" fuzz/artifacts/compare
if [[ -z "$(ls -A "$corpus")" ]]; then
  # Seeds: each hostile text against an ordinary story, and each fixture pair, as "A 0xFF B".
  story=tests/hostile/crlf.txt
  n=0
  for f in tests/hostile/*; do
    [[ "$f" == *.md ]] && continue
    { head -c 6000 "$f"; printf '\xff'; cat "$story"; } > "$corpus/hostile-$(basename "$f")"
    n=$((n + 1))
  done
  for d in tests/fixtures/*/; do
    if [[ -f "$d/a.txt" && -f "$d/b.txt" ]]; then
      { head -c 4000 "$d/a.txt"; printf '\xff'; head -c 4000 "$d/b.txt"; } > "$corpus/fixture-$(basename "$d")"
      n=$((n + 1))
    fi
  done
  echo "fuzz: seeded $corpus with $n inputs"
fi

before=$(ls fuzz/artifacts/compare | wc -l)
echo "fuzz: running for $seconds s (toolchain: ${toolchain[*]:-stable with RUSTC_BOOTSTRAP=1})"
set +e
cargo "${toolchain[@]}" fuzz run --debug-assertions --sanitizer "${FUZZ_SANITIZER:-none}" compare "$corpus" -- \
  -max_total_time="$seconds" -max_len=8192 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 "$@"
status=$?
set -e
after=$(ls fuzz/artifacts/compare | wc -l)
echo "fuzz: corpus $(ls "$corpus" | wc -l) inputs; new artifacts: $((after - before)) (fuzz/artifacts/compare/)"
exit "$status"
