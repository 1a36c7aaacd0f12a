"""`solid.form`: a create or edit form for one API type, saved through the app's API client.

Deterministic (`derive`): each field's input follows from its type and name (inputs.toml),
the save and load functions from the API client.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, Request, derived_only
from ..shared_mode import place_new_file, validate_new_file
from .context import build_context
from .render import render_form


def applies(request: Request) -> bool:
    return request.path.suffix == ".tsx" and not request.text.strip()


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
    applies=applies,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate_new_file,
    place=place_new_file,
    reading=lambda context: f"{context.variant} form `{context.name}` for {context.type.name} via {context.save.name}()",
    derive=render_form,
)
