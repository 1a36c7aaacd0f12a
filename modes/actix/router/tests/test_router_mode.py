"""actix.router without the model: reading and validation (cases.toml), derivation, placement."""

from pathlib import Path

import pytest

from nocodo.modes.actix.router import MODE
from nocodo.modes.base import ModeError
from nocodo.modes.actix.router.context import RouterContext, build_context, written_path
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"


def report(context: RouterContext) -> dict:
    return {
        "missing": [f"{r.module}::{r.function}" for r in context.missing],
        "clashing": [f"{r.module}::{r.function}" for r in context.clashing],
        "written": [written_path(r, context.module, context.absolute) for r in context.missing],
    }


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic_backend, case):
    check_reading(case, lambda: build_context(case_request(clinic_backend, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic_backend, case):
    context = build_context(case_request(clinic_backend, case))
    check_validation(case, MODE.validate(case["code"], context))


def test_missing_handlers_join_the_scope_chain_once(clinic_backend):
    main = clinic_backend / "src/main.rs"
    text = main.read_text().replace("                    .service(handlers::pets::get_pet)\n", "").replace(
        "                    .service(handlers::vets::list_active_vets)\n", ""
    )
    context = build_context(request_at(clinic_backend, "src/main.rs", line=0, text=text))
    code = MODE.derive(context)
    assert code == "                    .service(handlers::pets::get_pet)\n                    .service(handlers::vets::list_active_vets)"
    placed = apply_edits(text, MODE.place(code, context))
    assert placed.count(".service(handlers::pets::get_pet)") == 1
    assert ".service(handlers::invoices::list_appointment_invoices)\n                    .service(handlers::pets::get_pet)" in placed
    assert "list_active_vets),\n            )" in placed
    assert syntax_problems(parse(placed)) == []


def test_a_service_config_function_is_extended_in_its_crate_path_style(clinic_backend):
    main = clinic_backend / "src/main.rs"
    main.write_text(main.read_text().replace("                    .service(handlers::owners::get_owner)\n", ""))
    routes = clinic_backend / "src/routes.rs"
    routes.write_text(
        "use actix_web::web;\n\npub fn config(cfg: &mut web::ServiceConfig) {\n"
        "    cfg.service(crate::handlers::owners::list_owners);\n}\n"
    )
    context = build_context(request_at(clinic_backend, "src/routes.rs", line=0, args={"handler": "handlers::owners::get_owner"}))
    code = MODE.derive(context)
    assert code == "    .service(crate::handlers::owners::get_owner)"
    placed = apply_edits(routes.read_text(), MODE.place(code, context))
    assert "cfg.service(crate::handlers::owners::list_owners)\n    .service(crate::handlers::owners::get_owner);" in placed


def test_a_handler_registered_in_another_file_is_not_registered_again(clinic_backend):
    (clinic_backend / "src/routes.rs").write_text(
        "use actix_web::web;\n\npub fn config(cfg: &mut web::ServiceConfig) {\n"
        "    cfg.service(crate::handlers::owners::list_owners);\n}\n"
    )
    with pytest.raises(ModeError, match="`get_owner` is already registered"):
        build_context(request_at(clinic_backend, "src/routes.rs", line=0, args={"handler": "get_owner"}))


def test_a_literal_route_goes_before_the_parametrized_one_that_would_take_it(clinic_backend):
    owners = clinic_backend / "src/handlers/owners.rs"
    owners.write_text(owners.read_text() + (
        '\n#[get("/owners/search")]\n'
        "pub async fn search_owners(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {\n"
        "    Ok(HttpResponse::Ok().finish())\n}\n"
    ))
    context = build_context(request_at(clinic_backend, "src/main.rs", line=0))
    placed = apply_edits(context.request.text, MODE.place(MODE.derive(context), context))
    assert (
        "                    .service(handlers::owners::list_owners)\n"
        "                    .service(handlers::owners::search_owners)\n"
        "                    .service(handlers::owners::get_owner)\n"
    ) in placed
    assert placed.count("search_owners") == 1 and syntax_problems(parse(placed)) == []


def test_an_app_that_registers_nothing_gets_its_handlers_at_the_end_of_its_chain(clinic_backend):
    main = clinic_backend / "src/main.rs"
    text = main.read_text()
    start, end = text.index("            .service(\n                web::scope"), text.index("    })\n    .bind")
    text = text[:start].rstrip("\n") + "\n" + text[end:]
    context = build_context(request_at(clinic_backend, "src/main.rs", line=0, text=text, args={"handler": "get_owner"}))
    placed = apply_edits(text, MODE.place(MODE.derive(context), context))
    assert "            .wrap(Logger::default())\n            .service(handlers::owners::get_owner)\n    })" in placed
    assert syntax_problems(parse(placed)) == []


def test_a_service_config_in_the_handlers_module_names_its_handlers_relative_to_it(clinic_backend):
    handlers = clinic_backend / "src/handlers/mod.rs"
    handlers.write_text(handlers.read_text() + (
        "\npub fn routes(cfg: &mut actix_web::web::ServiceConfig) {\n"
        "    cfg.service(owners::list_owners).service(self::owners::get_owner);\n}\n"
    ))
    main = clinic_backend / "src/main.rs"
    main.write_text(main.read_text().replace("                    .service(handlers::owners::list_owners)\n", "").replace(
        "                    .service(handlers::owners::get_owner)\n", "").replace("                    .service(handlers::owners::create_owner)\n", ""))
    context = build_context(request_at(clinic_backend, "src/handlers/mod.rs", line=0))
    assert [r.function for r in context.missing] == ["create_owner"]
    assert MODE.derive(context) == "    .service(owners::create_owner)"


def test_a_comment_asking_for_a_path_no_handler_answers_is_refused_not_half_done(clinic_backend):
    main = clinic_backend / "src/main.rs"
    text = main.read_text().replace("App::new()", "App::new()\n            // nocodo: a /health address that answers ok", 1)
    line = text.split("\n").index("            // nocodo: a /health address that answers ok")
    with pytest.raises(ModeError, match="asks for /health, which no handler of the crate answers"):
        build_context(request_at(clinic_backend, "src/main.rs", line=line, text=text))
