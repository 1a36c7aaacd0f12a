"""`actix.router`: register the crate's routed handlers the app does not register yet.

Deterministic: the handlers, the chain they join and its path style are all read from the crate.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg
from ..derived import applies_to_app, derived_only
from .context import RouterContext, build_context
from .derive import derive
from .place import place
from .validate import validate


def reading(context: RouterContext) -> str:
    added = ", ".join(f"{r.module}::{r.function}" for r in context.missing)
    skipped = f"; left out, their route is taken: {', '.join(r.function for r in context.clashing)}" if context.clashing else ""
    return f"registers {added}{skipped}"


MODE = Mode(
    id="actix.router",
    title="Register Actix handlers",
    language="rust",
    description="Registers the crate's routed handlers that the app (or its scope or ServiceConfig) does not register yet, never a route twice.",
    args=(ModeArg("handler", "one handler to register, e.g. handlers::owners::delete_owner (default: every missing one)"),),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies_to_app,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text.strip("\n"),
    validate=validate,
    place=place,
    reading=reading,
    derive=derive,
)
