"""A crate the person never touches: scaffolded from an empty folder, wired after every task.

The templates are plain files in `scaffold/` (Cargo.toml, build.rs, main.rs with the pool and the
embedded migrations applied at start, db.rs, an empty schema.rs and models/mod.rs,
handlers/mod.rs with the API's error type, diesel.toml). After each task, `wire` keeps the crate
building: a `pub mod` line for every model and handlers file, and one migration
per `table!` of schema.rs that no migration creates yet, its SQL derived from the block alone
(a `<parent>_id` column naming a table becomes a FOREIGN KEY). Every path passes the workspace
guard.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from nocodo.modes.diesel.migrations import _CREATE
from nocodo.modes.diesel.schema.upkeep import parents_of
from nocodo.modes.diesel.tables import Schema, Table, parse_schema
from nocodo.modes.guard import inside

TEMPLATES = Path(__file__).parent / "scaffold"
#: file in the crate -> template file
FILES = {
    "Cargo.toml": "Cargo.toml",
    "build.rs": "build.rs",
    "diesel.toml": "diesel.toml",
    "src/main.rs": "main.rs",
    "src/db.rs": "db.rs",
    "src/schema.rs": "schema.rs",
    "src/models/mod.rs": "models_mod.rs",
    "src/handlers/mod.rs": "handlers_mod.rs",
    # a folder with a file in it: copies of the crate (the compile check's shadow) keep it
    "migrations/.keep": "migrations_keep.sql",
}
SQL_TYPES = {
    "Integer": "INTEGER", "BigInt": "BIGINT", "SmallInt": "SMALLINT", "Text": "TEXT", "Bool": "BOOLEAN",
    "Double": "DOUBLE", "Float": "FLOAT", "Timestamp": "TIMESTAMP", "Date": "DATE", "Time": "TIME", "Binary": "BLOB",
}
_VERSION = "%Y-%m-%d-%H%M%S"


def crate_name(root: Path) -> str:
    """The package name: the folder's name in snake_case, or `app`."""
    name = re.sub(r"[^a-z0-9_]+", "_", Path(root).resolve().name.lower()).strip("_")
    return name if re.fullmatch(r"[a-z][a-z0-9_]*", name or "") else "app"


def scaffold(root: Path) -> list[str]:
    """Write the crate's files into `root` (those missing only); the relative paths written."""
    written = []
    for relative, template in FILES.items():
        target = inside(root, relative, "scaffold file")
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (TEMPLATES / template).read_text(encoding="utf-8").replace("{crate}", crate_name(root))
        target.write_text(text, encoding="utf-8")
        written.append(relative)
    return written


#: (child table, parent table) -> the ON DELETE action the person chose for that relation
OnDelete = dict[tuple[str, str], str]


def on_delete_action(table: Table, parent: str, key: str, chosen: OnDelete) -> str:
    """What deleting a parent row does here: as the person chose; a link row of a join table goes
    with either end; a key that may be empty is emptied; otherwise the delete is refused while
    children exist, so nothing is lost without being asked."""
    if (table.name, parent) in chosen:
        return chosen[(table.name, parent)]
    column = table.column(key)
    if column is not None and column.nullable:
        return "SET NULL"
    return "CASCADE" if len(table.primary_key) > 1 else "RESTRICT"


def create_table_sql(table: Table, schema: Schema, chosen: OnDelete | None = None) -> tuple[str, str]:
    """(up.sql, down.sql) for one `table!`: its columns, its key, and a FOREIGN KEY for each
    `<parent>_id` column whose table exists, with its ON DELETE action (on_delete_action)."""
    lines = []
    single_id = table.primary_key == ["id"] and (table.column("id") or table.columns[0]).sql_type == "Integer"
    for column in table.columns:
        sql = SQL_TYPES.get(column.sql_type, "TEXT")
        if single_id and column.name == "id":
            lines.append("    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL")
        else:
            lines.append(f"    {column.name} {sql}" + ("" if column.nullable else " NOT NULL"))
    if not single_id:
        lines.append(f"    PRIMARY KEY ({', '.join(table.primary_key)})")
    for parent, key in parents_of(table, schema):
        action = on_delete_action(table, parent, key, chosen or {})
        lines.append(f"    FOREIGN KEY ({key}) REFERENCES {parent} (id) ON DELETE {action}")
    up = f"CREATE TABLE {table.name} (\n" + ",\n".join(lines) + "\n);\n"
    for _, key in parents_of(table, schema):
        up += f"CREATE INDEX {table.name}_{key}_idx ON {table.name} ({key});\n"
    return up, f"DROP TABLE {table.name};\n"


def created_tables(migrations: Path) -> set[str]:
    found = set()
    for up in migrations.glob("*/up.sql"):
        sql = re.sub(r"--[^\n]*", "", up.read_text(encoding="utf-8", errors="replace"))
        found |= {m.group(1).lower() for m in _CREATE.finditer(sql)}
    return found


def _next_version(migrations: Path) -> str:
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    for folder in migrations.iterdir():
        try:
            taken = datetime.strptime(folder.name.split("_", 1)[0], _VERSION)
        except ValueError:
            continue
        now = max(now, taken + timedelta(seconds=1))
    return now.strftime(_VERSION)


def _parents_first(tables: list[Table], schema: Schema) -> list[Table]:
    ordered: list[Table] = []

    def visit(table: Table, seen: set[str]) -> None:
        if table in ordered or table.name in seen:
            return
        for parent, _ in parents_of(table, schema):
            if schema.table(parent) in tables:
                visit(schema.table(parent), seen | {table.name})
        ordered.append(table)

    for table in tables:
        visit(table, set())
    return ordered


def _declare_modules(folder: Path) -> list[str]:
    """A `pub mod` line in the folder's mod.rs for each of its files that has none, after the
    lines already there (else before the first `use`, else at the end)."""
    mod_file = folder / "mod.rs"
    if not mod_file.is_file():
        return []
    text = mod_file.read_text(encoding="utf-8")
    declared = list(re.finditer(r"^\s*(?:pub\s+)?mod\s+(\w+)\s*;\n", text, re.M))
    names = {m.group(1) for m in declared}
    missing = sorted(p.stem for p in folder.glob("*.rs") if p.stem != "mod" and p.stem not in names)
    if not missing:
        return []
    lines = "".join(f"pub mod {m};\n" for m in missing)
    first_use = re.search(r"^use ", text, re.M)
    if declared:
        at = declared[-1].end()
        text = text[:at] + lines + text[at:]
    elif first_use:
        text = text[: first_use.start()] + lines + "\n" + text[first_use.start() :]
    else:
        text = text.rstrip("\n") + "\n" + lines
    mod_file.write_text(text, encoding="utf-8")
    return [f"src/{folder.name}/mod.rs: pub mod {m};" for m in missing]


def wire(crate: Path, chosen: OnDelete | None = None) -> list[str]:
    """Keep a scaffolded crate building after a task: mod lines and migrations. What it did.
    `chosen` holds the ON DELETE actions the person chose for the plan's relations."""
    done = []
    for folder in ("models", "handlers"):
        done += _declare_modules(inside(crate, f"src/{folder}", f"{folder} folder"))
    schema_file = inside(crate, "src/schema.rs", "schema file")
    migrations = inside(crate, "migrations", "migrations folder")
    if not schema_file.is_file() or not migrations.is_dir():
        return done  # a crate without migrations/ keeps its own way of making tables
    schema = parse_schema(schema_file.read_text(encoding="utf-8"), str(schema_file))
    have = created_tables(migrations)
    new = [t for t in schema.tables.values() if t.name.lower() not in have and t.columns]
    for table in _parents_first(new, schema):
        up, down = create_table_sql(table, schema, chosen)
        folder = inside(migrations, f"{_next_version(migrations)}_create_{table.name}", "migration")
        folder.mkdir()
        (folder / "up.sql").write_text(up, encoding="utf-8")
        (folder / "down.sql").write_text(down, encoding="utf-8")
        done.append(f"migrations/{folder.name}")
    return done
