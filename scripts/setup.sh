#!/usr/bin/env bash
# Installs what building and testing Storydiff needs, and nothing that is already there.
#
# Detects before it installs, so a second run takes well under a second and never touches the network.
# Every step that does reach a registry runs under `timeout`, so a stalled mirror fails CI instead of hanging it.
# Sources: Debian packages (apt), crates.io (cargo install, cargo fetch), the npm registry (npm ci). Nothing else.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A non-login shell (CI, cron) may lack rustup's bin dir, where wasm-bindgen is installed too.
[[ -d "${HOME:-/root}/.cargo/bin" ]] && export PATH="${HOME:-/root}/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO=(sudo -n); fi
fi

# ---------------------------------------------------------------- apt
APT_OPTS=(-o Acquire::http::Timeout=30 -o Acquire::https::Timeout=30 -o Acquire::ftp::Timeout=30
          -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
apt_updated=0

missing_pkgs() {  # prints the named packages that dpkg does not list as installed (one local query)
  local installed
  installed=$'\n'$(dpkg-query -W -f='${db:Status-Abbrev}${Package}\n' "$@" 2>/dev/null || true)$'\n'
  local p
  for p in "$@"; do
    [[ $installed == *$'\n'"ii $p"$'\n'* ]] || printf '%s\n' "$p"
  done
}

apt_install() {  # apt_install PKG... ; installs only the missing ones
  local missing
  mapfile -t missing < <(missing_pkgs "$@")
  [[ ${#missing[@]} -eq 0 ]] && return 0
  command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get: install them by hand"
  if [[ $(id -u) -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
    die "missing packages ${missing[*]}: run as root, or install them: apt-get install ${missing[*]}"
  fi
  # A fresh machine's package lists are stale (the Rust 1.96 packages are in bookworm-security only).
  if [[ $apt_updated -eq 0 ]]; then
    say "apt-get update"
    timeout 300 "${SUDO[@]}" apt-get "${APT_OPTS[@]}" -qq update </dev/null
    apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  timeout 900 "${SUDO[@]}" apt-get "${APT_OPTS[@]}" -y -qq --no-install-recommends install "${missing[@]}" </dev/null
}

have_dpkg=0
command -v dpkg-query >/dev/null && have_dpkg=1

# ---------------------------------------------------------------- the wasm32 standard library
command -v cargo >/dev/null || die "cargo not found: install Rust (https://rustup.rs) first"
wasm_libdir=$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null || true)
if compgen -G "$wasm_libdir/libstd-*.rlib" >/dev/null; then
  wasm_std=rustup
  say "wasm32 std: rustup target (plain build)"
elif [[ $have_dpkg -eq 1 ]]; then
  # Debian's Rust ships its std sources, so -Zbuild-std can build the wasm32 std without downloading a toolchain.
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm rust-web-clippy
  lld=$(readlink /usr/bin/rust-lld || true)   # rust-web-llvm points rust-lld at an lld it does not depend on
  [[ $lld =~ ^lld-[0-9]+$ ]] || die "cannot tell which lld /usr/bin/rust-lld needs (readlink gave '$lld')"
  apt_install "$lld"
  wasm_std=build-std
  say "wasm32 std: Debian rustc with -Zbuild-std"
else
  die "no wasm32 std: run 'rustup target add wasm32-unknown-unknown'"
fi

# ---------------------------------------------------------------- browser and node
if [[ $have_dpkg -eq 1 ]]; then
  # Fonts with Devanagari and CJK glyphs, so the page and its screenshots show Hindi and Chinese.
  pkgs=(chromium chromium-driver fonts-lohit-deva fonts-droid-fallback)
  command -v node >/dev/null || pkgs+=(nodejs npm)
  apt_install "${pkgs[@]}"
else
  command -v chromium >/dev/null || say "warning: no chromium; browser tests will fail"
fi
command -v node >/dev/null || die "node not found"
node_major=$(node --version); node_major=${node_major#v}; node_major=${node_major%%.*}
[[ $node_major -ge 18 ]] || die "node $(node --version) is too old: need 18 or newer"

# ---------------------------------------------------------------- wasm-bindgen CLI, same version as the crate
# The CLI and the crate must agree exactly, or wasm-bindgen refuses the wasm file.
wb_version=$(sed -nE 's/^wasm-bindgen[[:space:]]*=[[:space:]]*(\{[^}]*version[[:space:]]*=[[:space:]]*)?"=?([0-9][0-9.]*)".*/\2/p' Cargo.toml | head -n1)
[[ -n $wb_version ]] || die "cannot read the wasm-bindgen version from Cargo.toml"
have_wb=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ $have_wb == "$wb_version" ]]; then
  say "wasm-bindgen $wb_version: present"
else
  say "cargo install wasm-bindgen-cli $wb_version (was: ${have_wb:-none}; about 3 minutes)"
  # --locked can fail when the registry no longer has a version the CLI's lockfile pins; then resolve afresh.
  if ! env -u RUSTC -u RUSTFLAGS timeout 1500 cargo install --quiet --locked wasm-bindgen-cli --version "=$wb_version" </dev/null; then
    say "--locked install failed; retrying without --locked"
    env -u RUSTC -u RUSTFLAGS timeout 1500 cargo install --quiet --force wasm-bindgen-cli --version "=$wb_version" </dev/null
  fi
  [[ $(wasm-bindgen --version | awk '{print $2}') == "$wb_version" ]] || die "wasm-bindgen on PATH is not $wb_version"
fi

# ---------------------------------------------------------------- npm dev tools (playwright-core, binaryen)
stamp=node_modules/.storydiff-setup-lock
if [[ -f $stamp ]] && cmp -s package-lock.json "$stamp"; then
  say "npm dev tools: up to date"
else
  say "npm ci"
  timeout 600 npm ci --no-audit --no-fund --loglevel=error </dev/null
  cp package-lock.json "$stamp"
fi

# ---------------------------------------------------------------- crates
# Fetch here, under a timeout, so the builds after it need no network: the project's crates and, on the
# build-std path, the crates.io dependencies of std itself (dlmalloc, hashbrown, ...), which Debian's
# rust-web-src does not vendor. Fetched again only when Cargo.lock or the wasm std path changes.
if [[ -f Cargo.lock ]]; then
  fstamp=target/.storydiff-fetch-lock
  want_stamp() { cat Cargo.lock; echo "wasm-std: $wasm_std"; }
  if [[ -f $fstamp ]] && cmp -s <(want_stamp) "$fstamp"; then
    say "crates: fetched"
  else
    say "cargo fetch"
    env -u RUSTC -u RUSTFLAGS timeout 600 cargo fetch --quiet </dev/null
    if [[ $wasm_std == build-std ]]; then
      RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 timeout 600 \
        /usr/bin/cargo fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort </dev/null
    fi
    mkdir -p target && want_stamp >"$fstamp"
  fi
fi

# ---------------------------------------------------------------- Python and Java: the package and the Spark job
# The wheel is built with maturin, pytest runs the package's tests and the Spark job in local mode, and
# Spark 4 needs Java 17 or newer. The Python tools go into one virtual environment outside the clone,
# made once per machine and named after python/requirements-dev.txt and the Python version, so every
# clone (and CI) on the machine shares it and PySpark's ~300 MB download happens once.
if ! command -v python3 >/dev/null && [[ $have_dpkg -eq 1 ]]; then
  apt_install python3 python3-venv
fi
command -v python3 >/dev/null || die "python3 not found: install Python 3.9 or newer"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 9))' || die "$(python3 --version) is too old: need 3.9 or newer"
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  [[ $have_dpkg -eq 1 ]] || die "python3 cannot make virtual environments: install its venv module"
  apt_install python3-venv
fi
java_major() { java -version 2>&1 | sed -nE 's/^[^"]* version "(1\.)?([0-9]+).*/\2/p' | head -n1; }
if ! command -v java >/dev/null || [[ $(java_major) -lt 17 ]]; then
  [[ $have_dpkg -eq 1 ]] || die "Spark needs Java 17 or newer: install a JRE"
  apt_install openjdk-17-jre-headless
  command -v java >/dev/null && [[ $(java_major) -ge 17 ]] || die "java on PATH is not 17 or newer: $(java -version 2>&1 | head -1)"
fi
req=python/requirements-dev.txt
req_hash=$( (cat "$req"; python3 --version) | sha256sum | cut -c1-12)
py_env=${STORYDIFF_PYTHON_ENV:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/storydiff/python-$req_hash}
if [[ -f $py_env/.complete ]]; then
  say "python tools: present ($py_env)"
else
  say "python tools: pip install -r $req into $py_env (PySpark is a ~300 MB download; about a minute)"
  rm -rf "$py_env"
  mkdir -p "$(dirname "$py_env")"
  python3 -m venv "$py_env"
  timeout 900 "$py_env/bin/python" -m pip install --quiet --disable-pip-version-check --progress-bar off \
    -r "$req" </dev/null
  touch "$py_env/.complete"
fi
mkdir -p target && printf '%s\n' "$py_env" >target/.storydiff-python
# The extension's crates (python/ is a cargo workspace of its own), fetched here so its build is offline.
pstamp=target/.storydiff-fetch-python-lock
if [[ -f $pstamp ]] && cmp -s python/Cargo.lock "$pstamp"; then
  say "python crates: fetched"
else
  say "cargo fetch (python/)"
  env -u RUSTC -u RUSTFLAGS timeout 600 cargo fetch --quiet --manifest-path python/Cargo.toml </dev/null
  cp python/Cargo.lock "$pstamp"
fi

say "ok"
