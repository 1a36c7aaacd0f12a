"""Every agent mode, each in its own folder; this is the list the server and the CLI offer."""

from __future__ import annotations

from .actix.handler import MODE as ACTIX_HANDLER
from .actix.middleware import MODE as ACTIX_MIDDLEWARE
from .actix.router import MODE as ACTIX_ROUTER
from .base import Mode, ModeError, NeedsInput, Request
from .diesel.model_fn import MODE as DIESEL_MODEL_FN
from .diesel.model_struct import MODE as DIESEL_MODEL_STRUCT
from .diesel.schema import MODE as DIESEL_SCHEMA
from .solid.context import MODE as SOLID_CONTEXT
from .solid.form import MODE as SOLID_FORM
from .solid.route import MODE as SOLID_ROUTE
from .solid.view import MODE as SOLID_VIEW
from .style.daisyui import MODE as STYLE_DAISYUI
from .types.typescript import MODE as TYPES_TYPESCRIPT

ALL_MODES: tuple[Mode, ...] = (
    DIESEL_MODEL_FN, DIESEL_MODEL_STRUCT, DIESEL_SCHEMA, ACTIX_HANDLER, ACTIX_ROUTER, ACTIX_MIDDLEWARE,
    TYPES_TYPESCRIPT, SOLID_VIEW, SOLID_FORM, SOLID_ROUTE, SOLID_CONTEXT, STYLE_DAISYUI,
)


def get_mode(mode_id: str) -> Mode:
    for mode in ALL_MODES:
        if mode.id == mode_id:
            return mode
    raise ModeError(f"unknown mode `{mode_id}` (modes: {', '.join(m.id for m in ALL_MODES)})")


__all__ = ["ALL_MODES", "Mode", "ModeError", "NeedsInput", "Request", "get_mode"]
