"""The `nocodo` command as scripts use it: a real subprocess each time."""

import json
import subprocess
import sys

import pytest

from nocodo.modes.syntax import parse, syntax_problems


def nocodo(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nocodo.server", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def impl_line(path, needle="impl Student {") -> int:
    return next(n for n, l in enumerate(path.read_text().split("\n")) if needle in l)


def test_modes_lists_every_mode_as_json():
    result = nocodo("modes", "--json")
    assert result.returncode == 0
    assert "diesel.model_fn" in [m["id"] for m in json.loads(result.stdout)]


def test_unknown_mode_and_bad_position_are_usage_errors(school):
    file = school / "src/models/student.rs"
    assert nocodo("generate", "diesel.nothing", str(file), "--position", "1:0").returncode == 2
    bad = nocodo("generate", "diesel.model_fn", str(file), "--position", "one")
    assert bad.returncode == 2 and "LINE:CHARACTER" in bad.stderr


def test_wrong_place_exits_1_with_a_message_and_leaves_the_file(school):
    file = school / "src/models/student.rs"
    before = file.read_text()
    result = nocodo("generate", "diesel.model_fn", str(file), "--position", "0:0", "--arg", "name=x")
    assert result.returncode == 1 and "impl" in result.stderr
    assert file.read_text() == before


@pytest.mark.model
def test_generate_writes_a_valid_function_and_keeps_the_record(school):
    file = school / "src/models/student.rs"
    line = impl_line(file)
    result = nocodo(
        "generate", "diesel.model_fn", str(file), "--position", f"{line}:0", "--arg", "name=email_exists",
        "--write", "--json", "--workspace", str(school),
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["status"] == "ok" and record["attempts"][0]["prompt"].endswith("{\n")
    text = file.read_text()
    assert "fn email_exists(" in text and syntax_problems(parse(text)) == []
    last = nocodo("last-run", "--workspace", str(school), "--json")
    assert json.loads(last.stdout)["id"] == record["id"]


def test_a_word_read_two_ways_is_asked_with_the_args_that_answer_it(school):
    path = school / "src/models/course.rs"
    before = path.read_text()
    asked = nocodo("generate", "diesel.model_fn", str(path), "--position", f"{impl_line(path, 'impl Course {')}:0", "--arg", "name=list_hard", "--workspace", str(school))
    assert asked.returncode == 1
    assert "What do you mean by 'hard' (in courses)?" in asked.stderr
    assert "--arg 'meaning=hard=level.eq(Advanced)'    courses whose level is 'advanced'" in asked.stderr
    assert "--arg 'meaning=hard=say: <your words>'    Something else: I will say it in other words" in asked.stderr
    assert path.read_text() == before


@pytest.mark.model
def test_an_answer_given_once_is_remembered_for_the_project(school):
    path = school / "src/models/course.rs"
    at = f"{impl_line(path, 'impl Course {')}:0"
    first = nocodo("generate", "diesel.model_fn", str(path), "--position", at, "--arg", "name=list_hard",
                   "--arg", "meaning=hard=level.eq(Advanced)", "--write", "--json", "--workspace", str(school))
    assert first.returncode == 0, first.stderr
    assert "[courses]\nhard = \"level.eq(Advanced)\"" in (school / ".nocodo/glossary.toml").read_text()
    # the same word in the next request: no question, and the message says which answer was used
    later = nocodo("generate", "diesel.model_fn", str(path), "--position", at, "--arg", "name=count_hard",
                   "--write", "--json", "--workspace", str(school))
    assert later.returncode == 0, later.stderr
    record = json.loads(later.stdout)
    assert "remembered from an earlier answer: 'hard' = level.eq(Advanced)" in record["message"]
    assert "courses::level.eq(CourseLevel::Advanced.as_str())" in record["code"]
