"""solid.form without a server: reading, inputs per field type, the golden forms."""

from pathlib import Path

import pytest

from nocodo.modes.base import ModeError, Request
from nocodo.modes.solid.form import MODE
from nocodo.modes.solid.form.context import build_context
from nocodo.modes.solid.form.render import kind_of
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases
from nocodo.modes.workspace import Workspace

CASES = Path(__file__).parent / "cases.toml"
PATTERNS = Path(__file__).parent.parent / "patterns"


def report(context) -> dict:
    return {
        "name": context.name,
        "save": context.save.name,
        "input": context.input.name,
        "load": context.load.name if context.load else None,
        "required": sorted(f.name for f in context.input.fields if context.required(f)),
    }


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def form(clinic: Path, file: str, **args):
    path = clinic / "frontend/src/components" / file
    return build_context(Request(path, "", 0, 0, Workspace(clinic), args))


@pytest.mark.parametrize(
    "pattern, file, args",
    [
        ("01_new_pet_form.tsx", "NewPetForm.tsx", {"type": "Pet", "variant": "create"}),
        ("02_edit_appointment_form.tsx", "EditAppointmentForm.tsx", {"type": "Appointment", "variant": "edit"}),
    ],
)
def test_the_golden_forms_are_derived_and_pass_their_checks(clinic, pattern, file, args):
    context = form(clinic, file, **args)
    code = MODE.derive(context)
    assert code == (PATTERNS / pattern).read_text()
    assert [f for f in MODE.validate(code, context) if f.severity == "error"] == []


def test_each_field_gets_the_input_its_type_and_name_call_for(clinic):
    context = form(clinic, "NewPetForm.tsx", type="Pet", variant="create")
    kinds = {f.name: kind_of(f, context) for f in context.input.fields}
    assert kinds == {"owner_id": "record", "name": "text", "species": "select", "breed": "text", "born_on": "date", "weight_kg": "number"}
    owner = form(clinic, "NewOwnerForm.tsx", type="Owner", variant="create")
    assert {f.name: kind_of(f, owner) for f in owner.input.fields} == {"full_name": "text", "email": "email", "phone": "tel"}


def test_an_edit_form_sends_the_id_and_fills_itself_from_the_record(clinic):
    code = MODE.derive(form(clinic, "EditAppointmentForm.tsx", type="Appointment", variant="edit"))
    assert "await updateAppointment(id(), {" in code
    assert 'setScheduledAt((loaded.scheduled_at ?? "").slice(0, 16));' in code


def test_a_field_with_no_input_refuses_the_form_instead_of_guessing(clinic):
    types = clinic / "frontend/src/types.ts"
    types.write_text(types.read_text().replace("export interface NewOwner {\n", "export interface NewOwner {\n  tags: string[];\n"))
    context = form(clinic, "NewOwnerForm.tsx", type="Owner", variant="create")
    with pytest.raises(ModeError, match="`tags: string\\[\\]` has no form input"):
        MODE.derive(context)
