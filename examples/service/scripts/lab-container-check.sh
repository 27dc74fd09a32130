#!/usr/bin/env bash
# Proves the service runs inside the lab's base image (local/python-base:3.11), offline:
#   1. wheelhouse for CPython 3.11 / manylinux2014_x86_64 with `pip download` on the host
#      (skipped when WHEELHOUSE=<dir> points at an existing one),
#   2. a throwaway image: venv + `pip install --no-index --find-links`, app as uid 65534,
#   3. `docker run -p 127.0.0.1:PORT:8000`, probe /healthz /readyz /metrics /,
#   4. `docker stop` (SIGTERM): exit code must be 0 and the last log line a JSON shutdown_complete.
# Cleans up its container, image and temp dir. Needs `scripts/lab up` (it runs it).
# The image is NOT the product's image (that is what actions/build-parity-image makes); it only
# shows that the service and its dependencies work on the lab base.
set -euo pipefail

SERVICE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO=$(cd "$SERVICE_DIR/../.." && pwd)
T0=${EPOCHREALTIME/[.,]/}
say() { local d=$(( (${EPOCHREALTIME/[.,]/} - T0) / 10000 )); printf '[check %3d.%02ds] %s\n' $((d / 100)) $((d % 100)) "$*"; }
fail() { say "FAIL: $*"; exit 1; }

"$REPO/scripts/lab" up
eval "$("$REPO/scripts/lab" env)"
BASE=${BASE:-$BLACKBELT_BASE_IMAGE}

WORK=$(mktemp -d /tmp/service-check.XXXXXX)
TAG="local/blackbelt-example-service:check-$$"
NAME="service-check-$$"
cleanup() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  docker image rm "$TAG" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Requirements straight from pyproject.toml's [project].dependencies.
mapfile -t REQS < <(python3 -c 'import sys, tomllib; print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' "$SERVICE_DIR/pyproject.toml")
printf '%s\n' "${REQS[@]}" >"$WORK/requirements.in"

if [ -n "${WHEELHOUSE:-}" ] && [ -d "$WHEELHOUSE" ]; then
  cp -r "$WHEELHOUSE" "$WORK/wheels"
else
  pip download -q --disable-pip-version-check --only-binary=:all: --python-version 3.11 \
    --platform manylinux2014_x86_64 --implementation cp -d "$WORK/wheels" -r "$WORK/requirements.in"
fi
say "wheelhouse: $(find "$WORK/wheels" -name "*.whl" | wc -l) wheels ($(find "$WORK/wheels" -name "gunicorn-*.whl" -printf "%f\n" | cut -d- -f1,2))"

mkdir -p "$WORK/app"
cp "$SERVICE_DIR/gunicorn.conf.py" "$WORK/app/"
cp -r "$SERVICE_DIR/src" "$WORK/app/src"
find "$WORK/app" -name __pycache__ -prune -exec rm -rf {} +
cat >"$WORK/Dockerfile" <<'DOCKERFILE'
ARG BASE=local/python-base:3.11
FROM ${BASE}
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY requirements.in /tmp/requirements.in
COPY wheels/ /tmp/wheels/
RUN python3 -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-index --find-links /tmp/wheels -r /tmp/requirements.in \
 && rm -rf /tmp/wheels /tmp/requirements.in
COPY app/ /app/
ENV PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /app
USER 65534:65534
EXPOSE 8000
HEALTHCHECK --interval=2s --timeout=2s --start-period=5s --retries=3 \
  CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "service.app:app"]
DOCKERFILE

if [ "$BLACKBELT_BUILDX" = 1 ]; then
  builder="docker buildx build --load"
  docker buildx build --load -q --build-arg "BASE=$BASE" -t "$TAG" "$WORK" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; fail "build"; }
else
  builder="DOCKER_BUILDKIT=1 /usr/bin/docker build"
  DOCKER_BUILDKIT=1 /usr/bin/docker build -q --build-arg "BASE=$BASE" -t "$TAG" "$WORK" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; fail "build"; }
fi
say "built $TAG from $BASE with $builder ($(docker image inspect -f '{{.Size}}' "$TAG" | awk '{printf "%d MB", $1/1e6}'))"

PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
docker run -d --pull=never --name "$NAME" -p "127.0.0.1:$PORT:8000" -e APP_VERSION=lab-check -e SHUTDOWN_DRAIN_S=1 "$TAG" >/dev/null
say "started $NAME on 127.0.0.1:$PORT"
for ((i = 0; i < 200; i++)); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/readyz" || true)" = 200 ] && break
  [ "$(docker inspect -f '{{.State.Running}}' "$NAME")" = true ] || { docker logs "$NAME"; fail "container exited"; }
  sleep 0.1
done
say "/readyz 200 after start"
curl -sf --max-time 2 "http://127.0.0.1:$PORT/healthz" | grep -q '"status":"ok"' || fail "/healthz"
body=$(curl -sf --max-time 2 "http://127.0.0.1:$PORT/")
grep -q '"version":"lab-check"' <<<"$body" || fail "/ body: $body"
for ((i = 0; i < 5; i++)); do curl -sf --max-time 2 -o /dev/null "http://127.0.0.1:$PORT/"; done
metrics=$(curl -sf --max-time 2 "http://127.0.0.1:$PORT/metrics")
grep -q '^http_requests_total{method="GET",route="/",status="200"} 6.0$' <<<"$metrics" || { echo "$metrics" | grep http_requests_total; fail "/metrics count"; }
say "/healthz ok, / -> $body, /metrics counts 6 requests over 2 workers"
ss -ltn | grep -q "127.0.0.1:$PORT " || fail "port not bound to 127.0.0.1 only"
for ((i = 0; i < 100; i++)); do
  [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ] && break
  sleep 0.1
done
say "docker health: $(docker inspect -f '{{.State.Health.Status}}' "$NAME"), user $(docker exec "$NAME" id -u)"

s=${EPOCHREALTIME/[.,]/}
docker stop -t 10 "$NAME" >/dev/null
took=$(( (${EPOCHREALTIME/[.,]/} - s) / 1000 ))
code=$(docker inspect -f '{{.State.ExitCode}}' "$NAME")
last=$(docker logs "$NAME" 2>&1 | tail -1)
say "docker stop took ${took} ms, exit code $code"
say "last log line: $last"
[ "$code" = 0 ] || fail "exit code $code"
python3 -c 'import json, sys; e = json.loads(sys.argv[1]); assert e["event"] == "shutdown_complete", e' "$last" || fail "no JSON shutdown log"
docker logs "$NAME" 2>&1 | python3 -c 'import json, sys; [json.loads(l) for l in sys.stdin if l.strip()]' || fail "a log line is not JSON"
docker logs "$NAME" 2>&1 | grep -c '"event": "shutdown_requested"' | grep -qx 2 || fail "shutdown_requested not logged by both workers"
say "OK: every log line is JSON; both workers drained; clean exit"
