"""The handler goes at the cursor (or after the item there); the `use` lines it needs are merged
into the file's own."""

from __future__ import annotations

import re

from ...base import Edit
from ...edits import insert_lines
from ..imports import import_edits, use_paths
from .context import HandlerContext, model_import
from .derive import registration, schema_module, table_name_taken


def needed_imports(code: str, context: HandlerContext) -> list[str]:
    """Every path the handler names that the file must bring into scope."""
    wanted = [f"actix_web::{context.method}"] if f"#[{context.method}(" in code else []
    wanted += [f"actix_web::{name}" for name in ("web", "HttpResponse", "Responder") if re.search(rf"\b{name}\b", code)]
    state, error = context.conventions.state, context.conventions.error
    for name, module in ((state.declared, state.module), (error.name, error.module) if error else (None, None)):
        if module is not None and module != context.module:
            wanted.append("::".join(filter(None, ["crate", module, name])))
    if state.shared:
        wanted.append("std::sync::Arc")
    borrowed = _model_file_imports(context) | _state_imports(context)
    # a name written after `::` is reached through its path (`std::error::Error`), not imported
    for name in sorted(set(re.findall(r"(?<!::)\b[A-Z]\w*\b", code))):
        path = model_import(context, name) or borrowed.get(name)
        if path is not None:
            wanted.append(path)
    if re.search(rf"\b{context.table.name}::table\b|table_name = {context.table.name}\b", code):
        wanted.append("diesel::prelude::*")
        if not table_name_taken(context):
            wanted.append(f"{schema_module(context)}::{context.table.name}")
    function = context.function
    if function is not None and function.module and function.module != context.module:
        wanted.append(f"crate::{function.module}")
    if ".optional()" in code and "diesel::prelude::*" not in wanted:
        wanted.append("diesel::OptionalExtension")
    if "StatusCode::" in code:
        wanted.append("actix_web::http::StatusCode")
    helper = context.conventions.answer_helper
    if helper is not None and re.search(rf"\b{helper[0].rsplit('::', 1)[-1]}\(", code) and helper[0].rsplit("::", 1)[0] != f"crate::{context.module}":
        wanted.append(helper[0])
    if "Deserialize)]" in code:
        wanted.append("serde::Deserialize")
    if re.search(r"derive\([^)]*\bSerialize\b", code):
        wanted.append("serde::Serialize")
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


def _state_imports(context: HandlerContext) -> dict[str, str]:
    """What the files whose handlers take the same state import, by name: a state written in full
    (`web::Data<Pool<ConnectionManager<SqliteConnection>>>`) needs their `use` lines."""
    if context.conventions.state.module is not None:
        return {}
    found = {}
    for parsed in context.crate.files.values():
        if context.conventions.state.extractor in parsed.text.replace(" ", ""):
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
    edits.append(insert_lines(line, before + code + after))
    if context.registration is not None:
        at_line, at_character, before, after = context.registration
        edits.append(Edit(at_line, at_character, at_line, at_character, before + registration(context) + after))
    return edits
