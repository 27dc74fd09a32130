"""Readiness: not ready until started (plus FAULT_SLOW_START_S), not ready once draining."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Lifecycle:
    def __init__(self, slow_start_s: float = 0.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.slow_start_s = slow_start_s
        self._clock = clock
        self._started_at: float | None = None
        self._draining = threading.Event()

    def mark_started(self) -> None:
        self._started_at = self._clock()

    def begin_shutdown(self) -> bool:
        """Flip readiness to 503. Returns False if shutdown had already begun."""
        if self._draining.is_set():
            return False
        self._draining.set()
        return True

    @property
    def draining(self) -> bool:
        return self._draining.is_set()

    def readiness(self) -> tuple[bool, str, float]:
        """(ready, state, seconds until ready) where state is starting|ready|draining."""
        if self._draining.is_set():
            return False, "draining", 0.0
        if self._started_at is None:
            return False, "starting", self.slow_start_s
        remaining = self.slow_start_s - (self._clock() - self._started_at)
        if remaining > 0:
            return False, "starting", remaining
        return True, "ready", 0.0
