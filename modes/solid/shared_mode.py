"""What the solid.* modes that write a whole new component file share: placing and checking it."""

from __future__ import annotations

from ..base import Edit, Finding
from .checks import module_findings


def place_new_file(code: str, context) -> list[Edit]:
    """The component fills the (empty) file."""
    lines = context.request.text.split("\n")
    return [Edit(0, 0, len(lines) - 1, len(lines[-1]), code)]


def validate_new_file(code: str, context) -> list[Finding]:
    return module_findings(code, context.project, context.request.path)
