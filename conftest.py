"""Fixtures shared by the end-to-end tests in tests/ and the tests inside each mode's folder."""

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "tests" / "fixtures"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A fresh copy of the small Diesel crate in tests/fixtures/school."""
    target = tmp_path / "school"
    shutil.copytree(FIXTURES / "school", target)
    return target
