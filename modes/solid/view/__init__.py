"""`solid.view`: a list or detail view of one API type (createResource, For, Show, Suspense).

Deterministic (`derive`): the API type, the client function and the routes settle the code.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, derived_only
from ..component_file import applies_at_component_spot
from ..shared_mode import place_component, validate_component
from .context import build_context
from .render import render_view


MODE = Mode(
    id="solid.view",
    title="Generate SolidJS list or detail view",
    language="typescript",
    description="A list or detail view of one API type: createResource, For, Show, Suspense, empty and error states, links to its detail and edit routes.",
    args=(
        ModeArg("type", "the API type, e.g. Pet", required=True, identifier=True),
        ModeArg("kind", "list or detail", required=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies_at_component_spot,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate_component,
    place=place_component,
    reading=lambda context: f"{context.kind} view `{context.name}` of {context.type.name} via {context.loader.name}()",
    derive=render_view,
)
