"""A llama.cpp GBNF grammar for the body of a function whose signature is known.

It admits only Diesel query chains over the model's table, real columns, and for each column only
values of its type: the function's parameters (an enum parameter as `.as_str()`), booleans for a
Bool column, enum variants for an enum column. The tiny model still chooses the filters, order and
limits; it just cannot write a query that names a missing column or compares the wrong type.
"""

from __future__ import annotations

import json

from ..tables import Column, normalize_rust_type
from .context import FunctionContext
from .signature import enum_for_column


def _literal(text: str) -> str:
    return json.dumps(text)


def _alternatives(options: list[str]) -> str:
    return " | ".join(_literal(o) for o in options)


def _plain(written: str) -> str:
    compact = normalize_rust_type(written).lstrip("&")
    return "String" if compact == "str" else compact


def _values_for(column: Column, context: FunctionContext) -> list[str]:
    enum = enum_for_column(column, context.struct, context.enums)
    base = normalize_rust_type(Column(column.name, column.sql_type, False).rust_type)
    values = []
    for name, written in context.signature.params:
        plain = _plain(written)
        if enum is not None and plain == enum.name:
            values.append(f"{name}.as_str()")
        elif plain == base and enum is None:
            values.append(name)
    if enum is not None and not values:
        # Literal variants only where no parameter carries the value: `list_by_status(status)`
        # must compare with `status`, not with a variant the model happens to like.
        values += [f"{enum.name}::{variant}.as_str()" for variant in enum.variants]
    if column.sql_type == "Bool":
        values += ["true", "false"]
    return values


def build_grammar(context: FunctionContext) -> str | None:
    signature = context.signature
    if signature is None:
        return None
    table = context.table.name
    model = context.struct.name
    body = context.indent + "    "
    chained = "\n" + context.indent + "        "
    rules: dict[str, str] = {}

    comparisons, assignments = [], []
    for index, column in enumerate(context.table.columns):
        path = f"{table}::{column.name}"
        values = _values_for(column, context)
        forms = []
        if values:
            rules[f"v{index}"] = _alternatives(values)
            forms.append(f'"{path}." op "(" v{index} ")"')
            assignments.append(f'"{path}.eq(" v{index} ")"')
        if column.nullable:
            forms.append(_literal(f"{path}.is_null()"))
            forms.append(_literal(f"{path}.is_not_null()"))
        text_params = [n for n, w in signature.params if _plain(w) == "String"]
        if column.sql_type == "Text" and text_params and enum_for_column(column, context.struct, context.enums) is None:
            forms += [_literal(f'{path}.like(format!("%{{}}%", {p}))') for p in text_params]
        if forms:
            comparisons.append(" | ".join(forms))
    rules["cmp"] = " | ".join(f"( {c} )" for c in comparisons) or '"false"'
    rules["op"] = _alternatives(["eq", "ne", "gt", "lt", "ge", "le"])
    rules["filter"] = f'{_literal(chained + ".filter(")} cmp ")"'
    rules["inlinefilter"] = '".filter(" cmp ")"'
    columns = " | ".join(_literal(f"{table}::{c.name}") for c in context.table.columns)
    rules["order"] = f'{_literal(chained + ".order(")} ( {columns} ) ( ".asc()" | ".desc()" ) ")"'
    int_params = [n for n, w in signature.params if _plain(w) in ("i64", "i32")]
    limit_values = " | ".join([*(_literal(p) for p in int_params), '[1-9] [0-9]?'])
    rules["limit"] = f'{_literal(chained + ".limit(")} ( {limit_values} ) ")"'
    select = _literal(f"{chained}.select({model}::as_select())")
    key = context.table.primary_key[0] if context.table.primary_key else "id"
    key_param = next((n for n, _ in signature.params if n == key), None)
    start = _literal(f"{body}{table}::table")
    # Filters compare with the parameters: none without parameters, at least one with them.
    filters = "filter filter?" if signature.params else ""

    shapes = {
        "option": f'{start} filter filter? order? {select} {_literal(chained + ".first(conn)" + chained + ".optional()")}',
        "one": f'{start} {_literal(f"{chained}.find({key_param})")} {select} {_literal(chained + ".first(conn)")}'
        if key_param
        else None,
        "vec": f'{start} {filters} order? limit? {select} {_literal(chained + ".load(conn)")}',
        "count": f'{start} {filters} {_literal(chained + ".count()" + chained + ".get_result(conn)")}',
        "exists": f'{_literal(f"{body}diesel::select(diesel::dsl::exists({table}::table")} inlinefilter inlinefilter? '
        f'{_literal("))" + chained + ".get_result(conn)")}',
        "delete": f'{_literal(f"{body}diesel::delete({table}::table")} ( {_literal(f".find({key_param})")} | inlinefilter ) '
        f'{_literal(").execute(conn)")}'
        if key_param
        else None,
        "update": f'{_literal(f"{body}diesel::update({table}::table.find({key_param}))" + chained + ".set(")} '
        f'( assign | "(" assign ( ", " assign )+ ")" ) {_literal(")" + chained + ".execute(conn)")}'
        if key_param and assignments
        else None,
        "create": _literal(
            f"{body}diesel::insert_into({table}::table){chained}.values({signature.params[0][0]})"
            f"{chained}.returning({model}::as_returning()){chained}.get_result(conn)"
        )
        if signature.params
        else None,
    }
    shape = shapes.get(signature.kind)
    if shape is None:
        return None
    if assignments:
        rules["assign"] = " | ".join(f"( {a} )" for a in assignments)
    rules["root"] = f'{shape} {_literal(chr(10) + context.indent + "}")}'
    return "\n".join(f"{name} ::= {rule}" for name, rule in reversed(list(rules.items())))
