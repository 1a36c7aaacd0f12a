"""What `style.daisyui` needs: the component at the cursor and its restyled text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...base import ModeError, Request
from ...frontend import dependencies, frontend_root
from ...syntax import Node, byte_offset, parse, syntax_problems
from .restyle import apply_changes, class_changes, component_at


@dataclass
class StyleContext:
    request: Request
    frontend: Path
    component: Node
    #: the whole file with the component restyled
    restyled: str


def build_context(request: Request) -> StyleContext:
    if request.path.suffix != ".tsx":
        raise ModeError("run style.daisyui in a .tsx component file")
    frontend = frontend_root(request.path, request.workspace)
    if frontend is None or "daisyui" not in dependencies(frontend):
        raise ModeError("this frontend does not use DaisyUI (no daisyui in its package.json)")
    tree = parse(request.text, "tsx")
    if syntax_problems(tree):
        raise ModeError("the file does not parse as TSX: fix it first, so the restyle can keep its logic exactly")
    component = component_at(tree.root_node, byte_offset(request.text, request.line, request.character))
    changes = class_changes(component)
    if not changes:
        raise ModeError("every element of this component already has its DaisyUI classes; nothing to restyle")
    restyled = apply_changes(request.text.encode("utf-8"), changes).decode("utf-8")
    return StyleContext(request, frontend, component, restyled)
