"""It runs: Actix handlers, routes and middleware the modes generate answer real HTTP.

A copy of examples/clinic/backend loses its owner handlers and their routes; the Actix modes
write them again through the real pipeline (every one derived: a backend that fails when asked
proves the model is never called), the crate is built offline once, and the binary answers on a
loopback port with a fresh SQLite file made from the crate's migrations, until it is stopped by
its pid (nocodo.server.http_check, which the bench uses too). Needs the offline crate source (see conftest.py); without it the module is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from nocodo.modes.testing import copy_example_backend
from nocodo.server.http_check import Answer, ask, running_app

#: what the test adds to the model first: a changeset for updates, a function for a custom query
OWNER_CHANGES = '''
#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = owners)]
pub struct OwnerChanges {
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}
'''
SEARCH_BY_NAME = '''impl Owner {
    pub fn search_by_name(conn: &mut SqliteConnection, name: &str) -> QueryResult<Vec<Owner>> {
        owners::table
            .filter(owners::full_name.like(format!("%{name}%")))
            .order(owners::full_name.asc())
            .select(Owner::as_select())
            .load(conn)
    }
'''
HANDLERS = [
    {"model": "Owner", "action": "create"},
    {"model": "Owner", "action": "list"},
    {"model": "Owner", "action": "get"},
    {"model": "Owner", "action": "update"},
    {"model": "Owner", "action": "delete"},
    {"model": "Owner", "action": "call", "function": "search_by_name", "path": "/owners/search"},
]


def prepare(crate: Path, apply_derived) -> list[str]:
    """The clinic without its owner handlers, then those the modes write; their readings."""
    (crate / "src/handlers/owners.rs").write_text("")
    main = crate / "src/main.rs"
    kept = [line for line in main.read_text().split("\n") if "handlers::owners::" not in line]
    main.write_text("\n".join(kept))
    model = crate / "src/models/owner.rs"
    model.write_text(model.read_text().replace("impl Owner {\n", OWNER_CHANGES + "\n" + SEARCH_BY_NAME + "\n"))
    readings = [apply_derived(crate, "actix.handler", "src/handlers/owners.rs", **args) for args in HANDLERS]
    readings.append(apply_derived(crate, "actix.router", "src/main.rs", line=0))
    readings += [apply_derived(crate, "actix.middleware", "src/main.rs", line=0, kind=kind) for kind in ("json_errors", "request_id")]
    return readings


@dataclass
class Server:
    url: str
    readings: list[str]
    main: str


@pytest.fixture(scope="module")
def server(tmp_path_factory, crate_source, apply_derived):
    crate = copy_example_backend(tmp_path_factory.mktemp("actix-http") / "clinic")
    readings = prepare(crate, apply_derived)
    with running_app(crate, crate_source.config, crate_source.target_dir) as url:
        yield Server(url + "/api", readings, (crate / "src/main.rs").read_text())


def call(server: Server, method: str, path: str, body: object | str | None = None) -> Answer:
    return ask(server.url, method, path, body)


def test_the_modes_wrote_every_handler_route_and_middleware_without_the_model(server):
    assert [r.split(":")[0] for r in server.readings[:6]] == [
        "create handler `create_owner`", "list handler `list_owners`", "get handler `get_owner`",
        "update handler `update_owner`", "delete handler `delete_owner`", "call handler `owners_search_by_name`",
    ]
    assert server.main.index("handlers::owners::owners_search_by_name") < server.main.index("handlers::owners::get_owner")


def test_create_list_get_update_delete(server):
    created = call(server, "POST", "/owners", {"full_name": "Ada Lovelace", "email": "ada@example.com", "phone": None})
    assert created.status == 201 and created.json()["full_name"] == "Ada Lovelace"
    owner = created.json()["id"]
    listed = call(server, "GET", "/owners")
    assert listed.status == 200 and owner in [o["id"] for o in listed.json()]
    got = call(server, "GET", f"/owners/{owner}")
    assert got.status == 200 and got.json()["email"] == "ada@example.com"
    updated = call(server, "PATCH", f"/owners/{owner}", {"phone": "555-0100"})
    assert updated.status == 200 and updated.json()["phone"] == "555-0100" and updated.json()["full_name"] == "Ada Lovelace"
    assert call(server, "DELETE", f"/owners/{owner}").status == 204
    gone = call(server, "GET", f"/owners/{owner}")
    assert gone.status == 404 and gone.json() == {"error": "not found"}
    assert call(server, "DELETE", f"/owners/{owner}").status == 404
    assert call(server, "PATCH", f"/owners/{owner}", {"phone": "1"}).status == 404


def test_a_custom_query_calls_the_models_function(server):
    for name, email in (("Grace Hopper", "grace@example.com"), ("Alan Turing", "alan@example.com")):
        assert call(server, "POST", "/owners", {"full_name": name, "email": email, "phone": None}).status == 201
    found = call(server, "GET", "/owners/search?name=Hop")
    assert found.status == 200 and [o["full_name"] for o in found.json()] == ["Grace Hopper"]
    assert call(server, "GET", "/owners/search").status == 400  # the query string is required


def test_bad_json_is_a_400_with_a_json_error_body(server):
    answer = call(server, "POST", "/owners", "{not json")
    assert answer.status == 400 and "error" in answer.json()
    missing = call(server, "POST", "/owners", {"email": "no-name@example.com"})
    assert missing.status == 400 and "full_name" in missing.json()["error"]


def test_a_unique_violation_is_the_400_the_project_maps_it_to(server):
    body = {"full_name": "Twice", "email": "twice@example.com", "phone": None}
    assert call(server, "POST", "/owners", body).status == 201
    again = call(server, "POST", "/owners", body)
    assert again.status == 400 and "UNIQUE" in again.json()["error"]


def test_every_answer_carries_a_request_id(server):
    assert call(server, "GET", "/owners").headers["x-request-id"]
    assert call(server, "GET", "/owners/999999").headers["x-request-id"]
