"""What `solid.route` needs: the router file, the path, the component, and the file with the route added.

The route is written the way the router file already declares its routes: a `{ path, component }`
object in a `RouteDefinition[]` array, or a `<Route path=... component={...} />` element in a JSX
`<Router>`; the component imported lazily when the others are, else with a plain import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ...edits import apply_edits
from ...syntax import Node, ancestors, parse, text_of, walk
from ..imports import Import, import_edits, read_imports
from ..project import ROUTES_ARRAY, Project, jsx_attribute, lazy_imports, read_project, required_props, route_elements
from ..words import url_segment

_PATH = re.compile(r"/|(/([a-z0-9][a-z0-9-]*|:[a-zA-Z]\w*))+")
_INLINE_LAZY = re.compile(r"component:\s*lazy\(")


@dataclass
class RouteContext:
    request: Request
    project: Project
    path: str
    component: str
    #: the router file with the route (and its lazy import) added
    updated: str


def path_params(path: str) -> set[str]:
    return set(re.findall(r":(\w+)", path))


def params_read(text: str) -> set[str]:
    """The route parameters a component reads (`params.id`, `useParams<...>().petId`)."""
    return set(re.findall(r"\bparams\.(\w+)", text)) if "useParams" in text else set()


def _component(request: Request, project: Project) -> str:
    # a route names its component as the router file imports it (`Dashboard` for ./App)
    imported = {i.default: i.module for i in read_imports(request.text) if i.default} | lazy_imports(request.text)
    routed = {imported.get(route.component, route.component) for route in project.routes}
    offered = [
        name for name, file in project.components.items()
        if name not in project.layouts
        and name not in routed
        and project.import_path(request.path, file) not in routed
        and file != project.routes_file  # the router is no page of its own
        and not required_props(request.workspace.read(file) or "")
    ]
    named = request.args.get("component")
    found = next((name for name in project.components if named and name.lower() == named.strip().lower()), None)
    if found is not None:
        return found
    prompt = "Which component should the route show?" if named is None else f"There is no component `{named}` in src/. Which one should the route show?"
    raise NeedsInput("component", prompt, tuple(Choice(name, name) for name in offered))


def _path(request: Request, component: str, reads: set[str]) -> str:
    path = request.args.get("path")
    if path is None:
        base = re.sub(r"(List|Detail|Form|Page|Table)$", "", component) or component
        suggestion = "/" + url_segment(re.sub(r"^(New|Edit)", "", base)) + "".join(f"/:{p}" for p in sorted(reads))
        raise NeedsInput("path", f"The URL path for {component} (e.g. {suggestion})", (Choice(suggestion, suggestion),))
    path = "/" + path.strip().strip("/")  # `owners/:id/` is read as /owners/:id
    if not _PATH.fullmatch(path):
        raise ModeError(f"`{path}` is not a route path: use /words-with-dashes and :params, e.g. /pets/:id")
    return path


def with_route(text: str, path: str, component: str, specifier: str, named: bool = False) -> str:
    """The router file with the route added last, as its routes are declared, and the component
    imported as the others are, unless it already is."""
    match = ROUTES_ARRAY.search(text)
    if match is not None:
        close = text.index("];", match.end())
        declared = text[match.end() : close]
        # routes that import their page in place (`component: lazy(() => import("../pages/Walks"))`)
        inline = _INLINE_LAZY.search(declared) is not None
        written = _lazy(specifier, component, named) if inline else component
        multiline = re.search(r"\{[ \t]*\n([ \t]*)path:", declared)
        if multiline:
            indent = multiline.group(1)
            entry = f'  {{\n{indent}path: "{path}",\n{indent}component: {written},\n  }},\n'
        else:
            entry = f'  {{ path: "{path}", component: {written} }},\n'
        # a catch-all (`{ path: "*404", ... }`) stays the last route
        catch_all = re.search(r"\n[ \t]*\{\s*path:\s*[\"'`]\*[^\n]*\n?(?:(?!\n[ \t]*\{)[\s\S])*$", declared)
        at = match.end() + catch_all.start() + 1 if catch_all else close
        eager = "component:" in declared and not lazy_imports(text)
        text = text[:at] + entry + text[at:]
        if inline:
            return _with_solid_lazy(text)
        if eager:  # the array's pages are imported up front (`import Home from "./Pages/Home"`)
            return apply_edits(text, import_edits(text, [Import(specifier, names=[component]) if named else Import(specifier, default=component)]))
        return _with_lazy_import(text, component, specifier, named, before=text.rindex("\n", 0, match.start()) + 1)
    text = _with_route_element(text, path, component)
    if component in lazy_imports(text) or any(i.default == component or component in i.names for i in read_imports(text)):
        return text
    if lazy_imports(text):
        return _with_lazy_import(text, component, specifier, named)
    return apply_edits(text, import_edits(text, [Import(specifier, names=[component]) if named else Import(specifier, default=component)]))


def _lazy(specifier: str, component: str, named: bool) -> str:
    """A lazy import of the component's module; a named export is made its default."""
    module = f'import("{specifier}")'
    return f"lazy(() => {module}.then((m) => ({{ default: m.{component} }})))" if named else f"lazy(() => {module})"


def _nested(element: Node) -> bool:
    """Whether a `<Route>` element is inside another one (a group of routes under one path)."""
    own = element.parent if element.type == "jsx_opening_element" else element
    return any(node.type == "jsx_element" and _tag(node) == "Route" for node in ancestors(own.parent))


def _tag(element: Node) -> str:
    """The name of a jsx_element's opening tag: `Route`, `Router`."""
    return text_of(element.child_by_field_name("open_tag").child_by_field_name("name"))


def _with_route_element(text: str, path: str, component: str) -> str:
    """`<Route path="..." component={X} />` after the router's last top-level route, indented and
    quoted as it is; in a `<Router>` with no route yet, as its last child."""
    tree = parse(text, "tsx")
    lines = text.split("\n")
    top_level = [e for e in route_elements(tree) if not _nested(e)]
    # a catch-all (`path="*404"`) stays the last route
    ordinary = [e for e in top_level if not jsx_attribute(e, "path").startswith("*")] or top_level
    if top_level:
        last = ordinary[-1].parent if ordinary[-1].type == "jsx_opening_element" else ordinary[-1]
        written = text_of(last)
        indent = re.match(r"\s*", lines[last.start_point[0]]).group(0)
        at = last.end_point[0] + 1
    else:
        router = next((n for n in walk(tree.root_node) if n.type == "jsx_element" and _tag(n) == "Router"), None)
        if router is None:
            raise ModeError("this router file has no <Router> with children to add the route to")
        written = ""
        indent = re.match(r"\s*", lines[router.start_point[0]]).group(0) + "  "
        at = router.child_by_field_name("close_tag").start_point[0]
    quote = "'" if re.search(r"path='", written) else '"'
    attributes = [f"path={quote}{path}{quote}", f"component={{{component}}}"]
    if written.find("component=") != -1 and written.find("component=") < written.find("path="):
        attributes.reverse()
    element = f"{indent}<Route {' '.join(attributes)} />"
    with_element = lines[:at] + [element] + lines[at:]
    text = "\n".join(with_element)
    return apply_edits(text, import_edits(text, [Import("@solidjs/router", names=["Route"])]))


def _with_lazy_import(text: str, component: str, specifier: str, named: bool = False, before: int | None = None) -> str:
    """The component imported lazily (its own chunk), unless it already is: after the other lazy
    imports, else before `before` (the routes array) or the first export."""
    if component in lazy_imports(text):
        return text
    line = f"const {component} = {_lazy(specifier, component, named)};\n"
    lazies = list(re.finditer(r"^const \w+ = lazy\(.*\n", text, re.M))
    at = lazies[-1].end() if lazies else before if before is not None else text.index("export")
    return _with_solid_lazy(text[:at] + line + text[at:])


def _with_solid_lazy(text: str) -> str:
    if not re.search(r"import\s*\{[^}]*\blazy\b[^}]*\}\s*from\s*\"solid-js\"", text):
        text = 'import { lazy } from "solid-js";\n' + text
    return text


def build_context(request: Request) -> RouteContext:
    project = read_project(request)
    if project.routes_file is None:
        if not project.has_router:
            raise ModeError(
                "This app's screens have no addresses of their own: it does not use @solidjs/router, the "
                "package that gives each page its own address (like /plants). Add it to the app first."
            )
        raise ModeError(
            "This app shows its screens on one page: no file under src/ lists its pages and their addresses "
            "yet (a <Router> from @solidjs/router, usually in the file that starts the app). Once one holds "
            "a <Router>, run this there to add pages to it."
        )
    if Path(request.path).resolve() != project.routes_file.resolve():
        raise ModeError(f"run solid.route in the router file, the one listing the app's pages ({project.routes_file.relative_to(project.root)})")
    component = _component(request, project)
    source = request.workspace.read(project.components[component]) or ""
    needed = required_props(source)
    if needed:
        raise ModeError(f"{component} needs props ({', '.join(needed)}) a route cannot give it; route a page that loads its own data")
    reads = params_read(source)
    path = _path(request, component, reads)
    existing = project.route_for(path)
    if existing is not None:
        raise ModeError(f"`{path}` is already routed (to {existing.component}); nothing to add")
    missing = reads - path_params(path)
    if missing:
        raise ModeError(f"{component} reads the route parameter(s) {', '.join(sorted(missing))}: put them in the path, e.g. {path}/:{sorted(missing)[0]}")
    specifier = project.import_path(request.path, project.components[component])
    named = component in project.named_components
    return RouteContext(request, project, path, component, with_route(request.text, path, component, specifier, named))
