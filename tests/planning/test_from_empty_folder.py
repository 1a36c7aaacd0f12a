"""From an empty folder to an app that answers HTTP: a description, the answers, confirm, every ready
task run by its mode (the Diesel ones with the real model, the Actix and SolidJS ones derived),
then `cargo build` offline, the migrations applied by the built binary to a fresh SQLite file, the
relations in schema.rs and the database, the scaffolded frontend type-checked and built, and the
first record created, listed, read and deleted over HTTP.
"""

import os
import sqlite3
import subprocess
import time

import pytest

from nocodo.modes.diesel.tables import parse_schema
from nocodo.server.http_check import ask, running_app
from nocodo.server.planning.cli import _run_task
from nocodo.server.planning.scaffolding import crate_name
from nocodo.server.planning.service import PlanningService
from nocodo.server.planning.store import PlanStore, database_path

SHAPES = [
    pytest.param(
        "A dog walking business: owners and their dogs, and the walks of each dog",
        ["name", "phone"],
        # the first delete choice is ticked: an owner's dogs go with it; a dog with walks stays
        {"dogs": [("owners", "owner_id", "CASCADE")], "walks": [("dogs", "dog_id", "RESTRICT")]},
        id="one-to-many-chain",
    ),
    pytest.param(
        "A kitchen that keeps its recipes and the ingredients used in each recipe",
        ["name", "notes"],
        {"recipe_ingredients": [("ingredients", "ingredient_id", "CASCADE"), ("recipes", "recipe_id", "CASCADE")]},
        id="many-to-many",
    ),
]


@pytest.mark.model
@pytest.mark.timeout(2400)
@pytest.mark.parametrize("description, fields, relations", SHAPES)
def test_a_plan_from_an_empty_folder_builds_and_migrates(tmp_path, crate_source, monkeypatch, description, fields, relations):
    # the compile stage checks every candidate against the same offline crates and target dir
    monkeypatch.setenv("NOCODO_CARGO_CONFIG", str(crate_source.config))
    monkeypatch.setenv("NOCODO_CARGO_TARGET_DIR", str(crate_source.target_dir))
    root = tmp_path / "app"
    root.mkdir()
    service = PlanningService(PlanStore(database_path(root)), root, backend=None)
    reply = service.start(description)
    session = reply.sessionId
    reply = service.answer(session, reply.question.options)
    if reply.question.question.startswith("Which of these are true"):
        # tick the first reading of each pair (the many-to-many when both are offered)
        ticked, pairs = [], set()
        for sentence, relation in service.store.session(session)["data"]["relation_choices"].items():
            pair = frozenset((relation["child"], relation["parent"]))
            if pair not in pairs:
                pairs.add(pair)
                ticked.append(sentence)
        reply = service.answer(session, ticked)
    if reply.question.question.startswith("When a record is deleted"):
        reply = service.answer(session, reply.question.options[:1])  # the first parent takes its children along
    while reply.question.question.startswith("What should each"):
        reply = service.answer(session, [o for o in reply.question.options if o in fields] or reply.question.options[:1])
    service.answer(session, "Only me")
    reply = service.answer(session, "")
    assert reply.summary.relations
    epic = service.confirm(session).epic
    assert not (root / "Cargo.toml").exists()

    outcomes = []
    started = time.monotonic()
    for task in epic.tasks:
        if task.state != "ready":
            continue
        result = _run_task(service, task.id)
        outcomes.append((task.title, task.mode, result["status"], result["message"][:160]))
    elapsed = time.monotonic() - started
    report = "\n".join(f"{status:<12} {title}: {message}" for title, _, status, message in outcomes)
    print(f"\n{len(outcomes)} tasks in {elapsed:.0f} s\n{report}")
    # the tables, the HTTP layer and the screens are derived from the plan without judgement: all must apply
    derived = ("diesel.schema", "actix.handler", "actix.router", "types.typescript", "solid.view", "solid.form", "solid.route")
    assert all(status == "ok" for _, mode, status, _ in outcomes if mode in derived), report

    schema = parse_schema((root / "src/schema.rs").read_text())
    for child, parents in relations.items():
        for parent, key, _ in parents:
            assert schema.table(child).column(key) is not None, schema.text
            assert (child, parent, key) in schema.joins, schema.text
    assert set(schema.same_query) == set(schema.tables)

    build = subprocess.run(
        ["cargo", "build", "--offline", "--config", str(crate_source.config)], cwd=root,
        env={**os.environ, "CARGO_TARGET_DIR": str(crate_source.target_dir), "CARGO_TERM_COLOR": "never"},
        capture_output=True, text=True, timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    database = tmp_path / "fresh.db"
    binary = crate_source.target_dir / "debug" / crate_name(root)
    started = subprocess.run([binary, "--migrate-only"], env={**os.environ, "DATABASE_URL": str(database)},
                             capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    db = sqlite3.connect(database)
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= set(schema.tables)
    for child, parents in relations.items():
        keys = {(r[2], r[3], r[6]) for r in db.execute(f"PRAGMA foreign_key_list({child})")}
        assert keys == set(parents), keys

    # the frontend the screen tasks wrote type-checks as a whole and builds
    frontend = root / "frontend"
    if (frontend / "node_modules").exists():
        for command in (["node", "node_modules/typescript/bin/tsc", "--noEmit"], ["node", "node_modules/vite/bin/vite.js", "build"]):
            done = subprocess.run(command, cwd=frontend, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
        assert "export const list" in (frontend / "src/api.ts").read_text()

    # the app answers HTTP: the first record, which belongs to nothing, created, listed, read and deleted
    first = schema.table(next(t for t in schema.tables if t not in relations))
    body = {c.name: SAMPLE_VALUES[c.sql_type] for c in first.columns if c.name != "id" and c.sql_type in SAMPLE_VALUES}
    with running_app(root, crate_source.config, crate_source.target_dir) as url:
        created = ask(url, "POST", f"/{first.name}", body)
        assert created.status == 201, created.text
        key = created.json()["id"]
        assert ask(url, "GET", f"/{first.name}").status == 200
        assert ask(url, "GET", f"/{first.name}/{key}").json()["id"] == key
        assert ask(url, "GET", f"/{first.name}/{key + 1000}").status == 404
        assert ask(url, "POST", f"/{first.name}", "{not json").status == 400
        assert ask(url, "DELETE", f"/{first.name}/{key}").status == 204
        assert ask(url, "GET", f"/{first.name}/{key}").status == 404


#: a value of each SQL type for a JSON body
SAMPLE_VALUES = {"Text": "Ada", "Integer": 3, "BigInt": 3, "Double": 1.5, "Bool": False,
                 "Date": "2026-11-29", "Timestamp": "2026-11-29T10:00:00"}
