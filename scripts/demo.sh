#!/usr/bin/env bash
# The demo (README's first command): the pipeline a user runs in CI, on examples/service, against a
# local Docker engine — verify-lockfile → build-parity-image → push by digest to a local registry —
# with each step's job summary rendered in the terminal. Does all of its own set-up.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
scripts/setup.sh --no-python-tools
set -a
# shellcheck disable=SC1090
source <(scripts/lab env)
set +a
# Rebuild when the bundle is missing or older than any action source (a stale dist/ would demo old code).
if [ ! -f dist/cli/index.js ] || [ -n "$(find actions -name '*.ts' -newer dist/cli/index.js -print -quit)" ]; then npm run -s build; fi

# On this lab (no registry to pull from) the base is the locally built Python image; on a laptop or
# runner with internet, the action's default python:3.12-slim.
BASE=${BLACKBELT_DEMO_BASE:-}
if [ -z "$BASE" ]; then
  if docker image inspect "${BLACKBELT_BASE_IMAGE:-local/python-base:3.11}" >/dev/null 2>&1; then BASE=${BLACKBELT_BASE_IMAGE:-local/python-base:3.11}; else BASE=python:3.12-slim; fi
fi
IMAGE="${BLACKBELT_REGISTRY:-127.0.0.1:5000}/blackbelt/example-service"
blackbelt() { node dist/cli/index.js "$@"; }
banner() { printf '\n\033[1m━━ %s\033[0m\n' "$*"; }

banner "1/2 verify-lockfile  (examples/service)"
blackbelt verify-lockfile --working-directory examples/service

banner "2/2 build-parity-image  ($IMAGE, base $BASE)"
blackbelt build-parity-image \
  --working-directory examples/service \
  --image "$IMAGE" \
  --base-image "$BASE" \
  --command "gunicorn -c gunicorn.conf.py service.app:app" \
  --test-command "python3 scripts/selftest.py" \
  --push true

banner "done: the image above is verified against the lockfile and pushed by digest"
