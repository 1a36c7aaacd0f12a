"""The prompt ends at `pub struct Name {`; the grammar admits only real columns, in schema order."""

from __future__ import annotations

import json

from ...base import Pattern, Prompt
from .context import StructContext
from .fields import allowed_columns, field_type

HEADER = "// Diesel 2 model structs for SQLite: each field is a column of the table, with its Rust type.\n\n"
LABELS = {"read": "read model", "insert": "insert model", "changeset": "changeset model"}


def build_grammar(context: StructContext) -> str:
    # Schema order, each column once. Queryable maps fields by position, so a read struct holds
    # them all, and a changeset offers every updatable column; an insert may leave out only
    # nullable columns and those the migrations give a default.
    items = []
    for column in allowed_columns(context.table, context.kind):
        line = json.dumps(f"    pub {column.name}: {field_type(column, context.kind)},\n")
        optional = context.kind == "insert" and column.name not in context.required
        items.append(f"{line}?" if optional else line)
    return f'root ::= {" ".join(items)} "}}"'


def build_prompt(context: StructContext, patterns: list[Pattern]) -> Prompt:
    prefix = HEADER + "\n".join(p.text for p in patterns) + "\n"
    file = context.request.path.name
    text = f"// schema.rs\n{context.table.source}\n\n// models/{file}: {LABELS[context.kind]}\n"
    prefill = "\n".join(context.attributes) + f"\npub struct {context.name} {{\n"
    return Prompt(prefix=prefix, context=text, prefill=prefill, grammar=build_grammar(context))
