"""Fixtures shared by the end-to-end tests in tests/ and the tests inside each mode's folder."""

from pathlib import Path

import pytest

from nocodo.modes.testing import copy_fixture_crate


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A fresh copy of the small Diesel crate in tests/fixtures/school."""
    return copy_fixture_crate(tmp_path / "school")
