"""Structured JSON logs carrying the request id, with phone numbers masked."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import time

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

# A safety net for phones that reach a log message unmasked: Argentine numbers
# (54 / 549 + 10 digits) and anything written in international "+" form. Plain
# long numbers are left alone so Mercado Pago payment ids stay greppable.
_PHONE = re.compile(r"(?<![\d.])(?:\+\d{10,15}|549?\d{10})(?!\d)")


def mask_phone(phone: str | None) -> str:
    """Keep the country/area prefix and the last 3 digits: enough to correlate, not to call."""
    if not phone:
        return "-"
    digits = phone.lstrip("+")
    if len(digits) <= 6:
        return "*" * len(digits)
    return f"{digits[:4]}{'*' * (len(digits) - 7)}{digits[-3:]}"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = _PHONE.sub(lambda m: mask_phone(m.group(0)), record.getMessage())
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": message,
            "request_id": request_id_var.get(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            entry.update(extra)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
