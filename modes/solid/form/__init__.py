"""`solid.form`: a create or edit form for one API type, saved through the app's API client.

Deterministic (`derive`): each field's input follows from its type and name (inputs.toml),
the save and load functions from the API client.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, derived_only
from ..component_file import applies_at_component_spot
from ..shared_mode import place_component, validate_component
from .context import build_context
from .render import render_form


MODE = Mode(
    id="solid.form",
    title="Generate SolidJS form",
    language="typescript",
    description="A create or edit form for one API type: an input per field by its type, required fields checked, saved through the API client with loading, error and success states.",
    args=(
        ModeArg("type", "the API type, e.g. Owner", required=True, identifier=True),
        ModeArg("variant", "create or edit", required=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies_at_component_spot,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate_component,
    place=place_component,
    reading=lambda context: f"{context.variant} form `{context.name}` for {context.type.name} via {context.save.name}()"
    + (f"; left as they are (no input holds them): {', '.join(context.left_out)}" if context.left_out else ""),
    derive=render_form,
)
