"""actix.handler without the model: reading, validation (cases.toml), derivation and placement."""

from pathlib import Path

import pytest

from nocodo.modes.actix.handler import MODE
from nocodo.modes.actix.handler.context import HandlerContext, build_context
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"


def report(context: HandlerContext) -> dict:
    body = context.insert or context.changeset
    return {
        "action": context.action,
        "handler": context.handler,
        "method": context.method,
        "path": context.path,
        "function": context.function.name if context.function else "",
        "body": body.name if body else "",
    }


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic_backend, case):
    check_reading(case, lambda: build_context(case_request(clinic_backend, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic_backend, case):
    context = build_context(case_request(clinic_backend, case))
    check_validation(case, MODE.validate(case["code"].strip("\n"), context))


def derived(clinic_backend: Path, relative: str, **args) -> tuple[HandlerContext, str, str]:
    """The context, the derived handler and the file after placing it, at the end of the file."""
    text = (clinic_backend / relative).read_text()
    context = build_context(request_at(clinic_backend, relative, line=len(text.split("\n")) - 1, args=args))
    code = MODE.derive(context)
    return context, code, apply_edits(text, MODE.place(code, context))


def test_a_derived_delete_answers_404_when_no_row_went_and_imports_what_it_uses(clinic_backend):
    context, code, placed = derived(clinic_backend, "src/handlers/invoices.rs", model="Invoice", action="delete")
    assert '#[delete("/invoices/{id}")]' in code
    assert "diesel::delete(invoices::table.find(id))" in code and "return Err(ApiError::NotFound);" in code
    assert "HttpResponse::NoContent()" in code
    assert MODE.validate(code, context) == []
    assert "use actix_web::{delete, get, web, HttpResponse};" in placed
    assert syntax_problems(parse(placed)) == []


def test_a_derived_handler_calls_the_models_own_function(clinic_backend):
    context, code, _ = derived(clinic_backend, "src/handlers/pets.rs", model="Owner", action="get", path="/people/{id}", name="get_person")
    assert "Ok(Owner::find(&mut conn, id)?)" in code
    assert MODE.validate(code, context) == []


def test_a_call_takes_its_arguments_from_the_query_string(clinic_backend):
    owner = clinic_backend / "src/models/owner.rs"
    owner.write_text(owner.read_text().replace(
        "impl Owner {\n",
        "impl Owner {\n    pub fn search_by_name(conn: &mut SqliteConnection, name: &str, limit: i64) -> QueryResult<Vec<Owner>> {\n"
        "        owners::table.filter(owners::full_name.like(name)).limit(limit).select(Owner::as_select()).load(conn)\n    }\n\n",
    ))
    context, code, placed = derived(clinic_backend, "src/handlers/owners.rs", model="Owner", action="call", function="search_by_name", path="/owners/search")
    assert "pub struct OwnersSearchByNameQuery {\n    pub name: String,\n    pub limit: i64,\n}" in code
    assert "query: web::Query<OwnersSearchByNameQuery>" in code
    assert "Owner::search_by_name(&mut conn, &query.name, query.limit)" in code
    assert "web::Path" not in code and "web::Json" not in code and ".ok_or(" not in code
    assert MODE.validate(code, context) == []
    assert "use serde::Deserialize;" in placed


def test_a_call_with_a_path_argument_destructures_it(clinic_backend):
    context, code, _ = derived(
        clinic_backend, "src/handlers/appointments.rs", model="Prescription", action="call",
        function="list_for_appointment", path="/appointments/{appointment_id}/prescriptions",
    )
    assert "path: web::Path<i32>" in code and "let appointment_id = path.into_inner();" in code
    assert "Prescription::list_for_appointment(&mut conn, appointment_id)" in code
    assert "web::Query" not in code
    assert MODE.validate(code, context) == []


def test_a_model_function_taking_the_pool_is_called_without_a_connection(tmp_path):
    from nocodo.modes.testing import copy_example_backend

    brewery = copy_example_backend(tmp_path / "brewery", "brewery")
    context, code, _ = derived(brewery, "src/handlers/batches.rs", model="Keg", action="get")
    assert "Ok(Keg::find(&pool, id)?)" in code and "pool.get()" not in code
    assert MODE.validate(code, context) == []


def test_a_query_field_of_a_type_the_model_file_imports_is_imported_too(tmp_path):
    from nocodo.modes.testing import copy_example_backend

    gym = copy_example_backend(tmp_path / "gym", "gym")
    context, code, placed = derived(gym, "src/handlers/members.rs", model="Class", action="call", function="upcoming")
    assert "pub from: NaiveDateTime," in code
    assert "use chrono::NaiveDateTime;" in placed


def test_a_404_variant_naming_what_is_missing_is_built_with_the_models_name(clinic_backend, crate_source):
    errors = clinic_backend / "src/handlers/mod.rs"
    errors.write_text(
        errors.read_text()
        .replace("    NotFound,\n", "    NotFound(&'static str),\n")
        .replace("ApiError::NotFound => write!(f, \"not found\")", "ApiError::NotFound(what) => write!(f, \"{what} not found\")")
        .replace("ApiError::NotFound => StatusCode::NOT_FOUND", "ApiError::NotFound(_) => StatusCode::NOT_FOUND")
        .replace("DieselError::NotFound => ApiError::NotFound,", "DieselError::NotFound => ApiError::NotFound(\"row\"),")
    )
    context, code, placed = derived(clinic_backend, "src/handlers/invoices.rs", model="Invoice", action="delete")
    assert 'return Err(ApiError::NotFound("invoice"));' in code
    (clinic_backend / "src/handlers/invoices.rs").write_text(placed)
    checked = crate_source.cargo_check(clinic_backend, "--message-format", "short")
    assert checked.returncode == 0, checked.stderr[-3000:]


def test_an_update_function_answering_none_is_called_and_none_is_a_404(clinic_backend, crate_source):
    appointment = clinic_backend / "src/models/appointment.rs"
    appointment.write_text(appointment.read_text().replace(
        "changes: &AppointmentChanges) -> QueryResult<Appointment> {", "changes: &AppointmentChanges) -> QueryResult<Option<Appointment>> {"
    ).replace("            .get_result(conn)\n    }\n}", "            .get_result(conn)\n            .optional()\n    }\n}"))
    context, code, placed = derived(clinic_backend, "src/handlers/appointments.rs", model="Appointment", action="update", path="/visits/{id}", name="update_visit")
    assert "Appointment::update(&mut conn, id, &changes)" in code
    assert "let appointment = appointment.ok_or(ApiError::NotFound)?;" in code
    (clinic_backend / "src/handlers/appointments.rs").write_text(placed)
    checked = crate_source.cargo_check(clinic_backend, "--message-format", "short")
    assert checked.returncode == 0, checked.stderr[-3000:]


def test_a_comment_beside_the_cursor_names_the_method_and_path(clinic_backend):
    """"// nocodo: PATCH an appointment" asks for PATCH; its path, when it names one, is the route."""
    relative = "src/handlers/appointments.rs"
    text = (clinic_backend / relative).read_text().rstrip("\n") + "\n\n// nocodo: PATCH a visit at /visits/{id}\n"
    request = request_at(clinic_backend, relative, line=len(text.split("\n")) - 2, text=text,
                         args={"model": "Appointment", "action": "update", "name": "patch_visit"})
    context = build_context(request)
    assert (context.method, context.path) == ("patch", "/visits/{id}")
    assert '#[patch("/visits/{id}")]' in MODE.derive(context)
