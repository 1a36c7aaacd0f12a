"""Deterministic upkeep of schema.rs around a new or changed table: joins and the same-query list."""

from __future__ import annotations

from ..naming import plural
from ..tables import Schema, Table, parse_schema


def parents_of(table: Table, schema: Schema) -> list[tuple[str, str]]:
    """(parent table, foreign key) for each `<singular>_id` column whose table exists."""
    found = []
    for column in table.columns:
        if column.name.endswith("_id") and column.sql_type in ("Integer", "BigInt"):
            stem = column.name[: -len("_id")]
            # A table pluralised with a plain `s` (`categorys`) still counts as the parent.
            candidates = dict.fromkeys([plural(stem), stem + "s"])
            parent = next((p for p in candidates if p in schema.tables and p != table.name), None)
            if parent:
                found.append((parent, column.name))
    return found


def with_block(text: str, block: str, schema: Schema, existing: Table | None) -> str:
    encoded = text.encode("utf-8")
    if existing is not None:
        return (encoded[: existing.start_byte].decode() + block + encoded[existing.end_byte :].decode())
    if schema.tables:
        end = max(t.end_byte for t in schema.tables.values())
        return encoded[:end].decode() + "\n\n" + block + encoded[end:].decode()
    return text.rstrip() + ("\n\n" if text.strip() else "") + block + "\n"


def with_upkeep(text: str, table_name: str) -> str:
    """Add missing `joinable!` lines for the table and list every table in the same-query macro."""
    schema = parse_schema(text)
    table = schema.table(table_name)
    lines = text.rstrip("\n").split("\n")
    joins = {(c, p) for c, p, _ in schema.joins}
    new_joins = [
        f"diesel::joinable!({table_name} -> {parent} ({key}));"
        for parent, key in parents_of(table, schema)
        if (table_name, parent) not in joins
    ] if table else []
    macro_start = next((n for n, l in enumerate(lines) if "allow_tables_to_appear_in_same_query!" in l), None)
    if macro_start is not None:
        macro_end = next(n for n in range(macro_start, len(lines)) if ");" in lines[n])
        del lines[macro_start : macro_end + 1]
        while macro_start > 0 and macro_start <= len(lines) and not lines[macro_start - 1].strip():
            del lines[macro_start - 1]
            macro_start -= 1
    last_join = max((n for n, l in enumerate(lines) if "joinable!" in l), default=None)
    if new_joins:
        at = last_join + 1 if last_join is not None else len(lines)
        lines[at:at] = ([""] if last_join is None else []) + new_joins
    names = sorted(schema.tables)
    if len(names) > 1:
        lines += ["", "diesel::allow_tables_to_appear_in_same_query!(", *(f"    {n}," for n in names), ");"]
    return "\n".join(lines) + "\n"
