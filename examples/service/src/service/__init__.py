"""blackbelt example service: a small Flask app served by gunicorn.

Import ``service.app:app`` (created lazily on first access) or call
``service.app.create_app()`` for a fresh instance.
"""

SERVICE_NAME = "blackbelt-example-service"
