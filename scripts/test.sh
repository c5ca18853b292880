#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test:
#   1. unit tests, native (CTest + doctest)
#   2. the same unit tests compiled to wasm, under node (CTest)
#   3. the web app in real headless Chromium (node's test runner + playwright-core)
#   4. a short fuzz run (libFuzzer, ASan + UBSan) of every reader of outside files
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native build and unit tests"
cmake --workflow --preset native

step "web build, and the unit tests under node"
cmake --workflow --preset web

step "browser tests (headless Chromium)"
cd tests
# Browsers run one at a time: two cores are shared by Chromium, SwiftShader and node.
# (Debian 12's node 18 knows neither flag; it runs one file at a time on two cores anyway.)
flags=(--test)
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=11)?0:1)' \
  && flags+=(--test-concurrency=1 --test-timeout=900000)
node "${flags[@]}" e2e/*.test.mjs
cd ..

step "fuzzing: every reader of outside files, a bounded number of inputs each (ASan + UBSan)"
cmake --workflow --preset fuzz
