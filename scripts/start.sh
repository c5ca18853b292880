#!/usr/bin/env bash
# Installs what is missing, builds the web app, and serves it on http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
exec node scripts/serve.mjs build/web/site "${PORT:-8080}"
