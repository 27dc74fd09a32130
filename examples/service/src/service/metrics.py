"""Prometheus metrics.

With several gunicorn workers each worker has its own counters, so a scrape
would see whichever worker answered.  gunicorn.conf.py therefore sets
PROMETHEUS_MULTIPROC_DIR (a fresh temporary directory) whenever it runs more
than one worker; prometheus_client then keeps the values in files there and
``/metrics`` sums them over all workers, so counts are consistent on every
scrape.  Without that variable (one worker, tests) the in-process registry is
served.
"""

from __future__ import annotations

import os
import platform

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# Latency buckets (seconds): fine around typical web latencies, up to injected-latency territory.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def multiprocess_dir() -> str | None:
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or os.environ.get("prometheus_multiproc_dir")
    return path or None


def new_registry() -> CollectorRegistry:
    """A registry of our own (no global state: every app instance counts for itself)."""
    registry = CollectorRegistry()
    for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
        registry.register(collector)
    return registry


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None, version: str = "dev") -> None:
        registry = new_registry() if registry is None else registry
        self.registry = registry
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests handled, by method, route template and status code.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Time spent handling HTTP requests (including injected latency), by method and route template.",
            ["method", "route"],
            buckets=BUCKETS,
            registry=registry,
        )
        self.in_flight = Gauge(
            "http_requests_in_flight",
            "Requests being handled right now.",
            registry=registry,
            multiprocess_mode="livesum",
        )
        self.build_info = Gauge(
            "app_build_info",
            "Always 1; labels say which version of the service runs.",
            ["version", "python"],
            registry=registry,
            multiprocess_mode="max",
        )
        self.build_info.labels(version, platform.python_version()).set(1)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def render(self) -> tuple[bytes, str]:
        """The exposition text for a scrape and its content type."""
        if multiprocess_dir():
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
