"""An Actix crate as the Actix modes see it: routed handlers, the error type, the pool type.

Read with tree-sitter from every .rs file of the crate (through the shared per-version cache of
modes/diesel/workspace_index.py), so the modes follow what the project already does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..diesel.models import RustFile, read_rust_file
from ..diesel.workspace_index import crate_files_by_path
from ..syntax import Node, indent_of, lsp_character, text_of, walk
from ..workspace import Workspace

#: the HTTP methods a handler can answer
METHODS = ("get", "post", "put", "patch", "delete")
#: a route macro of actix-web 4 (the HTTP method it routes) and its path
_ROUTE_ATTRIBUTE = re.compile(r'#\[\s*(?:actix_web::)?(get|post|put|patch|delete|head)\s*\(\s*"([^"]*)"')
_PATH_PARAM = re.compile(r"\{(\w+)(?::[^}]*)?\}")


@dataclass(frozen=True)
class Route:
    """A handler function with a route macro."""

    method: str
    path: str
    function: str
    #: the handler's module path from the crate root, e.g. handlers::owners
    module: str
    file: Path
    #: registered by a call (`.route("/x", web::get().to(f))`) rather than a route macro; such a
    #: route is registered wherever it is written, and its file is the registering one
    by_call: bool = False

    @property
    def params(self) -> list[str]:
        return path_params(self.path)

    def shadowed_by(self, other: "Route") -> bool:
        """Whether `other`, registered first, answers this route's requests: actix tries routes
        in order, and `/owners/{id}` takes `/owners/search` (then fails to read `search` as an id)."""
        mine, theirs = self.path.strip("/").split("/"), other.path.strip("/").split("/")
        if self.method != other.method or len(mine) != len(theirs) or self.key == other.key:
            return False
        pairs = list(zip(mine, theirs))
        return all(a == b or _PATH_PARAM.fullmatch(b) for a, b in pairs) and any(
            not _PATH_PARAM.fullmatch(a) and _PATH_PARAM.fullmatch(b) for a, b in pairs
        )

    @property
    def key(self) -> tuple[str, str]:
        """What makes two routes clash: the method and the path with its parameters unnamed."""
        return self.method, _PATH_PARAM.sub("{}", self.path.rstrip("/") or "/")


@dataclass(frozen=True)
class ErrorType:
    """The type the crate's handlers return as their error (it implements ResponseError)."""

    name: str
    module: str
    #: the variant its ResponseError maps to 404 (`NotFound`), if a handler can build it
    not_found: str | None
    #: the type of that variant's one field (`&'static str`, `String`), None for a unit variant
    not_found_field: str | None = None


@dataclass(frozen=True)
class PoolType:
    name: str
    module: str


def path_params(path: str) -> list[str]:
    """`/owners/{id}/pets` -> ["id"]."""
    return _PATH_PARAM.findall(path)


def module_of(crate: Path, file: Path) -> str:
    """`handlers::owners` for src/handlers/owners.rs, `handlers` for src/handlers/mod.rs."""
    parts = list(Path(file).resolve().relative_to((crate / "src").resolve()).with_suffix("").parts)
    if parts and parts[-1] in ("mod", "main", "lib"):
        parts = parts[:-1]
    return "::".join(parts)


def routes_in(rust_file: RustFile, module: str, file: Path) -> list[Route]:
    """The handlers of one file that carry a route macro, under the path of the scope the file
    builds for them (`fn scope() -> Scope { web::scope("/customers")... }`) if it does."""
    routes = []
    scopes = scope_functions(rust_file.tree.root_node)
    prefix = scopes[0][0].rstrip("/") if len(scopes) == 1 else ""
    for node in walk(rust_file.tree.root_node):
        if node.type != "function_item":
            continue
        for attribute in _attributes_of(node):
            match = _ROUTE_ATTRIBUTE.match(attribute)
            if match:
                name = text_of(node.child_by_field_name("name"))
                routes.append(Route(match.group(1), prefix + match.group(2) or "/", name, module, file))
    return routes


#: `.route("/x", web::get().to(f))` on an App, a scope or a ServiceConfig
_ROUTE_CALL = re.compile(r'\.route\(\s*"([^"]*)"\s*,\s*(?:actix_web::)?(?:web::)?(get|post|put|patch|delete|head)\(\)\s*\.to\(\s*([\w:]+)\s*\)')
#: `web::resource("/x").route(web::get().to(f))...` and `.get(f)`-less resources: one route per method
_RESOURCE = re.compile(r'resource\(\s*"([^"]*)"\s*\)((?:\s*\.route\(\s*(?:actix_web::)?(?:web::)?\w+\(\)\s*\.to\(\s*[\w:]+\s*\)\s*\))+)')
_RESOURCE_ROUTE = re.compile(r'(?:web::)?(get|post|put|patch|delete|head)\(\)\s*\.to\(\s*([\w:]+)\s*\)')


def registered_by_call(text: str, module: str, file: Path) -> list[Route]:
    """The routes a file registers by calls instead of macros, each with the handler's module
    resolved from `module` (a bare name is a function of the file's own module)."""
    found = [(method, path, written) for path, method, written in _ROUTE_CALL.findall(text)]
    for path, chain in _RESOURCE.findall(text):
        found += [(method, path, written) for method, written in _RESOURCE_ROUTE.findall(chain)]
    routes = []
    for method, path, written in found:
        parts = written.removeprefix("crate::").split("::")
        owner = "::".join(parts[:-1]) if written.startswith("crate::") else "::".join(filter(None, [module, *parts[:-1]]))
        routes.append(Route(method, path, parts[-1], owner, file, by_call=True))
    return routes


def registering_calls(root: Node) -> list[Node]:
    """The calls that register routes on an App, a scope or a ServiceConfig, innermost-last last:
    `.route("/x", ...)`, `.configure(...)`, `.service(...)` (not a resource's own `.route`, which
    takes no `.service` after it)."""
    found = [
        n for n in walk(root)
        if n.type == "call_expression" and called_method(n) in ("route", "configure", "service")
        and not re.match(r"(actix_web::)?(web::)?resource\(", text_of(n))
    ]
    return sorted(found, key=lambda call: call.child_by_field_name("function").child_by_field_name("field").start_byte)


def scope_functions(root: Node) -> list[tuple[str, Node]]:
    """(the scope's path, the chain's outermost call) of each function of a file that returns
    the `web::Scope` its handlers are registered on: `fn scope() -> Scope { web::scope("/x").service(a) }`,
    or of the scope a configure function registers (`cfg.service(web::scope("/x"))`)."""
    found = []
    for node in walk(root):
        if node.type != "function_item" or not re.search(r"\bScope\s*$", text_of(node.child_by_field_name("return_type") or node)):
            continue
        body = node.child_by_field_name("body")
        tail = body.named_children[-1] if body.named_children else None
        if tail is not None and tail.type == "expression_statement":
            tail = tail.named_children[0] if tail.named_children else None
        if tail is None or tail.type != "call_expression":
            continue
        prefix = re.match(r"\s*(?:actix_web::)?(?:web::)?scope\(\s*\"([^\"]*)\"", text_of(tail))
        if prefix:
            found.append((prefix.group(1), tail))
    # a configure function registering its module's scope: `cfg.service(web::scope("/jobs")...)`
    for function, _ in configure_functions(root):
        for call in walk(function):
            if call.type != "call_expression" or called_method(call) != "service":
                continue
            arguments = call.child_by_field_name("arguments").named_children
            prefix = re.match(r"\s*(?:actix_web::)?(?:web::)?scope\(\s*\"([^\"]*)\"", text_of(arguments[0])) if arguments else None
            if prefix:
                found.append((prefix.group(1), arguments[0]))
    return found


def configure_functions(root: Node) -> list[tuple[Node, str]]:
    """(function, its ServiceConfig parameter's name) of each configure function
    (`fn config(cfg: &mut web::ServiceConfig)`) of a file."""
    found = []
    for node in walk(root):
        if node.type != "function_item":
            continue
        for parameter in node.child_by_field_name("parameters").named_children:
            if parameter.type == "parameter" and "ServiceConfig" in text_of(parameter.child_by_field_name("type")):
                found.append((node, text_of(parameter.child_by_field_name("pattern")).removeprefix("mut ").strip()))
    return found


def chain_indent(lines: list[str], anchor: Node) -> str:
    """The indentation of a call appended after `anchor`: that of the chain's last call when it
    starts its line, else one level deeper than the line the chain starts on (`App::new()`,
    `cfg.route(...)`)."""
    function = anchor.child_by_field_name("function")
    if function.type == "field_expression":
        line = lines[function.child_by_field_name("field").start_point[0]]
        if line.lstrip().startswith("."):
            return indent_of(line)
    return indent_of(lines[anchor.start_point[0]]) + "    "


def first_statement_spot(lines: list[str], function: Node) -> tuple[int, int, str, str]:
    """Where the first statement of a configure function with an empty body goes: (line, UTF-16
    character just after its `{`, the statement's indentation, and what follows the statement so
    that a `}` on the same line as the `{` gets a line of its own)."""
    line, column = function.child_by_field_name("body").start_point
    character = lsp_character(lines[line], column + 1)
    indent = indent_of(lines[line])
    closing = "\n" + indent if lines[line][character:].lstrip().startswith("}") else ""
    return line, character, indent + "    ", closing


def called_method(call: Node) -> str | None:
    """`route` for `x.route(...)`, None for a call that is not a method call."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "field_expression":
        return None
    return text_of(function.child_by_field_name("field"))


def _attributes_of(node: Node) -> list[str]:
    attributes = []
    sibling = node.prev_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        if sibling.type == "attribute_item":
            attributes.append(text_of(sibling))
        sibling = sibling.prev_sibling
    return attributes


@dataclass
class ActixCrate:
    root: Path
    files: dict[Path, RustFile]

    def routes(self) -> list[Route]:
        """Every routed handler: by its route macro, or by the call that registers it."""
        found = []
        for path, parsed in self.files.items():
            module = module_of(self.root, path)
            found += routes_in(parsed, module, path) + registered_by_call(parsed.text, module, path)
        return found

    def error_types(self) -> list[ErrorType]:
        found = []
        for path, parsed in self.files.items():
            for impl in parsed.impls:
                if impl.trait and impl.trait.split("::")[-1] == "ResponseError":
                    source = parsed.text.encode("utf-8")[impl.start_byte : impl.end_byte].decode("utf-8")
                    variant = _not_found_variant(impl.type_name, source)
                    field = self._variant_field(impl.type_name, variant) if variant else None
                    if field == _UNBUILDABLE:
                        variant = field = None
                    found.append(ErrorType(impl.type_name, module_of(self.root, path), variant, field))
        return found

    def _variant_field(self, enum: str, variant: str) -> str | None:
        """The type of the one text field of `enum::variant`, None when it has no field, or
        _UNBUILDABLE when a handler could not build it (other fields, or the enum not found)."""
        for parsed in self.files.values():
            for node in walk(parsed.tree.root_node):
                if node.type != "enum_item" or text_of(node.child_by_field_name("name")) != enum:
                    continue
                for child in node.child_by_field_name("body").named_children:
                    if child.type == "enum_variant" and text_of(child.child_by_field_name("name")) == variant:
                        fields = child.child_by_field_name("body")
                        if fields is None:
                            return None
                        types = [text_of(f) for f in fields.named_children if f.type not in ("attribute_item", "line_comment")]
                        written = types[0].replace(" ", "") if len(types) == 1 else ""
                        return written if written in _TEXT_FIELDS else _UNBUILDABLE
        return _UNBUILDABLE

    def table_names(self) -> set[str]:
        """The tables the crate's `table!` macros declare."""
        return {name for parsed in self.files.values() for name in _TABLE.findall(parsed.text)}

    def pool_types(self) -> list[PoolType]:
        """Type aliases of a connection pool (`pub type DbPool = Pool<ConnectionManager<..>>`)."""
        found = []
        for path, parsed in self.files.items():
            for node in parsed.tree.root_node.children:
                if node.type == "type_item" and re.search(r"\bPool\s*<", text_of(node.child_by_field_name("type"))):
                    found.append(PoolType(text_of(node.child_by_field_name("name")), module_of(self.root, path)))
        return found

    def file_of_module(self, module: str) -> Path | None:
        return next((path for path in self.files if module_of(self.root, path) == module), None)


_TABLE = re.compile(r"\btable!\s*\{\s*(?:#\[[^\]]*\]\s*)*(\w+)\s*\(")
#: field types of a 404 variant a handler can fill with the model's name
_TEXT_FIELDS = ("&'staticstr", "&str", "String")
_UNBUILDABLE = "unbuildable"


def _not_found_variant(type_name: str, response_error_source: str) -> str | None:
    """The variant whose match arm gives StatusCode::NOT_FOUND: `NotFound =>`, `Missing(_) =>`."""
    arm = rf"\b{re.escape(type_name)}::(\w+)\s*(?:\([^)]*\)|\{{[^}}]*\}})?\s*=>\s*StatusCode::NOT_FOUND"
    match = re.search(arm, response_error_source)
    return match.group(1) if match else None


def read_crate(workspace: Workspace, file: Path, text: str | None = None) -> ActixCrate | None:
    """The crate holding `file` (its src/ files, the editor's unsaved text first), or None.

    `text` is the request's own text of `file`, which may differ from what is saved."""
    root = workspace.crate_root(file)
    if root is None:
        return None
    files = {path.resolve(): parsed for path, parsed in crate_files_by_path(workspace, file).items()}
    if text is not None:
        files[Path(file).resolve()] = read_rust_file(text)
    return ActixCrate(root.resolve(), files)
