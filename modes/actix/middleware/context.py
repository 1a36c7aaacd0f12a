"""What `actix.middleware` needs: the kind, what its template asks, and where in the App chain
and the file its parts go."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ...syntax import Node, lsp_character, parse, text_of, walk
from ..comment import comment_at

KINDS: dict[str, dict] = tomllib.loads((Path(__file__).parent / "kinds.toml").read_text(encoding="utf-8"))
#: calls of the App chain a middleware goes after: what configures the app, not its routes
_SETUP_CALLS = ("wrap", "wrap_fn", "app_data", "data")
#: the origin Vite's dev server serves a frontend from when its config names no port
_VITE_DEFAULT_PORT = 5173


@dataclass
class MiddlewareContext:
    request: Request
    kind: str
    values: dict[str, str]
    #: (line, character) after which the chain's new calls go, and their indentation
    chain_anchor: tuple[int, int]
    chain_indent: str
    #: line before which the template's items (statics, functions) go
    items_before: int


def build_context(request: Request) -> MiddlewareContext:
    tree = parse(request.text)
    if tree.root_node.has_error:
        raise ModeError(f"{request.path.name} does not parse; fix its syntax before adding middleware")
    app = next((n for n in walk(tree.root_node) if n.type == "call_expression" and text_of(n.child_by_field_name("function")) == "App::new"), None)
    if app is None:
        raise ModeError("run the middleware mode in the file that builds the App (App::new(), usually main.rs)")
    kind = request.args.get("kind") or _kind_in_words(request)
    choices = tuple(Choice(f"{name}: {spec['summary']}", name) for name, spec in KINDS.items())
    if not kind:
        raise NeedsInput("kind", "Which middleware?", choices)
    if kind not in KINDS:
        raise NeedsInput("kind", f"`{kind}` is not a middleware this mode writes; which one?", choices)
    spec = KINDS[kind]
    # the request's own comment may name the marker ("Cache-Control: no-store")
    code = "\n".join(line for line in request.text.split("\n") if not line.strip().startswith("//"))
    marker = next((m for m in spec["present"] if m in code), None)
    if marker is not None:
        raise ModeError(f"the app has {kind} middleware already ({marker} is in {request.path.name})")
    values = {}
    if "asks" in spec:
        values[spec["asks"]] = _asked(request, spec["asks"])
    anchor = _chain_anchor(app)
    lines = request.text.split("\n")
    return MiddlewareContext(
        request=request,
        kind=kind,
        values=values,
        chain_anchor=(anchor.end_point[0], lsp_character(lines[anchor.end_point[0]], anchor.end_point[1])),
        chain_indent=_chain_indent(lines, app, anchor),
        items_before=_item_line(app),
    )


def _kind_in_words(request: Request) -> str | None:
    """The one kind whose words the `// nocodo:` comment at the cursor uses ("/suppliers/ with a
    slash at the end should work the same": trailing_slash)."""
    comment = comment_at(request)
    if comment is None:
        return None
    said = " " + " ".join(re.findall(r"[a-z][a-z-]*", comment.lower())) + " "
    named = [kind for kind, spec in KINDS.items() if any(f" {word} " in said for word in spec.get("words", []))]
    return named[0] if len(named) == 1 else None


def _asked(request: Request, name: str) -> str:
    value = request.args.get(name)
    if name == "origin":
        if value and re.fullmatch(r"https?://[\w.-]+(:\d+)?", value):
            return value
        port = _frontend_port(request)
        suggestion = f"http://localhost:{port}"
        raise NeedsInput("origin", "Which origin may call the API from a browser (scheme, host and port)?", (Choice(f"{suggestion} (the frontend's dev server)", suggestion),))
    if not value:
        raise NeedsInput(name, f"The middleware needs {name}")
    return value


def _frontend_port(request: Request) -> int:
    """The port of the frontend's Vite dev server beside the crate, else Vite's default."""
    crate = request.workspace.crate_root(request.path) or request.workspace.root
    for config in sorted(crate.parent.glob("*/vite.config.*")):
        match = re.search(r"\bport\s*:\s*(\d+)", request.workspace.read(config) or "")
        if match:
            return int(match.group(1))
    return _VITE_DEFAULT_PORT


def _chain_anchor(app: Node) -> Node:
    """The last setup call (.wrap, .app_data) of the chain started by `App::new()`, else it."""
    anchor, node = app, app
    while node.parent is not None and node.parent.type == "field_expression" and node.parent.parent.type == "call_expression":
        call = node.parent.parent
        if text_of(node.parent.child_by_field_name("field")) in _SETUP_CALLS:
            anchor = call
        node = call
    return anchor


def _chain_indent(lines: list[str], app: Node, anchor: Node) -> str:
    if anchor is not app:
        line = lines[anchor.child_by_field_name("function").child_by_field_name("field").start_point[0]]
        return line[: len(line) - len(line.lstrip())]
    line = lines[app.start_point[0]]
    return line[: len(line) - len(line.lstrip())] + "    "


def _item_line(app: Node) -> int:
    """The first line of the top-level item holding the App (with its attributes and docs)."""
    item = app
    while item.parent is not None and item.parent.type != "source_file":
        item = item.parent
    while item.prev_sibling is not None and item.prev_sibling.type in ("attribute_item", "line_comment"):
        item = item.prev_sibling
    return item.start_point[0]
