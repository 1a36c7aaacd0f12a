"""A new struct goes at the cursor (or after the item there); an updated one replaces the old."""

from __future__ import annotations

import re

from ...base import Edit
from ...edits import insert_lines, replace_lines
from ..checks import missing_imports
from ..workspace_index import module_path_of
from .context import StructContext


def _imports(code: str, context: StructContext) -> list[str]:
    needed = missing_imports(context.rust_file.uses, code, context.schema, (context.table.name,))
    uses = "\n".join(context.rust_file.uses)
    serde = [d for d in ("Serialize", "Deserialize") if re.search(rf"\b{d}\b", code) and not re.search(rf"\b{d}\b", uses)]
    if serde:
        needed.append(f"use serde::{serde[0]};" if len(serde) == 1 else "use serde::{Deserialize, Serialize};")
    # `belongs_to(Owner)` needs `Owner` in scope when it lives in another file.
    for parent in re.findall(r"belongs_to\((\w+)\)", code):
        if context.rust_file.struct(parent) is None and not re.search(rf"\b{parent}\b", uses):
            module = module_path_of(context.request.workspace, context.request.path, parent)
            if module:
                needed.append(f"use {module};")
    return needed


def place(code: str, context: StructContext) -> list[Edit]:
    lines = context.lines
    if context.existing is not None:
        text = context.request.text
        first = text.encode("utf-8")[: context.existing.start_byte].decode("utf-8").count("\n")
        last = text.encode("utf-8")[: context.existing.end_byte].decode("utf-8").count("\n")
        edits = [replace_lines(first, last, code, lines)]
    else:
        line = min(context.insert_before, len(lines))
        previous = lines[line - 1].strip() if line > 0 else ""
        spacer = "\n" if previous else ""
        following = lines[line].strip() if line < len(lines) else ""
        edits = [insert_lines(line, spacer + code + ("\n" if following else ""))]
    needed = _imports(code, context)
    if needed:
        # Imports first: an insert at the same line as the struct must come out above it.
        last_use = max((n for n, l in enumerate(lines) if l.startswith("use ")), default=None)
        edits.insert(0, insert_lines(last_use + 1 if last_use is not None else 0, "\n".join(needed)))
    return edits
