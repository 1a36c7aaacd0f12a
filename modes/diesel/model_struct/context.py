"""What `diesel.model_struct` needs: the table, the kind of struct, its name, and where it goes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...base import ModeError, NeedsInput, Request
from ...compile import find_crate
from ...syntax import byte_offset, parse
from ..migrations import defaulted_columns
from ..models import ModelStruct, RustFile, read_rust_file
from ..naming import model_name
from ..tables import Schema, Table
from ..workspace_index import crate_files, crate_schema, schema_table
from .fields import allowed_columns, field_type

KINDS = ("read", "insert", "changeset")
_DERIVES = {
    "read": ["Debug", "Clone", "Queryable", "Selectable", "Identifiable"],
    "insert": ["Debug", "Insertable"],
    "changeset": ["Debug", "AsChangeset"],
}


@dataclass
class StructContext:
    request: Request
    rust_file: RustFile
    schema: Schema
    table: Table
    kind: str
    name: str
    attributes: list[str]
    #: the struct being replaced, when updating one
    existing: ModelStruct | None
    #: line before which a new struct is inserted
    insert_before: int
    #: columns an insert struct must set: NOT NULL and without a DEFAULT in the migrations
    required: set[str] = field(default_factory=set)
    #: when updating: the struct as it was, with a field for each column its table gained
    updated_source: str | None = None

    @property
    def lines(self) -> list[str]:
        return self.request.text.split("\n")


def _kind_of(struct: ModelStruct) -> str:
    if "Insertable" in struct.derives:
        return "insert"
    if "AsChangeset" in struct.derives and "Queryable" not in struct.derives:
        return "changeset"
    return "read"


#: what a JSON API needs of a model struct: it answers rows, and reads new ones from request bodies
_SERDE_FOR_API = {"read": ["Serialize"], "insert": ["Deserialize"], "changeset": ["Deserialize"]}


def _extra_derives(rust_file: RustFile, kind: str, request: Request) -> list[str]:
    """Serde derives in the project's style: as the file's (else the crate's) other model structs
    of this kind have them; with none to follow, what an Actix JSON API needs when the crate
    depends on serde and actix-web (a crate scaffolded for a plan)."""
    others = [s for s in rust_file.model_structs() if _kind_of(s) == kind] or [
        s for f in crate_files(request.workspace, request.path) for s in f.model_structs() if _kind_of(s) == kind
    ]
    if others:
        extras = [d for s in others for d in s.derives if d in ("Serialize", "Deserialize", "PartialEq")]
        return list(dict.fromkeys(extras))
    manifest = find_crate(request.path)
    dependencies = (manifest / "Cargo.toml").read_text(encoding="utf-8", errors="replace") if manifest else ""
    if re.search(r"^serde\s*=.*derive", dependencies, re.M) and re.search(r"^actix-web\s*=", dependencies, re.M):
        return _SERDE_FOR_API[kind]
    return []


def _attributes(kind: str, table: Table, schema: Schema, rust_file: RustFile, request: Request) -> list[str]:
    derives = list(_DERIVES[kind])
    parents = [model_name(parent) for child, parent, _ in schema.joins if child == table.name]
    if kind == "read" and parents:
        derives.append("Associations")
    derives += [d for d in _extra_derives(rust_file, kind, request) if d not in derives]
    attributes = [f"#[derive({', '.join(derives)})]", f"#[diesel(table_name = {table.name})]"]
    if kind == "read":
        attributes += [f"#[diesel(belongs_to({parent}))]" for parent in parents]
        attributes.append("#[diesel(check_for_backend(diesel::sqlite::Sqlite))]")
    return attributes


def _top_level_end_line(rust_file: RustFile, line: int) -> int | None:
    """The last line of the top-level item holding `line`, if any."""
    for node in parse(rust_file.text).root_node.children:
        if node.start_point[0] <= line <= node.end_point[0] and node.type not in ("line_comment", "block_comment"):
            return node.end_point[0]
    return None


def build_context(request: Request) -> StructContext:
    if request.path.name == "schema.rs":
        raise ModeError("run the model struct mode in a models file, not in schema.rs")
    lines = request.text.split("\n")
    if request.line >= len(lines):
        raise ModeError(f"the cursor (line {request.line + 1}) is past the end of the file")
    rust_file = read_rust_file(request.text)
    offset = byte_offset(request.text, request.line, request.character)
    existing = next(
        (s for s in rust_file.model_structs() if s.start_byte <= offset <= s.end_byte and not request.args.get("table")),
        None,
    )
    table_name = existing.table if existing else request.args.get("table")
    if not table_name:
        raise NeedsInput("table", "Table to create a model struct for (e.g. invoices)")
    schema = crate_schema(request.workspace, request.path)
    table = schema_table(schema, table_name)
    kind = request.args.get("kind") or (_kind_of(existing) if existing else "read")
    if kind not in KINDS:
        raise ModeError(f"kind must be one of {', '.join(KINDS)}, not `{kind}`")
    base = model_name(table.name)
    default_name = {"read": base, "insert": f"New{base}", "changeset": f"{base}Changes"}[kind]
    name = request.args.get("name") or (existing.name if existing else default_name)
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        raise ModeError(f"`{name}` is not a struct name (use PascalCase, e.g. {default_name})")
    if existing is None and rust_file.struct(name) is not None:
        raise ModeError(f"this file already has a struct `{name}`; put the cursor in it to update it")
    if lines[request.line].strip():
        insert_before = (_top_level_end_line(rust_file, request.line) or request.line) + 1
    else:
        insert_before = request.line
    required = _required_on_insert(request, table) if kind == "insert" else set()
    updated_source = None
    if existing is not None and not request.args.get("kind"):
        updated_source = _with_new_columns(existing, table, kind, request)
        if updated_source is None:
            raise ModeError(f"`{existing.name}` already has every column of `{table.name}` a {kind} struct holds; nothing to add")
    return StructContext(
        request=request,
        rust_file=rust_file,
        schema=schema,
        table=table,
        kind=kind,
        name=name,
        attributes=_attributes(kind, table, schema, rust_file, request),
        existing=existing,
        insert_before=insert_before,
        required=required,
        updated_source=updated_source,
    )


_FIELD_LINE = re.compile(r"^\s*pub(?:\([^)]*\))?\s+(\w+)\s*:")


def _with_new_columns(existing: ModelStruct, table: Table, kind: str, request: Request) -> str | None:
    """The struct with a field for each column of the table it lacks, in the table's order, and
    everything else (attributes, docs, field order and style) as the user wrote it. An insert
    leaves out columns the migrations give a default, as it must have before."""
    have = {f.name for f in existing.fields}
    defaults = defaulted_columns(request.workspace, request.path, table.name) or set() if kind == "insert" else set()
    missing = [c for c in allowed_columns(table, kind) if c.name not in have and c.name not in defaults]
    if not missing:
        return None
    lines = existing.source.split("\n")
    field_lines = {m.group(1): n for n, line in enumerate(lines) if (m := _FIELD_LINE.match(line))}
    opening = next(n for n, line in enumerate(lines) if re.search(r"\bstruct\b", line) and "{" in line)
    indent = next((lines[n][: len(lines[n]) - len(lines[n].lstrip())] for n in field_lines.values()), "    ")
    after: dict[int, list[str]] = {}
    previous_line = opening
    for column in table.columns:
        if column.name in field_lines:
            previous_line = field_lines[column.name]
        elif column in missing:
            after.setdefault(previous_line, []).append(f"{indent}pub {column.name}: {field_type(column, kind)},")
    out = []
    for n, line in enumerate(lines):
        out.append(line)
        out.extend(after.get(n, []))
    return "\n".join(out)


def _required_on_insert(request: Request, table: Table) -> set[str]:
    """Without migrations to read, nothing is required: a column may have a default we cannot see."""
    defaults = defaulted_columns(request.workspace, request.path, table.name)
    if defaults is None:
        return set()
    return {c.name for c in allowed_columns(table, "insert") if not c.nullable and c.name not in defaults}
