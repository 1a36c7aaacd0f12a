"""The handler, written from its action's template with what the context settled.

Nothing here is a guess: the route, the extractors, the function called (or the plain Diesel
query when the model has none) and the statuses all follow from the crate, so no model is asked.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...diesel.naming import pascal, singular
from ..conventions import ERROR_TYPE, KEYED, PLAIN, VALUE
from ..crate import module_of
from .context import ACTIONS, HandlerContext, argument_sources, returns_option

PATTERNS = Path(__file__).parent / "patterns"
_PLACEHOLDER = re.compile(r"__([A-Za-z_]+?)__")
#: where the continuation lines of a multi-line call sit inside `Ok(...?)` in the templates
_CALL_INDENT = " " * 12


def template(name: str) -> str:
    """A pattern file without its leading comment lines."""
    lines = (PATTERNS / f"{name}.rs").read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if not line.startswith("//")).strip("\n")


def fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def without_lines(text: str, *needles: str) -> str:
    return "\n".join(line for line in text.split("\n") if not any(n in line for n in needles))


def derive(context: HandlerContext) -> str:
    spec = ACTIONS[context.action]
    conventions = context.conventions
    if answered_by_helper(context):
        return _helper_answered(context)
    text = template(spec["template"] + conventions.errors)
    values = {
        "path": context.path,
        "method": context.method,
        "handler": context.handler,
        "state": conventions.state.parameter,
        "State": conventions.state.extractor,
        "pool": conventions.state.pool,
        "Returns": conventions.returns,
        "Error": conventions.error.name if conventions.error else "",
        "NotFound": not_found(context) if conventions.error else "",
        "what": context.snake.replace("_", " "),
        "Created": conventions.created,
        "Deleted": conventions.deleted,
        "Key": context.key_type,
        "value": _value_name(context),
        "answer": answer(context, _value_name(context)),
        "NotFoundAnswer": conventions.not_found.replace("{what}", context.snake.replace("_", " ")),
        "call": _call(context).replace("\n", "\n" + _CALL_INDENT),
        "Insert": context.insert.name if context.insert else "",
        "new": _snake(context.insert.name) if context.insert else "",
        "Changes": context.changeset.name if context.changeset else "",
    }
    if context.body_request is not None:
        text = _from_request(text, context)
    if context.action == "call":
        text, extra = _call_shape(context, text, values)
    else:
        extra = context.new_body_struct + "\n\n" if context.new_body_struct else ""
    if context.new_response_struct:
        extra = context.new_response_struct + "\n\n" + extra
    if not answers_option(context):
        text = without_lines(text, ".ok_or(", ".ok_or_else(", "Ok(Ok(Some(", "Ok(Ok(None))")
    elif conventions.errors == PLAIN:
        text = without_lines(text, "Ok(Ok(__value__))")
    if context.function is not None and context.function.connection in ("pool", "self"):
        text = without_lines(text, "let mut conn = __pool__.get()?;")
    if context.scope is not None:
        values["path"] = context.path[len(context.scope.rstrip("/")) :]
    elif context.registration is not None:
        text = without_lines(text, '#[__method__("__path__")]', '#[get("__path__")]', '#[post("__path__")]', '#[delete("__path__")]')
    if not conventions.offloads:
        text = _in_place(text)
    code = extra + fill(text, values)
    if table_name_taken(context):
        # the file's `clients` is another module (crate::persistence::clients): the schema's
        # table is reached by its full path
        names = "|".join(["table", "all_columns", *context.table.column_names])
        code = re.sub(rf"(?<![:\w]){context.table.name}::(?=({names})\b)", f"{schema_module(context)}::{context.table.name}::", code)
    return code


def schema_module(context: HandlerContext) -> str:
    """`crate::schema`, or where the crate keeps its schema (`crate::db::schema`)."""
    found = context.request.workspace.find_schema_file(context.request.path)
    module = module_of(context.crate.root, found) if found is not None else "schema"
    return "::".join(["crate", module]) if module else "crate"


def table_name_taken(context: HandlerContext) -> bool:
    """Whether the file brings in another module under the table's name."""
    table = context.table.name
    for use in re.findall(r"^\s*(?:pub\s+)?use\s+([^;]+);", context.request.text, re.M):
        if "schema" not in use and re.search(rf"(::|\{{|,\s*){table}\s*(\}}|,|$)", use.strip()):
            return True
    return False


def answered_by_helper(context: HandlerContext) -> bool:
    """Whether the handler hands its plain query's Result to the crate's answer helper."""
    conventions = context.conventions
    return (
        conventions.answer_helper is not None and conventions.errors == PLAIN and context.function is None
        and context.action in ("list", "get", "create", "update", "delete") and context.body_request is None
    )


def _helper_answered(context: HandlerContext) -> str:
    """The handler in the crate's helper style: the connection taken as its handlers take it,
    the query in place, its Result handed to the helper with the status of a success."""
    helper, connection = context.conventions.answer_helper
    action, state = context.action, context.conventions.state
    extractors, bind = "", ""
    if action in ("get", "update", "delete"):
        extractors += f", path: web::Path<{context.key_type}>"
        bind += "    let id = path.into_inner();\n"
    body = context.insert if action == "create" else context.changeset if action == "update" else None
    if body is not None:
        variable = _snake(body.name) if action == "create" else "changes"
        extractors += f", body: web::Json<{body.name}>"
        bind += f"    let {variable} = body.into_inner();\n"
    query = _call(context).replace(".optional()", "")
    if action == "delete":
        what = context.snake.replace("_", " ")
        query += f'\n.and_then(|deleted| match deleted {{\n    0 => Err(diesel::result::Error::NotFound),\n    _ => Ok(format!("{what} {{id}} deleted")),\n}})'
    status = "CREATED" if action == "create" and context.conventions.created == "Created" else "OK"
    # the pattern parses as Rust: its placeholder parameter and lines stand for what this handler takes
    text = template("08_answer_helper").replace(", __extractors__: __Extractors__", "__extractors__")
    text = text.replace("    let __bind__ = __bind__;\n", "__bind__").replace("    let mut conn = __connection__;", "    __connection__")
    if context.registration is not None:
        text = without_lines(text, '#[__method__("__path__")]')
    path = context.path[len(context.scope.rstrip("/")) :] if context.scope is not None else context.path
    return fill(text, {
        "method": context.method, "path": path, "handler": context.handler,
        "state": state.parameter, "State": state.extractor, "extractors": extractors, "bind": bind,
        "connection": connection.replace("__state__", state.parameter),
        "query": query.replace("\n", "\n        "), "helper": helper.rsplit("::", 1)[-1], "Status": status,
    })


def _in_place(text: str) -> str:
    """The template's web::block run in place, for a crate whose handlers call Diesel on the
    async thread: the same closure called at once, so its errors still meet the same `?`."""
    text = text.replace("web::block(move ||", "(move ||")
    text = re.sub(r"\}\)\n(\s*)\.await\?\?;", "})()?;", text)
    text = re.sub(r"\}\)\n(\s*)\.await\?\n", "})()\n", text)
    # a plain handler matches the closure's Result itself, without web::block's outer one
    text = re.sub(r"Ok\(Ok\((.*)\)\) =>", r"Ok(\1) =>", text.replace("})\n    .await;", "})();"))
    return text


def _from_request(text: str, context: HandlerContext) -> str:
    """The template reading the JSON body into the request struct, then building the Insertable
    (AsChangeset) from it field by field."""
    written = context.insert if context.action == "create" else context.changeset
    placeholder, variable = ("__Insert__", "__new__") if context.action == "create" else ("__Changes__", "changes")
    fields = "".join(f"        {f.name}: body.{f.name},\n" for f in written.fields)
    text = text.replace(f"web::Json<{placeholder}>", f"web::Json<{context.body_request.name}>")
    return text.replace(
        f"    let {variable} = body.into_inner();",
        f"    let body = body.into_inner();\n    let {variable} = {placeholder} {{\n{fields}    }};",
    )


def answer(context: HandlerContext, value: str) -> str:
    """What the answer's `.json(...)` holds: the value as the crate's handlers hold theirs."""
    shape = context.conventions.answer
    many = context.action == "list" or (context.action == "call" and "Vec<" in context.function.returns)
    if shape == VALUE:
        return value
    if shape == KEYED:
        key = context.table.name if many else singular(context.table.name)
        return f'serde_json::json!({{ "{key}": {value} }})'
    if shape.startswith("dto:"):
        _, suffix, function = shape.split(":")
        dto = context.model.name + suffix
        return f"{value}.into_iter().map({dto}::{function}).collect::<Vec<_>>()" if many else f"{dto}::{function}({value})"
    return shape.replace("{value}", value)


def registration(context: HandlerContext) -> str:
    """The `.route(...)` line that registers the handler in its file's configure function, or the
    `.service(...)` that adds it to its file's scope."""
    if context.scope is not None:
        return f".service({context.handler})"
    route = f"web::{context.method}().to({context.handler})"
    if context.registers_as == "resource_route":
        return f".route({route})"
    if context.registers_as == "resource":
        return f'.service(web::resource("{context.path}").route({route}))'
    return f'.route("{context.path}", {route})'


def answers_option(context: HandlerContext) -> bool:
    """Whether the value the handler gets back is an Option whose None answers 404: a function's
    Option, or (in the styles without the crate's error type, whose From reads Diesel's NotFound)
    a missing row of a get or an update made optional."""
    if returns_option(context.function):
        return True
    return context.conventions.errors != ERROR_TYPE and context.action in ("get", "update")


def not_found(context: HandlerContext) -> str:
    """The 404 error as the handler builds it: `NotFound`, or `Missing("plant")` for a variant that
    names what was missing."""
    error = context.conventions.error
    variant, field = error.not_found or "", error.not_found_field
    if field is None:
        return variant
    what = f'"{context.snake}"'
    return f"{variant}({what}.to_owned())" if field == "String" else f"{variant}({what})"


def _value_name(context: HandlerContext) -> str:
    shape = ACTIONS[context.action]["value"]
    return shape.format(plural=context.table.name, singular=context.snake)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _connection(context: HandlerContext) -> str:
    if context.function is not None and context.function.connection == "pool":
        return f"&{context.conventions.state.pool}"
    return "&mut conn"


def _optional(context: HandlerContext) -> str:
    """`.optional()` where a missing row must become None for the handler to answer 404 itself."""
    return ".optional()" if answers_option(context) and not returns_option(context.function) else ""


def _call(context: HandlerContext) -> str:
    """The expression inside web::block: the model's function, or the plain Diesel query."""
    model, table, connection = context.model.name, context.table.name, _connection(context)
    action = context.action
    if context.function is not None:
        # a struct goes by reference or by value, as the function takes it
        by = {name: "&" if written.strip().startswith("&") else "" for name, written in context.function.arguments}
        taken = [by[name] for name, _ in context.function.arguments]
        arguments = {
            "list": [],
            "get": ["id"],
            "create": [f"{taken[0]}{_snake(context.insert.name)}"] if context.insert and taken else [],
            "update": ["id", f"{taken[-1]}changes"] if taken else [],
            "delete": ["id"],
        }.get(action)
        if arguments is None:
            arguments = _call_arguments(context)
        if context.function.connection == "self":
            return f"{context.conventions.state.parameter}.{context.function.name}({', '.join(arguments)})"
        callee = f"{model}::{context.function.name}"
        module = context.function.module
        if module is not None:
            # a free function is called through its module (`repository::members_in_voice_part`),
            # so that a handler named like it does not shadow it
            callee = f"crate::{context.function.name}" if not module else context.function.name if module == context.module else f"{module.rsplit('::', 1)[-1]}::{context.function.name}"
        return f"{callee}({', '.join([connection, *arguments])}){_optional(context)}"
    # A Selectable model selects its own columns; a plain Queryable one loads the table's columns
    # by position. The turbofish names the struct either way: nothing after the query (a JSON
    # answer, a closure's `Result<_, E>`) says which struct is loaded.
    selectable = "Selectable" in context.model.derives
    select = f".select({model}::as_select())" if selectable else ""
    returning = f".returning({model}::as_returning())" if selectable else ""
    typed = f"::<{model}>"
    key = context.table.primary_key[0] if context.table.primary_key else "id"
    return {
        "list": f"{table}::table\n.order({table}::{key}.asc())\n{select}\n.load{typed}(&mut conn)",
        "get": f"{table}::table\n.find(id)\n{select}\n.first{typed}(&mut conn){_optional(context)}",
        "create": f"diesel::insert_into({table}::table)\n.values(&{_snake(context.insert.name) if context.insert else ''})\n{returning}\n.get_result{typed}(&mut conn)",
        "update": f"diesel::update({table}::table.find(id))\n.set(&changes)\n{returning}\n.get_result{typed}(&mut conn){_optional(context)}",
        "delete": f"diesel::delete({table}::table.find(id))\n.execute(&mut conn)",
    }[action].replace("\n\n", "\n")


def _call_arguments(context: HandlerContext) -> list[str]:
    """Each argument of the called function, from the path, the query or the body."""
    sources = argument_sources(context)
    arguments = []
    for name, written in context.function.arguments:
        source = sources[name]
        value = name if source == "path" else "body" if source == "body" else source.removeprefix("said:") if source.startswith("said:") else f"query.{name}"
        # a query's `String` field lends itself as the `&str` the function takes
        arguments.append(f"&{value}" if written.strip().startswith("&") else value)
    return arguments


def query_type_name(context: HandlerContext) -> str:
    return pascal(context.handler) + "Query"


def _field_type(written: str) -> str:
    """The owned type a query string field holds for a parameter written `&str`, `i32`, ..."""
    bare = written.replace(" ", "")
    return "String" if bare in ("&str", "&'_str", "String") else written.lstrip("&").strip()


def _call_shape(context: HandlerContext, text: str, values: dict[str, str]) -> tuple[str, str]:
    """The call template with only the extractors the function needs, and its query struct."""
    sources = argument_sources(context)
    arguments = dict(context.function.arguments)
    path_names = [name for name, source in sources.items() if source == "path"]
    query_names = [name for name, source in sources.items() if source == "query"]
    body_names = [name for name, source in sources.items() if source == "body"]
    if not path_names:
        text = without_lines(text, "__PathType__", "path.into_inner()")
    if not query_names:
        text = without_lines(text, "__QueryType__", "query.into_inner()")
    if not body_names:
        text = without_lines(text, "__BodyType__", "body.into_inner()")
    path_types = [_field_type(arguments[n]) for n in path_names]
    values["PathType"] = path_types[0] if len(path_types) == 1 else f"({', '.join(path_types)})"
    values["path_names"] = path_names[0] if len(path_names) == 1 else f"({', '.join(path_names)})"
    values["BodyType"] = arguments[body_names[0]].replace("&", "").strip() if body_names else ""
    values["QueryType"] = query_type_name(context)
    if not query_names:
        return text, ""
    struct = template("07_call_query").split("\n")
    field_line = next(line for line in struct if "__field__" in line)
    fields = [fill(field_line, {"field": name, "FieldType": _field_type(arguments[name])}) for name in query_names]
    at = struct.index(field_line)
    query = "\n".join(struct[:at] + fields + struct[at + 1 :])
    return text, fill(query, {"QueryType": values["QueryType"]}) + "\n\n"
