"""Checks that hold for any Diesel code: real tables and columns, known types, imports."""

from __future__ import annotations

import re

from ..base import Finding
from ..syntax import Node, text_of, walk
from .tables import Schema

#: Path segments after a table name that are not columns.
_TABLE_ITEMS = {"table", "dsl", "all_columns", "star", "columns", "primary_key", "SqlType"}

#: Types a model function may name without them being defined in the workspace.
KNOWN_TYPES = {
    "QueryResult", "Result", "Option", "Vec", "String", "str", "bool", "Self", "Box",
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize", "isize", "f32", "f64",
    "NaiveDateTime", "NaiveDate", "NaiveTime", "DateTime", "Utc", "Local", "Uuid", "BigDecimal",
    "SqliteConnection", "PgConnection", "MysqlConnection", "Connection", "PooledConnection",
    "ConnectionManager", "Error", "Value", "Sqlite", "Pool", "DbConnection", "DbPool", "Conn",
}


def table_column_findings(node: Node, schema: Schema) -> list[Finding]:
    """Every `table::column` path names a table of schema.rs and one of its columns."""
    findings = []
    seen = set()
    for child in walk(node):
        if child.type != "scoped_identifier":
            continue
        parts = text_of(child).replace(" ", "").split("::")
        if len(parts) < 2 or child.parent is not None and child.parent.type == "scoped_identifier":
            continue
        parts = [p.removeprefix("r#") for p in parts if p not in ("crate", "schema", "self", "super")]
        if len(parts) < 2:
            continue
        table_name, item = parts[0], parts[-1]
        if len(parts) == 3 and parts[1] == "dsl":
            item = parts[2]
        table = schema.table(table_name)
        key = (table_name, item)
        if key in seen:
            continue
        seen.add(key)
        if table is None:
            # Only `x::table` surely means a table; `x::y` may be any module path.
            if item == "table":
                tables = ", ".join(sorted(schema.tables))
                findings.append(
                    Finding("error", f"table `{table_name}` is not in schema.rs (tables: {tables})", hint=f"the tables are {tables}")
                )
            continue
        if item not in _TABLE_ITEMS and table.column(item) is None:
            findings.append(
                Finding(
                    "error",
                    f"`{table_name}::{item}` is not a column of `{table_name}` (columns: {', '.join(table.column_names)})",
                    hint=f"{table_name} has only these columns: {', '.join(table.column_names)}",
                )
            )
    return findings


def type_names(node: Node | None) -> set[str]:
    if node is None:
        return set()
    return {text_of(n) for n in walk(node) if n.type == "type_identifier"}


def unknown_type_findings(names: set[str], known: set[str], where: str) -> list[Finding]:
    return [
        Finding("error", f"{where} names the type `{name}`, which is not defined here", hint=f"there is no type {name}")
        for name in sorted(names - known - KNOWN_TYPES)
    ]


def tables_referenced(code: str, schema: Schema) -> list[str]:
    found = re.findall(r"\b(\w+)::", code)
    return sorted({name for name in found if name in schema.tables})


def missing_imports(existing_uses: list[str], code: str, schema: Schema, tables: tuple[str, ...] = ()) -> list[str]:
    """`use` lines the file needs for `code` (and for `tables` it names otherwise) and lacks."""
    joined = "\n".join(existing_uses)
    needed = []
    if "diesel::prelude::*" not in joined:
        needed.append("use diesel::prelude::*;")
    schema_glob = re.search(r"schema::\*", joined)
    for table in dict.fromkeys([*tables, *tables_referenced(code, schema)]):
        imported = re.search(rf"schema::(?:\{{[^}}]*\b{table}\b[^}}]*\}}|{table}\b)", joined)
        if not imported and not schema_glob:
            needed.append(f"use crate::schema::{table};")
    chrono = [t for t in ("NaiveDateTime", "NaiveDate", "NaiveTime", "Utc") if re.search(rf"\b{t}\b", code)]
    missing_chrono = [t for t in chrono if not re.search(rf"\b{t}\b", joined) and "chrono::*" not in joined]
    if missing_chrono:
        items = missing_chrono[0] if len(missing_chrono) == 1 else "{" + ", ".join(missing_chrono) + "}"
        needed.append(f"use chrono::{items};")
    return needed
