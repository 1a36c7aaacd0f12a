"""`solid.route`: one route added to the @solidjs/router setup, declared and imported as the others are.

Deterministic (`derive`): the path and the component settle the edit; only what is missing is
added, and a path the component's parameters do not fit is refused.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, Request, derived_only
from ...edits import hunk_edits
from ..project import declares_router
from .context import build_context
from .validate import validate


def applies(request: Request) -> bool:
    return request.path.suffix in (".ts", ".tsx") and declares_router(request.text)


MODE = Mode(
    id="solid.route",
    title="Add SolidJS route",
    language="typescript",
    description="One route in the @solidjs/router setup (its routes array or its JSX <Router>): the component imported as the other routes' are, path parameters checked against what it reads.",
    args=(
        ModeArg("path", "the URL path, e.g. /pets/:id", required=True),
        ModeArg("component", "the component it shows, e.g. PetDetail", required=True, identifier=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate,
    place=lambda code, context: hunk_edits(context.request.text, code),
    reading=lambda context: f"route {context.path} -> {context.component}",
    derive=lambda context: context.updated,
)
