#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm), the Rust tests (the server's on SQLite,
# and on PostgreSQL too when TEST_DATABASE_URL=postgres://… is set), the client's release build
# with its size budget, and the Playwright suite in Debian's Chromium against the release server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_build_tools
setup_test_tools

say "formatting"
cargo fmt --all --check

say "lints: server and shared code"
cargo clippy --workspace --all-targets -- -D warnings
say "lints: the browser build"
cargo clippy -p app --features csr --target wasm32-unknown-unknown -- -D warnings

if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  say "PostgreSQL tests enabled: $TEST_DATABASE_URL"
  if command -v psql >/dev/null; then
    # Each test makes its own database; drop what earlier runs left behind.
    psql "$TEST_DATABASE_URL" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'jsp_test_%'" \
      | while read -r db; do psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null; done
  fi
else
  say "PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them"
fi

# Release, so the server binary the browser tests use below shares these compiled crates.
say "Rust tests"
cargo test --workspace --release -- --skip the_right_service_is_in_the_top_three
say "search relevance (hit@1, hit@3, MRR per kind)"
cargo test --workspace --release --test search_relevance -- --nocapture

say "building the client and the server (release)"
trunk build --release
cargo build --release -p server

say "size of the client"
# The budget was 250 KB before the application wizard (issue 4) took the client to ~356 KB;
# bringing it back down is open work (see the README), and this line keeps it from growing.
node scripts/size-report.mjs dist --budget-kb 370

say "browser tests"
E2E_DIR="$(mktemp -d)"
PORT="${E2E_PORT:-3100}"
# The development SMS sender writes each message (one-time codes too) to the log, where the
# browser tests read the codes. Many tests share one address, so its code limit is raised; the
# limit per number stays as in production (each test uses its own numbers).
BIND_ADDR="127.0.0.1:$PORT" DATABASE_URL="sqlite://$E2E_DIR/portal.db" DIST_DIR="$ROOT/dist" \
  UPLOAD_DIR="$E2E_DIR/uploads" SECRET_KEY_FILE="$E2E_DIR/secret.key" MAX_UPLOAD_BYTES=2097152 \
  OTP_PER_IP_PER_HOUR=100000 PUBLIC_URL="http://127.0.0.1:$PORT" \
  RUST_LOG="warn,sms=info" "$ROOT/target/release/server" >"$E2E_DIR/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$E2E_DIR"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$E2E_DIR/server.log"; exit 1; }
  sleep 0.2
done
# The answer must come from this run's server, not from another one already on the port.
kill -0 "$SERVER_PID" 2>/dev/null || { cat "$E2E_DIR/server.log"; echo "the test server did not start: is port $PORT taken? set E2E_PORT"; exit 1; }
(cd end2end && BASE_URL="http://127.0.0.1:$PORT" SERVER_LOG="$E2E_DIR/server.log" npx playwright test)
say "all tests passed"
