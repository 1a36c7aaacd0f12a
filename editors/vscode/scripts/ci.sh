#!/usr/bin/env bash
# Build and test the VS Code extension from nothing: npm registry and Debian packages only.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
npm run compile
npm test
npm run test:webview
npm run package
