"""How the crate's own handlers are written, read so that a new handler is written the same way.

Three error styles are common in Actix code and each is read from the existing handlers' return
types: the crate's own error type implementing `ResponseError` (`Result<HttpResponse, ApiError>`),
actix-web's own `actix_web::Result` with its `error::Error*` helpers, and a plain `HttpResponse`
(or `impl Responder`) whose status the handler builds itself. The state handlers reach the pool
through is read from their `web::Data<...>` parameters: the pool itself, or an application state
struct holding it in a field. Only where the crate has no handler yet does the scaffold's style
(the error type, else actix-web's Result) apply.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..base import ModeError
from ..diesel.models import Function, function_from_node
from ..syntax import text_of, walk
from .crate import ActixCrate, ErrorType, PoolType, module_of

#: the error styles, as the handler templates' file suffixes name them
ERROR_TYPE, ACTIX_RESULT, PLAIN = "", "_actix_result", "_plain"
_DATA = re.compile(r"^(?:actix_web::)?(?:web::)?Data<(.+)>$")
_POOL = re.compile(r"\bPool\s*<")
_ARC = re.compile(r"(?:std::sync::)?Arc<(\w+)>")


@dataclass(frozen=True)
class StateAccess:
    """How a handler reaches the connection pool."""

    #: the handler's parameter (`pool`, `state`) and the type inside its `web::Data<...>`
    parameter: str
    extractor: str
    #: the expression that is the pool (`pool`, `state.db`)
    pool: str
    #: the module declaring the extractor type, None when it is written in full (`Pool<...>`)
    module: str | None
    #: the state struct inside an `Arc` (`Arc<AppState>`), which is what the module declares
    shared: str = ""
    #: whether the state is a repository, a struct holding the pool whose `&self` methods the
    #: handlers call (`web::Data<CustomerRepo>`, `repo.all()`): one per record
    repository: bool = False

    @property
    def declared(self) -> str:
        """The name the module declares: the extractor type, or the struct its Arc holds."""
        return self.shared or self.extractor


@dataclass(frozen=True)
class Conventions:
    #: ERROR_TYPE, ACTIX_RESULT or PLAIN
    errors: str
    #: the crate's error type, in the ERROR_TYPE style
    error: ErrorType | None
    #: the handler's return type as the crate writes it
    returns: str
    state: StateAccess
    #: the HttpResponse builders of a successful create and delete (`Created`/`Ok`, `NoContent`/`Ok`)
    created: str = "Created"
    deleted: str = "NoContent"
    #: how a successful answer holds its value (read from the handlers' `.json(...)`): VALUE, the
    #: value itself; KEYED, under its table's name (`json!({"kayak": kayak})`); a call of the
    #: crate's own wrapper around "{value}" (`Envelope::ok({value})`); "dto:<suffix>:<function>",
    #: a response struct per model (`MemberResponse::from(member)`); UNKNOWN, none of those
    answer: str = "{value}"
    #: a plain handler's answer for a missing row, "{what}" where it names the thing
    not_found: str = "HttpResponse::NotFound().finish()"
    #: whether the handlers move the blocking Diesel work off the async thread with web::block
    #: (those of a crate that calls Diesel in place do not)
    offloads: bool = True
    #: the crate's one function every handler hands its query's Result to for the answer
    #: (`respond(result, StatusCode::OK)`), as (its path from the crate root, the line taking a
    #: connection with "__state__" for the state parameter); None where there is none
    answer_helper: tuple[str, str] | None = None


VALUE, KEYED, UNKNOWN = "{value}", "keyed", "unknown"


@dataclass(frozen=True)
class _Handler:
    returns: str
    #: (parameter, type inside web::Data) of its state parameter, if any
    data: tuple[str, str] | None
    module: str
    #: "create" or "delete" when its body inserts or deletes rows, else ""
    action: str = ""
    #: the success statuses its HttpResponse builders answer (`Ok`, `Created`, `NoContent`)
    successes: tuple[str, ...] = ()
    #: what its successful answers pass to `.json(...)`, and its whole not-found answers
    answers: tuple[str, ...] = ()
    not_found: tuple[str, ...] = ()
    #: whether it reaches the database (a pool's connection, a repository), and through web::block
    queries: bool = False
    offloads: bool = False
    #: the function its body ends by handing a Result to (`respond(result, StatusCode::OK)`), and
    #: the line taking its connection, with "__state__" for the state parameter
    answered_by: str | None = None
    connection_line: str | None = None


def read_conventions(crate: ActixCrate, module: str) -> Conventions:
    """The conventions of the crate's handlers, those of `module` (the file being edited) first."""
    handlers = _handlers(crate)
    pools = crate.pool_types()
    errors = crate.error_types()
    aliases = _result_aliases(crate)
    styled = [(h, _error_style(_unaliased(h.returns, aliases), errors)) for h in handlers]
    styled = [(h, style) for h, style in styled if style is not None]
    if styled:
        style, error = Counter(style for _, style in styled).most_common(1)[0][0]
        written = [h.returns for h, s in styled if s == (style, error)]
        here = [h.returns for h, s in styled if s == (style, error) and h.module == module]
        returns = Counter(here).most_common(1)[0][0] if here else _portable(Counter(written).most_common(1)[0][0], style)
        # the crate's own alias (`ApiResult<T>`), answering an HttpResponse as the templates do
        alias = next((name for name, of in aliases.items() if error is not None and of == error.name and re.match(rf"\s*{name}\s*<", returns)), None)
        if alias is not None:
            returns = f"{alias}<HttpResponse>"
    elif len(errors) == 1:
        style, error, returns = ERROR_TYPE, errors[0], f"Result<HttpResponse, {errors[0].name}>"
    else:
        style, error, returns = ACTIX_RESULT, None, "actix_web::Result<HttpResponse>"
    return Conventions(
        style, error, returns, _state(crate, handlers, pools),
        created=_success(handlers, "create", "Created"), deleted=_success(handlers, "delete", "NoContent"),
        answer=_answer(handlers), not_found=_not_found(handlers),
        # only a crate whose handlers all query in place is read as not offloading
        offloads=not any(h.queries for h in handlers) or any(h.offloads for h in handlers),
        answer_helper=_answer_helper(crate, handlers),
    )


def _answer_helper(crate: ActixCrate, handlers: list[_Handler]) -> tuple[str, str] | None:
    """The crate's function every handler ends by handing its Result and a status to, where they
    all do and take their connection one way: its path, and that line."""
    helpers = {h.answered_by for h in handlers}
    lines = {h.connection_line for h in handlers}
    if len(handlers) < 2 or len(helpers) != 1 or None in helpers or len(lines) != 1 or None in lines:
        return None
    name = helpers.pop()
    module = next((module_of(crate.root, path) for path, parsed in crate.files.items() if re.search(rf"\bfn\s+{name}\s*[<(]", parsed.text)), None)
    return ("::".join(filter(None, ["crate", module, name])), lines.pop()) if module is not None else None


def _answer(handlers: list[_Handler]) -> str:
    """The one way the crate's handlers hold a value in their answers; UNKNOWN when they use
    another, or several."""
    shapes = {_answer_shape(a) for h in handlers for a in h.answers}
    if not shapes:
        return VALUE
    return shapes.pop() if len(shapes) == 1 else UNKNOWN


def _answer_shape(argument: str) -> str:
    written = re.sub(r"\s+", "", argument)
    if re.fullmatch(r"&?\w+", written):
        return VALUE
    keyed = re.fullmatch(r'(?:serde_json::)?json!\(\{"(\w+)":(\w+)\}\)', written)
    if keyed and keyed.group(1) == keyed.group(2):
        return KEYED
    # `MemberResponse::from(member)`, or a list of them: `members.into_iter().map(MemberResponse::from).collect...`
    dto = re.fullmatch(r"([A-Z][a-z0-9]*)\w*?(Response|Dto|DTO|Output|Body|View|Json)::(\w+)\(\w+\)", written)
    dto = dto or re.fullmatch(r"\w+\.(?:into_)?iter\(\)\.map\(([A-Z][a-z0-9]*)\w*?(Response|Dto|DTO|Output|Body|View|Json)::(\w+)\)\.collect(?:::<Vec<_>>)?\(\)", written)
    if dto:
        return f"dto:{dto.group(2)}:{dto.group(3)}"
    wrapper = re.fullmatch(r"([A-Z]\w*(?:::\w+)+)\((\w+)\)", written)
    if wrapper:
        return wrapper.group(1) + "({value})"
    return UNKNOWN


def _not_found(handlers: list[_Handler]) -> str:
    """A plain handler's not-found answer as the crate's own ones are written, its message about
    the thing missing; an empty 404 when they differ."""
    written = {_with_message(answer) for h in handlers for answer in h.not_found}
    return written.pop() if len(written) == 1 and None not in written else "HttpResponse::NotFound().finish()"


def _with_message(answer: str) -> str | None:
    """The answer with its message (its last string) saying "{what} not found"; None when the
    message is formatted from values the new handler would not have."""
    literals = list(re.finditer(r'"[^"{}]*"', answer))
    if not literals or "format!" in answer:
        return None
    last = literals[-1]
    # the new handler's file need not import serde_json's macro
    return re.sub(r"(?<![:\w])json!", "serde_json::json!", answer[: last.start()] + '"{what} not found"' + answer[last.end() :])


def _success(handlers: list[_Handler], action: str, default: str) -> str:
    """The status the crate's own create (or delete) handlers answer on success, when they agree."""
    shown = {status for h in handlers if h.action == action for status in h.successes}
    return shown.pop() if len(shown) == 1 else default


#: the success builders of HttpResponse a create or delete handler answers with
_SUCCESSES = re.compile(r"HttpResponse::(Ok|Created|NoContent|Accepted)\(\)")


def _handlers(crate: ActixCrate) -> list[_Handler]:
    """The crate's async functions that are Actix handlers: they answer an HttpResponse or a
    Responder, or take actix-web extractors."""
    found = []
    for path, parsed in crate.files.items():
        source = parsed.text.encode("utf-8")
        for node in walk(parsed.tree.root_node):
            if node.type != "function_item" or not re.match(r"(pub(\([^)]*\))?\s+)?async\s+fn\b", text_of(node)):
                continue
            function = function_from_node(node, source)
            returns = re.sub(r"\s+", "", function.returns)
            params = {name: re.sub(r"\s+", "", written) for name, written in function.params.items()}
            if not re.search(r"HttpResponse|Responder", returns) and not any(re.search(r"\b(Data|Json|Path|Query)<", p) for p in params.values()):
                continue
            data = next(((name, m.group(1)) for name, written in params.items() if (m := _DATA.match(written))), None)
            body = text_of(node.child_by_field_name("body"))
            # what it does: its query, its name's verb, the function it calls, or its file's name
            # where each endpoint has a file of its own (api/members/create.rs: `handler`)
            verbs = {function.name.split("_")[0], module_of(crate.root, path).rsplit("::", 1)[-1]}
            verbs |= {called.split("_")[0] for called in re.findall(r"\b([a-z]+_\w+)\s*\(", body)}
            action = "create" if "insert_into(" in body or verbs & {"create", "add", "new", "insert"} else ""
            action = "delete" if "diesel::delete(" in body or verbs & {"delete", "remove", "destroy"} else action
            successes = tuple(dict.fromkeys(_SUCCESSES.findall(body)))
            answers = tuple(_bound(answer, body) for answer in _arguments_after(body, _ANSWERS))
            not_found = tuple(m.group(0) + a + ")" for m, a in zip(_NOT_FOUND.finditer(body), _arguments_after(body, _NOT_FOUND)))
            # a query in the body, or a call of the shared state's own methods (`db.list_orders()`)
            calls_state = data is not None and re.search(rf"\b{re.escape(data[0])}\s*\.\s*[a-z_]\w*\s*\(", body) is not None
            queries = calls_state or bool(re.search(r"\.get\(\)|conn\b|web::block", body))
            tail = re.search(r"\b([a-z_]\w*)\(\s*\w+\s*,\s*(?:actix_web::http::)?StatusCode::\w+\s*\)\s*\}\s*$", body)
            taken = re.search(r"let\s+mut\s+conn\s*=\s*([^;]+);", body)
            line = taken.group(0).replace(data[0] + ".", "__state__.", 1) if taken and data and taken.group(1).startswith(data[0] + ".") else None
            found.append(_Handler(
                function.returns.strip(), data, module_of(crate.root, path), action, successes, answers, not_found, queries,
                "web::block" in body, tail.group(1) if tail else None, line,
            ))
    return found


#: a successful answer's `.json(` and a plain not-found answer's builder (`.json(` or `.body(`)
_ANSWERS = re.compile(r"HttpResponse::(?:Ok|Created|Accepted)\(\)\s*\.json\(")
_NOT_FOUND = re.compile(r"HttpResponse::NotFound\(\)\s*\.(?:json|body)\(")


def _bound(answer: str, body: str) -> str:
    """An answered variable's own expression where that shows the shape (`let body =
    rows.into_iter().map(MemberResponse::from).collect();`), else the answer as written."""
    bound = re.search(rf"\blet\s+(?:mut\s+)?{re.escape(answer.strip())}\s*(?::[^=;]+)?=\s*([^;]+);", body) if re.fullmatch(r"\s*\w+\s*", answer) else None
    if bound is not None and _answer_shape(bound.group(1)) not in (VALUE, UNKNOWN):
        return bound.group(1)
    return answer


def _arguments_after(text: str, opening: re.Pattern) -> list[str]:
    """The argument of each call `opening` ends at (its `(` included in the match), up to its `)`."""
    found = []
    for match in opening.finditer(text):
        depth, at = 1, match.end()
        while at < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[at], 0)
            at += 1
        found.append(text[match.end() : at - 1])
    return found


def _error_style(returns: str, errors: list[ErrorType]) -> tuple[str, ErrorType | None] | None:
    """The error style a written return type shows, None when it is none of the three."""
    bare = re.sub(r"\s+", "", returns)
    result = re.match(r"^(?:actix_web::|web::|std::result::)?Result<(.+)>$", bare)
    if result is None:
        return (PLAIN, None) if re.fullmatch(r"(actix_web::)?HttpResponse|impl(actix_web::)?Responder", bare) else None
    arguments = _top_level_split(result.group(1))
    if len(arguments) == 1:
        return ACTIX_RESULT, None
    error_name = arguments[1].split("::")[-1]
    own = next((e for e in errors if e.name == error_name), None)
    if own is not None:
        return ERROR_TYPE, own
    if arguments[1] in ("Error", "actix_web::Error", "actix_web::error::Error"):
        return ACTIX_RESULT, None
    return None


_RESULT_ALIAS = re.compile(r"\btype\s+(\w+)\s*<\s*(\w+)\s*>\s*=\s*(?:std::result::|core::result::)?Result\s*<\s*\2\s*,\s*([\w:]+)\s*>")


def _result_aliases(crate: ActixCrate) -> dict[str, str]:
    """The crate's result aliases (`pub type ApiResult<T> = Result<T, AppError>`): alias -> error."""
    return {name: error.split("::")[-1] for parsed in crate.files.values() for name, _, error in _RESULT_ALIAS.findall(parsed.text)}


def _unaliased(returns: str, aliases: dict[str, str]) -> str:
    """`ApiResult<Json<Job>>` as the Result it stands for: `Result<Json<Job>, AppError>`."""
    written = re.fullmatch(r"\s*(\w+)\s*<(.+)>\s*", returns, re.S)
    if written and written.group(1) in aliases:
        return f"Result<{written.group(2)}, {aliases[written.group(1)]}>"
    return returns


def _portable(returns: str, style: str) -> str:
    """A return type copied from another file, written so that it needs no import of its own
    beyond HttpResponse and Responder: actix-web's Result and Error in full."""
    if style != ACTIX_RESULT:
        return returns
    inner = _top_level_split(re.match(r"^[\w:]*Result\s*<(.+)>$", returns.strip()).group(1))[0].strip()
    return f"actix_web::Result<{inner}>"


def _top_level_split(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "<"
        depth -= char == ">"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _state(crate: ActixCrate, handlers: list[_Handler], pools: list[PoolType]) -> StateAccess:
    """How the crate's handlers reach the pool, the commonest way first; the pool alias itself
    when no handler shows one."""
    shown = Counter(h.data for h in handlers if h.data is not None)
    for (parameter, extractor), _ in shown.most_common():
        if extractor in {p.name for p in pools}:
            pool = next(p for p in pools if p.name == extractor)
            return StateAccess(parameter, extractor, parameter, pool.module)
        if _POOL.search(extractor):
            return StateAccess(parameter, extractor, parameter, None)
        arc = _ARC.fullmatch(extractor)  # `web::Data<Arc<AppState>>` reaches the state's fields the same way
        shared = arc.group(1) if arc else ""
        held = _pool_field(crate, shared or extractor, pools)
        if held is not None:
            field, module = held
            return StateAccess(parameter, extractor, f"{parameter}.{field}", module, shared, bool(repository_methods(crate, shared or extractor)))
    if shown:
        (parameter, extractor), _ = shown.most_common(1)[0]
        raise ModeError(
            f"the crate's handlers take `web::Data<{extractor}>`, which holds no connection pool this mode can use "
            "(it needs an r2d2 pool, e.g. `Pool<ConnectionManager<SqliteConnection>>`); nothing was changed"
        )
    if len(pools) != 1:
        what = "no" if not pools else "more than one"
        raise ModeError(f"the crate has {what} connection pool type alias (like `pub type DbPool = Pool<ConnectionManager<SqliteConnection>>`)")
    return StateAccess("pool", pools[0].name, "pool", pools[0].module)


def repository_methods(crate: ActixCrate, struct_name: str) -> list[Function]:
    """The `&self` methods of a struct's own impl that reach the database through it."""
    return [
        function
        for parsed in crate.files.values()
        for impl in parsed.impls
        if impl.type_name == struct_name and impl.trait is None
        for function in impl.functions
        if _SELF.search(function.source) and "Result<" in (function.returns or "")
    ]


_SELF = re.compile(r"fn\s+\w+\s*(<[^>]*>)?\s*\(\s*&\s*(mut\s+)?self\b")


def repositories(crate: ActixCrate, pools: list[PoolType]) -> dict[str, str]:
    """Each struct holding the pool with `&self` methods -> its module."""
    found = {}
    for path, parsed in crate.files.items():
        for struct in parsed.structs:
            if _pool_field(crate, struct.name, pools) is not None and repository_methods(crate, struct.name):
                found[struct.name] = module_of(crate.root, path)
    return found


def _pool_field(crate: ActixCrate, struct_name: str, pools: list[PoolType]) -> tuple[str, str] | None:
    """(field, module of the struct) of the struct's one field holding a pool."""
    aliases = {p.name for p in pools}
    for path, parsed in crate.files.items():
        struct = parsed.struct(struct_name)
        if struct is None:
            continue
        held = [f.name for f in struct.fields if f.rust_type.replace(" ", "") in aliases or _POOL.search(f.rust_type)]
        if len(held) == 1:
            return held[0], module_of(crate.root, path)
    return None
