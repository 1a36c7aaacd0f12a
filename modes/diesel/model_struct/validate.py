"""Deterministic checks of one model struct against its table."""

from __future__ import annotations

from ...base import Finding
from ...edits import apply_edits
from ...syntax import parse, syntax_problems, text_of, walk
from ..tables import normalize_rust_type
from .context import StructContext
from .fields import allowed_columns, field_type
from .place import place


def validate(code: str, context: StructContext) -> list[Finding]:
    placed = apply_edits(context.request.text, place(code, context))
    start = placed.find(code.strip())
    if start < 0:
        return [Finding("error", "the struct could not be placed in the file")]
    start_byte = len(placed[:start].encode("utf-8"))
    tree = parse(placed)
    problems = syntax_problems(tree, start_byte, start_byte + len(code.strip().encode("utf-8")))
    if problems:
        return [Finding("error", "the struct does not parse: " + problems[0].describe())]
    struct = next((n for n in walk(tree.root_node) if n.type == "struct_item" and n.start_byte >= start_byte), None)
    if struct is None:
        return [Finding("error", "the answer is not a struct")]
    findings = []
    name = text_of(struct.child_by_field_name("name"))
    if name != context.name:
        findings.append(Finding("error", f"the struct is named `{name}`, not `{context.name}`"))
    allowed = {c.name: c for c in allowed_columns(context.table, context.kind)}
    fields = []
    body = struct.child_by_field_name("body")
    for field in body.named_children if body else []:
        if field.type != "field_declaration":
            continue
        field_name = text_of(field.child_by_field_name("name"))
        written = normalize_rust_type(text_of(field.child_by_field_name("type")))
        fields.append(field_name)
        column = allowed.get(field_name)
        if column is None:
            findings.append(
                Finding("error", f"`{field_name}` is not a column {context.kind} structs of `{context.table.name}` may hold")
            )
            continue
        expected = normalize_rust_type(field_type(column, context.kind))
        text_ok = context.kind == "insert" and column.sql_type == "Text" and written in ("&str", "&'astr")
        if written != expected and not text_ok:
            findings.append(Finding("error", f"`{field_name}` is {written}, but `{context.table.name}.{field_name}` needs {expected}"))
    if len(set(fields)) != len(fields):
        findings.append(Finding("error", "a column appears twice"))
    if context.kind == "read" and fields != [c.name for c in context.table.columns]:
        findings.append(
            Finding(
                "error",
                "a Queryable struct needs every column, in schema order: " + ", ".join(context.table.column_names),
            )
        )
    if context.kind == "insert":
        required = [c for c in context.required if c not in fields]
        if required:
            findings.append(Finding("error", f"an insert must set {', '.join(sorted(required))}: NOT NULL without a default"))
        missing = [c.name for c in allowed.values() if not c.nullable and c.name not in fields and c.name not in context.required]
        if missing:
            findings.append(Finding("warning", f"not set on insert (they need database defaults): {', '.join(missing)}"))
    if not fields:
        findings.append(Finding("error", "the struct has no fields"))
    return findings
