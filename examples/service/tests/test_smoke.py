"""Bounded smoke runs of the real server: gunicorn on 127.0.0.1, every endpoint, SIGTERM, exit 0.

Every wait here is bounded (deadline + request timeout) and every request goes to 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import SERVICE_DIR, metric_value

pytest.importorskip("gunicorn")

START_DEADLINE_S = 20.0
STOP_DEADLINE_S = 15.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def start(port: int, tmp_path: Path, **env: str) -> tuple[subprocess.Popen[bytes], Path]:
    out = tmp_path / f"gunicorn-{port}.log"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("APP_", "FAULT_", "PROMETHEUS_"))}
    full_env.update({"BIND": f"127.0.0.1:{port}", "PYTHONUNBUFFERED": "1"}, **env)
    with out.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=SERVICE_DIR, env=full_env, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    return proc, out


def wait_ready(proc: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + START_DEADLINE_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"gunicorn exited early with {proc.returncode}"
        try:
            if get(port, "/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"not ready within {START_DEADLINE_S} s")


def wait_workers_started(out: Path, workers: int) -> None:
    """Readiness comes from whichever worker answers first; wait until all have loaded the app."""
    deadline = time.monotonic() + START_DEADLINE_S
    while time.monotonic() < deadline:
        if out.read_text().count('"event": "app_started"') >= workers:
            return
        time.sleep(0.05)
    raise AssertionError(f"{workers} workers did not start within {START_DEADLINE_S} s")


def json_lines(path: Path) -> list[dict]:
    entries = []
    for line in path.read_text().splitlines():
        if line.strip():
            entries.append(json.loads(line))  # every line the server prints is one JSON object
    return entries


def stop(proc: subprocess.Popen[bytes]) -> int:
    try:
        return proc.wait(timeout=STOP_DEADLINE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
        raise AssertionError(f"gunicorn did not exit within {STOP_DEADLINE_S} s of SIGTERM") from None


def test_gunicorn_serves_every_endpoint_and_stops_gracefully(tmp_path):
    port = free_port()
    proc, out = start(port, tmp_path, APP_VERSION="smoke-1", WEB_CONCURRENCY="2", SHUTDOWN_DRAIN_S="1")
    try:
        wait_ready(proc, port)
        wait_workers_started(out, 2)
        n = 12
        for _ in range(n):
            status, body = get(port, "/")
            assert status == 200
            assert json.loads(body)["version"] == "smoke-1"
        assert get(port, "/healthz")[0] == 200
        assert get(port, "/readyz")[0] == 200
        status, text = get(port, "/metrics")
        assert status == 200
        # two workers, one consistent view: the multiprocess collector sums all workers' counts
        assert metric_value(text, "http_requests_total", method="GET", route="/", status="200") == float(n)
        assert metric_value(text, "http_requests_total", method="GET", route="/healthz", status="200") == 1.0

        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        draining = None
        while time.monotonic() - t0 < 0.8:  # inside the 1 s drain: still serving, but not ready
            try:
                draining = get(port, "/readyz")[0]
                if draining == 503:
                    break
            except OSError:
                break
            time.sleep(0.05)
        assert draining == 503
        assert get(port, "/healthz")[0] == 200
        rc = stop(proc)
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    assert rc == 0
    assert 1.0 <= took < 10.0
    entries = json_lines(out)
    events = [e["event"] for e in entries]
    assert "server_ready" in events and events.count("app_started") == 2
    assert events.count("shutdown_requested") == 2
    assert events[-1] == "shutdown_complete"
    requests = [e for e in entries if e["event"] == "request"]
    assert all({"method", "path", "status", "duration_ms", "level"} <= set(e) for e in requests)
    assert len([e for e in requests if e["path"] == "/"]) == n
    # successful probes and scrapes are logged at debug level only; "not ready" is a warning
    assert [(e["path"], e["status"], e["level"]) for e in requests if e["path"] != "/"] == [("/readyz", 503, "warning")]


def test_single_worker_without_multiprocess_dir(tmp_path):
    port = free_port()
    proc, out = start(port, tmp_path, WEB_CONCURRENCY="1", SHUTDOWN_DRAIN_S="0")
    try:
        wait_ready(proc, port)
        for _ in range(3):
            assert get(port, "/")[0] == 200
        text = get(port, "/metrics")[1]
        assert metric_value(text, "http_requests_total", method="GET", route="/", status="200") == 3.0
        assert "process_cpu_seconds_total" in text
        proc.send_signal(signal.SIGTERM)
        assert stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    assert json_lines(out)[-1]["event"] == "shutdown_complete"


def test_crash_on_start_exits_non_zero(tmp_path):
    port = free_port()
    proc, out = start(port, tmp_path, FAULT_CRASH_ON_START="1")
    try:
        rc = proc.wait(timeout=STOP_DEADLINE_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    assert rc == 3
    crash = [e for e in json_lines(out) if e["event"] == "crash_on_start"]
    assert crash and crash[0]["level"] == "error"
    with pytest.raises(OSError):
        get(port, "/healthz")


def test_error_rate_is_visible_through_gunicorn(tmp_path):
    port = free_port()
    proc, out = start(port, tmp_path, WEB_CONCURRENCY="1", SHUTDOWN_DRAIN_S="0", FAULT_ERROR_RATE="0.25")
    try:
        wait_ready(proc, port)
        codes = [get(port, "/")[0] for _ in range(8)]
        assert codes == [200, 200, 200, 500] * 2
        proc.send_signal(signal.SIGTERM)
        assert stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    errors = [e for e in json_lines(out) if e["event"] == "request" and e["status"] == 500]
    assert len(errors) == 2 and {e["level"] for e in errors} == {"error"}
