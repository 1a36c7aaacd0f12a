"""A restyle parses, leaves the component's syntax tree unchanged but for class strings and the
static part of its styles, and uses only classes the project's Tailwind/DaisyUI generates or its
own stylesheets define."""

from __future__ import annotations

from ...base import Finding
from ...syntax import parse, syntax_problems
from ..tailwind import class_names, unknown_classes
from .context import StyleContext
from .restyle import component_at, without_classes


def validate(code: str, context: StyleContext) -> list[Finding]:
    tree = parse(code, "tsx")
    problems = syntax_problems(tree)
    if problems:
        return [Finding("error", "the restyled file does not parse as TSX: " + problems[0].describe())]
    restyled = component_at(tree.root_node, context.component.start_point[0])
    if without_classes(restyled) != without_classes(context.component):
        return [Finding("error", "the restyle changed more than class strings and styles; the component's logic must stay as it is")]
    # a class the project's CSS defines and no Tailwind class states is kept on purpose
    names = class_names(restyled) - set(context.project_classes)
    if not names:
        return []
    try:
        unknown = unknown_classes(context.frontend, names)
    except RuntimeError as reason:
        return [Finding("warning", f"class names not checked: {reason}")]
    return [Finding("error", f"Tailwind/DaisyUI generates no class `{name}`", hint=f"`{name}` is not a Tailwind or DaisyUI class") for name in unknown]
