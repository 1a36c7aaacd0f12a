"""actix.router in crates that register routes by calls: it appends into the chain that already
registers them (a scope's resources, a configure function's `.route(...)`), and puts a handler
before an explicit resource of its path, which would otherwise answer its method with 405."""

from nocodo.modes.actix.router import MODE
from nocodo.modes.actix.router.context import build_context
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import copy_fixture_crate, request_at

PUT_HANDLER = '''
#[put("/bouquets/{id}")]
pub async fn rename(pool: web::Data<Pool<ConnectionManager<SqliteConnection>>>, id: web::Path<i32>) -> impl Responder {
    let _ = (pool, id);
    HttpResponse::Ok().finish()
}
'''


def florist_with_resources(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    handlers = crate / "src/api/bouquets.rs"
    handlers.write_text(handlers.read_text().replace("use actix_web::{get,", "use actix_web::{get, put,") + PUT_HANDLER)
    main = crate / "src/main.rs"
    main.write_text(main.read_text().replace(
        "            .service(api::bouquets::index)\n",
        '            .service(\n                web::scope("/api")\n'
        '                    .service(web::resource("/bouquets/{id}").route(web::get().to(api::bouquets::index)))\n'
        '                    .service(web::resource("/bouquets").route(web::get().to(api::bouquets::index))),\n            )\n',
    ))
    return crate


def test_a_handler_goes_before_the_resource_of_its_path_inside_the_scope(tmp_path):
    crate = florist_with_resources(tmp_path)
    text = (crate / "src/main.rs").read_text()
    context = build_context(request_at(crate, "src/main.rs", line=0, text=text))
    code = MODE.derive(context)
    placed = apply_edits(text, MODE.place(code, context))
    assert syntax_problems(parse(placed)) == []
    put, resource = placed.index(".service(api::bouquets::rename)"), placed.index('.service(web::resource("/bouquets/{id}")')
    assert put < resource and placed.index('web::scope("/api")') < put


def test_a_configure_function_registering_by_route_takes_the_service_in_its_chain(tmp_path):
    crate = copy_fixture_crate(tmp_path / "bakery", "bakery")
    routes = crate / "src/routes/cakes.rs"
    text = routes.read_text().replace("use actix_web::{error,", "use actix_web::{error, get,") + '\n#[get("/cakes/vegan")]\nasync fn vegan_cakes() -> Result<impl Responder> {\n    Ok(HttpResponse::Ok().finish())\n}\n'
    routes.write_text(text)
    context = build_context(request_at(crate, "src/routes/cakes.rs", line=8, text=text))
    placed = apply_edits(text, MODE.place(MODE.derive(context), context))
    assert 'cfg.route("/cakes", web::get().to(all_cakes))\n        .service(vegan_cakes);' in placed
    assert syntax_problems(parse(placed)) == []


def test_an_empty_configure_function_gets_its_first_statement(tmp_path):
    crate = copy_fixture_crate(tmp_path / "florist", "florist")
    handlers = crate / "src/api/bouquets.rs"
    handlers.write_text(handlers.read_text().replace("use actix_web::{get,", "use actix_web::{get, put,") + PUT_HANDLER + "\npub fn config(cfg: &mut web::ServiceConfig) {}\n")
    text = handlers.read_text()
    context = build_context(request_at(crate, "src/api/bouquets.rs", line=0, text=text))
    placed = apply_edits(text, MODE.place(MODE.derive(context), context))
    assert "pub fn config(cfg: &mut web::ServiceConfig) {\n    cfg.service(rename);\n}" in placed
    assert syntax_problems(parse(placed)) == []
