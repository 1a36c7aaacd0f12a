"""Deterministic checks of one generated model function, placed in its file."""

from __future__ import annotations

import re

from ...base import Finding
from ...edits import apply_edits
from ...syntax import Node, parse, syntax_problems, text_of, walk
from ..checks import table_column_findings, type_names, unknown_type_findings
from ..tables import normalize_rust_type
from ..workspace_index import crate_type_names
from .context import FunctionContext
from .intent import ON_DAY
from .place import place
from .signature import value_type

#: Methods that run a Diesel query with a connection.
RUN_METHODS = {"first", "load", "get_result", "get_results", "execute", "load_iter", "transaction"}
#: Free functions of the `diesel` crate a model function may call.
DIESEL_FUNCTIONS = {"insert_into", "insert_or_ignore_into", "replace_into", "update", "delete", "select", "sql_query"}
COMPARISONS = {"eq", "ne", "gt", "lt", "ge", "le"}


def _param_pairs(function: Node) -> list[tuple[str, str]]:
    """(name, written type) of each parameter, in order, duplicates kept."""
    parameters = function.child_by_field_name("parameters")
    return [
        (text_of(p.child_by_field_name("pattern")), text_of(p.child_by_field_name("type")))
        for p in (parameters.children if parameters else [])
        if p.type == "parameter"
    ]


def _params(function: Node) -> dict[str, str]:
    return dict(_param_pairs(function))


def _method_calls(function: Node):
    """(method name, receiver, argument nodes) of every `receiver.method(args)` call."""
    for node in walk(function):
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if callee is not None and callee.type == "generic_function":  # `.first::<Owner>(conn)`
            callee = callee.child_by_field_name("function")
        if callee is not None and callee.type == "field_expression" and arguments is not None:
            yield text_of(callee.child_by_field_name("field")), callee.child_by_field_name("value"), arguments.named_children


def _diesel_function_findings(function: Node) -> list[Finding]:
    findings = []
    for node in walk(function):
        if node.type == "call_expression":
            callee = text_of(node.child_by_field_name("function")).replace(" ", "")
            if callee.startswith("diesel::") and callee.count("::") == 1:
                name = callee.split("::")[1]
                if name not in DIESEL_FUNCTIONS:
                    known = ", ".join(f"diesel::{f}" for f in sorted(DIESEL_FUNCTIONS))
                    findings.append(
                        Finding("error", f"`{callee}` does not exist (Diesel has {known})", hint=f"there is no {callee}")
                    )
    return findings


def _column_of(node: Node | None, context: FunctionContext):
    """The schema column a `table::column` path names, if it does."""
    if node is None or node.type != "scoped_identifier":
        return None
    parts = text_of(node).replace(" ", "").split("::")
    tables = {t.name: t for t in (context.table, *context.related_tables)}
    if len(parts) >= 2 and parts[0] in tables:
        return tables[parts[0]].column(parts[-1])
    return None


def _argument_type_findings(function: Node, context: FunctionContext) -> list[Finding]:
    """A parameter compared with a column, or given to `.find()`, has that column's type."""
    params = _params(function)
    findings = []
    key = context.table.column(context.table.primary_key[0]) if context.table.primary_key else None
    for method, receiver, values in _method_calls(function):
        if len(values) != 1 or values[0].type != "identifier" or text_of(values[0]) not in params:
            continue
        argument = text_of(values[0])
        if method == "find":
            column = key
        elif method in COMPARISONS:
            column = _column_of(receiver, context)
        else:
            continue
        if column is None:
            continue
        given = value_type(params[argument])
        wanted = column.rust_type
        accepted = {normalize_rust_type(wanted), normalize_rust_type(wanted).removeprefix("Option<").removesuffix(">")}
        enum_types = {e.name for e in context.enums}
        if given not in accepted and given not in enum_types:
            what = "the primary key" if method == "find" else f"`{context.table.name}::{column.name}`"
            findings.append(
                Finding(
                    "error",
                    f"`{argument}: {params[argument]}` is compared with {what}, which is {wanted}",
                    hint=f"{column.name} is {wanted}",
                )
            )
    return findings


def _enum_variant_findings(function: Node, context: FunctionContext) -> list[Finding]:
    """`Status::Open` reaches a text column only as `Status::Open.as_str()`."""
    textual = {e.name for e in context.enums if e.has_as_str}
    for node in walk(function):
        if node.type != "scoped_identifier":
            continue
        parts = text_of(node).split("::")
        if len(parts) == 2 and parts[0] in textual:
            parent = node.parent
            if not (parent is not None and parent.type == "field_expression" and text_of(parent.child_by_field_name("field")) == "as_str"):
                if parent is None or parent.type not in ("match_pattern", "or_pattern"):
                    return [
                        Finding(
                            "error",
                            f"`{text_of(node)}` is stored as text: write `{text_of(node)}.as_str()`",
                            hint=f"write {text_of(node)}.as_str()",
                        )
                    ]
    return []


def _undefined_name_findings(function: Node) -> list[Finding]:
    """A bare name passed to a call must be a parameter or a local; the compiler would say so."""
    declared = set(_params(function))
    for node in walk(function):
        if node.type in ("let_declaration", "closure_parameters", "for_expression"):
            pattern = node.child_by_field_name("pattern") or node
            declared |= {text_of(n) for n in walk(pattern) if n.type == "identifier"}
    findings = []
    for node in walk(function):
        if node.type == "identifier" and node.parent is not None and node.parent.type == "arguments":
            name = text_of(node)
            if name not in declared and name not in ("conn", "self"):
                findings.append(
                    Finding("error", f"`{name}` is not defined in this function", hint=f"declare {name} as a parameter")
                )
    return findings[:1]


def _duplicate_parameter_findings(function: Node) -> list[Finding]:
    names = [name for name, _ in _param_pairs(function)]
    twice = sorted({n for n in names if names.count(n) > 1})
    return [Finding("error", f"the parameter `{n}` is declared twice", hint=f"declare {n} once") for n in twice]


def _unused_parameter_findings(function: Node) -> list[Finding]:
    """A parameter the query never uses means the query ignores what the caller asked for."""
    body = function.child_by_field_name("body")
    used = {text_of(n) for n in walk(body) if n.type == "identifier"} if body else set()
    # `format!("%{text}%")` uses `text` inside the string.
    used |= set(re.findall(r"\{([A-Za-z_]\w*)(?::[^}]*)?\}", text_of(body)))
    return [
        Finding("error", f"the parameter `{name}` is never used", hint=f"use the parameter {name} in the query")
        for name, written in _params(function).items()
        if name not in used and not name.startswith("_") and "Conn" not in written
    ]



def _intent_findings(code: str, context: FunctionContext) -> list[Finding]:
    """What the request's words asked for (`born_between`: a range on `born_on`) is in the query."""
    table = context.table.name
    compact = re.sub(r"\s+", "", code)
    wanted = []
    for condition in context.intent.conditions:
        path = f"{table}::{condition.column}"
        ops = {"ge": ("ge", "gt", "between"), "le": ("le", "lt", "between"), "gt": ("gt", "ge"), "lt": ("lt", "le")}
        spellings = [f"{path}.{op}(" for op in ops.get(condition.op, (condition.op,))]
        if condition.via or condition.op == ON_DAY:  # a subquery through a key, a day's times: as written
            spellings = [re.sub(r"\s+", "", condition.render(table))]
        if not any(s in compact for s in spellings):
            wanted.append(re.sub(r"\s+", "", condition.render(table)))
    if context.intent.order:
        column, direction = context.intent.order
        if f"{table}::{column}.{direction}()" not in compact:
            wanted.append(f".order({table}::{column}.{direction}())")
    for column, value in context.intent.assignments:
        if f"{table}::{column}.eq(" not in compact:
            wanted.append(f"{table}::{column}.eq({value})")
    if context.intent.limit and ".limit(" not in compact:
        wanted.append(f".limit({context.intent.limit})")
    return [
        Finding("error", f"the request asks for `{piece}`, which the query does not have", hint=f"use {piece}")
        for piece in wanted
    ]


def _function_node(tree, start_byte: int, end_byte: int) -> Node | None:
    return next(
        (n for n in walk(tree.root_node) if n.type == "function_item" and start_byte <= n.start_byte <= end_byte),
        None,
    )


def _connection_findings(function: Node, context: FunctionContext) -> list[Finding]:
    style = context.style
    param = next((name for name, written in reversed(_param_pairs(function)) if re.search(r"Conn|Pool", written)), None)
    if param is None:
        return [
            Finding(
                "error",
                "the function takes no database connection",
                hint=f"take `{style.connection_param}` as the first parameter",
            )
        ]
    # with a pool, the query runs with the connection the impl's own line takes from it
    connection = style.run_with if param == style.connection_name and style.acquire else param
    for method, _, arguments in _method_calls(function):
        if method in RUN_METHODS and any(re.sub(r"\s+", " ", text_of(a)) == connection for a in arguments):
            return []
    return [
        Finding(
            "error",
            f"the query is never run with `{connection}` (end it with .first({connection}), .load({connection}), "
            f".get_result({connection}) or .execute({connection}))",
            hint=f"run the query with {connection}, e.g. .load({connection})",
        )
    ]


def _enum_findings(function: Node, context: FunctionContext) -> list[Finding]:
    """A value of an enum stored as text must reach the column as `value.as_str()`."""
    textual = {e.name for e in context.enums if e.has_as_str}
    enum_params = {
        name: written.lstrip("&").strip()
        for name, written in _param_pairs(function)
        if written.lstrip("&").strip() in textual
    }
    findings = []
    body = function.child_by_field_name("body")
    for name, enum in enum_params.items():
        for node in walk(body) if body else []:
            if node.type != "identifier" or text_of(node) != name:
                continue
            parent = node.parent
            if parent is not None and parent.type == "scoped_identifier":
                continue  # `table::column`, not the parameter
            is_as_str = (
                parent is not None
                and parent.type == "field_expression"
                and text_of(parent.child_by_field_name("field")) == "as_str"
            )
            if not is_as_str and not (parent is not None and parent.type == "match_expression"):
                findings.append(
                    Finding(
                        "error",
                        f"`{name}` is a `{enum}` stored as text: compare the column with `{name}.as_str()`",
                        hint=f"write {name}.as_str() when comparing {name} with a column",
                    )
                )
                break
    return findings


def _chain_methods(node: Node | None) -> list[str]:
    """Method names of a call chain, first to last: `t.filter(..).first(conn)` -> [filter, first]."""
    methods = []
    while node is not None:
        if node.type == "call_expression":
            node = node.child_by_field_name("function")
        elif node.type == "generic_function":
            node = node.child_by_field_name("function")
        elif node.type == "field_expression":
            methods.append(text_of(node.child_by_field_name("field")))
            node = node.child_by_field_name("value")
        else:
            break
    return list(reversed(methods))


def _tail_expression(function: Node) -> Node | None:
    body = function.child_by_field_name("body")
    named = [c for c in (body.named_children if body else []) if c.type not in ("line_comment", "block_comment")]
    return named[-1] if named and named[-1].type != "expression_statement" else None


def _result_type(return_type: Node | None) -> str | None:
    written = re.sub(r"\s+", "", text_of(return_type))
    match = re.fullmatch(r"(?:diesel::)?(?:QueryResult|Result)<(.+?)(?:,[\w:]+)?>", written)
    return match.group(1) if match else None


def _result_shape_findings(function: Node, context: FunctionContext) -> list[Finding]:
    """The return type agrees with how the query is run, as Diesel's types demand."""
    inner = _result_type(function.child_by_field_name("return_type"))
    methods = _chain_methods(_tail_expression(function))
    if inner is None or not methods:
        return []
    last = methods[-1]
    run = next((m for m in reversed(methods) if m in RUN_METHODS), None)
    expected = None
    if last == "optional":
        expected = ("Option<", "an Option: QueryResult<Option<...>>")
    elif run in ("load", "get_results"):
        expected = ("Vec<", "a Vec: QueryResult<Vec<...>>")
    elif run == "execute":
        expected = ("usize", "the number of rows: QueryResult<usize>")
    elif run in ("first", "get_result") and "count" in methods:
        expected = ("i64", "a count: QueryResult<i64>")
    elif run == "first" and "sum(" in text_of(_tail_expression(function)):
        expected = ("Option<", "a sum, empty when no row matches: QueryResult<Option<i64>> (or Option<f64>)")
    if expected and not inner.startswith(expected[0]):
        return [
            Finding(
                "error",
                f"`.{last}(...)` gives {expected[1]}, but the function returns QueryResult<{inner}>",
                hint=f".{last}() gives {expected[1]}",
            )
        ]
    if run == "first" and last != "optional" and inner.startswith(("Option<", "Vec<")) and expected is None:
        kind = "Option" if inner.startswith("Option<") else "Vec"
        fix = "add .optional() after .first(conn)" if kind == "Option" else "use .load(conn)"
        return [Finding("error", f"`.first(conn)` gives one row, not a {kind}: {fix}", hint=fix)]
    return []


def _selectable_findings(code: str, context: FunctionContext) -> list[Finding]:
    struct = context.struct
    uses_select = re.search(rf"\b({struct.name}|Self)::as_(select|returning)\(\)", code)
    if uses_select and "Selectable" not in struct.derives:
        return [
            Finding(
                "error",
                f"`{struct.name}` does not derive Selectable, so `as_select()`/`as_returning()` do not exist",
                hint=f"{struct.name} is not Selectable: do not use as_select()",
            )
        ]
    return []


def validate(code: str, context: FunctionContext) -> list[Finding]:
    if not code.strip():
        return [Finding("error", "the model returned no code")]
    placed = apply_edits(context.request.text, place(code, context))
    start = placed.find(code.strip())
    if start < 0:
        return [Finding("error", "the generated function could not be placed in the file")]
    start_byte = len(placed[:start].encode("utf-8"))
    end_byte = start_byte + len(code.strip().encode("utf-8"))
    tree = parse(placed)
    problems = syntax_problems(tree, start_byte, end_byte)
    if problems:
        return [Finding("error", "the function does not parse: " + problems[0].describe(), hint="write complete, valid Rust")]
    function = _function_node(tree, start_byte, end_byte)
    if function is None:
        return [Finding("error", "the answer is not a function")]
    findings: list[Finding] = []
    name = text_of(function.child_by_field_name("name"))
    if context.name and name != context.name:
        findings.append(Finding("error", f"the function is named `{name}`, not `{context.name}`"))
    if any(f.name == name for f in context.impl.functions):
        findings.append(Finding("error", f"`{context.impl.type_name}` already has a function `{name}`"))
    findings += table_column_findings(function, context.schema)
    findings += _connection_findings(function, context)
    findings += _enum_findings(function, context)
    findings += _selectable_findings(code, context)
    findings += _result_shape_findings(function, context)
    findings += _diesel_function_findings(function)
    findings += _argument_type_findings(function, context)
    findings += _enum_variant_findings(function, context)
    findings += _intent_findings(code, context)
    findings += _unused_parameter_findings(function)
    findings += _undefined_name_findings(function)
    findings += _duplicate_parameter_findings(function)
    return_type = function.child_by_field_name("return_type")
    if return_type is None:
        findings.append(
            Finding(
                "error",
                f"the function returns nothing; it should return {context.style.returns('...')}",
                hint=f"return {context.style.returns('...')}",
            )
        )
    known = crate_type_names(context.request.workspace, context.request.path, context.rust_file)
    lifetimes_and_generics = {text_of(n) for n in walk(function) if n.type == "type_parameters"}
    signature_types = type_names(function.child_by_field_name("parameters")) | type_names(return_type)
    findings += unknown_type_findings(signature_types, known | lifetimes_and_generics, "the signature")
    tables = {context.table.name, *(t.name for t in context.related_tables)}
    if not any(re.search(rf"\b{t}::", code) for t in tables):
        findings.append(Finding("warning", f"the function does not query `{context.table.name}`"))
    return findings
