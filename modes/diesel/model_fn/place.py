"""Where a generated function goes: over the stub, after the function under the cursor, or
before the impl's closing brace; plus the `use` lines it needs."""

from __future__ import annotations

import re

from ...base import Edit
from ...edits import insert_lines, replace_lines
from ..checks import missing_imports
from ..workspace_index import module_path_of
from .context import FunctionContext


def _enum_imports(code: str, context: FunctionContext) -> list[str]:
    """`use crate::models::enums::Species;` for an enum the code names that the file cannot see."""
    uses = "\n".join(context.rust_file.uses)
    needed = []
    for enum in context.enums:
        if not re.search(rf"\b{enum.name}\b", code) or re.search(rf"\b{enum.name}\b", uses):
            continue
        if any(e.name == enum.name for e in context.rust_file.enums):
            continue
        module = module_path_of(context.request.workspace, context.request.path, enum.name)
        if module:
            needed.append(f"use {module};")
    return needed


def _import_edit(code: str, context: FunctionContext) -> Edit | None:
    needed = missing_imports(context.rust_file.uses, code, context.schema) + _enum_imports(code, context)
    if not needed:
        return None
    lines = context.lines
    last_use = max((n for n, line in enumerate(lines) if line.startswith("use ")), default=None)
    if last_use is not None:
        # Multi-line `use` items end at their `;`.
        while not lines[last_use].rstrip().endswith(";") and last_use + 1 < len(lines):
            last_use += 1
        return insert_lines(last_use + 1, "\n".join(needed))
    return insert_lines(0, "\n".join(needed) + "\n")


def _function_edit(code: str, context: FunctionContext) -> Edit:
    lines = context.lines
    if context.replace is not None:
        first, last = context.replace
        return replace_lines(first, last, code, lines)
    line = context.insert_before
    closing = lines[line] if line < len(lines) else ""
    brace = closing.rfind("}")
    if line == context.impl.close_line and closing[:brace].strip():
        # `impl X {}` on one line: open it up around the new function.
        return Edit(line, brace, line, brace, "\n" + code + "\n")
    previous = lines[line - 1].strip() if line > 0 else ""
    spacer = "\n" if previous and not previous.endswith("{") else ""
    after = lines[line].strip() if line < len(lines) else ""
    trailer = "\n" if after and after != "}" else ""
    return insert_lines(line, spacer + code + trailer)


def place(code: str, context: FunctionContext) -> list[Edit]:
    # Imports first: an insert at the same line as the function must come out above it.
    imports = _import_edit(code, context)
    return ([imports] if imports is not None else []) + [_function_edit(code, context)]
