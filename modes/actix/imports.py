"""`use` lines a generated item needs: merged into the file's own `use` of that module when it
has a one-line one (`use actix_web::{get, web, HttpResponse};` gains `delete`), else added after
the last `use`."""

from __future__ import annotations

import re

from ..base import Edit
from ..edits import insert_lines, replace_lines
from ..syntax import parse, text_of

_GROUPED = re.compile(r"^use\s+([\w:]+?)::\{([^{}]*)\};\s*$")
_SINGLE = re.compile(r"^use\s+([\w:]+)::(\w+|\*);\s*$")


def _rustfmt_order(name: str) -> tuple:
    # rustfmt lists `self`, then lowercase names (modules, macros), then types
    return (name != "self", name[:1].isupper(), name)


def _top_level_uses(text: str) -> list[tuple[int, str]]:
    """(0-based line, text) of each `use` at the top of the file, one line each or not."""
    return [(node.start_point[0], text_of(node)) for node in parse(text).root_node.children if node.type == "use_declaration"]


def imported(uses: list[str], path: str) -> bool:
    """Whether `path` (`crate::db::DbPool`, `diesel::prelude::*`) is already in scope by a use."""
    module, _, name = path.rpartition("::")
    joined = "\n".join(uses)
    if name == "*":
        return re.search(rf"\b{re.escape(module)}::\*", joined) is not None
    if re.search(rf"\b{re.escape(module)}::\*", joined):
        return True
    # the name imported from anywhere is in scope: another import of it would clash
    return re.search(rf"(::|\{{|,)\s*{re.escape(name)}\s*(;|,|\}}|\s+as\b)", joined) is not None


def import_edits(text: str, paths: list[str]) -> list[Edit]:
    """The edits that bring `paths` into scope in `text`, each module once."""
    uses = _top_level_uses(text)
    missing: dict[str, list[str]] = {}
    for path in dict.fromkeys(paths):
        if not imported([u for _, u in uses], path):
            module, _, name = path.rpartition("::")
            missing.setdefault(module, []).append(name)
    lines = text.split("\n")
    edits, added = [], []
    for module, names in missing.items():
        line = next((n for n, use in uses if _module_of(use) == module and "\n" not in use), None)
        if line is None:
            added.append(_use_line(module, names))
            continue
        merged = sorted(set(_names_of(lines[line]) + names), key=_rustfmt_order)
        edits.append(replace_lines(line, line, _use_line(module, merged), lines))
    if added:
        after = max((n for n, use in uses), default=-1) + 1
        edits.insert(0, insert_lines(after, "\n".join(sorted(added))))
    return edits


def _module_of(use: str) -> str | None:
    match = _GROUPED.match(use) or _SINGLE.match(use)
    return match.group(1) if match else None


def _names_of(use: str) -> list[str]:
    grouped = _GROUPED.match(use.strip())
    if grouped:
        return [name.strip() for name in grouped.group(2).split(",") if name.strip()]
    return [_SINGLE.match(use.strip()).group(2)]


def _use_line(module: str, names: list[str]) -> str:
    names = sorted(names, key=_rustfmt_order)
    return f"use {module}::{names[0]};" if len(names) == 1 else f"use {module}::{{{', '.join(names)}}};"


def use_paths(use: str) -> list[str]:
    """The paths one `use` declaration brings in: `use a::{b, c::D};` -> [a::b, a::c::D]."""
    body = re.sub(r"\s+", "", use).removeprefix("pub").removeprefix("use").rstrip(";")
    if "{" not in body:
        return [body]
    module, _, inner = body.partition("::{")
    return [f"{module}::{name}" if name != "self" else module for name in inner.rstrip("}").split(",") if name]
