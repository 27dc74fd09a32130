"""gunicorn settings for the example service.

Run from this directory (or from the image's /app):

    gunicorn -c gunicorn.conf.py service.app:app

Everything is overridable through the environment (see README.md).  Works with
gunicorn 23 and later; settings that an older gunicorn does not know are ignored.
"""

import os
import shutil
import signal
import sys
import tempfile
import threading

# The package lives in ./src next to this file; make it importable without PYTHONPATH.
_SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
if os.path.isdir(os.path.join(_SRC, "service")) and _SRC not in sys.path:
    sys.path.insert(0, _SRC)

wsgi_app = "service.app:app"
bind = [os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
keepalive = 5
# SIGTERM -> readiness 503 for SHUTDOWN_DRAIN_S -> stop accepting -> finish in-flight requests.
# Everything must end before `docker stop`'s 10 s grace period sends SIGKILL.
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", "8"))
# gunicorn >= 25.1 otherwise opens a control socket under $HOME/.gunicorn, which fails for
# users without a writable home (uid 65534 in the image).
control_socket_disable = True
# Request logs come from the app (JSON); gunicorn's own messages are rendered as JSON too.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None

from service import logs as _logs  # noqa: E402  (needs the sys.path entry above)

logconfig_dict = _logs.gunicorn_logconfig(loglevel)
_logs.configure(loglevel)
_log = _logs.get_logger("service.server")

# Consistent metrics across workers: one shared directory of metric files (see service/metrics.py).
_OWN_METRICS_DIR = None
if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    _OWN_METRICS_DIR = tempfile.mkdtemp(prefix="service-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = _OWN_METRICS_DIR


def _drain_seconds():
    try:
        return max(0.0, float(os.environ.get("SHUTDOWN_DRAIN_S", "1")))
    except ValueError:
        return 1.0


def on_starting(server):
    if os.environ.get("FAULT_CRASH_ON_START", "").strip().lower() in ("1", "true", "yes", "on"):
        _log.error("crash_on_start", reason="FAULT_CRASH_ON_START=1", exit_code=3)
        sys.exit(3)
    metrics_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if metrics_dir:
        os.makedirs(metrics_dir, exist_ok=True)
        for name in os.listdir(metrics_dir):  # values of a previous run would be summed in
            if name.endswith(".db"):
                os.unlink(os.path.join(metrics_dir, name))
    _log.info("server_starting", bind=server.cfg.bind, workers=server.cfg.workers,
              threads=server.cfg.threads, metrics_dir=metrics_dir)


def when_ready(server):
    _log.info("server_ready", bind=server.cfg.bind)


def post_worker_init(worker):
    """Replace the worker's SIGTERM handler: first readiness 503, then (after the drain) stop."""
    from service.app import state

    lifecycle = state(worker.wsgi).lifecycle
    stop = worker.handle_exit
    drain = _drain_seconds()

    def on_sigterm(sig, frame):
        if not lifecycle.begin_shutdown():
            return
        _log.info("shutdown_requested", signal="SIGTERM", drain_s=drain)
        if drain <= 0:
            stop(sig, frame)
            return
        timer = threading.Timer(drain, stop, args=(sig, frame))
        timer.daemon = True
        timer.start()

    signal.signal(signal.SIGTERM, on_sigterm)


def worker_exit(server, worker):
    _log.info("worker_stopped", worker_pid=worker.pid)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    _log.info("shutdown_complete")
    if _OWN_METRICS_DIR:
        shutil.rmtree(_OWN_METRICS_DIR, ignore_errors=True)
