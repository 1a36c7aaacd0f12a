"""What a Diesel `schema.rs` declares: tables, columns, joins.

Tree-sitter finds the macro invocations; the inside of a `table!` is a token tree, so its small
fixed grammar (`name (pk) { column -> Type, ... }`) is read with a tokenizer of our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..syntax import parse, text_of, walk

#: Diesel SQL type -> the Rust type a model field of that column has.
RUST_TYPE_FOR_SQL = {
    "Integer": "i32",
    "Int4": "i32",
    "BigInt": "i64",
    "Int8": "i64",
    "SmallInt": "i16",
    "Int2": "i16",
    "Text": "String",
    "VarChar": "String",
    "Varchar": "String",
    "Bool": "bool",
    "Float": "f32",
    "Float4": "f32",
    "Double": "f64",
    "Float8": "f64",
    "Timestamp": "NaiveDateTime",
    "TimestamptzSqlite": "DateTime<Utc>",
    "Timestamptz": "DateTime<Utc>",
    "Date": "NaiveDate",
    "Time": "NaiveTime",
    "Binary": "Vec<u8>",
    "Blob": "Vec<u8>",
    "Numeric": "BigDecimal",
    "Uuid": "Uuid",
    "Json": "serde_json::Value",
}

#: Rust types that are the same type written another way.
_RUST_TYPE_ALIASES = {
    "chrono::NaiveDateTime": "NaiveDateTime",
    "chrono::NaiveDate": "NaiveDate",
    "chrono::NaiveTime": "NaiveTime",
    "chrono::DateTime<chrono::Utc>": "DateTime<Utc>",
    "std::string::String": "String",
}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # without Nullable<>
    nullable: bool

    @property
    def rust_type(self) -> str:
        base = RUST_TYPE_FOR_SQL.get(self.sql_type, self.sql_type)
        return f"Option<{base}>" if self.nullable else base

    def declaration(self) -> str:
        sql = f"Nullable<{self.sql_type}>" if self.nullable else self.sql_type
        return f"{self.name} -> {sql}"


@dataclass
class Table:
    name: str
    primary_key: list[str]
    columns: list[Column]
    source: str = ""
    #: byte range of the whole `diesel::table! { ... }` invocation in schema.rs
    start_byte: int = 0
    end_byte: int = 0

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class Schema:
    tables: dict[str, Table] = field(default_factory=dict)
    #: (child, parent, foreign key column)
    joins: list[tuple[str, str, str]] = field(default_factory=list)
    same_query: list[str] = field(default_factory=list)
    path: str | None = None
    text: str = ""

    def table(self, name: str) -> Table | None:
        return self.tables.get(name)


def normalize_rust_type(text: str) -> str:
    compact = re.sub(r"\s+", "", text)
    for long, short in _RUST_TYPE_ALIASES.items():
        compact = compact.replace(long, short)
    return compact


def _macro_name(node) -> str:
    return text_of(node.child_by_field_name("macro")).replace(" ", "")


def split_top_level(body: str, sep: str = ",", brackets: str = "<>()[]") -> list[str]:
    """`body` split at each `sep` outside brackets, stripped, empty parts dropped. `brackets`
    lists opening and closing pairs; an arrow's `>` closes nothing."""
    opening, closing = brackets[0::2], brackets[1::2]
    parts, depth, current = [], 0, []
    for index, ch in enumerate(body):
        if ch in opening:
            depth += 1
        elif ch in closing and not (ch == ">" and index and body[index - 1] == "-"):
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


_TABLE_HEAD = re.compile(r"(?:r#)?(\w+)\s*(?:\(([^)]*)\))?\s*\{", re.S)
_ATTRIBUTE_OR_COMMENT = re.compile(r"#\[[^\]]*\]|//[^\n]*|/\*.*?\*/", re.S)
_USE_LINE = re.compile(r"\buse\s+[^;]*;")


def _column(declaration: str) -> Column | None:
    match = re.fullmatch(r"(?:r#)?(\w+)\s*->\s*(.+)", declaration.strip(), re.S)
    if not match:
        return None
    name, sql = match.group(1), re.sub(r"\s+", "", match.group(2))
    nullable = sql.startswith("Nullable<") and sql.endswith(">")
    if nullable:
        sql = sql[len("Nullable<") : -1]
    return Column(name=name, sql_type=sql.split("::")[-1], nullable=nullable)


def parse_tables_macro(inner: str) -> list[Table]:
    """Tables declared inside one `table! { ... }` body."""
    cleaned = _USE_LINE.sub("", _ATTRIBUTE_OR_COMMENT.sub("", inner))
    tables = []
    position = 0
    while True:
        head = _TABLE_HEAD.search(cleaned, position)
        if not head:
            break
        close = cleaned.find("}", head.end())
        if close < 0:
            break
        body = cleaned[head.end() : close]
        name = head.group(1).split(".")[-1]
        primary_key = [p.strip().removeprefix("r#") for p in (head.group(2) or "id").split(",") if p.strip()]
        columns = [c for c in (_column(d) for d in split_top_level(body)) if c]
        tables.append(Table(name=name, primary_key=primary_key, columns=columns))
        position = close + 1
    return tables


def parse_schema(text: str, path: str | None = None) -> Schema:
    schema = Schema(path=path, text=text)
    tree = parse(text)
    for node in walk(tree.root_node):
        if node.type != "macro_invocation":
            continue
        name = _macro_name(node)
        token_tree = next((c for c in node.children if c.type == "token_tree"), None)
        if token_tree is None:
            continue
        inner = text_of(token_tree)[1:-1]
        if name in ("table", "diesel::table"):
            for table in parse_tables_macro(inner):
                table.source = text_of(node) + ("" if text_of(node).rstrip().endswith("}") else ";")
                table.start_byte, table.end_byte = node.start_byte, node.end_byte
                schema.tables[table.name] = table
        elif name in ("joinable", "diesel::joinable"):
            match = re.match(r"\s*(\w+)\s*->\s*(\w+)\s*\((\w+)\)", inner)
            if match:
                schema.joins.append((match.group(1), match.group(2), match.group(3)))
        elif name in ("allow_tables_to_appear_in_same_query", "diesel::allow_tables_to_appear_in_same_query"):
            schema.same_query = [t for t in split_top_level(inner) if t]
    return schema
