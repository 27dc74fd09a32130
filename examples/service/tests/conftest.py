from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

SERVICE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SERVICE_DIR / "src"))

from service.app import create_app  # noqa: E402
from service.lifecycle import Lifecycle  # noqa: E402
from service.settings import Settings  # noqa: E402

SERVICE_ENV_PREFIXES = ("APP_", "FAULT_", "LOG_LEVEL", "SHUTDOWN_DRAIN_S", "PROMETHEUS_MULTIPROC_DIR")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from an environment without any of the service's variables."""
    for key in list(os.environ):
        if key.startswith(SERVICE_ENV_PREFIXES):
            monkeypatch.delenv(key)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(clock: FakeClock) -> Callable[..., Any]:
    def make(**env: str) -> Any:
        settings = Settings.from_env(env)
        lifecycle = Lifecycle(slow_start_s=settings.faults.slow_start_s, clock=clock)
        return create_app(settings, lifecycle=lifecycle)

    return make


@pytest.fixture
def logs(capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """Returns a function that parses everything logged so far (each line must be one JSON object)."""
    seen: list[dict[str, Any]] = []

    def read() -> list[dict[str, Any]]:
        out = capsys.readouterr().out
        for line in out.splitlines():
            if line.strip():
                seen.append(json.loads(line))
        return list(seen)

    yield read


def metric_value(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus exposition text (labels must match exactly)."""
    from prometheus_client.parser import text_string_to_metric_families

    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return None
