"""The component at the cursor with DaisyUI classes added by styles.toml; nothing else changes.

Only class strings and styles are written: an element without classes (no attribute, or an empty
string) gets its rule's classes. An element that has classes keeps them: its classes were chosen
already, and one whose class is an expression carries the component's logic. Styles become the
classes that state them (css_to_tailwind.toml): an inline `style` and each class the project's
own CSS defines; what no class states, or what is computed at run time, stays as it was.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...base import ModeError
from ...syntax import Node, text_of, walk
from .css import CssClass, classes_for, css_property, declarations, overrides

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


#: what holds a component's function: `const X = () => ...`, `export default function X`
_DECLARATIONS = ("variable_declarator", "lexical_declaration", "variable_declaration", "export_statement")


def _rows_of(function: Node) -> tuple[int, int]:
    """The lines a component spans: its whole declaration (the signature line of `export default
    function X(props: Props) {` or `const X: Component<P> = (props) => {`, and the closing line)
    and the comment lines right above it."""
    declaration = function
    while declaration.parent is not None and declaration.parent.type in _DECLARATIONS:
        declaration = declaration.parent
    first = declaration.start_point[0]
    comment = declaration.prev_named_sibling
    while comment is not None and comment.type == "comment" and comment.end_point[0] >= first - 1:
        first = comment.start_point[0]
        comment = comment.prev_named_sibling
    return first, declaration.end_point[0]


def component_at(root: Node, line: int) -> Node:
    """The outermost function rendering JSX whose lines hold `line`: the component to restyle."""
    functions = [
        node
        for node in walk(root)
        if node.type in _FUNCTIONS and any(d.type in _ELEMENTS for d in walk(node))
        and _rows_of(node)[0] <= line <= _rows_of(node)[1]
    ]
    if not functions:
        raise ModeError("the cursor is not in a component that renders JSX: put it inside one")
    return max(functions, key=lambda node: node.end_byte - node.start_byte)


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


@dataclass(frozen=True)
class Kept:
    """A style the restyle left as it was, and why: shown with the run, never dropped silently."""

    line: int
    what: str
    why: str

    def describe(self) -> str:
        return f"line {self.line}: {self.what} ({self.why})"


@dataclass(frozen=True)
class StylePart:
    """One declaration of a `style` attribute: `value` is None when it is computed at run time."""

    property: str
    value: str | None
    text: str


def style_parts(attribute: Node) -> list[StylePart]:
    """The declarations of `style="..."` or `style={{ ... }}`; a style that is no literal object
    (`style={styles()}`) is one computed part."""
    value = attribute.named_children[1] if len(attribute.named_children) > 1 else None
    if value is None:
        return []
    if value.type == "string":
        return [StylePart(p, v, f"{p}: {v}") for p, v in declarations(text_of(value)[1:-1])]
    object_ = value.named_children[0] if value.type == "jsx_expression" and value.named_children else None
    if object_ is None or object_.type != "object":
        return [StylePart("", None, text_of(value))]
    parts = []
    for entry in object_.named_children:
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        if key is None or key.type not in ("property_identifier", "string"):
            parts.append(StylePart("", None, text_of(entry)))
            continue
        parts.append(StylePart(css_property(text_of(key).strip("\"'")), _static(entry.child_by_field_name("value")), text_of(entry)))
    return parts


def _static(value: Node) -> str | None:
    """A style value written out in full: a string, a template without `${}`, or a number."""
    if value.type == "string":
        return text_of(value)[1:-1]
    if value.type == "template_string" and not any(c.type == "template_substitution" for c in value.children):
        return text_of(value)[1:-1]
    return text_of(value) if value.type == "number" else None


def _style_rewrite(attribute: Node, kept: list[StylePart]) -> str:
    """The style attribute holding only the declarations no class states."""
    if attribute.named_children[1].type == "string":
        return f'style="{"; ".join(part.text for part in kept)}"'
    return f"style={{{{ {', '.join(part.text for part in kept)} }}}}"


def _translated_style(attribute: Node, line: int, notes: list[Kept]) -> tuple[list[str], list[StylePart], set[str]]:
    """(classes, declarations kept, properties translated) of a style attribute."""
    classes, kept, translated = [], [], set()
    for part in style_parts(attribute):
        written = classes_for(part.property, part.value) if part.value is not None else None
        if written is None:
            kept.append(part)
            why = "its value is computed at run time" if part.value is None else "no Tailwind class states it"
            notes.append(Kept(line, f"style `{part.text}`", why))
        else:
            classes += written
            translated.add(part.property)
    return classes, kept, translated


def _translated_words(words: list[str], project: dict[str, CssClass], line: int, notes: list[Kept]) -> list[str]:
    """The class words with each class of the project's own CSS replaced by the classes it states."""
    out = []
    for word in words:
        css_class = project.get(word)
        if css_class is None or css_class.kept_because:
            out.append(word)
            if css_class is not None:
                notes.append(Kept(line, f"class `{word}` of the project's CSS", css_class.kept_because))
        else:
            out += css_class.classes
    return out


def _element_changes(element: Node, is_root: bool, project: dict[str, CssClass], notes: list[Kept]) -> list[Change]:
    line = element.start_point[0] + 1
    attributes = _attributes(element)
    class_attribute = next((attributes[name] for name in _CLASS_ATTRIBUTES if name in attributes), None)
    current = _literal(class_attribute)
    style = attributes.get("style")
    if class_attribute is not None and current is None:
        if style is not None:
            notes.append(Kept(line, f"`{text_of(style)}`", "the element's class is an expression the style's classes cannot join"))
        return []
    words = current.split() if current else []
    classes = _translated_words(words, project, line, notes)
    style_classes, style_kept, translated = _translated_style(style, line, notes) if style is not None else ([], [], set())
    if not words:
        # an element without classes gets its rule's, but its own style decides what it sets
        replaced = [pattern for property in translated if (pattern := overrides(property))]
        classes = [c for c in _rule(element, is_root) or [] if not any(p.search(c) for p in replaced)]
    classes = list(dict.fromkeys(classes + style_classes))
    changes = []
    style_removed = style is not None and not style_kept
    if style is not None and len(style_kept) < len(style_parts(style)):
        if style_removed and class_attribute is None:
            # the class takes the style's place, so the two edits never start at one offset
            return [Change(style.start_byte, style.end_byte, f'class="{" ".join(classes)}"')]
        if style_removed:
            changes.append(Change(style.prev_sibling.end_byte, style.end_byte, ""))
        else:
            changes.append(Change(style.start_byte, style.end_byte, _style_rewrite(style, style_kept)))
    if classes == words:
        return changes
    if class_attribute is None:
        name = element.child_by_field_name("name")
        changes.append(Change(name.end_byte, name.end_byte, f' class="{" ".join(classes)}"'))
    else:
        value = class_attribute.named_children[1]
        changes.append(Change(value.start_byte, value.end_byte, f'"{" ".join(classes)}"'))
    return changes


def class_changes(component: Node, project: dict[str, CssClass]) -> tuple[list[Change], list[Kept]]:
    """The edits restyling `component`, and the styles it keeps as they were (with why)."""
    root_element = _outermost_element(component)
    changes: list[Change] = []
    notes: list[Kept] = []
    for element in walk(component):
        if element.type in _ELEMENTS:
            changes += _element_changes(element, element == root_element, project, notes)
    return changes, notes


def apply_changes(source: bytes, changes: list[Change]) -> bytes:
    for change in sorted(changes, key=lambda c: c.start, reverse=True):
        source = source[: change.start] + change.text.encode("utf-8") + source[change.end :]
    return source


def without_classes(node: Node) -> list[tuple[str, str]]:
    """The component's syntax tree without its class attributes and the static part of its styles:
    what a restyle keeps."""
    kept = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "jsx_attribute" and text_of(current.named_children[0]) in _CLASS_ATTRIBUTES:
            continue
        if current.type == "jsx_attribute" and text_of(current.named_children[0]) == "style":
            # static declarations may become classes; what is computed at run time must stay
            computed = [part.text for part in style_parts(current) if part.value is None]
            if computed:
                kept.append(("style", "; ".join(computed)))
            continue
        kept.append((current.type, text_of(current) if current.child_count == 0 else ""))
        stack.extend(reversed(current.children))
    return kept
