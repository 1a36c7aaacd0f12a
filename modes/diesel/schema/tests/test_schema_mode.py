"""diesel.schema without the model: arguments, validation, placement and joinable upkeep."""


import pytest

from nocodo.modes.base import ModeError, NeedsInput, Request
from nocodo.modes.diesel.schema import MODE
from nocodo.modes.diesel.schema.context import build_context
from nocodo.modes.diesel.tables import parse_schema
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.workspace import Workspace


ENROLLMENTS = """diesel::table! {
    enrollments (id) {
        id -> Integer,
        student_id -> Integer,
        course_id -> Integer,
        enrolled_on -> Date,
        grade -> Nullable<Integer>,
    }
}"""


@pytest.fixture
def schema_request(school):
    root = school
    path = root / "src/schema.rs"

    def make(**args) -> Request:
        return Request(path, path.read_text(), 0, 0, Workspace(root), args)

    return make


def test_arguments_are_required_and_checked(schema_request):
    with pytest.raises(NeedsInput):
        build_context(schema_request())
    with pytest.raises(NeedsInput):
        build_context(schema_request(table="enrollments"))
    with pytest.raises(ModeError, match="snake_case"):
        build_context(schema_request(table="Enrollments", description="x"))


def test_new_table_is_added_with_joins_and_same_query_list(schema_request):
    context = build_context(schema_request(table="enrollments", description="which student takes which course"))
    assert MODE.validate(ENROLLMENTS, context) == []
    result = apply_edits(context.request.text, MODE.place(ENROLLMENTS, context))
    assert syntax_problems(parse(result)) == []
    schema = parse_schema(result)
    assert set(schema.tables) == {"courses", "students", "enrollments"}
    assert ("enrollments", "students", "student_id") in schema.joins
    assert ("enrollments", "courses", "course_id") in schema.joins
    assert schema.same_query == ["courses", "enrollments", "students"]


def test_existing_table_is_replaced(schema_request):
    context = build_context(schema_request(table="students", description="students with a nickname"))
    block = "diesel::table! {\n    students (id) {\n        id -> Integer,\n        nickname -> Text,\n    }\n}"
    result = apply_edits(context.request.text, MODE.place(block, context))
    assert result.count("students (id)") == 1 and "nickname -> Text" in result and "email -> Text" not in result


@pytest.mark.parametrize(
    "block, problem",
    [
        (ENROLLMENTS.replace("grade -> Nullable<Integer>", "student_id -> Integer"), "twice"),
        (ENROLLMENTS.replace("Date", "Datetime"), "unknown SQL type"),
        (ENROLLMENTS.replace("enrollments (id)", "enrolments (id)"), "expected one table!"),
        ("diesel::table! {\n    enrollments (id) {\n        id -> Integer,\n    }\n}", "no columns"),
    ],
)
def test_bad_blocks_are_rejected(schema_request, block, problem):
    context = build_context(schema_request(table="enrollments", description="x"))
    assert any(problem in f.message for f in MODE.validate(block, context))


def test_a_listed_description_fixes_columns_in_the_grammar_and_the_validator(schema_request):
    context = build_context(
        schema_request(table="enrollments", description="enrollments: the student, the course and an optional grade number")
    )
    prompt = MODE.prompt(context, MODE.patterns())
    assert "student_id -> Integer,\\n" in prompt.grammar and "grade_number -> Nullable<Integer>" in prompt.grammar
    wrong = ENROLLMENTS.replace("grade -> Nullable<Integer>", "grade_number -> Text")
    assert any("grade_number -> Nullable<Integer>" in f.message for f in MODE.validate(wrong, context))
