"""diesel.model_fn without the model: context, signatures, grammar, validation, placement.

The validation cases (good and bad code) are data, in cases.toml beside this file.
"""

from pathlib import Path

import pytest

from nocodo.modes.base import ModeError, NeedsInput
from nocodo.modes.diesel.model_fn import MODE, applies
from nocodo.modes.diesel.model_fn.context import build_context, find_stub
from nocodo.modes.diesel.model_fn.grammar import build_grammar
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_validation, load_cases, request_at

CASES = Path(__file__).parent / "cases.toml"


FIND_BY_EMAIL = """    pub fn find_by_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<Student>> {
        students::table
            .filter(students::email.eq(email))
            .select(Student::as_select())
            .first(conn)
            .optional()
    }"""


@pytest.fixture
def crate(school: Path) -> Path:
    return school


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(crate, case):
    context = build_context(case_request(crate, case))
    check_validation(case, MODE.validate(case["code"], context))


def test_context_reads_model_table_and_enums(crate):
    context = build_context(request_at(crate, "src/models/course.rs", "impl Course {", args={"name": "list_by_level"}))
    assert context.struct.name == "Course"
    assert context.table.name == "courses"
    assert [e.name for e in context.enums] == ["CourseLevel"]
    assert context.signature.text.endswith("(conn: &mut SqliteConnection, level: CourseLevel) -> QueryResult<Vec<Course>>")


def test_cursor_outside_an_impl_is_refused(crate):
    with pytest.raises(ModeError, match="inside an `impl` block"):
        build_context(request_at(crate, "src/models/student.rs", "pub email: String", args={"name": "x"}))


def test_missing_name_asks_for_it(crate):
    with pytest.raises(NeedsInput) as asked:
        build_context(request_at(crate, "src/models/student.rs", "students::table.find"))
    assert asked.value.arg == "name"


def test_invalid_and_existing_names_are_refused(crate):
    with pytest.raises(ModeError, match="not a valid Rust function name"):
        build_context(request_at(crate, "src/models/student.rs", "students::table.find", args={"name": "Find-It"}))
    with pytest.raises(ModeError, match="already has a function `find`"):
        build_context(request_at(crate, "src/models/student.rs", "students::table.find", args={"name": "find"}))


def test_unknown_table_and_missing_schema_are_clear(crate):
    path = crate / "src/models/student.rs"
    path.write_text(path.read_text().replace("table_name = students", "table_name = pupils"))
    with pytest.raises(ModeError, match="table `pupils`.*not in schema.rs"):
        build_context(request_at(crate, "src/models/student.rs", "students::table.find", args={"name": "x"}))
    (crate / "src/schema.rs").unlink()
    with pytest.raises(ModeError, match="no schema.rs"):
        build_context(request_at(crate, "src/models/student.rs", "students::table.find", args={"name": "x"}))


def test_stub_kinds():
    lines = [
        "impl A {",
        "    /// Find by code.",
        "    pub fn find_by_code(",
        "    // nocodo: list the newest rows",
        "    pub fn total(conn: &mut SqliteConnection) -> QueryResult<i64> {",
        "        todo!()",
        "    }",
        "}",
    ]
    partial = find_stub(lines, 2)
    assert (partial.name, partial.first_line, partial.last_line) == ("find_by_code", 1, 2)
    comment = find_stub(lines, 3)
    assert comment.name is None and comment.doc == "list the newest rows"
    full = find_stub(lines, 4)
    assert (full.name, full.last_line) == ("total", 6)
    assert full.prefill.endswith("QueryResult<i64> {\n")
    assert find_stub(lines, 0) is None


def test_half_typed_stub_is_replaced(crate):
    path = crate / "src/models/student.rs"
    text = path.read_text().replace("impl Student {\n", "impl Student {\n    pub fn find_by_email(\n")
    request = request_at(crate, "src/models/student.rs", "pub fn find_by_email(", text=text)
    assert applies(request)
    context = build_context(request)
    assert context.replace is not None
    result = apply_edits(text, MODE.place(FIND_BY_EMAIL, context))
    assert result.count("fn find_by_email") == 1
    assert syntax_problems(parse(result)) == []


def test_grammar_names_only_real_columns_and_typed_values(crate):
    context = build_context(request_at(crate, "src/models/course.rs", "impl Course {", args={"name": "list_by_level"}))
    grammar = build_grammar(context)
    assert "courses::level" in grammar and "level.as_str()" in grammar
    assert "students::" not in grammar
    # the enum parameter is never offered raw, and text columns never get the integer id
    assert '"level"' not in grammar.replace('"level.as_str()"', "")


def test_function_is_placed_before_the_closing_brace(crate):
    request = request_at(crate, "src/models/student.rs", "impl Student {", args={"name": "find_by_email"})
    result = apply_edits(request.text, MODE.place(FIND_BY_EMAIL, build_context(request)))
    assert result.index("fn find(") < result.index("fn find_by_email") < result.rindex("}")
    assert syntax_problems(parse(result)) == []


def test_function_goes_after_the_function_under_the_cursor(crate):
    request = request_at(crate, "src/models/student.rs", "students::table.find", args={"name": "find_by_email"})
    result = apply_edits(request.text, MODE.place(FIND_BY_EMAIL, build_context(request)))
    assert "    }\n\n    pub fn find_by_email" in result


def test_function_goes_at_a_blank_line_between_functions(crate):
    path = crate / "src/models/student.rs"
    text = path.read_text().replace("    }\n}", "    }\n\n    pub fn last(conn: &mut SqliteConnection) -> QueryResult<i64> {\n        todo!()\n    }\n}", 1)
    blank = text.split("\n").index("    pub fn last(conn: &mut SqliteConnection) -> QueryResult<i64> {") - 1
    request = request_at(crate, "src/models/student.rs", "impl Student {", text=text, args={"name": "find_by_email"})
    request.line, request.character = blank, 0
    result = apply_edits(text, MODE.place(FIND_BY_EMAIL, build_context(request)))
    assert result.index("fn find(") < result.index("fn find_by_email") < result.index("fn last(")
    assert syntax_problems(parse(result)) == []


def test_empty_one_line_impl_and_imports(crate):
    path = crate / "src/models/course.rs"
    text = path.read_text().replace("impl Course {\n}", "impl Course {}").replace("use crate::schema::courses;\n", "")
    request = request_at(crate, "src/models/course.rs", "impl Course {}", text=text, args={"name": "count_all"})
    context = build_context(request)
    code = "    pub fn count_all(conn: &mut SqliteConnection) -> QueryResult<i64> {\n        courses::table.count().get_result(conn)\n    }"
    result = apply_edits(text, MODE.place(code, context))
    assert "use crate::schema::courses;" in result
    assert syntax_problems(parse(result)) == []


def test_extract_cleans_model_output(crate):
    context = build_context(request_at(crate, "src/models/student.rs", "impl Student {", args={"name": "find_by_email"}))
    raw = context.prefill + "<think>hmm</think>\n        students::table.find(1).first(conn)\n    }\n\n    pub fn extra() {}\n"
    code = MODE.extract(raw, context)
    assert "extra" not in code and "think" not in code and code.rstrip().endswith("}")


def test_an_update_guard_and_stamp_are_fixed_in_the_grammar(crate):
    path = crate / "src/models/student.rs"
    stub = (
        "impl Student {\n"
        "    /// Graduate a student, unless they already graduated.\n"
        "    pub fn graduate(conn: &mut SqliteConnection, id: i32) -> QueryResult<usize> {\n"
        "        todo!()\n"
        "    }\n"
    )
    text = path.read_text().replace("impl Student {\n", stub)
    context = build_context(request_at(crate, "src/models/student.rs", "todo!()", text=text))
    grammar = build_grammar(context)
    assert "diesel::update(students::table.find(id).filter(students::graduated_at.is_null()))" in grammar
    assert "students::graduated_at.eq(chrono::Utc::now().naive_utc())" in grammar


POOL_STYLE_IMPL = """impl Course {
    pub fn find(pool: &DbPool, id: i32) -> Result<Course, diesel::result::Error> {
        let mut conn = pool
            .get()
            .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        courses::table.find(id).select(Course::as_select()).first(&mut conn)
    }
}"""


def test_new_functions_follow_the_impls_pool_and_result_style(crate):
    path = crate / "src/models/course.rs"
    text = path.read_text().replace("impl Course {\n}", POOL_STYLE_IMPL)
    context = build_context(request_at(crate, "src/models/course.rs", "impl Course {", text=text, args={"name": "list_by_level"}))
    assert context.signature.text.endswith("(pool: &DbPool, level: CourseLevel) -> Result<Vec<Course>, diesel::result::Error>")
    assert context.prefill.endswith(
        "{\n        let mut conn = pool\n            .get()\n"
        "            .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;\n"
    )
    assert ".load(&mut conn)" in build_grammar(context)
    # validating code in this style: the pool-style-* cases in cases.toml


def test_an_enum_from_another_module_is_imported(crate):
    course = crate / "src/models/course.rs"
    text = course.read_text()
    start, end = text.index("#[derive(Debug, Clone, Copy"), text.index("#[derive(Debug, Clone, Queryable")
    (crate / "src/models/levels.rs").write_text(text[start:end])
    (crate / "src/models/mod.rs").write_text("pub mod course;\npub mod levels;\npub mod student;\n")
    course.write_text(text[:start] + text[end:])
    context = build_context(request_at(crate, "src/models/course.rs", "impl Course {", args={"name": "list_by_level"}))
    code = (
        "    pub fn list_by_level(conn: &mut SqliteConnection, level: CourseLevel) -> QueryResult<Vec<Course>> {\n"
        "        courses::table.filter(courses::level.eq(level.as_str())).select(Course::as_select()).load(conn)\n    }"
    )
    result = apply_edits(context.request.text, MODE.place(code, context))
    assert "use crate::models::levels::CourseLevel;" in result
