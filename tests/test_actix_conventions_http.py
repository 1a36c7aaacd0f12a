"""Handlers in the person's own style answer real HTTP: two crates written in styles the scaffold
does not use (tests/fixtures/bakery: actix-web's Result and error helpers, an AppState holding the
pool, `.route(...)` registrations in a configure function; tests/fixtures/florist: a plain
HttpResponse, the pool type written in full, route macros registered in main.rs) get their
handlers from the Actix modes, derived without the model, then are built offline and asked over
HTTP. Needs the offline crate source (see conftest.py); without it the module is skipped."""

from __future__ import annotations

import re

import pytest

from nocodo.modes.testing import copy_fixture_crate
from nocodo.server.http_check import ask, running_app


@pytest.fixture(scope="module")
def bakery(tmp_path_factory, crate_source, apply_derived):
    crate = copy_fixture_crate(tmp_path_factory.mktemp("bakery") / "bakery", "bakery")
    # without its changeset: the update handler adds the one the person agreed to (body=add)
    models = crate / "src/models.rs"
    models.write_text(models.read_text().split("\n#[derive(Debug, AsChangeset, Deserialize)]")[0] + "\n")
    for action in ("create", "get", "update", "delete"):
        apply_derived(crate, "actix.handler", "src/routes/cakes.rs", model="Cake", action=action, **({"body": "add"} if action == "update" else {}))
    with running_app(crate, crate_source.config, crate_source.target_dir) as url:
        yield url + "/api", (crate / "src/routes/cakes.rs").read_text()


@pytest.fixture(scope="module")
def florist(tmp_path_factory, crate_source, apply_derived):
    crate = copy_fixture_crate(tmp_path_factory.mktemp("florist") / "florist", "florist")
    for action in ("get", "create", "delete"):
        apply_derived(crate, "actix.handler", "src/api/bouquets.rs", model="Bouquet", action=action)
    apply_derived(crate, "actix.router", "src/main.rs", line=0)
    with running_app(crate, crate_source.config, crate_source.target_dir) as url:
        yield url, (crate / "src/api/bouquets.rs").read_text()


def test_the_bakery_handlers_follow_its_style(bakery):
    _, source = bakery
    assert not re.search(r"#\[(get|post|put|patch|delete)\(", source), "the crate routes by .route(...) calls, not macros"
    assert 'web::get().to(get_cake)' in source and 'web::post().to(create_cake)' in source
    assert "data.db.get()" in source and "web::Data<AppState>" in source
    assert "actix_web::error::ErrorNotFound" in source and "ApiError" not in source
    assert "pub struct CakeChanges {\n    pub name: Option<String>," in source


def test_the_bakery_answers_create_get_update_delete(bakery):
    url, _ = bakery
    created = ask(url, "POST", "/cakes", {"name": "Victoria sponge", "price_cents": 1600, "vegan": False})
    assert created.status == 201 and created.json()["name"] == "Victoria sponge"
    cake = created.json()["id"]
    assert ask(url, "GET", f"/cakes/{cake}").json()["price_cents"] == 1600
    updated = ask(url, "PUT", f"/cakes/{cake}", {"price_cents": 1700})
    assert updated.status == 200 and updated.json()["price_cents"] == 1700
    assert ask(url, "GET", "/cakes").status == 200
    assert ask(url, "DELETE", f"/cakes/{cake}").status == 204
    assert ask(url, "GET", f"/cakes/{cake}").status == 404
    assert ask(url, "DELETE", f"/cakes/{cake}").status == 404
    assert ask(url, "PUT", f"/cakes/{cake}", {"vegan": True}).status == 404


def test_the_florist_handlers_follow_its_style(florist):
    _, source = florist
    assert "web::Data<Pool<ConnectionManager<SqliteConnection>>>" in source
    assert "-> impl Responder" in source and "Result<HttpResponse" not in source
    assert "Bouquet::find(&mut conn, id).optional()" in source


def test_the_florist_answers_get_create_delete(florist):
    url, _ = florist
    assert ask(url, "GET", "/bouquets/1").json()["title"] == "Spring tulips"
    assert ask(url, "GET", "/bouquets/999").status == 404
    created = ask(url, "POST", "/bouquets", {"title": "Wild meadow", "stems": 30, "seasonal": True})
    assert created.status == 201
    bouquet = created.json()["id"]
    assert ask(url, "DELETE", f"/bouquets/{bouquet}").status == 204
    assert ask(url, "DELETE", f"/bouquets/{bouquet}").status == 404
    assert ask(url, "GET", "/bouquets").status == 200
