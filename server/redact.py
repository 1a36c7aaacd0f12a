"""One redaction for secrets: every message we store, show or log passes through `redact`.

The configured API key is remembered when it is read, and anything shaped like a credential
(`Bearer ...`, `api_key=...`) is masked even when we never saw the key itself, so an error page
that echoes the request headers cannot carry the key into a run record, a popup or a log.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

MASK = "[redacted]"

_known: set[str] = set()
_SHAPES = (
    re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)\b((?:x-)?api[_-]?key\"?'?\s*[:=]\s*\"?'?)[^\s\"',;}]+"),
    re.compile(r"(?i)\b(authorization\"?'?\s*[:=]\s*\"?'?)(?!bearer\b)[^\s\"',;}]+"),
)


def remember(secret: str | None) -> None:
    """Mask this value wherever it appears from now on (short values would mask ordinary words)."""
    if secret and len(secret) >= 6:
        _known.add(secret)


def remember_environment(variable: str | None) -> None:
    if variable:
        remember(os.environ.get(variable))


def redact(text: str) -> str:
    if not text:
        return text
    for secret in sorted(_known, key=len, reverse=True):
        text = text.replace(secret, MASK)
    for shape in _SHAPES:
        text = shape.sub(lambda m: m.group(1) + MASK, text)
    return text


def redact_data(value: Any) -> Any:
    """The same, through the strings of a JSON-like value."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_data(v) for v in value]
    return value


class RedactingFilter(logging.Filter):
    """Installed on the log handlers, so no log line carries a secret either."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install_log_filter() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
