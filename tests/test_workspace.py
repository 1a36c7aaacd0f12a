"""Files as the modes see them, and reading diesel.toml to find the schema."""

import pytest

from nocodo.modes.base import ModeError
from nocodo.modes.diesel.model_fn.context import build_context
from nocodo.modes.testing import request_at
from nocodo.modes.workspace import Workspace


def test_diesel_toml_says_where_the_schema_is(school):
    (school / "src/schema.rs").rename(school / "src/db_schema.rs")
    (school / "diesel.toml").write_text('[print_schema]\nfile = "src/db_schema.rs"\n')
    assert Workspace(school).find_schema_file(school / "src/models/student.rs") == school / "src/db_schema.rs"


def test_an_open_unsaved_diesel_toml_wins_over_the_disk(school):
    (school / "src/db_schema.rs").write_text((school / "src/schema.rs").read_text())
    workspace = Workspace(school, {school / "diesel.toml": '[print_schema]\nfile = "src/db_schema.rs"\n'})
    assert workspace.find_schema_file(school / "src/models/student.rs") == school / "src/db_schema.rs"


def test_a_diesel_toml_that_does_not_parse_is_a_clear_error(school):
    (school / "diesel.toml").write_text("[print_schema\nfile = src/schema.rs\n")
    with pytest.raises(ModeError, match=r"diesel.toml does not parse as TOML \(.*line 1.*\); fix it or remove it"):
        Workspace(school).find_schema_file(school / "src/models/student.rs")
    # and the mode says so instead of guessing another schema.rs
    with pytest.raises(ModeError, match="diesel.toml does not parse"):
        build_context(request_at(school, "src/models/student.rs", "impl Student {", args={"name": "find_by_email"}))


def test_a_schema_file_that_is_not_a_path_is_a_clear_error(school):
    (school / "diesel.toml").write_text("[print_schema]\nfile = 5\n")
    with pytest.raises(ModeError, match=r"\[print_schema\] file must be a path in quotes, not 5"):
        Workspace(school).find_schema_file(school / "src/models/student.rs")
