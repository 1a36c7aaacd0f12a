"""A SolidJS frontend as its modes read it: API types, the API client, components and routes.

Everything is read from the project's files with tree-sitter (types.ts, api.ts) or plain
patterns (routes): the modes choose only among what exists here.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..base import ModeError, Request
from ..frontend import dependencies, frontend_root
from ..syntax import Node, parse, text_of, walk

_ROUTE_OBJECT = re.compile(r"""path:\s*["'`]([^"'`]+)["'`]\s*,\s*component:\s*(\w+)""")
_ROUTE_JSX = re.compile(r"""<Route\b[^>]*?\bpath=["']([^"']+)["'][^>]*?\bcomponent=\{(\w+)\}""")
_LAZY = re.compile(r"""const\s+(\w+)\s*=\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']\s*\)\s*\)""")
_DEFAULT_COMPONENT = re.compile(r"export\s+default\s+function\s+([A-Z]\w*)\s*\(")


@dataclass(frozen=True)
class Field:
    name: str
    #: the TypeScript type as written, `| null` included
    type: str
    optional: bool

    @property
    def nullable(self) -> bool:
        return self.optional or bool(re.search(r"\|\s*null\b", self.type))

    @property
    def base_type(self) -> str:
        """The type without `| null`: `string`, `number`, `boolean` or a union's name."""
        return re.sub(r"\s*\|\s*null\b", "", self.type).strip()


@dataclass(frozen=True)
class Interface:
    name: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class ApiFunction:
    name: str
    #: (name, type) of each parameter
    params: tuple[tuple[str, str], ...]
    #: the type the promise resolves to: `Owner`, `Owner[]`
    returns: str


@dataclass(frozen=True)
class Route:
    path: str
    component: str


@dataclass
class Project:
    root: Path
    src: Path
    interfaces: dict[str, Interface]
    #: string unions: name -> values
    unions: dict[str, tuple[str, ...]]
    #: exported constants of types.ts (e.g. SPECIES_VALUES)
    constants: set[str]
    api: dict[str, ApiFunction]
    #: the client's function that writes an amount of cents as money (`money(cents: number)`), if any
    cents_formatter: str | None
    #: default-exported components: name -> file
    components: dict[str, Path]
    routes: list[Route]
    #: the router file (where solid.route adds routes), if the project has one
    routes_file: Path | None
    #: the API types (written by types.typescript) and the API client
    types_file: Path
    api_file: Path

    @property
    def has_router(self) -> bool:
        """Whether the project routes with @solidjs/router; without it a page takes its record's
        id as a prop, since there is no route to read it from."""
        return "@solidjs/router" in dependencies(self.root)

    def import_path(self, from_file: Path, target: Path) -> str:
        """The relative module specifier of `target` (no suffix) as imported from `from_file`."""
        relative = os.path.relpath(target.with_suffix(""), from_file.parent).replace(os.sep, "/")
        return relative if relative.startswith(".") else "./" + relative

    def route_for(self, pattern: str) -> Route | None:
        """The route whose path is `pattern` (`/pets/:id`), whatever its parameter is named."""
        shape = re.sub(r":\w+", ":", pattern)
        return next((r for r in self.routes if re.sub(r":\w+", ":", r.path) == shape), None)


def _interfaces(tree) -> dict[str, Interface]:
    found = {}
    for node in walk(tree.root_node):
        if node.type != "interface_declaration":
            continue
        fields = []
        for member in node.child_by_field_name("body").named_children:
            if member.type != "property_signature":
                continue
            annotation = next((c for c in member.named_children if c.type == "type_annotation"), None)
            optional = any(c.type == "?" for c in member.children)
            fields.append(Field(text_of(member.child_by_field_name("name")).strip("\"'"), text_of(annotation).lstrip(":").strip(), optional))
        found[text_of(node.child_by_field_name("name"))] = Interface(text_of(node.child_by_field_name("name")), tuple(fields))
    return found


def _unions(tree) -> dict[str, tuple[str, ...]]:
    found = {}
    for node in walk(tree.root_node):
        if node.type == "type_alias_declaration":
            value = text_of(node.child_by_field_name("value"))
            values = re.findall(r'"([^"]*)"', value)
            if values and re.fullmatch(r'\s*"[^"]*"(\s*\|\s*"[^"]*")*\s*', value):
                found[text_of(node.child_by_field_name("name"))] = tuple(values)
    return found


def _exported_constants(tree) -> set[str]:
    return {
        text_of(declarator.child_by_field_name("name"))
        for node in tree.root_node.named_children
        if node.type == "export_statement"
        for declarator in walk(node)
        if declarator.type == "variable_declarator"
    }


def _returned_type(function: Node) -> str | None:
    """`Owner[]` of `() => request<Owner[]>(...)` or of `function f(): Promise<Owner[]>`."""
    annotation = function.child_by_field_name("return_type")
    if annotation is not None:
        promised = re.fullmatch(r":\s*Promise<(.+)>", text_of(annotation).strip())
        return promised.group(1).strip() if promised else None
    body = function.child_by_field_name("body")
    call = body if body is not None and body.type == "call_expression" else None
    if call is None:
        return None
    arguments = call.child_by_field_name("type_arguments")
    return text_of(arguments)[1:-1].strip() if arguments is not None else None


def _exported_functions(tree):
    """(name, parameters as (name, type) pairs, function node) of each function the module exports."""
    for node in tree.root_node.named_children:
        for candidate in walk(node) if node.type == "export_statement" else []:
            if candidate.type == "variable_declarator":
                name, function = candidate.child_by_field_name("name"), candidate.child_by_field_name("value")
            elif candidate.type == "function_declaration":
                name, function = candidate.child_by_field_name("name"), candidate
            else:
                continue
            if function is None or function.type not in ("arrow_function", "function_declaration", "function_expression"):
                continue
            params = function.child_by_field_name("parameters")
            if params is None:
                continue
            typed = tuple(
                (text_of(p.child_by_field_name("pattern")), text_of(p.child_by_field_name("type")).lstrip(":").strip())
                for p in params.named_children
                if p.type in ("required_parameter", "optional_parameter")
            )
            yield text_of(name), typed, function


def _cents_formatter(tree) -> str | None:
    """An exported function of the client taking one number called `cents`: `money(cents)`,
    `formatCents(cents)`. Its parameter's own name says what it formats."""
    return next((name for name, params, _ in _exported_functions(tree) if [p for p, _ in params] == ["cents"]), None)


def _api_functions(tree) -> dict[str, ApiFunction]:
    found = {}
    for name, params, function in _exported_functions(tree):
        returns = _returned_type(function)
        if returns is not None:
            found[name] = ApiFunction(name, params, returns)
    return found


def _reader(request: Request):
    """Reads a project file: the request's own text for its file (it may be unsaved)."""
    own = Path(request.path).resolve()
    return lambda path: request.text if Path(path).resolve() == own else request.workspace.read(path)


def _components(read, src: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(src.rglob("*.tsx")):
        text = read(path) or ""
        match = _DEFAULT_COMPONENT.search(text)
        if match:
            found[match.group(1)] = path
    return found


def routes_in(text: str) -> list[Route]:
    """The routes a router file declares, as `{ path, component }` objects or `<Route>` elements."""
    return [Route(p, c) for p, c in _ROUTE_OBJECT.findall(text) + _ROUTE_JSX.findall(text)]


def required_props(text: str) -> list[str]:
    """The props a component module's `interface Props` cannot do without."""
    body = re.search(r"interface Props\s*\{([^}]*)\}", text)
    return re.findall(r"^\s*(\w+)\s*:", body.group(1), re.M) if body else []


def _routes(read, src: Path) -> tuple[list[Route], Path | None]:
    for name in ("routes.tsx", "routes.ts", "index.tsx", "App.tsx"):
        path = src / name
        text = read(path) or ""
        routes = routes_in(text)
        if routes or "RouteDefinition" in text:
            return routes, path
    return [], None


def lazy_imports(text: str) -> dict[str, str]:
    """The router file's `const X = lazy(() => import("./components/X"))`: name -> specifier."""
    return dict(_LAZY.findall(text))


#: where a project keeps its API client, in the order looked for
API_FILES = ("api.ts", "api/index.ts", "lib/api.ts", "services/api.ts")
#: what marks the types file types.typescript writes, wherever it is
_TYPES_MARKER = "/** From Rust `"


def _types_file(read, src: Path) -> Path | None:
    """src/types.ts, else the .ts file under src/ holding declarations types.typescript wrote."""
    if read(src / "types.ts") is not None:
        return src / "types.ts"
    return next((p for p in sorted(src.rglob("*.ts")) if _TYPES_MARKER in (read(p) or "")), None)


def read_project(request: Request) -> Project:
    """The frontend `request` is in, read from the editor's buffers and the disk."""
    root = frontend_root(request.path, request.workspace)
    if root is None:
        raise ModeError("this file is not in a frontend project (no package.json above it)")
    src = root / "src"
    read = _reader(request)
    types_file = _types_file(read, src)
    if types_file is None:
        raise ModeError(f"{root.name}/src/types.ts is missing: run types.typescript there first to write the API types")
    types_tree = parse(read(types_file) or "", "typescript")
    api_file = next((src / name for name in API_FILES if read(src / name) is not None), src / "api.ts")
    api_text = read(api_file) or ""
    # without @solidjs/router there is nothing to route or link with, whatever a file declares
    routes, routes_file = _routes(read, src) if "@solidjs/router" in dependencies(root) else ([], None)
    return Project(
        root=root,
        src=src,
        interfaces=_interfaces(types_tree),
        unions=_unions(types_tree),
        constants=_exported_constants(types_tree),
        api=_api_functions(parse(api_text, "typescript")),
        cents_formatter=_cents_formatter(parse(api_text, "typescript")),
        components=_components(read, src),
        routes=routes,
        routes_file=routes_file,
        types_file=types_file,
        api_file=api_file,
    )
