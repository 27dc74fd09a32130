from __future__ import annotations

import pytest
from conftest import metric_value
from service.faults import CrashOnStart, ErrorSchedule, Faults
from service.settings import Settings


def test_settings_defaults():
    s = Settings.from_env({})
    assert s.version == "dev" and s.color is None and s.log_level == "info" and s.shutdown_drain_s == 1.0
    assert s.faults == Faults() and s.faults.active == {}


def test_settings_read_fault_variables():
    s = Settings.from_env({
        "APP_VERSION": "1.0.0", "FAULT_ERROR_RATE": "0.25", "FAULT_LATENCY_MS": "150",
        "FAULT_CRASH_ON_START": "1", "FAULT_SLOW_START_S": "2.5", "FAULT_UNHEALTHY": "true",
        "SHUTDOWN_DRAIN_S": "0", "LOG_LEVEL": "DEBUG",
    })
    assert s.faults == Faults(error_rate=0.25, latency_ms=150.0, crash_on_start=True, slow_start_s=2.5, unhealthy=True)
    assert s.shutdown_drain_s == 0.0 and s.log_level == "debug"


@pytest.mark.parametrize("env", [
    {"FAULT_ERROR_RATE": "1.5"}, {"FAULT_ERROR_RATE": "-0.1"}, {"FAULT_ERROR_RATE": "lots"},
    {"FAULT_LATENCY_MS": "-1"}, {"FAULT_CRASH_ON_START": "maybe"}, {"FAULT_SLOW_START_S": "x"},
    {"LOG_LEVEL": "loud"},
])
def test_invalid_values_fail_the_start(env):
    with pytest.raises(ValueError):
        Settings.from_env(env)


@pytest.mark.parametrize("rate,total,expected", [(0.0, 100, 0), (0.25, 100, 25), (0.1, 100, 10),
                                                 (1.0, 7, 7), (0.5, 10, 5), (0.3, 10, 3)])
def test_error_schedule_is_deterministic_and_exact(rate, total, expected):
    schedule = ErrorSchedule(rate)
    outcomes = [schedule.next_fails() for _ in range(total)]
    assert sum(outcomes) == expected
    again = ErrorSchedule(rate)
    assert [again.next_fails() for _ in range(total)] == outcomes


def test_error_schedule_spreads_failures():
    schedule = ErrorSchedule(0.25)
    assert [schedule.next_fails() for _ in range(8)] == [False, False, False, True] * 2


def test_error_rate_answers_500_on_index_only(make_app, logs):
    client = make_app(FAULT_ERROR_RATE="0.5").test_client()
    logs()
    codes = [client.get("/").status_code for _ in range(10)]
    assert codes.count(500) == 5 and codes.count(200) == 5
    assert all(client.get("/healthz").status_code == 200 for _ in range(3))
    entries = logs()
    injected = [e for e in entries if e.get("event") == "injected_error"]
    assert len(injected) == 5 and all(e["level"] == "error" for e in injected)
    failed = [e for e in entries if e.get("event") == "request" and e["status"] == 500]
    assert len(failed) == 5 and all(e["level"] == "error" for e in failed)
    text = client.get("/metrics").get_data(as_text=True)
    assert metric_value(text, "http_requests_total", method="GET", route="/", status="500") == 5.0
    assert metric_value(text, "http_requests_total", method="GET", route="/", status="200") == 5.0


def test_latency_is_added_to_index_and_measured(make_app, logs):
    client = make_app(FAULT_LATENCY_MS="60").test_client()
    logs()
    assert client.get("/").status_code == 200
    entry = [e for e in logs() if e.get("event") == "request"][0]
    assert entry["duration_ms"] >= 60
    text = client.get("/metrics").get_data(as_text=True)
    assert metric_value(text, "http_request_duration_seconds_bucket", method="GET", route="/", le="0.05") == 0.0
    assert metric_value(text, "http_request_duration_seconds_bucket", method="GET", route="/", le="0.1") == 1.0


def test_crash_on_start_exits_non_zero_with_error_log(make_app, logs):
    with pytest.raises(SystemExit) as info:
        make_app(FAULT_CRASH_ON_START="1")
    assert isinstance(info.value, CrashOnStart) and info.value.code == 3
    crash = [e for e in logs() if e.get("event") == "crash_on_start"]
    assert crash and crash[0]["level"] == "error"


def test_slow_start_keeps_readyz_503_then_ready(make_app, clock):
    client = make_app(FAULT_SLOW_START_S="5").test_client()
    resp = client.get("/readyz")
    assert resp.status_code == 503
    assert resp.get_json()["status"] == "starting"
    assert resp.headers["Retry-After"] == "5"
    assert client.get("/healthz").status_code == 200  # alive, just not ready
    clock.now += 4.0
    assert client.get("/readyz").status_code == 503
    clock.now += 1.0
    assert client.get("/readyz").status_code == 200


def test_not_ready_is_logged_as_warning_not_error(make_app, logs):
    client = make_app(FAULT_SLOW_START_S="5").test_client()
    logs()
    client.get("/readyz")
    entry = [e for e in logs() if e.get("event") == "request"][0]
    assert entry["status"] == 503 and entry["level"] == "warning"


def test_unhealthy_fault_fails_liveness(make_app):
    client = make_app(FAULT_UNHEALTHY="1").test_client()
    resp = client.get("/healthz")
    assert resp.status_code == 500 and resp.get_json()["status"] == "unhealthy"


def test_start_log_lists_active_faults(make_app, logs):
    make_app(FAULT_ERROR_RATE="0.1", FAULT_LATENCY_MS="5")
    started = [e for e in logs() if e.get("event") == "app_started"][-1]
    assert started["faults"] == {"error_rate": 0.1, "latency_ms": 5.0}
