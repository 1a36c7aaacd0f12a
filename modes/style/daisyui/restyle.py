"""The component at the cursor with DaisyUI classes added by styles.toml; nothing else changes.

Only class strings and styles are written: an element without classes (no attribute, or an empty
string) gets its rule's classes. An element that has classes keeps them: its classes were chosen
already, and one whose class is an expression carries the component's logic. Styles become the
classes that state them (css_to_tailwind.toml): an inline `style` and each class the project's
own CSS defines; a style value choosing between two written-out values (`active() ? 1 : 0.5`)
becomes a `classList` entry per branch; what no class states, or what is computed at run time,
stays as it was. An element written in plain Tailwind gets the DaisyUI component its utilities make
up (components.toml).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...base import ModeError
from ...syntax import Node, text_of, walk
from .components import recognised
from .css import CssClass, classes_for, css_property, declarations, is_initial, overrides

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
class ValueChoice:
    """A style value `condition ? when_true : when_false` between two written-out values, with
    the condition as a classList value for each branch (`holds` is a boolean even when the
    condition is not, as Solid's classList types require)."""

    holds: str
    fails: str
    when_true: str
    when_false: str


@dataclass(frozen=True)
class StylePart:
    """One declaration of a `style` attribute: `value` is None when it is computed at run time,
    and `choice` is set when that computation only picks one of two written-out values."""

    property: str
    value: str | None
    text: str
    choice: ValueChoice | None = None


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
        value = entry.child_by_field_name("value")
        parts.append(StylePart(css_property(text_of(key).strip("\"'")), _static(value), text_of(entry), _choice(value)))
    return parts


#: conditions whose value is a boolean already, so a classList takes them as written
_BOOLEAN_OPERATORS = ("==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in")


def _choice(value: Node) -> ValueChoice | None:
    if value.type != "ternary_expression":
        return None
    when_true = _static(value.child_by_field_name("consequence"))
    when_false = _static(value.child_by_field_name("alternative"))
    if when_true is None or when_false is None:
        return None
    condition = value.child_by_field_name("condition")
    while condition.type == "parenthesized_expression" and condition.named_child_count == 1:
        condition = condition.named_children[0]
    written = text_of(condition)
    operator = condition.child_by_field_name("operator")
    boolean = condition.type in ("true", "false") or (
        condition.type in ("unary_expression", "binary_expression") and text_of(operator) in ("!", *_BOOLEAN_OPERATORS)
    )
    return ValueChoice(written if boolean else f"!!({written})", f"!({written})", when_true, when_false)


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


@dataclass(frozen=True)
class Toggle:
    """A classList entry: `classes` while `condition` holds. `initial_of` names the property when
    the branch's value is the one the element has anyway (opacity 1), so it may need no class."""

    classes: str
    condition: str
    initial_of: str | None = None

    def entry(self) -> str:
        return f'"{self.classes}": {self.condition}'


def _class_list_object(class_list: Node) -> Node | None:
    """The object literal of `classList={{ ... }}`; None when the classList is another expression."""
    value = class_list.named_children[1] if len(class_list.named_children) > 1 else None
    inner = value.named_children[0] if value is not None and value.type == "jsx_expression" and value.named_children else None
    return inner if inner is not None and inner.type == "object" else None


def _object_keys(object_: Node) -> set[str]:
    return {text_of(pair.child_by_field_name("key")).strip("\"'") for pair in object_.named_children if pair.type == "pair"}


def _toggles(part: StylePart, taken: set[str] | None) -> tuple[list[Toggle] | None, str]:
    """The classList entries of a style value choosing between two values, or (None, why not).
    `taken`: the keys of the element's classList; None when it has one no entry can join."""
    choice = part.choice
    toggles = []
    for value, condition in ((choice.when_true, choice.holds), (choice.when_false, choice.fails)):
        written = classes_for(part.property, value)
        if written is None:
            return None, f"no Tailwind class states its value `{value}`"
        toggles.append(Toggle(" ".join(written), condition, part.property if is_initial(part.property, value) else None))
    if taken is None:
        return None, "the element's classList is an expression its classes cannot join"
    if any(toggle.classes in taken for toggle in toggles):
        return None, "the element's classList switches the same classes already"
    return toggles, ""


def _translated_style(
    attribute: Node, line: int, notes: list[Kept], taken: set[str] | None
) -> tuple[list[str], list[StylePart], set[str], list[Toggle]]:
    """(classes, declarations kept, properties translated, classList entries) of a style attribute."""
    classes, kept, translated, toggles = [], [], set(), []
    for part in style_parts(attribute):
        if part.choice is not None:
            switched, why = _toggles(part, taken)
            if switched is None:
                kept.append(part)
                notes.append(Kept(line, f"style `{part.text}`", why))
            else:
                toggles += switched
                translated.add(part.property)
            continue
        written = classes_for(part.property, part.value) if part.value is not None else None
        if written is None:
            kept.append(part)
            why = "its value is computed at run time" if part.value is None else "no Tailwind class states it"
            notes.append(Kept(line, f"style `{part.text}`", why))
        else:
            classes += written
            translated.add(part.property)
    return classes, kept, translated, toggles


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


def _needed(toggle: Toggle, classes: list[str]) -> bool:
    """A branch at the property's initial value needs no class, unless a class of the element
    sets the property otherwise (then the branch must switch it back)."""
    if toggle.initial_of is None:
        return True
    pattern = overrides(toggle.initial_of)
    return pattern is None or any(pattern.search(c) for c in classes)


def _appended(object_: Node, entries: list[str]) -> Change:
    """`entries` written at the end of a classList object, laid out as its own entries are."""
    pairs = object_.named_children
    if not pairs:
        return Change(object_.start_byte, object_.end_byte, "{ " + ", ".join(entries) + " }")
    last = pairs[-1]
    # the whitespace before the last entry: a newline and its indentation, or a space
    before = object_.text[last.prev_sibling.end_byte - object_.start_byte : last.start_byte - object_.start_byte].decode("utf-8")
    separator = "\n" + before.rsplit("\n", 1)[-1] if "\n" in before else " "
    comma = last.next_sibling
    if comma is not None and comma.type == ",":
        return Change(comma.end_byte, comma.end_byte, "".join(f"{separator}{entry}," for entry in entries))
    return Change(last.end_byte, last.end_byte, "".join(f",{separator}{entry}" for entry in entries))


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
    class_list = attributes.get("classList")
    class_list_object = _class_list_object(class_list) if class_list is not None else None
    taken = set() if class_list is None else (_object_keys(class_list_object) if class_list_object is not None else None)
    words = current.split() if current else []
    classes = _translated_words(words, project, line, notes)
    style_classes, style_kept, translated, toggles = (
        _translated_style(style, line, notes, taken) if style is not None else ([], [], set(), [])
    )
    if not words:
        # an element without classes gets its rule's, but its own style decides what it sets
        replaced = [pattern for property in translated if (pattern := overrides(property))]
        classes = [c for c in _rule(element, is_root) or [] if not any(p.search(c) for p in replaced)]
    classes = list(dict.fromkeys(classes + style_classes))
    tag = text_of(element.child_by_field_name("name"))
    classes = recognised(tag, {name: _literal(node) for name, node in attributes.items()}, classes) or classes
    entries = [toggle.entry() for toggle in toggles if _needed(toggle, classes)]
    class_text = f'class="{" ".join(classes)}"'
    changes = []
    class_written = classes == words
    if style is not None and len(style_kept) < len(style_parts(style)):
        # what replaces the style is written in its place, so no two edits start at one offset
        written = []
        if not style_kept and class_attribute is None and not class_written:
            written.append(class_text)
            class_written = True
        if style_kept:
            written.append(_style_rewrite(style, style_kept))
        if entries and class_list is None:
            written.append(f"classList={{{{ {', '.join(entries)} }}}}")
        if written:
            changes.append(Change(style.start_byte, style.end_byte, " ".join(written)))
        else:
            changes.append(Change(style.prev_sibling.end_byte, style.end_byte, ""))
    if entries and class_list_object is not None:
        changes.append(_appended(class_list_object, entries))
    if class_written:
        return changes
    if class_attribute is None:
        name = element.child_by_field_name("name")
        changes.append(Change(name.end_byte, name.end_byte, f" {class_text}"))
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


def _bare(condition: Node) -> str:
    """A condition without its negations and parentheses: `!(a)`, `!!(a)` and `a` switch on `a`."""
    while condition.type in ("parenthesized_expression", "unary_expression") and condition.named_child_count == 1:
        if condition.type == "unary_expression" and text_of(condition.child_by_field_name("operator")) != "!":
            break
        condition = condition.named_children[0]
    return text_of(condition)


def _class_conditions(attribute: Node) -> set[str]:
    """The conditions an attribute switches classes or styles on: a classList's values, and a
    style's choices between two written-out values (which a restyle may turn into classList entries)."""
    name = text_of(attribute.named_children[0])
    if name == "classList":
        object_ = _class_list_object(attribute)
        pairs = object_.named_children if object_ is not None else []
        return {_bare(pair.child_by_field_name("value")) for pair in pairs if pair.type == "pair"}
    if name == "style" and any(part.choice is not None for part in style_parts(attribute)):
        choices = [n for n in walk(attribute) if n.type == "ternary_expression" and n.parent.type == "pair"]
        return {_bare(choice.child_by_field_name("condition")) for choice in choices}
    return set()


def without_classes(node: Node) -> tuple[list[tuple[str, str]], set[str]]:
    """The component's syntax tree without its class attributes and the static part of its styles,
    and the conditions that switch its classes and styles: what a restyle keeps. A condition may
    move from a style into a classList, but none may go or change."""
    kept, conditions = [], set()
    stack = [node]
    while stack:
        current = stack.pop()
        name = text_of(current.named_children[0]) if current.type == "jsx_attribute" else None
        if name in ("classList", "style"):
            conditions |= _class_conditions(current)
        if name == "classList":
            # a classList other than an object literal is logic no restyle writes: it must stay
            if _class_list_object(current) is None:
                kept.append(("classList", text_of(current)))
            continue
        if name in _CLASS_ATTRIBUTES:
            continue
        if name == "style":
            # static declarations may become classes; what is computed at run time must stay
            computed = [part.text for part in style_parts(current) if part.value is None and part.choice is None]
            if computed:
                kept.append(("style", "; ".join(computed)))
            continue
        kept.append((current.type, text_of(current) if current.child_count == 0 else ""))
        stack.extend(reversed(current.children))
    return kept, conditions
