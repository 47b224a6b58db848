#!/usr/bin/env bash
# Installs what building (and, with --test, testing) the portal needs, skipping whatever is
# already present at the right version. Safe to run again. Sourced by run.sh and test.sh.
#
#   scripts/setup.sh           build tools: wasm32 target, trunk, wasm-bindgen CLI, Node.js, wasm-opt
#   scripts/setup.sh --test    also Chromium and the end-to-end test packages
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# The wasm splitter (scripts/build-client.mjs). 0.2.2 makes wasm-bindgen 0.2.130 panic.
WASM_SPLIT_VERSION="0.2.4"
# Formats the views inside view! {…}, which rustfmt leaves alone (scripts/test.sh checks them).
LEPTOSFMT_VERSION="0.1.33"
export PATH="$ROOT/tools/node20/node_modules/.bin:$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

wasm_bindgen_version() {
  # The wasm-bindgen crate version the lockfile resolved; the CLI must match it exactly.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes 10-20 minutes on 2 cores)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  local wb
  wb="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb" ]; then
    # Not --locked: the CLI's own lockfile pins a crate version the registry may not serve.
    say "installing wasm-bindgen-cli $wb (takes 5-9 minutes)"
    cargo install wasm-bindgen-cli --version "$wb"
  fi
  # wasm-split-cli has no --version; cargo's list of installed packages says which it is.
  if ! command -v wasm-split-cli >/dev/null \
    || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes 2-4 minutes)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  # Playwright and the build hooks need Node.js 20 or later; Debian 12's own is 18. The npm
  # registry ships Node.js itself as a package, so a newer one comes from there.
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    say "installing Node.js 20 from the npm registry (the system's is $(node --version))"
    mkdir -p "$ROOT/tools/node20"
    (cd "$ROOT/tools/node20" && npm install --no-audit --no-fund --loglevel=error --no-save node@20)
    hash -r
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "version 132" || [ ! -x "$ROOT/tools/node_modules/.bin/terser" ] \
    || [ "$ROOT/tools/package-lock.json" -nt "$ROOT/tools/node_modules/.package-lock.json" ]; then
    say "installing the build tools from npm: wasm-opt (binaryen 132), terser"
    (cd "$ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # Trunk runs offline, and then cargo does too: fetch the crates first.
  (cd "$ROOT" && cargo fetch --quiet)
}

setup_test_tools() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium fonts-noto-core
  fi
  if ! command -v curl >/dev/null; then
    apt_install curl ca-certificates
  fi
  if [ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
    say "installing leptosfmt $LEPTOSFMT_VERSION (takes 2-4 minutes)"
    cargo install --locked leptosfmt --version "$LEPTOSFMT_VERSION"
  fi
  if [ ! -d "$ROOT/end2end/node_modules/@playwright/test" ] || [ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test packages (Playwright uses Debian's chromium; no browser download)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_build_tools
  if [ "${1:-}" = "--test" ]; then setup_test_tools; fi
fi
