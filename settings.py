"""One frozen settings object, built once from the environment (and `.env`).

Tests construct `Settings(...)` directly. Names follow CONTRACT §2. In
production (`ENVIRONMENT=production`) the settings a real deployment cannot
run without are required; a missing or malformed one stops start-up with a
single line naming it (the runbook's "Config error: ValueError at startup").
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_GRAPH_API = "https://graph.facebook.com/v26.0"
DATA_DIR = Path(".data")

# What a production deployment cannot run without. Everything else has a
# development default (embedded servers, demo transports, a local JWT secret).
PRODUCTION_REQUIRED = (
    "DATABASE_URL",
    "REDIS_URL",
    "PUBLIC_BASE_URL",
    "JWT_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "MERCADOPAGO_ACCESS_TOKEN",
    "MERCADOPAGO_WEBHOOK_SECRET",
    # Guests are told "ya le aviso a alguien del equipo": without it nobody would be.
    "OWNER_WHATSAPP",
)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names it."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    environment: Literal["development", "production"] = "development"
    database_url: str | None = None
    redis_url: str | None = None
    port: int = Field(8080, ge=1, le=65535)
    public_base_url: str = "http://localhost:8080"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    db_pool_size: int = Field(10, ge=1, le=200)
    startup_db_wait_seconds: float = Field(30.0, ge=0)

    whatsapp_verify_token: str = "cabanas-dev-verify"
    whatsapp_app_secret: str = "cabanas-dev-app-secret"
    whatsapp_access_token: str | None = None
    whatsapp_phone_number_id: str = "100000000000001"
    whatsapp_api_base: str = DEFAULT_GRAPH_API
    owner_whatsapp: str | None = None
    # An approved utility template with one body variable ("Aviso de Cabañas: {{1}}"):
    # how an owner notice reaches OWNER_WHATSAPP outside their 24-hour window (README).
    whatsapp_owner_template: str | None = None
    whatsapp_owner_template_language: str = Field("es_AR", pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")

    mercadopago_access_token: str | None = None
    mercadopago_webhook_secret: str = "cabanas-dev-mp-secret"
    mercadopago_api_base: str = "https://api.mercadopago.com"
    mercadopago_refunds_enabled: bool = False

    jwt_secret: str = Field(default_factory=lambda: secrets.token_urlsafe(32), min_length=16)
    job_ical_interval_seconds: int = Field(300, ge=5)
    job_expire_interval_seconds: int = Field(60, ge=1)
    pre_reservation_ttl_minutes: int = Field(30, ge=1)
    hold_reminder_minutes: int = Field(10, ge=0)
    deposit_percent: int = Field(30, ge=1, le=100)
    max_stay_nights: int = Field(30, ge=1)
    handoff_minutes: int = Field(120, ge=1)
    # First wait before retrying a guest message that failed; doubles each try.
    inbox_retry_seconds: float = Field(2.0, gt=0, le=300)
    # A guest message whose handling and replies take longer counts as a failed try.
    inbox_message_timeout_seconds: float = Field(120.0, gt=0, le=3600)
    timezone: str = "America/Argentina/Buenos_Aires"
    ical_allow_private_urls: bool = False
    # iCal fetches: a hung or huge feed host must not stall the sync round.
    ical_fetch_timeout_seconds: float = Field(20.0, gt=0, le=120)
    ical_max_bytes: int = Field(5 * 1024 * 1024, ge=1024)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("owner_whatsapp")
    @classmethod
    def _international_number(cls, value: str | None) -> str | None:
        """The owner's number as WhatsApp has it (country code first): "+54 9 2944 99-9999"
        is kept as its digits; "0294 15 …" (local form) cannot be sent to, so it stops
        start-up instead of losing every owner notice."""
        if value is None:
            return None
        digits = "".join(ch for ch in value if ch.isdigit())
        if digits.startswith("0") or not 10 <= len(digits) <= 15:
            raise ValueError("write it with the country code, like +5492944999999")
        return digits

    @field_validator("public_base_url", "whatsapp_api_base", "mercadopago_api_base")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def whatsapp_demo(self) -> bool:
        """No Cloud API credentials: replies go to the local demo transport."""
        return not self.whatsapp_access_token

    @property
    def mercadopago_demo(self) -> bool:
        """No Mercado Pago credentials: links open the local demo checkout."""
        return not self.mercadopago_access_token

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Build from `environ` (default: `.env` merged under the process env)."""
        if environ is None:
            from dotenv import dotenv_values

            environ = {k: v for k, v in dotenv_values(".env").items() if v is not None}
            environ.update(os.environ)
        values = {
            name.lower(): environ[name]
            for name in (field.upper() for field in cls.model_fields)
            if environ.get(name, "") != ""
        }
        if values.get("environment") == "production":
            for name in PRODUCTION_REQUIRED:
                if name.lower() not in values:
                    raise ConfigError(f"Config error: {name} is required in production")
        else:
            if "jwt_secret" not in values:
                values["jwt_secret"] = _development_jwt_secret()
            if "public_base_url" not in values and "port" in values:
                # Demo checkout links and feed URLs point at this very server, so a
                # `PORT=8090 make run` without PUBLIC_BASE_URL must not hand out :8080.
                values["public_base_url"] = f"http://localhost:{values['port']}"
        try:
            return cls(**values)
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0]).upper() if error["loc"] else "settings"
            raise ConfigError(f"Config error: {name}: {error['msg']}") from None


def _development_jwt_secret() -> str:
    """A per-checkout secret kept under .data/, so `admin-token` and `serve` agree."""
    path = DATA_DIR / "jwt_secret"
    if not path.exists():
        DATA_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()
