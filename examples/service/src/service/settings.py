"""Runtime settings, read once from the environment at app start.

Invalid values fail the start loudly instead of being silently ignored: a
deployment with a typo in FAULT_ERROR_RATE should not look healthy.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from .faults import Faults


def _float(env: Mapping[str, str], name: str, default: float, lo: float, hi: float) -> float:
    raw = env.get(name, "").strip()
    if raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None
    if not lo <= value <= hi:
        raise ValueError(f"{name}={raw!r} is outside [{lo}, {hi}]")
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ValueError(f"{name}={raw!r} is not a boolean (use 1 or 0)")


@dataclass(frozen=True)
class Settings:
    version: str = "dev"
    color: str | None = None
    log_level: str = "info"
    shutdown_drain_s: float = 1.0
    faults: Faults = field(default_factory=Faults)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        level = env.get("LOG_LEVEL", "info").strip().lower() or "info"
        if level not in ("debug", "info", "warning", "error", "critical"):
            raise ValueError(f"LOG_LEVEL={level!r} is not a log level")
        return cls(
            version=env.get("APP_VERSION", "").strip() or "dev",
            color=env.get("APP_COLOR", "").strip() or None,
            log_level=level,
            shutdown_drain_s=_float(env, "SHUTDOWN_DRAIN_S", 1.0, 0.0, 60.0),
            faults=Faults(
                error_rate=_float(env, "FAULT_ERROR_RATE", 0.0, 0.0, 1.0),
                latency_ms=_float(env, "FAULT_LATENCY_MS", 0.0, 0.0, 60_000.0),
                crash_on_start=_flag(env, "FAULT_CRASH_ON_START"),
                slow_start_s=_float(env, "FAULT_SLOW_START_S", 0.0, 0.0, 3600.0),
                unhealthy=_flag(env, "FAULT_UNHEALTHY"),
            ),
        )
