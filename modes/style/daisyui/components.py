"""DaisyUI components recognised in an element's plain Tailwind utilities, by components.toml.

The table is read and checked once: a component naming a family the table does not define is an
error when the table loads, not a recogniser that silently never matches.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Addition:
    """A class a component adds when one of the element's words is of `family`."""

    family: str
    class_: str


@dataclass(frozen=True)
class Component:
    tags: tuple[str, ...]
    #: attribute -> literal values that rule an element out
    skip: dict[str, tuple[str, ...]]
    #: each entry: families of which one must be present
    requires: tuple[tuple[str, ...], ...]
    replaces: tuple[str, ...]
    classes: tuple[str, ...]
    variants: tuple[Addition, ...]
    modifiers: tuple[Addition, ...]


@dataclass(frozen=True)
class Table:
    daisyui: re.Pattern
    families: dict[str, re.Pattern]
    components: tuple[Component, ...]


def _additions(entries: list[dict]) -> tuple[Addition, ...]:
    return tuple(Addition(entry["family"], entry["class"]) for entry in entries)


def load_table(path: Path) -> Table:
    with open(path, "rb") as file:
        data = tomllib.load(file)
    families = {name: re.compile(pattern) for name, pattern in data["families"].items()}
    components = []
    for entry in data["component"]:
        component = Component(
            tags=tuple(entry["tags"]),
            skip={name: tuple(values) for name, values in entry.get("skip", {}).items()},
            requires=tuple((need,) if isinstance(need, str) else tuple(need) for need in entry["requires"]),
            replaces=tuple(entry["replaces"]),
            classes=tuple(entry["classes"].split()),
            variants=_additions(entry.get("variant", [])),
            modifiers=_additions(entry.get("modifier", [])),
        )
        named = [f for need in component.requires for f in need] + list(component.replaces)
        named += [a.family for a in component.variants + component.modifiers]
        unknown = sorted(set(named) - families.keys())
        if unknown:
            raise ValueError(f"{path.name}: component {'/'.join(component.tags)} names unknown families {', '.join(unknown)}")
        components.append(component)
    return Table(re.compile(data["daisyui"]["class"]), families, tuple(components))


@lru_cache(maxsize=None)
def table() -> Table:
    return load_table(Path(__file__).with_name("components.toml"))


def has_daisyui_class(words: list[str]) -> bool:
    """Whether a word is a DaisyUI class, whatever its variant prefix (`hover:btn-primary`)."""
    return any(table().daisyui.search(word.rsplit(":", 1)[-1]) for word in words)


def recognised(tag: str, attributes: dict[str, str | None], words: list[str]) -> list[str] | None:
    """The classes of an element written in plain Tailwind as the DaisyUI component its utilities
    make up, or None when no component fits (or it has DaisyUI classes already).

    `attributes` holds the element's literal attribute values."""
    if has_daisyui_class(words):
        return None
    families = table().families

    def present(family: str) -> bool:
        return any(families[family].search(word) for word in words)

    for component in table().components:
        if tag not in component.tags or any(attributes.get(name) in values for name, values in component.skip.items()):
            continue
        if not all(any(present(family) for family in need) for need in component.requires):
            continue
        variant = next((a.class_ for a in component.variants if present(a.family)), "")
        modifiers = [a.class_ for a in component.modifiers if present(a.family)]
        kept = [word for word in words if not any(families[family].search(word) for family in component.replaces)]
        return list(dict.fromkeys([*component.classes, *variant.split(), *modifiers, *kept]))
    return None
