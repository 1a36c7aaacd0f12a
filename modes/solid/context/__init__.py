"""`solid.context`: a typed context with its provider and its useX() hook.

Deterministic (`derive`): the name and the held type (an API type, or string/number/boolean)
settle the module.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, derived_only
from ..component_file import applies_at_component_spot
from ..shared_mode import place_component, validate_component
from .context import build_context
from .render import render_context


MODE = Mode(
    id="solid.context",
    title="Generate SolidJS context",
    language="typescript",
    description="A typed context holding one value (an API type or string/number/boolean), its provider component and a useX() hook that says when the provider is missing.",
    args=(
        ModeArg("name", "the context's name, e.g. SelectedOwner", required=True, identifier=True),
        ModeArg("type", "what it holds: an API type, string, number or boolean (default: the API type the name ends with)", identifier=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies_at_component_spot,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate_component,
    place=place_component,
    reading=lambda context: f"context {context.name} holding {context.value_type}",
    derive=render_context,
)
