#!/usr/bin/env bash
# The packaged extension in a real VS Code (code-server), driven by playwright-core in Debian's
# headless Chromium. code-server is installed once into a cache (scripts/code-server.sh).
# NOCODO_PYTHON must be the project's Python: the editor starts the server with it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run compile
npm run package
started=$SECONDS
CODE_SERVER="$(bash scripts/code-server.sh)"
echo "e2e.sh: code-server ready after $((SECONDS - started)) s: $CODE_SERVER"
started=$SECONDS
CODE_SERVER="$CODE_SERVER" node --test --test-concurrency=1 test-e2e/
echo "e2e.sh: tests took $((SECONDS - started)) s"
