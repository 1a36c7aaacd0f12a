"""The component at the cursor with DaisyUI classes added by styles.toml; nothing else changes.

Only class strings are written: an element without classes (no attribute, or an empty string)
gets its rule's classes. An element that has classes keeps them as they are: its classes were
chosen already, and one whose class is an expression carries the component's logic.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...base import ModeError
from ...syntax import Node, ancestors, text_of, walk

_FUNCTIONS = ("function_declaration", "arrow_function", "function_expression")
_ELEMENTS = ("jsx_opening_element", "jsx_self_closing_element")
_CLASS_ATTRIBUTES = ("class", "className")


@dataclass(frozen=True)
class Change:
    """Replace bytes [start, end) of the file with `text`."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=None)
def styles() -> dict:
    with open(Path(__file__).with_name("styles.toml"), "rb") as file:
        return tomllib.load(file)


def component_at(root: Node, offset: int) -> Node:
    """The outermost function around `offset` that renders JSX: the component to restyle."""
    node = root.descendant_for_byte_range(offset, offset)
    functions = [n for n in ancestors(node) if n.type in _FUNCTIONS and any(d.type in _ELEMENTS for d in walk(n))]
    if not functions:
        raise ModeError("the cursor is not in a component that renders JSX: put it inside one")
    return functions[-1]


def _attributes(element: Node) -> dict[str, Node]:
    return {text_of(a.named_children[0]): a for a in element.named_children if a.type == "jsx_attribute"}


def _literal(attribute: Node | None) -> str | None:
    """An attribute's value when it is a plain string literal (`type="submit"`)."""
    if attribute is None or len(attribute.named_children) < 2 or attribute.named_children[1].type != "string":
        return None
    return text_of(attribute.named_children[1])[1:-1]


def _rule(element: Node, is_root: bool) -> list[str] | None:
    tag = text_of(element.child_by_field_name("name"))
    if is_root and tag in styles()["root"]["tags"]:
        return styles()["root"]["classes"].split()
    attributes = _attributes(element)
    for rule in styles()["rule"]:
        if rule["tag"] == tag and all(_literal(attributes.get(k)) == v for k, v in rule.get("attributes", {}).items()):
            return rule["classes"].split()
    return None


def _outermost_element(component: Node) -> Node | None:
    """The opening tag of the first JSX element the component returns."""
    jsx = next((n for n in walk(component) if n.type in ("jsx_element", "jsx_self_closing_element")), None)
    if jsx is None:
        return None
    return jsx if jsx.type == "jsx_self_closing_element" else jsx.child_by_field_name("open_tag")


def class_changes(component: Node) -> list[Change]:
    root_element = _outermost_element(component)
    changes = []
    for element in walk(component):
        if element.type not in _ELEMENTS:
            continue
        classes = _rule(element, element == root_element)
        if classes is None:
            continue
        attributes = _attributes(element)
        attribute = next((attributes[name] for name in _CLASS_ATTRIBUTES if name in attributes), None)
        if attribute is None:
            name = element.child_by_field_name("name")
            changes.append(Change(name.end_byte, name.end_byte, f' class="{" ".join(classes)}"'))
            continue
        if _literal(attribute) == "":
            value = attribute.named_children[1]
            changes.append(Change(value.start_byte, value.end_byte, f'"{" ".join(classes)}"'))
    return changes


def apply_changes(source: bytes, changes: list[Change]) -> bytes:
    for change in sorted(changes, key=lambda c: c.start, reverse=True):
        source = source[: change.start] + change.text.encode("utf-8") + source[change.end :]
    return source


def without_classes(node: Node) -> list[tuple[str, str]]:
    """The component's syntax tree with every class attribute left out: what a restyle keeps."""
    kept = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "jsx_attribute" and text_of(current.named_children[0]) in _CLASS_ATTRIBUTES:
            continue
        kept.append((current.type, text_of(current) if current.child_count == 0 else ""))
        stack.extend(reversed(current.children))
    return kept
