#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm), the Rust tests (the server's on SQLite,
# and on PostgreSQL too when TEST_DATABASE_URL=postgres://… is set), the client's release build
# with its size budget, and the Playwright suite in Debian's Chromium against the release server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_build_tools
setup_test_tools

say "formatting: Rust, the views inside view! {…}, and the styles (one declaration a line)"
cargo fmt --all --check
leptosfmt --check app/src
node scripts/style-check.mjs

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
# Every file by part (main wasm, chunks, loader, glue, css). The client is split by feature, so
# the budgets are per page, in bytes a first visit downloads: scripts/first-visit.mjs checks them
# below against the running server. Here only a sanity limit: no one wasm file over 300 KB brotli.
node scripts/size-report.mjs dist

say "browser tests"
E2E_DIR="$(mktemp -d)"
PORT="${E2E_PORT:-3100}"
LATE_PORT="$((PORT + 1))"
# The development SMS sender writes each message to the log; SMS_LOG_CODES=true (a development
# setting, off by default) keeps the one-time codes in clear there, where the browser tests read
# them. Many tests share one address, so its code and tracking limits
# are raised; the limit per number stays as in production (each test uses its own numbers).
# A second server on the same database runs 14 days ahead (CLOCK_OFFSET_SECS, a test-only
# setting), where a 3-working-day service is overdue and its first appeal lies.
export DATABASE_URL="sqlite://$E2E_DIR/portal.db" DIST_DIR="$ROOT/dist" \
  UPLOAD_DIR="$E2E_DIR/uploads" SECRET_KEY_FILE="$E2E_DIR/secret.key" MAX_UPLOAD_BYTES=2097152 \
  OTP_PER_IP_PER_HOUR=100000 TRACK_PER_IP_PER_HOUR=100000 SIGN_IN_PER_IP_PER_HOUR=100000 \
  SMS_LOG_CODES=true RUST_LOG="warn,sms=info"
export E2E_OFFICER_PASSWORD="e2e officer password 2026"
for officer in \
  "do.bhopal designated-officer तहसीलदार,_हुज़ूर Tehsildar,_Huzur" \
  "fao.bhopal first-appeal-officer अनुविभागीय_अधिकारी_(राजस्व) Sub-Divisional_Officer_(Revenue)" \
  "operator.bhopal centre-operator केंद्र_संचालक Centre_operator"; do
  read -r login role hi en <<<"$officer"
  centre=()
  [ "$role" = centre-operator ] && centre=(--centre bhopal-kolar)
  OFFICER_PASSWORD="$E2E_OFFICER_PASSWORD" "$ROOT/target/release/server" admin create-officer \
    --login "$login" --name "$login" --role "$role" --district bhopal "${centre[@]}" \
    --designation-hi "${hi//_/ }" --designation-en "${en//_/ }" --services income-certificate
done
wait_for() { # port pid
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && break
    kill -0 "$2" 2>/dev/null || { cat "$E2E_DIR/server.log"; exit 1; }
    sleep 0.2
  done
}
BIND_ADDR="127.0.0.1:$PORT" PUBLIC_URL="http://127.0.0.1:$PORT" \
  "$ROOT/target/release/server" >"$E2E_DIR/server.log" 2>&1 &
SERVER_PID=$!
LATE_PID=""
trap 'kill $SERVER_PID $LATE_PID 2>/dev/null || true; rm -rf "$E2E_DIR"' EXIT
wait_for "$PORT" "$SERVER_PID"
BIND_ADDR="127.0.0.1:$LATE_PORT" PUBLIC_URL="http://127.0.0.1:$LATE_PORT" CLOCK_OFFSET_SECS=1209600 \
  "$ROOT/target/release/server" >>"$E2E_DIR/server.log" 2>&1 &
LATE_PID=$!
wait_for "$LATE_PORT" "$LATE_PID"
# The answers must come from this run's servers, not from others already on the ports.
for pid in "$SERVER_PID" "$LATE_PID"; do
  kill -0 "$pid" 2>/dev/null || { cat "$E2E_DIR/server.log"; echo "a test server did not start: is port $PORT or $LATE_PORT taken? set E2E_PORT"; exit 1; }
done
say "first visit of each page: bytes against the budgets (cold cache, phone)"
node scripts/first-visit.mjs --base "http://127.0.0.1:$PORT" --dist "$ROOT/dist" --gate
(cd end2end && BASE_URL="http://127.0.0.1:$PORT" LATE_BASE_URL="http://127.0.0.1:$LATE_PORT" \
  SERVER_LOG="$E2E_DIR/server.log" npx playwright test)
say "all tests passed"
