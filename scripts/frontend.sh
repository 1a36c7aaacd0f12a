#!/usr/bin/env bash
# Installs each example frontend's npm packages once, from its committed package-lock.json.
# node_modules lives in ~/.cache/nocodo-lsp/node/<hash of the lockfile> and the frontend gets a
# symlink to it, so the tests, the bench and the type-check shadows reuse one install instead of
# one per copy. Idempotent: an unchanged lockfile costs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
    echo "frontend: npm not found; the type-check tests will be skipped"
    exit 0
fi
cache="${NOCODO_NODE_CACHE:-$HOME/.cache/nocodo-lsp/node}"
# the example frontends, and the template a plan's frontend is scaffolded from (its install is
# linked into every scaffolded frontend, so a plan's screens type-check without a download)
for lock in examples/*/frontend/package-lock.json server/planning/scaffold/frontend/package-lock.json; do
    frontend="$(dirname "$lock")"
    hash="$(cat "$frontend/package.json" "$lock" | sha256sum | cut -c1-16)"
    install="$cache/$hash"
    if [ ! -f "$install/node_modules/.package-lock.json" ]; then
        rm -rf "$install" && mkdir -p "$install"
        cp "$frontend/package.json" "$lock" "$install/"
        (cd "$install" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    case "$frontend" in
        examples/*)
            rm -rf "$frontend/node_modules"
            ln -s "$install/node_modules" "$frontend/node_modules"
            echo "frontend: $frontend/node_modules -> $install/node_modules" ;;
        *) echo "frontend: $frontend installed in $install" ;;
    esac
done
