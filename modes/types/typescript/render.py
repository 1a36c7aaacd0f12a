"""TypeScript declarations for serde's JSON shape: one per struct or enum, marked with its source.

The marker (`/** From Rust `Name` in src/models/pet.rs. */`) is how an update tells generated
declarations from the user's own: only marked ones are replaced or removed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...diesel.naming import model_name, pascal
from .serde_shape import SerdeEnum, SerdeStruct

MARKER = re.compile(r"/\*\* From Rust `(\w+)` in ([\w./-]+)\. \*/")


@dataclass(frozen=True)
class Declaration:
    name: str
    text: str


@lru_cache(maxsize=None)
def _rust_types() -> dict:
    with open(Path(__file__).with_name("rust_types.toml"), "rb") as file:
        return tomllib.load(file)


def _split_arguments(text: str) -> list[str]:
    """`K, Vec<V>` -> [`K`, `Vec<V>`]: commas at the top level only."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "<") - (ch == ">")
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return parts + ([current.strip()] if current.strip() else [])


def ts_type(rust: str, known: set[str]) -> str:
    """The TypeScript type of a Rust type's JSON; `known` are the crate's own serde types."""
    rust = re.sub(r"^&\s*('\w+\s*)?(mut\s+)?", "", rust.strip()).replace(" ", "")
    match = re.fullmatch(r"((?:\w+::)*)(\w+)(?:<(.*)>)?", rust)
    if not match:
        return "unknown"
    name, inner = match.group(2), _split_arguments(match.group(3) or "")
    inner = [i for i in inner if not i.startswith("'")]  # lifetimes shape nothing
    wrapper = _rust_types()["wrappers"].get(name)
    if wrapper == "inner" and inner:
        return ts_type(inner[0], known)
    if wrapper == "nullable" and inner:
        return f"{ts_type(inner[0], known)} | null"
    if wrapper == "array" and inner:
        element = ts_type(inner[0], known)
        return f"({element})[]" if "|" in element else f"{element}[]"
    if wrapper == "record" and len(inner) == 2:
        return f"Record<string, {ts_type(inner[1], known)}>"
    if name in known:
        return name
    return _rust_types()["scalars"].get(name, "unknown")


def _text_enum(struct: SerdeStruct, field_key: str, rust: str, enums: set[str]) -> str | None:
    """The enum a text column holds, by the crate's naming: `species` -> `Species`, or the
    table's model name and the field (`appointments.status` -> `AppointmentStatus`)."""
    if not re.fullmatch(r"(Option<)?String>?", rust.replace(" ", "")):
        return None
    owner = model_name(struct.table) if struct.table else struct.name
    for candidate in (pascal(field_key), owner + pascal(field_key), struct.name + pascal(field_key)):
        if candidate in enums:
            return candidate
    return None


def _marker(name: str, source: str) -> str:
    return f"/** From Rust `{name}` in {source}. */"


def values_constant(enum_name: str) -> str:
    """The constant listing an enum's values (for selects): `AppointmentStatus` -> APPOINTMENT_STATUS_VALUES."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_name).upper() + "_VALUES"


def enum_declaration(enum: SerdeEnum) -> Declaration:
    union = " | ".join(f'"{v}"' for v in enum.values) or "never"
    values = ", ".join(f'"{v}"' for v in enum.values)
    text = (
        f"{_marker(enum.name, enum.source)}\nexport type {enum.name} = {union};\n"
        f"export const {values_constant(enum.name)}: readonly {enum.name}[] = [{values}];"
    )
    return Declaration(enum.name, text)


def struct_declaration(struct: SerdeStruct, known: set[str], enums: set[str]) -> Declaration:
    # What the server only reads may leave out an Option field: serde fills in None.
    optional = struct.deserialize and not struct.serialize
    lines = [_marker(struct.name, struct.source), f"export interface {struct.name} {{"]
    for field in struct.fields:
        enum = _text_enum(struct, field.key, field.rust_type, enums)
        ts = ts_type(field.rust_type, known)
        if enum:
            ts = f"{enum} | null" if ts.endswith("| null") else enum
        key = field.key if re.fullmatch(r"[A-Za-z_$][\w$]*", field.key) else f'"{field.key}"'
        mark = "?" if optional and ts.endswith("| null") else ""
        lines.append(f"  {key}{mark}: {ts};")
    lines.append("}")
    return Declaration(struct.name, "\n".join(lines))


def declarations(structs: list[SerdeStruct], enums: list[SerdeEnum]) -> list[Declaration]:
    """Enums first (structs refer to them), each kind in the crate's file order."""
    enum_names = {e.name for e in enums}
    known = enum_names | {s.name for s in structs}
    return [enum_declaration(e) for e in enums] + [struct_declaration(s, known, enum_names) for s in structs]
