"""solid.view without a server: reading, the golden views, links to the routes that exist."""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.solid.view import MODE
from nocodo.modes.solid.view.context import build_context
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases
from nocodo.modes.workspace import Workspace

CASES = Path(__file__).parent / "cases.toml"
PATTERNS = Path(__file__).parent.parent / "patterns"


def report(context) -> dict:
    return {"name": context.name, "loader": context.loader.name, "kind": context.kind}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def view(clinic: Path, file: str, **args):
    path = clinic / "frontend/src/components" / file
    return build_context(Request(path, "", 0, 0, Workspace(clinic), args))


@pytest.mark.parametrize(
    "pattern, file, args",
    [("01_owner_list.tsx", "OwnerTable.tsx", {"type": "Owner", "kind": "list"}), ("02_pet_detail.tsx", "PetDetail.tsx", {"type": "Pet", "kind": "detail"})],
)
def test_the_golden_views_are_derived_and_pass_their_checks(clinic, pattern, file, args):
    context = view(clinic, file, **args)
    code = MODE.derive(context)
    assert code == (PATTERNS / pattern).read_text()
    assert [f for f in MODE.validate(code, context) if f.severity == "error"] == []


def test_a_list_links_to_the_detail_and_edit_routes_the_router_has(clinic):
    routes = clinic / "frontend/src/routes.tsx"
    routes.write_text(routes.read_text().replace(
        '  { path: "/", component: Dashboard },',
        '  { path: "/", component: Dashboard },\n  { path: "/vets/:vetId", component: Dashboard },',
    ))
    context = view(clinic, "VetTable.tsx", type="Vet", kind="list")
    code = MODE.derive(context)
    assert '<A class="link link-primary" href={`/vets/${vet.id}`}>{vet.full_name}</A>' in code
    assert "Edit</A>" not in code  # no edit route: no edit link
    assert [f for f in MODE.validate(code, context) if f.severity == "error"] == []


def test_a_list_of_one_parents_records_reads_the_parents_id_from_the_route(clinic):
    code = MODE.derive(view(clinic, "PetList.tsx", type="Pet", kind="list"))
    assert 'import { A, useParams } from "@solidjs/router";' in code  # A: each pet's owner links to it
    assert "const [pets] = createResource(() => Number(params.ownerId), listOwnerPets);" in code


def test_a_parents_id_links_to_the_parents_detail_route(clinic):
    code = MODE.derive(view(clinic, "PetDetail.tsx", type="Pet", kind="detail"))
    # the owner is shown by name, from the owners the page loads, and links to their page
    assert '<dd><A class="link" href={`/owners/${found().owner_id}`}>{(owners.state === "ready" ? owners() : []).find((r) => r.id === found().owner_id)?.full_name ?? "—"}</A></dd>' in code
    assert 'import { A, useParams } from "@solidjs/router";' in code


def test_a_field_of_a_referenced_record_the_words_ask_for_is_shown_from_it(clinic):
    path = clinic / "frontend/src/components/PetPage.tsx"
    request = Request(path, "// nocodo: one pet, with its owner's phone number\n", 0, 51, Workspace(clinic), {"type": "Pet", "kind": "detail"})
    code = MODE.derive(build_context(request))
    assert '<dt class="font-semibold">Owner phone</dt>' in code
    assert '{(owners.state === "ready" ? owners() : []).find((r) => r.id === found().owner_id)?.phone ?? "—"}' in code
