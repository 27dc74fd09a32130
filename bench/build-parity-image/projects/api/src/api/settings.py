"""Configuration from the environment (API_* variables), validated by pydantic-settings."""

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="API_")

    # postgresql+psycopg://user:pass@db/api in production; an in-memory SQLite database otherwise.
    database_url: str = "sqlite+pysqlite:///:memory:"
    redis_url: str | None = None
    reports_bucket: str | None = None
    log_level: str = "info"


@lru_cache
def get_settings() -> Settings:
    return Settings()
