"""The project's glossary: answers kept in `.nocodo/glossary.toml` and used by later requests."""

import tomllib

import pytest

from nocodo.modes import get_mode, glossary
from nocodo.modes.base import ModeError, NeedsInput
from nocodo.modes.diesel.model_fn.context import build_context
from nocodo.modes.testing import request_at
from nocodo.server.backends.base import Completion
from nocodo.server.config import Settings
from nocodo.server.pipeline import run_mode


def test_answers_are_kept_per_table_and_other_lines_stay(tmp_path):
    assert glossary.load(tmp_path) == {}
    assert glossary.remember(tmp_path, "orders", {"unsettled": "settled_at.is_null()"}) == {"unsettled": "settled_at.is_null()"}
    glossary.remember(tmp_path, "order items", {"rush hour": "say: between 5 and 7"})
    assert glossary.remember(tmp_path, "orders", {"unsettled": "settled_at.is_null()"}) == {}  # nothing new, nothing written
    glossary.remember(tmp_path, "orders", {"purchases": "say: orders"})
    text = (tmp_path / glossary.GLOSSARY).read_text()
    assert text.startswith("# What words mean in this project")
    assert tomllib.loads(text) == {
        "orders": {"purchases": "say: orders", "unsettled": "settled_at.is_null()"},
        "order items": {"rush hour": "say: between 5 and 7"},
    }
    assert glossary.meanings(tmp_path, "orders")["purchases"] == "say: orders"


def test_a_broken_glossary_is_a_clear_error_and_is_not_overwritten(tmp_path):
    path = tmp_path / glossary.GLOSSARY
    path.parent.mkdir()
    path.write_text("[orders\nunsettled = ")
    with pytest.raises(ModeError, match="glossary.toml cannot be read"):
        glossary.remember(tmp_path, "orders", {"rush": "ignore"})
    assert path.read_text() == "[orders\nunsettled = "


class OneAnswer:
    """A backend that writes the body the test gives (the reading, not the model, is under test)."""

    name = "scripted"

    def __init__(self, body: str):
        self.body = body

    def describe(self) -> str:
        return "scripted test backend"

    def complete(self, request, stop_when=None, cancel=None) -> Completion:
        return Completion(text=self.body)

    def close(self) -> None:
        pass


HARD_COURSES = "\n        courses::table.filter(courses::level.eq(CourseLevel::Advanced.as_str())).select(Course::as_select()).load(conn)\n    }"


def test_an_answer_is_asked_once_per_project_then_remembered(school):
    mode = get_mode("diesel.model_fn")
    asked = request_at(school, "src/models/course.rs", "impl Course {", args={"name": "list_hard"})
    with pytest.raises(NeedsInput) as question:
        build_context(asked)
    advanced = next(c.value for c in question.value.choices if c.label == "courses whose level is 'advanced'")
    # the way out keeps the earlier answers and reads the person's words in place of the word
    assert question.value.other == "hard=say: {answer}"

    answered = request_at(school, "src/models/course.rs", "impl Course {", args={"name": "list_hard", "meaning": advanced})
    record = run_mode(mode, answered, OneAnswer(HARD_COURSES), Settings(compile_check="off"))
    assert record.status == "ok", record.message
    assert "kept in .nocodo/glossary.toml: 'hard' = level.eq(Advanced)" in record.message
    assert glossary.meanings(school, "courses") == {"hard": "level.eq(Advanced)"}

    # a later request with the same word is read with the kept answer, and says so
    later = build_context(request_at(school, "src/models/course.rs", "impl Course {", args={"name": "count_hard"}))
    assert later.remembered == {"hard": "level.eq(Advanced)"}
    assert [(c.column, c.value) for c in later.intent.conditions] == [("level", "CourseLevel::Advanced.as_str()")]
    assert "remembered from an earlier answer: 'hard' = level.eq(Advanced)" in mode.reading(later)


def test_a_remembered_answer_that_no_longer_fits_the_table_is_not_used(school):
    glossary.remember(school, "courses", {"hard": "difficulty.eq(Advanced)"})  # a column since renamed
    with pytest.raises(NeedsInput, match="'hard'"):
        build_context(request_at(school, "src/models/course.rs", "impl Course {", args={"name": "list_hard"}))


def test_words_said_in_other_words_are_kept_and_reworded_next_time(school):
    glossary.remember(school, "courses", {"tough": "say: advanced"})
    context = build_context(request_at(school, "src/models/course.rs", "impl Course {", args={"name": "list_tough"}))
    assert [(c.column, c.value) for c in context.intent.conditions] == [("level", "CourseLevel::Advanced.as_str()")]
