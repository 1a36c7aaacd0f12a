"""The reading cases of reading_cases.toml: what a request is read as, or what is asked."""

import re
import tomllib
from pathlib import Path

import pytest

from nocodo.modes.base import NeedsInput
from nocodo.modes.diesel.model_fn.intent import NOW, format_meaning, parse_meanings, read_intent, suggest_name
from nocodo.modes.diesel.model_fn.questions import question
from nocodo.modes.diesel.models import read_rust_file
from nocodo.modes.diesel.tables import parse_schema
from nocodo.modes.testing import load_cases

CASES_FILE = Path(__file__).parent / "reading_cases.toml"
DATA = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))
SCHEMA = parse_schema(DATA["schema"])
MODELS = read_rust_file(DATA["models"])
CASES = load_cases(CASES_FILE, "case", keys=("table", "name", "doc", "meaning", "kind", "conditions", "sets", "order", "total", "asks", "choices"))


def written(condition) -> str:
    return format_meaning("", condition).removeprefix("=")


@pytest.mark.parametrize("case", CASES)
def test_reading(case):
    table = SCHEMA.tables[case["table"]]
    struct = next(s for s in MODELS.model_structs() if s.table == table.name)
    related = {key: SCHEMA.tables[parent] for child, parent, key in SCHEMA.joins if child == table.name}
    intent = read_intent(case.get("name"), case.get("doc"), table, struct, MODELS.enums, meanings=parse_meanings(case.get("meaning")), related=related)
    asked = question(intent, case.get("name"), case.get("meaning"), table, struct, MODELS.enums)
    if "asks" in case:
        assert isinstance(asked, NeedsInput), f"read as {intent} without asking"
        assert asked.arg == case["asks"]
        labels = [c.label for c in asked.choices]
        assert set(case.get("choices", [])) <= set(labels), labels
        for choice in asked.choices:  # every choice is an answer the reader accepts
            answered = read_intent(case.get("name"), case.get("doc"), table, struct, MODELS.enums, meanings=parse_meanings(choice.value), related=related)
            assert not answered.ambiguous and choice.value.split("=")[0] not in answered.unplaced
        return
    assert asked is None, f"asked {asked.prompt} {[c.label for c in asked.choices]}"
    assert intent.kind == case["kind"]
    # a comment-only request is named from its reading: every reading has a name
    assert re.fullmatch(r"[a-z][a-z0-9_]*", suggest_name(intent)), suggest_name(intent)
    assert sorted(written(c) for c in intent.conditions) == sorted(case.get("conditions", []))
    if "order" in case:
        assert intent.order == tuple(case["order"].split())
    assert intent.total == case.get("total")
    if "sets" in case:
        stamps = set(NOW.values())
        assert [f"{c}={'now' if v in stamps else v}" for c, v in intent.assignments] == case["sets"]
