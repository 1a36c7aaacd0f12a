"""A llama.cpp GBNF grammar for a model function, built from schema.rs.

It admits only Diesel query chains over the model's table, real columns, and for each column only
values of its type: the function's parameters (an enum parameter as `.as_str()`), booleans for a
Bool column, enum variants for an enum column. When the signature is settled, only the body is
generated; otherwise parameters are named after columns with their types, and the return type
the model picks fixes the shape of the body. The tiny model still chooses the filters, order and
limits; it just cannot write a query that names a missing column or compares the wrong type.
"""

from __future__ import annotations

import json

from ..tables import Column, normalize_rust_type
from .context import FunctionContext
from .intent import param_of
from .signature import enum_for_column, param_type, sum_type, value_type


def _literal(text: str) -> str:
    return json.dumps(text)


def _alternatives(options: list[str]) -> str:
    return " | ".join(_literal(o) for o in options)


def _column_param_type(column: Column, context: FunctionContext) -> str:
    return param_type(column, context.struct, context.enums)


def _values_for(column: Column, context: FunctionContext, params: list[tuple[str, str]]) -> list[str]:
    enum = enum_for_column(column, context.struct, context.enums)
    base = normalize_rust_type(Column(column.name, column.sql_type, False).rust_type)
    values = []
    for name, written in params:
        plain = value_type(written)
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


def _parameter_rules(context: FunctionContext, params: list[tuple[str, str]], skip: str | None, rules: dict[str, str]):
    """One comparison rule and one assignment rule per parameter, each over the columns its type fits."""
    table = context.table.name
    comparisons, assignments = [], []
    for index, (name, written) in enumerate(params):
        if name == skip:
            continue
        compare, assign = [], []
        for column in context.table.columns:
            values = [v for v in _values_for(column, context, [(name, written)]) if v.split(".")[0] == name]
            path = f"{table}::{column.name}"
            if values:
                compare.append(f'"{path}." op "(" ( {_alternatives(values)} ) ")"')
                assign.append(f'"{path}.eq(" ( {_alternatives(values)} ) ")"')
            if value_type(written) == "String" and column.sql_type == "Text" and enum_for_column(column, context.struct, context.enums) is None:
                compare.append(_literal(f'{path}.like(format!("%{{}}%", {name}))'))
        if compare:
            rules[f"p{index}"] = " | ".join(f"( {c} )" for c in compare)
            comparisons.append(f"p{index}")
        if assign:
            rules[f"a{index}"] = " | ".join(f"( {a} )" for a in assign)
            assignments.append(f"a{index}")
    return comparisons, assignments


def _free_params(context: FunctionContext) -> list[tuple[str, str]]:
    """Parameters a function without a settled signature may declare: one per column, plus a limit."""
    return [(c.name, _column_param_type(c, context)) for c in context.table.columns] + [("limit", "i64")]


def _body_shapes(context: FunctionContext, params: list[tuple[str, str]], rules: dict[str, str], free: bool) -> dict:
    """GBNF for each query shape, keyed by kind; fills `rules` with the shared pieces."""
    table = context.table.name
    model = context.struct.name
    body = context.indent + "    "
    chained = "\n" + context.indent + "        "
    comparisons, assignments = [], []
    for index, column in enumerate(context.table.columns):
        path = f"{table}::{column.name}"
        values = _values_for(column, context, [(column.name, _column_param_type(column, context))] if free else params)
        forms = []
        if values:
            rules[f"v{index}"] = _alternatives(values)
            forms.append(f'"{path}." op "(" v{index} ")"')
            assignments.append(f'"{path}.eq(" v{index} ")"')
        if column.nullable:
            forms += [_literal(f"{path}.is_null()"), _literal(f"{path}.is_not_null()")]
        text_params = [column.name] if free else [n for n, w in params if value_type(w) == "String"]
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
    int_params = ["limit"] if free else [n for n, w in params if value_type(w) in ("i64", "i32")]
    limit_values = " | ".join([*(_literal(p) for p in int_params), "[1-9] [0-9]?"])
    rules["limit"] = f'{_literal(chained + ".limit(")} ( {limit_values} ) ")"'
    if assignments:
        rules["assign"] = " | ".join(f"( {a} )" for a in assignments)
    select = _literal(f"{chained}.select({model}::as_select())")
    key = context.table.primary_key[0] if context.table.primary_key else "id"
    key_param = key if free else next((n for n, _ in params if n == key), None)
    start = _literal(f"{body}{table}::table")
    # Without parameters there is nothing to filter by; with them, the query must use one.
    filters = "filter filter? filter?" if free else ("filter filter?" if params else "")
    optional_filters = "filter? filter?" if free else filters
    insertable = next((s for s in context.companions if "Insertable" in s.derives), None)
    new_param = (params[0][0] if params else None) if not free else (f"new_{table}" if insertable else None)
    set_clause = '( assign | "(" assign ( ", " assign )+ ")" )'
    delete_target = f"( {_literal(f'.find({key_param})')} | inlinefilter )"
    order, limit = "order?", "limit?"
    # "cancel an order unless it has shipped": the update's own conditions guard its target
    guards = "" if free else "".join(f".filter({c.render(table)})" for c in context.intent.conditions)
    if not free:
        # A settled signature's every parameter goes into the query. What the request's words
        # said (intent) is fixed text; a parameter they did not place gets a filter of its own.
        intent = context.intent
        signature_key = key_param if context.signature and context.signature.kind in ("one", "delete", "update") else None
        placed = {param_of(c.value) for c in intent.conditions if c.value} | {param_of(v) for _, v in intent.assignments}
        if intent.limit:
            placed.add(intent.limit)
        loose = [p for p in params if p[0] not in placed]
        used, assigned = _parameter_rules(context, loose, signature_key, rules)
        fixed = [_literal(chained + f".filter({c.render(table)})") for c in intent.conditions]
        loose_filters = [f"{_literal(chained + '.filter(')} {p} \")\"" for p in used]
        if fixed or loose_filters:
            filters = " ".join([*fixed, *loose_filters]) + ("" if fixed else " filter?")
            optional_filters = filters
            rules["inlineparams"] = " ".join(
                [*(_literal(f".filter({c.render(table)})") for c in intent.conditions), *(f'".filter(" {p} ")"' for p in used)]
            )
            if context.signature and context.signature.kind == "delete" and not signature_key:
                delete_target = "inlineparams"
        if intent.order:
            order = _literal(chained + f".order({table}::{intent.order[0]}.{intent.order[1]}())")
        if intent.limit:
            limit = _literal(chained + f".limit({intent.limit})")
        elif not any(value_type(w) in ("i64", "i32") for n, w in loose if n != signature_key):
            limit = ""
        sets = [_literal(f"{table}::{column}.eq({value})") for column, value in intent.assignments] + assigned
        if sets:
            set_clause = sets[0] if len(sets) == 1 else '"(" ' + ' ", " '.join(sets) + ' ")"'
    run = context.style.run_with
    return {
        "option": f"{start} {filters} {order} {select} {_literal(chained + f'.first({run})' + chained + '.optional()')}",
        "one": f"{start} {_literal(f'{chained}.find({key_param})')} {select} {_literal(chained + f'.first({run})')}"
        if key_param
        else None,
        "vec": f"{start} {optional_filters} {order} {limit} {select} {_literal(chained + f'.load({run})')}",
        "count": f"{start} {optional_filters} {_literal(chained + '.count()' + chained + f'.get_result({run})')}",
        "sum": f"{start} {optional_filters} "
        f"{_literal(chained + f'.select(diesel::dsl::sum({table}::{context.intent.total}))' + chained + f'.first({run})')}"
        if context.intent.total
        else None,
        "exists": f"{_literal(f'{body}diesel::select(diesel::dsl::exists({table}::table')} "
        f"{'inlineparams' if 'inlineparams' in rules else 'inlinefilter inlinefilter?'} "
        f"{_literal('))' + chained + f'.get_result({run})')}",
        "delete": f"{_literal(f'{body}diesel::delete({table}::table')} {delete_target} {_literal(f').execute({run})')}"
        if key_param or "inlineparams" in rules
        else None,
        "update": f"{_literal(f'{body}diesel::update({table}::table.find({key_param}){guards})' + chained + '.set(')} "
        f"{set_clause} {_literal(')' + chained + f'.execute({run})')}"
        if key_param and assignments
        else None,
        "create": _literal(
            f"{body}diesel::insert_into({table}::table){chained}.values({new_param})"
            f"{chained}.returning({model}::as_returning()){chained}.get_result({run})"
        )
        if new_param
        else None,
    }


def _free_signature_rules(context: FunctionContext, shapes: dict, rules: dict[str, str]) -> str:
    """Name (when not given), parameters and return type, each return type tied to its shape."""
    model = context.struct.name
    table = context.table.name
    insertable = next((s for s in context.companions if "Insertable" in s.derives), None)
    rules["param"] = " | ".join(_literal(f", {n}: {t}") for n, t in _free_params(context))
    results = {
        "option": f"Option<{model}>", "one": model, "vec": f"Vec<{model}>", "count": "i64",
        "exists": "bool", "delete": "usize", "update": "usize", "create": model,
        "sum": sum_type(context.table, context.intent.total),
    }
    close = _literal("\n" + context.indent + "}")
    key = context.table.column(context.table.primary_key[0]) if context.table.primary_key else None
    # `latest_for_pet` promises a pet: its column's parameter comes first.
    params = {name for name, _ in context.intent.params}
    column = next(
        (context.table.column(c.column) for c in context.intent.conditions if c.op == "eq" and param_of(c.value or "") in params),
        None,
    )
    named = _literal(f", {column.name}: {_column_param_type(column, context)}") if column else ""
    branches = []
    for kind, shape in shapes.items():
        if shape is None or (kind in ("one", "delete", "update") and key is None):
            continue
        if kind == "create":
            lifetime = "<'_>" if "'" in insertable.source else ""
            params = _literal(f", new_{table}: &{insertable.name}{lifetime}")
        elif kind in ("one", "delete", "update"):
            params = _literal(f", {key.name}: {key.rust_type}") + (" param+" if kind == "update" else "")
        else:
            params = f"{named} param*"
        opening = f") -> {context.style.returns(results[kind])} {{\n" + context.style.acquire_lines(context.indent + "    ")
        branches.append(f"{params} {_literal(opening)} {shape} {close}")
    head = "" if context.name else '[a-z] [a-z0-9_]* "(" '
    connection = _literal(context.style.connection_param)
    return head + connection + " ( " + " | ".join(f"( {b} )" for b in branches) + " )"


def build_grammar(context: FunctionContext) -> str | None:
    rules: dict[str, str] = {}
    if context.signature is not None:
        params = list(context.signature.params)
        shape = _body_shapes(context, params, rules, free=False).get(context.signature.kind)
        if shape is None:
            return None
        rules["root"] = f'{shape} {_literal(chr(10) + context.indent + "}")}'
    elif context.prefill.rstrip().endswith(("fn", "(")):
        shapes = _body_shapes(context, [], rules, free=True)
        rules["root"] = _free_signature_rules(context, shapes, rules)
    else:
        return None
    return "\n".join(f"{name} ::= {rule}" for name, rule in reversed(list(rules.items())))
