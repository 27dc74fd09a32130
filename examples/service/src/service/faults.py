"""Fault injection, driven by environment variables (see README.md)."""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass


class CrashOnStart(SystemExit):
    """Raised at start when FAULT_CRASH_ON_START=1; exits the process with status 3."""

    def __init__(self) -> None:
        super().__init__(3)


@dataclass(frozen=True)
class Faults:
    error_rate: float = 0.0  # FAULT_ERROR_RATE: fraction of `/` requests answered 500
    latency_ms: float = 0.0  # FAULT_LATENCY_MS: added to every `/` request
    crash_on_start: bool = False  # FAULT_CRASH_ON_START=1: exit 3 before serving
    slow_start_s: float = 0.0  # FAULT_SLOW_START_S: /readyz answers 503 for this long
    unhealthy: bool = False  # FAULT_UNHEALTHY=1: /healthz answers 500

    @property
    def active(self) -> dict[str, float | bool]:
        """The faults that are switched on (for the start log)."""
        return {k: v for k, v in asdict(self).items() if v}


class ErrorSchedule:
    """Decides which requests fail, deterministically.

    Request n (0-based, counted per process) fails when floor((n+1)*rate)
    exceeds floor(n*rate).  Over any run of requests the failed fraction is
    within one request of `rate` (0.25 fails exactly every 4th request), so
    tests and health gates see the same thing every time.
    """

    def __init__(self, rate: float) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"error rate {rate} is outside [0, 1]")
        self.rate = rate
        self._n = 0
        self._lock = threading.Lock()

    def next_fails(self) -> bool:
        if self.rate <= 0.0:
            return False
        with self._lock:
            n = self._n
            self._n += 1
        return math.floor((n + 1) * self.rate + 1e-9) > math.floor(n * self.rate + 1e-9)
