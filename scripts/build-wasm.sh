#!/usr/bin/env bash
# Builds the release wasm and its JS bindings into www/pkg (storydiff.js + storydiff_bg.wasm).
#
# Two ways to get a wasm32 standard library, picked by looking, never by downloading:
#   - rustup's wasm32-unknown-unknown target, when installed: a plain cargo build;
#   - otherwise Debian's Rust (rustc-web, rust-web-src), which builds std from source with -Zbuild-std.
# scripts/setup.sh installs whichever is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -d "${HOME:-/root}/.cargo/bin" ]] && export PATH="${HOME:-/root}/.cargo/bin:$PATH"

TARGET=wasm32-unknown-unknown
# Keep in step with .cargo/config.toml. RUSTFLAGS from the environment replaces the config's rustflags
# instead of adding to them, so whenever this script sets RUSTFLAGS it carries the cap itself.
# 2 GiB: a runaway comparison fails with an allocation error instead of taking the tab's memory.
MEMORY_CAP="-Clink-arg=--max-memory=2147483648"
OUT=www/pkg
WASM=target/$TARGET/release/storydiff.wasm

# The page's wasm is built for size (opt-level z): 16 % smaller gzipped than the native build's
# opt-level s, for a comparison that stays well under a frame's budget on news-sized text.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
t0=$(date +%s.%N)
# Several shells (a watcher, a test run, a person) may build at once; they share www/pkg, so take turns.
mkdir -p target
exec 9>target/.build-wasm.lock
flock -w 1200 9 || { echo "build-wasm: another build held the lock for 20 minutes" >&2; exit 1; }
libdir=$(rustc --print target-libdir --target "$TARGET" 2>/dev/null || true)
if compgen -G "$libdir/libstd-*.rlib" >/dev/null; then
  echo "build-wasm: cargo build --release --lib --target $TARGET (rustup std)"
  if [[ -n ${RUSTFLAGS:-} ]]; then export RUSTFLAGS="$RUSTFLAGS $MEMORY_CAP"; fi
  env -u RUSTC cargo build --release --lib --target "$TARGET"
else
  [[ -x /usr/bin/rustc && -x /usr/bin/cargo && -d /usr/lib/rustlib/src/rust/library ]] ||
    { echo "build-wasm: no wasm32 std and no Debian rust-web-src: run scripts/setup.sh" >&2; exit 1; }
  echo "build-wasm: /usr/bin/cargo build --release --lib --target $TARGET -Zbuild-std (Debian $(/usr/bin/rustc --version | cut -d' ' -f2))"
  # The rustup cargo must not drive Debian's rustc (they differ by a version), so both come from /usr/bin.
  # immediate-abort drops the panic machinery from std: panics trap without a message, 12-15% smaller.
  # optimize_for_size picks std's smaller code paths (its float formatting, which serde's type errors
  # reach, among them): 5.7 KB gzip less.
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none $MEMORY_CAP" \
    /usr/bin/cargo build --release --lib --target "$TARGET" -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
fi

# Build beside www/pkg and swap it in whole: stale files from an older build must not be served next
# to fresh ones, and a page loading mid-build must not see a half-written module.
TMP=$(mktemp -d target/pkg.tmp.XXXXXX)   # same filesystem as www/, so mv is a rename
trap 'rm -rf "$TMP"' EXIT
wasm-bindgen --target web --out-dir "$TMP" "$WASM"

# wasm-opt from npm's binaryen (Debian's binaryen 108 emits a module that throws at init).
WASM_OPT=node_modules/.bin/wasm-opt
if [[ -x $WASM_OPT ]]; then
  "$WASM_OPT" -Oz "$TMP/storydiff_bg.wasm" -o "$TMP/storydiff_bg.opt.wasm"
  mv "$TMP/storydiff_bg.opt.wasm" "$TMP/storydiff_bg.wasm"
else
  echo "build-wasm: warning: $WASM_OPT missing (run scripts/setup.sh); wasm left unoptimized" >&2
fi

chmod 755 "$TMP"
OLD=target/pkg.old.$$
if [[ -e $OUT ]]; then mv "$OUT" "$OLD"; fi
mv "$TMP" "$OUT"
rm -rf "$OLD"
t1=$(date +%s.%N)
awk -v f="$OUT/storydiff_bg.wasm" -v n="$(stat -c %s "$OUT/storydiff_bg.wasm")" -v t0="$t0" -v t1="$t1" \
  'BEGIN { printf "build-wasm: %s (%d bytes) in %.1f s\n", f, n, t1 - t0 }'
