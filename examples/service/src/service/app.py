"""The Flask application.

``create_app()`` builds a fresh app from the environment.  ``app`` (what
``gunicorn service.app:app`` loads) is created on first access, so importing
this module for its functions has no side effects.
"""

from __future__ import annotations

import socket
import time
import uuid
from dataclasses import dataclass
from typing import Any

import structlog
from flask import Flask, Response, g, jsonify, request
from werkzeug.exceptions import HTTPException

from . import SERVICE_NAME, logs
from .faults import CrashOnStart, ErrorSchedule
from .lifecycle import Lifecycle
from .metrics import Metrics
from .settings import Settings

UNMATCHED_ROUTE = "<unmatched>"  # route label for 404s, so random paths cannot blow up metric cardinality


@dataclass
class State:
    settings: Settings
    lifecycle: Lifecycle
    metrics: Metrics
    errors: ErrorSchedule
    hostname: str


def state(app: Flask) -> State:
    return app.extensions["service"]  # type: ignore[no-any-return]


def create_app(settings: Settings | None = None, metrics: Metrics | None = None,
               lifecycle: Lifecycle | None = None) -> Flask:
    settings = Settings.from_env() if settings is None else settings
    logs.configure(settings.log_level)
    log = logs.get_logger("service.app")
    faults = settings.faults
    if faults.crash_on_start:
        log.error("crash_on_start", reason="FAULT_CRASH_ON_START=1", exit_code=3)
        raise CrashOnStart()

    app = Flask(SERVICE_NAME)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    st = State(
        settings=settings,
        lifecycle=lifecycle or Lifecycle(slow_start_s=faults.slow_start_s),
        metrics=metrics or Metrics(version=settings.version),
        errors=ErrorSchedule(faults.error_rate),
        hostname=socket.gethostname(),
    )
    app.extensions["service"] = st
    _install_request_hooks(app, st)
    _install_routes(app, st)
    st.lifecycle.mark_started()
    log.info("app_started", version=settings.version, hostname=st.hostname, faults=faults.active)
    return app


def _route_of() -> str:
    rule = request.url_rule
    return rule.rule if rule is not None else UNMATCHED_ROUTE


def _install_request_hooks(app: Flask, st: State) -> None:
    log = logs.get_logger("service.request")

    @app.before_request
    def _start() -> None:
        g.t0 = time.perf_counter()
        rid = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex[:16]
        g.request_id = rid
        structlog.contextvars.bind_contextvars(request_id=rid)
        st.metrics.in_flight.inc()
        g.in_flight = True

    @app.after_request
    def _finish(response: Response) -> Response:
        t0 = g.pop("t0", None)
        duration = time.perf_counter() - t0 if t0 is not None else 0.0
        if g.pop("in_flight", False):
            st.metrics.in_flight.dec()
        route = _route_of()
        st.metrics.observe(request.method, route, response.status_code, duration)
        response.headers["X-Request-ID"] = g.get("request_id", "")
        fields: dict[str, Any] = {
            "method": request.method,
            "path": request.path,
            "route": route,
            "status": response.status_code,
            "duration_ms": round(duration * 1000, 3),
            "remote_addr": request.remote_addr,
        }
        if response.status_code >= 500 and not (route == "/readyz" and response.status_code == 503):
            log.error("request", **fields)
        elif response.status_code >= 500:
            log.warning("request", **fields)  # not ready (starting / draining) is expected, not an error
        elif request.path not in ("/healthz", "/readyz", "/metrics") or response.status_code >= 400:
            log.info("request", **fields)
        else:
            log.debug("request", **fields)  # probes and scrapes: visible with LOG_LEVEL=debug
        return response

    @app.teardown_request
    def _clear(_: BaseException | None) -> None:
        structlog.contextvars.clear_contextvars()

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> tuple[Response, int]:
        code = exc.code or 500
        return jsonify(error=exc.name, status=code), code

    @app.errorhandler(Exception)
    def _unhandled(exc: Exception) -> tuple[Response, int]:
        log.error("unhandled_exception", method=request.method, path=request.path,
                  error=f"{type(exc).__name__}: {exc}", exc_info=exc)
        return jsonify(error="internal server error", status=500), 500


def _install_routes(app: Flask, st: State) -> None:
    log = logs.get_logger("service.app")
    faults = st.settings.faults

    @app.get("/")
    def index() -> Any:
        if faults.latency_ms > 0:
            time.sleep(faults.latency_ms / 1000.0)
        if st.errors.next_fails():
            log.error("injected_error", reason="FAULT_ERROR_RATE", rate=faults.error_rate)
            return jsonify(error="injected fault", status=500), 500
        body: dict[str, Any] = {
            "service": SERVICE_NAME,
            "version": st.settings.version,
            "hostname": st.hostname,
        }
        if st.settings.color:
            body["color"] = st.settings.color
        return jsonify(body)

    @app.get("/healthz")
    def healthz() -> Any:
        if faults.unhealthy:
            return jsonify(status="unhealthy", reason="FAULT_UNHEALTHY"), 500
        return jsonify(status="ok", version=st.settings.version)

    @app.get("/readyz")
    def readyz() -> Any:
        ready, phase, wait_s = st.lifecycle.readiness()
        if ready:
            return jsonify(status="ready", version=st.settings.version)
        resp = jsonify(status=phase, version=st.settings.version)
        resp.status_code = 503
        if wait_s > 0:
            resp.headers["Retry-After"] = str(max(1, round(wait_s)))
        return resp

    @app.get("/metrics")
    def metrics() -> Response:
        body, content_type = st.metrics.render()
        return Response(body, content_type=content_type)


def __getattr__(name: str) -> Any:
    # PEP 562: `service.app:app` is built on first access (by the gunicorn worker), not at import.
    if name == "app":
        application = create_app()
        globals()["app"] = application
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
