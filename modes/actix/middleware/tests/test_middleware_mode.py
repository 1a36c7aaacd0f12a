"""actix.middleware without the model: reading and validation (cases.toml), each kind's template
placed in the clinic_backend's main.rs, and all of them together compiling against real actix-web."""

from pathlib import Path

import pytest

from nocodo.modes.actix.middleware import MODE
from nocodo.modes.actix.middleware.context import KINDS, MiddlewareContext, build_context
from nocodo.modes.base import NeedsInput
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"


def report(context: MiddlewareContext) -> dict:
    return {"kind": context.kind, "values": context.values, "anchor": context.chain_anchor[0] + 1}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic_backend, case):
    check_reading(case, lambda: build_context(case_request(clinic_backend, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic_backend, case):
    context = build_context(case_request(clinic_backend, case))
    check_validation(case, MODE.validate(case["code"].strip("\n"), context))


def add(crate: Path, kind: str, **args) -> str:
    """main.rs with the middleware `kind` added; the derived code must pass its checks."""
    main = crate / "src/main.rs"
    context = build_context(request_at(crate, "src/main.rs", line=0, args={"kind": kind, **args}))
    code = MODE.derive(context)
    assert MODE.validate(code, context) == []
    main.write_text(apply_edits(main.read_text(), MODE.place(code, context)))
    return main.read_text()


def test_the_cors_origin_offered_is_the_frontends_dev_server(clinic_backend):
    (clinic_backend.parent / "frontend").mkdir()
    (clinic_backend.parent / "frontend" / "vite.config.ts").write_text("export default { server: { port: 3000 } };\n")
    with pytest.raises(NeedsInput) as asked:
        build_context(request_at(clinic_backend, "src/main.rs", line=0, args={"kind": "cors"}))
    assert [c.value for c in asked.value.choices] == ["http://localhost:3000"]


def test_a_middleware_joins_the_chain_after_the_logger_and_its_items_go_above_main(clinic_backend):
    main = add(clinic_backend, "request_id")
    assert "            .wrap(Logger::default())\n            .wrap_fn(|req, srv| {\n" in main
    assert main.index("static NEXT_REQUEST_ID") < main.index("#[actix_web::main]")
    assert "use actix_web::dev::Service;" in main and "use std::sync::atomic::{AtomicU64, Ordering};" in main
    assert syntax_problems(parse(main)) == []


def test_every_kind_once_compiles_against_actix_web(clinic_backend, crate_source):
    main = clinic_backend / "src/main.rs"
    main.write_text(main.read_text().replace("            .wrap(Logger::default())\n", "").replace("middleware::Logger, ", ""))
    for kind in KINDS:
        add(clinic_backend, kind, origin="http://localhost:3000")
    text = main.read_text()
    assert text.count(".wrap(Logger::default())") == 1 and text.count(".wrap_fn(") == 2
    checked = crate_source.cargo_check(clinic_backend, "--message-format", "short")
    assert checked.returncode == 0, checked.stderr[-3000:]
