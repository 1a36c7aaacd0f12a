"""solid.context without a server: reading and the golden context module."""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.solid.context import MODE
from nocodo.modes.solid.context.context import build_context
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases
from nocodo.modes.workspace import Workspace

CASES = Path(__file__).parent / "cases.toml"
GOLDEN = Path(__file__).parent.parent / "patterns" / "01_selected_owner.tsx"


def report(context) -> dict:
    return {"name": context.name, "value_type": context.value_type, "initial": context.initial}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def test_the_golden_context_is_derived_and_passes_its_checks(clinic):
    path = clinic / "frontend/src/context/SelectedOwner.tsx"
    context = build_context(Request(path, "", 0, 0, Workspace(clinic), {"name": "SelectedOwner"}))
    code = MODE.derive(context)
    assert code == GOLDEN.read_text()
    assert MODE.validate(code, context) == []
