"""The JSON shape serde gives a crate's structs and enums, read with tree-sitter.

Only what changes the shape is read: `derive(Serialize/Deserialize)`, `rename_all`, `rename`,
`skip*`, unit-only enums. A struct that derives neither never crosses the API and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...syntax import Node, parse, text_of
from ...workspace import Workspace

_DERIVE = re.compile(r"#\[derive\(([^)]*)\)\]")
_SERDE = re.compile(r"#\[serde\((.*)\)\]", re.S)
_KEY_VALUE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class SerdeField:
    #: the JSON key, after rename / rename_all
    key: str
    rust_type: str


@dataclass(frozen=True)
class SerdeStruct:
    name: str
    #: the diesel table it maps, when it says (`#[diesel(table_name = pets)]`)
    table: str | None
    serialize: bool
    deserialize: bool
    fields: tuple[SerdeField, ...]
    #: the file it is declared in, relative to the crate
    source: str


@dataclass(frozen=True)
class SerdeEnum:
    name: str
    #: the JSON strings of its unit variants
    values: tuple[str, ...]
    source: str


def rename(name: str, rule: str | None) -> str:
    """serde's `rename_all` rules, applied to a snake_case field or a PascalCase variant."""
    if rule is None:
        return name
    # fields are snake_case and variants PascalCase: either way, a list of lowercase words
    words = name.lower().split("_") if "_" in name or name.islower() else [w.lower() for w in re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name)]
    joiners = {
        "lowercase": lambda: "".join(words),
        "UPPERCASE": lambda: "".join(words).upper(),
        "PascalCase": lambda: "".join(w.capitalize() for w in words),
        "camelCase": lambda: words[0] + "".join(w.capitalize() for w in words[1:]),
        "snake_case": lambda: "_".join(words),
        "SCREAMING_SNAKE_CASE": lambda: "_".join(words).upper(),
        "kebab-case": lambda: "-".join(words),
        "SCREAMING-KEBAB-CASE": lambda: "-".join(words).upper(),
    }
    if rule not in joiners:
        raise ValueError(f"unknown serde rename_all rule {rule!r}")
    return joiners[rule]()


def _attributes_before(node: Node) -> list[str]:
    """The `#[...]` lines directly above `node` (doc comments between them are skipped)."""
    attributes = []
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        if sibling.type == "attribute_item":
            attributes.insert(0, text_of(sibling))
        sibling = sibling.prev_named_sibling
    return attributes


def _serde_options(attributes: list[str]) -> tuple[dict[str, str], set[str]]:
    """`key = "value"` pairs and bare flags of the item's serde attributes."""
    values: dict[str, str] = {}
    flags: set[str] = set()
    for attribute in attributes:
        match = _SERDE.fullmatch(attribute.strip())
        if not match:
            continue
        values.update(_KEY_VALUE.findall(match.group(1)))
        flags.update(w for w in re.findall(r"(?<![=\"\w])(\w+)(?=\s*(?:,|$))", match.group(1)))
    return values, flags


def _derives(attributes: list[str]) -> set[str]:
    names = set()
    for attribute in attributes:
        for match in _DERIVE.finditer(attribute):
            names.update(part.strip().split("::")[-1] for part in match.group(1).split(","))
    return names


def _struct(node: Node, source: str) -> SerdeStruct | None:
    attributes = _attributes_before(node)
    derives = _derives(attributes)
    body = node.child_by_field_name("body")
    if not derives & {"Serialize", "Deserialize"} or body is None or body.type != "field_declaration_list":
        return None
    options, _ = _serde_options(attributes)
    table = re.search(r"table_name\s*=\s*(\w+)", " ".join(attributes))
    fields = []
    for field in body.named_children:
        if field.type != "field_declaration":
            continue
        field_options, flags = _serde_options(_attributes_before(field))
        if flags & {"skip", "skip_serializing", "skip_deserializing"}:
            continue  # not part of the JSON the frontend sees (one way or both)
        name = text_of(field.child_by_field_name("name"))
        key = field_options.get("rename") or rename(name, options.get("rename_all"))
        fields.append(SerdeField(key, text_of(field.child_by_field_name("type"))))
    return SerdeStruct(
        name=text_of(node.child_by_field_name("name")),
        table=table.group(1) if table else None,
        serialize="Serialize" in derives,
        deserialize="Deserialize" in derives,
        fields=tuple(fields),
        source=source,
    )


def _enum(node: Node, source: str) -> SerdeEnum | None:
    attributes = _attributes_before(node)
    body = node.child_by_field_name("body")
    if not _derives(attributes) & {"Serialize", "Deserialize"} or body is None:
        return None
    options, flags = _serde_options(attributes)
    if "tag" in options or "untagged" in flags:
        return None  # an adjacently or internally tagged enum is no string union
    values = []
    for variant in body.named_children:
        if variant.type != "enum_variant":
            continue
        if variant.child_by_field_name("body") is not None:
            return None  # a variant with data: not a plain string union
        name = text_of(variant.child_by_field_name("name"))
        variant_options, _ = _serde_options(_attributes_before(variant))
        values.append(variant_options.get("rename") or rename(name, options.get("rename_all")))
    return SerdeEnum(text_of(node.child_by_field_name("name")), tuple(values), source)


def read_crate(workspace: Workspace, crate: Path) -> tuple[list[SerdeStruct], list[SerdeEnum]]:
    """Every serde struct and unit enum under the crate's src/, in file-name order."""
    structs, enums = [], []
    for path in workspace.rust_files(crate / "src"):
        text = workspace.read(path)
        if text is None or path.name == "schema.rs":
            continue
        source = path.relative_to(crate).as_posix()
        for node in parse(text).root_node.children:
            if node.type == "struct_item" and (struct := _struct(node, source)):
                structs.append(struct)
            elif node.type == "enum_item" and (enum := _enum(node, source)):
                enums.append(enum)
    return structs, enums
