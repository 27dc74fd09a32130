#!/usr/bin/env bash
# The test command (README, .ci/run): sets everything up, then typecheck, lint, actionlint, build
# the bundles, execute them, and run the whole suite against the real engine, registry and tools.
#   scripts/test.sh [vitest filters...]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
scripts/setup.sh
# A second, modern engine (dockerd 26, BuildKit that honours SOURCE_DATE_EPOCH) like GitHub's runners,
# an ssh:// endpoint to the main engine (DOCKER_HOST=ssh://…), and a docker-container buildx builder
# on the modern engine for the type=gha BuildKit cache (compiled from source with the Go module proxy:
# ~8 min on a cold machine, nothing when .lab/buildkit is warm), and a third engine with the containerd
# image store (the default of fresh Docker 29+ installs, GitHub's runners among them).
scripts/lab up --modern --ssh --buildkit --containerd

# Tests find the lab and the pinned tools through the environment.
set -a
# shellcheck disable=SC1090
source <(scripts/lab env)
set +a
export PATH="$REPO/.lab/tools/bin:$REPO/.lab/bin:$PATH"
# Lab-backed suites must run here, not skip.
export BLACKBELT_REQUIRE_LAB=1 BLACKBELT_REQUIRE_MODERN=1 BLACKBELT_REQUIRE_SSH=1 BLACKBELT_REQUIRE_BUILDKIT=1 BLACKBELT_REQUIRE_CONTAINERD=1

step() { printf '\n== %s\n' "$*"; }
step "typecheck"; npx tsc --noEmit -p tsconfig.json
step "lint"; npx eslint actions test scripts
step "actionlint"; .lab/bin/actionlint -no-color
step "build"; npm run -s build
step "bundles start (node $(node --version))"
for bundle in dist/*/index.js; do node scripts/smoke-bundle.mjs "$bundle"; done
step "example service tests (pytest, its locked environment)"
UV_PROJECT_ENVIRONMENT="$REPO/.lab/svc-venv" uv run --frozen --project examples/service --with pytest -- \
  python -m pytest -q -p no:cacheprovider examples/service/tests
step "tests"; npx vitest run "$@"
