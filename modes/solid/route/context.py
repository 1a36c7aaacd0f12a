"""What `solid.route` needs: the router file, the path, the component, and the file with the route added."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ..project import Project, lazy_imports, read_project, required_props
from ..words import url_segment

_PATH = re.compile(r"/|(/([a-z0-9][a-z0-9-]*|:[a-zA-Z]\w*))+")
#: where the routes array closes: the first `];` after `RouteDefinition[] = [`
_ROUTES_ARRAY = re.compile(r"RouteDefinition\[\]\s*=\s*\[")
#: components the router itself uses, never routed to
_NOT_PAGES = {"Layout"}


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
    routed = set(lazy_imports(request.text).values())
    offered = [
        name for name, file in project.components.items()
        if name not in _NOT_PAGES
        and project.import_path(request.path, file) not in routed
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


def with_route(text: str, path: str, component: str, specifier: str) -> str:
    """The router file with `{ path, component }` last in its routes array and the component
    imported lazily (its own chunk), unless it already is."""
    match = _ROUTES_ARRAY.search(text)
    if match is None:
        raise ModeError("this router file has no `RouteDefinition[] = [...]` array to add the route to")
    close = text.index("];", match.end())
    text = text[:close] + f'  {{ path: "{path}", component: {component} }},\n' + text[close:]
    if component in lazy_imports(text):
        return text
    line = f'const {component} = lazy(() => import("{specifier}"));\n'
    lazies = list(re.finditer(r"^const \w+ = lazy\(.*\n", text, re.M))
    at = lazies[-1].end() if lazies else text.index("export")
    text = text[:at] + line + text[at:]
    if not re.search(r"import\s*\{[^}]*\blazy\b[^}]*\}\s*from\s*\"solid-js\"", text):
        text = 'import { lazy } from "solid-js";\n' + text
    return text


def build_context(request: Request) -> RouteContext:
    project = read_project(request)
    if project.routes_file is None or Path(request.path).resolve() != project.routes_file.resolve():
        where = project.routes_file.relative_to(project.root) if project.routes_file else "src/routes.tsx"
        raise ModeError(f"run solid.route in the router file ({where})")
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
    return RouteContext(request, project, path, component, with_route(request.text, path, component, specifier))
