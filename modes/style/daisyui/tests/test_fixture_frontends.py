"""style.daisyui on components written in plain Tailwind (a DaisyUI component for the utilities
that make one up) and on inline styles choosing between two values (a classList entry per
branch), on fresh fixture frontends (tests/fixtures/style_*), checked by strict tsc too."""

from pathlib import Path

import pytest

from nocodo.modes.base import ModeError
from nocodo.modes.edits import apply_edits
from nocodo.modes.style.daisyui import MODE
from nocodo.modes.style.daisyui.components import load_table, recognised
from nocodo.modes.style.daisyui.context import StyleContext, build_context
from nocodo.modes.testing import load_cases, request_at
from nocodo.modes.typecheck import check_typescript

HERE = Path(__file__).parent
REPAIR_CARD = "src/components/RepairCard.tsx"
SEAT_ROW = "src/components/SeatRow.tsx"


def restyled(context: StyleContext) -> str:
    """The derived restyle, after the validator, placing it and (where TypeScript is installed)
    strict tsc accept it."""
    code = MODE.derive(context)
    assert [f.message for f in MODE.validate(code, context) if f.severity == "error"] == []
    assert apply_edits(context.request.text, MODE.place(code, context)) == code
    if (context.frontend / "node_modules" / "typescript").exists():
        checked = check_typescript(context.request.path, code, [(0, len(code.split("\n")))])
        assert checked.status == "ok", [m.rendered for m in checked.item_errors + checked.other_errors]
    return code


@pytest.mark.parametrize("case", load_cases(HERE / "recognisers.toml", "recognise", keys={"tag", "classes", "attributes", "becomes"}))
def test_plain_tailwind_utilities_become_the_daisyui_component_they_make_up(case):
    classes = recognised(case["tag"], case.get("attributes", {}), case["classes"].split())
    assert (" ".join(classes) if classes else None) == case.get("becomes")


def test_a_component_in_plain_tailwind_gets_daisyui_components(tailwind_only):
    code = restyled(build_context(request_at(tailwind_only, REPAIR_CARD, "export default function RepairCard")))
    assert code == (HERE / "repair_card_restyled.tsx").read_text()


def test_a_component_where_nothing_would_change_is_refused_in_plain_words(tailwind_only):
    with pytest.raises(ModeError, match="nothing to restyle: this component already has the DaisyUI look, and none of its parts looks like"):
        build_context(request_at(tailwind_only, "src/components/ShopFooter.tsx", "export default"))


def test_a_style_choosing_between_two_values_becomes_classlist_entries(conditional_styles):
    context = build_context(request_at(conditional_styles, SEAT_ROW, "export default function SeatRow"))
    assert restyled(context) == (HERE / "seat_row_restyled.tsx").read_text()
    # only values computed in full stay as styles, and the reading says so
    assert context.reading().endswith(
        'kept as they were: line 15: style `"border-color": props.accent` (its value is computed at run time); '
        'line 26: style `"margin-left": `${props.seats.length}px`` (its value is computed at run time)'
    )


def test_entries_join_a_multiline_classlist_as_its_own_are_written(conditional_styles):
    context = build_context(request_at(conditional_styles, SEAT_ROW, "export const TicketNote"))
    code = restyled(context)
    # a condition that is not a boolean is made one, as Solid's classList type requires
    assert '      italic: !props.paid,\n      "bg-[#fef3c7]": !!(props.note),\n      "bg-white": !(props.note),\n    }}' in code
    assert 'style={{ "box-shadow": props.paid ? "none" : "0 0 0 1px red" }}' in code
    assert context.reading().endswith('(no Tailwind class states its value `none`)')


@pytest.mark.parametrize(
    "entry, changed",
    [
        ('"opacity-50": !(seat.free), ', ""),  # the dimming dropped
        ('"opacity-50": !(seat.free)', '"opacity-50": !(seat.label)'),  # its condition changed
    ],
)
def test_a_restyle_dropping_or_changing_a_condition_is_refused(conditional_styles, entry, changed):
    context = build_context(request_at(conditional_styles, SEAT_ROW, "export default function SeatRow"))
    code = MODE.derive(context)
    assert entry in code
    findings = MODE.validate(code.replace(entry, changed), context)
    assert "changed more than class strings" in findings[0].message


def test_a_component_naming_an_unknown_family_fails_when_the_table_loads(tmp_path):
    table = tmp_path / "components.toml"
    table.write_text(
        "[daisyui]\nclass = '^btn'\n[families]\nrounded = '^rounded'\n"
        '[[component]]\ntags = ["a"]\nrequires = ["rounded", "padding"]\nreplaces = []\nclasses = "btn"\n'
    )
    with pytest.raises(ValueError, match="unknown families padding"):
        load_table(table)
