"""A SolidJS frontend as its modes read it: API types, the API client, helpers, components and routes.

Nothing is assumed about where things are. Every module under src/ is read with tree-sitter
(sources.py): API types are the object types the .ts modules export (`interface` or `type X =
{...}`), client functions the exported functions that resolve to one of them, and the module a
generated file imports a name from is the one the project's own components import it from.
Routes are the `{ path, component }` objects of a routes array or the `<Route>` elements of a
JSX router, wherever they are declared.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..base import ModeError, Request
from ..frontend import dependencies, frontend_root
from ..syntax import Node, parse, text_of, walk
from .imports import Import, render_import
from .sources import Sources
from .zod import zod_declarations, zod_schemas

_ROUTE_OBJECT = re.compile(r"""path:\s*["'`]([^"'`]+)["'`]\s*,\s*component:\s*(\w+)\b(?!\s*\()""")
#: a route object whose page is imported in place: `component: lazy(() => import("../pages/Walks"))`
_ROUTE_OBJECT_LAZY = re.compile(r"""path:\s*["'`]([^"'`]+)["'`]\s*,\s*component:\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']""")
_LAZY = re.compile(r"""const\s+(\w+)\s*=\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']\s*\)\s*\)""")
#: the layout a router wraps every page in: `<Router root={Layout}>`
_ROUTER_ROOT = re.compile(r"<Router\b[^>]*?\broot=\{(\w+)\}")
_NAMED_COMPONENT = re.compile(r"^export\s+(?:function\s+([A-Z]\w*)\s*\(|const\s+([A-Z]\w*)\s*(?::[^=]+)?=\s*\()", re.M)
_DEFAULT_COMPONENT = re.compile(r"export\s+default\s+function\s+([A-Z]\w*)\s*\(|^export\s+default\s+([A-Z]\w*)\s*;", re.M)
#: a formatter's one parameter that says it takes an amount in cents: `cents`, `priceCents`
_CENTS_PARAMETER = re.compile(r"(?i)(^|_)cents$|[a-z]Cents$")
#: a formatter whose name says it writes a date: `formatDate`, `formatDateTime`
_DATE_FORMATTER = re.compile(r"format\w*Date\w*")
#: what a date formatter's parameter must accept for a field holding the date as a string
_DATE_PARAMETER_TYPES = {"", "string", "string|Date", "Date|string"}


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
    def absent(self) -> str:
        """The value a record without this field holds: `null` if its type allows it, else
        `undefined` (an optional field, `name?: string`)."""
        return "null" if re.search(r"\|\s*null\b", self.type) or not self.optional else "undefined"

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
    #: the exported object it is a method of (`api` of `api.listPlants`), if any
    owner: str | None = None
    #: whether it also takes parameters a call may leave out (`filter: VisitFilter = {}`), which
    #: createResource would fill with its own arguments: it is then called through an arrow
    leaves_out: bool = False

    @property
    def call(self) -> str:
        """How generated code calls it: `listPlants`, `api.listPlants`, `api.plants.list`."""
        return f"{self.owner}.{self.name}" if self.owner else self.name

    @property
    def imported(self) -> str:
        """The name generated code imports for it: the outermost exported object, if any."""
        return self.owner.split(".")[0] if self.owner else self.name


def takes_an_id(written: str) -> bool:
    """Whether a parameter's type takes a record's number id: `number`, or a union of it with
    `string` (`id: number | string`, which route params fit as well)."""
    members = {part.strip() for part in written.split("|")}
    return "number" in members and members <= {"number", "string"}


@dataclass(frozen=True)
class MutationHook:
    """The project's hook around a TanStack mutation of one client function:
    `useCreateBox()` around `mutationFn: createBox`."""

    name: str
    #: the properties of the one value `mutate` takes that carry the client function's
    #: arguments, in order (`("id", "input")` of `(vars) => updateBox(vars.id, vars.input)`);
    #: None when `mutate` takes the function's one argument itself
    keys: tuple[str, ...] | None = None

    def argument(self, arguments: list[str]) -> str:
        """What `mutate` is given for the client function's `arguments`."""
        if self.keys is None:
            return arguments[0]
        return "{ " + ", ".join(f"{key}: {value}" for key, value in zip(self.keys, arguments)) + " }"


@dataclass(frozen=True)
class ContextList:
    """A list of records a context hook shares: `const { cleaners } = useData()`, where
    `cleaners: Resource<Cleaner[]>` (an accessor) or `Cleaner[]` (the list itself)."""

    hook: str
    field: str
    accessor: bool


@dataclass(frozen=True)
class StoreLoad:
    """A store module's function loading records into its store: `loadPlants()` puts what
    `fetchPlants()` answers into `plantsStore.plants`, which the pages read."""

    loader: str
    #: the store's field holding them: `plantsStore.plants`
    accessor: str
    #: the exported store the accessor reads (`plantsStore`)
    store: str


@dataclass(frozen=True)
class FieldDisplay:
    """How the project's own components show a field through its helpers: `{formatDay(v.date)} ·
    {formatTime(v.date)}` is (formatDay, formatTime) joined by " · "."""

    helpers: tuple[str, ...]
    separator: str = ""


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
    #: exported constants (e.g. SPECIES_VALUES)
    constants: set[str]
    #: the client's functions, by how they are called (`listPlants`, `api.listPlants`)
    api: dict[str, ApiFunction]
    #: lists the project loads once and shares (`export const [plants] = createResource(listPlants)`):
    #: the client function's call -> the exported accessor
    shared_lists: dict[str, str]
    #: the project's hooks around a TanStack query: loader call -> (hook, takes an argument)
    query_hooks: dict[str, tuple[str, bool]]
    #: the project's hooks around a TanStack mutation: the client function's call -> the hook
    mutation_hooks: dict[str, MutationHook]
    #: lists of records context hooks share (`useData().cleaners`): the record type -> the list
    context_lists: dict[str, ContextList]
    #: the exported function that writes an amount of cents as money (`formatPrice(cents)`), if any
    cents_formatter: str | None
    #: the exported function that writes a date given as a string (`formatDate(iso)`), if any
    date_formatter: str | None
    #: how the components show a field through the project's helpers: field name -> display
    field_displays: dict[str, FieldDisplay]
    #: how they write a field in place (`(cake.price_cents / 100).toFixed(2)`): field name -> the
    #: expression with `@@value@@` for the field's value
    field_templates: dict[str, str]
    #: types inferred from the project's zod schemas -> the schema (`ClientInput` -> clientInputSchema)
    schemas: dict[str, str]
    #: client calls a store module loads into its store: `fetchPlants` -> loadPlants, plantsStore.plants
    store_loads: dict[str, StoreLoad]
    #: whether its components load records on mount into a signal (`onMount(async () =>
    #: setCakes(await getCakes()))`) and never through createResource
    loads_on_mount: bool
    #: the components: name -> file
    components: dict[str, Path]
    #: those of them a module exports by name rather than as its default
    named_components: set[str]
    routes: list[Route]
    #: the file declaring the routes (where solid.route adds one), if the project has one
    routes_file: Path | None
    #: the layouts routers wrap pages in (`<Router root={Layout}>`): never pages themselves
    layouts: set[str]
    #: where the project keeps its pages: the folder most routed components are in
    pages_dir: Path
    #: the types client functions take written in place (`Omit<Plant, "id">`): as written -> fields
    inline_types: dict[str, Interface]
    #: each exported name -> the module to import it from
    homes: dict[str, Path]
    #: the types global declaration files declare, used without an import
    ambient: set[str]
    #: each project module -> the names it exports (re-exports included)
    exports: dict[Path, set[str]]

    @property
    def has_router(self) -> bool:
        """Whether the project routes with @solidjs/router; without it a page takes its record's
        id as a prop, since there is no route to read it from."""
        return "@solidjs/router" in dependencies(self.root)

    def import_path(self, from_file: Path, target: Path) -> str:
        """The relative module specifier of `target` as imported from `from_file`: no suffix, and
        a folder's index module as the folder."""
        target = Path(target).with_suffix("")
        if target.name == "index":
            target = target.parent
        relative = os.path.relpath(target, Path(from_file).resolve().parent).replace(os.sep, "/")
        return relative if relative.startswith(".") else "./" + relative

    def imports(self, from_file: Path, names: list[str]) -> str:
        """The import statements giving `from_file` each of `names` (`x`, or `type X` for a
        type-only use) from the module the project gets it from: one line per module, modules in
        the order their first name comes, values before types within each."""
        by_module: dict[str, list[str]] = {}
        for name in names:
            if name.removeprefix("type ") in self.ambient:
                continue
            home = self.homes.get(name.removeprefix("type "))
            if home is None:
                raise ModeError(f"`{name.removeprefix('type ')}` is exported by no module under src/")
            by_module.setdefault(self.import_path(from_file, home), []).append(name)
        ordered = {module: sorted(listed, key=lambda n: (n.startswith("type "), n.removeprefix("type ").lower())) for module, listed in by_module.items()}
        return "".join(render_import(Import(module, names=listed)) + "\n" for module, listed in ordered.items())

    def example_file(self, name: str) -> str:
        """Where a new page named `name` would go, for messages: `src/pages/PlantList.tsx`."""
        return (self.pages_dir / name).relative_to(self.root).as_posix()

    def input_type(self, written: str) -> Interface | None:
        """The fields of a type a client function takes: a declared one, or one written in place."""
        return self.interfaces.get(written) or self.inline_types.get(written)

    def route_for(self, pattern: str) -> Route | None:
        """The route whose path is `pattern` (`/pets/:id`), whatever its parameter is named."""
        shape = re.sub(r":\w+", ":", pattern)
        return next((r for r in self.routes if re.sub(r":\w+", ":", r.path) == shape), None)


def _fields(body: Node) -> list[Field]:
    """The property signatures of an interface's or object type's body."""
    fields = []
    for member in body.named_children:
        if member.type != "property_signature":
            continue
        annotation = next((c for c in member.named_children if c.type == "type_annotation"), None)
        optional = any(c.type == "?" for c in member.children)
        fields.append(Field(text_of(member.child_by_field_name("name")).strip("\"'"), text_of(annotation).lstrip(":").strip(), optional))
    return fields


def _keys(node: Node | None) -> set[str]:
    """The keys of `"id" | "created_at"` in `Omit<Plant, "id" | "created_at">`."""
    return set(re.findall(r"""["']([^"']+)["']""", text_of(node))) if node is not None else set()


class _TypeReader:
    """The fields of each exported object type, `extends`, `Omit<>`, `Pick<>`, `Partial<>` and
    `A & B` followed through the other declarations."""

    def __init__(self, declarations: dict[str, Node]):
        self.declarations = declarations
        self.read: dict[str, list[Field] | None] = {}

    def fields_of(self, name: str) -> list[Field] | None:
        if name not in self.read:
            self.read[name] = None  # a declaration that refers to itself has no fields to offer
            self.read[name] = self._declared(self.declarations[name]) if name in self.declarations else None
        return self.read[name]

    def _declared(self, node: Node) -> list[Field] | None:
        if node.type == "interface_declaration":
            inherited = []
            for clause in (c for c in node.named_children if c.type == "extends_type_clause"):
                for parent in clause.named_children:
                    inherited += self.of_type(parent) or []
            return inherited + _fields(node.child_by_field_name("body"))
        if node.type == "type_alias_declaration" and node.child_by_field_name("type_parameters") is None:
            return self.of_type(node.child_by_field_name("value"))
        return None

    def of_type(self, node: Node) -> list[Field] | None:
        if node.type == "object_type":
            return _fields(node)
        if node.type == "type_identifier":
            return self.fields_of(text_of(node))
        if node.type == "intersection_type":
            parts = [self.of_type(part) for part in node.named_children]
            return None if None in parts else [f for part in parts for f in part]
        if node.type == "generic_type":
            arguments = node.child_by_field_name("type_arguments").named_children
            base = self.of_type(arguments[0]) if arguments else None
            if base is None:
                return None
            keys = _keys(arguments[1] if len(arguments) > 1 else None)
            return {
                "Omit": lambda: [f for f in base if f.name not in keys],
                "Pick": lambda: [f for f in base if f.name in keys],
                "Partial": lambda: [Field(f.name, f.type, True) for f in base],
                "Required": lambda: [Field(f.name, f.type, False) for f in base],
            }.get(text_of(node.child_by_field_name("name")), lambda: None)()
        return None


def _string_union(node: Node) -> tuple[str, ...] | None:
    """The values of `type Species = "dog" | "cat"`."""
    if node.type != "type_alias_declaration":
        return None
    value = text_of(node.child_by_field_name("value"))
    if re.fullmatch(r'\s*\|?\s*"[^"]*"(\s*\|\s*"[^"]*")*\s*', value):
        return tuple(re.findall(r'"([^"]*)"', value))
    return None


def _promised(type_text: str) -> str | None:
    """`Owner[]` of `Promise<Owner[]>` (None for any other type), `Array<X>` read as `X[]`."""
    promised = re.fullmatch(r"Promise<(.+)>", type_text.strip())
    return _plain(promised.group(1)) if promised else None


def _plain(type_text: str) -> str:
    return re.sub(r"^Array<(\w+)>$", r"\1[]", type_text.strip())


def _type_of(expression: Node) -> str | None:
    """The type an expression says it resolves to: `request<Owner[]>(...)`, `(await r.json()) as Owner`."""
    while expression.type in ("await_expression", "parenthesized_expression") and expression.named_children:
        expression = expression.named_children[-1]
    if expression.type == "as_expression":
        written = text_of(expression.named_children[-1])
        return _promised(written) or _plain(written)
    if expression.type == "call_expression":
        arguments = expression.child_by_field_name("type_arguments")
        if arguments is not None:
            return _plain(text_of(arguments)[1:-1])
        # axios unwrapped: `http.get<Artist[]>("/artists").then((r) => r.data)`
        function = expression.child_by_field_name("function")
        callbacks = expression.child_by_field_name("arguments").named_children
        if function.type == "member_expression" and text_of(function.child_by_field_name("property")) == "then" and len(callbacks) == 1:
            if _UNWRAPS_DATA.fullmatch(text_of(callbacks[0]).strip()):
                return _type_of(function.child_by_field_name("object"))
    return None


#: a callback handing on a response's body: `(r) => r.data`, `({ data }) => data`
_UNWRAPS_DATA = re.compile(r"\(?\s*(\w+)\s*\)?\s*=>\s*\1\.data|\(\s*\{\s*data\s*\}\s*\)\s*=>\s*data")


def _returned_type(function: Node) -> str | None:
    """What an exported function's promise resolves to: its `Promise<T>` annotation, else the type
    its returned expression states."""
    if function.child_by_field_name("type_parameters") is not None:
        return None  # a generic helper (`request<T>`) is how the client fetches, not a client function
    annotation = function.child_by_field_name("return_type")
    if annotation is not None:
        return _promised(text_of(annotation).lstrip(":"))
    body = function.child_by_field_name("body")
    if body is None:
        return None
    returned = [r.named_children[0] for r in walk(body) if r.type == "return_statement" and r.named_children] if body.type == "statement_block" else [body]
    return next((t for t in map(_type_of, returned) if t), None)


_FUNCTIONS = ("arrow_function", "function_declaration", "function_expression", "function", "method_definition")


def _params(function: Node) -> tuple[tuple[str, str], ...] | None:
    params = function.child_by_field_name("parameters")
    if params is None:
        return None
    # a parameter with a default (`filter: VisitFilter = {}`) or an optional one can be left out,
    # and the modes call with what they must give
    return tuple(
        (text_of(p.child_by_field_name("pattern")), text_of(p.child_by_field_name("type")).lstrip(":").strip())
        for p in params.named_children
        if p.type == "required_parameter" and p.child_by_field_name("value") is None
    )


def _inline_types(function: Node) -> dict[str, Node]:
    """The parameter types a function writes in place rather than by name: `Omit<Plant, "id">`."""
    params = function.child_by_field_name("parameters")
    written = [p.child_by_field_name("type") for p in params.named_children] if params is not None else []
    types = [annotation.named_children[0] for annotation in written if annotation is not None and annotation.named_children]
    return {text_of(t): t for t in types if t.type in ("generic_type", "object_type", "intersection_type")}


def _functions(name: str, node: Node):
    """(name, owner, function node) of an exported function, or of each method of an exported
    object (`export const api = { listPlants: () => ..., async getPlant(id) {...} }`)."""
    function = node.child_by_field_name("value") if node.type == "variable_declarator" else node
    if function is None:
        return
    if function.type in _FUNCTIONS:
        yield name, None, function
    elif function.type == "object":
        yield from _methods(name, function)


def _methods(owner: str, body: Node):
    """(name, owner, function node) of each method of an object, and of the objects it nests
    (`api.menuItems.list` of `export const api = { menuItems: { list: () => ... } }`)."""
    for member in body.named_children:
        if member.type == "method_definition":
            yield text_of(member.child_by_field_name("name")), owner, member
        elif member.type == "pair":
            key, value = text_of(member.child_by_field_name("key")), member.child_by_field_name("value")
            if value.type in _FUNCTIONS:
                yield key, owner, value
            elif value.type == "object":
                yield from _methods(f"{owner}.{key}", value)


def _query_hook(name: str, node: Node) -> tuple[str, bool] | None:
    """(the loader it queries, whether it takes an argument) of a hook wrapping a TanStack query:
    `export function useBox(id: () => number) { return createQuery(() => ({ queryFn: () => getBox(id()) ... })) }`."""
    if not re.fullmatch(r"use[A-Z]\w*", name) or "createQuery(" not in text_of(node):
        return None
    loader = re.search(r"queryFn:\s*(?:\(\)\s*=>\s*)?([\w.]+)", text_of(node))
    function = node if node.type == "function_declaration" else node.child_by_field_name("value")
    parameters = function.child_by_field_name("parameters") if function is not None else None
    if loader is None or parameters is None:
        return None
    return loader.group(1), len(parameters.named_children) == 1


_MUTATION_FUNCTION = re.compile(r"mutationFn:\s*([\w.]+)\s*[,}\n]")
#: `mutationFn: (vars: { id: number; input: T }) => updateT(vars.id, vars.input)`
_MUTATION_ARROW = re.compile(r"mutationFn:\s*(?:async\s*)?\(?\s*(\w+)\s*(?::[^=]*?)?\)?\s*=>\s*(?:await\s+)?([\w.]+)\(([^()]*)\)", re.S)


def _mutation_hook(name: str, node: Node) -> tuple[str, MutationHook] | None:
    """(the client function it calls, the hook) of a hook wrapping a TanStack mutation:
    `export function useCreateBox() { return createMutation(() => ({ mutationFn: createBox })) }`."""
    text = text_of(node)
    if not re.fullmatch(r"use[A-Z]\w*", name) or "createMutation(" not in text:
        return None
    bare = _MUTATION_FUNCTION.search(text)
    if bare:
        return bare.group(1), MutationHook(name)
    arrow = _MUTATION_ARROW.search(text)
    if arrow is None:
        return None
    variable, called, arguments = arrow.group(1), arrow.group(2), [a.strip() for a in arrow.group(3).split(",") if a.strip()]
    if arguments == [variable]:
        return called, MutationHook(name)
    keys = [re.fullmatch(rf"{variable}\.(\w+)", argument) for argument in arguments]
    if not keys or None in keys:
        return None
    return called, MutationHook(name, tuple(key.group(1) for key in keys))


_LIST_FIELD = re.compile(r"^(?:(Resource|Accessor)<(\w+)\[\]>|(\w+)\[\])$")


def _context_lists(module) -> dict[str, ContextList]:
    """The lists of records a module's context hooks share: `export function useData():
    DataValue`, where the module's `type DataValue = { cleaners: Resource<Cleaner[]>; ... }`."""
    declared = {}
    for node in walk(module.tree.root_node):
        if node.type in ("interface_declaration", "type_alias_declaration") and node.parent.type in ("program", "export_statement"):
            body = node.child_by_field_name("body") if node.type == "interface_declaration" else node.child_by_field_name("value")
            if body is not None and body.type in ("object_type", "interface_body"):
                declared[text_of(node.child_by_field_name("name"))] = _fields(body)
    found = {}
    for name, node in module.declared.items():
        function = node if node.type == "function_declaration" else node.child_by_field_name("value")
        if not re.fullmatch(r"use[A-Z]\w*", name) or function is None or function.type not in _FUNCTIONS:
            continue
        returned = function.child_by_field_name("return_type")
        for item in declared.get(text_of(returned).lstrip(":").strip() if returned is not None else "", []):
            shape = _LIST_FIELD.fullmatch(item.type.replace(" ", ""))
            if shape and not item.optional:
                found.setdefault(shape.group(2) or shape.group(3), ContextList(name, item.name, bool(shape.group(1))))
    return found


def _field_displays(module, helpers: set[str]) -> Counter[tuple[str, FieldDisplay]]:
    """How a component shows fields through the project's exported helpers, each time it does:
    the JSX children `{formatDay(props.visit.date)} · {formatTime(props.visit.date)}` are the
    field `date` shown by both helpers, joined by the text between them."""
    found: Counter[tuple[str, FieldDisplay]] = Counter()
    for element in walk(module.tree.root_node):
        if element.type not in ("jsx_element", "jsx_fragment"):
            continue
        run: list[tuple[str, str]] = []  # (helper, field) of consecutive formatted children
        separator = ""
        for child in [*element.named_children, None]:
            shown = _helper_call(child, helpers) if child is not None else None
            if shown and (not run or shown[1] == run[0][1]):
                run.append(shown)
                continue
            if child is not None and child.type == "jsx_text" and len(run) == 1:
                separator = text_of(child).strip()
                continue
            if run:
                joined = (f" {separator} " if separator else " ") if len(run) > 1 else ""
                found[(run[0][1], FieldDisplay(tuple(h for h, _ in run), joined))] += 1
            run, separator = ([shown] if shown else []), ""
    return found


#: what a value written in place may be computed with: arithmetic and method calls on it
_IN_PLACE = re.compile(r"[\w.\s()/*+\-,'\"]+")


#: what a value written in place may call without importing it
_GLOBALS = {"Number", "String", "Boolean", "Date", "Math", "Intl", "parseFloat", "parseInt", "new"}


def _written_in_place(module, helpers: set[str]) -> Counter[tuple[str, str]]:
    """How a component writes a field's value itself: the JSX child `{(props.cake.price_cents /
    100).toFixed(2)}` is `price_cents` written `(@@value@@ / 100).toFixed(2)`. Only arithmetic
    and method calls on one field's value count (no condition, no other field)."""
    found: Counter[tuple[str, str]] = Counter()
    for node in walk(module.tree.root_node):
        if node.type != "jsx_expression" or not node.named_children:
            continue
        expression = node.named_children[0]
        if expression.type not in ("call_expression", "binary_expression", "parenthesized_expression"):
            continue
        members = [m for m in walk(expression) if m.type == "member_expression" and m.parent.type != "member_expression" and m.parent.type != "call_expression"]
        text = text_of(expression)
        if len(members) != 1 or not _IN_PLACE.fullmatch(text) or "=>" in text:
            continue
        member = text_of(members[0])
        template = text.replace(member, "@@value@@", 1)
        called = set(re.findall(r"(?<![.\w])([A-Za-z_]\w*)\s*\(", template))
        # a component's own function (customerName) cannot be called from another file
        if template.count("@@value@@") == 1 and template != "@@value@@" and called <= _GLOBALS | helpers:
            found[(text_of(members[0].child_by_field_name("property")), template)] += 1
    return found


_AWAITED = re.compile(r"const\s+(\w+)\s*=\s*await\s+([\w.]+)\(([^)]*)\)")


def _store_functions(modules, api: dict[str, ApiFunction], sources: Sources) -> dict[str, StoreLoad]:
    """A store module's functions around the client, where the components go through them
    (they import the store module, not the client function): one handing on what it saved
    (`addPlant(input)` returning `await createPlant(input)`) replaces the client function in
    `api`; one loading into the store (`loadPlants()`) is returned, by the call it wraps."""
    imported = {name for module in sources.modules.values() if module.path.suffix == ".tsx" for _, names in module.imports for name in names}
    loads: dict[str, StoreLoad] = {}
    for module in modules:
        text = text_of(module.tree.root_node)
        stores = dict(re.findall(r"const\s*\[\s*(\w+)\s*,\s*(\w+)\s*\]\s*=\s*createStore", text))
        setters = {setter: store for store, setter in stores.items()}
        if not stores or not any(name in imported for name in module.declared):
            continue  # no store module the components use
        for name, node in module.declared.items():
            function = node if node.type == "function_declaration" else node.child_by_field_name("value")
            if function is None or function.type not in _FUNCTIONS:
                continue
            body = text_of(function.child_by_field_name("body") or function)
            awaited = _AWAITED.search(body)
            if awaited is None or awaited.group(2) not in api or awaited.group(2) in imported:
                continue
            variable, call = awaited.group(1), awaited.group(2)
            wrapped = api[call]
            if re.search(rf"\breturn\s+{variable}\s*;", body):
                params = _params(function) or ()
                api[name] = ApiFunction(name, params, wrapped.returns)
                del api[call]
                continue
            for setter, store in setters.items():
                field = re.search(rf"{setter}\(\s*\{{[^}}]*?\b(\w+)\s*:\s*{variable}\b", body)
                shorthand = re.search(rf"{setter}\(\s*\{{[^}}]*?\b{variable}\b\s*[,}}]", body)
                if field or shorthand:
                    loads[call] = StoreLoad(name, f"{store}.{field.group(1) if field else variable}", store)
    return loads


def _loads_on_mount(read, files: list[Path]) -> bool:
    """Whether the components load on mount into signals, and none through createResource."""
    texts = [read(path) or "" for path in files if path.suffix == ".tsx"]
    on_mount = sum(bool(re.search(r"onMount\(\s*async", text) and re.search(r"\bset[A-Z]\w*\(\s*await\b", text)) for text in texts)
    return on_mount > 0 and not any("createResource(" in text for text in texts)


def _helper_call(node: Node, helpers: set[str]) -> tuple[str, str] | None:
    """(helper, field) of a JSX child `{helper(record.field)}`."""
    if node.type != "jsx_expression" or not node.named_children:
        return None
    call = node.named_children[0]
    if call.type != "call_expression" or text_of(call.child_by_field_name("function")) not in helpers:
        return None
    arguments = call.child_by_field_name("arguments").named_children
    argument = arguments[0] if len(arguments) == 1 else None
    if argument is not None and argument.type == "non_null_expression":  # formatDay(visit.date!)
        argument = argument.named_children[0]
    if argument is None or argument.type != "member_expression":
        return None
    return text_of(call.child_by_field_name("function")), text_of(argument.child_by_field_name("property"))


def _shared_list(name: str, node: Node) -> tuple[str, str] | None:
    """(loader call, accessor) of `export const [plants, ...] = createResource(listPlants)`."""
    pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if pattern.type != "array_pattern" or value is None or value.type != "call_expression" or text_of(value.child_by_field_name("function")) != "createResource":
        return None
    arguments = value.child_by_field_name("arguments").named_children
    accessor = pattern.named_children[0] if pattern.named_children else None
    if len(arguments) != 1 or accessor is None or text_of(accessor) != name:
        return None
    return text_of(arguments[0]), name


@dataclass
class _Exported:
    """What the .ts modules export, sorted by what it is to the modes; where two modules export
    one name, the first added (the module in most use) wins."""

    types: dict[str, Node] = field(default_factory=dict)
    constants: set[str] = field(default_factory=set)
    api: dict[str, ApiFunction] = field(default_factory=dict)
    #: parameter types of client functions written in place, as written -> type node
    inline_types: dict[str, Node] = field(default_factory=dict)
    shared_lists: dict[str, str] = field(default_factory=dict)
    query_hooks: dict[str, tuple[str, bool]] = field(default_factory=dict)
    mutation_hooks: dict[str, MutationHook] = field(default_factory=dict)
    cents_formatter: str | None = None
    date_formatter: str | None = None

    def add(self, name: str, node: Node) -> None:
        if node.type in ("interface_declaration", "type_alias_declaration"):
            self.types.setdefault(name, node)
            return
        hook = _query_hook(name, node)
        if hook is not None:
            self.query_hooks.setdefault(hook[0], (name, hook[1]))
            return
        mutation = _mutation_hook(name, node)
        if mutation is not None:
            self.mutation_hooks.setdefault(*mutation)
            return
        shared = _shared_list(name, node) if node.type == "variable_declarator" else None
        if shared is not None:
            self.shared_lists.setdefault(*shared)
            return
        value = node.child_by_field_name("value") if node.type == "variable_declarator" else None
        if value is not None and value.type not in ("arrow_function", "function_expression", "object"):
            self.constants.add(name)
        for function_name, owner, function in _functions(name, node):
            params = _params(function)
            returns = _returned_type(function) if params is not None else None
            if returns is not None:
                written = function.child_by_field_name("parameters")
                found = ApiFunction(function_name, params, returns, owner, len(written.named_children) > len(params))
                self.api.setdefault(found.call, found)
                self.inline_types.update(_inline_types(function))
            elif owner is None and params is not None and len(params) == 1:
                self._formatter(function_name, *params[0])

    def _formatter(self, name: str, param: str, param_type: str) -> None:
        """A helper taking one value is the project's money formatter when its parameter says it
        takes cents, its date formatter when its name says it formats a date given as a string."""
        if self.cents_formatter is None and _CENTS_PARAMETER.search(param):
            self.cents_formatter = name
        if self.date_formatter is None and _DATE_FORMATTER.fullmatch(name) and param_type.replace(" ", "") in _DATE_PARAMETER_TYPES:
            self.date_formatter = name


def _reader(request: Request):
    """Reads a project file: the request's own text for its file (it may be unsaved)."""
    own = Path(request.path).resolve()
    return lambda path: request.text if Path(path).resolve() == own else request.workspace.read(path)


def _components(read, files: list[Path]) -> tuple[dict[str, Path], set[str]]:
    """Each component -> its file, and which of them are named exports: a module's default
    export, or, in a module without one, its exported PascalCase functions (`export function
    PupilList`, kebab-case files with named exports)."""
    found, named = {}, set()
    for path in (p for p in files if p.suffix == ".tsx"):
        text = read(path) or ""
        match = _DEFAULT_COMPONENT.search(text)
        if match:
            found[match.group(1) or match.group(2)] = path
            continue
        for function, constant in _NAMED_COMPONENT.findall(text):
            found[function or constant] = path
            named.add(function or constant)
    return found, named


def _route_prefix(element: Node) -> str:
    """The joined paths of the `<Route path=...>` elements an element is nested in."""
    prefix = ""
    # an opening element's own jsx_element is not one it is nested in
    parent = element.parent.parent if element.type == "jsx_opening_element" else element.parent
    while parent is not None:
        if parent.type == "jsx_element":
            opening = parent.child_by_field_name("open_tag")
            if opening is not None and text_of(opening.child_by_field_name("name")) == "Route":
                prefix = jsx_attribute(opening, "path").rstrip("/") + prefix
        parent = parent.parent
    return prefix


def jsx_attribute(element: Node, name: str) -> str:
    """An attribute's value as written, quotes and braces removed: `path="/x"` -> `/x`."""
    for attribute in element.named_children:
        if attribute.type == "jsx_attribute" and text_of(attribute.named_children[0]) == name and len(attribute.named_children) > 1:
            return text_of(attribute.named_children[1]).strip("{}\"'` ")
    return ""


def route_elements(tree) -> list[Node]:
    """The `<Route>` elements of a module, self-closing or with children."""
    return [
        node for node in walk(tree.root_node)
        if node.type in ("jsx_self_closing_element", "jsx_opening_element") and text_of(node.child_by_field_name("name")) == "Route"
    ]


def routes_in(text: str) -> list[Route]:
    """The routes a module declares, as `{ path, component }` objects or `<Route>` elements
    (nested ones under their parents' paths)."""
    routes = [Route(p, c) for p, c in _ROUTE_OBJECT.findall(text)]
    # a page imported in place is named by its module: `../pages/Walks` (or its folder's index)
    routes += [Route(p, re.sub(r"/index$", "", specifier).rsplit("/", 1)[-1]) for p, specifier in _ROUTE_OBJECT_LAZY.findall(text)]
    if "<Route" in text:
        for element in route_elements(parse(text, "tsx")):
            component = jsx_attribute(element, "component")
            if re.fullmatch(r"[A-Za-z_]\w*", component):
                path = _route_prefix(element) + "/" + jsx_attribute(element, "path").strip("/")
                routes.append(Route(path.rstrip("/") or "/", component))
    return routes


def required_props(text: str) -> list[str]:
    """The props a component module's `interface Props` cannot do without."""
    body = re.search(r"interface Props\s*\{([^}]*)\}", text)
    return re.findall(r"^\s*(\w+)\s*:", body.group(1), re.M) if body else []


#: where a routes array opens (it closes at the first `];` after): `RouteDefinition[] = [`, or an
#: untyped `const routes = [`
ROUTES_ARRAY = re.compile(r"(?:RouteDefinition\[\]\s*=|\bconst\s+routes\s*=)\s*\[")


def declares_router(text: str) -> bool:
    """A module holding a routes array or a JSX router."""
    return "RouteDefinition" in text or "<Router" in text or "<Route " in text or ROUTES_ARRAY.search(text) is not None


def _routes(read, files: list[Path]) -> tuple[list[Route], Path | None]:
    """The routes of the module declaring the most of them (a router with none yet counts)."""
    candidates = []
    for path in files:
        text = read(path) or ""
        routes = routes_in(text)
        if routes or declares_router(text):
            candidates.append((len(routes), declares_router(text), path, routes))
    if not candidates:
        return [], None
    _, _, path, routes = max(candidates, key=lambda c: (c[0], c[1]))
    return routes, path


def lazy_imports(text: str) -> dict[str, str]:
    """The router file's `const X = lazy(() => import("./components/X"))`: name -> specifier."""
    return dict(_LAZY.findall(text))


def _pages_dir(src: Path, components: dict[str, Path], routes: list[Route]) -> Path:
    """The folder most routed components are in; without routes, the one most components are in."""
    routed = [components[r.component].parent for r in routes if r.component in components]
    folders = routed or [path.parent for path in components.values()]
    return Counter(folders).most_common(1)[0][0] if folders else src


def _source_files(src: Path) -> list[Path]:
    return sorted(p.resolve() for p in src.rglob("*") if p.suffix in (".ts", ".tsx") and "node_modules" not in p.parts)


def read_project(request: Request) -> Project:
    """The frontend `request` is in, read from the editor's buffers and the disk."""
    root = frontend_root(request.path, request.workspace)
    if root is None:
        raise ModeError("this file is not in a frontend project (no package.json above it)")
    src = root / "src"
    read = _reader(request)
    files = _source_files(src)
    if Path(request.path).resolve() not in files and Path(request.path).suffix in (".ts", ".tsx") and Path(request.path).resolve().is_relative_to(src.resolve()):
        files.append(Path(request.path).resolve())  # a new file, not saved yet
    sources = Sources.read(root, read, files)
    exported = _Exported()
    # API types and functions live in .ts modules; a .tsx module's exports are its components' own
    typed_modules = [m for m in sources.by_use() if m.path.suffix == ".ts"]
    # a type inferred from a zod schema (z.infer<typeof clientSchema>) is the type it stands for
    typed_texts = {m.path: read(m.path) or "" for m in typed_modules}
    inferred = zod_declarations(typed_texts)
    for module in typed_modules:
        for name, node in module.declared.items():
            exported.add(name, inferred.get(name, node) if node.type == "type_alias_declaration" and "z." in text_of(node) else node)
    context_lists: dict[str, ContextList] = {}
    for module in (m for m in sources.by_use() if m.path.suffix == ".tsx"):
        for type_name, shared in _context_lists(module).items():
            context_lists.setdefault(type_name, shared)
    homes = sources.homes()
    helpers = {name for name, home in homes.items() if home.suffix == ".ts"}
    displays: Counter[tuple[str, FieldDisplay]] = Counter()
    for module in (m for m in sources.by_use() if m.path.suffix == ".tsx"):
        displays.update(_field_displays(module, helpers))
    field_displays: dict[str, FieldDisplay] = {}
    for (name, shown), _ in displays.most_common():
        field_displays.setdefault(name, shown)
    written: Counter[tuple[str, str]] = Counter()
    for module in (m for m in sources.by_use() if m.path.suffix == ".tsx"):
        written.update(_written_in_place(module, helpers))
    field_templates: dict[str, str] = {}
    for (name, shown), _ in written.most_common():
        field_templates.setdefault(name, shown)
    store_loads = _store_functions(typed_modules, exported.api, sources)
    types = _TypeReader(exported.types)
    interfaces = {name: Interface(name, tuple(types.fields_of(name))) for name in exported.types if types.fields_of(name) is not None}
    inline_types = {written: Interface(written, tuple(fields)) for written, node in exported.inline_types.items() if (fields := types.of_type(node)) is not None}
    unions = {name: values for name, node in exported.types.items() if (values := _string_union(node))}
    components, named_components = _components(read, files)
    # without @solidjs/router there is nothing to route or link with, whatever a file declares
    routes, routes_file = _routes(read, files) if "@solidjs/router" in dependencies(root) else ([], None)
    return Project(
        root=root,
        src=src,
        interfaces=interfaces,
        unions=unions,
        constants=exported.constants,
        api=exported.api,
        shared_lists=exported.shared_lists,
        query_hooks=exported.query_hooks,
        mutation_hooks=exported.mutation_hooks,
        context_lists=context_lists,
        cents_formatter=exported.cents_formatter,
        date_formatter=exported.date_formatter,
        field_displays=field_displays,
        field_templates=field_templates,
        schemas=zod_schemas(typed_texts),
        store_loads=store_loads,
        loads_on_mount=_loads_on_mount(read, files),
        components=components,
        named_components=named_components,
        routes=routes,
        routes_file=routes_file,
        layouts={name for path in files for name in _ROUTER_ROOT.findall(read(path) or "")},
        pages_dir=_pages_dir(src, components, routes),
        inline_types=inline_types,
        homes=homes,
        ambient=sources.ambient(),
        exports={path: set(sources.exports(path)) for path in sources.modules},
    )
