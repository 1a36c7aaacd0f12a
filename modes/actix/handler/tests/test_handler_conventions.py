"""actix.handler follows the crate's own conventions, read from its existing handlers: the error
style (the crate's ResponseError type, actix-web's Result, a plain HttpResponse), the state the
pool comes through, and where routes are registered. Without the model or the compiler; the
fixtures are built and asked over HTTP in tests/test_actix_conventions_http.py."""

import re
from pathlib import Path

import pytest

from nocodo.modes.actix.conventions import ACTIX_RESULT, ERROR_TYPE, PLAIN, read_conventions
from nocodo.modes.actix.crate import read_crate
from nocodo.modes.actix.handler import MODE
from nocodo.modes.actix.handler.context import build_context
from nocodo.modes.base import NeedsInput
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import copy_example_backend, copy_fixture_crate, request_at
from nocodo.modes.workspace import Workspace


def conventions_of(crate: Path, relative: str):
    read = read_crate(Workspace(crate), crate / relative)
    return read_conventions(read, relative.removeprefix("src/").removesuffix(".rs").replace("/", "::"))


def derive_at_end(crate: Path, relative: str, **args) -> tuple[str, str]:
    text = (crate / relative).read_text()
    context = build_context(request_at(crate, relative, line=len(text.split("\n")) - 1, args=args))
    code = MODE.derive(context)
    assert MODE.validate(code, context) == []
    placed = apply_edits(text, MODE.place(code, context))
    assert syntax_problems(parse(placed)) == []
    return code, placed


@pytest.mark.parametrize(
    ("fixture", "relative", "errors", "returns", "state"),
    [
        ("bakery", "src/routes/cakes.rs", ACTIX_RESULT, "Result<impl Responder>", ("data", "AppState", "data.db")),
        ("florist", "src/api/bouquets.rs", PLAIN, "impl Responder", ("pool", "Pool<ConnectionManager<SqliteConnection>>", "pool")),
    ],
)
def test_the_conventions_are_read_from_the_existing_handlers(tmp_path, fixture, relative, errors, returns, state):
    crate = copy_fixture_crate(tmp_path / fixture, fixture)
    read = conventions_of(crate, relative)
    assert (read.errors, read.returns) == (errors, returns)
    assert (read.state.parameter, read.state.extractor, read.state.pool) == state


def test_the_clinic_keeps_its_error_type(tmp_path):
    crate = copy_example_backend(tmp_path / "clinic")
    read = conventions_of(crate, "src/handlers/pets.rs")
    assert (read.errors, read.error.name, read.state.extractor) == (ERROR_TYPE, "ApiError", "DbPool")


def test_a_new_file_of_an_actix_result_crate_writes_the_result_in_full(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    (crate / "src/routes/extra.rs").write_text("")
    read = conventions_of(crate, "src/routes/extra.rs")
    assert read.returns == "actix_web::Result<impl Responder>"


def test_a_crate_with_no_handler_and_no_error_type_uses_actix_webs_result(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    (crate / "src/routes/cakes.rs").write_text("")
    read = conventions_of(crate, "src/routes/cakes.rs")
    assert (read.errors, read.returns, read.state.extractor) == (ACTIX_RESULT, "actix_web::Result<HttpResponse>", "SqlitePool")


def test_a_handler_in_a_configure_style_file_is_registered_there_without_a_macro(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    code, placed = derive_at_end(crate, "src/routes/cakes.rs", model="Cake", action="get")
    assert not code.lstrip().startswith("#[")
    assert 'cfg.route("/cakes", web::get().to(all_cakes))\n        .route("/cakes/{id}", web::get().to(get_cake));\n}' in placed
    assert "cakes::table\n            .find(id)" in code and ".first::<Cake>(&mut conn).optional()" in code
    assert 'actix_web::error::ErrorNotFound("cake not found")' in code


def test_a_plain_response_crate_gets_match_arms_and_its_models_function(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    code, placed = derive_at_end(crate, "src/api/bouquets.rs", model="Bouquet", action="get")
    assert '#[get("/bouquets/{id}")]' in code and "-> impl Responder" in code
    assert "Ok(Bouquet::find(&mut conn, id).optional()?)" in code
    assert "Ok(None) => HttpResponse::NotFound().finish()," in code
    # the florist's handlers call Diesel in place, without web::block, and so does the new one
    assert "web::block" not in code and "Ok(Ok(" not in code
    assert re.search(r"use diesel::(\{[^}]*)?OptionalExtension", placed)


def test_a_state_without_a_pool_is_refused_in_words(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    handlers = crate / "src/api/bouquets.rs"
    handlers.write_text(handlers.read_text().replace("web::Data<Pool<ConnectionManager<SqliteConnection>>>", "web::Data<std::sync::Mutex<SqliteConnection>>"))
    with pytest.raises(Exception, match="holds no connection pool"):
        build_context(request_at(crate, "src/api/bouquets.rs", line=0, args={"model": "Bouquet", "action": "list"}))


def test_the_crates_own_success_statuses_are_kept(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    handlers = crate / "src/api/bouquets.rs"
    handlers.write_text(handlers.read_text() + '''
#[delete("/bouquets/{id}")]
pub async fn remove(pool: web::Data<Pool<ConnectionManager<SqliteConnection>>>, id: web::Path<i32>) -> impl Responder {
    let mut conn = pool.get().expect("pool");
    match diesel::delete(crate::schema::bouquets::table.find(id.into_inner())).execute(&mut conn) {
        Ok(0) => HttpResponse::NotFound().finish(),
        Ok(_) => HttpResponse::Ok().finish(),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
''')
    read = conventions_of(crate, "src/api/bouquets.rs")
    assert (read.created, read.deleted) == ("Created", "Ok")


def test_an_empty_configure_function_of_a_route_calling_crate_gets_the_first_route(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    (crate / "src/routes/orders.rs").write_text("use actix_web::web;\n\npub fn config(cfg: &mut web::ServiceConfig) {}\n")
    (crate / "src/routes/mod.rs").write_text("pub mod cakes;\npub mod orders;\n")
    code, placed = derive_at_end(crate, "src/routes/orders.rs", model="Cake", action="list", path="/specials")
    assert "pub fn config(cfg: &mut web::ServiceConfig) {\n    cfg.route(\"/specials\", web::get().to(list_cakes));\n}" in placed
    assert not code.lstrip().startswith("#[")


def test_a_queryable_struct_without_table_name_is_loaded_by_position(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    models = crate / "src/models.rs"
    models.write_text(models.read_text().replace("#[derive(Debug, Queryable, Selectable, Serialize)]\n#[diesel(table_name = cakes)]", "#[derive(Debug, Queryable, Serialize)]"))
    code, _ = derive_at_end(crate, "src/routes/cakes.rs", model="Cake", action="create")
    assert ".get_result::<Cake>(&mut conn)" in code and "as_returning" not in code


def test_a_missing_body_struct_is_offered_in_words_and_added_when_agreed(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    models = crate / "src/models.rs"
    models.write_text(models.read_text().split("#[derive(Debug, Insertable, Deserialize)]")[0])
    relative = "src/routes/cakes.rs"
    end = len((crate / relative).read_text().split("\n")) - 1
    with pytest.raises(NeedsInput) as asked:
        build_context(request_at(crate, relative, line=end, args={"model": "Cake", "action": "create"}))
    assert asked.value.prompt == "This project has no way yet to read a new cake sent to it (name, price cents, vegan). Add one beside the handler?"
    assert [c.value for c in asked.value.choices] == ["add", "no"]
    code, placed = derive_at_end(crate, relative, model="Cake", action="create", body="add")
    assert code.startswith("#[derive(Debug, Insertable, Deserialize)]\n#[diesel(table_name = cakes)]\npub struct NewCake {\n    pub name: String,")
    assert "body: web::Json<NewCake>" in code and "use serde::Deserialize;" in placed


def test_a_create_function_answering_a_row_count_is_not_called(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    model = crate / "src/bouquet.rs"
    model.write_text(model.read_text().replace("impl Bouquet {", "impl Bouquet {\n    pub fn create(conn: &mut SqliteConnection, new: &BouquetInput) -> QueryResult<usize> {\n        diesel::insert_into(bouquets::table).values(new).execute(conn)\n    }\n"))
    code, _ = derive_at_end(crate, "src/api/bouquets.rs", model="Bouquet", action="create")
    assert "Bouquet::create" not in code and ".returning(Bouquet::as_returning())" in code


def test_a_crate_answering_response_structs_offers_one_for_a_record_without_it(tmp_path):
    # examples/choir answers MemberResponse::from(member); attendance has no response struct yet
    crate = copy_example_backend(tmp_path / "choir", "choir")
    with pytest.raises(NeedsInput) as asked:
        derive_at_end(crate, "src/api/attendance/list.rs", model="Attendance", action="list", path="/attendance")
    assert asked.value.arg == "response" and [c.value for c in asked.value.choices] == ["add", "no"]
    code, placed = derive_at_end(crate, "src/api/attendance/list.rs", model="Attendance", action="list", path="/attendance", response="add")
    assert "impl From<Attendance> for AttendanceResponse" in code
    assert ".map(AttendanceResponse::from)" in code and "web::block" not in code  # the choir calls Diesel in place
    assert re.search(r"use serde::(\{[^}]*)?Serialize", placed)


def test_a_crate_answering_through_one_helper_gets_its_query_handed_to_it(tmp_path):
    # examples/pottery: every handler takes its connection one way and ends `respond(result, StatusCode::OK)`
    crate = copy_example_backend(tmp_path / "pottery", "pottery")
    assert conventions_of(crate, "src/handlers.rs").answer_helper == (
        "crate::response::respond", 'let mut conn = __state__.pool.get().expect("couldn\'t get db connection from pool");'
    )
    code, placed = derive_at_end(crate, "src/handlers.rs", model="Member", action="delete")
    assert 'let mut conn = state.pool.get().expect("couldn\'t get db connection from pool");' in code
    assert "0 => Err(diesel::result::Error::NotFound)," in code and code.rstrip().endswith("respond(result, StatusCode::OK)\n}")
    assert "-> HttpResponse {" in code and "web::block" not in code
