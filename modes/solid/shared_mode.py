"""What the solid.* modes that write a component share: placing it and checking it where it lands.

In a new file the generated module fills it. In an existing file its imports are merged into the
file's and the rest goes at the cursor (a blank line between top-level items).
"""

from __future__ import annotations

from ..base import Edit, Finding
from ..edits import apply_edits, insert_lines
from ..syntax import parse
from .checks import module_findings
from .component_file import is_placeholder, on_a_request_comment
from .imports import import_edits, read_imports


def _split(code: str) -> tuple[list, str]:
    """The generated module's import statements, and the code after them."""
    root = parse(code, "tsx").root_node
    statements = [n for n in root.named_children if n.type == "import_statement"]
    body_start = statements[-1].end_byte if statements else 0
    return read_imports(code), code.encode("utf-8")[body_start:].decode("utf-8").strip("\n")


def place_component(code: str, context) -> list[Edit]:
    text = context.request.text
    if is_placeholder(text):
        lines = text.split("\n")
        kept = text.rstrip() + "\n\n" if text.strip() else ""  # the placeholder's own comments stay on top
        return [Edit(0, 0, len(lines) - 1, len(lines[-1]), kept + code)]
    imports, body = _split(code)
    # on the comment that asked for it, the component goes below that comment
    line = context.request.line + 1 if on_a_request_comment(context.request) else context.request.line
    return import_edits(text, imports) + [insert_lines(line, "\n" + body + "\n")]


def validate_component(code: str, context) -> list[Finding]:
    """The checks run on the whole file as it will be, so a clash with what it holds shows."""
    placed = apply_edits(context.request.text, place_component(code, context))
    return module_findings(placed, context.project, context.request.path)
