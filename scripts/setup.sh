#!/usr/bin/env bash
# Everything the tests and the demo need, from a fresh clone: npm dependencies, the pinned Python
# tools, actionlint, and the local container lab (dockerd, buildx, base image, registries).
# Idempotent and quick when everything is already there.
#   scripts/setup.sh [--no-lab] [--no-python-tools]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
lab=1 tools=1
for arg in "$@"; do
  case "$arg" in
    --no-lab) lab=0 ;;
    --no-python-tools) tools=0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# npm dependencies: install when missing or when package-lock.json changed since the last install.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

mkdir -p .lab/bin
if [ ! -x .lab/bin/actionlint ] && command -v go >/dev/null 2>&1; then
  echo "[setup] go install actionlint@v1.7.12"
  GOBIN="$REPO/.lab/bin" go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
fi

if [ "$tools" = 1 ]; then
  scripts/python-tools
  # The gitdep fixtures lock against a local bare repository at a fixed path.
  scripts/gen-fixtures-gitsrc >/dev/null
fi
if [ "$lab" = 1 ]; then scripts/lab up; fi
