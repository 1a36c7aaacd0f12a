"""A restyle parses, leaves the component's syntax tree unchanged but for class strings, and uses
only classes the project's Tailwind/DaisyUI generates."""

from __future__ import annotations

from ...base import Finding
from ...solid.checks import class_findings
from ...syntax import parse, syntax_problems
from .context import StyleContext
from .restyle import component_at, without_classes


def validate(code: str, context: StyleContext) -> list[Finding]:
    tree = parse(code, "tsx")
    problems = syntax_problems(tree)
    if problems:
        return [Finding("error", "the restyled file does not parse as TSX: " + problems[0].describe())]
    restyled = component_at(tree.root_node, context.component.start_byte)
    if without_classes(restyled) != without_classes(context.component):
        return [Finding("error", "the restyle changed more than class strings; the component's logic must stay as it is")]
    return class_findings(restyled, context.frontend)
