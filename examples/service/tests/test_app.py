from __future__ import annotations

import importlib
import socket
import sys

import pytest
from conftest import metric_value


def test_index_returns_version_and_hostname(make_app):
    client = make_app(APP_VERSION="1.2.3").test_client()
    resp = client.get("/")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body == {"service": "blackbelt-example-service", "version": "1.2.3", "hostname": socket.gethostname()}


def test_version_defaults_to_dev_and_color_is_optional(make_app):
    assert make_app().test_client().get("/").get_json()["version"] == "dev"
    assert make_app(APP_COLOR="blue").test_client().get("/").get_json()["color"] == "blue"


def test_healthz_and_readyz_ok_after_start(make_app):
    client = make_app(APP_VERSION="v9").test_client()
    health = client.get("/healthz")
    assert health.status_code == 200 and health.get_json() == {"status": "ok", "version": "v9"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["status"] == "ready"


def test_readyz_is_503_once_shutdown_begins(make_app):
    app = make_app()
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    assert app.extensions["service"].lifecycle.begin_shutdown() is True
    assert app.extensions["service"].lifecycle.begin_shutdown() is False  # idempotent
    resp = client.get("/readyz")
    assert resp.status_code == 503
    assert resp.get_json()["status"] == "draining"
    assert client.get("/healthz").status_code == 200  # still alive while draining
    assert client.get("/").status_code == 200  # and still serving


def test_request_log_is_one_json_object_with_request_fields(make_app, logs):
    client = make_app().test_client()
    logs()
    client.get("/", headers={"X-Request-ID": "req-42"})
    lines = [entry for entry in logs() if entry.get("event") == "request"]
    assert len(lines) == 1
    entry = lines[0]
    assert entry["method"] == "GET"
    assert entry["path"] == "/"
    assert entry["status"] == 200
    assert isinstance(entry["duration_ms"], float) and entry["duration_ms"] >= 0
    assert entry["level"] == "info"
    assert entry["request_id"] == "req-42"
    assert entry["logger"] == "service.request"
    assert entry["ts"].endswith("Z")
    assert list(entry)[:4] == ["ts", "level", "logger", "event"]


def test_request_id_is_echoed_or_generated(make_app):
    client = make_app().test_client()
    assert client.get("/", headers={"X-Request-ID": "abc"}).headers["X-Request-ID"] == "abc"
    generated = client.get("/").headers["X-Request-ID"]
    assert len(generated) == 16


def test_probes_and_scrapes_log_at_debug_only(make_app, logs):
    client = make_app().test_client()
    logs()
    client.get("/healthz")
    client.get("/readyz")
    client.get("/metrics")
    assert [e for e in logs() if e.get("event") == "request"] == []
    debug_client = make_app(LOG_LEVEL="debug").test_client()
    logs()
    debug_client.get("/healthz")
    entries = [e for e in logs() if e.get("event") == "request"]
    assert len(entries) == 1 and entries[0]["level"] == "debug"


def test_unknown_path_is_json_404_with_bounded_route_label(make_app, logs):
    client = make_app().test_client()
    for n in range(3):
        resp = client.get(f"/no/such/{n}")
        assert resp.status_code == 404
        assert resp.get_json() == {"error": "Not Found", "status": 404}
    text = client.get("/metrics").get_data(as_text=True)
    assert metric_value(text, "http_requests_total", method="GET", route="<unmatched>", status="404") == 3.0
    assert "/no/such" not in text


def test_metrics_count_requests_by_route_and_status(make_app):
    client = make_app(APP_VERSION="2.0.0").test_client()
    for _ in range(4):
        client.get("/")
    client.get("/healthz")
    resp = client.get("/metrics")
    assert resp.status_code == 200
    assert resp.content_type.startswith("text/plain")
    text = resp.get_data(as_text=True)
    assert metric_value(text, "http_requests_total", method="GET", route="/", status="200") == 4.0
    assert metric_value(text, "http_requests_total", method="GET", route="/healthz", status="200") == 1.0
    assert metric_value(text, "http_request_duration_seconds_count", method="GET", route="/") == 4.0
    assert metric_value(text, "http_request_duration_seconds_bucket", method="GET", route="/", le="+Inf") == 4.0
    assert metric_value(text, "app_build_info", version="2.0.0", python=sys_python()) == 1.0
    assert "process_cpu_seconds_total" in text or sys.platform != "linux"


def sys_python() -> str:
    import platform

    return platform.python_version()


def test_each_app_counts_for_itself(make_app):
    first, second = make_app().test_client(), make_app().test_client()
    first.get("/")
    text = second.get("/metrics").get_data(as_text=True)
    assert metric_value(text, "http_requests_total", method="GET", route="/", status="200") is None


def test_unhandled_exception_is_json_500_logged_at_error(make_app, logs):
    app = make_app()

    def boom():
        raise RuntimeError("kaput")

    app.add_url_rule("/boom", "boom", boom)
    client = app.test_client()
    logs()
    resp = client.get("/boom")
    assert resp.status_code == 500
    assert resp.get_json() == {"error": "internal server error", "status": 500}
    entries = logs()
    crash = [e for e in entries if e.get("event") == "unhandled_exception"]
    assert len(crash) == 1 and crash[0]["level"] == "error"
    assert "RuntimeError: kaput" in crash[0]["exception"]
    request = [e for e in entries if e.get("event") == "request"]
    assert request[0]["status"] == 500 and request[0]["level"] == "error"
    text = client.get("/metrics").get_data(as_text=True)
    assert metric_value(text, "http_requests_total", method="GET", route="/boom", status="500") == 1.0


def test_start_is_logged_as_json(make_app, logs):
    make_app(APP_VERSION="3.1")
    started = [e for e in logs() if e.get("event") == "app_started"]
    assert started and started[-1]["version"] == "3.1" and started[-1]["faults"] == {}


def test_module_app_is_created_lazily(monkeypatch):
    monkeypatch.setenv("APP_VERSION", "lazy-1")
    sys.modules.pop("service.app", None)
    module = importlib.import_module("service.app")
    assert "app" not in vars(module)
    app = module.app  # what `gunicorn service.app:app` does
    assert "app" in vars(module) and module.app is app
    assert app.test_client().get("/").get_json()["version"] == "lazy-1"
    with pytest.raises(AttributeError):
        module.nonexistent  # noqa: B018
