"""What `actix.handler` needs: the model, the action, the functions and structs it uses, the
crate's pool and error types, the route, and where the handler goes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ...diesel.model_struct.fields import allowed_columns, field_type
from ...diesel.models import Field, ModelStruct
from ...diesel.naming import plural, singular
from ...diesel.schema.upkeep import parents_of
from ...diesel.tables import Schema, Table
from ...diesel.workspace_index import crate_schema, module_path_of, schema_table
from ...syntax import Node, lsp_character, parse, text_of
from ...word_classes import verb_lemma
from ..comment import asked_action, asked_names, comment_at, phrasal_verbs, with_comment, words_of
from ..conventions import ERROR_TYPE, UNKNOWN, Conventions, read_conventions, repositories, repository_methods
from ..crate import METHODS, ActixCrate, Route, called_method, chain_indent, configure_functions, first_statement_spot, module_of, path_params, read_crate, registering_calls, scope_functions
from ..model_api import ModelFunction, free_functions, model_functions, read_models, table_structs

ACTIONS: dict[str, dict] = tomllib.loads((Path(__file__).parent / "actions.toml").read_text(encoding="utf-8"))


@dataclass
class HandlerContext:
    request: Request
    crate: ActixCrate
    action: str
    model: ModelStruct
    table: Table
    #: how the crate's handlers are written: error style, return type, state extractor
    conventions: Conventions
    handler: str
    method: str
    path: str
    #: the model function the handler calls, or None when it holds the plain Diesel query
    function: ModelFunction | None
    insert: ModelStruct | None = None
    changeset: ModelStruct | None = None
    #: the body struct written beside the handler: the one the person agreed to add when the table
    #: had none, or the request struct the Insertable (AsChangeset) is built from
    new_body_struct: str = ""
    #: the request struct the JSON body is read into when the Insertable (AsChangeset) is not
    #: Deserialize, its fields copied into it
    body_request: ModelStruct | None = None
    #: the response struct (and its From) the person agreed to add beside the handler, as written
    new_response_struct: str = ""
    #: line before which the handler is inserted
    insert_before: int = 0
    #: the module of the handlers file, e.g. handlers::owners
    module: str = ""
    routes: list[Route] = field(default_factory=list)
    #: where this file's configure function registers its handlers by `.route(...)` calls, the
    #: crate's routing style the handler then follows: (line, UTF-16 character, text before and
    #: after the new `.route(...)` call); None for a route macro
    registration: tuple[int, int, str, str] | None = None
    #: the path of the scope this file's handlers are registered on (`fn scope() -> Scope`), whose
    #: route macros are written relative to it; None elsewhere
    scope: str | None = None
    #: how the registration is written: `.route("/x", ...)` ("route"), `.service(handler)` on a
    #: scope ("service"), a route added to the resource of its path ("resource_route"), or a new
    #: `.service(web::resource("/x").route(...))` where the file registers resources ("resource")
    registers_as: str = "route"

    @property
    def key_type(self) -> str:
        key = self.table.primary_key[0] if self.table.primary_key else "id"
        return next((f.rust_type for f in self.model.fields if f.name == key), "i32")

    @property
    def pool_names(self) -> set[str]:
        """What a model function's first parameter may name as the pool: the crate's aliases."""
        return {p.name for p in self.crate.pool_types()} | {self.conventions.state.extractor}

    @property
    def snake(self) -> str:
        return singular(self.table.name)


def build_context(request: Request) -> HandlerContext:
    request = replace(request, args=with_comment(request))
    crate = _crate(request)
    comment = comment_at(request)
    module = module_of(crate.root, request.path)
    # a function written with its model (`Booking::cancel`) names both
    written = re.fullmatch(r"(\w+)::(\w+)", request.args.get("function") or "")
    if written:
        request.args["function"] = written.group(2)
        request.args.setdefault("model", written.group(1))
    nested = _nested_path(request.args.get("path"), {m.table: m.name for m in read_models(crate)})
    if nested is not None and not request.args.get("model"):
        # `/clients/{id}/garments` lists garments, those of one client
        request.args["model"] = nested[1]
    model = _model(crate, request.args.get("model") or _model_in_words(crate, comment, request, module))
    conventions = _with_repository(crate, model, read_conventions(crate, module))
    scoped = _scoped_list(nested[0], model, _callable(crate, model, conventions)) if nested and model.name == nested[1] else None
    if scoped is not None and not request.args.get("action") and not request.args.get("function"):
        request.args["action"] = f"call:{scoped}"
    action = _action(request.args.get("action") or _action_in_words(comment, crate, model, _callable(crate, model, conventions)))
    if action == "delete":
        answering = _delete_answering_the_row(crate, model, conventions)
        if answering is not None:
            # the crate's delete hands back the row it removed: the handler calls it and answers it
            action = f"call:{answering}"
            request.args.setdefault("method", "delete")
            request.args.setdefault("path", "/{table}/{id}".format(table=model.table, id="{id}"))
            request.args.setdefault("name", answering)
    if action.startswith("call:"):
        action, request.args["function"] = "call", action.removeprefix("call:")
    response_struct = _response_struct(request, crate, model, conventions)
    table = schema_table(crate_schema(request.workspace, request.path), model.table)
    context = HandlerContext(
        request=request,
        crate=crate,
        action=action,
        model=model,
        table=table,
        conventions=conventions,
        handler="",
        method=ACTIONS[action]["method"],
        path="",
        function=None,
        insert_before=_insert_line(request),
        module=module,
        routes=crate.routes(),
    )
    names = {"table": table.name, "plural": table.name, "singular": singular(table.name)}
    _read_function(context, names)
    _read_body_struct(context)
    _read_method(context)
    context.handler = request.args.get("name") or _handler_name(ACTIONS[action]["name"], names)
    context.path = request.args.get("path") or _written_prefix(context) + _default_path(ACTIONS[action]["path"], names)
    _check_route(context)
    context.registration = _registration_here(context)
    context.new_response_struct = response_struct
    return context


def _with_repository(crate: ActixCrate, model: ModelStruct, conventions: Conventions) -> Conventions:
    """In a crate whose handlers reach the database through one repository per record
    (`web::Data<CustomerRepo>`), the state the handler takes is the model's own repository."""
    if not conventions.state.repository:
        return conventions
    found = repositories(crate, crate.pool_types())
    serving = {name: sum(bool(re.search(rf"\b{model.name}\b", f.returns)) for f in repository_methods(crate, name)) for name in found}
    best = max(serving, key=serving.get, default=None)
    if best is None or not serving[best]:
        raise ModeError(
            f"This project reaches its records through one repository each (like {conventions.state.extractor}), "
            f"and {model.name} has none yet: add one for it first"
        )
    return replace(conventions, state=replace(conventions.state, extractor=best, module=found[best], shared=""))


def _response_struct(request: Request, crate: ActixCrate, model: ModelStruct, conventions: Conventions) -> str:
    """The crate's handlers answer in a shape the new one can take, for this model. Where they
    answer a response struct per record (`MemberResponse::from(member)`) and this model has
    none, the person is offered one, written beside the handler with the model's fields: its text."""
    shape = conventions.answer
    if shape == UNKNOWN:
        raise ModeError(
            "This project's handlers wrap what they answer in a way I cannot copy (or in several ways), "
            "so a new handler could answer in the wrong shape; nothing was written"
        )
    if shape.startswith("dto:"):
        _, suffix, function = shape.split(":")
        dto = model.name + suffix
        if any(parsed.struct(dto) for parsed in crate.files.values()):
            return ""
        what = singular(model.table).replace("_", " ")
        if function != "from" or request.args.get("response") == "no":
            raise ModeError(f"This project answers with a struct of its own for each kind of record (like {dto}), and {what} records have none yet; nothing was changed")
        if request.args.get("response") != "add":
            said = ", ".join(f.name.replace("_", " ") for f in model.fields)
            raise NeedsInput("response", f"This project answers with a shape of its own for each kind of record, and {what} records have none yet ({said}). Add one beside the handler?", (
                Choice(f"Yes: add {dto} with {said}", "add"),
                Choice("No: change nothing", "no"),
            ))
        fields = "".join(f"    pub {f.name}: {f.rust_type},\n" for f in model.fields)
        copied = "".join(f"            {f.name}: value.{f.name},\n" for f in model.fields)
        return (
            f"#[derive(Debug, Serialize)]\npub struct {dto} {{\n{fields}}}\n\n"
            f"impl From<{model.name}> for {dto} {{\n    fn from(value: {model.name}) -> Self {{\n        {dto} {{\n{copied}        }}\n    }}\n}}"
        )
    if "Serialize" not in model.derives:
        raise ModeError(f"`{model.name}` does not derive Serialize, and a handler answers it as JSON: add Serialize to its derives")
    return ""


def _registration_here(context: HandlerContext) -> tuple[int, int, str, str] | None:
    """Where the file's own configure function (`fn config(cfg: &mut web::ServiceConfig)`)
    registers handlers by `.route(...)` calls, so the new one is registered there too: when this
    file registers so already, or when its configure function is empty and the crate registers
    most routes so; or, in a file building the scope its handlers answer under, at the end of
    that scope's chain. (line, UTF-16 character, text before and after the registration)."""
    lines = context.request.text.split("\n")
    root = parse(context.request.text).root_node
    for prefix, chain in scope_functions(root):
        own = "/" + context.table.name
        if "path" not in context.request.args and (context.path == own or context.path.startswith(own + "/")):
            context.path = prefix.rstrip("/") + context.path[len(own) :] or "/"
        inside = context.path.find(prefix.rstrip("/") + "/")
        if "path" in context.request.args and inside > 0:
            # a path said in full (`/api/jobs/{id}/ready`) from where this scope begins
            context.path = context.path[inside:]
        if context.path != prefix and not context.path.startswith(prefix.rstrip("/") + "/"):
            # a path written as this file writes its routes, relative to its scope
            context.path = prefix.rstrip("/") + context.path
        context.scope = prefix
        line, column = chain.end_point
        return line, lsp_character(lines[line], column), "\n" + chain_indent(lines, chain), ""
    here = context.request.path.resolve()
    by_call = [r for r in context.routes if r.by_call]
    crate_style = len(by_call) > len(context.routes) - len(by_call)
    if not any(r.file == here for r in by_call) and not crate_style:
        return None
    for function, parameter in configure_functions(root):
        calls = registering_calls(function)
        resources = [(call, resource) for call in calls if (resource := _resource_of(call)) is not None]
        same_path = [resource for _, resource in resources if _resource_path_of(resource) == context.path]
        if same_path:
            # a resource answers every method of its path (405 for those it lacks): the new
            # method is one more route of it, never a second registration behind it
            context.registers_as = "resource_route"
            last = same_path[0]
            line, column = last.end_point
            return line, lsp_character(lines[line], column), "\n" + chain_indent(lines, last), ""
        if calls:
            context.registers_as = "resource" if resources else "route"
            line, column = calls[-1].end_point
            return line, lsp_character(lines[line], column), "\n" + chain_indent(lines, calls[-1]), ""
        if not function.child_by_field_name("body").named_children and crate_style:
            line, character, indent, closing = first_statement_spot(lines, function)
            return line, character, f"\n{indent}{parameter}", ";" + closing
    return None


def _resource_of(call: Node) -> Node | None:
    """The `web::resource("/x").route(...)...` chain a `.service(...)` call registers, if it does."""
    if called_method(call) != "service":
        return None
    arguments = call.child_by_field_name("arguments").named_children
    if not arguments or not re.match(r"(actix_web::)?(web::)?resource\(", text_of(arguments[0])):
        return None
    return arguments[0]


def _resource_path_of(resource: Node) -> str | None:
    found = re.match(r'(?:actix_web::)?(?:web::)?resource\(\s*"([^"]*)"', text_of(resource))
    return found.group(1) if found else None


def _crate(request: Request) -> ActixCrate:
    if request.path.suffix != ".rs":
        raise ModeError("run the handler mode in a .rs file of the crate")
    crate = read_crate(request.workspace, request.path, request.text)
    if crate is None:
        raise ModeError(f"no Cargo.toml above {request.path.name}: not a crate")
    if parse(request.text).root_node.has_error:
        raise ModeError(f"{request.path.name} does not parse; fix its syntax before adding a handler")
    return crate


def _read_function(context: HandlerContext, names: dict[str, str]) -> None:
    """The model function the handler calls: the one asked for by `call`, else the first of the
    action's that fits (None: the handler holds the plain query)."""
    state = context.conventions.state
    if context.action != "call":
        functions = _callable(context.crate, context.model, context.conventions)
        names_for_action = [n.format(plural=context.table.name, singular=singular(context.table.name)) for n in ACTIONS[context.action]["functions"]]
        context.function = _fitting_function(functions, names_for_action, context.action, context.model.name)
        if not _missing_row_answerable(context):
            context.function = None
        if context.function is None and state.repository:
            # the repository keeps its pool to itself: without its method there is no query to call
            raise ModeError(f"{state.extractor} has no method to {ACTIONS[context.action]['summary'].split(' (')[0]} ({' or '.join(names_for_action)}); add one to it first")
        return
    functions = _callable(context.crate, context.model, context.conventions)
    context.function = _called_function(functions, context.model, context.request.args.get("function"))
    names["function"] = context.function.name
    bodies = [name for name, source in argument_sources(context).items() if source == "body"]
    if len(bodies) > 1:
        raise ModeError(f"{context.model.name}::{context.function.name} takes {len(bodies)} structs ({', '.join(bodies)}), and a request has one JSON body")
    if returns_option(context.function):
        _require_not_found(context)


def _read_body_struct(context: HandlerContext) -> None:
    table = context.table
    if context.action == "create":
        found = table_structs(context.crate, table.name, "Insertable")
        context.insert = _body_struct(context, found, "insert") if found else _added_body_struct(context, "insert")
    elif context.action == "update":
        found = table_structs(context.crate, table.name, "AsChangeset")
        context.changeset = _body_struct(context, found, "changeset") if found else _added_body_struct(context, "changeset")
    elif context.action == "delete":
        _require_not_found(context)


def _added_body_struct(context: HandlerContext, kind: str) -> ModelStruct:
    """The struct a create (or update) reads its JSON body into, when the table has none: offered
    to the person in words, and written beside the handler once they agree (`body=add`)."""
    model, table = context.model.name, context.table
    name, derive = (f"New{model}", "Insertable") if kind == "insert" else (f"{model}Changes", "AsChangeset")
    columns = allowed_columns(table, kind)
    what = singular(table.name).replace("_", " ")
    said = ", ".join(c.name.replace("_", " ") for c in columns)
    answer = context.request.args.get("body")
    if answer != "add":
        article = "an" if what[:1] in "aeiou" else "a"
        purpose = f"a new {what}" if kind == "insert" else f"the changes to {article} {what}"
        if answer == "no":
            raise ModeError(f"the handler needs a way to read {purpose} from the request; nothing was changed")
        raise NeedsInput("body", f"This project has no way yet to read {purpose} sent to it ({said}). Add one beside the handler?", (
            Choice(f"Yes: add {name} with {said}", "add"),
            Choice("No: change nothing", "no"),
        ))
    if any(parsed.struct(name) for parsed in context.crate.files.values()):
        raise ModeError(f"the crate already has a struct `{name}` that is not {derive} for {table.name}; nothing was changed")
    fields = [Field(c.name, field_type(c, kind)) for c in columns]
    lines = [f"#[derive(Debug, {derive}, Deserialize)]", f"#[diesel(table_name = {table.name})]", f"pub struct {name} {{"]
    lines += [f"    pub {f.name}: {f.rust_type}," for f in fields] + ["}"]
    context.new_body_struct = "\n".join(lines)
    return ModelStruct(name, table.name, ["Debug", derive, "Deserialize"], fields, context.new_body_struct, 0, 0)


def _read_method(context: HandlerContext) -> None:
    """The method asked for, else the crate's choice for updates, POST for a call with a body."""
    asked = (context.request.args.get("method") or "").lower() or None
    if context.action == "update":
        context.method = asked or _update_method(context.routes)
    elif context.action == "call":
        context.method = asked or ("post" if "body" in argument_sources(context).values() else context.method)
    if context.method not in METHODS:
        raise ModeError(f"method must be one of {', '.join(METHODS)}, not `{context.method}`")


def _missing_row_answerable(context: HandlerContext) -> bool:
    """Whether the handler can answer 404 for a missing row when it calls its function.

    With the crate's error type, a function's None needs the error's 404 variant (the plain
    query's NotFound goes through the error's From). Otherwise the handler sees the missing row
    itself: as the function's None, or as Diesel's NotFound made optional, which needs a function
    that returns Diesel's own error."""
    function = context.function
    if function is None or context.action not in ("get", "update"):
        return True
    if context.conventions.errors == ERROR_TYPE:
        return not returns_option(function) or context.conventions.error.not_found is not None
    return returns_option(function) or diesel_result(function)


def diesel_result(function: ModelFunction) -> bool:
    """Whether the function's error is Diesel's own (so `.optional()` reads its NotFound)."""
    return re.search(r"\bQueryResult<|diesel::result::Error\s*>|,\s*(diesel::)?result::Error\s*>", function.returns.replace("\n", " ")) is not None


def _require_not_found(context: HandlerContext) -> None:
    error = context.conventions.error
    if context.conventions.errors == ERROR_TYPE and error.not_found is None:
        raise ModeError(f"`{error.name}` has no variant a handler can build that its ResponseError maps to StatusCode::NOT_FOUND, which a {context.action} handler answers with")


def _model(crate: ActixCrate, name: str | None) -> ModelStruct:
    models = sorted(read_models(crate), key=lambda m: m.name)
    if not models:
        raise ModeError("the crate has no Diesel model struct (Queryable with a table_name) to write a handler for")
    # the records in the person's words (`print jobs`), the model's name for whoever reads code
    choices = tuple(Choice(f"{m.table.replace('_', ' ')} ({m.name})", m.name) for m in models)
    if not name:
        raise NeedsInput("model", "Which records is this for?", choices)
    model = next((m for m in models if m.name == name), None)
    # an answer in the person's own words ("the cars") names the model by its table
    said = asked_names(name, {m.table: m.name for m in models}) if model is None else set()
    model = model or next((m for m in models if {m.name} == said), None)
    if model is None:
        raise NeedsInput("model", f"This project keeps no records called “{name}”; which ones are they?", choices)
    return model


def _model_in_words(crate: ActixCrate, comment: str | None, request: Request, module: str) -> str | None:
    """The model a `// nocodo:` comment names ("remove a dog"), the only one it names; when it
    names none, the one whose table the file is named after (src/api/hires.rs); when it names
    several for a new record, the record that links them (below)."""
    if comment is None:
        return None
    tables = {m.table: m.name for m in read_models(crate)}
    named = asked_names(comment, tables)
    file_table = _file_table(request.path, tables)
    own = tables.get(file_table)
    action = _asked_action(comment)
    if len(named) == 1:
        # another table named in a file about this one may only be said in passing ("when a
        # customer sells their car, remove the car" in vehicles/handlers.rs): it counts when it
        # is what the action word acts on ("remove an owner"), else the person is asked
        if own is None or own in named or named == asked_names(_action_object(comment), tables):
            return named.pop()
        return own if action is None and _says_a_function_of(comment, crate, own, module) else None
    if not named:
        return own
    # the file's own records, said first ("which invoices are customers still owing"), unless
    # the words ask for a plain list or row, which would leave the other records unsaid
    if own in named and _first_named(comment, tables) == own and action not in ("list", "get"):
        return own
    if action == "create":
        return _linking_record(named, tables, crate_schema(request.workspace, request.path), file_table)
    return own if own is not None and action is None and _says_a_function_of(comment, crate, own, module) else None


def _says_a_function_of(comment: str, crate: ActixCrate, name: str, module: str) -> bool:
    """Whether a comment naming no action says every own word of one of the model's functions
    ("who turned up on a rehearsal night? at /rehearsals/{id}/present": present_at_rehearsal), so
    the file's own model is the one asked about whatever other records it names."""
    model = next(m for m in read_models(crate) if m.name == name)
    functions = _callable(crate, model, _with_repository(crate, model, read_conventions(crate, module)))
    return (_action_in_words(comment, crate, model, functions) or "").startswith("call:")


#: words between an action word and the thing it acts on ("remove *an* owner", "add *a new* dog")
_DETERMINERS = {"a", "an", "the", "this", "that", "one", "our", "my", "their", "every", "all", "new", "some", "each"}


def _action_object(comment: str) -> str:
    """The word an action word of the comment acts on: `owner` in "remove an owner from our
    records"; "" when no action word is followed by one."""
    words = re.findall(r"[a-z]+", comment.lower())
    listed = {word for spec in ACTIONS.values() for word in spec["words"]}
    # the verb of a listed verb-and-particle the comment uses acts too ("take an owner off")
    action_words = {w for w in listed if " " not in w} | {p.split()[0] for p in phrasal_verbs(comment) if p in listed}
    for at, word in enumerate(words):
        if word in action_words or verb_lemma(word) in action_words:
            rest = [w for w in words[at + 1 :] if w not in _DETERMINERS]
            if rest:
                return rest[0]
    return ""


def _first_named(comment: str, tables: dict[str, str]) -> str | None:
    """The model whose table the comment names first."""
    words = re.findall(r"[a-z]+", comment.lower())
    for at in range(len(words)):
        found = asked_names(" ".join(words[at : at + 2]), tables)
        if found:
            return sorted(found)[0] if len(found) == 1 else None
    return None


def _file_table(path: Path, tables: dict[str, str]) -> str | None:
    """The table a handler file is about: its name (src/api/hires.rs), or for a feature folder's
    generic file (features/vehicles/handlers.rs) its folder's."""
    stem = re.sub(r"_(controller|controllers|handler|handlers|routes?|api|endpoints?|resource|views?|service)$", "", path.stem)
    for name in (path.stem, stem, plural(stem), path.parent.name):
        if name in tables:
            return name
    return None


def _linking_record(named: set[str], tables: dict[str, str], schema: Schema, file_table: str | None) -> str | None:
    """For a new record whose words name several models ("add a dog for one of our clients",
    "record that a member borrowed a book"), the one table whose rows point at every other named
    one: the named child of the others (dogs -> clients), or else the record joining them all
    (loans -> members, books). Where the file is named after another table, nothing is settled."""
    named_tables = {table for table, model in tables.items() if model in named}
    linking = [t for t in tables if named_tables - {t} <= set(_parents(schema, t))]
    named_linking = [t for t in linking if t in named_tables]
    found = named_linking or linking
    if len(found) != 1 or (file_table is not None and file_table != found[0]):
        return None
    return tables[found[0]]


def _parents(schema: Schema, table_name: str) -> list[str]:
    """The tables a table's rows point at, by `joinable!` or by a `<singular>_id` column."""
    table = schema.table(table_name)
    joined = [parent for child, parent, _ in schema.joins if child == table_name]
    return joined + ([parent for parent, _ in parents_of(table, schema)] if table else [])


def _nested_path(path: str | None, tables: dict[str, str]) -> tuple[str, str] | None:
    """(the parent table, the child model) of a path naming a child table under one parent
    record: `/api/clients/{id}/garments` -> (clients, Garment)."""
    segments = [s for s in (path or "").strip("/").split("/") if s]
    if len(segments) < 3 or segments[-1] not in tables or not re.fullmatch(r"\{\w+\}", segments[-2]) or segments[-3] not in tables:
        return None
    return segments[-3], tables[segments[-1]]


def _scoped_list(parent: str, model: ModelStruct, functions: list[ModelFunction]) -> str | None:
    """The one function listing the model's records of one parent record, taking only its key
    (`garments_for_client(conn, client_id) -> Vec<Garment>`)."""
    key = singular(parent) + "_"
    found = [
        f for f in functions
        if len(f.arguments) == 1 and f.arguments[0][0].startswith(key) and "Vec<" in f.returns and re.search(rf"\b({model.name}|Self)\b", f.returns)
    ]
    return found[0].name if len(found) == 1 else None


def _delete_answering_the_row(crate: ActixCrate, model: ModelStruct, conventions: Conventions) -> str | None:
    """The model's delete function when it answers the removed row (`delete_bouquet(id) ->
    Result<Option<Bouquet>>`) and none answers a count of rows, which the delete template reads."""
    names = [n.format(plural=model.table, singular=singular(model.table)) for n in ACTIONS["delete"]["functions"]]
    functions = [f for f in _callable(crate, model, conventions) if f.name in names and len(f.arguments) == 1]
    if any("usize" in f.returns for f in functions):
        return None
    rows = [f for f in functions if re.search(rf"\b({model.name}|Self)\b", f.returns)]
    return rows[0].name if rows else None


def _callable(crate: ActixCrate, model: ModelStruct, conventions: Conventions) -> list[ModelFunction]:
    """What a handler for the model can call: its repository's methods, or its associated and
    free functions."""
    if conventions.state.repository:
        return [ModelFunction(f, "self") for f in repository_methods(crate, conventions.state.extractor)]
    pools = {p.name for p in crate.pool_types()} | {conventions.state.extractor}
    return model_functions(crate, model.name, pools) + free_functions(crate, model.name, pools)


def _action_in_words(comment: str | None, crate: ActixCrate, model: ModelStruct, functions: list[ModelFunction]) -> str | None:
    """The action a comment's words ask for. Words naming no action but every word of one of
    the model's functions' own (`outings_still_out` for "the outings still out") call it. A list
    whose words also name one of them ("show the bikes that are available", Bike::available) may
    mean that function: the person is asked, since a plain list would drop the word."""
    if comment is None:
        return None
    action = _asked_action(comment)
    # "show all bouquets" names the action, not Bouquet::all
    words = set(words_of(comment)) - {word for spec in ACTIONS.values() for word in spec["words"] + spec.get("weak_words", [])}
    # a function's own words, beside the model's (`outings_still_out`: still, out)
    named = set(re.findall(r"[a-z]+", f"{model.table.replace('_', ' ')} {singular(model.table).replace('_', ' ')} {model.name.lower()}"))
    # a word right after "the" or "a" names a thing ("in the book"), and meets no verb (booked)
    tokens = re.findall(r"[a-z]+", comment.lower())
    things = {word for before, word in zip(tokens, tokens[1:]) if before in _DETERMINERS}
    if action is None:
        whole = [f for f in functions if (own := _own_words(f, named)) and _said(own, words, things)]
        return f"call:{whole[0].name}" if len(whole) == 1 else None
    if action in ("update", "delete"):
        # "mark the kayak returned" says every word of Kayak::mark_returned, its action word too
        said = set(words_of(comment))
        whole = [f for f in functions if len(own := _own_words(f, named)) > 1 and _said(own, said, things)]
        return f"call:{whole[0].name}" if len(whole) == 1 else action
    if action != "list":
        return action
    functions = [f for f in functions if any(_said({part}, words, things) for part in _own_words(f, named))]
    if not functions:
        return action
    choices = [Choice(f"only what {model.name}::{f.name} gives (\"{f.name.replace('_', ' ')}\")", f"call:{f.name}") for f in functions]
    choices.append(Choice(f"every {singular(model.table).replace('_', ' ')} (ignore those words)", "list"))
    raise NeedsInput("action", f"The request's words match {', '.join(f.name for f in functions)} of {model.name}; which should the handler answer?", tuple(choices))


def _own_words(function: ModelFunction, named: set[str]) -> set[tuple[str, str]]:
    """The words of a function's name besides the model's, each with its plain verb where it is
    one (`mark_returned`: mark, returned/return), so they meet the comment's words in any form."""
    return {(part, verb_lemma(part) or part) for part in function.name.split("_") if part not in named}


def _said(own: set[tuple[str, str]], words: set[str], things: set[str]) -> bool:
    """Whether the comment says every one of a function's words: as written, or as the same verb
    in another form where the comment's word is not a thing ("the book" does not say `booked`)."""
    return bool(own) and all(part in words or (plain != part and plain in words - things) for part, plain in own)


def _asked_action(comment: str) -> str | None:
    return asked_action(
        comment,
        {name: spec["words"] for name, spec in ACTIONS.items()},
        {name: spec.get("weak_words", []) for name, spec in ACTIONS.items()},
    )


def _action(action: str | None) -> str:
    choices = tuple(Choice(f"{name}: {spec['summary']}", name) for name, spec in ACTIONS.items())
    if not action:
        raise NeedsInput("action", "What should it do?", choices)
    if action not in ACTIONS and not action.startswith("call:"):
        # an answer in the person's own words ("remove it for good")
        action = _asked_action(action) or action
    if action not in ACTIONS and not action.startswith("call:"):
        raise NeedsInput("action", f"`{action}` is not an action; which one?", choices)
    return action


def _called_function(functions: list[ModelFunction], model: ModelStruct, name: str | None) -> ModelFunction:
    choices = tuple(Choice(f.signature() if f.module is not None else f"{model.name}::{f.signature()}", f.name) for f in functions)
    if not functions:
        raise ModeError(f"`{model.name}` has no associated function taking a connection or pool to call; write one first (diesel.model_fn)")
    if not name:
        raise NeedsInput("function", f"Which function of {model.name} should the handler call?", choices)
    function = next((f for f in functions if f.name == name), None)
    if function is None:
        raise NeedsInput("function", f"`{model.name}` has no function `{name}` a handler can call; which one?", choices)
    return function


def _fitting_function(functions: list[ModelFunction], names: list[str], action: str, model: str) -> ModelFunction | None:
    """The first model function named for this action whose signature the template can call."""
    for name in names:
        function = next((f for f in functions if f.name == name), None)
        if function is not None and _fits(function, action, model):
            return function
    return None


def _fits(function: ModelFunction, action: str, model: str) -> bool:
    """Whether the function does what the action's template expects of it; a read or a write
    answers the record (`Self` or the model), which the handler sends back."""
    arguments, returns = function.arguments, function.returns.replace(" ", "")
    if "Result<" not in returns:
        return False
    if action in ("get", "create", "update") and not re.search(rf"\b({model}|Self)\b", returns):
        return False
    if action == "list":
        # an object serving every table lists each: the list must be of this model
        return not arguments and "Vec<" in returns and (re.search(rf"\b{model}\b", returns) is not None or "Vec<Self>" in returns)
    if action == "get":
        return len(arguments) == 1 and "Vec<" not in returns
    if action == "create":
        return len(arguments) == 1
    if action == "update":
        return len(arguments) == 2
    if action == "delete":
        return len(arguments) == 1 and "usize" in returns
    return False


def _body_struct(context: HandlerContext, structs: list[ModelStruct], kind: str) -> ModelStruct:
    """The table's Insertable (or AsChangeset) the handler writes. One that derives Deserialize is
    read from the JSON body itself; otherwise the body is read into the crate's own kind of
    request struct (`CreateCustomerRequest`, the one it has or one written beside the handler
    with the same fields) and the Insertable is built from it field by field."""
    usable = [s for s in structs if "Deserialize" in s.derives]
    if usable:
        return usable[0]
    written = structs[0]
    if any("&" in f.rust_type or "'" in f.rust_type for f in written.fields):
        raise ModeError(f"`{written.name}` borrows its fields and does not derive Deserialize, so a JSON body cannot become it: add Deserialize to its derives")
    name = _request_name(context, kind)
    existing = next((st for parsed in context.crate.files.values() if (st := parsed.struct(name))), None)
    if existing is not None:
        if "Deserialize" not in existing.derives or not {f.name for f in written.fields} <= {f.name for f in existing.fields}:
            raise ModeError(f"`{written.name}` does not derive Deserialize and the crate's `{name}` cannot fill it; add Deserialize to {written.name}")
        context.body_request = existing
        return written
    lines = ["#[derive(Debug, Deserialize)]", f"pub struct {name} {{"] + [f"    pub {f.name}: {f.rust_type}," for f in written.fields] + ["}"]
    context.new_body_struct = "\n".join(lines)
    context.body_request = ModelStruct(name, None, ["Debug", "Deserialize"], written.fields, context.new_body_struct, 0, 0)
    return written


#: what a request struct is called when the crate shows none: Create{Model}Request, Update{Model}Request
_REQUEST_NAMES = {"insert": "Create{}Request", "changeset": "Update{}Request"}


def _request_name(context: HandlerContext, kind: str) -> str:
    """The request struct's name as the crate names its own: `web::Json<CreateCustomerRequest>`
    makes a print job's `CreatePrintJobRequest` (and its update's `UpdatePrintJobRequest`)."""
    models = [m.name for m in read_models(context.crate)]
    patterns = []
    for parsed in context.crate.files.values():
        for written in re.findall(r"web::Json<\s*(\w+)\s*>", parsed.text):
            model = next((m for m in sorted(models, key=len, reverse=True) if m in written and written != m), None)
            if model is not None:
                patterns.append(written.replace(model, "{}", 1))
    wanted = ("Create", "New", "Add") if kind == "insert" else ("Update", "Edit", "Patch", "Change")
    fitting = [p for p in patterns if p.startswith(wanted)]
    if fitting:
        return fitting[0].format(context.model.name)
    creates = [p for p in patterns if p.startswith("Create")]
    if kind == "changeset" and creates:
        return creates[0].replace("Create", "Update", 1).format(context.model.name)
    neutral = [p for p in patterns if not p.startswith(("Create", "New", "Add", "Update", "Edit", "Patch", "Change"))]
    return (neutral[0] if neutral else _REQUEST_NAMES[kind]).format(context.model.name)


def _update_method(routes: list[Route]) -> str:
    """The crate's own choice between PATCH and PUT for updates, PUT when it has made none."""
    methods = [r.method for r in routes if r.method in ("put", "patch")]
    return max(set(methods), key=methods.count) if methods else ACTIONS["update"]["method"]


def argument_sources(context: HandlerContext) -> dict[str, str]:
    """Where each argument of the called function comes from: "path" when the route names it,
    "body" for a struct of the crate that derives Deserialize, "query" otherwise."""
    params = path_params(context.path or context.request.args.get("path", ""))
    bodies = {s.name for parsed in context.crate.files.values() for s in parsed.structs if "Deserialize" in s.derives}
    sources = {}
    for name, written in context.function.arguments:
        base = written.replace("&", "").replace("mut ", "").strip()
        sources[name] = "path" if name in params else "body" if base in bodies else "query"
    # one path parameter and one value to fill: `/clients/{id}/dogs` gives for_client its owner_id
    unfilled = [name for name, source in sources.items() if source == "query"]
    if len(params) == 1 and "path" not in sources.values() and len(unfilled) == 1:
        sources[unfilled[0]] = "path"
    # how many the words say ("the top 10"), for a count the function takes
    numbers = re.findall(r"\b\d+\b", comment_at(context.request) or "")
    counts = [name for name, written in context.function.arguments if sources[name] == "query" and _COUNT.fullmatch(name) and written.strip() in ("i64", "i32", "u32", "u64", "usize")]
    if len(numbers) == 1 and len(counts) == 1:
        sources[counts[0]] = f"said:{numbers[0]}"
    return sources


#: a function parameter saying how many to give
_COUNT = re.compile(r"(limit|count|top|n|max|how_many|number|amount)")


def _written_prefix(context: HandlerContext) -> str:
    """The prefix the crate's route macros write in full (`#[get("/api/rooms")]`, registered
    with no scope around them): the first segment every one of them shares, when it names no
    table and they go on to several tables."""
    macros = [r for r in context.routes if not r.by_call]
    segments = [r.path.strip("/").split("/") for r in macros]
    firsts = {s[0] for s in segments}
    if len(macros) < 2 or len(firsts) != 1 or any(len(s) < 2 for s in segments):
        return ""
    first = firsts.pop()
    tables = {m.table for m in read_models(context.crate)}
    return f"/{first}" if first not in tables and not first.startswith("{") and len({s[1] for s in segments}) > 1 else ""


def _default_path(shape: str, names: dict[str, str]) -> str:
    path = shape.replace("{table}", names["table"])
    return path.replace("{function}", names["function"].replace("_", "-")) if "function" in names else path


def returns_option(function: ModelFunction | None) -> bool:
    return function is not None and re.search(r"Result<\s*Option<", function.returns) is not None


def _handler_name(shape: str, names: dict[str, str]) -> str:
    if "function" in names and (names["plural"] in names["function"] or names["singular"] in names["function"]):
        return names["function"]
    return shape.format(**names)


def _check_route(context: HandlerContext) -> None:
    """Refuse a handler whose name or route the crate already has: it would never be reached."""
    if any(r.function == context.handler and r.module == context.module for r in context.routes):
        raise ModeError(f"this file already has a handler `{context.handler}`")
    clash = next((r for r in context.routes if r.key == (context.method, _unnamed(context.path))), None)
    if clash is not None:
        raise ModeError(f"{context.method.upper()} {context.path} is already routed to {clash.module}::{clash.function}")
    for name in path_params(context.path):
        if context.action == "call" and name not in dict(context.function.arguments) and "path" not in argument_sources(context).values():
            raise ModeError(f"the path parameter `{name}` is not an argument of {context.function.name} ({', '.join(dict(context.function.arguments)) or 'none'})")
        if context.action != "call" and name != "id":
            raise ModeError(f"a {context.action} handler's path has one parameter, {{id}}, not {{{name}}}")
    if context.action in ("get", "update", "delete") and "id" not in path_params(context.path):
        raise ModeError(f"a {context.action} handler's path needs the {{id}} parameter, e.g. /{context.table.name}/{{id}}")


def _unnamed(path: str) -> str:
    return re.sub(r"\{(\w+)(?::[^}]*)?\}", "{}", path.rstrip("/") or "/")


def _insert_line(request: Request) -> int:
    """The cursor's line on a blank line; after the top-level item it is inside, otherwise."""
    lines = request.text.split("\n")
    if request.line >= len(lines) or not lines[request.line].strip():
        return min(request.line, len(lines))
    for node in parse(request.text).root_node.children:
        if node.start_point[0] <= request.line <= node.end_point[0]:
            return node.end_point[0] + 1
    return request.line + 1


def model_import(context: HandlerContext, name: str) -> str | None:
    """`crate::models::owner::Owner` for a type of the crate, None when it is this file's own."""
    path = module_path_of(context.request.workspace, context.request.path, name)
    if path is None or path == "::".join(filter(None, ["crate", context.module, name])):
        return None
    return path

