"""The middleware in three parts: its `use` lines merged into the file's, its items above the
function that builds the App, and its calls appended to the App's chain."""

from __future__ import annotations

from dataclasses import dataclass

from ...base import Edit
from ...syntax import parse, text_of, walk
from ..imports import import_edits, use_paths
from .context import MiddlewareContext

#: the indentation of the chain's calls in the templates (inside `fn app() { App::new() ... }`)
_TEMPLATE_CHAIN_INDENT = " " * 8


@dataclass
class Parts:
    uses: list[str]
    items: str
    chain: str


def split(code: str) -> Parts:
    """A filled template's use lines, items, and the calls after `App::new()` in `fn app`."""
    tree = parse(code)
    root = tree.root_node
    uses = [path for n in root.children if n.type == "use_declaration" for path in use_paths(text_of(n))]
    app_fn = next(n for n in root.children if n.type == "function_item" and text_of(n.child_by_field_name("name")) == "app")
    last_use = max((n.end_byte for n in root.children if n.type == "use_declaration"), default=0)
    source = code.encode("utf-8")
    items = source[last_use : app_fn.start_byte].decode("utf-8").strip("\n")
    new_app = next(n for n in walk(app_fn) if n.type == "call_expression" and text_of(n.child_by_field_name("function")) == "App::new")
    chain_end = app_fn.child_by_field_name("body").named_children[-1].end_byte
    chain = source[new_app.end_byte : chain_end].decode("utf-8").strip("\n")
    return Parts(uses, items, chain)


def place(code: str, context: MiddlewareContext) -> list[Edit]:
    parts = split(code)
    lines = context.request.text.split("\n")
    above = context.items_before > 0 and lines[context.items_before - 1].strip()
    line, character = context.chain_anchor
    chain = "\n".join(context.chain_indent + l.removeprefix(_TEMPLATE_CHAIN_INDENT) for l in parts.chain.split("\n"))
    edits = import_edits(context.request.text, parts.uses)
    if parts.items:
        # blank lines around them, as between any two items of the file
        at = context.items_before
        edits.append(Edit(at, 0, at, 0, ("\n" if above else "") + parts.items + "\n\n"))
    edits.append(Edit(line, character, line, character, "\n" + chain))
    return edits
