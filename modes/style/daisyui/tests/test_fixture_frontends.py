"""style.daisyui on inline styles choosing between two values (a classList entry per branch), on
fresh fixture frontends (tests/fixtures/style_*), checked by strict tsc too."""

from pathlib import Path

import pytest

from nocodo.modes.edits import apply_edits
from nocodo.modes.style.daisyui import MODE
from nocodo.modes.style.daisyui.context import StyleContext, build_context
from nocodo.modes.testing import request_at
from nocodo.modes.typecheck import check_typescript

HERE = Path(__file__).parent
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
