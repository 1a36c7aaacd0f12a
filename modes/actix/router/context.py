"""What `actix.router` needs: the crate's routed handlers, those the app already registers, and
the `.service(...)` chain where the missing ones go."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...base import Choice, ModeError, NeedsInput, Request
from ...syntax import Node, indent_of, lsp_character, parse, text_of, walk
from ..comment import asked_paths, comment_at
from ..crate import ActixCrate, Route, called_method, chain_indent, configure_functions, first_statement_spot, module_of, read_crate, registering_calls


@dataclass
class RouterContext:
    request: Request
    crate: ActixCrate
    #: the routes the file registers now, and those it is to register
    registered: list[Route]
    missing: list[Route]
    #: (line, UTF-16 character) where the new `.service(...)` calls are appended
    anchor: tuple[int, int]
    #: for a missing route another registered one would shadow: (line, character) of that one's
    #: `.service`, which the new registration goes before
    before: dict[Route, tuple[int, int]]
    indent: str
    #: the module of the file the registrations go in (handlers, or "" for main.rs)
    module: str
    #: whether its registrations name handlers from the crate root (`crate::handlers::...`)
    absolute: bool
    #: routes left out because another registered handler already answers them
    clashing: list[Route]
    #: the ServiceConfig parameter when the registrations start a statement of their own in an
    #: empty configure function (`cfg.service(a).service(b);`), None when they join a chain
    statement: str | None = None
    #: what follows the appended registrations (a line break when the `}` shared their line)
    closing: str = ""


def build_context(request: Request) -> RouterContext:
    crate = read_crate(request.workspace, request.path, request.text)
    if crate is None:
        raise ModeError(f"no Cargo.toml above {request.path.name}: not a crate")
    tree = parse(request.text)
    if tree.root_node.has_error:
        raise ModeError(f"{request.path.name} does not parse; fix its syntax before registering handlers")
    every = crate.routes()
    _refuse_what_the_comment_asks_beyond_registering(request, every)
    # `.service(...)` registers what a route macro routes; a `.route(...)` call registers itself
    routes = [r for r in every if not r.by_call]
    if not routes:
        raise ModeError("the crate has no handler with a route macro (#[get(\"...\")] and the like) to register")
    services = _service_calls(tree.root_node)
    if not services and "App::new()" not in request.text and "ServiceConfig" not in request.text:
        raise ModeError("this file neither builds the App nor registers services; run the router in the file that does (main.rs)")
    # Registered anywhere in the crate counts: a second registration elsewhere would be a duplicate.
    written = [
        (text_of(argument), module_of(crate.root, path))
        for path, parsed in crate.files.items()
        for _, argument in _service_calls(parsed.tree.root_node)
    ]
    registered = registered_routes(routes, written) + [r for r in every if r.by_call]
    unregistered = [r for r in routes if r not in registered]
    wanted = _wanted(request.args.get("handler"), unregistered, registered)
    taken = {r.key for r in registered}
    missing, clashing = [], []
    for route in wanted:
        (clashing if route.key in taken else missing).append(route)
        taken.add(route.key)
    if request.args.get("handler") and clashing:
        route = clashing[0]
        raise ModeError(f"{route.method.upper()} {route.path} is already answered by another registered handler; registering {route.function} too would never reach it")
    if not missing:
        raise ModeError("every routed handler of the crate is already registered here")
    missing = _literal_first(missing)
    lines = request.text.split("\n")
    empty = _empty_configure(tree.root_node, services)
    if empty is not None:
        function, parameter = empty
        line, character, indent, closing = first_statement_spot(lines, function)
        return RouterContext(
            request=request, crate=crate, registered=registered, missing=missing, anchor=(line, character), before={},
            indent=indent, module=module_of(crate.root, request.path), absolute=False,
            clashing=clashing, statement=parameter, closing=closing,
        )
    anchor_node = _anchor(tree.root_node, services)
    line = anchor_node.end_point[0]
    character = lsp_character(lines[line], anchor_node.end_point[1])
    return RouterContext(
        request=request,
        crate=crate,
        registered=registered,
        missing=missing,
        anchor=(line, character),
        before=_shadowing_positions(missing, services, routes, lines, module_of(crate.root, request.path), tree.root_node),
        indent=_chain_indent(lines, services, anchor_node),
        module=module_of(crate.root, request.path),
        absolute=bool(services) and text_of(services[0][1]).startswith("crate::"),
        clashing=clashing,
    )


def _empty_configure(root: Node, services) -> tuple[Node, str] | None:
    """(function, ServiceConfig parameter) of the file's configure function when the file registers
    nothing yet and builds no App: the registrations start its first statement."""
    if services or registering_calls(root) or "App::new()" in text_of(root):
        return None
    found = configure_functions(root)
    if not found:
        return None
    return found[0]


def _service_calls(root: Node) -> list[tuple[Node, Node]]:
    """(call, argument) of each `.service(path)` whose argument names a function, not a scope."""
    calls = []
    for node in walk(root):
        if node.type != "call_expression":
            continue
        function = node.child_by_field_name("function")
        if function is None or function.type != "field_expression" or text_of(function.child_by_field_name("field")) != "service":
            continue
        arguments = node.child_by_field_name("arguments").named_children
        if len(arguments) == 1 and arguments[0].type in ("identifier", "scoped_identifier"):
            calls.append((node, arguments[0]))
    return calls


def resolve(written: str, module: str) -> str:
    """A path as written in `module`, from the crate root: `crate::handlers::plants::f`, and in
    handlers/mod.rs `plants::f` or `self::plants::f`, are `handlers::plants::f`."""
    path = written.replace(" ", "")
    if path.startswith("crate::"):
        return path.removeprefix("crate::")
    parts = module.split("::") if module else []
    while path.startswith("super::"):
        parts, path = parts[:-1], path.removeprefix("super::")
    return "::".join([*parts, path.removeprefix("self::")])


def registered_routes(routes: list[Route], written: list[tuple[str, str]]) -> list[Route]:
    """The routes that `.service(...)` arguments name, each (path as written, module it is written
    in): resolved from that module, or from the crate root (a name brought in by `use`), or a bare
    name that only one handler has."""
    names = {resolve(path, module) for path, module in written}
    names |= {path.replace(" ", "").removeprefix("crate::") for path, _ in written}
    found = []
    for route in routes:
        bare = route.function in names and sum(r.function == route.function for r in routes) == 1
        if f"{route.module}::{route.function}" in names or bare:
            found.append(route)
    return found


def written_path(route: Route, module: str, absolute: bool) -> str:
    """How the registering file names a handler: as its registrations do (`crate::...`), from the
    crate root in main.rs, relative to the file's module when the handler is inside it."""
    full = f"{route.module}::{route.function}"
    if absolute:
        return f"crate::{full}"
    if not module:
        return full
    if full.startswith(module + "::"):
        return full.removeprefix(module + "::")
    return f"crate::{full}"


def _wanted(handler: str | None, unregistered: list[Route], registered: list[Route]) -> list[Route]:
    """The routes asked for: the one named by `handler`, or every one not yet registered."""
    if not handler:
        return unregistered
    name = handler.split("::")[-1]
    if any(r.function == name for r in registered):
        raise ModeError(f"`{name}` is already registered")
    found = [r for r in unregistered if r.function == name and handler in (name, f"{r.module}::{name}")]
    if not found:
        choices = tuple(Choice(f"{r.module}::{r.function} ({r.method.upper()} {r.path})", f"{r.module}::{r.function}") for r in unregistered)
        if not choices:
            raise ModeError("every routed handler of the crate is already registered here")
        raise NeedsInput("handler", f"No unregistered handler `{handler}`; which one should be registered?", choices)
    return found[:1]


def _literal_first(routes: list[Route]) -> list[Route]:
    """The routes in order, except that each goes before any of them that would shadow it."""
    ordered: list[Route] = []
    for route in routes:
        shadow = next((n for n, earlier in enumerate(ordered) if route.shadowed_by(earlier)), None)
        ordered.insert(len(ordered) if shadow is None else shadow, route)
    return ordered


def _shadowing_positions(missing: list[Route], services, routes: list[Route], lines: list[str], module: str, root: Node) -> dict[Route, tuple[int, int]]:
    """Where each missing route must go so that nothing registered before it takes its requests:
    before the first `.service(...)` of this file that would. A parametrized route takes a literal
    one of its shape (`/owners/{id}` takes `/owners/search`); an explicit `web::resource` takes
    every method of its path, answering 405 for those it has no route for."""
    blocking = [(call, _taker(argument, routes, module)) for call, argument in services]
    blocking += [(call, path) for call in registering_calls(root) if (path := _resource_path(call))]
    positions = {}
    for route in missing:
        for call, taker in sorted(blocking, key=lambda pair: pair[0].end_byte):
            if taker is None or not _takes(taker, route):
                continue
            dot = call.child_by_field_name("function").child_by_field_name("field").start_point
            line = dot[0]
            character = lsp_character(lines[line], dot[1]) - 1
            positions[route] = (line, character)
            break
    return positions


def _taker(argument: Node, routes: list[Route], module: str) -> Route | None:
    named = registered_routes(routes, [(text_of(argument), module)])
    return named[0] if named else None


def _resource_path(call: Node) -> str | None:
    """The path of the `web::resource("...")` a `.service(...)` call registers, if it does."""
    if called_method(call) != "service":
        return None
    arguments = call.child_by_field_name("arguments").named_children
    match = re.match(r'(?:actix_web::)?(?:web::)?resource\(\s*"([^"]*)"', text_of(arguments[0])) if arguments else None
    return match.group(1) if match else None


def _takes(taker: Route | str, route: Route) -> bool:
    """Whether what is registered (a routed handler, or a resource's path) answers `route`'s requests."""
    if isinstance(taker, Route):
        return route.shadowed_by(taker)
    resource = Route(route.method, taker, "", "", None)
    return resource.key == route.key or route.shadowed_by(resource)


def _anchor(root: Node, services: list[tuple[Node, Node]]) -> Node:
    """The call after which new registrations go: the last `.service(handler)`, else the innermost
    last call that registers routes (`.route(...)`, `.configure(...)`, a `.service(...)` of a scope),
    so the new ones share their scope, else the last call of the chain `App::new()` starts (after
    its .app_data and .wrap)."""
    if services:
        return max((call for call, _ in services), key=lambda call: call.end_byte)
    registering = registering_calls(root)
    if registering:
        return registering[-1]
    app = next((n for n in walk(root) if n.type == "call_expression" and text_of(n.child_by_field_name("function")) == "App::new"), None)
    if app is None:
        raise ModeError("no App::new() and no .service(...) chain here to register handlers in")
    while app.parent is not None and app.parent.type == "field_expression" and app.parent.parent.type == "call_expression":
        app = app.parent.parent
    return app


def _chain_indent(lines: list[str], services: list[tuple[Node, Node]], anchor: Node) -> str:
    """The indentation of the chain's `.service(` lines, else that of a call after `anchor`."""
    if services:
        return indent_of(lines[services[-1][1].start_point[0]])
    return chain_indent(lines, anchor)


def _refuse_what_the_comment_asks_beyond_registering(request: Request, routes: list) -> None:
    """A `// nocodo:` comment asking for a path no handler answers ("a /health address", "serve the
    routes under /api") asks for more than registering handlers: refused, not half done."""
    comment = comment_at(request)
    routed = {route.path for route in routes}
    unknown = [path for path in asked_paths(comment or "") if path not in routed]
    if unknown:
        raise ModeError(
            f"the comment asks for {', '.join(unknown)}, which no handler of the crate answers; actix.router only "
            "registers existing handlers: write the handler first (actix.handler), then register it. Nothing was changed"
        )
