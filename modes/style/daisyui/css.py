"""CSS declarations as Tailwind classes, by the table css_to_tailwind.toml, and the class rules
of the project's own .css files.

A declaration becomes classes only when they mean the same; otherwise `classes_for` answers
None and the declaration stays where it was.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: a CSS length, percentage or viewport size Tailwind takes as an arbitrary value (`p-[13px]`)
_LENGTH = re.compile(r"-?(\d+\.?\d*|\.\d+)(px|rem|em|%|vh|vw|ch)")
_COLOR = re.compile(r"#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([\d.,%\s/]+\)|[a-z]+")
_BORDER_STYLES = ("solid", "dashed", "dotted", "double", "none")
_CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


@lru_cache(maxsize=None)
def table() -> dict:
    with open(Path(__file__).with_name("css_to_tailwind.toml"), "rb") as file:
        return tomllib.load(file)


def css_property(key: str) -> str:
    """The CSS name of a style key: `fontSize` (React's habit) and `font-size` (Solid's) alike."""
    return re.sub(r"(?<=[a-z])([A-Z])", lambda m: "-" + m.group(1).lower(), key).lower()


def declarations(text: str) -> list[tuple[str, str]]:
    """The `property: value` pairs of a style string or a CSS rule's body, in order."""
    pairs = []
    for part in text.split(";"):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            pairs.append((css_property(name.strip()), value.strip()))
    return pairs


def overrides(property: str) -> re.Pattern | None:
    """The DaisyUI rule classes a translated `property` replaces (see the table's `overrides`)."""
    spec = table()["property"].get(property, {})
    return re.compile(spec["overrides"]) if "overrides" in spec else None


def is_initial(property: str, value: str) -> bool:
    """Whether `value` is what the property is when nothing sets it (the table's `initial`)."""
    return table()["property"].get(property, {}).get("initial") == " ".join(value.split())


def _px_key(value: str) -> str | None:
    """`16px`, `1rem` or `0` as the px number the scales are keyed by; None for other units."""
    match = re.fullmatch(r"(\d+\.?\d*|\.\d+)(px|rem)?", value)
    if not match or (match.group(2) is None and float(match.group(1)) != 0):
        return None
    px = float(match.group(1)) * (16 if match.group(2) == "rem" else 1)
    return str(int(px)) if px.is_integer() else None


def _with_suffix(prefix: str, suffix: str) -> str:
    return f"{prefix}-{suffix}" if suffix else prefix


def _length(prefix: str, value: str, spec: dict) -> str | None:
    words = spec.get("keywords") or table()["scales"].get(spec.get("keyword_scale", ""), {})
    if value in words:
        return _with_suffix(prefix, words[value])
    scale = table()["scales"].get(spec.get("scale", ""), {})
    key = _px_key(value)
    if key is not None and key in scale:
        return _with_suffix(prefix, scale[key])
    if _LENGTH.fullmatch(value):
        return f"{prefix}-[{value}]"
    return None


def _color(prefix: str, value: str) -> str | None:
    value = value.lower()
    named = table()["colors"]
    if value in named:
        return f"{prefix}-{named[value]}"
    if _COLOR.fullmatch(value):
        return f"{prefix}-[{''.join(value.split())}]"
    return None


def _box(sides: dict[str, str], value: str) -> list[str] | None:
    """padding/margin shorthand: one to four lengths, top right bottom left as CSS reads them."""
    parts = value.split()
    if not 1 <= len(parts) <= 4:
        return None
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    if top == right == bottom == left:
        wanted = [("all", top)]
    else:
        wanted = [("y", top)] if top == bottom else [("top", top), ("bottom", bottom)]
        wanted += [("x", left)] if left == right else [("left", left), ("right", right)]
    spec = {"scale": "spacing", "keywords": {"auto": "auto"}}
    classes = [_length(sides[side], length, spec) for side, length in wanted]
    return None if None in classes else classes


def _border(value: str) -> list[str] | None:
    """`1px solid #ccc`: a width, a style and a color; a style without its width is 3px in CSS
    (`medium`), which no plain class states, so it is kept."""
    classes, width, style = [], None, None
    for part in value.split():
        if part in _BORDER_STYLES:
            style = part
        elif _px_key(part) is not None or _LENGTH.fullmatch(part):
            width = part
            classes.append(_length("border", part, {"scale": "border_width"}))
        elif color := _color("border", part):
            classes.append(color)
        else:
            return None
    if style == "none":
        return ["border-none"] if width is None else None
    if width is None:
        return None
    return [*classes, f"border-{style}"] if style and style != "solid" else classes


def classes_for(property: str, value: str) -> list[str] | None:
    """The classes one declaration becomes, or None when no class means the same."""
    spec = table()["property"].get(property)
    value = " ".join(value.split())
    if spec is None or not value or "!important" in value or "var(" in value:
        return None
    kind = spec["kind"]
    if kind == "keyword":
        found = spec["values"].get(value.lower())
        return found.split() if found else None
    if kind == "box":
        return _box(spec["sides"], value)
    if kind == "border":
        return _border(value)
    single = _length(spec["prefix"], value, spec) if kind == "length" else _color(spec["prefix"], value)
    return [single] if single else None


@dataclass(frozen=True)
class CssClass:
    """A class the project's own CSS defines: the classes it becomes, or why it stays."""

    name: str
    classes: tuple[str, ...] = ()
    kept_because: str | None = None


def _blocks(css: str) -> list[tuple[str, str]]:
    """(prelude, body) of each top-level block: `.card { ... }`, `@media (...) { ... }`."""
    blocks, depth, prelude_start, body_start = [], 0, 0, 0
    for index, char in enumerate(css):
        if char == "{":
            if depth == 0:
                body_start = index + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                blocks.append((css[prelude_start : body_start - 1].strip(), css[body_start:index]))
                prelude_start = index + 1
        elif char == ";" and depth == 0:
            prelude_start = index + 1  # @import ...; and the like hold no class rule
    return blocks


def css_classes(css: str) -> dict[str, CssClass]:
    """The classes a stylesheet styles. A class styled only by plain `.name { ... }` rules becomes
    the classes of their declarations; one also styled by another selector (`.card h2`,
    `.card:hover`), inside an at-rule, or with a declaration no class states, stays."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found: dict[str, list[tuple[str, str]]] = {}
    kept: dict[str, str] = {}
    for prelude, body in _blocks(css):
        if prelude.startswith("@"):
            for name in _CLASS_IN_SELECTOR.findall(body):
                kept.setdefault(name, f"it is styled inside `{prelude}`")
            continue
        for selector in (s.strip() for s in prelude.split(",")):
            plain = re.fullmatch(r"\.(-?[_a-zA-Z][\w-]*)", selector)
            if plain and "@apply" not in body:
                found.setdefault(plain.group(1), []).extend(declarations(body))
                continue
            for name in _CLASS_IN_SELECTOR.findall(selector):
                kept.setdefault(name, f"its rule `{selector}` has no class of its own")
    classes = {}
    for name in found.keys() | kept.keys():
        if name in kept:
            classes[name] = CssClass(name, kept_because=kept[name])
            continue
        translated = [(f"{p}: {v}", classes_for(p, v)) for p, v in found[name]]
        missing = [declaration for declaration, written in translated if written is None]
        if missing:
            classes[name] = CssClass(name, kept_because=f"no class states `{'; '.join(missing)}`")
        else:
            classes[name] = CssClass(name, tuple(dict.fromkeys(c for _, written in translated for c in written)))
    return classes


def project_css_classes(frontend: Path) -> dict[str, CssClass]:
    """The classes the frontend's own stylesheets (src/**/*.css) define."""
    classes: dict[str, CssClass] = {}
    for sheet in sorted((frontend / "src").rglob("*.css")):
        if "node_modules" in sheet.parts:
            continue
        for name, css_class in css_classes(sheet.read_text(encoding="utf-8", errors="replace")).items():
            # which of two sheets styling one class wins depends on their order in the bundle
            classes[name] = css_class if name not in classes else CssClass(name, kept_because="more than one stylesheet styles it")
    return classes
