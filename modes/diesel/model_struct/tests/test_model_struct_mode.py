"""diesel.model_struct without the model: context, grammar, validation, placement, imports.

Reading a request and validating a struct are data, in cases.toml beside this file.
"""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.diesel.model_struct import MODE
from nocodo.modes.diesel.model_struct.context import StructContext, build_context
from nocodo.modes.diesel.model_struct.prompt import build_grammar
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import case_request, check_reading, check_validation, load_cases, request_at
from nocodo.modes.workspace import Workspace

CASES = Path(__file__).parent / "cases.toml"


READ = """#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = courses)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Course {
    pub id: i32,
    pub code: String,
    pub title: String,
    pub level: String,
    pub credits: i32,
    pub starts_on: NaiveDate,
}"""


@pytest.fixture
def crate(school: Path) -> Path:
    return school


def blank_line(crate: Path, **args) -> Request:
    """A request on the blank line between the Student struct and its impl."""
    return request_at(crate, "src/models/student.rs", "impl Student {", offset=-1, args=args)


def report(context: StructContext) -> dict:
    return {
        "name": context.name,
        "kind": context.kind,
        "table": context.table.name,
        "existing": context.existing.name if context.existing else None,
        "required": sorted(context.required),
    }


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(crate, case):
    check_reading(case, lambda: build_context(case_request(crate, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(crate, case):
    context = build_context(case_request(crate, case))
    check_validation(case, MODE.validate(case["code"], context))


def test_grammar_holds_only_real_columns_with_their_types(crate):
    context = build_context(blank_line(crate, table="students", kind="insert"))
    grammar = build_grammar(context)
    assert '"    pub email: String,\\n"?' in grammar
    assert "pub id:" not in grammar  # an insert never sets the integer key
    assert "Option<NaiveDateTime>" in grammar


def test_read_struct_is_placed_with_imports(crate):
    context = build_context(blank_line(crate, table="courses"))
    result = apply_edits(context.request.text, MODE.place(READ, context))
    assert "use crate::schema::courses;" in result and "use chrono::NaiveDate;" in result
    assert syntax_problems(parse(result)) == []


def test_updating_a_struct_adds_only_the_columns_its_table_gained(crate):
    schema = crate / "src/schema.rs"
    schema.write_text(schema.read_text().replace("        email -> Text,\n", "        email -> Text,\n        nickname -> Nullable<Text>,\n"))
    path = crate / "src/models/student.rs"
    text = path.read_text().replace("pub struct Student {", "/// A learner.\npub struct Student {")
    line = text.split("\n").index("    pub email: String,")
    context = build_context(Request(path, text, line, 4, Workspace(crate), {}))
    assert (context.existing.name, context.kind, context.table.name) == ("Student", "read", "students")
    code = MODE.derive(context)
    assert code == context.updated_source
    assert "/// A learner.\n" in code
    assert "    pub email: String,\n    pub nickname: Option<String>,\n    pub full_name: String," in code
    assert [f.message for f in MODE.validate(code, context) if f.severity == "error"] == []
    result = apply_edits(text, MODE.place(code, context))
    assert result.count("pub struct Student") == 1 and "pub nickname: Option<String>," in result


def test_imports_stay_above_a_struct_inserted_at_the_same_line(crate):
    path = crate / "src/models/fresh.rs"
    path.write_text("use diesel::prelude::*;\n")
    context = build_context(Request(path, path.read_text(), 1, 0, Workspace(crate), {"table": "courses"}))
    result = apply_edits(context.request.text, MODE.place(READ, context))
    assert result.index("use crate::schema::courses;") < result.index("pub struct Course")


def test_a_belongs_to_parent_from_another_file_is_imported(tmp_path):
    crate = tmp_path / "shop"
    (crate / "src/models").mkdir(parents=True)
    (crate / "Cargo.toml").write_text('[package]\nname = "shop"\n')
    (crate / "src/schema.rs").write_text(
        "diesel::table! {\n    owners (id) {\n        id -> Integer,\n    }\n}\n"
        "diesel::table! {\n    pets (id) {\n        id -> Integer,\n        owner_id -> Integer,\n    }\n}\n"
        "diesel::joinable!(pets -> owners (owner_id));\n"
    )
    (crate / "src/models/owner.rs").write_text("#[diesel(table_name = owners)]\npub struct Owner {\n    pub id: i32,\n}\n")
    path = crate / "src/models/pet.rs"
    path.write_text("use diesel::prelude::*;\n\n")
    context = build_context(Request(path, path.read_text(), 1, 0, Workspace(crate), {"table": "pets"}))
    code = "\n".join(context.attributes) + "\npub struct Pet {\n    pub id: i32,\n    pub owner_id: i32,\n}"
    assert MODE.validate(code, context) == []
    assert "use crate::models::owner::Owner;" in apply_edits(context.request.text, MODE.place(code, context))


def test_an_insert_grammar_requires_what_the_migrations_leave_without_default(crate):
    migration = crate / "migrations" / "2024-01-01-000000_create" / "up.sql"
    migration.parent.mkdir(parents=True)
    migration.write_text(
        "CREATE TABLE courses (\n"
        "    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
        "    code TEXT NOT NULL, -- like CS101\n"
        "    title TEXT NOT NULL,\n"
        "    level TEXT NOT NULL DEFAULT 'beginner',\n"
        "    credits INTEGER NOT NULL DEFAULT (3),\n"
        "    starts_on DATE NOT NULL\n"
        ");\n"
    )
    grammar = build_grammar(build_context(blank_line(crate, table="courses", kind="insert")))
    assert '"    pub title: String,\\n" ' in grammar and '"    pub level: String,\\n"?' in grammar
