"""Each Diesel mode once with the real embedded model, through the shared pipeline."""

import pytest

from nocodo.modes import Request, get_mode
from nocodo.modes.base import Edit
from nocodo.modes.diesel.tables import parse_schema
from nocodo.modes.edits import apply_edits
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.workspace import Workspace
from nocodo.server.backends import create_backend
from nocodo.server.config import resolve_settings
from nocodo.server.pipeline import run_mode

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def backend():
    backend = create_backend(resolve_settings({}, {}))
    yield backend
    backend.close()


def run(school, backend, mode: str, relative: str, line: int, **args) -> str:
    path = school / relative
    text = path.read_text()
    settings = resolve_settings({}, {})
    record = run_mode(get_mode(mode), Request(path, text, line, 0, Workspace(school), args), backend, settings)
    assert record.status == "ok", record.message
    result = apply_edits(text, [Edit(**e.model_dump()) for e in record.edits])
    assert syntax_problems(parse(result)) == []
    return result


def test_model_struct_writes_a_valid_insert_struct(school, backend):
    text = (school / "src/models/student.rs").read_text()
    line = text.split("\n").index("", 5)
    result = run(school, backend, "diesel.model_struct", "src/models/student.rs", line, table="courses", kind="insert")
    assert "pub struct NewCourse" in result and "use crate::schema::courses;" in result


def test_schema_writes_a_table_and_keeps_the_joins(school, backend):
    result = run(
        school, backend, "diesel.schema", "src/schema.rs", 0,
        table="enrollments", description="which student takes which course, and when they enrolled",
    )
    schema = parse_schema(result)
    assert "enrollments" in schema.tables and "enrollments" in schema.same_query
