#!/usr/bin/env bash
# Runs the portal on http://127.0.0.1:3000 with an embedded SQLite database (data/portal.db) and
# the sample catalogue: installs what is missing, builds the client and the server in release,
# and starts the server. Set DATABASE_URL=postgres://… to use PostgreSQL instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_build_tools
say "building the client (release)"
trunk build --release
say "building the server (release)"
cargo build --release -p server
say "starting the portal on http://${BIND_ADDR:-127.0.0.1:3000}"
# No SMS provider on a developer's machine: codes are read from this log (a development setting).
export SMS_LOG_CODES="${SMS_LOG_CODES:-true}"
exec "$ROOT/target/release/server"
