"""What `style.daisyui` needs: the component at the cursor and its restyled text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...base import ModeError, Request
from ...frontend import dependencies, frontend_root
from ...syntax import Node, parse, syntax_problems
from .css import CssClass, project_css_classes
from .restyle import Kept, apply_changes, class_changes, component_at


@dataclass
class StyleContext:
    request: Request
    frontend: Path
    component: Node
    #: the whole file with the component restyled
    restyled: str
    #: the classes the project's own stylesheets define
    project_classes: dict[str, CssClass] = field(default_factory=dict)
    #: the styles left as they were, with why
    kept: list[Kept] = field(default_factory=list)

    def reading(self) -> str:
        reading = f"restyle of the component on line {self.component.start_point[0] + 1}"
        if self.kept:
            reading += "; kept as they were: " + "; ".join(note.describe() for note in self.kept)
        return reading


def build_context(request: Request) -> StyleContext:
    if request.path.suffix != ".tsx":
        raise ModeError("run style.daisyui in a .tsx component file")
    frontend = frontend_root(request.path, request.workspace)
    if frontend is None or "daisyui" not in dependencies(frontend):
        raise ModeError("this frontend does not use DaisyUI (no daisyui in its package.json)")
    tree = parse(request.text, "tsx")
    if syntax_problems(tree):
        raise ModeError("the file does not parse as TSX: fix it first, so the restyle can keep its logic exactly")
    component = component_at(tree.root_node, request.line)
    project_classes = project_css_classes(frontend)
    changes, kept = class_changes(component, project_classes)
    if not changes:
        raise ModeError(
            "nothing to restyle: this component already has the DaisyUI look, and none of its parts"
            " looks like a DaisyUI button, card, badge, table or form field"
        )
    restyled = apply_changes(request.text.encode("utf-8"), changes).decode("utf-8")
    return StyleContext(request, frontend, component, restyled, project_classes, kept)
