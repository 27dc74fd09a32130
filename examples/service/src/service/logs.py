"""Structured logging: one JSON object per line on stdout, for the app and for gunicorn.

App code logs through structlog (``structlog.get_logger()``); gunicorn's own
stdlib loggers are routed through structlog's ProcessorFormatter with the same
processors (see ``gunicorn_logconfig``), so every line the process prints parses as
JSON and carries ``ts``, ``level``, ``logger`` and ``event``.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

import structlog
from structlog.typing import EventDict, WrappedLogger

from . import SERVICE_NAME

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
          "error": logging.ERROR, "critical": logging.CRITICAL}


class _Stdout:
    """Resolves sys.stdout on every write, so test capture and redirection keep working."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _add_process(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    event.setdefault("service", SERVICE_NAME)
    event.setdefault("pid", os.getpid())
    return event


def _rename_warn(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    if event.get("level") == "warn":
        event["level"] = "warning"
    return event


_FIRST = ("ts", "level", "logger", "event")


def _order_keys(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """ts, level, logger, event first: easier to read, same JSON."""
    ordered = {k: event.pop(k) for k in _FIRST if k in event}
    ordered.update(event)
    return ordered


def shared_processors() -> list[Any]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        _rename_warn,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="ts"),
        _add_process,
    ]


def configure(level: str = "info") -> None:
    """Configure structlog for the app (idempotent)."""
    structlog.configure(
        processors=[
            *shared_processors(),
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            _order_keys,
            structlog.processors.JSONRenderer(sort_keys=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(LEVELS.get(level, logging.INFO)),
        logger_factory=structlog.WriteLoggerFactory(file=_Stdout()),  # type: ignore[arg-type]
        cache_logger_on_first_use=False,
    )


def _stdlib_logger_name(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    record = event.get("_record")
    if record is not None:
        event.setdefault("logger", record.name)
    return event


def gunicorn_logconfig(level: str = "info") -> dict[str, Any]:
    """A logging.config.dictConfig dict that renders gunicorn's log records as JSON lines on stdout."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": structlog.stdlib.ProcessorFormatter,
                "processors": [
                    structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info,
                    _order_keys,
                    structlog.processors.JSONRenderer(sort_keys=False),
                ],
                "foreign_pre_chain": [*shared_processors(), _stdlib_logger_name],
            },
        },
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
        },
        "root": {"level": level.upper(), "handlers": ["stdout"]},
        "loggers": {
            "gunicorn.error": {"level": level.upper(), "handlers": ["stdout"], "propagate": False},
            "gunicorn.access": {"level": "WARNING", "handlers": ["stdout"], "propagate": False},
        },
    }


def get_logger(name: str = "service") -> Any:
    return structlog.get_logger().bind(logger=name)
