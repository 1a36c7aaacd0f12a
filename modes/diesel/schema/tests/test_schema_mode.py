"""diesel.schema without the model: arguments, validation, placement and joinable upkeep.

Reading the arguments and validating a block are data, in cases.toml beside this file.
"""

from pathlib import Path

import pytest

from nocodo.modes.diesel.schema import MODE
from nocodo.modes.diesel.schema.context import build_context
from nocodo.modes.diesel.tables import parse_schema
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"


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
    return lambda **args: request_at(school, "src/schema.rs", line=0, args=args)


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(school, case):
    check_reading(case, lambda: build_context(case_request(school, case)))


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(school, case):
    context = build_context(case_request(school, case))
    check_validation(case, MODE.validate(case["code"], context))


def test_new_table_is_added_with_joins_and_same_query_list(schema_request):
    context = build_context(schema_request(table="enrollments", description="which student takes which course"))
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


def test_a_listed_description_fixes_columns_in_the_grammar(schema_request):
    context = build_context(
        schema_request(table="enrollments", description="enrollments: the student, the course and an optional grade number")
    )
    prompt = MODE.prompt(context, MODE.patterns())
    assert "student_id -> Integer,\\n" in prompt.grammar and "grade_number -> Nullable<Integer>" in prompt.grammar
