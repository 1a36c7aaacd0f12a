"""The synced types file must parse and name only types it declares (or TypeScript's own)."""

from __future__ import annotations

from ...base import Finding
from ...syntax import parse, syntax_problems, text_of, walk
from .context import TypesContext

#: generic types TypeScript itself provides that the rendering uses
BUILTIN_TYPES = {"Record"}


def validate(code: str, context: TypesContext) -> list[Finding]:
    tree = parse(code, "typescript")
    problems = syntax_problems(tree)
    if problems:
        return [Finding("error", "the types file does not parse: " + problems[0].describe())]
    declared = {
        text_of(node.child_by_field_name("name"))
        for node in walk(tree.root_node)
        if node.type in ("interface_declaration", "type_alias_declaration", "class_declaration", "enum_declaration")
    }
    used = {text_of(node) for node in walk(tree.root_node) if node.type == "type_identifier"}
    unknown = sorted(used - declared - BUILTIN_TYPES)
    return [Finding("error", f"`{name}` is used but not declared in the types file") for name in unknown]
