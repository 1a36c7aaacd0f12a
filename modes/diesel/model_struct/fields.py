"""The field each column becomes in each kind of struct: the single source for prompt, grammar and checks."""

from __future__ import annotations

from ..tables import Column, Table


def field_type(column: Column, kind: str) -> str:
    return f"Option<{column.rust_type}>" if kind == "changeset" else column.rust_type


def allowed_columns(table: Table, kind: str) -> list[Column]:
    """Columns a struct of this kind may hold: an insert or changeset never sets an integer key."""
    if kind == "read":
        return list(table.columns)
    keys = set(table.primary_key)
    return [c for c in table.columns if not (c.name in keys and c.sql_type == "Integer")]
