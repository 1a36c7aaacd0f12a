"""Import statements of a TypeScript module: read, and merged with the ones generated code needs.

A name is written as in a specifier: `For`, or `type Pet` for a type-only one. A module already
imported gains the names it lacks in its own statement; a new module gets a line after the last
import. Namespace imports (`import * as x`) are never merged into.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base import Edit
from ..edits import insert_lines, replace_lines
from ..syntax import parse, text_of, walk


@dataclass
class Import:
    module: str
    default: str | None = None
    names: list[str] = field(default_factory=list)
    namespace: bool = False
    #: 0-based lines of the statement in its file
    first_line: int = 0
    last_line: int = 0


def _symbol(name: str) -> str:
    return name.removeprefix("type ").strip()


def read_imports(text: str) -> list[Import]:
    found = []
    for node in parse(text, "tsx").root_node.named_children:
        if node.type != "import_statement":
            continue
        type_only = any(child.type == "type" for child in node.children)
        clause = next((c for c in node.named_children if c.type == "import_clause"), None)
        statement = Import(module=text_of(node.child_by_field_name("source")).strip("\"'"), first_line=node.start_point[0], last_line=node.end_point[0])
        for part in clause.named_children if clause is not None else []:
            if part.type == "identifier":
                statement.default = text_of(part)
            elif part.type == "namespace_import":
                statement.namespace = True
            elif part.type == "named_imports":
                names = [text_of(s) for s in walk(part) if s.type == "import_specifier"]
                statement.names = [f"type {n}" if type_only else n for n in names]
        found.append(statement)
    return found


def render_import(statement: Import) -> str:
    if statement.names and not statement.default and all(n.startswith("type ") for n in statement.names):
        return f'import type {{ {", ".join(_symbol(n) for n in statement.names)} }} from "{statement.module}";'
    parts = ([statement.default] if statement.default else []) + (["{ " + ", ".join(statement.names) + " }"] if statement.names else [])
    return f'import {", ".join(parts)} from "{statement.module}";'


def _merged(existing: Import, wanted: Import) -> Import | None:
    """`existing` with what `wanted` adds, or None when it already has everything."""
    names = list(existing.names)
    for name in wanted.names:
        have = next((i for i, n in enumerate(names) if _symbol(n) == _symbol(name)), None)
        if have is None:
            names.append(name)
        elif names[have].startswith("type ") and not name.startswith("type "):
            names[have] = name  # a value use needs more than a type-only import
    default = existing.default or wanted.default
    if names == existing.names and default == existing.default:
        return None
    return Import(existing.module, default, sorted(names, key=lambda n: _symbol(n).lower()), False, existing.first_line, existing.last_line)


def import_edits(text: str, wanted: list[Import]) -> list[Edit]:
    """The edits that give `text` every import of `wanted`, touching only what must change."""
    lines = text.split("\n")
    present = read_imports(text)
    edits, new_lines = [], []
    for statement in wanted:
        existing = next((p for p in present if p.module == statement.module and not p.namespace), None)
        if existing is None:
            new_lines.append(render_import(statement))
            continue
        merged = _merged(existing, statement)
        if merged is not None:
            edits.append(replace_lines(existing.first_line, existing.last_line, render_import(merged), lines))
    if new_lines:
        after = max((p.last_line + 1 for p in present), default=0)
        edits.insert(0, insert_lines(after, "\n".join(new_lines)))
    return edits
