"""The synced types file must parse and name only types it declares or imports (or TypeScript's
own); the type check then judges the imports."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ...base import Finding
from ...frontend import frontend_root
from ...syntax import parse, syntax_problems, text_of, walk
from .context import TypesContext

#: what the rendering itself uses, when the project's TypeScript is not installed to ask
RENDERING_USES = {"Record"}


@cache
def _global_types(lib_folder: Path) -> frozenset[str]:
    """The types TypeScript declares globally (Omit, Partial, Pick, Record, Date, ...), read from
    the installed compiler's own lib files, so a user's `Omit<Plant, "id">` is known."""
    names: set[str] = set()
    for lib in lib_folder.glob("lib.*.d.ts"):
        names |= set(re.findall(r"^(?:declare\s+)?(?:interface|type|class)\s+(\w+)", lib.read_text(encoding="utf-8", errors="replace"), re.M))
    return frozenset(names)


def builtin_types(context: TypesContext) -> frozenset[str]:
    root = frontend_root(context.request.path, context.request.workspace)
    lib = root / "node_modules" / "typescript" / "lib" if root else None
    return _global_types(lib.resolve()) | RENDERING_USES if lib and lib.is_dir() else frozenset(RENDERING_USES)


def validate(code: str, context: TypesContext) -> list[Finding]:
    tree = parse(code, "typescript")
    problems = syntax_problems(tree)
    if problems:
        return [Finding("error", "the types file does not parse: " + problems[0].describe())]
    declared = {
        text_of(node.child_by_field_name("alias") or node.child_by_field_name("name"))
        for node in walk(tree.root_node)
        if node.type in ("interface_declaration", "type_alias_declaration", "class_declaration", "enum_declaration", "import_specifier")
    }
    used = {text_of(node) for node in walk(tree.root_node) if node.type == "type_identifier"}
    unknown = sorted(used - declared - builtin_types(context))
    return [Finding("error", f"`{name}` is used but not declared in the types file") for name in unknown]
