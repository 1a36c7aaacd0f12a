"""style.daisyui without a server: reading, the golden restyle, logic left exactly as it was."""

from pathlib import Path

import pytest

from nocodo.modes.base import ModeError, Request
from nocodo.modes.edits import apply_edits
from nocodo.modes.style.daisyui import MODE
from nocodo.modes.style.daisyui.context import build_context
from nocodo.modes.style.daisyui.css import classes_for
from nocodo.modes.testing import case_request, check_reading, check_validation, line_of, load_cases, request_at
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


# --- a project written in common styles: inline style objects and its own .css classes ---

PLANT_CARD = "src/components/PlantCard.tsx"

@pytest.mark.parametrize(
    "at, offset, component",
    [
        ("export default function PlantCard", 0, "function PlantCard"),  # its signature line
        ("// One plant", 0, "function PlantCard"),  # the comment above it
        ("export default function PlantCard", 8, "function PlantCard"),  # its closing line
        ("export const Badge", 0, "const Badge"),  # an arrow component typed Component<...>
        ("export const Badge", 2, "const Badge"),
    ],
)
def test_the_component_includes_its_signature_comment_and_closing_lines(common_styles, at, offset, component):
    context = build_context(request_at(common_styles, PLANT_CARD, at, offset=offset))
    assert context.reading().startswith(f"restyle of the component on line {line_of(context.request.text, component) + 1}")


def test_lines_outside_any_component_are_refused(common_styles):
    with pytest.raises(ModeError, match="not in a component that renders JSX"):
        build_context(request_at(common_styles, PLANT_CARD, "interface Props"))


def test_inline_styles_and_the_projects_css_classes_become_tailwind_classes(common_styles):
    context = build_context(request_at(common_styles, PLANT_CARD, "export default function PlantCard"))
    code = MODE.derive(context)
    assert code == (HERE / "plant_card_restyled.tsx").read_text()
    # computed values, declarations no class states and a class styled on :hover stay, said so
    reading = context.reading()
    assert "style `color: props.accent` (its value is computed at run time)" in reading
    assert 'style `"box-shadow": "0 1px 2px #000"` (no Tailwind class states it)' in reading
    assert "class `fancy` of the project's CSS (its rule `.fancy:hover` has no class of its own)" in reading
    assert [f for f in MODE.validate(code, context) if f.severity == "error"] == []
    assert apply_edits(context.request.text, MODE.place(code, context)) == code


def test_a_dropped_computed_style_is_refused(common_styles):
    context = build_context(request_at(common_styles, PLANT_CARD, "export default function PlantCard"))
    code = MODE.derive(context).replace(" style={{ color: props.accent }}", "")
    assert "changed more than class strings" in MODE.validate(code, context)[0].message


@pytest.mark.parametrize(
    "property, value, classes",
    [
        ("padding", "8px 16px", ["py-2", "px-4"]),
        ("padding", "4px 8px 12px", ["pt-1", "pb-3", "px-2"]),
        ("margin", "0 auto", ["my-0", "mx-auto"]),
        ("gap", "1rem", ["gap-4"]),
        ("padding", "13px", ["p-[13px]"]),
        ("font-size", "14px", ["text-sm"]),
        ("font-weight", "600", ["font-semibold"]),
        ("color", "#336699", ["text-[#336699]"]),
        ("background-color", "white", ["bg-white"]),
        ("width", "100%", ["w-full"]),
        ("width", "37%", ["w-[37%]"]),
        ("border-radius", "9999px", ["rounded-full"]),
        ("border", "1px solid #ccc", ["border", "border-[#ccc]"]),
        ("justify-content", "space-between", ["justify-between"]),
        ("box-shadow", "0 1px 2px #000", None),
        ("border", "solid red", None),  # CSS's medium width: no plain class states it
        ("color", "var(--accent)", None),
    ],
)
def test_declarations_become_the_classes_that_state_them(property, value, classes):
    assert classes_for(property, value) == classes
