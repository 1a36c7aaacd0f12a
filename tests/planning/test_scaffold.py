"""Scaffolding from an empty folder and wiring after each task: files, mod lines, migrations."""

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from nocodo.modes.diesel.tables import parse_schema
from nocodo.server.planning.frontend import install_packages, scaffold_frontend, write_client
from nocodo.server.planning.protocol import Entity, EntityField, Summary
from nocodo.server.planning.scaffolding import create_table_sql, crate_name, scaffold, wire
from nocodo.server.planning.service import PlanningError, PlanningService
from nocodo.server.planning.store import PlanStore, database_path

SCHEMA = """// @generated automatically by Diesel CLI.

diesel::table! {
    bikes (id) {
        id -> Integer,
        customer_id -> Integer,
        brand -> Text,
        bought_on -> Nullable<Date>,
    }
}

diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        phone -> Nullable<Text>,
    }
}

diesel::table! {
    repair_job_parts (id) {
        id -> Integer,
        repair_job_id -> Integer,
        part_id -> Nullable<Integer>,
    }
}

diesel::table! {
    parts (id) {
        id -> Integer,
        name -> Text,
        price_cents -> Integer,
    }
}

diesel::table! {
    repair_jobs (id) {
        id -> Integer,
        bike_id -> Integer,
        done -> Bool,
        opened_at -> Timestamp,
    }
}
"""


def test_scaffold_writes_the_crate_once(tmp_path):
    root = tmp_path / "Bike Shop"
    root.mkdir()
    written = scaffold(root)
    assert written == ["Cargo.toml", "build.rs", "diesel.toml", "src/main.rs", "src/db.rs", "src/schema.rs", "src/models/mod.rs", "src/handlers/mod.rs", "migrations/.keep"]
    cargo = (root / "Cargo.toml").read_text()
    assert 'name = "bike_shop"' in cargo and "diesel_migrations" in cargo and "default-features = false" in cargo
    assert "embed_migrations!" in (root / "src/db.rs").read_text()
    assert "run_migrations" in (root / "src/main.rs").read_text()
    (root / "src/main.rs").write_text("// the person's own\n")
    assert scaffold(root) == []
    assert (root / "src/main.rs").read_text() == "// the person's own\n"
    assert crate_name(tmp_path / "1st") == "app"


def test_migration_sql_comes_from_the_table_block():
    schema = parse_schema(SCHEMA)
    up, down = create_table_sql(schema.table("repair_job_parts"), schema)
    assert "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" in up
    # nobody chose: deleting a repair job is refused while rows point at it
    assert "FOREIGN KEY (repair_job_id) REFERENCES repair_jobs (id) ON DELETE RESTRICT" in up
    up, _ = create_table_sql(schema.table("repair_job_parts"), schema, {("repair_job_parts", "repair_jobs"): "CASCADE"})
    assert "FOREIGN KEY (repair_job_id) REFERENCES repair_jobs (id) ON DELETE CASCADE" in up
    assert "FOREIGN KEY (part_id) REFERENCES parts (id) ON DELETE SET NULL" in up
    assert "    part_id INTEGER,\n" in up
    assert down == "DROP TABLE repair_job_parts;\n"
    up, _ = create_table_sql(schema.table("repair_jobs"), schema)
    assert "done BOOLEAN NOT NULL" in up and "opened_at TIMESTAMP NOT NULL" in up


def test_wire_adds_mod_lines_and_one_migration_per_new_table_parents_first(tmp_path):
    scaffold(tmp_path)
    (tmp_path / "src/schema.rs").write_text(SCHEMA)
    (tmp_path / "src/models/bike.rs").write_text("use diesel::prelude::*;\n")
    done = wire(tmp_path)
    assert "src/models/mod.rs: pub mod bike;" in done
    created = [p.name.split("_create_")[1] for p in sorted((tmp_path / "migrations").iterdir()) if p.is_dir()]
    assert created.index("customers") < created.index("bikes") < created.index("repair_jobs") < created.index("repair_job_parts")
    assert created.index("parts") < created.index("repair_job_parts")
    assert wire(tmp_path) == []
    assert (tmp_path / "src/models/mod.rs").read_text().count("pub mod bike;") == 1
    # the migrations apply to a fresh SQLite file, in order, with their foreign keys
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    for folder in sorted(p for p in (tmp_path / "migrations").iterdir() if p.is_dir()):
        db.executescript((folder / "up.sql").read_text())
    assert sorted(r[2] for r in db.execute("PRAGMA foreign_key_list(repair_job_parts)")) == ["parts", "repair_jobs"]


def test_a_crate_without_migrations_keeps_its_own_way(school):
    assert not (school / "migrations").exists()
    wire(school)
    assert not (school / "migrations").exists()


def test_the_first_diesel_task_scaffolds_an_empty_folder(tmp_path):
    service = PlanningService(PlanStore(database_path(tmp_path)), tmp_path, backend=None)
    summary = Summary(app="Bikes", entities=[Entity(name="bike", fields=[EntityField(name="brand")])])
    session = service.store.create_session("Bikes", "summary", {"entities": [e.model_dump() for e in summary.entities]})
    epic = service.confirm(session).epic
    task, file, line = service.begin_run(epic.tasks[0].id)
    assert file == (tmp_path / "src/schema.rs").resolve()
    assert (tmp_path / "Cargo.toml").is_file() and (tmp_path / "migrations").is_dir()
    assert "scaffolded a crate" in service.store.comments(task["id"])[-1]["text"]


def cargo(crate_source, crate: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["cargo", *args, "--offline", "--config", str(crate_source.config)], cwd=crate,
        env={**os.environ, "CARGO_TARGET_DIR": str(crate_source.target_dir), "CARGO_TERM_COLOR": "never"},
        capture_output=True, text=True, timeout=1200,
    )


def built_binary(crate_source, crate: Path) -> Path:
    return crate_source.target_dir / "debug" / crate_name(crate)


def test_the_scaffolded_crate_builds_and_migrates_at_start(tmp_path, crate_source):
    crate = tmp_path / "bike_shop"
    crate.mkdir()
    scaffold(crate)
    (crate / "src/schema.rs").write_text(SCHEMA)
    wire(crate)
    result = cargo(crate_source, crate, "build")
    assert result.returncode == 0, result.stderr[-3000:]
    database = tmp_path / "fresh.db"
    started = subprocess.run([built_binary(crate_source, crate), "--migrate-only"], env={**os.environ, "DATABASE_URL": str(database)},
                             capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    db = sqlite3.connect(database)
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {"customers", "bikes", "parts", "repair_jobs", "repair_job_parts"}
    assert [(r[2], r[3]) for r in db.execute("PRAGMA foreign_key_list(bikes)")] == [("customers", "customer_id")]


def test_a_function_task_waits_for_its_struct_so_the_crate_keeps_building(tmp_path):
    service = PlanningService(PlanStore(database_path(tmp_path)), tmp_path, backend=None)
    summary = Summary(app="Bikes", entities=[Entity(name="bike", fields=[EntityField(name="brand")])])
    session = service.store.create_session("Bikes", "summary", {"entities": [e.model_dump() for e in summary.entities]})
    tasks = service.confirm(session).epic.tasks
    find = next(t for t in tasks if t.title == "Bike::find")
    with pytest.raises(PlanningError, match="no `Bike` struct yet: run its read model task first"):
        service.begin_run(find.id)
    assert service.store.task(find.id)["state"] == "ready"
    assert "impl Bike" not in (tmp_path / "src/models/bike.rs").read_text()


OWNER_HANDLERS = """use actix_web::{delete, get, post, HttpResponse};

#[get("/owners")]
pub async fn list_owners() -> HttpResponse { HttpResponse::Ok().finish() }

#[get("/owners/{id}")]
pub async fn get_owner() -> HttpResponse { HttpResponse::Ok().finish() }

#[post("/owners")]
pub async fn create_owner() -> HttpResponse { HttpResponse::Created().finish() }
"""

OWNER_TYPES = """export interface Owner {
  id: number;
  name: string;
}

export interface NewOwner {
  name: string;
}
"""


def test_the_frontend_scaffold_gets_a_client_for_the_routed_handlers_and_type_checks(tmp_path):
    root = tmp_path / "dog_walks"
    root.mkdir()
    scaffold(root)
    written = scaffold_frontend(root)
    assert {"frontend/package.json", "frontend/package-lock.json", "frontend/src/routes.tsx", "frontend/src/api.ts"} <= set(written)
    assert "Dog Walks" in (root / "frontend/src/components/Layout.tsx").read_text()
    assert scaffold_frontend(root) == []
    (root / "src/handlers/owners.rs").write_text(OWNER_HANDLERS)
    (root / "frontend/src/types.ts").write_text(OWNER_TYPES)
    assert write_client(root, ["owner", "dog"]) == ["frontend/src/api.ts: 3 client functions"]
    client = (root / "frontend/src/api.ts").read_text()
    assert 'import type { NewOwner, Owner } from "./types";' in client
    assert 'export const listOwners = () => request<Owner[]>("/owners");' in client
    assert "export const createOwner = (input: NewOwner) => post<Owner>(\"/owners\", input);" in client
    assert "deleteOwner" not in client and "Dog" not in client  # only what the backend routes
    assert write_client(root, ["owner", "dog"]) == []
    installed = install_packages(root / "frontend")
    if not (root / "frontend/node_modules").exists():
        pytest.skip(f"the frontend's packages are not installed here: {installed}")
    checked = subprocess.run(["node", "node_modules/typescript/bin/tsc", "--noEmit"], cwd=root / "frontend",
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout[-2000:]
