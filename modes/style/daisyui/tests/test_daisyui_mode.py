"""style.daisyui without a server: reading, the golden restyle, logic left exactly as it was."""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.edits import apply_edits
from nocodo.modes.style.daisyui import MODE
from nocodo.modes.style.daisyui.context import build_context
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases
from nocodo.modes.workspace import Workspace

HERE = Path(__file__).parent
CASES = HERE / "cases.toml"
PLAIN = HERE.parent / "patterns" / "01_plain_contact_form.tsx"


def report(context) -> dict:
    line = context.request.line
    return {"restyled": context.restyled.split("\n")[line]}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def test_a_plain_form_gets_daisyui_and_keeps_its_expression_classes(clinic):
    path = clinic / "frontend/src/components/ContactForm.tsx"
    text = PLAIN.read_text()
    context = build_context(Request(path, text, 8, 4, Workspace(clinic)))
    code = MODE.derive(context)
    assert code == (HERE / "contact_form_restyled.tsx").read_text()
    assert 'class={sent() ? "opacity-50" : ""}' in code  # an expression is logic: untouched
    assert MODE.validate(code, context) == []
    edits = MODE.place(code, context)
    assert apply_edits(text, edits) == code
