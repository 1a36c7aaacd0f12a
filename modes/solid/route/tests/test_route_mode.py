"""solid.route without a server: reading, the golden router file, only what is missing added."""

from pathlib import Path

import pytest

from nocodo.modes.edits import apply_edits
from nocodo.modes.solid.route import MODE
from nocodo.modes.solid.route.context import build_context, with_route
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"
GOLDEN = Path(__file__).parent.parent / "patterns" / "01_clinic_routes.tsx"


def report(context) -> dict:
    return {"path": context.path, "component": context.component, "lazy_lines": context.updated.count(f"const {context.component} = lazy(")}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def test_a_route_and_its_lazy_import_are_added_as_in_the_golden_file(clinic):
    golden = GOLDEN.read_text()
    without = golden.replace('  { path: "/owners/:id", component: OwnerDetail },\n', "").replace(
        'const OwnerDetail = lazy(() => import("./components/OwnerDetail"));\n', ""
    )
    request = request_at(clinic / "frontend", "src/routes.tsx", line=0, text=without, args={"path": "/owners/:id", "component": "OwnerDetail"})
    context = build_context(request)
    edits = MODE.place(MODE.derive(context), context)
    assert len(edits) == 2  # the lazy import and the route: nothing else is touched
    assert apply_edits(without, edits) == golden
    assert MODE.validate(golden, context) == []


def test_an_untyped_routes_array_of_pages_imported_in_place_gets_its_route_so_before_the_catch_all():
    text = (
        'import { lazy } from "solid-js";\n\nexport const routes = [\n'
        '  { path: "/", component: lazy(() => import("./pages/Home")) },\n'
        '  { path: "*404", component: lazy(() => import("./pages/NotFound")) },\n];\n'
    )
    routed = with_route(text, "/cleaners", "CleanersPage", "./pages/CleanersPage")
    assert routed == text.replace(
        '  { path: "*404"', '  { path: "/cleaners", component: lazy(() => import("./pages/CleanersPage")) },\n  { path: "*404"'
    )


def test_a_routes_array_of_pages_imported_up_front_imports_the_new_page_so_too():
    text = (
        'import type { RouteDefinition } from "@solidjs/router";\nimport Home from "./Pages/Home";\n\n'
        'export const routes: RouteDefinition[] = [\n  { path: "/", component: Home },\n];\n'
    )
    routed = with_route(text, "/customers/:id", "CustomerDetail", "./Pages/Customers/CustomerDetail")
    assert 'import CustomerDetail from "./Pages/Customers/CustomerDetail";' in routed
    assert '{ path: "/customers/:id", component: CustomerDetail },' in routed and "lazy" not in routed
