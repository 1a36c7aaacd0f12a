"""What `diesel.schema` needs: schema.rs, the table to write and what it should hold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...base import ModeError, NeedsInput, Request
from ..tables import Schema, Table, parse_schema
from .description import PlannedColumn, plan_columns


@dataclass
class SchemaContext:
    request: Request
    schema: Schema
    table: str
    description: str
    #: the block being replaced, when the table exists already
    existing: Table | None
    #: the columns the description lists, read in code (empty when it does not list them)
    planned: list[PlannedColumn]


def build_context(request: Request) -> SchemaContext:
    if request.path.name != "schema.rs" and "table!" not in request.text:
        raise ModeError("run the schema mode in schema.rs")
    table = (request.args.get("table") or "").strip()
    if not table:
        raise NeedsInput("table", "Name of the table (snake_case plural, e.g. staff_members)")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", table):
        raise ModeError(f"`{table}` is not a table name (use snake_case, e.g. staff_members)")
    description = " ".join((request.args.get("description") or "").split())
    if not description:
        raise NeedsInput("description", f"What should `{table}` hold? (e.g. a name, an optional phone, when it was created)")
    schema = parse_schema(request.text, str(request.path))
    planned = plan_columns(description, set(schema.tables) - {table})
    return SchemaContext(request, schema, table, description, schema.table(table), planned)
