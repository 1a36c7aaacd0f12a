"""Types defined across a crate (enums, model structs), read once per file version."""

from __future__ import annotations

import re
from pathlib import Path

from ..base import ModeError
from ..workspace import Workspace
from .models import EnumDef, ModelStruct, RustFile, read_rust_file
from .tables import Schema, Table, parse_schema

_parsed: dict[tuple[Path, int], RustFile] = {}


def _read(workspace: Workspace, path: Path) -> RustFile | None:
    text = workspace.read(path)
    if text is None:
        return None
    key = (path, hash(text))
    if key not in _parsed:
        if len(_parsed) > 2000:
            _parsed.clear()
        _parsed[key] = read_rust_file(text)
    return _parsed[key]


def crate_files(workspace: Workspace, file: Path) -> list[RustFile]:
    return list(crate_files_by_path(workspace, file).values())


def crate_files_by_path(workspace: Workspace, file: Path) -> dict[Path, RustFile]:
    """Every readable .rs file of the crate holding `file`, by its path."""
    crate = workspace.crate_root(file)
    folder = crate / "src" if crate is not None and (crate / "src").is_dir() else Path(file).parent
    return {path: parsed for path in workspace.rust_files(folder) if (parsed := _read(workspace, path)) is not None}


def crate_enums(workspace: Workspace, file: Path, current: RustFile) -> list[EnumDef]:
    enums = {e.name: e for parsed in crate_files(workspace, file) for e in parsed.enums}
    enums.update({e.name: e for e in current.enums})
    return list(enums.values())


def find_model_struct(workspace: Workspace, file: Path, name: str) -> ModelStruct | None:
    for parsed in crate_files(workspace, file):
        struct = parsed.struct(name)
        if struct is not None:
            return struct
    return None


def crate_type_names(workspace: Workspace, file: Path, current: RustFile) -> set[str]:
    names = {s.name for parsed in crate_files(workspace, file) for s in parsed.structs}
    names |= {e.name for parsed in crate_files(workspace, file) for e in parsed.enums}
    return names | {s.name for s in current.structs} | {e.name for e in current.enums}


def crate_schema(workspace: Workspace, file: Path) -> Schema:
    """The schema.rs of the crate holding `file`, or a ModeError saying where it was looked for."""
    path = workspace.find_schema_file(file)
    if path is None:
        raise ModeError("no schema.rs found for this crate (looked at diesel.toml and src/schema.rs)")
    return parse_schema(workspace.read(path) or "", str(path))


def schema_table(schema: Schema, name: str) -> Table:
    table = schema.table(name)
    if table is None:
        tables = ", ".join(sorted(schema.tables)) or "none"
        raise ModeError(f"table `{name}` is not in {Path(schema.path or 'schema.rs').name} (tables: {tables})")
    return table


def module_path_of(workspace: Workspace, file: Path, type_name: str) -> str | None:
    """`crate::models::owner::Owner` for a type defined in src/models/owner.rs of the crate."""
    crate = workspace.crate_root(file)
    if crate is None:
        return None
    for path in workspace.rust_files(crate / "src"):
        parsed = _read(workspace, path)
        if parsed is not None and (parsed.struct(type_name) or any(e.name == type_name for e in parsed.enums)):
            parts = list(path.relative_to(crate / "src").with_suffix("").parts)
            if parts[-1] in ("mod", "lib", "main"):
                parts = parts[:-1]
            here = list(file.relative_to(crate / "src").with_suffix("").parts) if file.is_relative_to(crate / "src") else []
            return "::".join(["crate", *_public_path(workspace, crate / "src", parts, type_name, here), type_name])
    return None


def _public_path(workspace: Workspace, src: Path, parts: list[str], type_name: str, here: list[str]) -> list[str]:
    """The module path the module `here` can name a type by: where a module on the way is private
    (`mod owner;`), so out of sight outside its parent, and the parent re-exports the type
    (`pub use owner::Owner;`), the parent's."""
    for depth in range(1, len(parts) + 1):
        parent, module = parts[: depth - 1], parts[depth - 1]
        if here[: len(parent)] == parent:
            continue
        text = _module_text(workspace, src, parent)
        if text is None or re.search(rf"(?m)^\s*pub(\([^)]*\))?\s+mod\s+{module}\b", text):
            continue
        reexport = rf"(?m)^\s*pub(\([^)]*\))?\s+use\s+(self::)?{module}::(\*|{type_name}\b|\{{[^}}]*\b{type_name}\b[^}}]*\}})"
        if re.search(reexport, text):
            return parent
    return parts


def _module_text(workspace: Workspace, src: Path, module: list[str]) -> str | None:
    """The text of the file that declares a module's children: main.rs or lib.rs for the crate
    root, `<module>.rs` or `<module>/mod.rs` below it."""
    candidates = [src / "lib.rs", src / "main.rs"] if not module else [src.joinpath(*module).with_suffix(".rs"), src.joinpath(*module, "mod.rs")]
    for candidate in candidates:
        text = workspace.read(candidate)
        if text is not None and (module or re.search(r"(?m)^\s*(pub(\([^)]*\))?\s+)?mod\s+\w", text)):
            return text
    return None
