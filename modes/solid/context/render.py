"""The context module, settled by its name and held type: no model is needed."""

from __future__ import annotations

from pathlib import Path

from ..component_file import template
from ..words import render, type_words
from .context import ContextContext

_FOLDER = Path(__file__).parent


def render_context(context: ContextContext) -> str:
    value = context.name[:1].lower() + context.name[1:]
    return render(template(_FOLDER, "context"), {
        "types_import": context.project.imports(context.request.path, [f"type {context.api_type}"]) if context.api_type else "",
        "Name": context.name,
        "Value": context.value_type,
        "value": value,
        "setter": "set" + context.name,
        "initial": context.initial,
        "words": type_words(context.name),
    })
