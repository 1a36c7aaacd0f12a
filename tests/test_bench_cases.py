"""The Actix dev set is well formed: every case, its follow-up steps and its HTTP checks point at
something real, so a typo fails here instead of as a bench failure that looks like the mode's."""

import tomllib
from pathlib import Path

import pytest

from nocodo.modes import get_mode

BENCH = Path(__file__).resolve().parents[1] / "examples" / "bench"
ACTIX = tomllib.loads((BENCH / "actix_cases.toml").read_text(encoding="utf-8"))
HTTP_KEYS = {"method", "path", "body", "status", "contains", "headers"}


def places(case: dict) -> list[dict]:
    return [case, *case.get("also", [])]


@pytest.mark.parametrize("case", ACTIX["case"], ids=[c["id"] for c in ACTIX["case"]])
def test_an_actix_case_points_at_real_files_lines_seeds_and_requests(case):
    for step in places(case):
        get_mode(step["mode"])
        text = (BENCH.parent / step["file"]).read_text(encoding="utf-8")
        assert step["after_line"] in text, f"{step['file']} has no line with {step['after_line']!r}"
    assert case.get("seed") is None or case["seed"] in ACTIX["seed"]
    for check in case.get("http", []):
        assert set(check) <= HTTP_KEYS and isinstance(check["status"], int) and check["path"].startswith("/")


def test_the_actix_dev_set_has_unique_ids_and_at_least_fifteen_cases():
    ids = [c["id"] for c in ACTIX["case"]]
    assert len(ids) == len(set(ids)) >= 15

