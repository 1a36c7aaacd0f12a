"""The registrations go right after the last call of the chain that registers handlers."""

from __future__ import annotations

from ...base import Edit
from .context import RouterContext


def place(code: str, context: RouterContext) -> list[Edit]:
    line, character = context.anchor
    return [Edit(line, character, line, character, "\n" + code)]
