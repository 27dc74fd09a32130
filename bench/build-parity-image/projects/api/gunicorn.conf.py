"""gunicorn settings: `gunicorn -c gunicorn.conf.py api.app:app` (run from the image's /app)."""

import os

bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "uvicorn_worker.UvicornWorker"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 8
keepalive = 5
accesslog = None
errorlog = "-"
# gunicorn >= 25.1 otherwise opens a control socket under $HOME/.gunicorn (no writable home as uid 65534).
control_socket_disable = True
