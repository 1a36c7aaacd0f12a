"""The handler goes at the cursor (or after the item there); the `use` lines it needs are merged
into the file's own."""

from __future__ import annotations

import re

from ...base import Edit
from ...edits import insert_lines
from ..imports import import_edits, use_paths
from .context import HandlerContext, model_import


def needed_imports(code: str, context: HandlerContext) -> list[str]:
    """Every path the handler names that the file must bring into scope."""
    wanted = [f"actix_web::{name}" for name in (context.method, "web", "HttpResponse") if re.search(rf"\b{name}\b", code)]
    for kind in (context.pool, context.error):
        if kind.module != context.module:
            wanted.append("::".join(filter(None, ["crate", kind.module, kind.name])))
    borrowed = _model_file_imports(context)
    for name in sorted(set(re.findall(r"\b[A-Z]\w*\b", code))):
        path = model_import(context, name) or borrowed.get(name)
        if path is not None:
            wanted.append(path)
    if re.search(rf"\b{context.table.name}::table\b", code):
        wanted += ["diesel::prelude::*", f"crate::schema::{context.table.name}"]
    if "Deserialize)]" in code:
        wanted.append("serde::Deserialize")
    return wanted


def _model_file_imports(context: HandlerContext) -> dict[str, str]:
    """What the model's own files import, by name: a type in a function's signature (a
    `NaiveDateTime` parameter) comes into the handler's file the same way."""
    found = {}
    for parsed in context.crate.files.values():
        if parsed.struct(context.model.name) or any(i.type_name == context.model.name for i in parsed.impls):
            for use in parsed.uses:
                found.update({path.rpartition("::")[2]: path for path in use_paths(use) if not path.endswith("*")})
    return found


def place(code: str, context: HandlerContext) -> list[Edit]:
    lines = context.request.text.split("\n")
    line = min(context.insert_before, len(lines))
    before = "\n" if line > 0 and lines[line - 1].strip() else ""
    after = "\n" if line < len(lines) and lines[line].strip() else ""
    edits = import_edits(context.request.text, needed_imports(code, context))
    # Imports first: when they are added at the same line, they must come out above the handler.
    return edits + [insert_lines(line, before + code + after)]
