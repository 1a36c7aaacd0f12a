"""`actix.middleware`: one middleware (logging, request id, CORS, JSON errors) in the App.

Deterministic: each kind is a template (patterns/), filled with what the crate or the user's
answer settles (the CORS origin), and placed in the App's chain.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg
from ..derived import applies_to_app, derived_only
from .context import KINDS, MiddlewareContext, build_context
from .derive import derive
from .place import place
from .validate import validate


def reading(context: MiddlewareContext) -> str:
    values = "".join(f", {name} {value}" for name, value in context.values.items())
    return f"{context.kind} middleware: {KINDS[context.kind]['summary']}{values}"


MODE = Mode(
    id="actix.middleware",
    title="Add Actix middleware",
    language="rust",
    description="One middleware in the App: request logging, a request id header, CORS headers for the frontend, or JSON error bodies.",
    args=(
        ModeArg("kind", f"one of {', '.join(KINDS)}"),
        ModeArg("origin", "for cors: the frontend's origin, e.g. http://localhost:3000"),
    ),
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
